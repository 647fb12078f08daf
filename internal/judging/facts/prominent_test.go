package facts

import (
	"testing"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// TestProminentText: Prominent joins Headings, Labels, Dialogs and
// Decoded, and a field changed after Build is joined anew, not read stale.
func TestProminentText(t *testing.T) {
	f := Build(&snapshot.Snapshot{URL: "https://example.com/", HTML: `<title>T</title><h1>Windows Defender</h1><div><span>Call now</span></div>`})
	join := func(f *Facts) string { return f.Headings + "\n" + f.Labels + "\n" + f.Dialogs + "\n" + f.Decoded }
	if f.Prominent != join(f) || f.ProminentText() != join(f) {
		t.Fatalf("Prominent %q, ProminentText %q, want %q", f.Prominent, f.ProminentText(), join(f))
	}
	for _, change := range []func(*Facts){
		func(f *Facts) { f.Headings = "x" + f.Headings[1:] }, // same length
		func(f *Facts) { f.Labels += "more" },
		func(f *Facts) { f.Dialogs, f.Decoded = "\n", f.Decoded[:0] }, // same total length, other split
		func(f *Facts) { f.Decoded = "written" },
	} {
		g := *f
		change(&g)
		if got := g.ProminentText(); got != join(&g) {
			t.Errorf("after a change, ProminentText %q, want %q", got, join(&g))
		}
	}
	if (&Facts{}).ProminentText() != "\n\n\n" {
		t.Errorf("empty facts: %q", (&Facts{}).ProminentText())
	}
}
