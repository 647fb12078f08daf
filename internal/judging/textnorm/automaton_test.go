package textnorm

import (
	"slices"
	"strings"
	"testing"

	"github.com/coregx/ahocorasick"
)

// coregxAll is the overlapping search of github.com/coregx/ahocorasick,
// which the automaton replaced.
func coregxAll(t testing.TB, words []string, text string) []Match {
	ac, err := ahocorasick.NewBuilder().AddStrings(words).Build()
	if err != nil {
		t.Fatalf("coregx: %v", err)
	}
	var out []Match
	for _, m := range ac.FindAllOverlapping([]byte(text)) {
		out = append(out, Match{ID: m.PatternID, Start: m.Start, End: m.End})
	}
	return out
}

func TestAutomaton(t *testing.T) {
	tests := []struct {
		words []string
		text  string
		want  []Match
	}{
		{[]string{"he", "she", "his", "hers"}, "ushers", []Match{{1, 1, 4}, {0, 2, 4}, {3, 2, 6}}},
		{[]string{"a", "a", "aa"}, "aa", []Match{{0, 0, 1}, {1, 0, 1}, {2, 0, 2}, {0, 1, 2}, {1, 1, 2}}},
		{[]string{"ウイルス", "ルス"}, "コンピュータウイルス", []Match{{0, 18, 30}, {1, 24, 30}}},
		{[]string{"abcd", "bc"}, "abce", []Match{{1, 1, 3}}},
		{[]string{"x"}, "", nil},
	}
	for _, tt := range tests {
		got := newAutomaton(tt.words).findAll(tt.text)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q in %q: %v, want %v", tt.words, tt.text, got, tt.want)
		}
		if old := coregxAll(t, tt.words, tt.text); !slices.Equal(got, old) {
			t.Errorf("%q in %q: %v, coregx %v", tt.words, tt.text, got, old)
		}
	}
}

// FuzzAutomaton holds the automaton to coregx's overlapping search: the
// same matches in the same order. The words are the text's lines.
func FuzzAutomaton(f *testing.F) {
	f.Add("he\nshe\nhis\nhers", "ushers and his hers")
	f.Add("a\na\naa\naaa", "aaaa")
	f.Add("ウイルス\nルス\nス", "コンピュータウイルスに感染")
	f.Add("abcab\nbca\ncab\nab", "abcabcabcab")
	f.Fuzz(func(t *testing.T, list, text string) {
		var words []string
		for _, w := range strings.Split(list, "\n") {
			if w != "" && len(words) < 64 {
				words = append(words, w)
			}
		}
		if len(words) == 0 {
			return
		}
		if got, old := newAutomaton(words).findAll(text), coregxAll(t, words, text); !slices.Equal(got, old) {
			t.Fatalf("%q in %q: %v, coregx %v", words, text, got, old)
		}
	})
}
