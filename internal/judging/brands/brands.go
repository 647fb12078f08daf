// Package brands tells whether a page speaks in the name of a brand that
// does not own the host it is served from.
package brands

import (
	"fmt"
	"net/url"
	"slices"
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
	{"github", []string{"github"}, []string{"github.com", "github.io"}},
	{"ntt", []string{"ntt", "docomo", "ドコモ", "フレッツ"}, []string{"ntt.co.jp", "ntt-west.co.jp", "ntt-east.co.jp", "flets-w.com", "flets.com", "docomo.ne.jp", "nttdocomo.co.jp", "ntt.com"}},
	{"amazon", []string{"amazon", "アマゾン"}, []string{"amazon.com", "amazon.co.jp"}},
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
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// Named returns the brands named in folded text that do not own host.
func Named(text, host string) []string {
	var out []string
	var found []bool // every catalog word, found in one pass, when first needed
	i := 0           // the position of b's first word in the catalog's list
	for _, b := range Catalog {
		first := i
		i += len(b.Words)
		if b.Owns(host) {
			continue
		}
		if found == nil {
			found = catalogWords().In(text)
		}
		if slices.Contains(found[first:i], true) {
			out = append(out, b.Name)
		}
	}
	return out
}

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
