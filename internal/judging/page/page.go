// Package page reads what a person sees in an HTML document: title, visible
// text, alt/title/aria-label text, noscript, iframe srcdoc (recursively) and
// the text in the URL's query string. It parses each document once with
// goquery and keeps the parsed tree for selector matchers.
package page

import (
	"math"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits on work per document.
const (
	MaxSrcdocDepth = 3
	MaxNodes       = 200000 // nodes walked per document; the rest is not read
	MaxTextBytes   = 1 << 20
	MaxScripts     = 256
	MaxFrames      = 64 // srcdoc frames read per document
)

// Script is an inline script or a reference to an external one.
type Script struct {
	Src    string // empty for inline scripts
	Source string // inline source, or the source supplied for Src
}

// Document is one parsed page (or srcdoc frame).
type Document struct {
	Doc      *goquery.Document
	Title    string
	Text     string // visible text, block elements separated by newlines
	AttrText string // alt, title, aria-label, placeholder, button values
	// NoteText is AttrText without the fields' placeholders: a placeholder
	// is an example of what to type ("1234 5678 9012 3456", "09000000000"),
	// never a number the page asks you to call (phones read this one)
	NoteText string
	Labels   string   // short stand-alone texts (headings, banners, labels): who the page speaks as
	Scripts  []Script // inline scripts and script src references, in order
	Handlers string   // inline event-handler attributes (onclick=…), joined
	Frames   []*Document
	Lang     string
}

// Parse reads an HTML string. It never fails: x/net/html accepts any input.
func Parse(src string) *Document {
	return parse(src, 0)
}

func parse(src string, depth int) *Document {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil { // only on reader errors, which a string reader has none of
		root = &html.Node{Type: html.DocumentNode}
	}
	d := &Document{Doc: goquery.NewDocumentFromNode(root)}
	w := walker{d: d, depth: depth}
	// A page's text is a fraction of its markup: room for a third of it
	// saves the builder most of its regrowth copies.
	w.text.Grow(min(len(src)/3, MaxTextBytes))
	w.walk(root)
	if w.styles.Len() > 0 {
		for _, t := range generatedText(root, w.styles.String()) {
			w.addText("\n" + t + "\n")
			if len(t) <= MaxLabelBytes { // drawn alone, as a banner or caption is
				w.labels.WriteString(t + "\n")
			}
		}
	}
	d.Text = strings.TrimSpace(w.text.String())
	d.AttrText = strings.TrimSpace(w.attrs.String())
	d.NoteText = strings.TrimSpace(w.notes.String())
	d.Labels = w.labels.String()
	d.Handlers = w.handlers.String()
	if t := first(root, "title"); t != nil {
		var b strings.Builder
		WriteText(&b, t, math.MaxInt) // the whole title
		d.Title = strings.TrimSpace(b.String())
	}
	if h := first(root, "html"); h != nil {
		d.Lang, _ = attr(h, "lang")
	}
	return d
}

// first is the first element named tag in document order, as goquery's
// Find(tag).First() gives it, without compiling and matching a selector
// over the whole tree.
func first(n *html.Node, tag string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == tag {
			return c
		}
		if f := first(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// WriteText writes the first max bytes of every text node under n, as
// goquery's Text gives it, and stops reading there (a heading class on a
// page-wide wrapper would otherwise have its whole text read for a few
// hundred bytes).
func WriteText(b *strings.Builder, n *html.Node, max int) {
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			t := n.Data[:min(len(n.Data), max)]
			b.WriteString(t)
			max -= len(t)
		}
		for c := n.FirstChild; c != nil && max > 0; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
}

type walker struct {
	d        *Document
	depth    int
	nodes    int
	text     strings.Builder
	attrs    strings.Builder
	notes    strings.Builder // attrs but placeholders (Document.NoteText)
	labels   strings.Builder
	handlers strings.Builder
	styles   strings.Builder
}

// MaxLabelBytes is the longest element text counted as a label.
const MaxLabelBytes = 120

func (w *walker) walk(n *html.Node) {
	w.nodes++
	if w.nodes > MaxNodes {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.addText(n.Data)
		return
	case html.ElementNode:
		if !w.element(n) {
			return
		}
	}
	start := w.text.Len()
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if n.Type == html.ElementNode {
		w.label(n, start)
	}
	if n.Type == html.ElementNode && isBlock(n.DataAtom) {
		w.addText("\n")
	}
}

// element records what an element contributes; false skips its children.
func (w *walker) element(n *html.Node) bool {
	for _, a := range n.Attr {
		switch {
		case a.Key == "placeholder":
			w.addAttr(a.Val)
		case a.Key == "alt" || a.Key == "title" || a.Key == "aria-label":
			w.addAttr(a.Val)
			w.addNote(a.Val)
		case a.Key == "value" && (n.DataAtom == atom.Input || n.DataAtom == atom.Button):
			w.addAttr(a.Val)
			w.addNote(a.Val)
		case strings.HasPrefix(a.Key, "on") && len(w.handlers.String()) < MaxTextBytes:
			w.handlers.WriteString(a.Val)
			w.handlers.WriteString(";\n")
		}
	}
	switch n.DataAtom {
	case atom.Script:
		w.script(n)
		return false
	case atom.Style, atom.Template, atom.Head:
		if n.DataAtom == atom.Style {
			w.style(n)
		}
		if n.DataAtom == atom.Head {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				switch c.DataAtom {
				case atom.Script:
					w.script(c)
				case atom.Style:
					w.style(c)
				}
			}
		}
		return false
	case atom.Noscript:
		// x/net/html keeps noscript content as raw text when scripting is on.
		if n.FirstChild != nil && n.FirstChild.Type == html.TextNode && strings.Contains(n.FirstChild.Data, "<") {
			inner := parse(n.FirstChild.Data, w.depth+1)
			w.addText(inner.Text + "\n")
			w.addAttr(inner.AttrText)
			w.addNote(inner.NoteText)
			return false
		}
	case atom.Iframe, atom.Frame:
		if v, ok := attr(n, "srcdoc"); ok && w.depth < MaxSrcdocDepth && len(w.d.Frames) < MaxFrames {
			w.d.Frames = append(w.d.Frames, parse(v, w.depth+1))
		}
	}
	return true
}

// style keeps a style sheet's text, for the words it writes (generatedText).
func (w *walker) style(n *html.Node) {
	if c := n.FirstChild; c != nil && c.Type == html.TextNode && w.styles.Len()+len(c.Data) <= MaxStyleBytes {
		w.styles.WriteString(c.Data)
		w.styles.WriteByte('\n')
	}
}

func (w *walker) script(n *html.Node) {
	if len(w.d.Scripts) >= MaxScripts {
		return
	}
	if src, ok := attr(n, "src"); ok {
		w.d.Scripts = append(w.d.Scripts, Script{Src: strings.TrimSpace(src)})
		return
	}
	if typ, ok := attr(n, "type"); ok && !isJSType(typ) {
		return
	}
	if n.FirstChild != nil {
		w.d.Scripts = append(w.d.Scripts, Script{Source: n.FirstChild.Data})
	}
}

func isJSType(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	return t == "" || t == "module" || strings.Contains(t, "javascript") || strings.Contains(t, "ecmascript")
}

// label keeps an element's text when it is short and stands alone, as a
// heading, banner or caption does; links and list items are navigation.
func (w *walker) label(n *html.Node, start int) {
	switch n.DataAtom {
	case atom.A, atom.Li, atom.Option, atom.Body, atom.Html, atom.Ul, atom.Ol, atom.Nav, atom.Footer, atom.Select:
		return
	}
	t := strings.TrimSpace(w.text.String()[start:])
	if len(t) >= 3 && len(t) <= MaxLabelBytes && w.labels.Len() < MaxTextBytes/4 {
		w.labels.WriteString(t)
		w.labels.WriteByte('\n')
	}
}

func (w *walker) addText(s string) {
	if w.text.Len()+len(s) <= MaxTextBytes {
		w.text.WriteString(s)
	}
}

func (w *walker) addAttr(s string) {
	if s = strings.TrimSpace(s); s != "" && w.attrs.Len()+len(s) <= MaxTextBytes {
		w.attrs.WriteString(s)
		w.attrs.WriteByte('\n')
	}
}

func (w *walker) addNote(s string) {
	if s = strings.TrimSpace(s); s != "" && w.notes.Len()+len(s) <= MaxTextBytes {
		w.notes.WriteString(s)
		w.notes.WriteByte('\n')
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.Li, atom.Ul, atom.Ol, atom.Tr, atom.Td, atom.Th, atom.Table,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Section, atom.Article, atom.Header,
		atom.Footer, atom.Nav, atom.Main, atom.Aside, atom.Form, atom.Button, atom.Title, atom.Hr,
		atom.Dd, atom.Dt, atom.Dl, atom.Blockquote, atom.Pre, atom.Option, atom.Label, atom.Body:
		return true
	}
	return false
}

// QueryText returns the decoded values of a URL's query string and fragment,
// where kits pass the phone number and the brand (?phone=0101-…&n1=1&n2=8).
// Single-character values (n1=1, n2=8 …) are joined in order, since kits
// spell a number one digit per parameter.
func QueryText(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return QueryTextOf(u)
}

// QueryTextOf is QueryText of a URL already parsed.
func QueryTextOf(u *url.URL) string {
	var parts []string
	var digits strings.Builder
	for _, kv := range strings.Split(u.RawQuery, "&") {
		k, v, _ := strings.Cut(kv, "=")
		dv, err := url.QueryUnescape(v)
		if err != nil {
			dv = v
		}
		if len(dv) == 1 && dv[0] >= '0' && dv[0] <= '9' && k != "" {
			digits.WriteString(dv)
			continue
		}
		if dv != "" {
			parts = append(parts, dv)
		}
	}
	if digits.Len() >= 7 {
		parts = append(parts, digits.String())
	}
	if f, err := url.QueryUnescape(u.Fragment); err == nil && f != "" {
		parts = append(parts, f)
	}
	return strings.Join(parts, "\n")
}
