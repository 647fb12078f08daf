package brands

import (
	"strings"

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

// Near is how far (bytes of folded text) a qualifier may sit from a Plain
// word: a few words either side, as in a heading or a logo line.
const Near = 40

// Plain maps each ambiguous word of the Catalog to its brand's co-terms
// (folded; matched as words, by textnorm.ContainsWord). A co-term may hold
// the word itself ("windows 11"): the window around the word is searched.
var Plain = map[string][]string{
	"windows":  microsoftTerms,
	"ウィンドウズ":   microsoftTerms,
	"ウインドウズ":   microsoftTerms,
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
	terms, ok := Plain[word]
	if !ok {
		return true
	}
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
	for _, list := range [][]string{terms, Voice} {
		for _, t := range list {
			// a word is not its own co-term ("defender" among Microsoft's)
			if t != word && textnorm.ContainsWord(near, t) {
				return true
			}
		}
	}
	return false
}

func alnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
