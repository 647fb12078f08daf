package features

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/alertguard/alertguard/internal/judging/commands"
	"github.com/alertguard/alertguard/internal/judging/literals"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

func (p *pageState) lures(prominent string) {
	p.phones(prominent)
	p.lex("lure.call-action", "call_action", p.body, 2)
	p.lex("lure.remote-tool", "remote", p.body, 2)
	// a refund less the shop's "no refunds": terms of sale are no refund story
	if n, ev := p.e.lx.of(p.body, "refund"); n > 0 {
		none, _ := p.e.lx.of(p.body, "refund_none")
		p.set("lure.refund", float64(n-none)/2, ev...)
	}
	if p.lex("lure.request", "request", p.body, 2) == 0 && p.f.Dialogs != "" {
		// a kit's confirm() asks what its page does not say
		p.lex("lure.request", "request", p.e.view("dialogs").scan(p.f.Dialogs), 2)
	}
	p.lex("lure.gift-card", "giftcard", p.body, 2)
	p.credentialAsk()
	p.lex("lure.purchase", "purchase", p.body, 2)
	p.lex("lure.billing", "billing", p.body, 4)
	if p.has("lure.billing") {
		if m := p.inPage(amountDue); len(m) > 0 {
			p.set("lure.amount-due", 1, m...)
		}
	}
	p.lex("lure.prize", "prize", p.body, 2)
	p.lexMax("lure.paste-steps", "paste_steps", 3)
	p.lexMax("lure.verify-human", "verify", 2)
	p.lexMax("lure.allow", "allow", 1)
	p.lexMax("lure.pretext", "pretext", 1)
	if ev := p.allowProof(); ev != nil {
		p.set("lure.allow-proof", 1, ev...)
		// the line's instruction is the ask, however the page quoted the
		// button's name (« Autoriser »): the page text read whole missed it
		if !p.has("lure.allow") {
			p.set("lure.allow", 1, ev[0])
		}
	}
	p.lex("lure.command-text", "commands", p.body, 1)
	if n := p.lex("lure.app-store", "appstore", p.body, 2); n == 0 && len(p.st.appStore) > 0 {
		p.set("lure.app-store", 0.5, p.st.appStore...)
	} else if len(p.st.appStore) > 0 {
		p.set("lure.app-store", 1, p.st.appStore...)
	}
	p.download()
	if p.f.APIs["clipboard-write"] > 0 {
		if n, ev := p.e.lx.of(p.script, "commands"); n > 0 {
			p.set("lure.command-clipboard", 1, ev...)
		}
	}
	var perms []string
	for _, a := range []string{"notification", "geolocation", "camera"} {
		if p.f.APIs[a] > 0 {
			perms = append(perms, a)
		}
	}
	p.set("lure.permission-api", float64(len(perms)), perms...)
}

// download: a program to download is a lure when the page pushes it (an
// update "required", a famous name, an alarm, an overlay); download sites
// link programs too.
func (p *pageState) download() {
	dl := p.st.downloads
	if len(dl) == 0 {
		dl = scriptDownload.find(p.kit)
	}
	if len(dl) == 0 {
		return
	}
	pushed := p.downloadPushed() || softwareHost(p.f.Host)
	if ev := p.institutionApp(dl); ev != nil {
		p.set("authority.institution-app", 1, ev...)
		pushed = true
	}
	if ev := p.deliveryPretext(dl); len(ev) > 0 {
		p.set("lure.delivery-story", 1, ev...)
		pushed = true
	}
	p.set("lure.download", map[bool]float64{true: 1, false: 0.3}[pushed], dl...)
	// the program is a remote-control tool (AnyDesk.exe): that is the ask,
	// whatever the page's words call it
	if n, ev := p.e.lx.of(p.e.view("remote").scan(textnorm.Fold(strings.Join(dl, " "))), "remote"); n > 0 && p.strongest([]string{"lure.remote-tool"}) < remoteDownload {
		p.set("lure.remote-tool", remoteDownload, ev...)
	}
}

// deliveryPretext is the evidence of a parcel or voicemail story told to
// hand over an Android package: the page offers an .apk, or walks the
// reader through allowing apps from unknown sources, and says a delivery
// failed or a message waits. A carrier's own page tells the story and
// links the app stores; it hands over no package file. Nil when not.
func (p *pageState) deliveryPretext(downloads []string) []string {
	n, story := p.e.lx.of(p.body, "delivery_story")
	if n == 0 {
		return nil
	}
	var pkg []string
	for _, d := range downloads {
		if androidPackage(d) {
			pkg = append(pkg, d)
			break
		}
	}
	if len(pkg) == 0 {
		if _, steps := p.e.lx.of(p.body, "sideload"); len(steps) > 0 {
			pkg = steps[:1]
		}
	}
	if len(pkg) == 0 {
		return nil
	}
	return append(story[:1:1], pkg...)
}

// androidPackage: an address or script literal naming an .apk or .xapk.
func androidPackage(s string) bool {
	s = strings.ToLower(strings.Trim(s, `"'`))
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	return strings.HasSuffix(s, ".apk") || strings.HasSuffix(s, ".xapk")
}

// remoteDownload is what a remote-control program offered for download
// counts: the program is the ask itself.
const remoteDownload = 1.0

// downloadPushed: something pushes the person to download.
func (p *pageState) downloadPushed() bool {
	return p.has("lure.app-store") || p.has("lure.purchase") || p.has("alarm.prominent") || p.has("alarm.update-required") || p.has("authority.os-voice") ||
		p.has("authority.title-brand") || len(p.st.overlay) > 0
}

// lexMax sets name from the page text or, at 0.7, from the strings its
// scripts hold: steps a kit writes into the page only after the click.
func (p *pageState) lexMax(name, lexicon string, sat int) {
	n, ev := p.e.lx.of(p.body, lexicon)
	x := float64(n) / float64(sat)
	if m, sev := p.e.lx.of(p.script, lexicon); 0.7*float64(m)/float64(sat) > x {
		x, ev = 0.7*float64(m)/float64(sat), sev
	}
	p.set(name, x, ev...)
}

// amountDue is a sum of money with a deadline near it.
var amountDue = &windowRule{
	re:      regexp.MustCompile(`(?s)(?:[¥￥]\s?\d[\d,]{2,}|\d[\d,]{2,}\s?円|\d+\s?万円).{0,150}(?:期限|以内|本日中|まで)|(?:期限|以内|本日中).{0,150}(?:[¥￥]\s?\d[\d,]{2,}|\d[\d,]{2,}\s?円)`),
	needles: []string{"円", "¥"}, before: 200, after: 200,
	may: func(w string) bool { return literals.AnyIn(w, deadlineWords) },
	starts: func(w string, i int) bool {
		return w[i] >= '0' && w[i] <= '9' || slices.ContainsFunc(amountStarts, func(s string) bool { return strings.HasPrefix(w[i:], s) })
	},
}

var amountStarts = []string{"¥", "￥", "期限", "以内", "本日中"}

var deadlineWords = []string{"期限", "以内", "本日中", "まで"}

// scriptDownload is a script literal naming a program or archive.
var scriptDownload = &windowRule{
	re:      regexp.MustCompile(`["'][^"'\s]{1,200}\.(?:exe|msi|msix|msixbundle|appx|appxbundle|appinstaller|scr|apk|xapk|dmg|pkg|zip|rar|hta|vbs|ps1|lnk)["']`),
	needles: []string{".exe", ".msi", ".appx", ".appinstaller", ".scr", ".apk", ".dmg", ".pkg", ".zip", ".rar", ".hta", ".vbs", ".ps1", ".lnk"}, before: 210, after: 14,
	may:    func(w string) bool { return followedBy(w, programTypes, []string{`"`, "'"}) },
	starts: func(w string, i int) bool { return w[i] == '"' || w[i] == '\'' },
}

// programTypes: programs, installers and archives, and the Windows app
// packages (commands.AppPackages, one table with the extension's).
var programTypes = append([]string{".exe", ".msi", ".scr", ".apk", ".xapk", ".dmg", ".pkg", ".zip", ".rar", ".hta", ".vbs", ".ps1", ".lnk"},
	dotted(commands.AppPackages)...)

func dotted(exts []string) []string {
	out := make([]string, len(exts))
	for i, e := range exts {
		out[i] = "." + e
	}
	return out
}

// phones reads the numbers: where they are and what is said around them.
func (p *pageState) phones(prominent string) {
	var shown, free, loud, hidden, dialIn []string
	var contexts strings.Builder
	for _, n := range p.f.Phones {
		if !n.Valid && !n.Injected && !p.nearCall(n.Context) {
			continue
		}
		if k, _ := p.e.lx.of(p.e.view("dial_in").scan(n.Context), "dial_in"); k > 0 {
			// a meeting's dial-in number, beside its id or PIN: a way
			// to join by phone, not a number to call for help
			dialIn = append(dialIn, n.Display)
			continue
		}
		shown = append(shown, n.Display)
		contexts.WriteString(n.Context + "\n")
		if n.TollFreeOrVoIP() {
			free = append(free, n.Display)
		}
		if strings.Contains(prominent, n.Display) {
			loud = append(loud, n.Display)
		}
		if strings.Contains(p.f.Title, n.Display) || strings.Contains(p.f.Attrs, n.Display) {
			hidden = append(hidden, n.Display)
		}
	}
	if len(shown) == 0 && len(dialIn) > 0 {
		p.set("negative.dial-in", 1, dialIn...)
	} else {
		hidden = append(hidden, p.st.telLinks...)
	}
	p.set("lure.phone", float64(len(shown)), shown...)
	p.set("lure.phone-tollfree", float64(len(free)), free...)
	p.set("lure.phone-prominent", float64(len(loud)), loud...)
	p.set("lure.phone-hidden", float64(len(hidden)), hidden...)
	if contexts.Len() > 0 {
		p.lex("lure.call-words", "call", p.e.view("call").scan(contexts.String()), 2)
	}
}

// nearCall: words asking to call stand next to a number that did not
// validate (kits mistype their numbers).
func (p *pageState) nearCall(ctx string) bool {
	n, _ := p.e.lx.of(p.e.view("call").scan(ctx), "call")
	return n > 0
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// hasClock finds a timer shown in a heading or label ("04:59"): what
// `(?:^|[^\d:])\d{1,2}\s*:\s*[0-5]\d(?:[^\d:]|$)` matches (a fuzz test holds
// it to that), looked for at each ':' instead of at every byte.
func hasClock(s string) bool {
	for i := 0; ; i++ {
		j := strings.IndexByte(s[i:], ':')
		if j < 0 {
			return false
		}
		i += j
		if clockLeft(s[:i]) && clockRight(s[i+1:]) {
			return true
		}
	}
}

// clockLeft: s ends with one or two digits, then white space, standing
// after the start or after neither a digit nor a colon.
func clockLeft(s string) bool {
	k := len(s)
	for k > 0 && isSpace(s[k-1]) {
		k--
	}
	d := 0
	for k > 0 && isDigit(s[k-1]) {
		k--
		d++
	}
	return d >= 1 && d <= 2 && (k == 0 || s[k-1] != ':')
}

// clockRight: s starts with white space, then minutes 00–59, then the end
// or neither a digit nor a colon.
func clockRight(s string) bool {
	k := 0
	for k < len(s) && isSpace(s[k]) {
		k++
	}
	if k+1 >= len(s) || s[k] < '0' || s[k] > '5' || !isDigit(s[k+1]) {
		return false
	}
	k += 2
	return k == len(s) || !isDigit(s[k]) && s[k] != ':'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isSpace is the regexp's \s: ASCII white space without \v.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func (p *pageState) pressure(prominent string) {
	p.lex("pressure.words", "pressure", p.body, 3)
	p.lex("pressure.do-not-close", "do_not_close", p.body, 1)
	p.lex("pressure.legal", "legal", p.body, 2)
	// A countdown is a timer in the script, a clock in a heading or label
	// and the words that go with it; two of three count half.
	timer := strings.Contains(p.f.Script, "setInterval")
	n, ev := p.e.lx.of(p.body, "countdown")
	shown := (timer || n > 0) && hasClock(prominent[:min(len(prominent), 64<<10)])
	switch k := btoi(timer) + btoi(shown) + btoi(n > 0); {
	case k == 3:
		p.set("pressure.countdown", 1, append(ev, "timer")...)
	case k == 2 && timer:
		p.set("pressure.countdown", 0.5, ev...)
	}
	// Sound: generated audio, speech, vibration or a looping or autoplaying
	// element; a bare .play() is every video player's, so it counts little.
	var sound []string
	for _, a := range []string{"audio-context", "speech", "vibrate"} {
		if p.f.APIs[a] > 0 {
			sound = append(sound, a)
		}
	}
	if p.st.autoplay {
		sound = append(sound, "autoplay")
	}
	if len(sound) > 0 {
		p.set("pressure.sound", 1, sound...)
	} else if p.f.APIs["media-play"] > 0 {
		p.set("pressure.sound", 0.3, "media-play")
	}
}

func (p *pageState) lock() {
	api := func(names ...string) (n int, ev []string) {
		for _, a := range names {
			if c := p.f.APIs[a]; c > 0 {
				n += c
				ev = append(ev, a)
			}
		}
		return n, ev
	}
	for _, l := range []struct {
		name string
		apis []string
		sat  float64
	}{
		{"lock.fullscreen", []string{"fullscreen"}, 1},
		{"lock.keyboard", []string{"keyboard-lock", "pointer-lock"}, 1},
		{"lock.history", []string{"history"}, 2},
		{"lock.beforeunload", []string{"beforeunload"}, 1},
		{"lock.block-keys", []string{"block-keys", "block-contextmenu"}, 1},
		{"lock.windows", []string{"window-open", "print-loop", "window-move"}, 3}, // one print() is a Print button
	} {
		n, ev := api(l.apis...)
		p.set(l.name, float64(n)/l.sat, ev...)
	}
	if p.has("lock.fullscreen") && p.fullscreenOffered() {
		// a player's or a slide deck's full-screen control: taken when the
		// person asks (the browser's runtime.fullscreen says when it is not)
		i := p.e.index["lock.fullscreen"]
		p.v.Values[i] = min(p.v.Values[i], offeredFullscreen)
		p.v.Evidence[i] = append(p.v.Evidence[i], "offered")
	}
	p.dialogs()
	if len(p.st.overlay) > 0 {
		if ev := p.overlayForm(); len(ev) > 0 {
			// a consent, age, sign-in or newsletter form over the page:
			// what it says is its own business, not a scam's voice
			p.set("lock.overlay", overlayFormLock, p.st.overlay...)
			p.set("negative.overlay-form", 1, ev...)
			p.formPretext()
		} else {
			p.set("lock.overlay", 1, p.st.overlay...)
		}
	}
	if strings.TrimSpace(p.f.Decoded) != "" {
		p.set("lock.hidden-text", 1)
	}
}

// hiddenTakeoverText is how little readable text (runes) a page that takes
// over shows for its words to count as hidden.
const hiddenTakeoverText = 20

// offeredFullscreen is what full screen offered as a control counts: below
// presence (has).
const offeredFullscreen = 0.25

// fullscreenKey is a key handler that tests for the F key: a slide deck's
// or a viewer's "F: full screen".
var fullscreenKey = regexp.MustCompile(`key(?:Code)?\s*===?\s*['"](?:f|F|KeyF)['"]|keyCode\s*===?\s*70\b`)

// fullscreenOffered: the page offers full screen as a control of what it
// shows: a video player, or the F key of a slide deck or viewer.
func (p *pageState) fullscreenOffered() bool {
	return p.st.video || fullscreenKey.MatchString(p.f.Script[:min(len(p.f.Script), maxKeyScan)])
}

// maxKeyScan bounds the script read for a full-screen key.
const maxKeyScan = 1 << 20

// overlayFormLock is what a full-window form counts as a lock: below the
// strength at which a mechanic is present (has), so it makes no
// combination, and weak in the conjunctions.
const overlayFormLock = 0.25

// overlayForm lists the form words of the overlay's own text when it is a
// consent, age, sign-in or newsletter form and says nothing a scam's
// overlay says: no alarm, no system voice, no call, no bill or
// registration, no pretext, no phone number.
func (p *pageState) overlayForm() []string {
	text := textnorm.Fold(p.st.overlayText.String())
	if strings.TrimSpace(text) == "" {
		return nil
	}
	h := p.e.view("overlay").scan(text)
	n, ev := p.e.lx.of(h, "overlay_form")
	if n == 0 {
		return nil
	}
	for _, l := range overlayScam {
		if k, _ := p.e.lx.of(h, l); k > 0 {
			return nil
		}
	}
	for _, ph := range p.f.Phones {
		if strings.Contains(text, ph.Display) {
			return nil
		}
	}
	return ev
}

// overlayScam are the lexicons a scam's overlay speaks with.
var overlayScam = []string{"alarm", "os_voice", "support_desk", "call_action", "registered", "billing", "verify", "paste_steps", "allow"}

// formPretext: every pretext the page gives ("are you 18", "to continue
// watching") is the overlay form's own question, so it is no pretext for
// something else; it then counts below presence.
func (p *pageState) formPretext() {
	i := p.e.index["lure.pretext"]
	if p.v.Values[i] == 0 {
		return
	}
	text := textnorm.Fold(p.st.overlayText.String())
	for _, ev := range p.v.Evidence[i] {
		if !strings.Contains(text, ev) {
			return
		}
	}
	p.v.Values[i] = min(p.v.Values[i], overlayFormLock)
}

// dialogs: alert loops lock the page only when the dialogs say something
// alarming; forms validate their fields with alert() too.
func (p *pageState) dialogs() {
	n := p.f.APIs["dialog"] + p.f.Events["dialog"].Count
	if n == 0 || p.f.Dialogs == "" {
		return
	}
	h := p.e.view("dialogs").scan(p.f.Dialogs)
	var ev []string
	for _, l := range []string{"alarm", "pressure", "call", "do_not_close"} {
		_, e := p.e.lx.of(h, l)
		ev = append(ev, e...)
	}
	if len(ev) > 0 {
		p.set("lock.dialog-loop", float64(n)/3, ev...)
	}
}

// clipboardCommand is what a ClickFix page puts on the clipboard.
var clipboardCommand = regexp.MustCompile(`(?i)powershell|pwsh|mshta|\bcmd(?:\.exe)?\s+/[ck]|curl\s[^|]*\|\s*(?:ba|z)?sh|wget\s[^|]*\|\s*(?:ba)?sh|osascript|certutil|msiexec|rundll32|regsvr32|bitsadmin|\biex\b|invoke-expression|invoke-webrequest|\biwr\b|\birm\b|wscript|cscript|base64\s+(?:-d|--decode)|frombase64string|start-process`)

func (p *pageState) runtime() {
	ev := p.f.Events
	unasked := func(name string) bool { return len(p.unasked(name)) > 0 }
	// Full screen taken without a click is decisive; re-entered again and
	// again after clicks (a game toggling it, or a kit on every click) only
	// half: the hard rule on keyboard lock needs the first.
	switch {
	case unasked("fullscreen"):
		p.set("runtime.fullscreen", 1, "fullscreen")
	case ev["fullscreen"].Count >= 3:
		p.set("runtime.fullscreen", 0.5, "fullscreen")
	}
	if ev["keyboard-lock"].Count > 0 || unasked("pointer-lock") {
		p.set("runtime.keyboard-lock", 1, "keyboard-lock")
	}
	floods := p.floods()
	p.set("runtime.floods", float64(len(floods)), floods...)
	if ev["clipboard-write"].Count > 0 {
		p.set("runtime.clipboard-write", 1, "clipboard-write")
	}
	if c := ev["clipboard-write"]; c.Count > 0 && clipboardCommand.MatchString(c.Detail) {
		if p.shown(c.Detail) {
			p.set("runtime.clipboard-shown-command", 1, c.Detail)
		} else {
			p.set("runtime.clipboard-command", 1, c.Detail)
		}
	}
	perms := p.unasked("notification", "push-subscribe", "geolocation", "camera")
	p.set("runtime.permission-prompt", float64(len(perms)), perms...)
	// A download the person started on a page that pushes nothing is what
	// every download site sees: it counts as the link it came from.
	if d := ev["download"]; d.Count > 0 {
		p.set("runtime.download", map[bool]float64{true: 1, false: 0.3}[!d.Gesture || p.downloadPushed()], d.Detail)
	}
	sound := p.unasked("media-play", "audio-context", "speech", "vibrate")
	p.set("runtime.sound", float64(len(sound)), sound...)
}

// floods lists the events the browser saw repeated past the flood bounds
// (the same as signatures/lock-runtime-floods.yaml).
func (p *pageState) floods() []string {
	var out []string
	for _, fl := range []struct {
		name string
		min  int
	}{{"dialog", 3}, {"history", 50}, {"window-open", 3}, {"print", 3}, {"window-move", 5}} {
		if p.f.Events[fl.name].Count >= fl.min {
			out = append(out, fl.name)
		}
	}
	return out
}

// unasked lists the events the browser saw without a click or key press.
func (p *pageState) unasked(names ...string) []string {
	var out []string
	for _, n := range names {
		if e, ok := p.f.Events[n]; ok && e.Count > 0 && !e.Gesture {
			out = append(out, n)
		}
	}
	return out
}

// runtimeTwin names, for each runtime feature, the static feature that
// reads the same behaviour from the source. The corpus is saved pages, so
// runtime features cannot learn weights of their own: what the browser saw
// raises its static twin (which has a learned weight) to full strength —
// on a page that makes a claim only (internal/decide calls Tie): a
// download, a permission prompt or full screen on a page that claims
// nothing is what download sites, meetings and games do.
var runtimeTwin = [][2]string{
	{"runtime.fullscreen", "lock.fullscreen"},
	{"runtime.keyboard-lock", "lock.keyboard"},
	{"runtime.floods", "lock.windows"},
	{"runtime.clipboard-command", "lure.command-clipboard"},
	{"runtime.permission-prompt", "lure.permission-api"},
	{"runtime.download", "lure.download"},
	{"runtime.sound", "pressure.sound"},
}

// Tie raises each runtime feature's static twin to the runtime feature's
// strength.
func (e *Extractor) Tie(v *Vector) {
	for _, tw := range runtimeTwin {
		r, s := e.index[tw[0]], e.index[tw[1]]
		if x := v.Values[r]; x > v.Values[s] {
			v.Values[s] = x
			v.Evidence[s] = append([]string{"seen: " + tw[0]}, v.Evidence[r]...)
		}
	}
}

// shown: the clipboard text is visible on the page (a documentation page's
// copy button), not hidden until pasted (ClickFix).
func (p *pageState) shown(clip string) bool {
	c := strings.TrimSpace(textnorm.Fold(clip))
	if len(c) > 60 {
		c = c[:60]
	}
	return c != "" && (strings.Contains(p.f.Text, c) || strings.Contains(p.st.code.String(), clip[:min(len(clip), 60)]))
}

// Quotation bounds: a quotation is at most maxQuote bytes, and at most
// maxQuotes are read.
const (
	maxQuote  = 480
	maxQuotes = 200
)

var quoteMarks = [][2]string{{"「", "」"}, {"『", "』"}, {"“", "”"}, {"\"", "\""}, {"„", "“"}, {"„", "”"}, {"«", "»"}}

// quotations is the text in quotation marks, joined: where a warning page
// puts the scam's words.
func quotations(text string) string {
	var b strings.Builder
	for _, q := range quoteMarks {
		for off, n := 0, 0; n < maxQuotes; n++ {
			i := strings.Index(text[off:], q[0])
			if i < 0 {
				break
			}
			start := off + i + len(q[0])
			j := strings.Index(text[start:min(len(text), start+maxQuote)], q[1])
			if j < 0 {
				off = start
				continue
			}
			if inner := text[start : start+j]; !strings.Contains(inner, "\n") || q[0] != "\"" {
				b.WriteString(inner + "\n")
			}
			off = start + j + len(q[1])
		}
	}
	return b.String()
}

// singleQuoted is the text in single quotation marks ('…', ‘…’), joined:
// a quote opens after a space or a bracket and closes before a space or
// punctuation, so that the apostrophes of "don't" and "users' files" open
// and close nothing (an English article quotes a fake update's 'Your
// browser is out of date' that way).
func singleQuoted(text string) string {
	var b strings.Builder
	n := 0
	nextQ := -1 // the first '\'' at or after i once looked for (len(text): none)
	for i := 0; i < len(text) && n < maxQuotes; {
		// Only a '\'' or the first byte of '‘' (0xE2) can open a quote:
		// the bytes before the next of them are skipped unread (this read
		// every byte of the page's text with a call).
		if c := text[i]; c != '\'' && c != 0xE2 {
			if nextQ < i {
				nextQ = len(text)
				if k := strings.IndexByte(text[i:], '\''); k >= 0 {
					nextQ = i + k
				}
			}
			if k := strings.IndexByte(text[i:nextQ], 0xE2); k >= 0 {
				i += k
			} else {
				i = nextQ
			}
			continue
		}
		open, w := quoteOpen(text, i)
		if !open {
			i++
			continue
		}
		start := i + w
		end := -1
		for j := start + 1; j < min(len(text), start+maxQuote); j++ {
			if text[j] == '\n' {
				break
			}
			if c, cw := quoteClose(text, j); c && text[j-1] != ' ' {
				end = j
				w = cw
				break
			}
		}
		if end < 0 {
			i = start
			continue
		}
		b.WriteString(text[start:end] + "\n")
		n++
		i = end + w
	}
	return b.String()
}

// quoteOpen: a single quotation mark at i that opens a quote.
func quoteOpen(text string, i int) (bool, int) {
	w := 0
	switch {
	case text[i] == '\'':
		w = 1
	case strings.HasPrefix(text[i:], "‘"):
		w = len("‘")
	default:
		return false, 0
	}
	before := i == 0 || strings.ContainsRune(" \n\t([:", rune(text[i-1]))
	after := i+w < len(text) && text[i+w] != ' ' && text[i+w] != '\n'
	return before && after, w
}

// quoteClose: a single quotation mark at j that closes a quote.
func quoteClose(text string, j int) (bool, int) {
	w := 0
	switch {
	case text[j] == '\'':
		w = 1
	case strings.HasPrefix(text[j:], "’"):
		w = len("’")
	default:
		return false, 0
	}
	return j+w >= len(text) || strings.ContainsRune(" \n\t.,;:!?)]", rune(text[j+w])), w
}

// quotedText is the page's quoted text: in quotation marks, or in the
// markup of a quotation (<blockquote>, <q>), where a talk or an article
// shows the scam's words.
func (p *pageState) quotedText() string {
	if p.quoted == nil {
		q := quotations(p.f.Text) + singleQuoted(p.f.Text) + textnorm.Fold(p.st.quoted.String())
		p.quoted = &q
	}
	return *p.quoted
}

// quotedVoice are the claims and asks that are the page's own only when
// they stand outside quotation: a talk, an article or a warning page
// quotes the scam's "Windows Defender Alert … call now".
// The pretexts are among them: a weather site that says its notifications
// never read 「当選しました」 quotes a prize, it does not promise one.
var quotedVoice = []string{"authority.os-voice", "alarm.prominent", "alarm.words", "alarm.account", "alarm.registered", "lure.call-action", "alarm.dialog",
	"lure.prize", "lure.pretext", "lure.verify-human", "lure.refund", "alarm.update-required", "lure.allow-proof"}

// unquote lowers below presence each of quotedVoice whose every piece of
// evidence stands in the page's quotations.
func (p *pageState) unquote() {
	q := p.quotedText()
	if q == "" {
		return
	}
	quoted := func(e string) bool { return strings.Contains(q, e) }
	for _, name := range quotedVoice {
		if i := p.e.index[name]; p.evidenceAll(i, quoted) {
			p.v.Values[i] = min(p.v.Values[i], quotedStrength)
		}
	}
}

// quotedStrength is what a quoted claim counts: below presence (has).
const quotedStrength = 0.25

func (p *pageState) negative() {
	f, st := p.f, p.st
	if r := utf8.RuneCountInString(f.Text); r > 1000 {
		p.set("negative.long-prose", (math.Log10(float64(r))-3)/1.5)
	}
	p.set("negative.paragraphs", float64(st.paragraphs)/15)
	n, ev := p.e.lx.of(p.body, "byline")
	by := float64(n) / 4
	if st.times > 0 {
		by += 0.25
	}
	if st.bylineMeta {
		by += 0.25
	}
	p.set("negative.byline", by, ev...)
	if st.articleMarkup {
		p.set("negative.article-markup", 1)
	}
	p.set("negative.outbound-links", float64(len(st.outHosts))/15)
	p.set("negative.site-links", float64(st.links)/80)
	p.lex("negative.aware", "aware", p.body, 4)
	p.awareNames()
	p.lex("negative.report", "report", p.body, 4)
	// quoted: in quotation marks, or in the markup of a quotation
	// (<blockquote>, <q>), where a talk or an article shows the scam's words
	if q := p.quotedText(); len(q) > 0 {
		p.lex("negative.quoted-alarm", "alarm", p.e.view("alarm").scan(q), 3)
	}
	p.lex("negative.contact", "contact", p.body, 4)
	p.lex("negative.product-facts", "product_facts", p.body, 2)
	p.lex("negative.optin-purpose", "optin_purpose", p.body, 1)
	p.lex("negative.capture-purpose", "capture_purpose", p.body, 1)
	p.lex("negative.example-screen", "example_screen", p.body, 1)
	if f.Headings != "" {
		p.lex("negative.explainer", "explainer", p.explainerHeadings(), 2)
	}
	if n, ev := p.e.lx.of(p.body, "site_chrome"); n > 0 {
		// a real site's furniture: its policy and terms among many links
		// or around prose; a kit's bare page (a fake reCAPTCHA's own
		// "Privacy - Terms") copies the words without the site
		p.set("negative.site-chrome", float64(n)/3*siteness(st), ev...)
	}
	if p.e.sites.Known(f.Host) {
		p.set("negative.known-org", 1, registrable(f.Host))
	}
	if p.brandSite() {
		p.set("negative.brand-site", 1, registrable(f.Host))
	}
	if govHost(f.Host) {
		p.set("negative.gov-site", 1, f.Host)
	}
	if st.codeBlocks > 0 && !p.strongAuthority() {
		if n, ev := p.e.lx.of(p.e.view("commands").scan(strings.ToLower(st.code.String())), "commands"); n > 0 {
			p.set("negative.vendor-command", 1, ev...)
		}
	}
	p.set("negative.code-blocks", float64(st.codeBlocks)/6)
	p.deckSign()
	p.ownTools()
	p.trialTerms()
	p.ifHappens()
	p.serviceShop()
	p.gameSign()
	p.ownUpdate()
}

// siteness is how much a page is more than a bare screen, in [0, 1]: four
// links or two paragraphs of prose make it a site (a download's thank-you
// page has a handful of links; a kit's check box has none, or its two).
func siteness(st *structure) float64 {
	return math.Min(1, math.Max(float64(st.links)/4, float64(st.paragraphs)/2))
}

// mechanics lists the features that show each mechanic.
var mechanics = [][]string{
	{"authority.brand-claimed", "authority.title-brand", "authority.os-voice", "authority.fake-chrome"}, // at full strength: see combinations
	{"alarm.prominent", "alarm.account", "alarm.error-code", "alarm.threat-count", "alarm.fake-scan", "alarm.dialog", "alarm.registered", "alarm.update-required"},
	{"lure.phone", "lure.remote-tool", "lure.gift-card", "lure.purchase", "lure.billing", "lure.download", "lure.app-store",
		"lure.allow", "lure.allow-proof", "lure.pretext", "lure.delivery-story", "lure.prize", "lure.paste-steps", "lure.command-clipboard", "lure.permission-api", "runtime.clipboard-command",
		"runtime.permission-prompt", "runtime.download", "lure.call-action", "lure.amount-due", "lure.refund", "lure.request"},
	{"pressure.words", "pressure.countdown", "pressure.do-not-close", "pressure.legal", "pressure.unless-paid", "pressure.sound", "runtime.sound"},
	{"lock.fullscreen", "lock.keyboard", "lock.dialog-loop", "lock.history", "lock.beforeunload", "lock.block-keys", "lock.windows",
		"runtime.fullscreen", "runtime.keyboard-lock", "runtime.floods"},
}

var mechanicNames = []string{Authority, Alarm, Lure, Pressure, Lock}

func (p *pageState) has(name string) bool {
	i, ok := p.e.index[name]
	return ok && p.v.Values[i] >= 0.3
}

// anyMechanic is any(mechanics[m]), from the positions New looked up once
// (combinations asks it of every mechanic, some twice, on every page).
func (p *pageState) anyMechanic(m int) bool {
	for _, i := range p.e.mech[m] {
		if p.v.Values[i] >= 0.3 {
			return true
		}
	}
	return false
}

// strongest is the largest value among names.
func (p *pageState) strongest(names []string) float64 {
	best := 0.0
	for _, n := range names {
		if i, ok := p.e.index[n]; ok {
			best = max(best, p.v.Values[i])
		}
	}
	return best
}

// strongAuthority: the page claims a name in its title, main headings or
// dialogs, speaks as the system, or draws a browser's address bar.
func (p *pageState) strongAuthority() bool {
	for _, i := range p.e.authority {
		if p.v.Values[i] >= 1 {
			return true
		}
	}
	return false
}

// combinations: a scam needs most mechanics at once, a look-alike rarely
// has more than one or two.
func (p *pageState) combinations() {
	p.interstitial()
	p.documented()
	var present []string
	for i := range mechanics {
		if p.anyMechanic(i) && (i != 0 || p.strongAuthority()) {
			present = append(present, mechanicNames[i])
		}
	}
	p.v.Mechanics = present
	// A scam's tricks hang on a claim: a game's keys, full screen and
	// sound, or a player's, are three mechanics and no story (issue 20).
	// They count at the claim's strength, as alarm-lure does: one alarm
	// word in a heading (a product named ウイルスセキュリティ, a blog's
	// ハッカー) is not a fake warning's voice.
	claim := 0.0
	if slices.Contains(present, Authority) {
		claim = 1
	}
	if slices.Contains(present, Alarm) {
		claim = max(claim, p.strongest(mechanics[1]))
	}
	if len(present) >= 3 && claim > 0 {
		p.set("combined.mechanics-3", claim, present...)
	}
	if len(present) >= 4 && claim > 0 {
		p.set("combined.mechanics-4", claim, present...)
	}
	p.pairs()
}

// documentedSteps is how many code blocks make paste steps a how-to.
const documentedSteps = 2

// documented: paste steps on a page that shows what to run in code blocks
// (two or more), where no command that controls the computer is shown,
// hidden in the script or put on the clipboard, are a help page's how-to
// ("Press Win+R, type cmd, run gpupdate /force"): they count below
// presence. A ClickFix page hides the command it wants pasted; of the
// corpus's scam pages with paste steps one shows a code block, none two
// (2026-12-07).
func (p *pageState) documented() {
	if p.st.codeBlocks < documentedSteps {
		return
	}
	for _, n := range []string{"lure.command-text", "lure.command-clipboard", "runtime.clipboard-command"} {
		if p.v.Values[p.e.index[n]] > 0 {
			return
		}
	}
	i := p.e.index["lure.paste-steps"]
	p.v.Values[i] = min(p.v.Values[i], quotedStrength)
}

// interstitialBrands serve their challenge and block pages on their
// customers' hosts by design: Cloudflare's "Sorry, you have been blocked"
// on any site it protects says nothing false.
var interstitialBrands = map[string]bool{"cloudflare": true}

// interstitialFakeAsks are the asks no interstitial brand's own page makes.
var interstitialFakeAsks = []string{"lure.paste-steps", "lure.command-text", "lure.command-clipboard", "runtime.clipboard-command"}

// interstitial: on a page that names only such a brand and asks nothing
// the brand itself never asks, the name is no claim (as in a banner): the
// brand's own page may be on any host, and a number to call, a download or
// an Allow beside it are the site's own (the brand's page does not say
// them, and a fake's alarm or human check still pairs with them). Only a
// paste is the brand's voice faked: its challenge never asks to run a
// command (ClickFix). (2026-12-07: the real "Sorry, you have been blocked"
// with one phone number or download injected read as Cloudflare asking for
// a call and was blocked, holding every whole-corpus fit's block line at
// p 1.0000.)
func (p *pageState) interstitial() {
	for _, n := range interstitialFakeAsks {
		if p.has(n) && (n != "lure.command-text" || !p.commandShownAsCode()) {
			return
		}
	}
	claimed := p.e.index["authority.brand-claimed"]
	if p.v.Values[claimed] == 0 {
		return
	}
	for _, b := range p.v.Evidence[claimed] {
		if !interstitialBrands[b] {
			return
		}
	}
	p.set("authority.brand-in-banner", 1, p.v.Evidence[claimed]...)
	for _, n := range []string{"authority.brand-claimed", "authority.title-brand"} {
		i := p.e.index[n]
		p.v.Values[i] = 0
		delete(p.v.Evidence, i)
	}
}

// pairs: two mechanics that together tell a story no legitimate page tells.
func (p *pageState) pairs() {
	// an address that claims to be a download site or a support desk, on
	// a page that asks something: the address alone says nothing
	if l := hostClaim(p.f.Host); l != "" && p.anyMechanic(2) {
		p.set("authority.host-claim", 1, l)
	}
	alarm, authority := p.anyMechanic(1), p.strongAuthority()
	// an alarm pairs with a lure at the alarm's strength: one alarm word in
	// a heading ("盗難・紛失のお問い合わせ") is not a fake warning's voice
	loud := p.strongest(mechanics[1])
	if alarm && p.has("lure.phone") {
		p.set("combined.alarm-phone", loud)
	}
	if authority && p.has("lure.phone") {
		p.set("combined.authority-phone", 1)
	}
	if alarm && p.anyMechanic(2) {
		p.set("combined.alarm-lure", loud)
	}
	// a page that takes the screen and the keys, or rings, while it shows
	// no words we can read: its claim is drawn on a canvas or hidden (a
	// game says its name and has a menu)
	if p.has("lock.fullscreen") && (p.has("lock.keyboard") || p.has("pressure.sound")) && utf8.RuneCountInString(strings.TrimSpace(p.f.Text)) < hiddenTakeoverText {
		p.set("combined.hidden-takeover", 1)
	}
	if p.has("lure.remote-tool") && p.has("lure.phone") {
		p.set("combined.remote-phone", 1)
	}
	if p.has("lure.prize") && (p.has("pressure.countdown") || p.has("pressure.words")) {
		p.set("combined.prize-pressure", 1)
	}
	if p.has("lure.remote-tool") && p.has("lure.gift-card") {
		p.set("combined.remote-payment", 1)
	}
	if p.has("lure.request") && (p.has("lure.remote-tool") || p.has("lure.gift-card")) {
		p.set("combined.request-remote-or-card", 1)
	}
	// at the refund's strength, like the alarm's above: one word of a
	// shop's terms ("no refunds") is not a refund story
	if p.has("lure.refund") && (p.has("lure.gift-card") || p.has("lure.remote-tool") || p.has("lure.phone")) {
		p.set("combined.refund-lure", p.strongest([]string{"lure.refund"}))
	}
	// an overlay speaks only with a claim: a consent or sign-in layer over
	// a page with a download or a support line is the site's own furniture
	if p.has("lock.overlay") && (authority || p.has("alarm.prominent")) &&
		(p.has("lure.download") || authority || p.has("lure.paste-steps") || p.has("lure.phone")) {
		p.set("combined.overlay-lure", 1)
	}
	// Paste steps with a command the page copies but does not show as
	// documentation (an install page's copy button copies its code block).
	copies := p.f.APIs["clipboard-write"] > 0 || p.f.Events["clipboard-write"].Count > 0
	// A copy button beside code blocks copies what they show: only a
	// dangerous command in the script (command-clipboard) counts there.
	if p.has("lure.paste-steps") && (p.has("lure.command-clipboard") || copies && !p.has("negative.vendor-command") && p.st.codeBlocks == 0) {
		p.set("combined.paste-command", 1)
	}
}

// explainerHeadings is the headings view's scan of the headings' first
// 64 KiB; when that is all of them, the device-alarm test's scan of the
// same text already holds it (claimHeadings).
func (p *pageState) explainerHeadings() *hits {
	if len(p.f.Headings) <= 64<<10 {
		return p.claimHeadings()
	}
	return p.e.view("headings").scan(p.f.Headings[:64<<10])
}
