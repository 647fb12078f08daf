package page

import (
	"strings"
	"testing"
)

func TestParseReadsWhatAPersonSees(t *testing.T) {
	html := `<html lang="ja"><head><title> Alert </title><script>var hidden="script text"</script><style>.x{}</style></head>
<body><h1>Title</h1><p>０１２０-<span>94</span>-1234</p><img alt="Windows Defender logo">
<noscript><p>Enable JS, virus found</p></noscript>
<iframe srcdoc="<p>inside frame <iframe srcdoc='&lt;p&gt;nested&lt;/p&gt;'></iframe></p>"></iframe>
<button onclick="document.documentElement.requestFullscreen()">OK</button>
<script src="js/main.js"></script><script type="text/template"><p>not code</p></script></body></html>`
	d := Parse(html)
	if d.Title != "Alert" || d.Lang != "ja" {
		t.Errorf("title %q lang %q", d.Title, d.Lang)
	}
	for _, want := range []string{"Title", "０１２０-94-1234", "Enable JS, virus found", "OK"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("text lacks %q: %q", want, d.Text)
		}
	}
	if strings.Contains(d.Text, "script text") || strings.Contains(d.Text, ".x{}") {
		t.Errorf("script or style leaked into text: %q", d.Text)
	}
	if !strings.Contains(d.AttrText, "Windows Defender logo") {
		t.Errorf("attr text %q", d.AttrText)
	}
	if len(d.Frames) != 1 || !strings.Contains(d.Frames[0].Text, "inside frame") || len(d.Frames[0].Frames) != 1 || !strings.Contains(d.Frames[0].Frames[0].Text, "nested") {
		t.Errorf("srcdoc frames not read: %+v", d.Frames)
	}
	if len(d.Scripts) != 2 || d.Scripts[1].Src != "js/main.js" || !strings.Contains(d.Scripts[0].Source, "hidden") {
		t.Errorf("scripts %+v", d.Scripts)
	}
	if !strings.Contains(d.Handlers, "requestFullscreen") {
		t.Errorf("handlers %q", d.Handlers)
	}
	if !strings.Contains(d.Labels, "Title") {
		t.Errorf("labels %q", d.Labels)
	}
}

func TestSrcdocDepthBounded(t *testing.T) {
	html := "<p>x</p>"
	for i := 0; i < 10; i++ {
		html = `<iframe srcdoc="` + strings.ReplaceAll(strings.ReplaceAll(html, "&", "&amp;"), `"`, "&quot;") + `"></iframe>`
	}
	depth := 0
	for d := Parse(html); len(d.Frames) > 0; d = d.Frames[0] {
		depth++
	}
	if depth > MaxSrcdocDepth {
		t.Fatalf("srcdoc depth %d > %d", depth, MaxSrcdocDepth)
	}
}

func TestQueryText(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://x.example/?phone=0101-501-501-3862", "0101-501-501-3862"},
		{"http://x.example/?n1=1&n2=8&n3=4&n4=4&n5=5&n6=5&n7=5&n8=0&n9=1&n10=9", "1844555019"},
		{"https://x.example/#%E9%9B%BB%E8%A9%B1", "電話"},
		{"::bad", ""},
	}
	for _, tt := range tests {
		if got := QueryText(tt.url); !strings.Contains(got, tt.want) {
			t.Errorf("QueryText(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(`<p>hello<iframe srcdoc="<p>x</p>"></iframe></p>`)
	f.Add(`<noscript><b>x</noscript>`)
	f.Add(`<style>@media x{#a::before{content:"Call \31 -800" 'now'}}p:after{content:"\"}</style><p id=a>`)
	f.Fuzz(func(t *testing.T, html string) {
		d := Parse(html)
		if len(d.Text) > MaxTextBytes+4096 {
			t.Fatalf("text of %d bytes", len(d.Text))
		}
	})
}

func TestFrameCountBounded(t *testing.T) {
	d := Parse(strings.Repeat(`<iframe srcdoc="<p>x</p>"></iframe>`, 1000))
	if len(d.Frames) != MaxFrames {
		t.Fatalf("%d frames read, want %d", len(d.Frames), MaxFrames)
	}
}

// FuzzTitleAndLangAsGoquery: the direct search finds the title and
// language goquery's selectors found.
func FuzzTitleAndLangAsGoquery(f *testing.F) {
	for _, s := range []string{"<title> A <b>b</b></title>", `<html lang="ja"><svg><title>s</title></svg><title>t</title>`, "<p>no title", "<title></title><title>2</title>", `<html lang=en><html lang=fr>`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d := Parse(src)
		title := strings.TrimSpace(d.Doc.Find("title").First().Text())
		lang, _ := d.Doc.Find("html").Attr("lang")
		if d.Title != title || d.Lang != lang {
			t.Fatalf("%q: title %q lang %q, goquery %q %q", src, d.Title, d.Lang, title, lang)
		}
	})
}

func TestGeneratedText(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string // in Text
		not        []string
	}{
		{"an alert written by ::before and ::after",
			`<style>#a::before{content:"Windows Defender - Security Warning";font-size:34px}
#c::after{content:"Call Microsoft Support: 1-800-555-0124"}</style><div id="a"></div><div id="c"></div>`,
			[]string{"Windows Defender - Security Warning", "Call Microsoft Support: 1-800-555-0124"}, nil},
		{"one-colon form, strings joined, escapes read",
			`<style>.w:before { content: "Votre ordinateur " "est bloqu\e9  !" }</style><p class="w"></p>`,
			[]string{"Votre ordinateur est bloqué !"}, nil},
		{"a rule whose element is not in the page writes nothing",
			`<style>#gone::before{content:"Your computer is infected"}</style><p>hello</p>`,
			nil, []string{"infected"}},
		{"icon fonts, quotation marks and counters are no words",
			`<style>.i::before{content:"\f101"} q::before{content:"“"} li::after{content:counter(x) ". "}</style><i class="i"></i><q>x</q><li>y</li>`,
			nil, []string{"\uf101", "“"}},
		{"inside an at-rule's block",
			`<style>@media screen{ .m::after{content:'Support desk'} }</style><span class="m"></span>`,
			[]string{"Support desk"}, nil},
		{"a selector the matcher cannot read",
			`<style>*zoom::before{content:"hack text"}</style><p>x</p>`,
			nil, []string{"hack text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.html)
			for _, w := range tt.want {
				if !strings.Contains(d.Text, w) {
					t.Errorf("text lacks %q: %q", w, d.Text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(d.Text, w) {
					t.Errorf("text has %q: %q", w, d.Text)
				}
			}
		})
	}
}

func TestGeneratedTextBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("<style>")
	for i := 0; i < 5000; i++ {
		b.WriteString(".nope" + strings.Repeat("x", i%7) + "::before{content:\"absent words\"}\n")
	}
	b.WriteString("#late::before{content:\"late words\"}</style><p id=late></p>")
	d := Parse(b.String())
	if strings.Contains(d.Text, "late words") { // past MaxContentRules tries: not read
		t.Errorf("read a rule past the bound: %q", d.Text)
	}
}
