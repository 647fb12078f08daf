package signature

import (
	"fmt"
	"os"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/sandbox"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/signatures"
)

func trace(m *Matcher, f *facts.Facts, depth int) {
	var ev []string
	ok := m.condition().match(f, &Env{}, &ev)
	kind := "?"
	switch {
	case m.All != nil:
		kind = "all"
	case m.Any != nil:
		kind = "any"
	case m.Not != nil:
		kind = "not"
	case m.Text != nil:
		kind = fmt.Sprintf("text %v", m.Text.Words[:min(3, len(m.Text.Words))])
	case m.Regex != nil:
		kind = "regex " + m.Regex.Pattern[:min(30, len(m.Regex.Pattern))]
	default:
		kind = fmt.Sprintf("%+v", *m)[:60]
	}
	fmt.Printf("%*s%v %s %q\n", depth*2, "", ok, kind, ev)
	for _, c := range append(append([]*Matcher{}, m.All...), m.Any...) {
		trace(c, f, depth+1)
	}
	if m.Not != nil {
		trace(&m.Not.Matcher, f, depth+1)
	}
}

func TestTrace(t *testing.T) {
	p, id := os.Getenv("DUMP"), os.Getenv("SIG")
	if p == "" {
		t.Skip()
	}
	set, err := Load(signatures.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	f := facts.Build(&snapshot.Snapshot{URL: os.Getenv("DUMPURL"), HTML: string(b)})
	for _, s := range set.Sigs {
		if s.ID == id {
			trace(s.Match, f, 0)
			fmt.Println(s.Matches(f, &Env{Pool: sandbox.New(1, 0)}))
		}
	}
}
