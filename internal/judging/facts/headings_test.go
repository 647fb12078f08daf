package facts

import (
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"

	"github.com/alertguard/alertguard/internal/judging/page"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// headingSelector is the selector headings used to match: the written-out
// test must pick the same elements, in the same order, with the same text.
var headingSelector = cascadia.MustCompile("h1, h2, h3, header, nav, [class*=logo], [class*=title], [class*=header], [id*=title], [id*=header], .modal-header, caption")

func selectorHeadings(d *page.Document) string {
	var b strings.Builder
	d.Doc.FindMatcher(headingSelector).EachWithBreak(func(i int, s *goquery.Selection) bool {
		t := s.Text()
		if len(t) > 400 {
			t = t[:400]
		}
		b.WriteString(t + "\n")
		return b.Len() < 64<<10
	})
	return b.String()
}

var headingPages = []string{
	`<title>T</title><h1>Windows <b>Defender</b></h1><div class="site-logo">M<span class=x>S</span></div><p id=page-title>x</p>`,
	`<div class="modal-header"><h2>A<h3>B</h3></h2></div><table><caption>C</caption></table><nav>N</nav><header>H<header>I</header></header>`,
	`<div class="Title">no: case matters</div><div data-class="logo">no</div><svg><title>svg</title><h1>s</h1></svg><div id="HEADER">no</div><div id=subheader>yes</div>`,
	`<h4>no</h4><script>var h1 = "<h1>"</script><h1><script>in</script><style>st</style>t</h1><!-- <h1>c</h1> -->`,
	strings.Repeat(`<h1>`+strings.Repeat("long ", 120)+`</h1>`, 200),
}

func TestHeadingsAsTheSelector(t *testing.T) {
	for _, h := range headingPages {
		d := page.Parse(h)
		if got, want := headingsOf(d), selectorHeadings(d); got != want {
			t.Errorf("headings(%.60q…) = %.200q…, the selector gives %.200q…", h, got, want)
		}
	}
	if got := headingsOf(page.Parse(headingPages[0])); !strings.Contains(got, "Windows Defender") || !strings.Contains(got, "MS") {
		t.Errorf("headings = %q, want the h1 and the logo's text", got)
	}
}

func FuzzHeadingsAsTheSelector(f *testing.F) {
	for _, h := range headingPages[:4] {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, h string) {
		d := page.Parse(h)
		if got, want := headingsOf(d), selectorHeadings(d); got != want {
			t.Errorf("headings(%q) = %q, the selector gives %q", h, got, want)
		}
	})
}

func headingsOf(d *page.Document) string {
	var b strings.Builder
	headings(&b, d)
	return b.String()
}

// FuzzFoldHeadings holds foldHeadings to folding the text whole and line
// by line.
func FuzzFoldHeadings(f *testing.F) {
	for _, s := range []string{"Windows Defender\n\nＷｉｎｄｏｗｓ　警告\n", " a \n\u200b\nb\r\n", "1ー\n2ー3\nカ\u3099\n\u0301x", "\u00a8\n\u00a8", strings.Repeat("h\n", 300) + "tail ＡＢ\n\n", "\xff\nx", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		whole, lines := foldHeadings(s)
		if want := textnorm.Fold(s); whole != want {
			t.Errorf("foldHeadings(%q) whole = %q, Fold %q", s, whole, want)
		}
		if want := foldLines(s); !slices.Equal(lines, want) {
			t.Errorf("foldHeadings(%q) lines = %q, foldLines %q", s, lines, want)
		}
	})
}
