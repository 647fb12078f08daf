package signature

import (
	"regexp"
	"slices"
	"strings"

	"github.com/andybalholm/cascadia"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/literals"
	"github.com/alertguard/alertguard/internal/judging/scriptfacts"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// phoneTypes are the kinds of number a phone condition may ask for.
var phoneTypes = []string{"toll-free", "voip", "fixed", "mobile", "premium", "shared", "uan", "unknown"}

// AllMatch: every listed matcher matches.
type AllMatch []*Matcher

func (a AllMatch) prepare(c *checker) { c.list(a) }

func (a AllMatch) match(f *facts.Facts, env *Env, ev *[]string) bool {
	for _, m := range a {
		if !m.condition().match(f, env, ev) {
			return false
		}
	}
	return true
}

// AnyMatch: at least one listed matcher matches.
type AnyMatch []*Matcher

func (a AnyMatch) prepare(c *checker) { c.list(a) }

func (a AnyMatch) match(f *facts.Facts, env *Env, ev *[]string) bool {
	for _, m := range a {
		if m.condition().match(f, env, ev) {
			return true
		}
	}
	return false
}

// NotMatch: the inner matcher does not match (its evidence is dropped).
type NotMatch struct {
	Matcher `yaml:",inline"`
}

func (n *NotMatch) prepare(c *checker) { c.matcher(&n.Matcher) }

func (n *NotMatch) match(f *facts.Facts, env *Env, _ *[]string) bool {
	env.discard = env.discard[:0] // the page's buffer: nobody reads it
	return !n.condition().match(f, env, &env.discard)
}

// TextMatch: at least Min of Words (folded) appear in Part.
type TextMatch struct {
	Words []string   `yaml:"words"`
	Part  string     `yaml:"part"`
	Min   int        `yaml:"min"`
	index *wordIndex // the set's index that holds the words, and
	ids   []int      // each word's place in it (-1: not held)
	// mask has the bit of each word's place; distinct: every word is held,
	// at a place of its own. Then the words found are counted at once,
	// and a condition short of Min (most, on most pages) is answered
	// without asking word by word.
	mask     textnorm.Found
	distinct bool
}

func (t *TextMatch) prepare(c *checker) {
	c.part(t.Part)
	t.Words = c.words(t.Words)
	if len(t.Words) == 0 {
		c.add("text needs words")
	}
	if t.Min > len(t.Words) {
		c.add("text min %d is more than its %d words", t.Min, len(t.Words))
	}
}

func (t *TextMatch) match(f *facts.Facts, env *Env, ev *[]string) bool {
	min := max(t.Min, 1)
	var found []string
	var hits textnorm.Found
	if t.index != nil && t.index == env.index { // the words' answers by position, no look-ups
		hits = env.partHits(f, t.Part)
		if t.distinct && hits.Common(t.mask) < min {
			return false
		}
	}
	for i, w := range t.Words {
		var has bool
		if hits != nil && t.ids[i] >= 0 {
			has = hits.Has(t.ids[i])
		} else {
			has = env.has(f, t.Part, w)
		}
		if has {
			found = append(found, w)
			if len(found) >= min {
				*ev = append(*ev, found...)
				return true
			}
		}
	}
	return false
}

// RegexMatch: Pattern (RE2) matches Part at least Min times.
type RegexMatch struct {
	Pattern string `yaml:"pattern"`
	Part    string `yaml:"part"`
	Min     int    `yaml:"min"`
	re      *regexp.Regexp
	need    []string // one of these is in every match (nil: not known)
}

func (r *RegexMatch) prepare(c *checker) {
	c.part(r.Part)
	r.re = c.regex(r.Pattern)
	r.need = literals.Required(r.re.String())
}

func (r *RegexMatch) match(f *facts.Facts, _ *Env, ev *[]string) bool {
	text := part(f, r.Part)
	if r.need != nil && !literals.AnyIn(text, r.need) {
		return false // cannot match: a few substring searches instead of the expression
	}
	min := max(r.Min, 1)
	found := r.re.FindAllString(text, min)
	if len(found) < min {
		return false
	}
	*ev = append(*ev, found[0])
	return true
}

// SelectorMatch: CSS selects at least Min elements in the page or its frames.
type SelectorMatch struct {
	CSS string `yaml:"css"`
	Min int    `yaml:"min"`
	sel cascadia.SelectorGroup
}

func (s *SelectorMatch) prepare(c *checker) {
	sel, err := cascadia.ParseGroup(s.CSS)
	if err != nil {
		c.add("bad selector %q: %v", s.CSS, err)
	}
	s.sel = sel
}

func (s *SelectorMatch) match(f *facts.Facts, _ *Env, _ *[]string) bool {
	min := max(s.Min, 1)
	n := 0
	for _, d := range f.Docs {
		if min == 1 { // one element is enough: stop at the first
			if cascadia.Query(d.Doc.Nodes[0], s.sel) != nil {
				return true
			}
			continue
		}
		n += len(cascadia.QueryAll(d.Doc.Nodes[0], s.sel))
	}
	return n >= min
}

// PhoneMatch: at least Min numbers of the given types whose surrounding text
// holds one of Near.
type PhoneMatch struct {
	Min   int      `yaml:"min"`
	Types []string `yaml:"types"` // toll-free, voip, fixed, mobile, unknown, …; empty = any
	Near  []string `yaml:"near"`
}

func (p *PhoneMatch) prepare(c *checker) {
	for _, t := range p.Types {
		if !slices.Contains(phoneTypes, t) {
			c.add("phone type %q is not one of %s", t, strings.Join(phoneTypes, ", "))
		}
	}
	p.Near = c.words(p.Near)
}

func (p *PhoneMatch) match(f *facts.Facts, _ *Env, ev *[]string) bool {
	n := 0
	for _, ph := range f.Phones {
		if len(p.Types) > 0 && !slices.Contains(p.Types, ph.Type) {
			continue
		}
		if len(p.Near) > 0 && !slices.ContainsFunc(p.Near, func(w string) bool { return textnorm.ContainsWord(ph.Context, w) }) {
			continue
		}
		n++
		*ev = append(*ev, ph.Display)
	}
	return n >= max(p.Min, 1)
}

// BrandMatch: a brand is named on a host it does not own; Claimed limits it
// to brands in the page's title and headings.
type BrandMatch struct {
	Claimed bool     `yaml:"claimed"`
	Names   []string `yaml:"names"`
}

func (b *BrandMatch) prepare(*checker) {}

func (b *BrandMatch) match(f *facts.Facts, _ *Env, ev *[]string) bool {
	list := f.Brands
	if b.Claimed {
		list = f.Claimed
	}
	for _, name := range list {
		if len(b.Names) == 0 || slices.Contains(b.Names, name) {
			*ev = append(*ev, name)
			return true
		}
	}
	return false
}

// URLMatch: Pattern (RE2) matches the page URL (lower case).
type URLMatch struct {
	Pattern string `yaml:"pattern"`
	re      *regexp.Regexp
}

func (u *URLMatch) prepare(c *checker) { u.re = c.regex(u.Pattern) }

func (u *URLMatch) match(f *facts.Facts, _ *Env, _ *[]string) bool {
	return u.re.MatchString(strings.ToLower(f.URL))
}

// EventMatch: the browser reported Type at least Min times; NoGesture
// requires that it happened without a click or key press; Detail (RE2, or a
// named pattern such as "@command") must match the event's detail.
type EventMatch struct {
	Type      string `yaml:"type"`
	Min       int    `yaml:"min"`
	NoGesture bool   `yaml:"no_gesture"`
	Detail    string `yaml:"detail"`
	re        *regexp.Regexp
}

func (e *EventMatch) prepare(c *checker) {
	c.eventType(e.Type)
	if e.Detail != "" {
		e.re = c.regex(c.named(e.Detail))
	}
}

func (e *EventMatch) match(f *facts.Facts, _ *Env, ev *[]string) bool {
	got, ok := f.Events[e.Type]
	if !ok || got.Count < max(e.Min, 1) || (e.NoGesture && got.Gesture) {
		return false
	}
	if e.re != nil && !e.re.MatchString(got.Detail) {
		return false
	}
	*ev = append(*ev, e.Type)
	return true
}

// ScriptMatch: the page's script source calls the API Calls at least Min
// times (read statically, before anything runs).
type ScriptMatch struct {
	Calls string `yaml:"calls"`
	Min   int    `yaml:"min"`
}

func (s *ScriptMatch) prepare(c *checker) { c.api(s.Calls) }

func (s *ScriptMatch) match(f *facts.Facts, _ *Env, _ *[]string) bool {
	return f.APIs[s.Calls] >= max(s.Min, 1)
}

// APIMatch: the page uses the API Name at least Min times, seen in its
// script source or reported by the browser at run time.
type APIMatch struct {
	Name string `yaml:"name"`
	Min  int    `yaml:"min"`
}

func (a *APIMatch) prepare(c *checker) { c.api(a.Name) }

func (a *APIMatch) match(f *facts.Facts, _ *Env, _ *[]string) bool {
	min := max(a.Min, 1)
	return f.APIs[a.Name] >= min || f.Events[a.Name].Count >= min
}

// APIsMatch: at least Min of the named APIs are used, each as api would
// say (called by the scripts, or seen at run time): how many different
// ways a page has, where one alone proves nothing.
type APIsMatch struct {
	Names []string `yaml:"names"`
	Min   int      `yaml:"min"`
}

func (a *APIsMatch) prepare(c *checker) {
	for _, n := range a.Names {
		c.api(n)
	}
	if len(a.Names) == 0 || a.Min > len(a.Names) {
		c.add("apis needs names, and min at most their number")
	}
}

func (a *APIsMatch) match(f *facts.Facts, _ *Env, _ *[]string) bool {
	n := 0
	for _, name := range a.Names {
		if f.APIs[name] > 0 || f.Events[name].Count > 0 {
			n++
		}
	}
	return n >= max(a.Min, 1)
}

// part is the folded text of one part of the page.
func part(f *facts.Facts, p string) string {
	switch p {
	case "text":
		return f.Text
	case "title":
		return f.Title
	case "headings":
		return f.Headings
	case "labels":
		return f.Labels
	case "dialogs":
		return f.Dialogs
	case "attrs":
		return f.Attrs
	case "url":
		return strings.ToLower(f.URL)
	case "query":
		return f.Query
	case "script":
		return f.Script
	}
	return f.Page
}

// known API names a script or api condition may name.
func knownAPI(name string) bool { return slices.Contains(scriptfacts.Names(), name) }

func knownEvent(name string) bool { return slices.Contains(snapshot.EventTypes, name) }
