// Package signature loads declarative detection rules (YAML, in the spirit
// of nuclei templates and Sigma rules), validates them strictly with
// file:line errors, and matches them against page facts.
package signature

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"github.com/andybalholm/cascadia"
	"github.com/dop251/goja"
	"go.yaml.in/yaml/v3"
)

// Categories a signature may report. "context" signatures carry negative
// weight: they describe what legitimate look-alikes do.
var Categories = []string{
	"fake-alert", "fullscreen-lock", "phone-lure", "notification-abuse", "clickfix",
	"one-click-billing", "app-install-lure", "fake-av-purchase", "permission-lure", "context",
}

// Parts of a page a text or regex matcher can read.
var Parts = []string{"all", "text", "title", "headings", "labels", "dialogs", "attrs", "url", "query", "script"}

// Text is a string in both product languages.
type Text struct {
	Ja string `yaml:"ja"`
	En string `yaml:"en"`
}

// Fixture is a small page a signature must (positive) or must not
// (negative) match.
type Fixture struct {
	Line   int            `yaml:"-"`
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

// Signature is one rule.
type Signature struct {
	ID          string   `yaml:"id"`
	Category    string   `yaml:"category"`
	Weight      int      `yaml:"weight"`
	Title       Text     `yaml:"title"`
	Explanation Text     `yaml:"explanation"`
	Advice      []string `yaml:"advice"`
	Match       *Matcher `yaml:"match"`
	Condition   string   `yaml:"condition"`
	Fixtures    Fixtures `yaml:"fixtures"`

	File string        `yaml:"-"`
	Line int           `yaml:"-"`
	prog *goja.Program `yaml:"-"`
}

// Matcher is one node of a match tree: exactly one field is set.
type Matcher struct {
	Line     int            `yaml:"-"`
	All      []*Matcher     `yaml:"all"`
	Any      []*Matcher     `yaml:"any"`
	Not      *Matcher       `yaml:"not"`
	Text     *TextMatch     `yaml:"text"`
	Regex    *RegexMatch    `yaml:"regex"`
	Selector *SelectorMatch `yaml:"selector"`
	Phone    *PhoneMatch    `yaml:"phone"`
	Brand    *BrandMatch    `yaml:"brand"`
	URL      *URLMatch      `yaml:"url"`
	Event    *EventMatch    `yaml:"event"`
	Script   *ScriptMatch   `yaml:"script"`
	API      *ScriptMatch   `yaml:"api"`
}

// TextMatch: at least Min of Words (folded) appear in Part.
type TextMatch struct {
	Words []string `yaml:"words"`
	Part  string   `yaml:"part"`
	Min   int      `yaml:"min"`
}

// RegexMatch: Pattern (RE2) matches Part at least Min times.
type RegexMatch struct {
	Pattern string `yaml:"pattern"`
	Part    string `yaml:"part"`
	Min     int    `yaml:"min"`
	re      *regexp.Regexp
}

// SelectorMatch: CSS selects at least Min elements in the page or its frames.
type SelectorMatch struct {
	CSS string `yaml:"css"`
	Min int    `yaml:"min"`
	sel cascadia.SelectorGroup
}

// PhoneMatch: at least Min numbers of the given types whose surrounding text
// holds one of Near.
type PhoneMatch struct {
	Min   int      `yaml:"min"`
	Types []string `yaml:"types"` // toll-free, voip, fixed, mobile, unknown, …; empty = any
	Near  []string `yaml:"near"`
}

// BrandMatch: a brand is named on a host it does not own; Claimed limits it
// to brands in the page's title and headings.
type BrandMatch struct {
	Claimed bool     `yaml:"claimed"`
	Names   []string `yaml:"names"`
}

// URLMatch: Pattern (RE2) matches the page URL (lower case).
type URLMatch struct {
	Pattern string `yaml:"pattern"`
	re      *regexp.Regexp
}

// EventMatch: the browser reported Type at least Min times; NoGesture
// requires that it happened without a click or key press; Detail (RE2) must
// match the event's detail.
type EventMatch struct {
	Type      string `yaml:"type"`
	Min       int    `yaml:"min"`
	NoGesture bool   `yaml:"no_gesture"`
	Detail    string `yaml:"detail"`
	re        *regexp.Regexp
}

// ScriptMatch: the page's scripts call API at least Min times (script: in
// the source; api: in the source or at run time).
type ScriptMatch struct {
	API string `yaml:"api"`
	Min int    `yaml:"min"`
}

// UnmarshalYAML records the line and refuses unknown or missing keys.
func (m *Matcher) UnmarshalYAML(n *yaml.Node) error {
	type plain Matcher
	if err := strictDecode(n, (*plain)(m)); err != nil {
		return err
	}
	m.Line = n.Line
	set := 0
	v := reflect.ValueOf(*m)
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if (f.Kind() == reflect.Pointer || f.Kind() == reflect.Slice) && !f.IsNil() {
			set++
		}
	}
	if set != 1 {
		return fmt.Errorf("line %d: a matcher needs exactly one of all, any, not, text, regex, selector, phone, brand, url, event, script, api (found %d)", n.Line, set)
	}
	return nil
}

// UnmarshalYAML records the fixture's line and refuses unknown keys.
func (f *Fixture) UnmarshalYAML(n *yaml.Node) error {
	type plain Fixture
	if err := strictDecode(n, (*plain)(f)); err != nil {
		return err
	}
	f.Line = n.Line
	return nil
}

// strictDecode decodes n into v after checking that every mapping key of n
// (and of its nested mappings for plain struct fields) is a known field.
func strictDecode(n *yaml.Node, v any) error {
	if err := checkKeys(n, reflect.TypeOf(v).Elem()); err != nil {
		return err
	}
	return n.Decode(v)
}

func checkKeys(n *yaml.Node, t reflect.Type) error {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || n.Kind != yaml.MappingNode {
		return nil
	}
	if _, custom := reflect.New(t).Interface().(yaml.Unmarshaler); custom && t != reflect.TypeOf(Matcher{}) && t != reflect.TypeOf(Fixture{}) {
		return nil
	}
	fields := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		if tag != "" && tag != "-" {
			fields[tag] = t.Field(i).Type
		}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		ft, ok := fields[k.Value]
		if !ok {
			return fmt.Errorf("line %d: unknown field %q", k.Line, k.Value)
		}
		inner := ft
		for inner.Kind() == reflect.Pointer || inner.Kind() == reflect.Slice {
			inner = inner.Elem()
		}
		if inner == reflect.TypeOf(Matcher{}) || inner == reflect.TypeOf(Fixture{}) {
			continue // checked by their own UnmarshalYAML
		}
		if val.Kind == yaml.SequenceNode {
			for _, item := range val.Content {
				if err := checkKeys(item, ft); err != nil {
					return err
				}
			}
			continue
		}
		if err := checkKeys(val, ft); err != nil {
			return err
		}
	}
	return nil
}
