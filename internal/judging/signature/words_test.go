package signature

import "testing"

// Every text condition's words are indexed, those under not as well; the
// one-pass matching itself is tested against ContainsWord in textnorm.
func TestWordIndexHoldsEveryTextCondition(t *testing.T) {
	sig := &Signature{Match: &Matcher{Any: AnyMatch{
		{Text: &TextMatch{Words: []string{"ntt", "steam"}, Part: "text"}},
		{All: AllMatch{{Not: &NotMatch{Matcher: Matcher{Text: &TextMatch{Words: []string{"ウイルス", "ntt"}, Part: "text"}}}}}},
		{Text: &TextMatch{Words: []string{"support"}, Part: "title"}},
	}}}
	ix, err := newWordIndex([]*Signature{sig})
	if err != nil {
		t.Fatal(err)
	}
	for part, words := range map[string][]string{"text": {"ntt", "steam", "ウイルス"}, "title": {"support"}} {
		if got := len(ix.parts[part].id); got != len(words) {
			t.Errorf("part %s holds %d words, want %d", part, got, len(words))
		}
		for _, w := range words {
			if _, ok := ix.parts[part].id[w]; !ok {
				t.Errorf("part %s lacks %q", part, w)
			}
		}
	}
}
