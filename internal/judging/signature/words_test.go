package signature

import (
	"testing"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// indexWords is a word list with the cases the one-pass scan must get as
// ContainsWord does: words inside words, overlapping and repeated words,
// non-ASCII words, words that start or end with punctuation.
var indexWords = []string{"ntt", "steam", "steamed", "aa", "aaa", "ウイルス", "ウイルス感染", "win+r", "-x", "0120", "20", "a"}

func testIndex(t testing.TB) *partWords {
	sig := &Signature{Match: &Matcher{Any: AnyMatch{
		{Text: &TextMatch{Words: indexWords[:6], Part: "text"}},
		{Not: &NotMatch{Matcher: Matcher{Text: &TextMatch{Words: indexWords[6:], Part: "text"}}}},
	}}}
	ix, err := newWordIndex([]*Signature{sig})
	if err != nil {
		t.Fatal(err)
	}
	if len(ix["text"].words) != len(indexWords) {
		t.Fatalf("index holds %d words, want %d (all, including under not)", len(ix["text"].words), len(indexWords))
	}
	return ix["text"]
}

func TestWordIndexAgreesWithContainsWord(t *testing.T) {
	pw := testIndex(t)
	for _, s := range []string{
		"", "attention ntt", "ntt", "xntt", "steamed", "steamed steam", "aaaa", "baab aa",
		"ウイルスに感染", "ウイルス感染の恐れ", "press win+r now", "a-x", "a -x", "0120-000", "10120", "2020 20x",
		"a", "ba", "é a", "aé",
	} {
		checkIndex(t, pw, s)
	}
}

func FuzzWordIndex(f *testing.F) {
	for _, s := range []string{"attention ntt", "steamed steam", "aaa", "ウイルス感染", "win+r", "0120-20"} {
		f.Add(s)
	}
	pw := testIndex(f)
	f.Fuzz(func(t *testing.T, s string) { checkIndex(t, pw, s) })
}

func checkIndex(t *testing.T, pw *partWords, s string) {
	t.Helper()
	got := pw.scan(s)
	for id, w := range pw.words {
		if want := textnorm.ContainsWord(s, w); got[id] != want {
			t.Errorf("in %q, word %q: index says %v, ContainsWord %v", s, w, got[id], want)
		}
	}
}
