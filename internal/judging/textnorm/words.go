package textnorm

import (
	"fmt"

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
	for _, m := range w.ac.FindAllOverlapping([]byte(s)) {
		if !found[m.PatternID] {
			found[m.PatternID] = WordAt(s, w.words[m.PatternID], m.Start)
		}
	}
	return found
}
