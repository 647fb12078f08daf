package brands

import (
	"reflect"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

func TestNamed(t *testing.T) {
	tests := []struct {
		text, url string
		want      []string
	}{
		{"windows defender security warning", "https://scan.example.com/", []string{"microsoft"}},
		{"windows defender security warning", "https://www.microsoft.com/x", nil},
		{"マカフィー セキュリティ", "https://www.mcafee.com/ja-jp/", nil},
		{"マカフィー セキュリティ", "https://mcafee-scan.example.io/", []string{"mcafee"}},
		{"steamed rice and attention", "https://a.example/", nil},
		{"フレッツ光 セキュリティ", "https://flets-w.com/opt/", nil},
		{"apple サポート", "https://official-support-jp.example.online/", []string{"apple"}},
	}
	for _, tt := range tests {
		if got := Named(tt.text, Host(tt.url)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Named(%q, %q) = %v, want %v", tt.text, tt.url, got, tt.want)
		}
	}
}

// namedOneByOne is Named as it was, one ContainsWord per catalog word: the
// one-pass Named must give the same brands in the same order.
func namedOneByOne(text, host string) []string {
	var out []string
	for _, b := range Catalog {
		if b.Owns(host) {
			continue
		}
		for _, w := range b.Words {
			if textnorm.ContainsWord(text, w) {
				out = append(out, b.Name)
				break
			}
		}
	}
	return out
}

func FuzzNamedOnePass(f *testing.F) {
	f.Add("windows defender and apple support, steamed ntt attention", "scan.example.com")
	f.Add("マカフィー ウイルスバスター microsoft 365 office 365", "www.microsoft.com")
	f.Add("avg antivirus avg internet security github.io", "github.io")
	f.Fuzz(func(t *testing.T, text, host string) {
		if got, want := Named(text, host), namedOneByOne(text, host); !reflect.DeepEqual(got, want) {
			t.Errorf("Named(%q, %q) = %v, one word at a time %v", text, host, got, want)
		}
	})
}

// FuzzOwners: the domain look-up answers as Owns does for every brand.
func FuzzOwners(f *testing.F) {
	for _, h := range []string{"", "microsoft.com", "support.microsoft.com", "microsoft.com.evil.example", "xmicrosoft.com", "a.b.apple.com", "apple.com.", "."} {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, host string) {
		own := owners(host)
		for i, b := range Catalog {
			if own[i] != b.Owns(host) {
				t.Fatalf("owners(%q)[%s] = %v, Owns says %v", host, b.Name, own[i], b.Owns(host))
			}
		}
	})
}

// FuzzOwnsDomain: the suffix test without concatenation answers as the
// expression it replaced.
func FuzzOwnsDomain(f *testing.F) {
	for _, c := range [][2]string{{"microsoft.com", "microsoft.com"}, {"www.microsoft.com", "microsoft.com"},
		{"evilmicrosoft.com", "microsoft.com"}, {".com", "com"}, {"", ""}, {"a.", ""}, {"x.apple.com", "le.com"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, host, d string) {
		if got, want := ownsDomain(host, d), host == d || strings.HasSuffix(host, "."+d); got != want {
			t.Fatalf("ownsDomain(%q, %q) = %v, want %v", host, d, got, want)
		}
	})
}
