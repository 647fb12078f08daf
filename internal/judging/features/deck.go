package features

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/alertguard/alertguard/internal/judging/page"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// A slide deck or a talk (negative.deck) speaks about what its slides
// show: a conference talk about scareware quotes the Defender alert, the
// toll-free number and the Win+R steps, one slide at a time, in the
// speaker's hands. The sign is a voice sign (explainedBy): at full strength
// the page's claims are not its own.
//
// A kit could wrap its alert in <section>s. So the sign needs what costs a
// kit its scare, all of it (decided 2026-12-07, issue 20):
//   - slides: three or more sibling elements of one kind (<section>s, or
//     elements sharing a class, one of them marked current), hidden but one
//     (a style rule hides them, they are hidden in the markup, or a deck
//     framework's root holds them);
//   - a deck's navigation: a "3 / 12" counter as long as the deck, arrow or
//     page keys in the script, or a framework's root;
//   - the speaker's framing: a talk, a conference or slides named in the
//     title or on the first slide (講演, 発表, スライド, BSides …), a closing
//     slide ("Questions?", ご清聴ありがとうございました) or speaker notes;
//     each counts half, two or more make the sign whole;
//   - what shows on arrival makes no claim: the title, the text around the
//     slides, the first slide, any slide marked current (the live page's
//     snapshot marks the slide a script moved to) and a slide the
//     address's fragment selects hold no system voice, no registration,
//     account or update claim, no human check, prize or pretext, and no line
//     that puts an alarm on the reader's own device. A talk's title slide
//     names its subject ("Scareware in 2026") and its speaker. An ask alone
//     (a hotline, a download) is no claim: a bank's deck ends with its
//     number;
//   - the deck turns only when the person turns it: no timer in the page's
//     own scripts that could turn the slides (one handed a function by
//     name, or in a script that changes classes, styles, the fragment or
//     the markup, sends keys or clicks) or write a claim; no key or history
//     lock, no leave-page question, no alarming dialog, no spoken voice, no
//     window storm, no full-window layer of its own, no full screen or
//     keyboard lock the browser saw taken without a click. Sound alone is
//     allowed (a talk plays its demo).
//
// A kit that pays all of that shows a title slide and waits for a click:
// its alert is no longer on the screen it lands on.

// Bounds on the deck's reading.
const (
	minSlides      = 3
	maxSlideText   = 4 << 10 // per slide read
	maxOutsideText = 8 << 10 // the text around the slides
	maxDeckCSS     = 256 << 10
	maxShown       = 8 // slides beyond the first shown on arrival: a deck shows one, a page showing more is no deck
)

// deckClaimsShown are the lexicons of a scam's claim (who speaks, what is
// wrong with the reader's device or account, the pretext); none may stand
// in what a deck shows on arrival. An ask alone (a number, "call us", a
// download) claims nothing: a bank's deck ends with its hotline.
var deckClaimsShown = []string{"os_voice", "registered", "update_required", "account_alarm", "prize", "pretext", "verify"}

// currentMarks are the class tokens decks (and carousels) put on the slide
// shown.
var currentMarks = map[string]bool{"on": true, "active": true, "present": true, "current": true, "visible": true, "show": true,
	"shown": true, "is-active": true, "is-current": true, "selected": true}

// slideClasses name a slide whatever its siblings: reveal.js and marp use
// <section>, impress.js "step", remark "remark-slide-content", many
// hand-made decks "slide".
var slideClasses = map[string]bool{"slide": true, "step": true, "remark-slide-content": true}

// deckRoots are the class or id tokens of a deck framework's root: its
// style sheet shows one slide at a time and its keys turn them.
var deckRoots = map[string]bool{"reveal": true, "impress": true, "remark-slides-area": true, "marpit": true, "shower": true,
	"bespoke-parent": true, "deck-container": true}

// notesClasses are speaker notes.
var notesClasses = map[string]bool{"notes": true, "speaker-notes": true, "speaker-note": true}

var (
	// deckKeys: the script turns slides with the arrow or page keys.
	deckKeys = regexp.MustCompile(`ArrowRight|ArrowLeft|PageDown|PageUp|keyCode\s*===?\s*3[79]\b|which\s*===?\s*3[79]\b`)
	// deckTimers: a script that moves by itself.
	deckTimers = regexp.MustCompile(`setTimeout|setInterval|requestAnimationFrame|autoSlide`)
	// timerByName: a timer handed a function defined elsewhere (what it
	// does cannot be read beside it).
	timerByName = regexp.MustCompile(`(?:setTimeout|setInterval|requestAnimationFrame)\(\s*[A-Za-z_$][\w$.]*\s*[,)]`)
	// turnsSlides: what a script that shows another slide does: changes
	// classes, styles, attributes or the address's fragment, sends keys or
	// clicks, scrolls, or calls a deck's own turning functions.
	turnsSlides = regexp.MustCompile(`classList|className|\.style\b|setAttribute|removeAttribute|\.hidden\b|location\.hash|dispatchEvent|KeyboardEvent|\.click\(|scrollIntoView|scrollTo|scrollBy|\b(?:go|next|prev|show|slide|navigate|goto|advance)\w*\(|autoSlide|innerHTML|outerHTML|insertAdjacent|appendChild|document\.write`)
	// slideCounter: "3 / 12", "3 of 12".
	slideCounter = regexp.MustCompile(`\b\d{1,3}\s*(?:/|／|of)\s*(\d{1,3})\b`)
	// fragmentSlide: "#/3", "#3", "#slide-3", "#page=3".
	fragmentSlide = regexp.MustCompile(`#(?:/|slide-?|page=?|p)?(\d{1,3})\b`)
	hiddenDecl    = regexp.MustCompile(`display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:[^.\d]|$)`)
)

// deck is what a deck's walk found.
type deck struct {
	slides   []*html.Node
	names    []string // what selects the slides in a style sheet: "section", ".slide" (every class they share)
	rooted   bool     // under a deck framework's root
	notes    bool
	css      strings.Builder
	outside  strings.Builder
	inSlides map[*html.Node]bool
}

// deckSign sets negative.deck when the page is a deck in the speaker's
// hands (see above).
func (p *pageState) deckSign() {
	if n, _ := p.e.lx.of(p.body, "talk"); n == 0 {
		return
	}
	// the cheap tests first: the key expression and the timers read the scripts
	for _, l := range deckLocks {
		if p.has(l) {
			return
		}
	}
	if i := p.e.index["lock.overlay"]; p.v.Values[i] >= 1 || p.f.APIs["speech"] > 0 {
		return
	}
	keys := deckKey(p.kit[:min(len(p.kit), maxKeyScan)])
	if p.st.deckHints == 0 && !keys {
		return
	}
	if p.timerTurns() {
		return
	}
	d := findDeck(p.f.Docs)
	if d == nil || !d.hidesSlides() {
		return
	}
	var ev []string
	nav := d.rooted || keys
	if m := slideCounter.FindAllStringSubmatch(p.f.Text[:min(len(p.f.Text), 1<<20)], 20); !nav {
		for _, c := range m {
			if n, _ := strconv.Atoi(c[1]); n == len(d.slides) {
				nav = true
				break
			}
		}
	}
	if !nav {
		return
	}
	first := slideText(d.slides[0])
	framing := 0.0
	if n, w := p.e.lx.of(p.e.view("deck").scan(p.f.Title+"\n"+first), "talk"); n > 0 {
		framing += 0.5
		ev = append(ev, w...)
	}
	if n, w := p.e.lx.of(p.e.view("deck").scan(slideText(d.slides[len(d.slides)-1])), "talk_close"); n > 0 {
		framing += 0.5
		ev = append(ev, w...)
	}
	if d.notes {
		framing += 0.5
		ev = append(ev, "speaker notes")
	}
	if framing == 0 {
		return
	}
	shown := p.f.Title + "\n" + first + "\n" + foldEach(d.outside.String())
	more, ok := d.shownSlides(p.f.URL)
	if !ok {
		return
	}
	for _, s := range more {
		shown += "\n" + slideText(s)
	}
	if p.deckClaims(shown) {
		return
	}
	p.set("negative.deck", framing, append([]string{strconv.Itoa(len(d.slides)) + " slides"}, ev...)...)
}

// deckKey is deckKeys.MatchString(s), without running the expression
// over a script that holds none of its words (most scripts).
func deckKey(s string) bool {
	if !strings.Contains(s, "Arrow") && !strings.Contains(s, "Page") && !strings.Contains(s, "keyCode") && !strings.Contains(s, "which") {
		return false
	}
	return deckKeys.MatchString(s)
}

// deckLocks are what a deck in the person's hands never does. Sound is
// not among them (a talk may play its demo), but a voice is (speech: a
// scareware kit's claim, spoken).
var deckLocks = []string{"lock.keyboard", "lock.history", "lock.beforeunload", "lock.block-keys", "lock.dialog-loop", "lock.windows",
	"alarm.dialog", "runtime.fullscreen", "runtime.keyboard-lock", "runtime.floods"}

// timerTurns: one of the page's own scripts has a timer that may turn the
// slides or write a claim: it hands the timer a function by name, or the
// script changes what is shown (turnsSlides), or its words claim what a
// scam claims. A shop's countdown that writes "09:59" into a span is none
// of these.
func (p *pageState) timerTurns() bool {
	if !deckTimers.MatchString(p.kit) {
		return false
	}
	for rest := p.kit; rest != ""; {
		src, after, _ := strings.Cut(rest, "\n;\n")
		rest = after
		if !deckTimers.MatchString(src) {
			continue
		}
		if timerByName.MatchString(src) || turnsSlides.MatchString(src) {
			return true
		}
		h := p.e.view("deck").scan(strings.ToLower(src))
		for _, l := range append([]string{"alarm"}, deckClaimsShown...) {
			if n, _ := p.e.lx.of(h, l); n > 0 {
				return true
			}
		}
	}
	return false
}

// deckClaims: what a deck shows on arrival says what a scam's first screen
// says (see above).
func (p *pageState) deckClaims(shown string) bool {
	v := p.e.view("deck")
	h := v.scan(shown)
	for _, l := range deckClaimsShown {
		if n, _ := p.e.lx.of(h, l); n > 0 {
			return true
		}
	}
	for _, line := range strings.Split(shown, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		lh := v.scan(line)
		a, _ := p.e.lx.of(lh, "alarm")
		d, _ := p.e.lx.of(lh, "your_device")
		x, _ := p.e.lx.of(lh, "explainer")
		// a line that names the alarm as fake is the talk's subject
		// ("How fake virus alerts lock your browser"), not its claim
		f, _ := p.e.lx.of(lh, "aware_core")
		if a > 0 && d > 0 && x == 0 && f == 0 {
			return true
		}
	}
	return false
}

// findDeck finds the largest group of slides in the documents, or nil.
func findDeck(docs []*page.Document) *deck {
	var best *deck
	nodes := 0
	var walk func(n *html.Node, rooted bool)
	walk = func(n *html.Node, rooted bool) {
		if nodes >= maxWalk {
			return
		}
		nodes++
		if n.Type == html.ElementNode {
			rooted = rooted || anyToken(attr(n, "class"), deckRoots) || deckRoots[attr(n, "id")]
			if g, kind := slideGroup(n); len(g) >= minSlides && (best == nil || len(g) > len(best.slides)) {
				best = &deck{slides: g, names: kind, rooted: rooted}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, rooted)
		}
	}
	for _, d := range docs {
		if d == nil || d.Doc == nil {
			continue
		}
		for _, n := range d.Doc.Nodes {
			walk(n, false)
		}
	}
	if best == nil {
		return nil
	}
	best.inSlides = map[*html.Node]bool{}
	for _, s := range best.slides {
		best.inSlides[s] = true
	}
	for _, d := range docs {
		if d == nil || d.Doc == nil {
			continue
		}
		for _, n := range d.Doc.Nodes {
			best.around(n)
		}
	}
	return best
}

// slideGroup is the children of n that are slides: three or more
// <section>s, or of one class that names a slide or one of which is
// marked current; names are what selects them in a style sheet.
func slideGroup(n *html.Node) ([]*html.Node, []string) {
	groups := map[string][]*html.Node{}
	marked := map[string]bool{}
	var order []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		fields := strings.Fields(attr(c, "class"))
		key := ""
		switch {
		case c.DataAtom == atom.Section:
			key = "section"
		case len(fields) > 0:
			key = "." + fields[0]
		default:
			continue
		}
		if groups[key] == nil {
			order = append(order, key)
		}
		groups[key] = append(groups[key], c)
		if anyToken(attr(c, "class"), currentMarks) {
			marked[key] = true
		}
	}
	for _, k := range order {
		g := groups[k]
		if len(g) >= minSlides && (k == "section" || slideClasses[k[1:]] || marked[k]) {
			return g, slideNames(g)
		}
	}
	return nil, nil
}

// slideNames: "section" for <section>s, and "."+ each class every slide
// has.
func slideNames(g []*html.Node) []string {
	var names []string
	if g[0].DataAtom == atom.Section {
		names = append(names, "section")
	}
	for _, c := range strings.Fields(attr(g[0], "class")) {
		all := true
		for _, s := range g[1:] {
			if !anyToken(attr(s, "class"), map[string]bool{c: true}) {
				all = false
				break
			}
		}
		if all {
			names = append(names, "."+c)
		}
	}
	return names
}

// around reads what stands outside the slides: the text around them, the
// style sheets, speaker notes inside them.
func (d *deck) around(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if d.outside.Len() < maxOutsideText {
			d.outside.WriteString(n.Data)
		}
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Noscript, atom.Template:
			return
		case atom.Style:
			if d.css.Len() < maxDeckCSS {
				d.css.WriteString(textOf(n, maxDeckCSS) + "\n")
			}
			return
		}
		if d.inSlides[n] {
			d.notes = d.notes || hasNotes(n)
			return
		}
		if blockish(n) {
			d.outside.WriteString("\n")
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		d.around(c)
	}
}

// hidesSlides: the slides are shown one at a time — under a framework's
// root, hidden by a style rule that names them, or all but one hidden in
// the markup.
func (d *deck) hidesSlides() bool {
	if d.rooted {
		return true
	}
	hidden := 0
	for _, s := range d.slides {
		if hasAttr(s, "hidden") || attr(s, "aria-hidden") == "true" || hiddenDecl.MatchString(strings.ToLower(attr(s, "style"))) {
			hidden++
		}
	}
	if hidden >= len(d.slides)-1 {
		return true
	}
	css := d.css.String()
	for off := 0; off < len(css); {
		open := strings.IndexByte(css[off:], '{')
		if open < 0 {
			return false
		}
		open += off
		end := strings.IndexByte(css[open:], '}')
		if end < 0 {
			end = len(css)
		} else {
			end += open
		}
		sel := css[strings.LastIndexAny(css[:open], "};")+1 : open]
		if hiddenDecl.MatchString(strings.ToLower(css[open:end])) && selects(sel, d.names) {
			return true
		}
		off = end + 1
	}
	return false
}

// selects: a selector list names the slides ("section", ".slide",
// "section.slide") as its last compound, unqualified by a current mark.
func selects(sel string, names []string) bool {
	for _, one := range strings.Split(sel, ",") {
		f := strings.Fields(strings.ReplaceAll(one, ">", " "))
		if len(f) == 0 {
			continue
		}
		last := f[len(f)-1]
		for _, k := range names {
			if last == k || strings.HasPrefix(last, k) && !strings.ContainsAny(last[len(k):], ".#:[") ||
				strings.HasSuffix(last, k) && !strings.ContainsAny(last[:len(last)-len(k)], ".#:[") {
				return true
			}
		}
	}
	return false
}

// shownSlides are the slides beyond the first that may show on arrival:
// marked current (the live page's snapshot marks the slide a script
// moved to), shown by their own style, or selected by the address's
// fragment (counted from 0 and from 1); false when more than maxShown are
// marked or shown (no deck shows that many at once).
func (d *deck) shownSlides(url string) ([]*html.Node, bool) {
	var out []*html.Node
	for i, s := range d.slides[1:] {
		if len(out) >= maxShown {
			return nil, false
		}
		st := strings.ToLower(strings.ReplaceAll(attr(s, "style"), " ", ""))
		if anyToken(attr(s, "class"), currentMarks) || attr(s, "aria-current") != "" ||
			strings.Contains(st, "display:block") || strings.Contains(st, "display:flex") || strings.Contains(st, "display:grid") {
			out = append(out, d.slides[i+1])
		}
	}
	if m := fragmentSlide.FindStringSubmatch(url); m != nil {
		if k, err := strconv.Atoi(m[1]); err == nil {
			for _, j := range []int{k - 1, k} {
				if j > 0 && j < len(d.slides) {
					out = append(out, d.slides[j])
				}
			}
		}
	}
	return out, true
}

// slideText is a slide's text, folded, a line per block.
func slideText(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil && b.Len() < maxSlideText; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style && !isNotes(c):
				if blockish(c) {
					b.WriteString("\n")
				}
				rec(c)
			}
		}
	}
	rec(n)
	return foldEach(b.String())
}

// foldEach folds each line apart (Fold joins lines).
func foldEach(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(textnorm.Fold(l)); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// hasNotes: speaker notes stand in the slide (<aside class="notes">).
func hasNotes(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isNotes(c) || hasNotes(c)) {
			return true
		}
	}
	return false
}

func isNotes(n *html.Node) bool { return anyToken(attr(n, "class"), notesClasses) }

// blockish elements start a line of their own.
func blockish(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Li, atom.Br, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Section, atom.Blockquote,
		atom.Tr, atom.Pre, atom.Ul, atom.Ol, atom.Header, atom.Footer, atom.Small:
		return true
	}
	return false
}

// anyToken: one of the class (or id) tokens of s is in set.
func anyToken(s string, set map[string]bool) bool {
	if s == "" {
		return false
	}
	for _, t := range strings.Fields(s) {
		if set[t] {
			return true
		}
	}
	return false
}
