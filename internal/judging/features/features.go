// Package features turns a page's facts and the signatures it matched into
// a few dozen named, explainable numbers in [0, 1]: the five mechanics of a
// fake warning (authority, alarm, lure, pressure, lock), what the browser saw
// at run time, and the signs of a legitimate page. A learned model
// (internal/judging/model) weighs them.
package features

import (
	"fmt"
	"github.com/alertguard/alertguard/signatures"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/brands"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/page"
	"github.com/alertguard/alertguard/internal/judging/signature"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
	"golang.org/x/net/html"
)

// SigPrefix names the binary feature of a signature: "sig." + its id.
const SigPrefix = "sig."

// Extractor computes feature vectors. It is safe for concurrent use.
type Extractor struct {
	defs  []Def
	index map[string]int
	lx    *lexicons
	views map[string]*lexicons // the lexicons each smaller text is read for
	sites *knownSites
	conj  *conjTable // where Conjoin, ClaimMade and Voice read and write
	// mech: each mechanic's features that are defined, by position;
	// authority: mechanics[0]'s positions, an undefined name at 0 (as
	// strongAuthority's look-ups read it)
	mech      [][]int
	authority []int
}

// views name the few lexicons read from texts other than the page: each is
// compiled alone, a small automaton that stays in cache (Extractor.view).
var views = map[string][]string{
	"script":      {"commands", "paste_steps", "verify", "allow", "update_required", "pretext", "allow_proof", "allow_gate"},
	"head":        {"os_voice", "alarm", "alarm_names", "support_desk", "phish_story"}, // the prominent text, and it without platform names (headScans)
	"dialogs":     {"alarm", "pressure", "call", "do_not_close", "request"},
	"call":        {"call"},
	"alarm":       {"alarm"},
	"commands":    {"commands"},
	"dial_in":     {"dial_in"},
	"remote":      {"remote"},
	"service":     {"service_offer"},
	"headings":    {"explainer"},
	"headline":    {"update_required", "registered", "explainer"},
	"claim_head":  {"alarm", "your_device", "explainer"},
	"institution": {"institution"},
	"allow_proof": {"allow", "allow_proof", "allow_gate", "capture_purpose"},
	"deck": {"aware_core", "talk", "talk_close", "os_voice", "call_action", "registered", "billing", "verify", "paste_steps", "allow", "update_required",
		"account_alarm", "prize", "pretext", "alarm", "your_device", "explainer"},
	"overlay": {"overlay_form", "alarm", "os_voice", "support_desk", "call_action", "registered", "billing", "verify", "paste_steps", "allow"},
}

// view is the automaton of one entry of views.
func (e *Extractor) view(name string) *lexicons { return e.views[name] }

// Vector is one page's features, in the order of Extractor.Defs.
type Vector struct {
	Values    []float64
	Evidence  map[int][]string
	Mechanics []string // which of the five mechanics the page shows
}

// New builds an extractor; sigs become binary features after the builtin ones.
func New(sigs []*signature.Signature) (*Extractor, error) {
	lx, err := loadLexicons(signatures.FS)
	if err != nil {
		return nil, err
	}
	sites, err := loadSites(dataFS)
	if err != nil {
		return nil, err
	}
	e := &Extractor{lx: lx, sites: sites, index: map[string]int{}, views: map[string]*lexicons{}}
	for name, lists := range views {
		if e.views[name], err = lx.only(lists...); err != nil {
			return nil, err
		}
	}
	e.defs = append(e.defs, builtin...)
	e.defs = append(e.defs, conjunctionDefs()...)
	for _, s := range sigs {
		cat := s.Category
		if cat == "context" {
			cat = ""
		}
		e.defs = append(e.defs, Def{Name: SigPrefix + s.ID, Group: Signature, Category: cat,
			Title: advice.Text{Ja: s.Title.Ja, En: s.Title.En}, Explanation: advice.Text{Ja: s.Explanation.Ja, En: s.Explanation.En}})
	}
	for i, d := range e.defs {
		if _, dup := e.index[d.Name]; dup {
			return nil, fmt.Errorf("feature %q defined twice", d.Name)
		}
		e.index[d.Name] = i
	}
	if e.conj, err = newConjTable(e.index); err != nil {
		return nil, err
	}
	for _, m := range mechanics {
		var at []int
		for _, n := range m {
			if i, ok := e.index[n]; ok {
				at = append(at, i)
			}
		}
		e.mech = append(e.mech, at)
	}
	for _, n := range mechanics[0] {
		e.authority = append(e.authority, e.index[n])
	}
	return e, nil
}

// Defs lists the features in vector order.
func (e *Extractor) Defs() []Def { return e.defs }

// Index returns the position of a named feature, or -1.
func (e *Extractor) Index(name string) int {
	if i, ok := e.index[name]; ok {
		return i
	}
	return -1
}

// KnownSite says whether host is on the published top-sites list.
func (e *Extractor) KnownSite(host string) bool { return e.sites.Known(host) }

// pageState is one extraction in progress.
type pageState struct {
	e          *Extractor
	f          *facts.Facts
	v          *Vector
	body, head *hits
	voice      *hits  // os_voice and support_desk in the prominent text, platforms named as such left out
	script     *hits  // script source and its decoded literals
	kit        string // the scripts that could be a kit's (kitScripts)
	st         *structure
	page       *PageRead
	sites      map[string][]int // where each needle stands in the page text, from page
	quoted     *string          // the quoted text, once read (quotedText)
	brand      int8             // brandSite's answer once asked: 0 not yet, 1 no, 2 yes
	claimHead  *hits            // the claim_head view's scan of the headings, once made (claimHeadings)
}

// claimHeadings is the claim_head view's scan of the headings as a whole,
// made once: the device-alarm test reads its alarm and "your device"
// phrases and the explainer feature its explainer phrases (a view finds
// every phrase of its lexicons that the lexicon's own view finds:
// TestClaimHeadExplainer).
func (p *pageState) claimHeadings() *hits {
	if p.claimHead == nil {
		p.claimHead = p.e.view("claim_head").scan(productFree(p.f.Headings))
	}
	return p.claimHead
}

// inPage runs a window rule over the page text, at the needles' places in
// the read when there is one.
func (p *pageState) inPage(r *windowRule) []string {
	if !p.page.of(p.f.Page) {
		return r.find(p.f.Page)
	}
	if p.sites == nil {
		p.sites = map[string][]int{}
		p.page.Read.Each(p.page.Needles, func(w, start, _ int) {
			n := pageNeedles[w]
			p.sites[n] = append(p.sites[n], start)
		})
	}
	return r.findAt(p.f.Page, func(n string) []int { return p.sites[n] })
}

func (p *pageState) set(name string, x float64, ev ...string) {
	if x <= 0 { // most features of most pages: no look-up of the name
		return
	}
	if i, ok := p.e.index[name]; ok {
		p.setAt(i, x, ev...)
	}
}

// setAt is set of the feature at position i, for a caller that has
// looked its name up.
func (p *pageState) setAt(i int, x float64, ev ...string) {
	if x <= 0 {
		return
	}
	p.v.Values[i] = math.Min(x, 1)
	if len(ev) > 0 {
		p.v.Evidence[i] = ev[:min(len(ev), 5)]
	}
}

// lex sets name from a lexicon's distinct hits in part, saturating at sat.
func (p *pageState) lex(name, lexicon string, h *hits, sat int) int {
	n, ev := p.e.lx.of(h, lexicon)
	p.set(name, float64(n)/float64(sat), ev...)
	return n
}

// body is the lexicons' hits in the page text, from the read when there is one.
func (e *Extractor) body(text string, page *PageRead) *hits {
	if page.of(text) && len(text) <= MaxScan {
		return e.lx.scanRead(page.Read, page.Phrases, text)
	}
	return e.lx.scan(text)
}

// Phrases are every lexicon phrase the page text is read for, in the order
// a PageRead's Phrases list must hold them.
func (e *Extractor) Phrases() []string { return e.lx.pattern }

// HeadPhrases are the phrases headScans reads in the prominent text, in
// the order a PageRead's HeadPhrases list must hold them.
func (e *Extractor) HeadPhrases() []string { return e.view("head").pattern }

// Needles are the words the window rules look for in the page text, in the
// order a PageRead's Needles list must hold them.
func (e *Extractor) Needles() []string { return pageNeedles }

// A PageRead is the page text read once (textnorm.Union) and where the
// lists Extract needs sit among the union's: Phrases and Needles.
type PageRead struct {
	Read             *textnorm.Read
	Phrases, Needles int
	// Prominent is Facts.Prominent read once (Facts.ProminentRead), with
	// HeadPhrases at list HeadPhrases; nil: headScans reads it itself.
	Prominent   *textnorm.Read
	HeadPhrases int
}

func (r *PageRead) of(text string) bool { return r != nil && r.Read.Of(text) }

// Extract computes the vector of one page.
func (e *Extractor) Extract(f *facts.Facts, hits []signature.Hit) *Vector {
	return e.ExtractRead(f, hits, nil)
}

// ExtractRead is Extract with the page text already read (page, when it
// is a read of f.Page).
func (e *Extractor) ExtractRead(f *facts.Facts, hits []signature.Hit, page *PageRead) *Vector {
	v := &Vector{Values: make([]float64, len(e.defs)), Evidence: map[int][]string{}}
	// What the page's scripts wrote after decoding themselves is what the
	// person sees first: it counts as prominent text.
	prominent := f.ProminentText()
	kit := kitScripts(f)
	head, voice := e.headScans(prominent, page)
	p := &pageState{e: e, f: f, v: v, kit: kit, page: page,
		body:   e.body(f.Page, page),
		head:   head,
		voice:  voice,
		script: e.view("script").scan(scriptText(kit)),
		st:     readStructure(f.Docs, f.Host)}
	p.authority()
	p.alarm()
	p.headlineClaims()
	p.supportDesk()
	p.lures(prominent)
	p.requestIDAlone()
	p.codeSent()
	p.pressure(prominent)
	p.unlessPaid()
	p.lock()
	p.runtime()
	p.negative()
	p.unquote()
	p.ownOutage() // after unquote: a claim it quotes is no claim of the page
	p.newsVoice()
	p.combinations()
	for _, h := range hits {
		p.set(SigPrefix+h.Sig.ID, 1, h.Evidence...)
	}
	e.OwnVoice(v)
	e.Conjoin(v)
	return v
}

// headScans reads the prominent text for its alarm (head) and, with the
// platforms it names left out (brands.SystemVoice), for a system's or a
// support desk's voice (voice). Most prominent text names no platform:
// SystemVoice gives it back whole (anything it leaves out makes the text
// shorter, a name of three bytes or more becoming one space), and one scan
// of it with the lexicons of both answers both; the pageState asks head
// only of alarm (with alarm_names) and voice only of os_voice and
// support_desk.
// With a read of the prominent text (page.Prominent, its list
// page.HeadPhrases holding HeadPhrases), head comes from the read.
func (e *Extractor) headScans(prominent string, page *PageRead) (head, voice *hits) {
	free := scamNamed(brands.SystemVoice(prominent))
	if page != nil && page.Prominent.Of(prominent) && len(prominent) <= MaxScan {
		head = e.view("head").scanRead(page.Prominent, page.HeadPhrases, prominent)
	} else {
		head = e.view("head").scan(prominent)
	}
	if len(free) == len(prominent) {
		return head, head
	}
	return head, e.view("head").scan(free)
}

func (p *pageState) authority() {
	f := p.f
	if p.brandSite() {
		// a brand's own site speaks for itself: the other brands it names
		// (the card network on an issuer's page) are partners
		if len(f.Brands) > 0 {
			p.set("authority.brand-named", 1, f.Brands...)
		}
	} else if b := brands.Named(f.Title+"\n"+strongHeadings(f)+"\n"+f.Dialogs+"\n"+f.Decoded, f.Host); len(b) > 0 {
		p.set("authority.brand-claimed", 1, b...)
	} else if len(f.Claimed) > 0 {
		// a brand in banners and navigation only: not the page's voice
		p.set("authority.brand-in-banner", 1, f.Claimed...)
	} else if len(f.Brands) > 0 {
		p.set("authority.brand-named", 1, f.Brands...)
	}
	if b := brands.Named(f.Title, f.Host); len(b) > 0 && !p.brandSite() {
		p.set("authority.title-brand", 1, b...)
	}
	// the browser's own pages (its error and settings pages) speak as the
	// browser because they are the browser
	if !browserPage(f.URL) {
		// in headings and labels, not where a program's platform is
		// named ("Showing downloads for Microsoft Windows")
		if n, ev := p.e.lx.of(p.voice, "os_voice"); n > 0 {
			p.set("authority.os-voice", 1, ev...)
		} else if n, ev := p.e.lx.of(p.body, "os_voice"); n > 0 && p.voiced(ev) {
			p.set("authority.os-voice", 0.4, ev...)
		}
	}
	p.brandHost()
	if urls := fakeAddressBar(f); len(urls) > 0 {
		p.set("authority.fake-chrome", 1, urls...)
	} else if len(p.st.chrome) > 0 {
		p.set("authority.fake-chrome", 0.5, p.st.chrome...)
	}
}

// voiced says whether a system voice the page text holds (its phrases ev)
// is still there once platforms named as such are left out: "for
// Microsoft Windows" on a download page is no voice; nor is the name of
// a scam, "tech support scams" (scamNamed).
func (p *pageState) voiced(ev []string) bool {
	free := scamNamed(brands.SystemVoice(p.f.Text))
	for _, e := range ev {
		if strings.Contains(free, e) {
			return true
		}
	}
	return false
}

// alarmCompounds are the names of a security product or measure that hold
// an alarm word: ウイルス対策 (antivirus), ウイルスバスター, ウイルスセキュリティ.
// A vendor's 「ウイルスセキュリティZERO」 or 「ウイルス対策ソフト」 names what it
// sells, not an infection of the reader's device. They are in
// words/alarm_names.txt, which alarm.words and alarm.prominent read
// (alarmLex); the device-alarm heading and the dialogs are read with them
// left out here (productFree). A fake alert that names one still says
// 感染, 検出 or 「5個のウイルス」 beside it.
var alarmCompounds = []string{"ウイルス対策", "ウィルス対策", "ウイルスバスター", "ウィルスバスター", "ウイルスセキュリティ", "ウィルスセキュリティ"}

// productFree is s with every alarmCompounds name replaced by a space
// (s itself, not a copy, when it names none).
func productFree(s string) string {
	if !strings.Contains(s, "ウイルス") && !strings.Contains(s, "ウィルス") {
		return s
	}
	for _, c := range alarmCompounds {
		if strings.Contains(s, c) {
			s = strings.ReplaceAll(s, c, " ")
		}
	}
	return s
}

// biologyAlarm are the alarm words a disease shares with a computer.
var biologyAlarm = map[string]bool{"virus": true, "viruses": true, "infected": true, "infection": true, "infections": true,
	"ウイルス": true, "ウィルス": true, "感染": true}

// biology: on a page that speaks of illness (two phrases of
// words/medical.txt), an alarm whose every word is one a disease shares
// with a computer (biologyAlarm) is the disease's, not an alarm about the
// reader's device. A fake alert that says "virus" says nothing of
// vaccines, symptoms or clinics.
func (p *pageState) biology() {
	if n, _ := p.e.lx.of(p.body, "medical"); n < 2 {
		return
	}
	for _, name := range []string{"alarm.words", "alarm.prominent"} {
		if i := p.e.index[name]; p.evidenceAll(i, func(e string) bool { return biologyAlarm[e] }) {
			p.v.Values[i] = 0
			delete(p.v.Evidence, i)
		}
	}
}

// evidenceAll says whether feature i is set with evidence, every piece of
// which is ok.
func (p *pageState) evidenceAll(i int, ok func(string) bool) bool {
	ev := p.v.Evidence[i]
	if p.v.Values[i] == 0 || len(ev) == 0 {
		return false
	}
	for _, e := range ev {
		if !ok(e) {
			return false
		}
	}
	return true
}

// supportDesk: a support desk or a kind of security product named without
// a company speaks as the system only beside a claim about the reader —
// an alarm about their device (in a heading, or "your computer"), a code,
// a count, a scan, a bill or a stopped account. Without one it is a
// vendor's contact line or product name.
func (p *pageState) supportDesk() {
	voice, ok := p.e.index["authority.os-voice"] // each name looked up once
	if !ok || browserPage(p.f.URL) || p.v.Values[voice] > 0 {
		return
	}
	if !p.has("alarm.your-device") && p.strongest(mechanics[1]) < 0.5 {
		return
	}
	desk, ok := p.e.lx.index["support_desk"]
	if !ok {
		return
	}
	if n, ev := p.e.lx.at(p.voice, desk); n > 0 {
		p.setAt(voice, 1, ev...)
	} else if n, ev := p.e.lx.at(p.body, desk); n > 0 && p.voiced(ev) {
		p.setAt(voice, 0.4, ev...)
	}
}

// browserSchemes are the address schemes of a browser's own pages: no web
// site can be served under them.
var browserSchemes = []string{"chrome:", "chrome-error:", "chrome-search:", "edge:", "about:", "brave:", "vivaldi:", "opera:"}

// browserPage says whether the address is one of the browser's own pages.
func browserPage(url string) bool {
	u := strings.ToLower(url)
	for _, s := range browserSchemes {
		if strings.HasPrefix(u, s) {
			return true
		}
	}
	return false
}

// hostWords are what a look-alike host joins to a name to look official:
// "anydesk-download", "windows-support-help", "visa-fraud-center".
var hostWords = map[string]bool{"download": true, "downloads": true, "dl": true, "official": true, "setup": true, "install": true,
	"installer": true, "support": true, "helpdesk": true, "update": true, "updates": true, "secure": true, "security": true,
	"center": true, "centre": true, "help": true, "verify": true, "alert": true, "scan": true, "repair": true, "refund": true,
	"free": true, "muryou": true, "anzen": true, "hogo": true}

// hostClaim is the label of host (left of its registrable domain, or the
// registrable domain's own name) that joins a name with one of hostWords
// by hyphens, or "": the address itself claims to be a download site, a
// support desk or a security centre. A real site puts such words in a
// label of their own (download.gimp.org, support.microsoft.com).
func hostClaim(host string) string {
	labels := strings.Split(strings.ToLower(host), ".")
	if reg := registrable(host); reg != host {
		labels = strings.Split(strings.TrimSuffix(strings.ToLower(host), "."+reg), ".")
		labels = append(labels, strings.SplitN(reg, ".", 2)[0])
	}
	for _, l := range labels {
		parts := strings.Split(l, "-")
		if len(parts) < 2 {
			continue
		}
		word, name := false, false
		for _, t := range parts {
			if hostWords[t] {
				word = true
			} else if len(t) > 1 {
				// a single letter is a prefix (e-, i-, f-), no name:
				// f-secure.com is F-Secure's own address, not "F" joined
				// to "secure" (whose phone number, injected, made its
				// product page a claim: issue 20, branch harden)
				name = true
			}
		}
		if word && name {
			return l
		}
	}
	return ""
}

// brandSite: a brand of the catalogue owns the host, and it is not a host
// where anyone publishes (sites.google.com, github.io).
func (p *pageState) brandSite() bool {
	if p.brand == 0 { // asked three times a page: the catalogue is walked once
		p.brand = 1
		if p.ownedByBrand() {
			p.brand = 2
		}
	}
	return p.brand == 2
}

func (p *pageState) ownedByBrand() bool {
	if p.e.sites.Open(p.f.Host) {
		return false
	}
	for _, b := range brands.Catalog {
		if b.Owns(p.f.Host) {
			return true
		}
	}
	return false
}

// Windowed matching bounds: needle sites examined per needle, matches kept.
const (
	maxSites   = 30
	maxMatches = 3
)

// A windowRule is a regexp run only in windows around its needles: a
// regexp without a literal prefix over a megabyte of text is the slowest
// thing a page could make us do. may is a cheap test every match passes
// (a fuzz test holds each rule to it): a window that fails it cannot match
// and is not handed to the regexp.
type windowRule struct {
	re            *regexp.Regexp
	needles       []string
	before, after int
	may           func(window string) bool
	// starts says where in a window a match can begin (every match of re
	// begins where it holds: a fuzz test checks it); the expression is then
	// tried anchored there, not at every byte of the window.
	starts     func(w string, i int) bool
	anchored   *regexp.Regexp
	anchorOnce sync.Once
	// bySecond: the needles (by place) by their second byte, and those of
	// one byte, for placesIn (made at its first use).
	bySecond   *[256][]int
	oneByte    []int
	secondOnce sync.Once
}

// first is re.FindString(w): the leftmost match is the anchored match at
// the first place a match can start.
func (r *windowRule) first(w string) string {
	if r.starts == nil {
		return r.re.FindString(w)
	}
	r.anchorOnce.Do(func() { r.anchored = anchor(r.re) })
	for i := 0; i < len(w); i++ {
		if r.starts(w, i) {
			if m := r.anchored.FindString(w[i:]); m != "" {
				return m
			}
		}
	}
	return ""
}

// anchor compiles re to match only at the start of the text.
func anchor(re *regexp.Regexp) *regexp.Regexp { return regexp.MustCompile(`^(?:` + re.String() + `)`) }

// find returns at most maxMatches matches, deduplicated.
func (r *windowRule) find(text string) []string {
	return r.findAt(text, r.placesIn(text))
}

// placesIn finds every needle's places in one pass when the needles share
// their first byte (scriptDownload's all start with "."): a search per
// needle read a kit's scripts twelve times. Otherwise it returns nil, and
// findAt searches.
func (r *windowRule) placesIn(text string) func(needle string) []int {
	c := r.needles[0][0]
	for _, n := range r.needles {
		if n[0] != c {
			return nil
		}
	}
	// At each place of the first byte only the needles whose second byte
	// follows are compared (a kit's scripts hold a '.' every few bytes,
	// and scriptDownload has fourteen needles).
	r.secondOnce.Do(func() {
		r.bySecond = &[256][]int{}
		for k, n := range r.needles {
			if len(n) == 1 {
				r.oneByte = append(r.oneByte, k)
			} else {
				r.bySecond[n[1]] = append(r.bySecond[n[1]], k)
			}
		}
	})
	var places [][]int // made at the first needle found: most texts hold none
	add := func(k, i int) {
		if places == nil {
			places = make([][]int, len(r.needles))
		}
		places[k] = append(places[k], i)
	}
	for i := 0; i < len(text); i++ {
		j := strings.IndexByte(text[i:], c)
		if j < 0 {
			break
		}
		i += j
		for _, k := range r.oneByte {
			add(k, i)
		}
		if i+1 < len(text) {
			for _, k := range r.bySecond[text[i+1]] {
				if strings.HasPrefix(text[i:], r.needles[k]) {
					add(k, i)
				}
			}
		}
	}
	return func(needle string) []int {
		if places == nil {
			return nil // searched: no needle anywhere
		}
		return places[slices.Index(r.needles, needle)]
	}
}

// findAt is find with each needle's places in text given (sorted), or
// searched for when at is nil: the same needles in the same order either
// way, each taken where the last one taken ended.
func (r *windowRule) findAt(text string, at func(needle string) []int) []string {
	var out []string
	for _, n := range r.needles {
		var places []int
		if at != nil {
			places = at(n)
		}
		next := 0 // the next of places to look at
		for off, sites := 0, 0; sites < maxSites && len(out) < maxMatches; sites++ {
			i := -1
			if at == nil {
				if j := strings.Index(text[off:], n); j >= 0 {
					i = off + j
				}
			} else {
				for next < len(places) && places[next] < off {
					next++
				}
				if next < len(places) {
					i = places[next]
				}
			}
			if i < 0 {
				break
			}
			lo, hi := max(0, i-r.before), min(len(text), i+len(n)+r.after)
			if w := text[lo:hi]; r.may(w) {
				if m := r.first(w); m != "" && !slices.Contains(out, m) {
					out = append(out, m)
				}
			}
			off = i + len(n)
		}
	}
	return out
}

// strongHeadings is the text of the main document's h1: where a page says
// who it is (navigation, side boxes and footers name other brands in
// passing; those count at half strength through Facts.Claimed). Each h1
// in document order, nested ones too, gives its whole text (what
// goquery's Text returns), folded, until 8 KiB are taken.
func strongHeadings(f *facts.Facts) string {
	if len(f.Docs) == 0 || f.Docs[0].Doc == nil {
		return ""
	}
	var b, h strings.Builder
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "h1" {
				h.Reset()
				page.WriteText(&h, c, math.MaxInt) // goquery's Text
				b.WriteString(textnorm.Fold(h.String()) + "\n")
				if b.Len() >= 8<<10 {
					return false
				}
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	for _, n := range f.Docs[0].Doc.Nodes {
		if !walk(n) {
			break
		}
	}
	return b.String()
}

// brandURL is a brand's address written as text ("https://www.microsoft.com/…"),
// anchored: every match starts with "http" or "www.", so addresses tries it
// only where one does instead of at every byte.
var brandURL = regexp.MustCompile(`^(?:https?://|www\.)[a-z0-9.-]+\.[a-z]{2,}`)

// addresses is what brandURL unanchored finds in s with FindAllString(s, n):
// the leftmost match, then the next after it, and so on.
func addresses(s string, n int) []string {
	var out []string
	for i := 0; i < len(s) && len(out) < n; {
		j := nextAddressStart(s[i:])
		if j < 0 {
			break
		}
		i += j
		if m := brandURL.FindString(s[i:]); m != "" {
			out = append(out, m)
			i += len(m)
			continue
		}
		i++
	}
	return out
}

// nextAddressStart is where "http" or "www." next starts in s, or -1.
func nextAddressStart(s string) int {
	a, b := strings.Index(s, "http"), strings.Index(s, "www.")
	switch {
	case a < 0:
		return b
	case b < 0:
		return a
	}
	return min(a, b)
}

// fakeAddressBar finds a brand's address written in the page's short labels
// on a host the brand does not own: a browser drawn inside the page.
func fakeAddressBar(f *facts.Facts) []string {
	var out []string
	if !strings.Contains(f.Labels, "http") && !strings.Contains(f.Labels, "www.") {
		return nil
	}
	for _, m := range addresses(f.Labels, 20) {
		h := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(m, "http://"), "https://"), "www.")
		for _, b := range brands.Catalog {
			if b.Owns(h) && !b.Owns(f.Host) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

var (
	errorCode = &windowRule{
		re:      regexp.MustCompile(`0x[0-9a-f]{6,8}\b|(?:error|エラー|erreur|fehler)\s*(?:code|コード|番号|#|no\.?|:)\s*[:#]?\s*[#0-9a-z][0-9a-z-]{2,}|#[a-z]{1,3}[0-9][0-9a-z]{3,8}\b`),
		needles: []string{"0x", "error", "エラー", "erreur", "fehler"}, after: 40,
		may: func(w string) bool {
			return strings.Contains(w, "0x") || strings.Contains(w, "#") || followedBy(w, errorWords, codeWords)
		},
		starts: func(w string, i int) bool {
			return w[i] == '#' || strings.HasPrefix(w[i:], "0x") || slices.ContainsFunc(errorWords, func(e string) bool { return strings.HasPrefix(w[i:], e) })
		},
	}
	threatCount = &windowRule{
		// "(6)個のウイルス", "3 threats", and the Japanese order "問題が 5 件"
		re:      regexp.MustCompile(`\(?\d+\)?\s*(?:件の|個の|つの)?\s*(?:脅威|ウイルス|ウィルス|トロイの木馬|threats?|viruses|infections?|infected (?:files|items)|menaces|bedrohungen|amenazas)|(?:問題|脅威|ウイルス|ウィルス|危険なファイル)が\s*\(?\d+\)?\s*(?:件|個|つ)`),
		needles: []string{"脅威", "ウイルス", "ウィルス", "トロイ", "threat", "virus", "infect", "menace", "bedrohung", "amenaza", "問題", "危険なファイル"}, before: 16, after: 24,
		may: func(w string) bool { return strings.ContainsAny(w, "0123456789") },
		starts: func(w string, i int) bool {
			return w[i] == '(' || w[i] >= '0' && w[i] <= '9' || slices.ContainsFunc(countedFirst, func(s string) bool { return strings.HasPrefix(w[i:], s) })
		},
	}
	countedFirst = []string{"問題", "脅威", "ウイルス", "ウィルス", "危険なファイル"}
	errorWords   = []string{"error", "エラー", "erreur", "fehler"}
	// pageNeedles are the needles of the rules run over the page text.
	pageNeedles = slices.Concat(errorCode.needles, threatCount.needles, amountDue.needles)
	codeWords   = []string{"code", "コード", "番号", "#", "no", ":"}
)

// followedBy: one of first stands in w followed, after ASCII white space,
// by one of then.
func followedBy(w string, first, then []string) bool {
	for _, a := range first {
		for i := 0; ; {
			j := strings.Index(w[i:], a)
			if j < 0 {
				break
			}
			i += j + len(a)
			rest := strings.TrimLeft(w[i:], " \t\n\f\r")
			for _, b := range then {
				if strings.HasPrefix(rest, b) {
					return true
				}
			}
		}
	}
	return false
}

// deviceAlarmHeading: the evidence of a title or heading that says the
// reader's own device is in danger ("Votre ordinateur est bloqué",
// 「お使いのPCはウイルスに感染しています」), or nil. That one line is the whole
// claim, however few alarm words the rest of the page has; a question or an
// explainer heading ("Is your computer infected? How to tell") asks or
// explains, and a quoted alarm reports, they claim nothing.
func (p *pageState) deviceAlarmHeading() []string {
	// Headings is the heading lines folded together, joined by a space (a
	// line break folds to one): a phrase a line holds, the whole holds.
	// A page whose headings hold no alarm or no "your device" phrase at
	// all has no line with both, and its lines are not read one by one.
	if len(p.f.Headings) <= MaxScan {
		h := p.claimHeadings()
		if a, _ := p.e.lx.of(h, "alarm"); a == 0 {
			return nil
		}
		if d, _ := p.e.lx.of(h, "your_device"); d == 0 {
			return nil
		}
	}
	return p.deviceAlarmLines()
}

// deviceAlarmLines is deviceAlarmHeading read line by line, without the
// whole's test first (FuzzDeviceAlarmFilter holds the two to the same).
func (p *pageState) deviceAlarmLines() []string {
	v := p.e.view("claim_head")
	for _, l := range p.f.HeadingLines {
		if strings.ContainsAny(l, "?？") {
			continue
		}
		h := v.scan(productFree(l))
		a, ev := p.e.lx.of(h, "alarm")
		d, dev := p.e.lx.of(h, "your_device")
		if x, _ := p.e.lx.of(h, "explainer"); a > 0 && d > 0 && x == 0 && !allIn(quotations(l), ev) {
			return append(dev, ev...)
		}
	}
	return nil
}

// allIn: every piece of evidence stands in q (a headline that quotes the
// scam's "Su ordenador ha sido bloqueado" reports it).
func allIn(q string, ev []string) bool {
	for _, e := range ev {
		if !strings.Contains(q, e) {
			return false
		}
	}
	return q != ""
}

// alarmLex is lex of the alarm lexicon less the alarm phrases that stand
// in text only inside a name (words/alarm_names.txt: ライフハッカー, a site's
// name in every title of it, is no hacker).
func (p *pageState) alarmLex(name string, h *hits, sat int) {
	n, ev := p.e.lx.of(h, "alarm")
	if n == 0 {
		return
	}
	if m, names := p.e.lx.of(h, "alarm_names"); m > 0 {
		f := p.f // every text a word could stand in outside the name
		text := f.Page + "\n" + f.Headings + "\n" + f.Labels + "\n" + f.Dialogs + "\n" + f.Decoded
		kept := slices.DeleteFunc(slices.Clone(ev), func(w string) bool { return onlyInNames(text, w, names) })
		n, ev = n-(len(ev)-len(kept)), kept
	}
	p.set(name, float64(n)/float64(sat), ev...)
}

// onlyInNames: every occurrence of word in text is inside one of names.
func onlyInNames(text, word string, names []string) bool {
	rest := text
	for _, nm := range names {
		if strings.Contains(nm, word) {
			rest = strings.ReplaceAll(rest, nm, " ")
		}
	}
	return rest != text && !strings.Contains(rest, word)
}

// registered: the one-click claim that the reader joined by opening the
// page; the device details it shows (IP address, host name) strengthen the
// claim but make none alone (a firewall's block page shows the IP), and
// "it has been recorded" makes one only beside them (recorded.txt).
func (p *pageState) registered() {
	n, ev := p.e.lx.of(p.body, "registered")
	m, dev := p.e.lx.of(p.body, "device_info")
	// "recorded", "取得しました" claim only what the page says it took
	// of the device: an exam's "this event has been recorded" takes nothing
	if r, rev := p.e.lx.of(p.body, "recorded"); r > 0 && m > 0 {
		n, ev = n+r, append(ev, rev...)
	}
	if n == 0 {
		return
	}
	p.set("alarm.registered", float64(n+m)/2, append(ev, dev...)...)
}

func (p *pageState) alarm() {
	p.alarmLex("alarm.words", p.body, 6)
	p.alarmLex("alarm.prominent", p.head, 3)
	p.lex("alarm.your-device", "your_device", p.body, 3)
	p.biology()
	if ev := p.deviceAlarmHeading(); ev != nil {
		p.set("alarm.prominent", 1, ev...)
		p.set("alarm.your-device", 1, ev...)
	}
	p.lex("alarm.fake-scan", "scan", p.body, 3)
	p.lexMax("alarm.update-required", "update_required", 2)
	p.registered()
	p.lex("alarm.account", "account_alarm", p.body, 1)
	p.phishStory()
	if p.f.Dialogs != "" {
		p.lex("alarm.dialog", "alarm", p.e.view("alarm").scan(productFree(p.f.Dialogs)), 2)
	}
	// Error codes and threat counts only matter on a page that alarms.
	if n, _ := p.e.lx.of(p.body, "alarm"); n == 0 {
		return
	}
	if m := p.inPage(errorCode); len(m) > 0 {
		p.set("alarm.error-code", 1, m...)
	}
	if m := p.inPage(threatCount); len(m) > 0 {
		p.set("alarm.threat-count", 1, m...)
	}
}
