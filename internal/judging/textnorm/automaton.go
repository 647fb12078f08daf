package textnorm

import (
	"slices"
)

// An automaton finds every occurrence of a list of words in one pass:
// Aho–Corasick with failure links.
//
// It replaced github.com/coregx/ahocorasick, whose automaton is a dense
// table of 1 KiB a state: 12 MB for the page's 11,600 states, 20 MB with
// the smaller lists'. Between two pages the rest of the judging pushes
// such a table out of cache, and reading a page cost about a cache miss a
// byte (docs/performance.md). Here only the states nearest the root, where
// most bytes of a text are read, are dense, over classes of bytes (the
// bytes the words use, and one class for all others); the rest are a few
// words each (a header, then keys and targets side by side) in depth-first
// order, so that reading a word of the list walks forward through memory.
// The page's automaton takes 0.4 MB. A fuzz test holds it to coregx's
// overlapping search, match for match and in the same order.
type automaton struct {
	// class numbers the bytes the words use from 1; 0 is every other byte.
	class [256]uint16
	// trans holds the states; a state's id is its offset: [n keys or
	// dense, failure, first word, end of words], then n (key, target)
	// pairs, keys sorted, or for a dense state a target for each class,
	// failures followed in advance.
	trans []uint32
	outs  []int32 // a state's words (longest first): outs[first:end]
	lens  []int32 // word id → length
}

// denseBytes bounds the dense states' rows: the root's and, breadth
// first, as many more as fit. For the page's words that is the root, the
// states one byte deep and most of those two deep.
const denseBytes = 128 << 10

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
	a := &automaton{lens: make([]int32, len(words))}
	total := 1 // a state per byte of the words at most: sized once, not grown (start-up)
	for _, w := range words {
		total += len(w)
	}
	nodes := make([]trieNode, 1, total)
	classes := 1
	for id, w := range words {
		a.lens[id] = int32(len(w))
		s := int32(0)
		for i := 0; i < len(w); i++ {
			if a.class[w[i]] == 0 {
				a.class[w[i]] = uint16(classes)
				classes++
			}
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
	fail, outs, bfs := failures(nodes)
	// The first states breadth first are dense: a dense state's failure
	// is shallower, so dense too.
	isDense := make([]bool, len(nodes))
	for k := 0; k < len(bfs) && (k == 0 || (k+1)*classes*4 <= denseBytes); k++ {
		isDense[bfs[k]] = true
	}
	// Layout, depth first.
	at := make([]uint32, len(nodes))
	size := func(n int32) int {
		if isDense[n] {
			return header + classes
		}
		return header + 2*len(nodes[n].keys)
	}
	end, nOuts := 0, 0
	for n := range nodes {
		end, nOuts = end+size(int32(n)), nOuts+len(outs[n])
	}
	a.trans, a.outs = make([]uint32, end), make([]int32, 0, nOuts)
	end = 0
	var place func(n int32)
	place = func(n int32) {
		at[n] = uint32(end)
		end += size(n)
		for _, c := range nodes[n].next {
			place(c)
		}
	}
	place(0)
	for _, n := range bfs { // a dense row starts from its failure's, done before it
		o, node := at[n], &nodes[n]
		a.trans[o+hFail] = at[fail[n]]
		a.trans[o+hOut] = uint32(len(a.outs))
		a.outs = append(a.outs, outs[n]...)
		a.trans[o+hOutEnd] = uint32(len(a.outs))
		if !isDense[n] {
			a.trans[o+hKeys] = uint32(len(node.keys))
			for i, b := range node.keys {
				a.trans[o+header+2*uint32(i)] = uint32(b)
				a.trans[o+header+2*uint32(i)+1] = at[node.next[i]]
			}
			continue
		}
		a.trans[o+hKeys] = dense
		row := a.trans[o+header : o+header+uint32(classes)]
		if n != 0 {
			copy(row, a.trans[at[fail[n]]+header:][:classes])
		}
		for i, b := range node.keys {
			row[a.class[b]] = at[node.next[i]]
		}
	}
	return a
}

// failures returns each node's failure and words (its own, then its
// failure's), and the nodes in breadth-first order.
func failures(nodes []trieNode) (fail []int32, outs [][]int32, bfs []int32) {
	fail = make([]int32, len(nodes))
	outs = make([][]int32, len(nodes))
	bfs = []int32{0}
	for k := 0; k < len(bfs); k++ {
		n := bfs[k]
		node := &nodes[n]
		bfs = append(bfs, node.next...)
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
	return fail, outs, bfs
}

// findAll returns every occurrence of every word in text, overlapping,
// ordered by where they end and, at one end, longest first.
func (a *automaton) findAll(text string) []Match {
	var out []Match
	a.each(text, func(id, start, end int) { out = append(out, Match{ID: id, Start: start, End: end}) })
	return out
}

// each calls fn with every occurrence findAll returns, in its order,
// without keeping them (a list's own scan reads each once).
func (a *automaton) each(text string, fn func(id, start, end int)) {
	trans := a.trans
	s := uint32(0)
	for i := 0; i < len(text); i++ {
		b := text[i]
	step:
		for {
			k := trans[s+hKeys]
			if k == dense {
				s = trans[s+header+uint32(a.class[b])]
				break
			}
			for j := s + header; j < s+header+2*k; j += 2 {
				if trans[j] == uint32(b) {
					s = trans[j+1]
					break step
				}
			}
			s = trans[s+hFail]
		}
		if lo, hi := trans[s+hOut], trans[s+hOutEnd]; lo < hi {
			for _, id := range a.outs[lo:hi] {
				fn(int(id), i+1-int(a.lens[id]), i+1)
			}
		}
	}
}
