package main

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/alertguard/alertguard/internal/decide"
	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// The metamorphic tests of `make eval` (docs/detection.md): every
// legitimate page gets one scam mechanic at a time and must never be
// blocked by the model that did not see it; every scam page the model
// flagged is rewritten the ways kits vary and must stay flagged.
const minRewrittenFlagged = 0.95

// A mutation changes a page's snapshot; it reports false when it does not
// apply (a scam page without a number to move).
type mutation struct {
	name  string
	apply func(s *snapshot.Snapshot, p page) bool
}

// injections are single mechanics in legitimate use.
var injections = []mutation{
	{"full-window overlay", appendBody(`<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:2147483000;background:rgba(0,0,0,.6)"><div style="background:#fff;margin:15% auto;padding:24px;max-width:480px"><p>We use cookies to improve your experience. このサイトはクッキーを使用しています。</p><button>OK</button></div></div>`)},
	{"prominent phone number", func(s *snapshot.Snapshot, p page) bool {
		n := "Call us: 1-800-555-0199"
		if p.Lang == "ja" {
			n = "お電話でのお問い合わせ 0120-000-123"
		}
		return appendBody(`<div class="hotline"><h2>`+n+`</h2></div>`)(s, p)
	}},
	{"autoplay sound", appendBody(`<audio autoplay loop src="chime.mp3"></audio><script>new Audio("ring.mp3").play();</script>`)},
	{"camera request", appendBody(`<video id="preview" autoplay muted></video><script>navigator.mediaDevices.getUserMedia({video:true,audio:true}).then(function(s){document.getElementById("preview").srcObject=s});</script>`)},
	{"countdown", appendBody(`<div class="timer">Ends in <span id="cd">09:59</span></div><script>var t=599;setInterval(function(){t--;document.getElementById("cd").textContent=Math.floor(t/60)+":"+("0"+t%60).slice(-2)},1000);</script>`)},
	{"copy button with a shell command", appendBody(`<pre><code id="cmd">curl -fsSL https://get.example.org/install.sh | sh</code></pre><button onclick="navigator.clipboard.writeText(document.getElementById('cmd').textContent)">Copy</button>`)},
	{"program download", appendBody(`<p><a href="/downloads/setup-2.4.1-x64.exe" download>Download for Windows (64-bit)</a></p>`)},
	{`"Windows" in the title`, func(s *snapshot.Snapshot, p page) bool {
		s.HTML = titleRe.ReplaceAllString(s.HTML, "${1}${2} for Windows${3}")
		if s.Title != "" {
			s.Title += " for Windows"
		}
		return true
	}},
	{"download after a click (browser)", event(snapshot.Event{Type: "download", Count: 1, Gesture: true, Detail: "setup-2.4.1-x64.exe application/x-msdownload https://downloads.example.org/setup-2.4.1-x64.exe"})},
	{"full screen after a click (browser)", event(snapshot.Event{Type: "fullscreen", Count: 1, Gesture: true})},
	{"camera prompt after a click (browser)", event(snapshot.Event{Type: "camera", Count: 1, Gesture: true})},
}

// rewrites are the ways kits vary their words and where they put them.
var rewrites = []mutation{
	{"synonyms", textNodes(func(t string, _ page) string { return synonyms.Replace(t) })},
	{"the other language (phrase table)", textNodes(func(t string, p page) string {
		if p.Lang == "ja" {
			return toEnglish.Replace(t)
		}
		return toJapanese.Replace(t)
	})},
	{"text split across elements", splitText},
	{"number only in an image's alt text and the title", numberInAlt},
	{"brand in full-width letters", textNodes(func(t string, _ page) string { return fullWidthBrands.Replace(t) })},
}

// injectAll is the page with each injection in turn, up to its features:
// what training holds the block line above (train.go, chooseBlock).
func injectAll(a *analysis.Analyzer, p page) []injected {
	var out []injected
	for _, m := range injections {
		s, err := savedpage.Load(p.Path, p.url, nil)
		if err != nil || !m.apply(s, p) {
			continue
		}
		_, v, _ := a.Features(s)
		out = append(out, injected{name: m.name, vec: v})
	}
	return out
}

// injected is a legitimate page's features with one mechanic injected.
type injected struct {
	name string
	vec  *features.Vector
}

var titleRe = regexp.MustCompile(`(?is)(<title[^>]*>)(.*?)(</title>)`)

func appendBody(fragment string) func(*snapshot.Snapshot, page) bool {
	return func(s *snapshot.Snapshot, _ page) bool {
		low := strings.ToLower(s.HTML)
		if i := strings.LastIndex(low, "</body>"); i >= 0 {
			s.HTML = s.HTML[:i] + fragment + s.HTML[i:]
		} else {
			s.HTML += fragment
		}
		return true
	}
}

func event(e snapshot.Event) func(*snapshot.Snapshot, page) bool {
	return func(s *snapshot.Snapshot, _ page) bool {
		s.Events = append(s.Events, e)
		return true
	}
}

// textNodes rewrites the visible text nodes (not scripts or styles) and the
// title; the mutation applies when it changed something.
func textNodes(f func(string, page) string) func(*snapshot.Snapshot, page) bool {
	return func(s *snapshot.Snapshot, p page) bool {
		changed := false
		out, ok := eachText(s.HTML, func(n *html.Node) {
			if t := f(n.Data, p); t != n.Data {
				n.Data, changed = t, true
			}
		})
		if !ok || !changed {
			return false
		}
		s.HTML = out
		if s.Title != "" {
			s.Title = f(s.Title, p)
		}
		return true
	}
}

// eachText calls f on every text node outside script, style and noscript,
// and renders the document again.
func eachText(src string, f func(*html.Node)) (string, bool) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		return "", false
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "noscript") {
			return
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.TextNode {
				f(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	for _, n := range doc.Nodes {
		walk(n)
	}
	out, err := goquery.OuterHtml(doc.Selection)
	return out, err == nil
}

// splitText puts each half of every longer text node in its own span:
// what a kit does so that no element holds the whole sentence.
func splitText(s *snapshot.Snapshot, _ page) bool {
	changed := false
	out, ok := eachText(s.HTML, func(n *html.Node) {
		r := []rune(n.Data)
		if len(strings.TrimSpace(n.Data)) < 6 || n.Parent == nil || n.Parent.Data == "title" || n.Parent.Data == "textarea" {
			return
		}
		mid := len(r) / 2
		a := &html.Node{Type: html.ElementNode, Data: "span"}
		a.AppendChild(&html.Node{Type: html.TextNode, Data: string(r[:mid])})
		b := &html.Node{Type: html.ElementNode, Data: "span"}
		b.AppendChild(&html.Node{Type: html.TextNode, Data: string(r[mid:])})
		n.Parent.InsertBefore(a, n)
		n.Parent.InsertBefore(b, n)
		n.Parent.RemoveChild(n)
		changed = true
	})
	if ok && changed {
		s.HTML = out
	}
	return ok && changed
}

var phoneLike = regexp.MustCompile(`(?:\+?[0-9０-９][0-9０-９()（）\-－‐ー \x{00a0}.]{7,}[0-9０-９])`)

// numberInAlt takes every phone-like number out of the visible text and
// writes it only in an image's alt text and the page title.
func numberInAlt(s *snapshot.Snapshot, _ page) bool {
	var nums []string
	out, ok := eachText(s.HTML, func(n *html.Node) {
		if n.Parent != nil && n.Parent.Data == "title" {
			return
		}
		for _, m := range phoneLike.FindAllString(n.Data, -1) {
			if digits(m) >= 9 {
				nums = append(nums, m)
				n.Data = strings.Replace(n.Data, m, "", 1)
			}
		}
	})
	if !ok || len(nums) == 0 {
		return false
	}
	s.HTML = appendAlt(out, nums[0])
	s.HTML = titleRe.ReplaceAllString(s.HTML, "${1}${2} "+nums[0]+"${3}")
	if s.Title != "" {
		s.Title += " " + nums[0]
	}
	return true
}

func appendAlt(src, num string) string {
	img := `<img src="support-number.png" alt="` + html.EscapeString(num) + `">`
	low := strings.ToLower(src)
	if i := strings.Index(low, "<body"); i >= 0 {
		if j := strings.Index(low[i:], ">"); j >= 0 {
			return src[:i+j+1] + img + src[i+j+1:]
		}
	}
	return img + src
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			n++
		}
	}
	return n
}

var synonyms = strings.NewReplacer(
	"infected", "compromised", "Infected", "Compromised", "virus", "malware", "Virus", "Malware", "viruses", "malware programs",
	"Call ", "Phone ", "call ", "phone ", "immediately", "right away", "Immediately", "Right away", "blocked", "suspended", "Blocked", "Suspended",
	"Warning", "Alert", "warning", "alert", "technician", "specialist", "Do not", "Don't", "do not", "don't", "stolen", "taken",
	"感染", "侵害", "ウイルス", "マルウェア", "電話", "連絡", "至急", "ただちに", "ロック", "停止", "警告", "警報", "今すぐ", "すぐに",
)

var toJapanese = strings.NewReplacer(
	"Your computer has been blocked", "お使いのコンピューターはブロックされました", "Your computer is infected", "お使いのコンピューターは感染しています",
	"Your computer", "お使いのコンピューター", "your computer", "お使いのコンピューター", "Call Microsoft Support", "マイクロソフトサポートに電話してください",
	"Call Microsoft", "マイクロソフトに電話", "Call now", "今すぐお電話ください", "call now", "今すぐお電話ください", "Call us", "お電話ください", "call us", "お電話ください",
	"Toll Free", "通話無料", "toll free", "通話無料", "Toll-Free", "通話無料", "virus", "ウイルス", "Virus", "ウイルス", "infected", "感染しています",
	"Warning", "警告", "WARNING", "警告", "warning", "警告", "Do not close this window", "このウィンドウを閉じないでください",
	"Do not restart", "再起動しないでください", "Security", "セキュリティ", "security", "セキュリティ", "Error", "エラー", "error", "エラー",
	"Verify you are human", "人間であることを確認してください", "I'm not a robot", "私はロボットではありません", "Press", "押してください:",
	"Windows Defender", "Windows Defender", "threats", "脅威", "detected", "検出されました", "Your data", "あなたのデータ", "stolen", "盗まれています",
)

var toEnglish = strings.NewReplacer(
	"お使いのコンピューター", "Your computer", "お使いのコンピュータ", "Your computer", "お使いのパソコン", "Your PC", "ウイルスに感染しています", "is infected with a virus",
	"ウイルス", "virus", "感染", "infection", "今すぐお電話ください", "Call now", "お電話ください", "Please call", "電話してください", "Please call",
	"サポートセンター", "Support Center", "警告", "Warning", "セキュリティ", "Security", "エラー", "Error", "閉じないでください", "Do not close",
	"再起動しないでください", "Do not restart", "通話無料", "Toll free", "無料通話", "Toll free", "個人情報", "personal data", "盗まれ", "stolen",
	"ロックされました", "has been locked", "ブロックされました", "has been blocked", "料金", "fee", "お支払い期限", "payment deadline",
	"会員登録が完了しました", "Your registration is complete", "登録が完了", "registration complete", "退会", "cancel membership",
	"人間であることを確認", "Verify you are human", "ロボットではありません", "not a robot", "貼り付け", "paste", "押して", "press",
)

var fullWidthBrands = strings.NewReplacer(
	"Microsoft", "Ｍｉｃｒｏｓｏｆｔ", "MICROSOFT", "ＭＩＣＲＯＳＯＦＴ", "Windows", "Ｗｉｎｄｏｗｓ", "WINDOWS", "ＷＩＮＤＯＷＳ",
	"Apple", "Ａｐｐｌｅ", "Google", "Ｇｏｏｇｌｅ", "McAfee", "ＭｃＡｆｅｅ", "Norton", "Ｎｏｒｔｏｎ", "Defender", "Ｄｅｆｅｎｄｅｒ",
	"Chrome", "Ｃｈｒｏｍｅ", "Amazon", "Ａｍａｚｏｎ", "Cloudflare", "Ｃｌｏｕｄｆｌａｒｅ",
)

// metamorphic runs both directions with each page's out-of-fold model and
// prints the table; it returns what failed the targets ("" when none).
func metamorphic(w io.Writer, t *trainer, pages []page, js []judged, ds []*decide.Decider, verbose bool) string {
	judge := func(p page, fold int, m mutation, injection bool) (string, bool) {
		v, ok := mutated(t, p, m, injection)
		if !ok {
			return "", false
		}
		return ds[fold].Outcome(v).Decision, true
	}
	var bad strings.Builder
	fmt.Fprintf(w, "Metamorphic (each page judged by the model that did not see it)\n%-46s %7s %14s %14s\n", "one mechanic injected into legitimate pages", "pages", "blocked", "warned")
	for _, m := range injections {
		var n, blocked, warned int
		var first []string
		for i, p := range pages {
			if p.scam() {
				continue
			}
			v, ok := judge(p, js[i].fold, m, true)
			if !ok {
				continue
			}
			n++
			switch v {
			case "block":
				blocked++
				if verbose {
					debugInjection(w, t, ds[js[i].fold], p, m)
				}
				if len(first) < 6 {
					first = append(first, p.file)
				}
			case "warn":
				warned++
			}
		}
		fmt.Fprintf(w, "%-46s %7d %14s %14s\n", m.name, n, pct(blocked, n), pct(warned, n))
		if blocked > 0 {
			fmt.Fprintf(&bad, "%s: %d legitimate pages blocked (%s)\n", m.name, blocked, strings.Join(first, ", "))
		}
	}
	fmt.Fprintf(w, "\n%-46s %7s %14s\n", "flagged scam pages rewritten", "pages", "still flagged")
	var all, kept int
	for _, m := range rewrites {
		var n, flagged int
		for i, p := range pages {
			if !p.scam() || js[i].verdict == "allow" {
				continue
			}
			v, ok := judge(p, js[i].fold, m, false)
			if !ok {
				continue
			}
			n++
			if v != "allow" {
				flagged++
			}
		}
		all, kept = all+n, kept+flagged
		fmt.Fprintf(w, "%-46s %7d %14s\n", m.name, n, pct(flagged, n))
	}
	fmt.Fprintf(w, "%-46s %7d %14s\n", "ALL REWRITES", all, pct(kept, all))
	if all > 0 && float64(kept) < minRewrittenFlagged*float64(all) {
		fmt.Fprintf(&bad, "rewritten scams: %d of %d still flagged, under %.0f %%\n", kept, all, 100*minRewrittenFlagged)
	}
	return bad.String()
}

// mutated is the features of page p changed by m: for an injection under
// -harden, a copy of those injectLegit built for training (Outcome changes
// the vector it reads), else read from the page changed now.
func mutated(t *trainer, p page, m mutation, injection bool) (*features.Vector, bool) {
	if injection && t.harden {
		for _, in := range p.injected {
			if in.name == m.name {
				return clone(in.vec), true
			}
		}
		return nil, false // injectAll skipped it: the page did not load or m did not apply
	}
	s, err := savedpage.Load(p.Path, p.url, nil)
	if err != nil || !m.apply(s, p) {
		return nil, false
	}
	_, v, _ := t.a.Features(s)
	return v, true
}

// debugInjection prints what a blocked injected page adds up (eval -v).
func debugInjection(w io.Writer, t *trainer, d *decide.Decider, p page, m mutation) {
	v, ok := mutated(t, p, m, true)
	if !ok {
		return
	}
	o := d.Outcome(v)
	type c struct {
		n string
		x float64
	}
	var cs []c
	for i, x := range v.Values {
		if wt := d.Weight(t.defs[i].Name); wt*x != 0 {
			cs = append(cs, c{fmt.Sprintf("%s=%.2f", t.defs[i].Name, x), wt * x})
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].x*cs[i].x > cs[j].x*cs[j].x })
	fmt.Fprintf(w, "  DEBUG %s | %s: logit %.2f claim %.2f conj %.2f\n", m.name, p.file, o.Logit, o.Strengths.Claim, o.Strengths.Conjunction)
	for _, x := range cs[:min(len(cs), 14)] {
		fmt.Fprintf(w, "      %+6.2f %s\n", x.x, x.n)
	}
}
