package textnorm

import (
	"fmt"
	"math/bits"
	"slices"
	"sync"
	"unsafe"
)

// Words finds many words in a text in one pass, by ContainsWord's rule: a
// loop of ContainsWord over a long list reads the text once per word.
type Words struct {
	words []string
	// automaton is compiled when first asked for: a list whose text is
	// always read through a Union never needs its own.
	automaton func() *automaton
}

// NewWords takes a list of folded, non-empty words (a word listed twice is
// found at both positions).
func NewWords(words []string) (*Words, error) {
	if slices.Contains(words, "") {
		return nil, fmt.Errorf("compiling %d words: an empty word", len(words))
	}
	w := &Words{words: words}
	w.automaton = sync.OnceValue(func() *automaton { return newAutomaton(words) })
	return w, nil
}

// Each calls fn with every occurrence of w's words in s, by their place in
// the list, ordered by where they end.
func (w *Words) Each(s string, fn func(id, start, end int)) {
	w.automaton().each(s, fn)
}

// Found says of each word of a list, by its place, whether it was found:
// a bit a word (a page's signature words in the page and its five parts
// were 4 KB of flags a page as bools).
type Found []uint64

// NewFound is a Found of n words, none found.
func NewFound(n int) Found { return make(Found, (n+63)/64) }

// Has says whether word i was found.
func (f Found) Has(i int) bool { return f[i>>6]&(1<<(uint(i)&63)) != 0 }

// Set marks word i found.
func (f Found) Set(i int) { f[i>>6] |= 1 << (uint(i) & 63) }

// Common is how many words f and g both have (of the same list).
func (f Found) Common(g Found) int {
	n := 0
	for k := range min(len(f), len(g)) {
		n += bits.OnesCount64(f[k] & g[k])
	}
	return n
}

// In reports, for each word by its position in the list, whether it occurs
// in s as ContainsWord(s, word) would. Every occurrence is looked at, so
// "ntt" inside "attention" does not hide a later "ntt" standing alone.
func (w *Words) In(s string) Found {
	found := NewFound(len(w.words))
	if s == "" {
		return found
	}
	w.Each(s, func(id, start, _ int) {
		if !found.Has(id) && WordAt(s, w.words[id], start) {
			found.Set(id)
		}
	})
	return found
}

// InSegments is In for s and for each of the segments s joins with one
// '\n' (ends[k]: where segment k ends), from one pass over s. A separator
// is not a letter, so a word's boundaries are the same in s as in its
// segment; a match across a separator counts for s alone.
func (w *Words) InSegments(s string, ends []int) (whole Found, segs []Found) {
	return w.segments(s, ends, func(fn func(id, start, end int)) { w.Each(s, fn) })
}

// InSegmentsOf is InSegments from a Read that holds w's words as list k
// (in w's order): the text was already read for them.
func (w *Words) InSegmentsOf(r *Read, k int, ends []int) (whole Found, segs []Found) {
	return w.segments(r.text, ends, func(fn func(id, start, end int)) { r.Each(k, fn) })
}

func (w *Words) segments(s string, ends []int, each func(func(id, start, end int))) (whole Found, segs []Found) {
	n := (len(w.words) + 63) / 64
	all := make(Found, n*(1+len(ends))) // one allocation for the whole and every segment
	whole = all[:n:n]
	segs = make([]Found, len(ends))
	for k := range segs {
		segs[k] = all[n*(k+1) : n*(k+2) : n*(k+2)]
	}
	if s == "" {
		return whole, segs
	}
	each(func(id, start, end int) {
		if !WordAt(s, w.words[id], start) {
			return
		}
		whole.Set(id)
		k, _ := slices.BinarySearch(ends, start+1) // first segment ending at or after the match's first byte
		if k < len(ends) && end <= ends[k] && (k == 0 || start > ends[k-1]) {
			segs[k].Set(id)
		}
	})
	return whole, segs
}

// Words is the list w finds, in its order.
func (w *Words) Words() []string { return w.words }

// A Union reads a text once for several word lists (the page text for the
// signatures' words, the feature lexicons and the brand catalogue): one
// automaton of every list's words, where each list sees the occurrences of
// its own.
type Union struct {
	ac     *automaton
	places [][][]int // per list: word of the union → its places in the list (a word listed twice has two)
}

// NewUnion compiles the lists together.
func NewUnion(lists ...[]string) *Union {
	id := map[string]int{}
	var words []string
	for _, l := range lists {
		for _, w := range l {
			if _, ok := id[w]; !ok && w != "" {
				id[w] = len(words)
				words = append(words, w)
			}
		}
	}
	u := &Union{places: make([][][]int, len(lists))}
	for k, l := range lists {
		places := make([][]int, len(words))
		for i, w := range l {
			if w != "" {
				places[id[w]] = append(places[id[w]], i)
			}
		}
		u.places[k] = places
	}
	u.ac = newAutomaton(words)
	return u
}

// A Read is every occurrence of every word of a Union in one text.
type Read struct {
	u    *Union
	text string
	all  []Match
}

// Read reads text once.
func (u *Union) Read(text string) *Read {
	r := &Read{u: u, text: text}
	r.all = u.ac.findAll(text)
	return r
}

// Of reports whether r is a read of text (the same string, not a copy).
func (r *Read) Of(text string) bool {
	return r != nil && len(r.text) == len(text) && unsafe.StringData(r.text) == unsafe.StringData(text)
}

// Each calls fn with every occurrence of list k's words, by their place in
// the list, in the order the automaton found them.
func (r *Read) Each(k int, fn func(word, start, end int)) {
	places := r.u.places[k]
	for _, m := range r.all {
		for _, w := range places[m.ID] {
			fn(w, m.Start, m.End)
		}
	}
}

// Text is the text r read.
func (r *Read) Text() string { return r.text }

// InOf is In from a Read that holds w's words as list k (in w's order).
func (w *Words) InOf(r *Read, k int) Found {
	found := NewFound(len(w.words))
	r.Each(k, func(id, start, _ int) {
		if !found.Has(id) && WordAt(r.text, w.words[id], start) {
			found.Set(id)
		}
	})
	return found
}
