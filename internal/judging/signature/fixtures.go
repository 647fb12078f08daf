package signature

import (
	"fmt"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// DefaultFixtureURL is where a fixture without url is judged from.
const DefaultFixtureURL = "https://fixture.example.com/"

// FixtureResult is the outcome of one fixture.
type FixtureResult struct {
	ID       string
	File     string
	Line     int
	Positive bool
	Name     string
	Pass     bool
	Err      error
}

func (r FixtureResult) String() string {
	kind := "negative"
	if r.Positive {
		kind = "positive"
	}
	status := "ok"
	if !r.Pass {
		status = "FAIL"
	}
	s := fmt.Sprintf("%-4s %s %s:%d %s %s", status, r.ID, r.File, r.Line, kind, r.Name)
	if r.Err != nil {
		s += ": " + r.Err.Error()
	}
	return s
}

// Snapshot turns a fixture into the snapshot the extension would send.
func (fx Fixture) Snapshot() *snapshot.Snapshot {
	s := &snapshot.Snapshot{URL: fx.URL, Lang: fx.Lang, HTML: fx.HTML, Text: fx.Text, Reason: "fixture"}
	if s.URL == "" {
		s.URL = DefaultFixtureURL
	}
	for _, e := range fx.Events {
		s.Events = append(s.Events, snapshot.Event{Type: e.Type, Count: e.Count, Detail: e.Detail, Gesture: e.Gesture, First: e.First})
	}
	s.Bound()
	return s
}

// TestFixtures runs every signature against its own fixtures.
func (s *Set) TestFixtures(env *Env) []FixtureResult {
	var out []FixtureResult
	for _, sig := range s.Sigs {
		for _, pos := range []bool{true, false} {
			list := sig.Fixtures.Negative
			if pos {
				list = sig.Fixtures.Positive
			}
			for _, fx := range list {
				ok, _, err := sig.Matches(facts.Build(fx.Snapshot()), env)
				out = append(out, FixtureResult{ID: sig.ID, File: sig.File, Line: fx.Line, Positive: pos, Name: fx.Name, Pass: err == nil && ok == pos, Err: err})
			}
		}
	}
	return out
}
