package brands

import (
	"strings"
	"sync"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// Some brand names are ordinary words too: an apple crisp, windows and
// doors, the Amazon river, chrome plating, a Land Rover Defender, steamed
// rice, a travel visa, a man called Norton. Such a word names the brand
// only where the page speaks of that brand's products or of the person's
// device, account or payment: a qualifier (one of the brand's own co-terms
// or a Voice word) within Near bytes of it, on the same line. "Apple ID",
// "Apple サポート", "Windows Defender", "Windows セキュリティ", "Amazon
// プライム", "Visa カード" count; "Apple Crisp", "アップルパイ", "Amazon
// rainforest", "chrome finish" do not. A brand's other words (iphone,
// icloud, microsoft, マイクロソフト) are names only and count alone.
//
// Edge, Office, Safari, Line, au are not in the Catalog at all: as words
// they say nothing of who speaks.
//
// The system names (windows, ウィンドウズ, macos, mac os) are the
// strictest: what a system runs on, what a help page or a download is
// about ("Windows 11 キッティング", "Scoop で Windows の開発環境を整える",
// "macOS (または Linux) 用"), they name the company only beside the
// company's own name or a Voice word — never a version or "PC" alone. And
// in a platform phrase ("VLC for Windows", "Windows版", "YouTube and Vimeo
// player") no catalogue word names anyone, whatever stands near. One rule
// for every use of the catalogue; features used to apply a second one of
// their own to titles and headings (decided 2026-12-07, issue 20).

// Near is how far (bytes of folded text) a qualifier may sit from a Plain
// word: a few words either side, as in a heading or a logo line.
const Near = 40

// Plain maps each ambiguous word of the Catalog to its brand's co-terms
// (folded; matched as words, by textnorm.ContainsWord). A co-term may hold
// the word itself ("windows 11"): the window around the word is searched.
var Plain = map[string][]string{
	"windows":  systemTerms,
	"ウィンドウズ":   systemTerms,
	"ウインドウズ":   systemTerms,
	"macos":    appleSystemTerms,
	"mac os":   appleSystemTerms,
	"defender": microsoftTerms,
	"outlook":  append([]string{"mail", "email", "e-mail", "メール", "hotmail", "inbox", "受信"}, microsoftTerms...),
	"apple":    appleTerms,
	"アップル":     appleTerms,
	"chrome": {"google", "グーグル", "browser", "ブラウザ", "ブラウザー", "extension", "拡張機能", "web store", "chromebook", "chromium",
		"chrome os"},
	"norton": {"antivirus", "anti-virus", "360", "lifelock", "symantec", "internet security", "renewal", "ウイルス対策", "アンチウイルス"},
	"steam": {"valve", "game", "games", "ゲーム", "wallet", "ウォレット", "gift card", "ギフトカード", "steam guard", "community", "steam store",
		"社区", "社群", "游戏", "遊戲", "counter-strike", "cs2", "dota"},
	"amazon": amazonTerms,
	"アマゾン":   amazonTerms,
	"visa": {"card", "cards", "カード", "credit", "クレジット", "debit", "デビット", "prepaid", "プリペイド", "mastercard", "jcb", "amex",
		"visa secure", "3d secure", "cardholder"},
	"santander": {"bank", "banco", "banca", "banking", "cuenta", "tarjeta", "card", "online banking"},
}

var (
	// systemTerms qualify the system's name: the company's own words, and
	// the system's voice (systemVoice), not Voice at large: "paste malware
	// into Windows Run" names no speaker.
	systemTerms      = append([]string{"microsoft", "マイクロソフト", "windows defender", "defender", "smartscreen", "更新プログラム"}, systemVoice...)
	appleSystemTerms = append([]string{"apple inc", "apple id", "icloud", "applecare", "\uf8ff"}, systemVoice...)
	// systemOwnVoice is the system speaking, its company's name aside.
	systemOwnVoice = append([]string{"windows defender", "defender", "smartscreen", "更新プログラム"}, systemVoice...)
	// systemVoice is the system speaking: a security centre, an update, a
	// warning, a licence, the crash screen, in the lexicons' languages.
	systemVoice = []string{"security", "セキュリティ", "update", "アップデート", "support", "サポート", "警告", "warning", "alert", "error",
		"エラー", "firewall", "ファイアウォール", "protection", "保護", "locked", "ロック", "ブロック", "blocked", "virus", "ウイルス", "ウィルス",
		"感染", "infected", "technician", "helpdesk", "help desk", "license", "licence", "ライセンス", "activation", "アクティベーション",
		"認証", "shut down", "シャットダウン", "damage", "your computer", "your pc", "お使いのコンピュータ", "お使いのパソコン", "at risk",
		"threat", "threats", "脅威", "hacked", "trojan", "stop code", "blue screen", "ブルースクリーン",
		"sécurité", "securite", "avertissement", "erreur", "mise à jour", "sicherheit", "warnung", "fehler", "aktivierung", "lizenz",
		"gesperrt", "activación", "licencia", "bloqueado", "bloqué", "verrouillé", "bloccato", "seguridad", "advertencia", "actualización",
		"segurança", "aviso", "sicurezza", "avviso", "errore", "bảo mật", "cảnh báo", "安全", "病毒", "警报", "警報", "错误", "錯誤"}
	microsoftTerms = []string{"microsoft", "マイクロソフト", "windows defender", "defender", "smartscreen", "pc", "パソコン", "windows 7",
		"windows 8", "windows 10", "powershell", "windows 11", "windows xp", "windows vista", "windows server", "windows os",
		"internet explorer", "antivirus", "ウイルス対策"}
	appleTerms = []string{"apple id", "icloud", "iphone", "ipad", "ipod", "imac", "macbook", "mac os", "macos", "ios", "ipados",
		"itunes", "app store", "apple store", "apple pay", "applecare", "apple care", "apple watch", "apple music", "apple tv",
		"apple inc", "airpods", "siri", "safari", "\uf8ff"} // U+F8FF: the Apple logo in Apple's fonts
	amazonTerms = []string{"prime", "プライム", "aws", "kindle", "alexa", "order", "orders", "注文", "gift card", "ギフト", "ギフトカード",
		"delivery", "配送", "配達", "shopping", "amazon.co.jp", "amazon.com", "amazon pay", "marketplace", "購入",
		"purchase"}
)

// Voice are the words that make any Plain word the brand speaking about
// the person's device, account or payment: support, security, a warning,
// a sign-in, a licence.
var Voice = []string{"support", "サポート", "security", "セキュリティ", "account", "アカウント", "warning", "警告", "alert",
	"virus", "viruses", "ウイルス", "ウィルス", "感染", "infected", "malware", "spyware", "locked", "ロック", "blocked", "ブロック",
	"technician", "helpdesk", "help desk", "error", "エラー", "update", "アップデート", "sign in", "sign-in", "サインイン",
	"ログイン", "login", "log in", "password", "パスワード", "license", "licence", "ライセンス", "認証", "firewall",
	"ファイアウォール", "保護", "customer service", "カスタマー", "suspended", "停止", "fraud", "不正", "verify",
	"verification", "本人確認", "refund", "返金", "subscription", "サブスクリプション", "請求", "請求書", "領収書", "receipt",
	"invoice", "billing", "payment method", "お支払い方法", "id",
	// the system's own alarm: "Windows has been shut down to prevent damage to your computer"
	"shut down", "シャットダウン", "damage", "your computer", "your pc", "お使いのコンピュータ", "お使いのコンピューター",
	"お使いのパソコン", "threat", "threats", "脅威", "critical", "重大", "hacked", "ハッキング", "trojan", "トロイの木馬",
	"ransomware", "stop code", "blue screen", "ブルースクリーン",
	// the same voice in the other languages of the lexicons (zh, fr, de, es, pt, it, vi)
	"支持", "客服", "安全", "帐户", "账户", "帳戶", "病毒", "警报", "警報", "错误", "錯誤", "登录", "登入", "密码",
	"assistance", "sécurité", "securite", "compte", "avertissement", "erreur", "mise à jour", "sicherheit", "konto", "warnung",
	"fehler", "kundendienst", "aktivierung", "lizenz", "gesperrt", "activation", "アクティベーション", "activación", "licencia",
	"bloqueado", "bloqué", "verrouillé", "bloccato", "soporte", "seguridad", "cuenta", "advertencia", "actualización", "suporte", "segurança",
	"conta", "aviso", "recibo", "factura", "reçu", "facture", "rechnung", "ricevuta", "fattura", "assistenza", "sicurezza", "avviso", "errore", "hỗ trợ", "bảo mật", "tài khoản", "cảnh báo"}

// Qualified says whether the occurrence of word at text[start:end] names
// its brand: always for a word that is not Plain; for a Plain one, when a
// co-term or a Voice word sits within Near bytes on the same line.
func Qualified(text, word string, start, end int) bool {
	if inPlatform(text, start, end) {
		return false
	}
	if _, ok := Plain[word]; !ok {
		return true
	}
	lists := []*nearList{nearLists().terms[word], nearLists().voice}
	if systemName[word] {
		lists = lists[:1] // the system's own voice is among its terms
	}
	return nearAny(text, word, start, end, lists...)
}

// A nearList is a list of words looked for near a brand or system word,
// with its automaton: the window is read once for the whole list, not once
// a word with ContainsWord (Voice holds about 150 words, and brands.Named
// and SystemVoice ask at every Plain word met). FuzzNearAny holds it to
// ContainsWord word by word.
type nearList struct {
	words []string
	find  *textnorm.Words // nil: the list is read word by word
}

func newNearList(words []string) *nearList {
	find, err := textnorm.NewWords(words)
	if err != nil { // an empty word: read word by word, as ContainsWord would
		find = nil
	}
	return &nearList{words: words, find: find}
}

// has says whether a word of l other than word occurs in near as a word.
func (l *nearList) has(near, word string) bool {
	if l == nil {
		return false
	}
	if l.find == nil {
		for _, t := range l.words {
			if t != word && textnorm.ContainsWord(near, t) {
				return true
			}
		}
		return false
	}
	found := false
	l.find.Each(near, func(id, start, _ int) {
		if !found {
			t := l.words[id]
			found = t != word && textnorm.WordAt(near, t, start)
		}
	})
	return found
}

// nearLists are Plain's terms by word, Voice and systemOwnVoice as
// nearLists, made once.
var nearLists = sync.OnceValue(func() (n struct {
	terms           map[string]*nearList
	voice, ownVoice *nearList
}) {
	n.terms = make(map[string]*nearList, len(Plain))
	for w, terms := range Plain {
		n.terms[w] = newNearList(terms)
	}
	n.voice, n.ownVoice = newNearList(Voice), newNearList(systemOwnVoice)
	return n
})

// nearAny says whether a word of lists sits within Near bytes of
// text[start:end] on the same line (not word itself: "defender" is not its
// own co-term).
func nearAny(text, word string, start, end int, lists ...*nearList) bool {
	lo, hi := max(0, start-Near), min(len(text), end+Near)
	if i := strings.LastIndexByte(text[lo:start], '\n'); i >= 0 {
		lo += i + 1
	}
	if i := strings.IndexByte(text[end:hi], '\n'); i >= 0 {
		hi = end + i
	}
	// a word cut by the window's edge is not a word: "accounting" cut to
	// "account" does not qualify
	for lo > 0 && lo < start && alnum(text[lo]) && alnum(text[lo-1]) {
		lo++
	}
	for hi < len(text) && hi > end && alnum(text[hi]) && alnum(text[hi-1]) {
		hi--
	}
	near := text[lo:hi]
	for _, l := range lists {
		if l.has(near, word) {
			return true
		}
	}
	return false
}

// systemName are the Plain words that name a system: qualified by their
// terms only (systemTerms), not by Voice at large.
var systemName = setOf(systemNames)

var systemNames = []string{"windows", "ウィンドウズ", "ウインドウズ", "macos", "mac os"}

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Platforms are phrases (folded) in which a catalogue word names what a
// program runs on or plays, not who speaks: "VLC for Windows", "Quick Assist (Windows)", "Windows版",
// "a YouTube and Vimeo player".
var Platforms = []string{"for windows", "for mac", "for macos", "windows版", "mac版", "windows用", "mac用", "on windows", "on mac",
	"windows and mac", "windows / mac", "windows、mac", "pour windows", "für windows", "para windows", "windows 10/11",
	"(windows)", "(macos)", "(mac)", "(windows/mac)", "(windows / mac)",
	"youtube and vimeo", "vimeo and youtube", "youtube, vimeo", "youtube player", "youtube embed"}

// inPlatform says whether text[start:end] lies inside one of Platforms.
func inPlatform(text string, start, end int) bool {
	for _, p := range Platforms {
		lo, hi := max(0, end-len(p)), min(len(text), start+len(p))
		if hi-lo >= len(p) && strings.Contains(text[lo:hi], p) {
			return true
		}
	}
	return false
}

func alnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// SystemVoice is folded text s with what names no one left out: every
// platform phrase, and every system name (windows, macos, …) without the
// system's own voice near it (systemVoice, Defender, SmartScreen; the
// company's name is not enough: "downloads for Microsoft Windows"). A
// system voice read from what is left is the page speaking as the system,
// not naming what a program runs on.
func SystemVoice(s string) string {
	from := 0
	if voiceLead >= 0 { // no word can start before the first core less voiceLead
		c := firstCore(s)
		if c < 0 {
			return s
		}
		from = max(0, c-voiceLead)
	}
	var b strings.Builder
	last := 0
	for i := from; i < len(s); i++ {
		if !voiceStarts.any[s[i]] { // most bytes, without a call
			continue
		}
		n := namesNoOne(s, i)
		if n == 0 {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteByte(' ')
		last, i = i+n, i+n-1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// voiceCores: every platform phrase and system name holds one of them, so
// text that holds none has nothing SystemVoice leaves out, and in other
// text no such word starts more than voiceLead bytes before the first core
// (the largest offset of a word's first core in it; -1 when a word holds
// no core, which turns the shortcut off). FuzzSystemVoiceFilter holds
// SystemVoice to comparing every word at every byte.
var voiceCores = []string{"windows", "mac", "youtube", "vimeo", "ウィンドウズ", "ウインドウズ"}

var voiceLead = coreLead(voiceCores, Platforms, systemNames)

func coreLead(cores []string, lists ...[]string) int {
	lead := 0
	for _, l := range lists {
		for _, w := range l {
			first := -1
			for _, c := range cores {
				if i := strings.Index(w, c); i >= 0 && (first < 0 || i < first) {
					first = i
				}
			}
			if first < 0 {
				return -1
			}
			lead = max(lead, first)
		}
	}
	return lead
}

// firstCore is where the first of voiceCores starts in s, or -1.
func firstCore(s string) int {
	first := -1
	for _, c := range voiceCores {
		in := s
		if first >= 0 {
			in = s[:min(len(s), first+len(c)-1)] // only an earlier start counts
		}
		if i := strings.Index(in, c); i >= 0 {
			first = i
		}
	}
	return first
}

// namesNoOne is the length of the platform phrase or unqualified system
// name that starts at s[i], or 0.
func namesNoOne(s string, i int) int {
	if !voiceStarts.may(s, i) {
		return 0
	}
	for _, p := range platformsBy[s[i]] {
		if strings.HasPrefix(s[i:], p) {
			return len(p)
		}
	}
	for _, w := range systemNamesBy[s[i]] {
		if strings.HasPrefix(s[i:], w) && !nearAny(s, w, i, i+len(w), nearLists().ownVoice) {
			return len(w)
		}
	}
	return 0
}

// platformsBy and systemNamesBy are Platforms and the system names by
// their first byte, in list order (made once: SystemVoice reads a page's
// whole text).
var platformsBy, systemNamesBy = byFirstByte(Platforms), byFirstByte(systemNames)

// voiceStarts tells, from its first two bytes and the prefix every word
// with that first byte shares, that no platform phrase or system name
// starts at s[i]: most bytes of a page ("w" of "with", "o" of "one") are
// turned away without comparing words (SystemVoice reads every byte).
var voiceStarts = newStarts(Platforms, systemNames)

type starts struct {
	pair  [256][4]uint64 // bit s[i+1] of pair[s[i]]: a word starts with the two bytes
	short [256]bool      // a one-byte word starts with the byte: no test of the second
	lcp   [256]string    // the prefix the words starting with the byte share
	any   [256]bool
}

func newStarts(lists ...[]string) *starts {
	t := &starts{}
	for _, l := range lists {
		for _, w := range l {
			if w == "" {
				continue
			}
			b := w[0]
			if !t.any[b] {
				t.any[b], t.lcp[b] = true, w
			}
			t.lcp[b] = commonPrefix(t.lcp[b], w)
			if len(w) < 2 {
				t.short[b] = true
			} else {
				t.pair[b][w[1]>>6] |= 1 << (w[1] & 63)
			}
		}
	}
	return t
}

func commonPrefix(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return a[:n]
}

// may says whether a word of the lists may start at s[i].
func (t *starts) may(s string, i int) bool {
	b := s[i]
	if !t.any[b] {
		return false
	}
	if !t.short[b] && (i+1 >= len(s) || t.pair[b][s[i+1]>>6]&(1<<(s[i+1]&63)) == 0) {
		return false
	}
	return strings.HasPrefix(s[i:], t.lcp[b])
}

func byFirstByte(words []string) *[256][]string {
	var t [256][]string
	for _, w := range words {
		t[w[0]] = append(t[w[0]], w)
	}
	return &t
}
