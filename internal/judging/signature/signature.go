// Package signature loads declarative detection rules (YAML, in the spirit
// of nuclei templates and Sigma rules), validates them strictly with
// file:line errors, and matches them against page facts.
package signature

import (
	"slices"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/dop251/goja"
)

// Categories a signature may report. "context" signatures carry negative
// weight: they describe what legitimate look-alikes do.
var Categories = []string{
	"fake-alert", "fullscreen-lock", "phone-lure", "notification-abuse", "clickfix",
	"one-click-billing", "app-install-lure", "fake-av-purchase", "permission-lure", "phishing-form", "context",
}

// Parts of a page a text or regex matcher can read; "page" is title, text,
// attributes, query and dialogs together.
var Parts = []string{"page", "text", "title", "headings", "labels", "dialogs", "attrs", "url", "query", "script"}

// Text is a string in both product languages.
type Text struct {
	Ja string `yaml:"ja"`
	En string `yaml:"en"`
}

// Fixture is a small page a signature must (positive) or must not
// (negative) match.
type Fixture struct {
	Line   int            `yaml:"-"` // set from the YAML node tree (lines.go)
	Name   string         `yaml:"name"`
	URL    string         `yaml:"url"`
	Lang   string         `yaml:"lang"`
	HTML   string         `yaml:"html"`
	Text   string         `yaml:"text"`
	Events []FixtureEvent `yaml:"events"`
}

// FixtureEvent is a runtime event in a fixture.
type FixtureEvent struct {
	Type    string `yaml:"type"`
	Count   int    `yaml:"count"`
	Detail  string `yaml:"detail"`
	Gesture bool   `yaml:"gesture"`
	First   int64  `yaml:"first"`
}

// Fixtures are a signature's own tests.
type Fixtures struct {
	Positive []Fixture `yaml:"positive"`
	Negative []Fixture `yaml:"negative"`
}

// Roles a signature plays in the conjunction a block needs: a claim
// (authority, alarm, a bill), an ask (call, paste, pay, allow, install,
// stay locked), both at once, or context (a sign of a legitimate page).
// Its weight is learned (make train), never written in the rule.
const (
	RoleClaim   = "claim"
	RoleAsk     = "ask"
	RoleBoth    = "both"
	RoleContext = "context"
)

// Roles lists the roles a rule may name.
var Roles = []string{RoleClaim, RoleAsk, RoleBoth, RoleContext}

// Signature is one rule.
type Signature struct {
	ID          string   `yaml:"id"`
	Category    string   `yaml:"category"`
	Role        string   `yaml:"role"` // claim, ask, both or context: its part in the conjunction a block needs (internal/decide)
	Title       Text     `yaml:"title"`
	Explanation Text     `yaml:"explanation"`
	Advice      []string `yaml:"advice"`
	Match       *Matcher `yaml:"match"`
	Condition   string   `yaml:"condition"`
	Fixtures    Fixtures `yaml:"fixtures"`

	File string        `yaml:"-"`
	Line int           `yaml:"-"`
	prog *goja.Program `yaml:"-"`
	// order is the root all's conditions, cheapest first (set at load).
	order []int `yaml:"-"`
}

// Matcher is one node of a match tree: a combinator (all, any, not) or one
// condition. Exactly one field is set; the YAML decoder itself rejects
// unknown keys (KnownFields), with their line.
type Matcher struct {
	Line     int            `yaml:"-"` // set from the YAML node tree (lines.go)
	All      AllMatch       `yaml:"all"`
	Any      AnyMatch       `yaml:"any"`
	Not      *NotMatch      `yaml:"not"`
	Text     *TextMatch     `yaml:"text"`
	Regex    *RegexMatch    `yaml:"regex"`
	Selector *SelectorMatch `yaml:"selector"`
	Phone    *PhoneMatch    `yaml:"phone"`
	Brand    *BrandMatch    `yaml:"brand"`
	URL      *URLMatch      `yaml:"url"`
	Event    *EventMatch    `yaml:"event"`
	Script   *ScriptMatch   `yaml:"script"`
	API      *APIMatch      `yaml:"api"`
	APIs     *APIsMatch     `yaml:"apis"`
	cond     Condition      // the one condition, found at load
}

// Condition is one kind of matcher node. A new kind is one type that
// implements it, plus its field in Matcher and its line in conditions.
type Condition interface {
	// prepare checks the node and compiles what it needs, once, at load.
	prepare(c *checker)
	// match says whether the page satisfies the node, adding evidence.
	match(f *facts.Facts, env *Env, ev *[]string) bool
}

// conditions lists the kinds set on the node (one, when it is valid).
func (m *Matcher) conditions() []Condition {
	var out []Condition
	add := func(set bool, c Condition) {
		if set {
			out = append(out, c)
		}
	}
	add(m.All != nil, m.All)
	add(m.Any != nil, m.Any)
	add(m.Not != nil, m.Not)
	add(m.Text != nil, m.Text)
	add(m.Regex != nil, m.Regex)
	add(m.Selector != nil, m.Selector)
	add(m.Phone != nil, m.Phone)
	add(m.Brand != nil, m.Brand)
	add(m.URL != nil, m.URL)
	add(m.Event != nil, m.Event)
	add(m.Script != nil, m.Script)
	add(m.API != nil, m.API)
	add(m.APIs != nil, m.APIs)
	return out
}

// condition is the node's one condition; prepare has checked there is one.
func (m *Matcher) condition() Condition {
	if m.cond != nil {
		return m.cond
	}
	if cs := m.conditions(); len(cs) == 1 {
		return cs[0]
	}
	return never{}
}

// never stands in for an invalid node (never reached after a clean load).
type never struct{}

func (never) prepare(*checker)                         {}
func (never) match(*facts.Facts, *Env, *[]string) bool { return false }

// cost ranks a condition by what it takes to answer: facts already counted
// and word answers read once per page, then a regular expression over one
// text part (run only where a literal its match needs is), then a walk of
// every document's tree, the dearest on a typical page.
func cost(c Condition) int {
	switch c := c.(type) {
	case *RegexMatch:
		return 2 // gated on a literal its match needs, over one text part
	case *SelectorMatch:
		return 3 // a walk of every document's tree
	case AllMatch:
		return maxCost(c)
	case AnyMatch:
		return maxCost(c)
	case *NotMatch:
		return cost(c.condition())
	}
	return 1
}

func maxCost(ms []*Matcher) int {
	n := 1
	for _, m := range ms {
		n = max(n, cost(m.condition()))
	}
	return n
}

// plan orders the root all's conditions cheapest first: when one fails the
// dear ones are not asked. A failed root drops its evidence, and a match
// keeps it in the written order, so the order changes no answer.
func (sig *Signature) plan() {
	all, ok := sig.Match.condition().(AllMatch)
	if !ok {
		return
	}
	sig.order = make([]int, len(all))
	for i := range all {
		sig.order[i] = i
	}
	slices.SortStableFunc(sig.order, func(a, b int) int { return cost(all[a].condition()) - cost(all[b].condition()) })
}

// matchRoot evaluates the match tree, the root all in plan order.
func (sig *Signature) matchRoot(f *facts.Facts, env *Env) ([]string, bool) {
	all, ok := sig.Match.condition().(AllMatch)
	if !ok || len(sig.order) != len(all) {
		var ev []string
		return ev, sig.Match.condition().match(f, env, &ev)
	}
	// Evidence is gathered in asking order, each condition's span noted,
	// and put back in the written order only for a match (most roots fail).
	// The buffer is the page's, not the signature's: one allocation a page.
	env.asked = env.asked[:0]
	asked := &env.asked
	var spansBuf [16][2]int
	spans := spansBuf[:0]
	if len(all) > len(spansBuf) {
		spans = make([][2]int, 0, len(all))
	}
	spans = spans[:len(all)]
	for _, i := range sig.order {
		start := len(*asked)
		if !all[i].condition().match(f, env, asked) {
			return nil, false
		}
		spans[i] = [2]int{start, len(*asked)}
	}
	var ev []string // nil when no condition gave evidence, as before
	for _, sp := range spans {
		ev = append(ev, (*asked)[sp[0]:sp[1]]...)
	}
	return ev, true
}
