package features

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/alertguard/alertguard/internal/judging/commands"
	"github.com/alertguard/alertguard/internal/judging/literals"
	"github.com/alertguard/alertguard/internal/judging/page"
)

// Bounds on the structural walk.
const (
	maxWalk      = 200000 // nodes, over the page and its frames
	maxLinkHosts = 200
	maxCodeBytes = 64 << 10
	longPara     = 80 // runes: a paragraph of prose
)

// structure is what the markup says, read in one walk of every document.
type structure struct {
	paragraphs    int // <p> with at least longPara runes
	links         int
	deadLinks     int // "#…" and "javascript:" links: a cloned header's menu that leads nowhere
	outHosts      map[string]bool
	telLinks      []string
	appStore      []string
	downloads     []string
	times         int
	articleMarkup bool
	bylineMeta    bool
	autoplay      bool
	video         bool     // a <video> element: a player, whose full-screen button is its own
	chrome        []string // elements named like browser or OS chrome
	code          strings.Builder
	codeBlocks    int
	site          string            // the page's registrable domain
	regs          map[string]string // link host → registrable domain, computed once per host
	overlay       []string          // elements (or CSS rules) fixed over the whole viewport
	overlaySel    map[string]bool   // "#id" and ".class" selectors of the style sheets' overlay rules
	overlayText   strings.Builder   // what the overlay elements themselves say
	quoted        strings.Builder   // the text of <blockquote> and <q> elements
	deckHints     int               // <section>s and elements of a slide-like class: a deck may be here (deck.go)
	nodes         int
}

// Bounds on the overlay's own text: per element and in all.
const (
	maxOverlayElem = 4 << 10
	maxOverlayText = 16 << 10
	maxQuotedText  = 32 << 10 // the text of quotation elements kept
)

var ()

func readStructure(docs []*page.Document, host string) *structure {
	// the maps are made when first written: most small pages link nowhere
	// else and have no overlay rule
	s := &structure{site: registrable(host)}
	for _, d := range docs {
		if d == nil || d.Doc == nil {
			continue
		}
		for _, n := range d.Doc.Nodes {
			s.walk(n, host)
		}
	}
	return s
}

func (s *structure) walk(n *html.Node, host string) {
	if s.nodes >= maxWalk {
		return
	}
	s.nodes++
	if n.Type == html.ElementNode {
		s.element(n, host)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c, host)
	}
}

func (s *structure) element(n *html.Node, host string) {
	// No chrome name holds a space, so class and id are looked at apart,
	// without joining them for every element.
	class, id := attr(n, "class"), attr(n, "id")
	if len(s.chrome) < 5 && len(class)+1+len(id) > 4 && (chromeName(class) || chromeName(id)) {
		s.chrome = append(s.chrome, strings.TrimSpace(class+" "+id))
	}
	if n.DataAtom == atom.Section || strings.Contains(class, "slide") || strings.Contains(class, "step") {
		s.deckHints++
	}
	if st := attr(n, "style"); len(s.overlay) < 5 && strings.Contains(st, "fixed") && coversViewport(st) {
		s.overlay = append(s.overlay, "style="+st[:min(len(st), 80)])
		s.overlayElement(n)
	} else if len(s.overlaySel) > 0 && s.styledOverlay(n) {
		s.overlayElement(n)
	}
	switch n.DataAtom {
	case atom.P:
		if utf8.RuneCountInString(strings.TrimSpace(textOf(n, 400))) >= longPara {
			s.paragraphs++
		}
	case atom.A:
		s.link(n, host)
	case atom.Time:
		s.times++
	case atom.Article:
		s.articleMarkup = true
	case atom.Meta:
		s.meta(n)
	case atom.Audio, atom.Video:
		s.video = s.video || n.DataAtom == atom.Video
		// a muted element plays no sound (a camera preview, a silent
		// background video: browsers autoplay only those)
		if (hasAttr(n, "autoplay") || hasAttr(n, "loop")) && !hasAttr(n, "muted") {
			s.autoplay = true
		}
	case atom.Blockquote, atom.Q:
		if s.quoted.Len() < maxQuotedText {
			s.quoted.WriteString(textOf(n, maxQuote) + "\n")
		}
	case atom.Pre, atom.Code:
		s.codeBlocks++
		if s.code.Len() < maxCodeBytes {
			s.code.WriteString(textOf(n, 2000) + "\n")
		}
	case atom.Style:
		css := textOf(n, 256<<10)
		s.overlay = append(s.overlay, fixedRules(css, 5-len(s.overlay))...)
		if s.overlaySel == nil {
			s.overlaySel = map[string]bool{}
		}
		overlaySelectors(css, s.overlaySel)
	case atom.Script:
		if strings.Contains(attr(n, "type"), "ld+json") {
			t := textOf(n, 4000)
			if strings.Contains(t, "Article") || strings.Contains(t, "BlogPosting") || strings.Contains(t, "\"author\"") {
				s.articleMarkup = true
			}
		}
	}
}

func (s *structure) link(n *html.Node, host string) {
	href := strings.TrimSpace(attr(n, "href"))
	if href == "" {
		return
	}
	s.links++
	low := strings.ToLower(href)
	if strings.HasPrefix(low, "#") || strings.HasPrefix(low, "javascript:") {
		s.deadLinks++
	}
	switch {
	case strings.HasPrefix(low, "tel:"):
		if len(s.telLinks) < 5 {
			s.telLinks = append(s.telLinks, href[4:])
		}
		return
	case storeLink(low):
		if len(s.appStore) < 5 {
			s.appStore = append(s.appStore, href)
		}
	}
	if (programLink(low) || hasAttr(n, "download")) && !strings.HasPrefix(low, "#") && len(s.downloads) < 5 {
		s.downloads = append(s.downloads, href)
	}
	if !strings.Contains(href, "//") || len(s.outHosts) >= maxLinkHosts {
		return // no authority, no host: most links are relative
	}
	u, err := url.Parse(href)
	if err != nil || u.Host == "" {
		return
	}
	h := strings.ToLower(u.Hostname())
	if h == host {
		return
	}
	reg, ok := s.regs[h]
	if !ok {
		reg = registrable(h)
		if s.regs == nil {
			s.regs = map[string]string{}
		}
		s.regs[h] = reg
	}
	if reg != s.site {
		if s.outHosts == nil {
			s.outHosts = map[string]bool{}
		}
		s.outHosts[reg] = true
	}
}

// storePrefixes start the (lower-case) links of app stores.
var storePrefixes = []string{"https://play.google.com/store", "http://play.google.com/store", "https://apps.apple.com", "https://itunes.apple.com",
	"http://itunes.apple.com", "https://apps.microsoft.com", "https://www.microsoft.com/store", "itms-services:", "itms-apps:", "market:"}

func storeLink(low string) bool {
	for _, p := range storePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// programExts are the files a download lure hands over: programs,
// installers, archives, and the Windows app packages (commands.AppPackages).
var programExts = func() map[string]bool {
	m := map[string]bool{"exe": true, "msi": true, "scr": true, "bat": true, "cmd": true, "vbs": true, "hta": true, "ps1": true,
		"apk": true, "xapk": true, "mobileconfig": true, "dmg": true, "pkg": true, "iso": true, "img": true, "zip": true, "rar": true, "7z": true, "jar": true, "lnk": true}
	for _, e := range commands.AppPackages {
		m[e] = true
	}
	return m
}()

// programLink: the (lower-case) link's path ends in a program or archive,
// or the link hands an App Installer file to Windows (ms-appinstaller:).
func programLink(low string) bool {
	if strings.HasPrefix(low, "ms-appinstaller:") {
		return true
	}
	if i := strings.IndexAny(low, "?#"); i >= 0 {
		low = low[:i]
	}
	dot := strings.LastIndexByte(low, '.')
	return dot >= 0 && strings.LastIndexByte(low, '/') < dot && programExts[low[dot+1:]]
}

func (s *structure) meta(n *html.Node) {
	key := strings.ToLower(attr(n, "property") + attr(n, "name"))
	switch {
	case key == "og:type" && strings.Contains(strings.ToLower(attr(n, "content")), "article"): // a description's content is not lowered for nothing
		s.articleMarkup = true
	case key == "author" || strings.HasPrefix(key, "article:"):
		s.bylineMeta = true
	}
}

// chromeNames are class and id fragments of browser or OS chrome drawn in
// a page: an address bar, a title bar, window buttons, a taskbar.
var chromeNames = []string{"address-bar", "addressbar", "url-bar", "urlbar", "omnibox", "omni-box", "browser-bar", "browserbar",
	"browser-window", "browser-frame", "browser-chrome", "browser-header", "browser-tab", "title-bar", "titlebar", "task-bar",
	"taskbar", "window-controls", "windowcontrols", "window-buttons", "window-frame", "tab-bar", "tabbar", "start-menu",
	"startmenu", "fake-browser", "fake-window", "fake-url", "fakebrowser", "fakewindow"}

// chromeStems: every chrome name holds one of them.
var chromeStems = []string{"bar", "omni", "browser", "window", "menu", "fake"}

// hasChromeStem: lowered, s holds a chrome stem. An ASCII name is looked
// at only at each 'b', 'o', 'w', 'm' or 'f' instead of being lowered
// (lowering can turn other letters into ASCII ones: the Kelvin sign).
func hasChromeStem(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			c := strings.ToLower(s)
			return literals.AnyIn(c, chromeStems)
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'b', 'o', 'w', 'm', 'f':
			for _, k := range chromeStems {
				if len(s)-i >= len(k) && strings.EqualFold(s[i:i+len(k)], k) {
					return true
				}
			}
		}
	}
	return false
}

func chromeName(cls string) bool {
	if !hasChromeStem(cls) {
		return false
	}
	c := strings.ToLower(cls)
	for _, k := range chromeNames {
		if strings.Contains(c, k) {
			return true
		}
	}
	return false
}

// fixedRules returns up to n CSS rules of a style sheet that fix an element
// over the whole viewport: each "fixed" is read in the rule around it.
func fixedRules(css string, n int) []string {
	var out []string
	for off := 0; len(out) < n; {
		i := strings.Index(css[off:], "fixed")
		if i < 0 {
			break
		}
		i += off
		start := strings.LastIndexByte(css[:i], '{') + 1
		end := strings.IndexByte(css[i:], '}')
		if end < 0 {
			end = len(css)
		} else {
			end += i
		}
		if coversViewport(css[start:end]) {
			out = append(out, css[max(0, start-60):min(end, start+60)])
		}
		off = max(end, i+5)
	}
	return out
}

// overlaySelectors adds to sel the simple "#id" and ".class" selectors of
// the rules that fix an element over the whole viewport: the elements the
// overlay's own text is read from.
func overlaySelectors(css string, sel map[string]bool) {
	for off := 0; len(sel) < 20; {
		i := strings.Index(css[off:], "fixed")
		if i < 0 {
			return
		}
		i += off
		open := strings.LastIndexByte(css[:i], '{')
		end := strings.IndexByte(css[i:], '}')
		if end < 0 {
			end = len(css)
		} else {
			end += i
		}
		if open >= 0 && coversViewport(css[open+1:end]) {
			head := css[strings.LastIndexByte(css[:open], '}')+1 : open]
			for _, one := range strings.Split(head, ",") {
				f := strings.Fields(one)
				if len(f) == 0 {
					continue
				}
				last := f[len(f)-1]
				if k := strings.IndexAny(last[1:], ".#:[") + 1; k > 0 {
					last = last[:k]
				}
				if len(last) > 1 && (last[0] == '#' || last[0] == '.') {
					sel[last] = true
				}
			}
		}
		off = max(end, i+5)
	}
}

// styledOverlay: a style sheet's overlay rule names n by id or class.
func (s *structure) styledOverlay(n *html.Node) bool {
	if id := attr(n, "id"); id != "" && s.overlaySel["#"+id] {
		return true
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if s.overlaySel["."+c] {
			return true
		}
	}
	return false
}

// overlayElement keeps what an overlay element says; a backdrop without
// text of its own stands for the dialog beside it (its next element).
func (s *structure) overlayElement(n *html.Node) {
	if s.overlayText.Len() >= maxOverlayText {
		return
	}
	t := strings.TrimSpace(textOf(n, maxOverlayElem))
	if t == "" {
		for c := n.NextSibling; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				t = strings.TrimSpace(textOf(c, maxOverlayElem))
				break
			}
		}
	}
	if t != "" {
		s.overlayText.WriteString(t[:min(len(t), maxOverlayElem)] + "\n")
	}
}

// coversViewport: position fixed over the whole window (a scam's overlay,
// also a cookie wall's: the model weighs it with what the overlay says).
// unspace drops the white space CSS allows around its tokens (built once: a
// replacer per declaration cost more than reading the declaration).
var unspace = strings.NewReplacer(" ", "", "\n", "", "\t", "")

func coversViewport(decl string) bool {
	d := strings.ToLower(unspace.Replace(decl))
	if !strings.Contains(d, "position:fixed") {
		return false
	}
	if strings.Contains(d, "inset:0") {
		return true
	}
	wide := strings.Contains(d, "width:100%") || strings.Contains(d, "width:100vw") || strings.Contains(d, "left:0") && strings.Contains(d, "right:0")
	tall := strings.Contains(d, "height:100%") || strings.Contains(d, "height:100vh") || strings.Contains(d, "top:0") && strings.Contains(d, "bottom:0")
	return wide && tall
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf is the text under n, at most limit bytes.
func textOf(n *html.Node, limit int) string {
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode {
		return c.Data // one text node (a style sheet, a plain paragraph): no copy
	}
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil && b.Len() < limit; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			} else if c.Type == html.ElementNode {
				rec(c)
			}
		}
	}
	rec(n)
	return b.String()
}
