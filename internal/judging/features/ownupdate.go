package features

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alertguard/alertguard/internal/judging/brands"
)

// ownUpdate sets negative.own-update: the update the page says is required
// is of the site's own product. A fake update claims that a third party's
// software (a browser, Flash, Zoom, Windows, a codec) must be updated, on a
// site that is not that vendor's; a bank telling its customers to update
// its own app from the stores, or a game's site its own launcher from its
// own servers, claims nothing about anyone else. The product is the site's
// own when every program or store listing the page offers carries the
// site's own name (the store package id, the download's host or file name)
// or when the page names it as the site's (「みなと銀行アプリ」 on a page
// whose title or logo says みなと銀行). The site's name is read from its
// address, its title's name segment, its short headings and logos, and its
// copyright line; a name of the brand catalogue does not count unless the
// brand owns the host, so a page titled "Google Chrome" serving
// chrome_update.exe stays a claim. It is a voice sign (explainedBy), set
// only when the page claims nothing else about the reader, names no other
// company and tells no other story. Decided 2026-12-07
// (branch ownupdate): two vendors' own update pages were blocked.
func (p *pageState) ownUpdate() {
	if !p.has("alarm.update-required") || p.claimsBeyondUpdate() {
		return
	}
	names := p.siteNames()
	if len(names.latin) == 0 && len(names.local) == 0 {
		return
	}
	if p.updateNamesBrand() {
		return
	}
	targets := append(append([]string(nil), p.st.downloads...), p.st.appStore...)
	// a file the page's script makes comes from no address of the site's
	scripted := scriptDownload.find(p.kit)
	if len(p.st.downloads) > 0 {
		scripted = nil
	}
	targets = append(targets, scripted...)
	ownTargets, foreign := 0, false
	for i, t := range targets {
		fromScript := i >= len(targets)-len(scripted)
		switch {
		case names.foreignTarget(t) || p.namesOthersSoftware(strings.NewReplacer("_", " ", "-", " ", ".", " ", "/", " ").Replace(strings.ToLower(t))):
			foreign = true
		case names.ownTarget(t):
			ownTargets++
		case !fromScript && (storeListing(t) || p.sameSite(t)):
			// an unnamed store listing (id0000), or a file the site
			// serves itself: the site's naming of the product decides
		default:
			foreign = true
		}
	}
	if foreign {
		return
	}
	ev := ""
	switch {
	case ownTargets > 0:
		ev = targets[0]
	default:
		if ev = names.namedInHeading(p.f.HeadingLines); ev == "" {
			ev = names.namedProduct(p.f.Text)
		}
	}
	if ev == "" {
		return
	}
	p.set("negative.own-update", 1, ev)
	// the store listing it points to is the vendor's own app: no lure
	// (the stores vet what they list; a file keeps lure.download)
	if i, ok := p.e.index["lure.app-store"]; ok {
		p.v.Values[i], p.v.Evidence[i] = 0, nil
	}
	// and "Google Play" / "App Store" on its buttons name the stores, not
	// a company the page speaks for
	if i, ok := p.e.index["authority.brand-in-banner"]; ok && p.v.Values[i] > 0 && onlyStores(p.v.Evidence[i]) {
		p.v.Values[i], p.v.Evidence[i] = 0, nil
	}
}

func onlyStores(ev []string) bool {
	for _, e := range ev {
		if e != "google" && e != "apple" {
			return false
		}
	}
	return true
}

// beyondUpdate are the claims that make an update page a scam's whatever
// product it names: an alarm, a pretext, another company's name or voice.
// Mechanics are not among them (a countdown to the cut-off date, a sound,
// full screen): as with the other voice signs, one mechanic more cannot
// make a vendor's own notice a fake update.
var beyondUpdate = []string{"alarm.words", "alarm.prominent", "alarm.error-code", "alarm.threat-count",
	"alarm.fake-scan", "alarm.dialog", "alarm.account", "alarm.registered", // "your phone": an update of one's own app speaks of it too
	"lure.verify-human", "lure.pretext", "lure.prize", "lure.refund", "lure.delivery-story", "lure.remote-tool",
	"pressure.do-not-close", "pressure.legal", "pressure.unless-paid", "lock.hidden-text",
	"authority.brand-claimed", "authority.title-brand", "authority.os-voice", "authority.fake-chrome", "authority.host-claim", "authority.institution-app"}

func (p *pageState) claimsBeyondUpdate() bool {
	return p.strongest(beyondUpdate) > 0
}

// siteName is what the site calls itself: distinctive Latin words
// (lower case) and names in other scripts.
type siteName struct {
	latin []string
	local []string
}

var (
	titleSeps = regexp.MustCompile(`\s+[|｜\-–—:·•]\s+|[|｜【】「」]|\s[-–—]\s`)
	copyright = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([\p{L}][\p{L}\p{N} .&'-]{1,40})`)
	latinWord = regexp.MustCompile(`[a-z][a-z0-9]+`)
)

// updateWords mark a title segment or heading as the claim, not the name.
var updateWords = []string{"update", "upgrade", "required", "download", "install", "version", "更新", "アップデート", "必要", "お願い", "ダウンロード", "インストール", "バージョン"}

// genericWords are words of a product's kind, never a name: a codec's,
// a player's or a browser's page names them too.
var genericWords = setOf2(strings.Fields(`the and for your our new app apps application mobile online official site web
	home page launcher client setup installer update updates download downloads software program player video media codec
	plugin driver drivers browser security flash font fonts viewer reader pack tool tools support help service services
	center centre store play game games studio studios group bank banking inc ltd llc corp corporation company limited
	holdings japan global example test localhost cloud desktop windows android mobile version latest free www com net org html http https`))

func setOf2(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// genericLocal are words of a name's kind in Japanese: alone they name no
// one (銀行 is every bank).
var genericLocal = []string{"アプリ", "公式", "サイト", "銀行", "証券", "カード", "ゲーム", "ランチャー", "ホーム", "トップ", "株式会社", "サポート"}

func (p *pageState) siteNames() siteName {
	var n siteName
	var sources []string
	label := p.siteLabel()
	if label != "" {
		sources = append(sources, label)
		// the label whole as well: example-mobile.jp's app is
		// jp.co.examplemobile
		if whole := strings.ReplaceAll(label, "-", ""); whole != label && !p.foreignBrand(whole) {
			n.latin = appendNew(n.latin, whole)
		}
	}
	for _, seg := range titleSeps.Split(p.f.DisplayTitle, -1) {
		// a site names itself in a few words; an article's or a
		// recipe's headline is not its name
		if len(strings.Fields(seg)) <= 3 {
			sources = append(sources, seg)
		}
	}
	for _, l := range p.f.HeadingLines {
		if utf8.RuneCountInString(l) <= 30 {
			sources = append(sources, l)
		}
	}
	for _, m := range copyright.FindAllStringSubmatch(p.f.Text, 3) {
		sources = append(sources, m[1])
	}
	for _, s := range sources {
		low := strings.ToLower(strings.TrimSpace(s))
		if low == "" || containsAny(low, updateWords) {
			continue
		}
		for _, w := range latinWord.FindAllString(low, -1) {
			if len(w) >= 4 && !genericWords[w] && !p.foreignBrand(w) {
				n.latin = appendNew(n.latin, w)
			}
		}
		if l := localName(low); l != "" && !p.foreignBrand(l) {
			n.local = appendNew(n.local, l)
		}
	}
	// a host that joins a name to other words (line-videocall) claims
	// that name unless the site calls itself by the whole (starfall-online
	// titled "Starfall Online"): the name alone is then no name of the site's
	if parts := strings.Split(label, "-"); len(parts) > 1 && !p.calledByWhole(strings.Join(parts, "")) {
		kept := n.latin[:0]
		for _, w := range n.latin {
			if !slicesContains(parts, w) {
				kept = append(kept, w)
			}
		}
		n.latin = kept
	}
	return n
}

// siteLabel is the site's own label: its registrable domain less the
// suffix ("starfall-online" of cdn.starfall-online.com); under the
// reserved example domains, the label before them.
func (p *pageState) siteLabel() string {
	h := strings.ToLower(strings.TrimSuffix(p.f.Host, "."))
	if h == "" || p.e.sites.Open(h) {
		return ""
	}
	reg := registrable(h)
	if strings.HasPrefix(reg, "example.") && len(h) > len(reg)+1 {
		rest := strings.TrimSuffix(h, "."+reg)
		if i := strings.LastIndexByte(rest, '.'); i >= 0 {
			rest = rest[i+1:]
		}
		return rest
	}
	if i := strings.IndexByte(reg, '.'); i > 0 {
		return reg[:i]
	}
	return ""
}

// calledByWhole: the title or a heading says the label's words together.
func (p *pageState) calledByWhole(joined string) bool {
	for _, s := range append([]string{p.f.DisplayTitle}, p.f.HeadingLines...) {
		if strings.Contains(latinJoined(s), joined) {
			return true
		}
	}
	return false
}

func latinJoined(s string) string {
	return strings.Join(latinWord.FindAllString(strings.ToLower(s), -1), "")
}

func slicesContains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// foreignBrand: the word is a catalogue brand's that does not own the host.
func (p *pageState) foreignBrand(w string) bool {
	return len(brands.Named(w, p.f.Host)) > 0
}

// localName is the name in a source in a non-Latin script, with a
// product-kind suffix (アプリ) left off; empty when nothing distinctive
// is left.
func localName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > unicode.MaxLatin1 && (unicode.IsLetter(r) || r == 'ー') {
			b.WriteRune(r)
		} else if b.Len() > 0 {
			break
		}
	}
	name := b.String()
	for _, suf := range []string{"公式アプリ", "アプリ", "公式サイト", "ランチャー"} {
		name = strings.TrimSuffix(name, suf)
	}
	if utf8.RuneCountInString(name) < 3 {
		return ""
	}
	for _, g := range genericLocal {
		if name == g {
			return ""
		}
	}
	return name
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// targetName is the part of a link that names what it installs: a store
// listing's package id and path, a download's host and file name (not a
// store's own host, which names the store).
func targetName(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return strings.ToLower(link)
	}
	host := strings.ToLower(u.Hostname())
	name := strings.ToLower(u.Path) + " " + strings.ToLower(u.Query().Get("id"))
	if !storeListing(link) {
		name = host + " " + name
	}
	return strings.NewReplacer("-", "", "_", "", ".", " ").Replace(name)
}

func storeListing(link string) bool {
	low := strings.ToLower(link)
	return containsAny(low, []string{"apps.apple.com", "itunes.apple.com", "play.google.com", "microsoft.com/store", "apps.microsoft.com", "galaxystore.samsung.com", "appgallery.huawei.com"})
}

// ownTarget: the link's package id, host or file name carries a name of
// the site.
func (n siteName) ownTarget(link string) bool {
	t := targetName(link)
	for _, w := range n.latin {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// foreignTarget: the link names a catalogue brand (chrome_update.exe,
// a store listing of com.android.chrome).
func (n siteName) foreignTarget(link string) bool {
	return len(brands.Named(strings.NewReplacer("_", " ", "-", " ", ".", " ", "/", " ").Replace(targetName(link)), "")) > 0
}

// namedProduct is where the page names the product as the site's own: the
// site's name joined to a product kind (みなと銀行アプリ, "Starfall
// launcher").
func (n siteName) namedProduct(text string) string {
	low := strings.ToLower(text)
	for _, name := range n.local {
		for _, kind := range []string{"アプリ", "公式アプリ", "ランチャー"} {
			if strings.Contains(low, name+kind) {
				return name + kind
			}
		}
	}
	for _, m := range latinProduct.FindAllStringSubmatch(low, -1) {
		for _, name := range n.latin {
			if m[1] == name {
				return m[0]
			}
		}
	}
	return ""
}

// latinProduct is a word followed by a product kind: "starfall launcher",
// "harbor mobile app" (word-bounded: "easy apple" is no app).
var latinProduct = regexp.MustCompile(`\b([a-z][a-z0-9]+)(?: mobile| desktop)? (?:app|launcher|client)\b`)

// updateNamesBrand: a heading that says what must be updated names a
// catalogue brand that does not own the host ("Critical Firefox update").
func (p *pageState) updateNamesBrand() bool {
	for _, l := range p.f.HeadingLines {
		low := strings.ToLower(l)
		if containsAny(low, updateWords) && (len(brands.Named(l, p.f.Host)) > 0 || p.namesOthersSoftware(low)) {
			return true
		}
	}
	return false
}

// othersSoftware is what fake updates say is out of date beyond the brand
// catalogue: the reader's browser, a plug-in, a player, a meeting app.
// The site of that software's maker (its registrable name the word) may
// speak of it.
var othersSoftware = []string{"browser", "firefox", "mozilla", "safari", "opera", "edge", "flash", "flashplayer", "adobe", "acrobat",
	"java", "zoom", "teams", "skype", "webex", "codec", "vlc", "directx", "media player", "video player",
	"ブラウザ", "ブラウザー", "フラッシュ", "コーデック", "プラグイン"}

func (p *pageState) namesOthersSoftware(low string) bool {
	own := ""
	if h := p.f.Host; h != "" {
		reg := registrable(strings.ToLower(h))
		if i := strings.IndexByte(reg, '.'); i > 0 {
			own = reg[:i]
		}
	}
	for _, w := range othersSoftware {
		if w == own {
			continue
		}
		if w[0] < 0x80 {
			if i := strings.Index(low, w); i >= 0 && (i == 0 || !alnumByte(low[i-1])) {
				return true
			}
		} else if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// namedInHeading is a heading that says what must be updated and names
// the site ("Update required for the Ally Mobile app" on Ally's page,
// 「楽天銀行アプリのアップデートのお願い」 on 楽天銀行's).
func (n siteName) namedInHeading(lines []string) string {
	for _, l := range lines {
		low := strings.ToLower(l)
		if !containsAny(low, updateWords) {
			continue
		}
		for _, name := range n.local {
			if strings.Contains(low, name) {
				return l
			}
		}
		for _, w := range latinWord.FindAllString(low, -1) {
			for _, name := range n.latin {
				if w == name {
					return l
				}
			}
		}
	}
	return ""
}

// sameSite: the link is relative, or on the page's own registrable domain.
func (p *pageState) sameSite(link string) bool {
	u, err := url.Parse(link)
	if err != nil {
		return false
	}
	if u.Host == "" {
		return true
	}
	return p.f.Host != "" && registrable(strings.ToLower(u.Hostname())) == registrable(strings.ToLower(p.f.Host)) && !p.e.sites.Open(p.f.Host)
}

func alnumByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
