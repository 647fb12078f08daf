package features

import (
	"regexp"
	"strings"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// Claims the scams of issue 20 make that the features under-read
// (2026-12-07, branch lures): a fake update's claim in its heading, an app
// file handed over in a bank's, a carrier's or a public office's name, and
// "press Allow" as the proof of being human or an adult. docs/detection.md,
// "What the missed lures taught".

// softwareHostWords are the words of hostWords that name a program's
// delivery: "keepass-official", "obs-studio-download", "zoom-dl-jp".
var softwareHostWords = map[string]bool{"download": true, "downloads": true, "dl": true, "official": true, "setup": true,
	"install": true, "installer": true, "update": true, "updates": true}

// softwareHost: the address joins a name with a word of a program's
// delivery (hostClaim), so the program it offers is offered in that name:
// a vendor serves its downloads from a label of their own
// (download.mozilla.org, dl.google.com), a look-alike from
// "keepass-official.example.net". A security vendor's own name
// ("f-secure") or a garden centre's is not such a word.
func softwareHost(host string) bool {
	l := hostClaim(host)
	if l == "" {
		return false
	}
	for _, t := range strings.Split(l, "-") {
		if softwareHostWords[t] {
			return true
		}
	}
	return false
}

// institutionApp is the evidence of an install asked in a bank's, a mobile
// carrier's, a delivery company's or a public office's name: the page
// hands over an Android package or an iOS profile, walks through
// side-loading one, or asks for a remote-control tool's code (ask: the
// evidence of that ask), and its title, headings or banners speak as such
// an institution (銀行, "First National Bank", マイナポイント事務局, docomo,
// 日本郵便, 警察庁; words/institution.txt) — in its header, not in a
// sentence of its text ("import statements from your bank"). These hand
// their apps over through the app stores only and ask no one for a remote
// session from a bare page; a store's page or an open-source catalogue
// (F-Droid) names no institution as itself, and a university's or a
// company's MDM page names none of these. Nil when not.
func (p *pageState) institutionApp(ask []string) []string {
	// a catalogue names the maker of the app it lists, among its menus;
	// a kit's cloned header has the menus but they lead nowhere ("#")
	if len(ask) == 0 || !p.bareScreenLive() {
		return nil
	}
	n, ev := p.e.lx.of(p.e.view("institution").scan(p.f.Headings), "institution")
	if n == 0 {
		return nil
	}
	return append(ev[:1:1], ask[0])
}

// allowProof is the evidence of a "press Allow" instruction given as the
// proof of something a browser's permission cannot prove — that the person
// is human, or an adult ("Press Allow to prove you are not a robot",
// 「18歳以上の方は「許可」をクリック」) — or as the key to something it cannot
// unlock: the video, the download, the page, closing the window ("Press
// Allow to close this window", „Zulassen“, um das Video anzusehen;
// words/allow_gate.txt): both in one line of the page as drawn — its text,
// its title and headings, a picture's alt text, what OCR read in a
// picture and what its scripts wrote — with quotation marks around the
// button's name dropped. A news site's soft-ask says what its
// notifications bring; a real CAPTCHA or age gate asks for a click on its
// own button, never for the browser's Allow; a real player plays on its
// own button. Nil when not.
func (p *pageState) allowProof() []string {
	gate := 0
	for _, l := range []string{"allow_proof", "allow_gate"} {
		n, _ := p.e.lx.of(p.body, l)
		gate += n
	}
	for _, l := range []string{"allow_proof", "allow_gate"} {
		n, _ := p.e.lx.of(p.script, l)
		gate += n
	}
	if gate == 0 && !p.gateOutsideText() {
		return nil
	}
	// a shop's soft-ask that says what it sends ("新酒の入荷を通知でお届け
	// します。20歳以上の方のみ") asks for no proof
	if n, _ := p.e.lx.of(p.body, "optin_purpose"); n > 0 {
		return nil
	}
	v := p.e.view("allow_proof")
	for _, l := range p.f.HeadingLines { // already folded one by one
		if ev := proofLine(p, v, l); ev != nil {
			return ev
		}
	}
	for _, d := range p.f.Docs { // the page's lines as drawn, one block a line (Page is folded into one)
		for _, text := range []string{d.Text, d.AttrText} {
			for l := range strings.SplitSeq(text, "\n") {
				if len(l) > maxProofLine || strings.TrimSpace(l) == "" {
					continue
				}
				if ev := proofLine(p, v, textnorm.Fold(l)); ev != nil {
					return ev
				}
			}
		}
	}
	// a kit that writes its message by script (innerHTML = "<h1>Tap
	// \"Allow\" if you are over 18</h1>") has it whole in one string
	for _, lit := range scriptStrings(p.kit, maxScriptStrings) {
		if ev := proofLine(p, v, textnorm.Fold(markup.ReplaceAllString(lit, " "))); ev != nil {
			return ev
		}
	}
	// what OCR read in a picture and what the page's scripts wrote come
	// folded into one line each: read whole when as short as a line
	for _, text := range []string{p.f.Rendered, p.f.Decoded} {
		if browserPrompt(text) {
			continue
		}
		if ev := proofLine(p, v, text); ev != nil {
			return ev
		}
	}
	return nil
}

// gateOutsideText: a proof or a gate's words stand in what the page text
// and its scripts leave out — attributes (alt, title), what OCR read, what
// the scripts wrote — so allowProof has lines to read there. Most pages
// have attributes and none of these words: they skip folding every line
// of the page (6–8 % of judging when any attribute let them through).
func (p *pageState) gateOutsideText() bool {
	v := p.e.view("allow_proof")
	for _, text := range []string{p.f.Attrs, p.f.Rendered, p.f.Decoded} {
		if text == "" {
			continue
		}
		h := v.scan(text)
		for _, l := range []string{"allow_proof", "allow_gate"} {
			if n, _ := p.e.lx.of(h, l); n > 0 {
				return true
			}
		}
	}
	return false
}

// proofLine is allowProof's evidence in one folded line, or nil.
func proofLine(p *pageState, v *lexicons, l string) []string {
	if len(l) > maxProofLine || l == "" {
		return nil
	}
	h := v.scan(unquote(l))
	a, aev := p.e.lx.of(h, "allow")
	if a == 0 {
		return nil
	}
	if b, bev := p.e.lx.of(h, "allow_proof"); b > 0 {
		return append(aev[:1:1], bev[0])
	}
	// what Allow opens is a pretext only for a permission that opens
	// nothing on the page (notifications), and not in a line that says
	// what the camera or the location is for: "現在地を表示するには位置情報の
	// 利用を許可してください" is what the map does with it
	if !p.gatePretext() {
		return nil
	}
	if c, _ := p.e.lx.of(h, "capture_purpose"); c > 0 {
		return nil
	}
	if b, bev := p.e.lx.of(h, "allow_gate"); b > 0 {
		return append(aev[:1:1], bev[0])
	}
	return nil
}

// gatePretext: the page asks for notifications, or for no permission its
// own scripts or the browser show (a kit's push script from a third
// party's address): a camera or location request with no notification
// request does open what its page says it opens (the map, the call).
func (p *pageState) gatePretext() bool {
	asked := func(names ...string) bool {
		for _, n := range names {
			if p.f.APIs[n] > 0 || p.f.Events[n].Count > 0 {
				return true
			}
		}
		return false
	}
	return asked("notification", "push-subscribe") || !asked("geolocation", "camera")
}

// buttonQuotes are the marks a kit puts around the button's name: 「許可」,
// « Autoriser », „Zulassen“, "Allow", [許可]. Apostrophes are not among
// them (n'êtes, you're); the typographic ones become the plain one.
var buttonQuotes = strings.NewReplacer(buttonQuotePairs...)

// buttonQuotePairs are buttonQuotes' marks, each followed by what it becomes.
var buttonQuotePairs = []string{
	"\"", "", "«", "", "»", "", "„", "", "“", "", "”", "", "「", "", "」", "", "『", "", "』", "",
	"【", "", "】", "", "[", "", "]", "", "‹", "", "›", "", "’", "'", "‘", "'", "‚", "'"}

// quoteMarksAt are buttonQuotes' marks by their first byte, and
// quoteFirst says which bytes start one (a small table read at every byte
// of a line, the lists only at those bytes).
var (
	quoteMarksAt = func() (t [256][]string) {
		for i := 0; i < len(buttonQuotePairs); i += 2 {
			m := buttonQuotePairs[i]
			t[m[0]] = append(t[m[0]], m)
		}
		return t
	}()
	quoteFirst = func() (t [256]bool) {
		for c, ms := range quoteMarksAt {
			t[c] = len(ms) > 0
		}
		return t
	}()
)

// hasButtonQuote says whether l holds one of buttonQuotes' marks: a line
// without one is as the replacer gives it back, and most lines have none
// (the replacer copied every line it was given; FuzzHasButtonQuote).
func hasButtonQuote(l string) bool {
	for i := 0; i < len(l); i++ {
		if !quoteFirst[l[i]] {
			continue
		}
		for _, m := range quoteMarksAt[l[i]] {
			if strings.HasPrefix(l[i:], m) {
				return true
			}
		}
	}
	return false
}

// unquote drops buttonQuotes from a folded line and the doubled spaces they
// leave ("cliquez sur « autoriser »" reads "cliquez sur autoriser").
func unquote(l string) string {
	if !hasButtonQuote(l) {
		return l
	}
	u := buttonQuotes.Replace(l)
	if u == l {
		return l
	}
	return strings.Join(strings.Fields(u), " ")
}

// browserPrompt: the text is (or holds) the browser's own permission
// prompt — "wants to show notifications", Allow, Block — which a
// screenshot may catch beside the page: the browser's words, not the
// page's, so they are no "press Allow" line of the page's.
func browserPrompt(text string) bool {
	for _, s := range browserPromptWords {
		if strings.Contains(text, s) {
			return true
		}
	}
	return false
}

// browserPromptWords are the prompt's own words in Chrome and Firefox, ja
// and en (folded).
var browserPromptWords = []string{"wants to show notifications", "wants to: show notifications", "wants to send you notifications",
	"allow notifications from", "が次の許可を求めています", "に通知の送信を許可しますか", "通知の表示"}

// markup is an HTML tag inside a script's string.
var markup = regexp.MustCompile(`<[^<>]{0,400}>`)

// maxScriptStrings bounds the string literals read from a page's scripts.
const maxScriptStrings = 2000

// scriptStrings are the string literals of JavaScript source, unescaped
// (\" and \' and \n), at most max of them: each is one line a script may
// write. A regular expression or a comment with a quote in it may shift
// the reading; the strings found are then fewer or cut, never more text
// than the source holds.
func scriptStrings(src string, max int) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(src) && len(out) < max; i++ {
		q := src[i]
		if q != '"' && q != '\'' && q != '`' {
			continue
		}
		b.Reset()
		j := i + 1
		for ; j < len(src) && src[j] != q; j++ {
			c := src[j]
			if c == '\n' && q != '`' {
				break
			}
			if c == '\\' && j+1 < len(src) {
				j++
				switch src[j] {
				case 'n':
					b.WriteByte('\n')
				default:
					b.WriteByte(src[j])
				}
				continue
			}
			b.WriteByte(c)
		}
		if b.Len() > 0 && b.Len() <= maxProofLine {
			out = append(out, b.String())
		}
		i = j
	}
	return out
}

// maxProofLine: a line longer than a paragraph is an article's, not an
// instruction's.
const maxProofLine = 600

// siteLinks is how many links (other than the downloads, call links and
// app-store links a screen offers) make a page a site rather than a screen.
const siteLinks = 4

// bareScreen: the page is a screen, not a site: fewer than siteLinks links
// besides what it asks for (a download, a number, a store).
func (p *pageState) bareScreen() bool {
	st := p.st
	return st.links-len(st.downloads)-len(st.telLinks)-len(st.appStore) < siteLinks
}

// bareScreenLive is bareScreen counting only links that lead somewhere: a
// lure that clones a bank's or a carrier's header keeps its menu, with
// every item pointing at "#" (issue 20, branch install). Only the
// institution's dress reads it: a real site's script-driven menus point
// at "#" too, and a vendor's own update notice among them must stay a
// site's (alarm.update-required keeps bareScreen).
func (p *pageState) bareScreenLive() bool {
	st := p.st
	return st.links-st.deadLinks-len(st.downloads)-len(st.telLinks)-len(st.appStore) < siteLinks
}
