package analysis

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// BenchmarkSmallPage judges one small ordinary page (a heading, a
// sentence, a link): the fixed part of judging that every page pays
// whatever its size, which rules the ratio to the parse on the corpus's
// many small pages (docs/performance.md). BenchmarkSmallPageParse is its
// parse alone, the same page.
func BenchmarkSmallPage(b *testing.B) {
	a, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	p := smallPage()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s := *p
		a.Analyze(&s)
	}
}

func BenchmarkSmallPageParse(b *testing.B) {
	p := smallPage()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := goquery.NewDocumentFromReader(strings.NewReader(p.HTML)); err != nil { // what bench's "parse only" times
			b.Fatal(err)
		}
	}
}

func smallPage() *snapshot.Snapshot {
	return &snapshot.Snapshot{URL: "https://www.example.com/recipes/soup", HTML: `<html><head><title>Miso soup</title></head><body><h1>Miso soup</h1>` +
		`<p>Dissolve the miso in a little of the warm broth, then stir it back in. Do not let it boil.</p><a href="/">Home</a></body></html>`}
}
