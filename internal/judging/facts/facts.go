// Package facts turns a snapshot into what signatures match on: folded text
// by part, the parsed documents, phone numbers, brands claimed on a foreign
// host, the APIs the scripts call and the runtime events the browser saw.
package facts

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/alertguard/alertguard/internal/judging/brands"
	"github.com/alertguard/alertguard/internal/judging/page"
	"github.com/alertguard/alertguard/internal/judging/phones"
	"github.com/alertguard/alertguard/internal/judging/scriptfacts"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
	"github.com/alertguard/alertguard/internal/judging/unpack"
)

// MaxScriptBytes bounds the script text scanned for API calls.
const MaxScriptBytes = 4 << 20

// Event is the runtime evidence for one event type, summed over reports.
type Event struct {
	Count   int    `json:"count"`
	Gesture bool   `json:"gesture"` // every use followed a click or key press
	Detail  string `json:"detail,omitempty"`
	First   int64  `json:"first"`
}

// Facts is everything the signatures may look at. Text fields are folded
// with textnorm.Fold.
type Facts struct {
	URL, Host, Lang string
	Title           string         // folded, for matching
	DisplayTitle    string         // as the page wrote it, for people
	Headings        string         // title, h1–h3, logos, dialog titles: who the page claims to be
	HeadingLines    []string       // the same, folded one by one: what each heading says alone
	Labels          string         // short stand-alone texts: banners, captions, dialog lines
	Dialogs         string         // text of alert/confirm/prompt dialogs: literals in scripts and what the browser saw
	Decoded         string         // what the page's own scripts wrote when run in the sandbox (folded)
	Prominent       string         // Headings, Labels, Dialogs and Decoded joined by '\n' (ProminentText): what the page puts forward
	ProminentRead   *textnorm.Read // Prominent read for the brand catalogue and the judge's lists, when built with a PageReader that has them
	DecodeErr       error          // why unpacking stopped early, if it did
	Text            string         // what a person reads: body text, frames, noscript, snapshot text, Rendered
	Rendered        string         // what OCR read in the page's screenshot (folded; also in Text): words drawn, not written
	Attrs           string         // alt, title, aria-label, placeholder, button values
	Query           string         // decoded URL query values
	Page            string         // PageParts joined by '\n': the part "page"
	PageRead        *textnorm.Read // Page read for every word list, when built with a PageReader
	Script          string         // inline and same-page script source and handlers, raw
	Docs            []*page.Document
	Phones          []phones.Number
	Brands          []string // named anywhere, on a host the brand does not own
	Claimed         []string // named in Headings or Labels, on a host the brand does not own
	APIs            map[string]int
	Events          map[string]Event
	Reason          string
}

// Build reads a bounded snapshot. It does not fail: whatever cannot be
// read is simply absent.
func Build(s *snapshot.Snapshot) *Facts { return BuildWith(s, nil) }

// A PageReader reads Page once for every word list the judge asks about
// (textnorm.Union); Brands is the place of the brand catalogue's words
// (brands.Words) among its lists.
type PageReader struct {
	Union  *textnorm.Union
	Brands int
	// Prominent, when set, reads Prominent once for the brand catalogue's
	// words (list ProminentBrands: Claimed is found there) and for the
	// lists the features read in it, instead of once each.
	Prominent       *textnorm.Union
	ProminentBrands int
}

// BuildWith is Build; with a reader, Page is read once for every list and
// the read is kept in PageRead for the stages after.
func BuildWith(s *snapshot.Snapshot, pr *PageReader) *Facts {
	host, query, path := readURL(s.URL) // the address parsed once
	f := &Facts{URL: s.URL, Host: host, Reason: s.Reason, Events: map[string]Event{}}
	main := page.Parse(s.HTML)
	f.Docs = append(f.Docs, main)
	var text, attrs, notes, heads, labels, script strings.Builder
	var addDoc func(d *page.Document, depth int)
	addDoc = func(d *page.Document, depth int) {
		text.WriteString(d.Text)
		text.WriteByte('\n')
		attrs.WriteString(d.AttrText)
		attrs.WriteByte('\n')
		notes.WriteString(d.NoteText)
		notes.WriteByte('\n')
		headings(&heads, d)
		heads.WriteByte('\n')
		labels.WriteString(d.Labels)
		labels.WriteByte('\n')
		addScripts(&script, d, s.Scripts)
		if depth > 0 {
			f.Docs = append(f.Docs, d)
		}
		for _, fr := range d.Frames {
			addDoc(fr, depth+1)
		}
	}
	script.Grow(scriptBytes(main, s.Scripts))
	// the main document is most of each part: sized once, not grown by doubling
	text.Grow(len(main.Text) + len(s.Text) + 1)
	attrs.Grow(len(main.AttrText) + 1)
	labels.Grow(len(main.Labels) + 1)
	addDoc(main, 0)
	for _, fr := range s.Frames {
		if fr.HTML != "" {
			addDoc(page.Parse(fr.HTML), 1)
		}
		text.WriteString(fr.Text)
		text.WriteByte('\n')
	}
	text.WriteString(s.Text)
	if s.Rendered != "" {
		text.WriteString("\n" + s.Rendered)
		f.Rendered = textnorm.Fold(s.Rendered)
		renderedLabels(&labels, s.Rendered)
	}
	f.Script = script.String()
	scanned := scriptfacts.ScanSites(f.Script)
	f.APIs = scanned.APIs
	if r, ok := f.unpack(main, s.URL); ok {
		if r.text != "" {
			text.WriteString("\n" + r.text)
		}
		// the documents scripts gave iframes are read like the frames
		// of the markup, and the code they built like their scripts
		for _, fr := range r.frames {
			addDoc(page.Parse(fr), 1)
		}
		if r.code != "" && script.Len()+len(r.code) <= MaxScriptBytes {
			script.WriteString(r.code + "\n;\n")
		}
		if script.Len() != len(f.Script) {
			f.Script = script.String()
			scanned = scriptfacts.ScanSites(f.Script)
			f.APIs = scanned.APIs
		}
	}
	f.Lang = firstNonEmpty(s.Lang, main.Lang)
	title := firstNonEmpty(s.Title, main.Title)
	f.Title = textnorm.Fold(title)
	f.DisplayTitle = strings.TrimSpace(title)
	f.Headings, f.HeadingLines = foldHeadings(title + "\n" + heads.String())
	f.Labels = textnorm.Fold(labels.String())
	f.Attrs = textnorm.Fold(attrs.String())
	f.Query = textnorm.Fold(query + "\n" + pathText(path))
	f.Text = textnorm.Fold(text.String())
	f.Dialogs = textnorm.Fold(dialogText(scanned, s.Events))
	f.Page = strings.Join(f.PageParts(), "\n")
	// the fields' placeholders are examples of what to type, never a
	// number to call (page.Document.NoteText)
	f.Phones = phones.Find(f.Title+"\n"+f.Text+"\n"+textnorm.Fold(notes.String())+"\n"+f.Dialogs, f.Lang, f.Host)
	f.Phones = appendNew(f.Phones, phones.Find(textnorm.Fold(query+"\n"+pathPhones(path)), f.Lang, f.Host))
	for i := range f.Phones {
		if f.Decoded != "" && strings.Contains(f.Decoded, f.Phones[i].Display) {
			f.Phones[i].Injected = true
		}
	}
	if pr != nil {
		f.PageRead = pr.Union.Read(f.Page)
		f.Brands = brands.NamedIn(f.PageRead, pr.Brands, f.Host)
	} else {
		f.Brands = brands.Named(f.Page, f.Host)
	}
	// Claimed is read in Headings and Labels, the start of Prominent: a
	// word found there is found in Prominent at the same place, and a word
	// holds no '\n', so the matches that end within that start are the
	// matches of the start alone (brands.NamedInPrefix).
	f.Prominent = f.Headings + "\n" + f.Labels + "\n" + f.Dialogs + "\n" + f.Decoded
	claimText := f.Prominent[:len(f.Headings)+1+len(f.Labels)]
	if pr != nil && pr.Prominent != nil {
		f.ProminentRead = pr.Prominent.Read(f.Prominent)
		f.Claimed = brands.NamedInPrefix(f.ProminentRead, pr.ProminentBrands, len(claimText), f.Host)
	} else {
		f.Claimed = brands.Named(claimText, f.Host)
	}
	for _, e := range s.Events {
		f.addEvent(e)
	}
	return f
}

// renderedLabels adds the short lines OCR read in the screenshot to the
// labels: a drawn alert is all banner and caption, what the person sees
// first, and the DOM holds none of it.
func renderedLabels(b *strings.Builder, rendered string) {
	for _, line := range strings.Split(rendered, "\n") {
		if line = strings.TrimSpace(line); len(line) >= 3 && len(line) <= page.MaxLabelBytes {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
}

// PageSegments names the parts Page joins, in order.
var PageSegments = []string{"title", "text", "attrs", "query", "dialogs"}

// PageParts are the folded parts Page joins, in PageSegments' order.
func (f *Facts) PageParts() []string {
	return []string{f.Title, f.Text, f.Attrs, f.Query, f.Dialogs}
}

// ProminentText is Prominent, or, when a field it joins was changed after
// Build (or the Facts were made otherwise), the fields joined anew.
func (f *Facts) ProminentText() string {
	p, h, l, d, dec := f.Prominent, f.Headings, f.Labels, f.Dialogs, f.Decoded
	if len(p) == len(h)+len(l)+len(d)+len(dec)+3 {
		rest := p
		fresh := true
		for i, part := range []string{h, l, d, dec} {
			if rest[:len(part)] != part || i < 3 && rest[len(part)] != '\n' {
				fresh = false
				break
			}
			rest = rest[min(len(rest), len(part)+1):]
		}
		if fresh {
			return p
		}
	}
	return h + "\n" + l + "\n" + d + "\n" + dec
}

// PageEnds is where each of PageParts ends in Page.
func (f *Facts) PageEnds() []int {
	ends := make([]int, 0, len(PageSegments))
	at := -1
	for _, p := range f.PageParts() {
		at += 1 + len(p)
		ends = append(ends, at)
	}
	return ends
}

func (f *Facts) addEvent(e snapshot.Event) {
	cur, seen := f.Events[e.Type]
	if !seen {
		cur.Gesture, cur.First = true, e.First
	}
	cur.Count += e.Count
	cur.Gesture = cur.Gesture && e.Gesture
	if cur.Detail == "" {
		cur.Detail = e.Detail
	}
	if e.First < cur.First {
		cur.First = e.First
	}
	f.Events[e.Type] = cur
}

// headings is the text of the elements a page speaks through: h1, h2, h3,
// header, nav, caption, and elements whose class holds logo, title or
// header or whose id holds title or header (the selector "h1, h2, h3,
// header, nav, [class*=logo], [class*=title], [class*=header], [id*=title],
// [id*=header], .modal-header, caption", written out: matching the
// selector against every element cost more than the test itself).
// foldLines folds each non-blank line of s apart, the first maxHeadingLines.
func foldLines(s string) []string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if len(out) == maxHeadingLines {
			break
		}
		if l = textnorm.Fold(l); strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// foldHeadings is textnorm.Fold(s) and foldLines(s), each line folded
// once: Fold works line by line (NFKC composes nothing across a line
// break, the dash and 'ー' rules read a rune's neighbours, and the white
// space around a break collapses to one space), so the whole is the
// folded lines joined by spaces, and the lines after the first
// maxHeadingLines folded as one piece. Text that is not UTF-8 is folded
// whole and line by line as before (the normaliser's answer for a piece
// of it may differ). FuzzFoldHeadings holds it to the two.
func foldHeadings(s string) (whole string, lines []string) {
	if !utf8.ValidString(s) {
		return textnorm.Fold(s), foldLines(s)
	}
	var parts []string // every non-empty folded piece, in order
	rest := s
	for rest != "" && len(lines) < maxHeadingLines {
		l, after, _ := strings.Cut(rest, "\n")
		rest = after
		if l = textnorm.Fold(l); l != "" {
			parts = append(parts, l)
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
	}
	if rest = textnorm.Fold(rest); rest != "" {
		parts = append(parts, rest)
	}
	return strings.Join(parts, " "), lines
}

// maxHeadingLines bounds the headings kept one by one.
const maxHeadingLines = 200

func headings(b *strings.Builder, d *page.Document) {
	start := b.Len()
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if speaksThrough(c) {
				page.WriteText(b, c, maxHeadingBytes)
				b.WriteByte('\n')
				if b.Len()-start >= 64<<10 {
					return false
				}
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	for _, n := range d.Doc.Nodes {
		walk(n)
	}
}

// maxHeadingBytes bounds the text taken from one heading element.
const maxHeadingBytes = 400

func speaksThrough(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.Data {
	case "h1", "h2", "h3", "header", "nav", "caption":
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			if strings.Contains(a.Val, "logo") || strings.Contains(a.Val, "title") || strings.Contains(a.Val, "header") {
				return true
			}
		case "id":
			if strings.Contains(a.Val, "title") || strings.Contains(a.Val, "header") {
				return true
			}
		}
	}
	return false
}

func addScripts(b *strings.Builder, d *page.Document, supplied []snapshot.Script) {
	add := func(s string) {
		if b.Len()+len(s) <= MaxScriptBytes {
			b.WriteString(s)
			b.WriteString("\n;\n")
		}
	}
	for _, sc := range d.Scripts {
		if sc.Src == "" {
			add(sc.Source)
			continue
		}
		for _, sup := range supplied {
			if sameScript(sup.URL, sc.Src) {
				add(sup.Source)
				break
			}
		}
	}
	add(d.Handlers)
}

// scriptBytes is about what addScripts writes for d: grown once, the
// builder does not copy a page's scripts again each time it doubles.
func scriptBytes(d *page.Document, supplied []snapshot.Script) int {
	n := len(d.Handlers)
	for _, sc := range d.Scripts {
		n += len(sc.Source) + 3
	}
	for _, sc := range supplied {
		n += len(sc.Source) + 3
	}
	return min(n, MaxScriptBytes)
}

// sameScript matches a supplied script's URL to a <script src>, which may be
// relative ("js/main.js" vs "https://host/dir/js/main.js").
func sameScript(supplied, src string) bool {
	if supplied == src {
		return true
	}
	u, err := url.Parse(src)
	if err != nil || u.Path == "" {
		return false
	}
	return strings.HasSuffix(supplied, strings.TrimPrefix(u.Path, "."))
}

// pathText makes the URL's unescaped path readable as words ("/alert/win/" → "alert win").
func pathText(path string) string {
	return pathSeparators.Replace(path)
}

// readURL is the URL's host (brands.Host), its query text (page.QueryText)
// and its path, unescaped where it can be ("" for what does not parse),
// from one parse where the URL has no space around it to trim.
func readURL(raw string) (host, query, path string) {
	u, err := url.Parse(raw)
	if strings.TrimSpace(raw) != raw {
		host = brands.Host(raw) // brands.Host trims first, so its parse may succeed
	} else if err == nil {
		host = strings.ToLower(u.Hostname())
	}
	if err != nil {
		return host, "", ""
	}
	p, err := url.PathUnescape(u.Path)
	if err != nil {
		p = u.Path
	}
	return host, page.QueryTextOf(u), p
}

// pathPhones is the path's segments that are written like a phone number
// ("/call/1-800-555-0199/"): digits in groups. A bare run of digits in a
// path is an id (pixiv's /artworks/128445120, a shop's /item/4901234567),
// not a number to call; kits that carry their number in the address put
// it in the query (?phone=…) or write it grouped.
func pathPhones(p string) string {
	var b strings.Builder
	for _, seg := range strings.Split(p, "/") {
		if grouped.MatchString(seg) {
			b.WriteString(pathSeparators.Replace(seg) + "\n")
		}
	}
	return b.String()
}

// grouped: digits in groups, as numbers are written to be dialled.
var grouped = regexp.MustCompile(`\d[-. ()]+\d|^\+\d|\(\d`)

// pathSeparators turn a path into words (built once, not per page).
var pathSeparators = strings.NewReplacer("/", " ", "-", " ", "_", " ", ".", " ")

func firstNonEmpty(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return a
	}
	return b
}

// dialogLiteral returns the first dialog call's string literal in w, raw
// (escapes as written), and whether there is one: the text the person
// reads in the dialog. It answers what the one regular expression
// `(?:^|[^.\w])(?:window\.)?(?:alert|confirm|prompt)\s*\(\s*
// (?:'((?:[^'\\\n]|\\.){1,1000})'|"((?:[^"\\\n]|\\.){1,1000})")` did (a fuzz
// test holds it to it), without its thousand-fold repetition, which made
// Go run its slowest engine over every 2 KB window, and without a regular
// expression for the call, which cost as much on windows whose calls take
// a variable.
func dialogLiteral(w string) (string, bool) {
	for from := 0; from < len(w); {
		start, open, ok := scriptfacts.DialogCall(w, from, true)
		if !ok {
			return "", false
		}
		if lit, ok := quoted(w[open:], w[open-1]); ok {
			return lit, true
		}
		// The literal did not close in bounds: the next match starts after
		// this one's first byte, as the regular expression would.
		from = start + 1
	}
	return "", false
}

// maxDialogUnits bounds a dialog literal: characters or escapes.
const maxDialogUnits = 1000

// quoted reads a JavaScript string body up to its closing quote q: 1 to
// maxDialogUnits characters or backslash escapes, on one line.
func quoted(s string, q byte) (string, bool) {
	units := 0
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == q:
			return s[:i], units > 0
		case c == '\\':
			if i+1 >= len(s) || s[i+1] == '\n' {
				return "", false
			}
			_, size := utf8.DecodeRuneInString(s[i+1:])
			i += 1 + size
		case c == '\n':
			return "", false
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		if units++; units > maxDialogUnits {
			return "", false
		}
	}
	return "", false
}

var jsEscapes = strings.NewReplacer(`\r`, "\n", `\n`, "\n", `\t`, " ", `\"`, `"`, `\'`, "'", `\\`, `\`)

func dialogText(script *scriptfacts.Scanned, events []snapshot.Event) string {
	var b strings.Builder
	n := 0
	for _, kw := range []string{"alert(", "confirm(", "prompt("} {
		for _, w := range script.Windows(kw, 2100, 50) {
			if lit, ok := dialogLiteral(w); ok && n < 50 {
				b.WriteString(jsEscapes.Replace(lit))
				b.WriteByte('\n')
				n++
			}
		}
	}
	for _, e := range events {
		if e.Type == "dialog" {
			b.WriteString(e.Detail + "\n")
		}
	}
	return b.String()
}

// appendNew adds numbers from the URL that the page text did not show.
func appendNew(have, fromURL []phones.Number) []phones.Number {
	for _, n := range fromURL {
		dup := false
		for i := range have {
			if (n.E164 != "" && n.E164 == have[i].E164) || n.Display == have[i].Display {
				dup, have[i].Injected = true, true
			}
		}
		if !dup && len(have) < phones.MaxNumbers {
			n.Injected = true
			have = append(have, n)
		}
	}
	return have
}

// Unpacking bounds: only inline scripts of at most this size are run
// (libraries are big and write nothing worth reading).
const maxUnpackScript = 64 << 10

// unpacked is what running the page's scripts gave: the text they wrote,
// the srcdoc documents they made and the code they built.
type unpacked struct {
	text, code string
	frames     []string
}

// unpack runs the page's inline scripts in the sandbox when they look
// obfuscated, assemble text from the URL, build code from pieces or write
// an iframe's srcdoc. The text they wrote is kept in Decoded for the
// reasons.
func (f *Facts) unpack(d *page.Document, pageURL string) (unpacked, bool) {
	if !needsUnpacking(f.Script, f.APIs) {
		return unpacked{}, false
	}
	var srcs []string
	for _, sc := range d.Scripts {
		if sc.Src == "" && len(sc.Source) <= maxUnpackScript {
			srcs = append(srcs, sc.Source)
		}
	}
	r := unpack.Run(srcs, pageURL)
	f.DecodeErr = r.Err
	written := page.Parse(r.HTML)
	out := strings.TrimSpace(written.Text + "\n" + written.AttrText + "\n" + r.Text)
	f.Decoded = textnorm.Fold(out)
	return unpacked{text: out, code: r.Code, frames: r.Frames}, true
}

// needsUnpacking: the page evaluates decoded code (eval(unescape(…)),
// document.write(atob(…)), …) or writes text built from its own address.
func needsUnpacking(script string, apis map[string]int) bool {
	if apis["obfuscation"] > 0 {
		return true
	}
	if strings.Contains(script, "srcdoc") || builtCode(script) {
		return true
	}
	if !strings.Contains(script, "document.write(") {
		return false
	}
	return decodedWrite.MatchString(script) ||
		strings.Contains(script, "location.search") || strings.Contains(script, "location.href") || strings.Contains(script, "URLSearchParams")
}

// decodedWrite writes text a decoder returns (the obfuscation API already
// names unescape and atob).
var decodedWrite = regexp.MustCompile(`document\.write(?:ln)?\s*\(\s*(?:decodeURIComponent|decodeURI|String\.fromCharCode)\s*\(`)

// loader is code built from pieces and run: Function over a joined string
// array or a decoder's result (a templating library passes a source it
// wrote itself, not an array it joins).
var loader = regexp.MustCompile(`Function\s*\(\s*(?:[\w$]+(?:\[[^\]]{1,40}\])?\.join\s*\(|atob\s*\(|unescape\s*\(|decodeURIComponent\s*\(|String\.fromCharCode)`)

// builtCode: the script runs code it builds from pieces.
func builtCode(script string) bool {
	return strings.Contains(script, "Function") && loader.MatchString(script)
}
