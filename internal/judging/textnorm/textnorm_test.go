package textnorm

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"０１２０－９４－１２３４", "0120-94-1234"},
		{"０５０ー１２３４ー５６７８", "050-1234-5678"},
		{"ＷＩＮＤＯＷＳ  Defender", "windows defender"},
		{"サポートセンター", "サポートセンター"},
		{"  a\n\t b\u00a0c ", "a b c"},
		{"ｳｲﾙｽ", "ウイルス"},
		{"1–800—555", "1-800-555"},
		// zero-width characters are drawn as nothing: the letters join
		{"マ\u200bイ\u200bク\u200bロ\u200bソ\u200bフ\u200bト", "マイクロソフト"},
		{"0\u200b5\u200b0\u200b-\u200b1234", "050-1234"},
		{"Mi\u200ccro\u200dsoft\u2060 De\ufefffen\u00adder", "microsoft defender"},
		{"a \u200b b", "a b"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// dashReplacer is how dashes were folded: a pass of its own.
var dashReplacer = strings.NewReplacer(
	"‐", "-", "‑", "-", "‒", "-", "–", "-", "—", "-", "―", "-", "−", "-", "﹣", "-", "－", "-",
)

// slowFold is Fold without its shortcuts: the shortcuts must not change
// a single result.
func slowFold(s string) string {
	s = norm.NFKC.String(s)
	s = dashReplacer.Replace(s)
	s = slowKatakanaDash(s)
	s = strings.ToLower(s)
	return collapseSpace(s)
}

// collapseSpace is the white-space half of lowerCollapse as it was written
// before lowering joined it, kept as the reference.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if zeroWidth(r) {
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func FuzzFoldShortcuts(f *testing.F) {
	for _, s := range []string{"Call NOW  1-800\t555", "０１２０－９４", "a–b", "ｳｲﾙｽ ー 1ー2", "1ーー2ー3ー", "\xe3\x83ー1ー\xd9\xa0ー٠", "plain ascii\n", "ÄÖ \xff\xfe ǅ İ", " \u200b\u00a0X\u3000Ｙ ", "a\x00B\x01\x7f C\vd", "Ａあ　漢Bｶ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), slowFold(s); got != want {
			t.Fatalf("Fold(%q) = %q, without shortcuts %q", s, got, want)
		}
	})
}

// slowKatakanaDash is foldKatakanaDash as first written, kept as the
// reference: every rune decoded, the text always copied.
func slowKatakanaDash(s string) string {
	if !strings.ContainsRune(s, 'ー') {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		if r == 'ー' && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) {
			rs[i] = '-'
		}
	}
	return string(rs)
}

func TestCaselessRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if caseless(r) && (unicode.IsSpace(r) || unicode.ToLower(r) != r || zeroWidth(r) || r == '\u00a0') {
			t.Errorf("%U is taken as caseless but is space or has a lower case", r)
		}
	}
}

// TestStableRunes: every rune nfkc copies without the normaliser is one
// NFKC keeps and that never joins what comes before it.
func TestStableRunes(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !stable(r) {
			continue
		}
		n++
		s := string(r)
		p := norm.NFKC.PropertiesString(s)
		if norm.NFKC.String(s) != s || !p.BoundaryBefore() || p.CCC() != 0 {
			t.Fatalf("%U is not stable under NFKC", r)
		}
	}
	if n < 20000 {
		t.Fatalf("only %d stable runes", n)
	}
}

func TestNFKCAsTheNormaliser(t *testing.T) {
	for _, s := range []string{
		"", "abc", "お使いのパソコン", "０１２０ー１２３", "か\u3099", "ｶﾞｲﾄﾞ", "ﾊﾟｿｺﾝ が 感染", "Ａ　Ｂ", "e\u0301", "漢字\u3099x", "㍻①", "\xff\xfeか",
	} {
		if got, want := nfkc(s), norm.NFKC.String(s); got != want {
			t.Errorf("nfkc(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNFKCAsTheNormaliser(f *testing.F) {
	for _, s := range []string{"お使いのパソコン", "か\u3099ｶﾞ", "Ａ１　x", "e\u0301漢",
		"abcdefghijklmnop\u0301qrstuvwxyz0123456\u0301 é", "0123456789abcdef（ｘ）ghijklmnopqrstuvwx\u3000"} { // runs of ASCII read eight bytes at a time

		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := nfkc(s), norm.NFKC.String(s); got != want {
			t.Fatalf("nfkc(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestWideASCIIAsTheNormaliser: every full-width form and the ideographic
// space, which nfkc writes without the normaliser, comes out as the
// normaliser makes it, between the neighbours nfkc gives it (ASCII, kana,
// ideographs, the start and end) and before a combining mark, which
// nfkc leaves to the normaliser.
func TestWideASCIIAsTheNormaliser(t *testing.T) {
	runes := []rune{'\u3000'}
	for r := rune(0xFF00); r <= 0xFF60; r++ {
		runes = append(runes, r)
	}
	for _, r := range runes {
		for _, around := range [][2]string{{"", ""}, {"a", "b"}, {"か", "。"}, {"漢", "字"}, {"1", "2"}, {"x", "\u0301"}, {"e", "\u3099y"}} {
			s := around[0] + string(r) + around[1]
			if got, want := nfkc(s), norm.NFKC.String(s); got != want {
				t.Errorf("nfkc(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
