package features

import (
	"slices"
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

// FuzzDeviceAlarmFilter: testing the folded headings as a whole first,
// and reading the lines only when the whole holds an alarm and a "your
// device" phrase, finds the same heading as reading every line.
func FuzzDeviceAlarmFilter(f *testing.F) {
	for _, s := range []string{
		"<title>Your computer is infected</title><h1>お使いのPCはウイルスに感染しています</h1>",
		"<h1>Votre ordinateur</h1><h2>est bloqué</h2><h3>Virus détecté sur votre ordinateur</h3>",
		"<h1>Is your computer infected? How to tell</h1><h2>your PC</h2><h2>virus alert</h2>",
		"<h1>\u0301your device\u3000\nis\nlocked</h1><h2>ＹＯＵＲ ＰＣ ＨＡＳ Ａ ＶＩＲＵＳ</h2>",
	} {
		f.Add(s)
	}
	e, err := New(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, page string) {
		fs := facts.Build(&snapshot.Snapshot{URL: "https://example.test/", HTML: page})
		p := &pageState{e: e, f: fs}
		if got, want := p.deviceAlarmHeading(), p.deviceAlarmLines(); !slices.Equal(got, want) {
			t.Fatalf("%q: %q, line by line %q", page, got, want)
		}
	})
}

// TestDeviceAlarmFilterFinds: the filter lets a device alarm heading
// through (FuzzDeviceAlarmFilter's first seed is one).
func TestDeviceAlarmFilterFinds(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	fs := facts.Build(&snapshot.Snapshot{URL: "https://example.test/", HTML: "<title>Your computer is infected</title><h1>お使いのPCはウイルスに感染しています</h1>"})
	if ev := (&pageState{e: e, f: fs}).deviceAlarmHeading(); len(ev) == 0 {
		t.Fatal("no device alarm heading found")
	}
}

// explainerOf is the explainer lexicon's count and evidence in a scan.
func explainerOf(e *Extractor, h *hits) (int, []string) { return e.lx.of(h, "explainer") }

// FuzzClaimHeadExplainer: the claim_head view's scan of a text finds the
// explainer phrases, in the same order, that the headings view (explainer
// alone) finds, so the explainer feature may read the device-alarm test's
// scan of the headings.
func FuzzClaimHeadExplainer(f *testing.F) {
	for _, s := range []string{
		"how to remove a virus from your computer",
		"what is a fake virus alert? how do i tell. why is my pc locked",
		"howto remove your pc virus what are the signs what to do",
		"ウイルスに感染しています お使いのpc 対処法 とは",
		"",
	} {
		f.Add(s)
	}
	e, err := New(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text := textnorm.Fold(s)
		n, ev := explainerOf(e, e.view("claim_head").scan(text))
		wn, wev := explainerOf(e, e.view("headings").scan(text))
		if n != wn || !slices.Equal(ev, wev) {
			t.Fatalf("%q: %d %q, headings view %d %q", text, n, ev, wn, wev)
		}
	})
}

// TestClaimHeadExplainer: FuzzClaimHeadExplainer's seeds, and the
// explainer feature through a page whose headings explain.
func TestClaimHeadExplainer(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	fs := facts.Build(&snapshot.Snapshot{URL: "https://example.test/", HTML: "<h1>How to remove a virus: what to do</h1><h2>What is a tech support scam</h2>"})
	p := &pageState{e: e, f: fs}
	n, ev := explainerOf(e, p.explainerHeadings())
	wn, wev := explainerOf(e, e.view("headings").scan(fs.Headings))
	if n < 2 || n != wn || !slices.Equal(ev, wev) {
		t.Fatalf("explainer %d %q, headings view %d %q", n, ev, wn, wev)
	}
}
