package features

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// goqueryHeadings is strongHeadings as it was written with goquery.
func goqueryHeadings(f *facts.Facts) string {
	if len(f.Docs) == 0 || f.Docs[0].Doc == nil {
		return ""
	}
	var b strings.Builder
	f.Docs[0].Doc.FindMatcher(cascadia.MustCompile("h1")).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		b.WriteString(textnorm.Fold(s.Text()) + "\n")
		return b.Len() < 8<<10
	})
	return b.String()
}

// FuzzStrongHeadings: the walk finds the h1 texts goquery's selector did.
func FuzzStrongHeadings(f *testing.F) {
	for _, s := range []string{
		"<h1>Microsoft <b>Support</b></h1><p>x</p><h1>Second</h1>",
		"<h1>outer <h1>inner</h1> tail</h1>",
		"<div><h1><script>var a</script>Ｗｉｎｄｏｗｓ</h1></div><svg><h1>svg</h1></svg>",
		"<table><h1>in table</h1></table><template><h1>template</h1></template>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		fs := facts.Build(&snapshot.Snapshot{URL: "https://example.test/", HTML: page})
		if got, want := strongHeadings(fs), goqueryHeadings(fs); got != want {
			t.Fatalf("%q: %q, goquery %q", page, got, want)
		}
	})
}

func TestStrongHeadingsLong(t *testing.T) {
	page := strings.Repeat("<h1>"+strings.Repeat("ウイルス", 200)+"</h1>", 20)
	fs := facts.Build(&snapshot.Snapshot{URL: "https://example.test/", HTML: page})
	got, want := strongHeadings(fs), goqueryHeadings(fs)
	if got != want || len(got) < 8<<10 || len(got) > 8<<10+2500 {
		t.Fatalf("%d bytes, goquery %d", len(got), len(want))
	}
}
