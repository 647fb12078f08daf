package features

import (
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
// 「18歳以上の方は「許可」をクリック」): both in one line of the page. A news
// site's soft-ask says what its notifications bring; a real CAPTCHA or age
// gate asks for a click on its own button, never for the browser's Allow.
// Nil when not.
func (p *pageState) allowProof() []string {
	if n, _ := p.e.lx.of(p.body, "allow"); n == 0 {
		return nil
	}
	if n, _ := p.e.lx.of(p.body, "allow_proof"); n == 0 {
		return nil
	}
	// a shop's soft-ask that says what it sends ("新酒の入荷を通知でお届け
	// します。20歳以上の方のみ") asks for no proof
	if n, _ := p.e.lx.of(p.body, "optin_purpose"); n > 0 {
		return nil
	}
	v := p.e.view("allow_proof")
	for _, d := range p.f.Docs { // the page's lines as drawn, one block a line (Page is folded into one)
		if ev := proofLine(p, v, d.Text); ev != nil {
			return ev
		}
	}
	return nil
}

// proofLine is allowProof's evidence in one document's text, or nil.
func proofLine(p *pageState, v *lexicons, text string) []string {
	for l := range strings.SplitSeq(text, "\n") {
		if len(l) > maxProofLine || strings.TrimSpace(l) == "" {
			continue
		}
		h := v.scan(textnorm.Fold(l))
		a, aev := p.e.lx.of(h, "allow")
		b, bev := p.e.lx.of(h, "allow_proof")
		if a > 0 && b > 0 {
			return append(aev[:1:1], bev[0])
		}
	}
	return nil
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
