package analysis

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

func TestAnalyzeHostileInputs(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		snap snapshot.Snapshot
	}{
		{"empty", snapshot.Snapshot{}},
		{"nul and invalid utf-8", snapshot.Snapshot{URL: "https://x.example/\x00", HTML: "<p>\xff\xfe\x00 virus</p>"}},
		{"deep nesting", snapshot.Snapshot{HTML: strings.Repeat("<div>", 100000) + "infected" + strings.Repeat("</div>", 100000)}},
		{"many numbers", snapshot.Snapshot{HTML: strings.Repeat("call 0120-941-234 ", 50000)}},
		{"huge attribute", snapshot.Snapshot{HTML: `<img alt="` + strings.Repeat("a", 10<<20) + `">`}},
		{"many iframes", snapshot.Snapshot{HTML: strings.Repeat(`<iframe srcdoc="<iframe srcdoc='<p>x</p>'></iframe>"></iframe>`, 5000)}},
		{"50 MB of text", snapshot.Snapshot{HTML: strings.Repeat("virus alert call now ", 50<<20/21)}},
		{"100,000 phone-like numbers", snapshot.Snapshot{HTML: strings.Repeat("tel 0120-941-234 ", 100000)}},
		{"bad url", snapshot.Snapshot{URL: "%%%://"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.snap
			v := a.Analyze(&s)
			if v.Decision == "" {
				t.Fatal("no verdict")
			}
		})
	}
}

func TestVerdictExplainsBlock(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := &snapshot.Snapshot{URL: "https://err-1.example.xyz/", HTML: `<title>Microsoft Warning Alert</title><h1>Your computer has been locked</h1>
		<p>Your computer is infected with a Trojan spyware. Call Microsoft Support <b>０１２０－９４１－２３４</b> (Toll Free) immediately.</p>`}
	v := a.Analyze(s)
	if v.Decision != "block" {
		t.Fatalf("verdict = %s (%v)", v.Decision, v.SignatureIDs())
	}
	if len(v.Phones) != 1 || v.Phones[0].E164 != "+81120941234" || v.Phones[0].Display != "0120-941-234" || !v.Phones[0].DoNotCall {
		t.Errorf("phones = %+v", v.Phones)
	}
	ids := map[string]bool{}
	for _, ad := range v.Advice {
		ids[ad.ID] = true
		if ad.Title.Ja == "" || ad.Title.En == "" {
			t.Errorf("advice %s lacks a translation", ad.ID)
		}
	}
	for _, want := range []string{"do-not-call", "no-remote-control", "do-not-pay", "close-browser", "if-called-or-paid"} {
		if !ids[want] {
			t.Errorf("advice %s missing from %v", want, ids)
		}
	}
	if len(v.HelpLines) != 3 || v.Explanation.Ja == "" || v.Explanation.En == "" {
		t.Errorf("help lines %d, explanation %+v", len(v.HelpLines), v.Explanation)
	}
}

func corpusPages(tb testing.TB) []*snapshot.Snapshot {
	dir := corpusDir(tb)
	var out []*snapshot.Snapshot
	for _, c := range readCases(tb, dir) {
		s, err := savedpage.Load(c.Path, c.URL, nil)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// FuzzAnalyze feeds arbitrary HTML and URLs to the whole analysis; seeded
// with the corpus pages.
func FuzzAnalyze(f *testing.F) {
	for _, s := range corpusPages(f) {
		f.Add(s.HTML, s.URL)
	}
	a, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, html, url string) {
		v := a.Analyze(&snapshot.Snapshot{URL: url, HTML: html})
		if v.Decision != "block" && v.Decision != "warn" && v.Decision != "allow" {
			t.Fatalf("verdict %q", v.Decision)
		}
	})
}

// BenchmarkAnalyzeCorpus reports per-page analysis time over the corpus,
// median and p99, besides the usual ns/op for one pass over all pages.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	a, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	pages := corpusPages(b)
	var times []time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			s := *p
			start := time.Now()
			a.Analyze(&s)
			times = append(times, time.Since(start))
		}
	}
	b.StopTimer()
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms/page")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms/page")
}

// BenchmarkParseOnlyCorpus is goquery's parse alone, the floor for the ratio
// reported in docs/performance.md.
func BenchmarkParseOnlyCorpus(b *testing.B) {
	pages := corpusPages(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := goquery.NewDocumentFromReader(strings.NewReader(p.HTML)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestObfuscatedPageDecoded: a warning hidden behind eval(atob(…)) is read,
// its number reported, and the decoded text shown in the verdict.
func TestObfuscatedPageDecoded(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	html := `<html><head><title>Loading</title></head><body><script>var _0x=['\x3c\x68\x31\x3eWindows Defender - Security Warning\x3c/h1\x3e','Your computer is infected with a Trojan spyware. Your passwords are being stolen.','Call Microsoft Support now: +1-844-555-0199 (Toll Free). Do not close this page.'];
eval(atob('ZG9jdW1lbnQud3JpdGUoXzB4WzBdKTsgZG9jdW1lbnQud3JpdGUoJzxwPicrXzB4WzFdKyc8L3A+PHA+JytfMHhbMl0rJzwvcD4nKTs='));</script></body></html>`
	v := a.Analyze(&snapshot.Snapshot{URL: "https://loading.example.top/", HTML: html})
	if v.Decision != "block" || len(v.Phones) != 1 || v.Phones[0].E164 != "+18445550199" || !strings.Contains(v.Decoded, "security warning") {
		t.Fatalf("verdict %s phones %+v decoded %q", v.Decision, v.Phones, v.Decoded)
	}
	plain := a.Analyze(&snapshot.Snapshot{URL: "https://loading.example.top/", HTML: `<html><body><script>var x = 1 + 1;</script><p>Hello</p></body></html>`})
	if plain.Decision != "allow" || plain.Decoded != "" {
		t.Fatalf("plain page: %+v", plain)
	}
}

// TestOneReadAnswersAsSeparateReads: the page text read once for every
// word list gives each stage what its own read gives, on every corpus page.
func TestOneReadAnswersAsSeparateReads(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range corpusPages(t) {
		s1, s2 := *p, *p
		s1.Bound()
		s2.Bound()
		alone := facts.Build(&s1)
		once := facts.BuildWith(&s2, &facts.PageReader{Union: a.page, Brands: pageBrands})
		if !slices.Equal(alone.Brands, once.Brands) {
			t.Errorf("%s: brands %q, from one read %q", p.URL, alone.Brands, once.Brands)
		}
		hits1, _ := a.Set.Match(alone, a.Env())
		env := a.Env()
		env.Page, env.PageList = once.PageRead, pageSignatures
		hits2, _ := a.Set.Match(once, env)
		v1, v2 := a.ext.Extract(alone, hits1), a.ext.ExtractRead(once, hits2, a.pageRead(once))
		if !reflect.DeepEqual(v1, v2) {
			t.Errorf("%s: the features differ when the page is read once", p.URL)
		}
	}
}
