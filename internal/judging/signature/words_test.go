package signature

import (
	"slices"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/sandbox"
	"github.com/alertguard/alertguard/signatures"
)

// Every text condition's words are indexed, those under not as well; the
// one-pass matching itself is tested against ContainsWord in textnorm.
func TestWordIndexHoldsEveryTextCondition(t *testing.T) {
	sig := &Signature{Match: &Matcher{Any: AnyMatch{
		{Text: &TextMatch{Words: []string{"ntt", "steam"}, Part: "text"}},
		{All: AllMatch{{Not: &NotMatch{Matcher: Matcher{Text: &TextMatch{Words: []string{"ウイルス", "ntt"}, Part: "text"}}}}}},
		{Text: &TextMatch{Words: []string{"support"}, Part: "title"}},
		{Text: &TextMatch{Words: []string{"warning"}, Part: "headings"}},
	}}}
	ix, err := newWordIndex([]*Signature{sig})
	if err != nil {
		t.Fatal(err)
	}
	// text and title are parts of Page: they share its entry.
	for part, words := range map[string][]string{"page": {"ntt", "steam", "ウイルス", "support"}, "headings": {"warning"}} {
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

// The set's one-pass answers equal the word-by-word ones on every fixture
// of the embedded signatures (matched through Set.Match, then each
// signature alone with an Env that has no index).
func TestIndexedMatchEqualsWordByWord(t *testing.T) {
	set := embeddedSet(t)
	pool := sandbox.New(1, 0)
	n := 0
	for _, sig := range set.Sigs {
		for _, fx := range fixturesOf(sig) {
			f := facts.Build(fx.Snapshot())
			hits, _ := set.Match(f, &Env{Pool: pool})
			indexed := map[string]string{}
			for _, h := range hits {
				indexed[h.Sig.ID] = strings.Join(h.Evidence, "|")
			}
			for _, s := range set.Sigs {
				ok, ev, _ := s.Matches(f, &Env{Pool: pool})
				got, hit := indexed[s.ID]
				if ok != hit || ok && got != strings.Join(ev, "|") {
					t.Errorf("%s fixture %q, signature %s: indexed %v %q, word by word %v %q", sig.ID, fx.Name, s.ID, hit, got, ok, ev)
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no fixtures compared")
	}
}

// The root all asked cheapest first answers as the tree asked in its
// written order, evidence included, on every fixture of every signature.
func TestPlanOrderAnswersAsWritten(t *testing.T) {
	set := embeddedSet(t)
	pool := sandbox.New(1, 0)
	reordered := 0
	for _, sig := range set.Sigs {
		if !slices.IsSorted(sig.order) {
			reordered++
		}
		for _, s := range set.Sigs {
			for _, fx := range fixturesOf(s) {
				f := facts.Build(fx.Snapshot())
				planned, ok := sig.matchRoot(f, &Env{Pool: pool})
				var written []string
				want := sig.Match.condition().match(f, &Env{Pool: pool}, &written)
				if ok != want || ok && !slices.Equal(planned, written) {
					t.Errorf("%s on %s fixture %q: planned %v %q, written order %v %q", sig.ID, s.ID, fx.Name, ok, planned, want, written)
				}
			}
		}
	}
	if reordered == 0 {
		t.Fatal("no signature's root was reordered: the test compares nothing")
	}
}

func embeddedSet(t *testing.T) *Set {
	t.Helper()
	set, err := Load(signatures.FS, advice.New().Known)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// fixturesOf is a signature's positive fixtures, then its negative ones.
func fixturesOf(sig *Signature) []Fixture {
	return append(append([]Fixture{}, sig.Fixtures.Positive...), sig.Fixtures.Negative...)
}

// TestSlotParts: every part a set may name has its own slot in Env.
func TestSlotParts(t *testing.T) {
	seen := map[int]bool{}
	for _, p := range Parts {
		k := partSlot(p)
		if k < 0 || slotParts[k] != p || seen[k] {
			t.Errorf("part %q: slot %d", p, k)
		}
		seen[k] = true
	}
	if partSlot("") != -1 || partSlot("nope") != -1 {
		t.Error("a name outside Parts has a slot")
	}
}
