package facts

import (
	"net/url"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/brands"
	"github.com/alertguard/alertguard/internal/judging/page"
)

// pathOnce is what the facts read as the path before readURL: its own parse.
func pathOnce(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	p, err := url.PathUnescape(u.Path)
	if err != nil {
		return u.Path
	}
	return p
}

var urlSeeds = []string{
	"https://example.com/alert/win/?phone=0120-000-000&n1=1#call",
	" https://Example.COM/a%20b ",
	"http://[::1]:8080/x%zz?q=%zz",
	"HTTPS://SUPPORT.Microsoft.com/call/1-800-555-0199/?a=1&b=2&c=3&d=4&e=5&f=6&g=7",
	"not a url",
	"\thttp://x.test/\n",
	"http://x.test/%E3%81%82?%",
	"",
	"://bad",
}

// readURL answers what the three separate parses answered.
func FuzzReadURL(f *testing.F) {
	for _, s := range urlSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		host, query, path := readURL(raw)
		if want := brands.Host(raw); host != want {
			t.Errorf("host of %q = %q, brands.Host %q", raw, host, want)
		}
		if want := page.QueryText(raw); query != want {
			t.Errorf("query of %q = %q, page.QueryText %q", raw, query, want)
		}
		if want := pathOnce(raw); path != want {
			t.Errorf("path of %q = %q, want %q", raw, path, want)
		}
	})
}
