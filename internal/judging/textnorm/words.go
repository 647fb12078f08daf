package textnorm

import (
	"fmt"
	"slices"
	"unsafe"

	"github.com/coregx/ahocorasick"
)

// Words finds many words in a text in one pass, by ContainsWord's rule: a
// loop of ContainsWord over a long list reads the text once per word.
type Words struct {
	ac    *ahocorasick.Automaton
	words []string
}

// NewWords compiles a list of folded, non-empty words (a word listed twice
// is found at both positions).
func NewWords(words []string) (*Words, error) {
	if len(words) == 0 {
		return &Words{}, nil // the automaton refuses an empty list
	}
	ac, err := ahocorasick.NewBuilder().AddStrings(words).Build()
	if err != nil {
		return nil, fmt.Errorf("compiling %d words: %w", len(words), err)
	}
	return &Words{ac: ac, words: words}, nil
}

// In reports, for each word by its position in the list, whether it occurs
// in s as ContainsWord(s, word) would. Every occurrence is looked at, so
// "ntt" inside "attention" does not hide a later "ntt" standing alone.
func (w *Words) In(s string) []bool {
	found := make([]bool, len(w.words))
	if s == "" || w.ac == nil {
		return found
	}
	for _, m := range w.ac.FindAllOverlapping(bytesOf(s)) {
		if !found[m.PatternID] {
			found[m.PatternID] = WordAt(s, w.words[m.PatternID], m.Start)
		}
	}
	return found
}

// InSegments is In for s and for each of the segments s joins with one
// '\n' (ends[k]: where segment k ends), from one pass over s. A separator
// is not a letter, so a word's boundaries are the same in s as in its
// segment; a match across a separator counts for s alone.
func (w *Words) InSegments(s string, ends []int) (whole []bool, segs [][]bool) {
	whole = make([]bool, len(w.words))
	segs = make([][]bool, len(ends))
	for k := range segs {
		segs[k] = make([]bool, len(w.words))
	}
	if s == "" || w.ac == nil {
		return whole, segs
	}
	for _, m := range w.ac.FindAllOverlapping(bytesOf(s)) {
		if !WordAt(s, w.words[m.PatternID], m.Start) {
			continue
		}
		whole[m.PatternID] = true
		k, _ := slices.BinarySearch(ends, m.Start+1) // first segment ending at or after the match's first byte
		if k < len(ends) && m.End <= ends[k] && (k == 0 || m.Start > ends[k-1]) {
			segs[k][m.PatternID] = true
		}
	}
	return whole, segs
}

// bytesOf is s as bytes without a copy, for the automaton, which only
// reads: copying a page's text for each pass cost as much as reading it.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }
