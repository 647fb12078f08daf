package features

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var windowRules = map[string]*windowRule{"errorCode": errorCode, "threatCount": threatCount, "amountDue": amountDue, "scriptDownload": scriptDownload}

// FuzzWindowRuleMay: every text a rule's regexp matches passes its may,
// so skipping the windows that fail it changes no result.
func FuzzWindowRuleMay(f *testing.F) {
	for _, s := range []string{
		"error code: 0x80070005", "エラー番号 #DW6VB36", "fehler: abc-12", "#abc1234 ", "0xdeadbeef",
		"(3) 件の脅威", "12 threats found", "98,000円 支払期限 3日以内", "本日中に ¥50,000", `href="setup-update.exe"`, `'a.xapk'`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, r := range windowRules {
			if r.re.MatchString(s) && !r.may(s) {
				t.Fatalf("%s matches %q, which its may refuses", name, s)
			}
		}
	})
}

func TestWindowRuleFinds(t *testing.T) {
	for _, tt := range []struct {
		rule *windowRule
		text string
		want string
	}{
		{errorCode, "a serious error code: dw6vb36 was found", "error code: dw6vb36"},
		{threatCount, "we found 5 threats on your pc", "5 threats"},
		{amountDue, "ご利用料金 98,000円 を3日以内に", "98,000円 を3日以内"},
		{scriptDownload, `location.href = "https://x.example/update.exe";`, `"https://x.example/update.exe"`},
		{threatCount, "no threats found", ""},
		{threatCount, "放置すると問題が 5 件あります", "問題が 5 件"},
		{threatCount, "問題が解決しない場合は 3 件目の", ""},
	} {
		got := tt.rule.find(tt.text)
		if (tt.want == "") != (len(got) == 0) || len(got) > 0 && got[0] != tt.want {
			t.Errorf("find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// FuzzAddresses holds addresses to the unanchored expression it replaced.
func FuzzAddresses(f *testing.F) {
	unanchored := regexp.MustCompile(`(?:https?://|www\.)[a-z0-9.-]+\.[a-z]{2,}`)
	for _, s := range []string{"https://www.microsoft.com/ja-jp", "www.a.co www.b.jp", "httphttp://x.com", "http://x.c https://y.org", "wwww.www.q.de"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := addresses(s, 20), unanchored.FindAllString(s, 20); !slices.Equal(got, want) {
			t.Fatalf("addresses(%q) = %q, the expression %q", s, got, want)
		}
	})
}

// Every chrome name holds a stem and no space: chromeName's shortcut and
// the separate class and id checks depend on it.
func TestChromeStems(t *testing.T) {
	for _, k := range chromeNames {
		if strings.Contains(k, " ") || !slices.ContainsFunc(chromeStems, func(s string) bool { return strings.Contains(k, s) }) {
			t.Errorf("chrome name %q holds a space or no stem", k)
		}
	}
}

// FuzzChromeStem holds the stem test to lowering and searching.
func FuzzChromeStem(f *testing.F) {
	for _, s := range []string{"Address-Bar", "omniBOX", "x-fake", "FA\u212aE", "WINDOWS", "menü", "nothing"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := strings.ToLower(s)
		want := slices.ContainsFunc(chromeStems, func(k string) bool { return strings.Contains(c, k) })
		if got := hasChromeStem(s); got != want {
			t.Fatalf("hasChromeStem(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzHostNeedsSlashes: a link url.Parse finds a host in holds "//".
func FuzzHostNeedsSlashes(f *testing.F) {
	for _, s := range []string{"https://x.example/a", "//cdn.example/x.js", "/path", "mailto:a@b", "http:x.example", "a?b=//c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, href string) {
		if u, err := url.Parse(href); err == nil && u.Host != "" && !strings.Contains(href, "//") {
			t.Fatalf("%q has host %q without //", href, u.Host)
		}
	})
}

// FuzzFindAtPlaces: a rule given every place of its needles, or finding
// them in one pass, finds what it finds by searching for each needle.
func FuzzFindAtPlaces(f *testing.F) {
	f.Add("error code: 0x80070005 エラー番号 #DW6VB36 and 5 threats, 3 viruses")
	f.Add("0x0x0x12345678 errorerror: ab-12")
	f.Add(`var u = "https://x.example/setup.exe"; get('a.zip'); ".msi.msi" 'b.ps1'`)
	f.Fuzz(func(t *testing.T, text string) {
		places := func(n string) []int {
			var out []int
			for i := 0; i+len(n) <= len(text); i++ {
				if text[i:i+len(n)] == n {
					out = append(out, i)
				}
			}
			return out
		}
		for name, r := range windowRules {
			want := r.findAt(text, nil)
			if got := r.findAt(text, places); !slices.Equal(got, want) {
				t.Fatalf("%s in %q: %q, searching %q", name, text, got, want)
			}
			if got := r.find(text); !slices.Equal(got, want) {
				t.Fatalf("%s in %q: find %q, searching %q", name, text, got, want)
			}
		}
	})
}

// FuzzFirstAtStarts: trying the anchored expression where a rule says a
// match can start finds the leftmost match FindString finds.
func FuzzFirstAtStarts(f *testing.F) {
	for _, s := range []string{"error code: 0x80070005", "エラー番号 #DW6VB36", "(3) 件の脅威", "12 threats", "98,000円 支払期限 3日以内", "本日中に ¥50,000", `x "setup.exe" y`, "((12)) virus 0x0x12345678"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for name, r := range windowRules {
			if got, want := r.first(w), r.re.FindString(w); got != want {
				t.Fatalf("%s in %q: %q, FindString %q", name, w, got, want)
			}
		}
	})
}
