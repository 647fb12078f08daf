package textnorm

import (
	"slices"
)

// An automaton finds every occurrence of a list of words in one pass:
// Aho–Corasick with sparse transitions and failure links.
//
// It replaced github.com/coregx/ahocorasick, whose automaton is a dense
// table of 1 KiB a state: 12 MB for the page's 11,600 states, 20 MB with
// the smaller lists'. Between two pages the rest of the judging pushes
// such a table out of cache, and reading a page cost about a cache miss a
// byte (docs/performance.md). Here a state is a few words of one array
// (its header, then its keys and their targets side by side) in
// depth-first order, so reading a word of the list walks forward through
// memory; the page's automaton takes 0.3 MB. A fuzz test holds it to
// coregx's overlapping search, match for match and in the same order.
type automaton struct {
	// trans holds the states; a state's id is its offset: [n keys or
	// dense, failure, first word, end of words], then n (key, target)
	// pairs, or for a dense state (the root and the states near it, where
	// most bytes of a text are read) a target for each byte value, with
	// failures followed in advance.
	trans []uint32
	outs  []int32 // a state's words (longest first): outs[first:end]
	lens  []int32 // word id → length
}

// denseDepth is how deep states are dense: 46 of them for the page's
// words, 46 KiB.
const denseDepth = 1

const dense = 1 << 31

const (
	hKeys = iota
	hFail
	hOut
	hOutEnd
	header
)

// A Match is one occurrence of word ID at text[Start:End].
type Match struct {
	ID, Start, End int
}

// trieNode is a state while the automaton is built.
type trieNode struct {
	keys  []byte
	next  []int32
	words []int32 // words ending here, in list order
}

func (n *trieNode) child(b byte) int32 {
	if i, ok := slices.BinarySearch(n.keys, b); ok {
		return n.next[i]
	}
	return -1
}

// newAutomaton compiles non-empty words (a word listed twice is found
// under both ids).
func newAutomaton(words []string) *automaton {
	nodes := []trieNode{{}}
	for id, w := range words {
		s := int32(0)
		for i := 0; i < len(w); i++ {
			c := nodes[s].child(w[i])
			if c < 0 {
				c = int32(len(nodes))
				nodes = append(nodes, trieNode{})
				j, _ := slices.BinarySearch(nodes[s].keys, w[i])
				nodes[s].keys = slices.Insert(nodes[s].keys, j, w[i])
				nodes[s].next = slices.Insert(nodes[s].next, j, c)
			}
			s = c
		}
		nodes[s].words = append(nodes[s].words, int32(id))
	}
	// Failures and words, breadth first: a node's failure is shallower.
	fail := make([]int32, len(nodes))
	outs := make([][]int32, len(nodes))
	depth := make([]int, len(nodes))
	bfs := []int32{0}
	for k := 0; k < len(bfs); k++ {
		n := bfs[k]
		node := &nodes[n]
		bfs = append(bfs, node.next...)
		for _, c := range node.next {
			depth[c] = depth[n] + 1
		}
		if n == 0 {
			continue // no word is empty, and the root's children fail to the root (0)
		}
		outs[n] = append(slices.Clip(node.words), outs[fail[n]]...)
		for i, b := range node.keys {
			f := fail[n]
			for f != 0 && nodes[f].child(b) < 0 {
				f = fail[f]
			}
			if g := nodes[f].child(b); g >= 0 && g != node.next[i] {
				fail[node.next[i]] = g
			}
		}
	}
	// Layout, depth first, so that reading a word walks forward.
	a := &automaton{lens: make([]int32, len(words))}
	for id, w := range words {
		a.lens[id] = int32(len(w))
	}
	at := make([]uint32, len(nodes))
	var dfs func(n int32)
	dfs = func(n int32) {
		at[n] = uint32(len(a.trans))
		size := header + 2*len(nodes[n].keys)
		if depth[n] <= denseDepth {
			size = header + 256
		}
		a.trans = append(a.trans, make([]uint32, size)...)
		for _, c := range nodes[n].next {
			dfs(c)
		}
	}
	dfs(0)
	for _, n := range bfs { // a dense state's row falls back on its failure's, which is shallower
		o, node := at[n], &nodes[n]
		a.trans[o+hFail] = at[fail[n]]
		a.trans[o+hOut] = uint32(len(a.outs))
		a.outs = append(a.outs, outs[n]...)
		a.trans[o+hOutEnd] = uint32(len(a.outs))
		if depth[n] > denseDepth {
			a.trans[o+hKeys] = uint32(len(node.keys))
			for i, b := range node.keys {
				a.trans[o+header+2*uint32(i)] = uint32(b)
				a.trans[o+header+2*uint32(i)+1] = at[node.next[i]]
			}
			continue
		}
		a.trans[o+hKeys] = dense
		row := a.trans[o+header : o+header+256]
		if n != 0 {
			copy(row, a.trans[at[fail[n]]+header:][:256])
		}
		for i, b := range node.keys {
			row[b] = at[node.next[i]]
		}
	}
	return a
}

// findAll returns every occurrence of every word in text, overlapping,
// ordered by where they end and, at one end, longest first.
func (a *automaton) findAll(text string) []Match {
	var out []Match
	trans := a.trans
	s := uint32(0)
	for i := 0; i < len(text); i++ {
		b := uint32(text[i])
	step:
		for {
			k := trans[s+hKeys]
			if k == dense {
				s = trans[s+header+b]
				break
			}
			for j := s + header; j < s+header+2*k; j += 2 {
				if trans[j] == b {
					s = trans[j+1]
					break step
				}
			}
			s = trans[s+hFail]
		}
		if lo, hi := trans[s+hOut], trans[s+hOutEnd]; lo < hi {
			for _, id := range a.outs[lo:hi] {
				out = append(out, Match{ID: int(id), Start: i + 1 - int(a.lens[id]), End: i + 1})
			}
		}
	}
	return out
}
