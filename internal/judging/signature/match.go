package signature

import (
	"fmt"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/sandbox"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// Env carries what matching needs besides the facts: the sandbox pool and
// the facts as a JavaScript-friendly value, built once per page.
type Env struct {
	Pool *sandbox.Pool
	// Page, when set, is a read of the page text that holds the set's
	// PageWords as list PageList: the words' answers come from it.
	Page     *textnorm.Read
	PageList int
	jsFacts  *jsFacts
	forFact  *facts.Facts
	words    map[wordKey]bool                // per page: signatures share word lists
	index    *wordIndex                      // the set's words by part, given by Set.Match
	parts    *[len(slotParts)]textnorm.Found // per page and index: what each part holds, by partSlot
	other    map[string]textnorm.Found       // the same for a part outside Parts (none loads)
	asked    []string                        // matchRoot's evidence in asking order, reused signature after signature
	discard  []string                        // the evidence a not drops
}

type wordKey struct{ part, word string }

// has reports whether word occurs in a part of the page, caching the
// answer: the shared vocabularies are asked about by many signatures.
func (env *Env) has(f *facts.Facts, p, word string) bool {
	env.forPage(f)
	if v, ok := env.indexed(f, p, word); ok {
		return v
	}
	k := wordKey{p, word}
	if env.words == nil {
		env.words = map[wordKey]bool{}
	}
	v, ok := env.words[k]
	if !ok {
		v = textnorm.ContainsWord(part(f, p), word)
		env.words[k] = v
	}
	return v
}

// forPage clears what was cached about another page.
func (env *Env) forPage(f *facts.Facts) {
	if env.forFact != f {
		env.forFact, env.jsFacts, env.words, env.parts, env.other = f, nil, nil, nil, nil // words: made when first asked (most pages' words are all indexed)
	}
}

// Hit is a matched signature with the evidence that made it match.
type Hit struct {
	Sig      *Signature
	Evidence []string // words, numbers or events that matched, folded
}

// Match returns the signatures that match f.
func (s *Set) Match(f *facts.Facts, env *Env) ([]Hit, []error) {
	var hits []Hit
	var errs []error
	if env.index != s.words { // the answers cached belong to another set's words
		env.index, env.parts, env.other = s.words, nil, nil
	}
	for _, sig := range s.Sigs {
		ok, ev, err := sig.Matches(f, env)
		if err != nil {
			errs = append(errs, err)
		}
		if ok {
			hits = append(hits, Hit{Sig: sig, Evidence: ev})
		}
	}
	return hits, errs
}

// Matches evaluates the declarative tree first and the goja condition only
// when the tree matched. A condition that fails or runs out of time counts
// as not matched and is reported.
func (sig *Signature) Matches(f *facts.Facts, env *Env) (bool, []string, error) {
	ev, ok := sig.matchRoot(f, env)
	if !ok {
		return false, nil, nil
	}
	if sig.prog == nil {
		return true, ev, nil
	}
	out, err := env.Pool.Run(sig.prog, "facts", env.js(f))
	if err != nil {
		return false, nil, fmt.Errorf("signature %s condition: %w", sig.ID, err)
	}
	b, isBool := out.(bool)
	if !isBool {
		return false, nil, fmt.Errorf("signature %s condition returned %T, not a boolean", sig.ID, out)
	}
	return b, ev, nil
}

// jsFacts is what a signature's condition sees as `facts` (fields under
// their json names).
type jsFacts struct {
	URL        string             `json:"url"`
	Host       string             `json:"host"`
	Lang       string             `json:"lang"`
	Title      string             `json:"title"`
	Text       string             `json:"text"`
	TextLength int                `json:"textLength"`
	Phones     []jsPhone          `json:"phones"`
	Brands     []string           `json:"brands"`
	Claimed    []string           `json:"claimed"`
	APIs       map[string]int     `json:"apis"`
	Events     map[string]jsEvent `json:"events"`
}

type jsPhone struct {
	E164    string `json:"e164"`
	Display string `json:"display"`
	Type    string `json:"type"`
	Valid   bool   `json:"valid"`
	Context string `json:"context"`
}

type jsEvent struct {
	Count   int    `json:"count"`
	Gesture bool   `json:"gesture"`
	Detail  string `json:"detail"`
	First   int64  `json:"first"`
}

// js builds the condition's view of the facts once per page. Long text is
// cut so a condition cannot be made slow by a big page.
func (env *Env) js(f *facts.Facts) *jsFacts {
	if env.forFact == f && env.jsFacts != nil {
		return env.jsFacts
	}
	if env.forFact != f {
		env.words, env.parts, env.other = nil, nil, nil
	}
	text := f.Text
	if len(text) > 64<<10 {
		text = text[:64<<10]
	}
	j := &jsFacts{URL: f.URL, Host: f.Host, Lang: f.Lang, Title: f.Title, Text: text, TextLength: len(f.Text),
		Brands: f.Brands, Claimed: f.Claimed, APIs: f.APIs, Events: map[string]jsEvent{}}
	for _, p := range f.Phones {
		j.Phones = append(j.Phones, jsPhone{E164: p.E164, Display: p.Display, Type: p.Type, Valid: p.Valid, Context: p.Context})
	}
	for k, e := range f.Events {
		j.Events[k] = jsEvent{Count: e.Count, Gesture: e.Gesture, Detail: e.Detail, First: e.First}
	}
	env.jsFacts, env.forFact = j, f
	return j
}

// EventMinimums lists, for the signature id, each event type its match tree
// counts and the least count that satisfies it (the flood thresholds the
// extension is generated with).
func (s *Set) EventMinimums(id string) map[string]int {
	out := map[string]int{}
	for _, sig := range s.Sigs {
		if sig.ID == id && sig.Match != nil {
			collectEvents(sig.Match, out)
		}
	}
	return out
}

func collectEvents(m *Matcher, out map[string]int) {
	if m == nil {
		return
	}
	if e := m.Event; e != nil {
		if cur, ok := out[e.Type]; !ok || e.Min < cur {
			out[e.Type] = max(e.Min, 1)
		}
	}
	for _, c := range append(append([]*Matcher{}, m.All...), m.Any...) {
		collectEvents(c, out)
	}
}
