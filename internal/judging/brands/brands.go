// Package brands tells whether a page speaks in the name of a brand that
// does not own the host it is served from.
package brands

import (
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// Brand is a company or product that scams impersonate.
type Brand struct {
	Name    string   // stable id, e.g. "microsoft"
	Words   []string // folded words that name it
	Domains []string // registrable domains it owns
}

// Catalog lists the brands AlertGuard knows. Words are folded (lower case,
// NFKC), matched as substrings of folded text.
var Catalog = []Brand{
	{"microsoft", []string{"microsoft", "windows", "defender", "マイクロソフト", "ウィンドウズ", "ウインドウズ", "smartscreen", "outlook", "office 365", "microsoft 365"},
		[]string{"microsoft.com", "windows.com", "live.com", "office.com", "bing.com", "msn.com", "microsoftonline.com", "azure.com", "xbox.com", "skype.com", "windowsupdate.com", "microsoft365.com"}},
	{"apple", []string{"apple", "icloud", "macos", "mac os", "アップル", "iphone"}, []string{"apple.com", "icloud.com", "apple.co.jp"}},
	{"google", []string{"google", "chrome", "gmail", "グーグル", "youtube"}, []string{"google.com", "google.co.jp", "youtube.com", "chrome.com", "gmail.com", "gstatic.com", "android.com"}},
	{"mcafee", []string{"mcafee", "マカフィー"}, []string{"mcafee.com"}},
	{"norton", []string{"norton", "ノートン", "symantec"}, []string{"norton.com", "nortonlifelock.com", "gendigital.com", "symantec.com"}},
	{"trendmicro", []string{"trend micro", "trendmicro", "トレンドマイクロ", "ウイルスバスター", "virus buster"}, []string{"trendmicro.com", "trendmicro.co.jp"}},
	{"avast", []string{"avast", "アバスト"}, []string{"avast.com"}},
	{"avg", []string{"avg antivirus", "avg internet security"}, []string{"avg.com"}},
	{"kaspersky", []string{"kaspersky", "カスペルスキー"}, []string{"kaspersky.com", "kaspersky.co.jp"}},
	{"eset", []string{"eset"}, []string{"eset.com", "eset-smart-security.jp", "canon-its.jp"}},
	{"cloudflare", []string{"cloudflare"}, []string{"cloudflare.com"}},
	{"nvidia", []string{"nvidia", "geforce"}, []string{"nvidia.com"}},
	{"steam", []string{"steam"}, []string{"steampowered.com", "steamcommunity.com"}},
	{"github", []string{"github"}, []string{"github.com", "github.io", "githubstatus.com", "github.blog"}},
	{"ntt", []string{"ntt", "docomo", "ドコモ", "フレッツ"}, []string{"ntt.co.jp", "ntt-west.co.jp", "ntt-east.co.jp", "flets-w.com", "flets.com", "docomo.ne.jp", "nttdocomo.co.jp", "ntt.com", "ntt-finance.co.jp"}},
	{"amazon", []string{"amazon", "アマゾン"}, []string{"amazon.com", "amazon.co.jp", "aws", "chime.aws", "awsapps.com"}},
	// Carriers: a "missed delivery" page speaks in their name to push an
	// app (an APK) or a fee on a host they do not own.
	{"sagawa", []string{"佐川急便", "sagawa express"}, []string{"sagawa-exp.co.jp"}},
	{"yamato", []string{"ヤマト運輸", "クロネコヤマト", "yamato transport"}, []string{"kuronekoyamato.co.jp", "yamato-hd.co.jp"}},
	{"japanpost", []string{"日本郵便", "japan post"}, []string{"japanpost.jp"}},
	{"dhl", []string{"dhl express", "dhl paket"}, []string{"dhl.com", "dhl.de"}},
	{"fedex", []string{"fedex"}, []string{"fedex.com"}},
	{"usps", []string{"usps"}, []string{"usps.com"}},
	{"correos", []string{"correos"}, []string{"correos.es"}},
	// Card issuers, banks and payment services: a fraud notice speaks in
	// their name ("お客様のカードは停止されました") on a host they do not own.
	{"jcb", []string{"jcb", "myjcb", "ジェーシービー"}, []string{"jcb.co.jp", "jcb.jp", "myjcb.jp"}},
	{"smbc", []string{"三井住友カード", "三井住友銀行", "smbc", "vpass"}, []string{"smbc-card.com", "smbc.co.jp", "vpass.ne.jp"}},
	{"mufg", []string{"三菱ufj", "mufg"}, []string{"mufg.jp", "bk.mufg.jp"}},
	{"mizuho", []string{"みずほ銀行", "mizuho bank"}, []string{"mizuhobank.co.jp", "mizuho-fg.co.jp"}},
	{"japanpost-bank", []string{"ゆうちょ銀行", "ゆうちょ", "japan post bank"}, []string{"japanpost.jp"}},
	{"rakuten-card", []string{"楽天カード", "楽天銀行", "rakuten card", "rakuten bank"}, []string{"rakuten-card.co.jp", "rakuten-bank.co.jp", "rakuten.co.jp"}},
	// Public offices, broadcasters, carriers and shops whose name a
	// smishing page takes to ask for a card or a My Number (branch phish).
	{"rakuten", []string{"楽天市場", "楽天会員"}, []string{"rakuten.co.jp", "rakuten.net", "rakuten.com", "rakuten.ne.jp", "rakuten-card.co.jp", "rakuten-bank.co.jp"}},
	{"nta", []string{"国税庁", "e-tax"}, []string{"nta.go.jp"}},
	// NHK by its fee and its services only: its channels and its accounts
	// on other sites ("NHKニュース on X", "NHK総合" in a TV listing) are
	// named everywhere
	{"nhk", []string{"nhk受信料", "nhkプラス", "nhkオンデマンド", "日本放送協会"}, []string{"nhk.or.jp", "nhk.jp", "nhk-cs.jp"}},
	{"softbank", []string{"softbank", "ソフトバンク", "ワイモバイル", "y!mobile"}, []string{"softbank.jp", "softbank.co.jp", "ymobile.jp"}},
	{"kddi", []string{"kddi", "au pay", "au id", "auじぶん銀行"}, []string{"au.com", "kddi.com", "auone.jp", "jibunbank.co.jp"}},
	{"mercari", []string{"メルカリ", "mercari"}, []string{"mercari.com", "merpay.com"}},
	{"etc-meisai", []string{"etc利用照会"}, []string{"etc-meisai.jp"}},
	{"paypay", []string{"paypay"}, []string{"paypay.ne.jp", "paypay-bank.co.jp", "paypay-card.co.jp"}},
	{"resona", []string{"りそな銀行"}, []string{"resonabank.co.jp", "resona-gr.co.jp"}},
	{"saison", []string{"セゾンカード", "saison card"}, []string{"saisoncard.co.jp", "credit-saison.co.jp"}},
	{"aeon-card", []string{"イオンカード", "aeon card"}, []string{"aeon.co.jp"}},
	{"epos", []string{"エポスカード", "epos card"}, []string{"eposcard.co.jp"}},
	{"paypal", []string{"paypal"}, []string{"paypal.com", "paypal.me"}},
	{"visa", []string{"visa"}, []string{"visa.com", "visa.co.jp"}},
	{"mastercard", []string{"mastercard"}, []string{"mastercard.com", "mastercard.co.jp"}},
	{"amex", []string{"american express", "アメリカン・エキスプレス", "amex"}, []string{"americanexpress.com", "amex.co.jp"}},
	{"chase", []string{"jpmorgan chase", "chase bank"}, []string{"chase.com", "jpmorganchase.com"}},
	{"bank-of-america", []string{"bank of america"}, []string{"bankofamerica.com", "bofa.com"}},
	{"wells-fargo", []string{"wells fargo"}, []string{"wellsfargo.com"}},
	{"citi", []string{"citibank"}, []string{"citi.com", "citibank.com"}},
	{"capital-one", []string{"capital one"}, []string{"capitalone.com"}},
	{"hsbc", []string{"hsbc"}, []string{"hsbc.co.uk", "hsbc.com"}},
	{"barclays", []string{"barclays"}, []string{"barclays.co.uk", "barclays.com"}},
	{"sparkasse", []string{"sparkasse"}, []string{"sparkasse.de"}},
	{"deutsche-bank", []string{"deutsche bank"}, []string{"deutsche-bank.de", "db.com"}},
	{"bnp-paribas", []string{"bnp paribas"}, []string{"bnpparibas", "bnpparibas.com", "mabanque.bnpparibas"}},
	{"credit-agricole", []string{"crédit agricole", "credit agricole"}, []string{"credit-agricole.fr", "credit-agricole.com"}},
	{"banque-postale", []string{"la banque postale"}, []string{"labanquepostale.fr"}},
	{"santander", []string{"santander"}, []string{"santander.com", "santander.es", "santander.co.uk", "santander.de"}},
	{"bbva", []string{"bbva"}, []string{"bbva.es", "bbva.com"}},
}

// Host returns the lower-case host of a URL, without port.
func Host(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// Owns says whether host belongs to one of the brand's domains.
func (b Brand) Owns(host string) bool {
	for _, d := range b.Domains {
		if UnderDomain(host, d) {
			return true
		}
	}
	return false
}

// UnderDomain says whether host is d or a name under it (host == d or
// host ends in "."+d, without building that string: features ask it of
// every brand and listed site on every page).
func UnderDomain(host, d string) bool {
	n := len(host) - len(d)
	return strings.HasSuffix(host, d) && (n == 0 || n > 0 && host[n-1] == '.')
}

// Named returns the brands named in folded text that do not own host.
func Named(text, host string) []string {
	return named(text, host, func(fn func(id, start, end int)) { catalogWords().Each(text, fn) })
}

// NamedIn is Named for the text a textnorm.Union read, with the
// catalogue's words (Words) as list k: the text is not read again.
func NamedIn(r *textnorm.Read, k int, host string) []string {
	return named(r.Text(), host, func(fn func(id, start, end int)) { r.Each(k, fn) })
}

// NamedInPrefix is Named for the first n bytes of the text r read, from
// r: the matches that end within them (a word holds no '\n', and text[n]
// must be one, so these are the matches of text[:n] alone).
func NamedInPrefix(r *textnorm.Read, k, n int, host string) []string {
	return named(r.Text()[:n], host, func(fn func(id, start, end int)) {
		r.Each(k, func(id, start, end int) {
			if end <= n {
				fn(id, start, end)
			}
		})
	})
}

// Words is every word of the Catalog in order, brand after brand.
func Words() []string { return catalogWords().Words() }

// named lists the brands, in Catalog order, one of whose words occurs in
// text as a word (textnorm.WordAt) — a Plain word only where Qualified —
// and that do not own host. each gives every occurrence of the catalogue's
// words in text, by their place in Words.
func named(text, host string, each func(fn func(id, start, end int))) []string {
	words, brandOf := catalogWords().Words(), wordBrands()
	var own, hit []bool // made at the first word found: most texts name no brand
	if text != "" {
		each(func(id, start, end int) {
			if hit == nil {
				own, hit = owners(host), make([]bool, len(Catalog))
			}
			b := brandOf[id]
			if hit[b] || own[b] || !textnorm.WordAt(text, words[id], start) {
				return
			}
			hit[b] = Qualified(text, words[id], start, end)
		})
	}
	if hit == nil {
		return nil
	}
	var out []string
	for bi, b := range Catalog {
		if hit[bi] {
			out = append(out, b.Name)
		}
	}
	return out
}

// wordBrands maps each word of Words to its brand's place in the Catalog.
var wordBrands = sync.OnceValue(func() []int {
	var out []int
	for bi, b := range Catalog {
		for range b.Words {
			out = append(out, bi)
		}
	}
	return out
})

// owners says, per brand of the Catalog, whether it owns host, as Owns
// would: the host and each name after one of its dots are looked up among
// the brands' domains, instead of every domain tried against the host.
func owners(host string) []bool {
	own := make([]bool, len(Catalog))
	byDomain := domainOwners()
	for rest := host; ; {
		for _, bi := range byDomain[rest] {
			own[bi] = true
		}
		i := strings.IndexByte(rest, '.')
		if i < 0 {
			return own
		}
		rest = rest[i+1:]
	}
}

// domainOwners maps each domain of the Catalog to the brands that own it.
var domainOwners = sync.OnceValue(func() map[string][]int {
	m := map[string][]int{}
	for bi, b := range Catalog {
		for _, d := range b.Domains {
			m[d] = append(m[d], bi)
		}
	}
	return m
})

// catalogWords is every word of the Catalog in order, compiled once: one
// pass over a page instead of one per word. Named is asked five times a
// page, and the catalog is fixed data.
var catalogWords = sync.OnceValue(func() *textnorm.Words {
	var all []string
	for _, b := range Catalog {
		all = append(all, b.Words...)
	}
	w, err := textnorm.NewWords(all)
	if err != nil {
		panic(fmt.Sprintf("brands: compiling the catalog: %v", err)) // fixed data, proven by the tests
	}
	return w
})

// hostStemSkip are domain names of the catalogue that say nothing in
// another site's address: ordinary words, hosting services and stems
// too short to be a name.
var hostStemSkip = map[string]bool{"windows": true, "live": true, "office": true, "bing": true, "msn": true, "chrome": true,
	"android": true, "gstatic": true, "aws": true, "db": true, "chime": true, "awsapps": true, "ntt": true, "avg": true, "steampowered": false,
	"citi": true, "chase": true, "eset": true, "canon-its": true}

// hostTokenSkip are host labels under which anyone publishes whose names
// begin with a brand's (s3.amazonaws.com).
var hostTokenSkip = map[string]bool{"amazonaws": true, "googleapis": true, "googleusercontent": true, "azurewebsites": true, "windowsupdate": false}

// hostStems is each brand's names as an address spells them: its domains'
// first labels, by brand.
var hostStems = sync.OnceValue(func() [][]string {
	out := make([][]string, len(Catalog))
	for bi, b := range Catalog {
		for _, d := range b.Domains {
			stem, _, _ := strings.Cut(d, ".")
			if !hostStemSkip[stem] && len(stem) >= 3 {
				out[bi] = append(out[bi], stem)
			}
		}
	}
	return out
})

// InHost lists the brands whose name stands in host's labels while they
// do not own host: a look-alike address ("smbc-card.vpass-check.top",
// "rakuten-co-jp.example.cn", "amazon.co.jp.account-verify.xyz"). A stem
// matches as a whole hyphen- or dot-separated part of the host, or, from
// five letters, as the start of one ("applesupport").
func InHost(host string) []string {
	host = strings.ToLower(host)
	if host == "" {
		return nil
	}
	parts := strings.FieldsFunc(host, func(r rune) bool { return r == '.' || r == '-' })
	joined := "." + strings.Join(parts, ".") + "."
	own := owners(host)
	var out []string
	for bi, stems := range hostStems() {
		if own[bi] {
			continue
		}
		for _, s := range stems {
			if brandInParts(joined, parts, strings.ReplaceAll(s, "-", ".")) {
				out = append(out, Catalog[bi].Name)
				break
			}
		}
	}
	return out
}

func brandInParts(joined string, parts []string, stem string) bool {
	if strings.Contains(joined, "."+stem+".") {
		return true
	}
	if len(stem) < 5 || strings.Contains(stem, ".") {
		return false
	}
	for _, p := range parts {
		if strings.HasPrefix(p, stem) && !hostTokenSkip[p] {
			return true
		}
	}
	return false
}
