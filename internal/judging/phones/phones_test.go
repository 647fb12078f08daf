package phones

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name, text, lang string
		want             []string // e164, or display when invalid
		wantType         string   // type of the first number
	}{
		{"jp free dial full width", "今すぐお電話ください ０１２０－９４１－２３４", "ja", []string{"+81120941234"}, "toll-free"},
		{"jp ip phone", "サポート 050-1234-5678", "ja", []string{"+815012345678"}, "voip"},
		{"us toll free", "Call Microsoft +1-855-695-0048 (Toll Free)", "en", []string{"+18556950048"}, "toll-free"},
		{"us 1-8xx national", "call 1-844-555-0199 now", "en", []string{"+18445550199"}, ""},
		{"fr fixed", "Appelez immédiatement au : 01 76 36 31 88", "fr", []string{"+33176363188"}, "fixed"},
		{"gb", "ring 0800 123 4567", "en-gb", []string{"+448001234567"}, "toll-free"},
		{"de international", "Rufen Sie +49 30 12345678 an", "de", []string{"+493012345678"}, ""},
		{"au", "call 1800 123 456", "en-au", []string{"+611800123456"}, "toll-free"},
		{"dates and ips are not phones", "2026-07-09 15:42 ip 192.168.100.200 id 123456789012", "en", nil, ""},
		{"invalid kept as display", "call 0101-501-501-3862", "ja", []string{"0101-501-501-3862"}, "unknown"},
		{"trailing group dropped", "Appelez au : 01 76 36 31 88 (24h/24 7j/7)", "fr", []string{"+33176363188"}, "fixed"},
		{"trailing group dropped, international", "call +1-855-695-0048 (24", "en", []string{"+18556950048"}, "toll-free"},
		{"a month list is no phone", "有効期限 月 -- 01 02 03 04 05 06 07 08 09 10 11 12 年 -- 25 26 27 28 29 30", "ja", nil, ""},
		{"a month list is no phone, en", "Expiry month 08 09 10 11 12", "en", nil, ""},
		{"a number beside a month list stays", "Expiry 01 02 03 help 0120-941-234", "ja", []string{"+81120941234"}, ""},
		{"dedup", "0120-941-234 / ０１２０－９４１－２３４", "ja", []string{"+81120941234"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(textnorm.Fold(tt.text), tt.lang, "")
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %v", got, tt.want)
			}
			for i, n := range got {
				id := n.E164
				if id == "" {
					id = n.Display
				}
				if id != tt.want[i] {
					t.Errorf("number %d = %q, want %q", i, id, tt.want[i])
				}
			}
			if tt.wantType != "" && got[0].Type != tt.wantType {
				t.Errorf("type = %q, want %q", got[0].Type, tt.wantType)
			}
		})
	}
}

func TestFindBounded(t *testing.T) {
	text := ""
	for i := 0; i < 5000; i++ {
		text += "tel 0120-941-234 "
	}
	if got := Find(text, "ja", ""); len(got) > MaxNumbers {
		t.Fatalf("%d numbers", len(got))
	}
}

func FuzzFind(f *testing.F) {
	f.Add("call 0120-941-234 now", "ja", "x.example.jp")
	f.Add("+1 (855) 695-0048 (24", "en", "")
	f.Fuzz(func(t *testing.T, text, lang, host string) {
		got := Find(text, lang, host)
		if len(got) > MaxNumbers {
			t.Fatalf("%d numbers", len(got))
		}
		for _, n := range got {
			if !strings.Contains(text, n.Display) {
				t.Fatalf("display %q not in the text", n.Display)
			}
		}
	})
}

// notPhones are strings that must never come out as a number to call:
// addresses, versions, dates, prices, order numbers and vulnerability ids.
func notPhones() []string {
	return []string{
		"178.16.53.70", "45.61.136.12", "10.0.0.1", "255.255.255.255",
		"120.0.6099.109", "v2.31.4", "10.0.19045.3693", "1.2.3.4567",
		"2026-07-09", "2024/03/15", "15.03.2024", "03-15-2024", "2026-07-09 15:42",
		"$1,299.99", "¥98,000", "98,000円", "€1 234,56", "1234567890円",
		"order 1234-5678-9012", "注文番号 1234-5678-9012", "invoice #5012345678", "tracking 9400 1000 0000 0000 0000 00",
		"ip 192.168.100.200", "id 123456789012", "build 22631.2861", "serial 5CD1234XYZ 2023-11-02",
		"CVE-2026-47821", "cve-2024-123456", "CVE 2023-44487",
	}
}

// contexts put a non-phone next to words and real numbers.
var contexts = [][2]string{
	{"", ""}, {"C2 server ", " port 443"}, {"call ", " now"}, {"電話 ", " まで"}, {"IP: ", "\n"},
	{"seen at ", " and 0120-941-234"}, {"0120-941-234 ", " "}, {"(", ")"}, {"price ", " total"}, {"tel ", " "},
}

// TestNotPhonesProperty: for every non-phone in every context, no number
// found covers any of its digits, and the real number next to it (when
// there is one) is still found.
func TestNotPhonesProperty(t *testing.T) {
	for _, np := range notPhones() {
		for _, c := range contexts {
			text := textnorm.Fold(c[0] + np + c[1])
			bad := textnorm.Fold(np)
			for _, n := range Find(text, "ja", "") {
				if overlaps(text, n.Display, bad) {
					t.Errorf("%q: reported %q (from %q)", text, n.Display, np)
				}
			}
			if strings.Contains(c[0]+c[1], "0120-941-234") && !hasE164(Find(text, "ja", ""), "+81120941234") {
				t.Errorf("%q: the real number next to %q was lost", text, np)
			}
		}
	}
}

func hasE164(ns []Number, e string) bool {
	for _, n := range ns {
		if n.E164 == e {
			return true
		}
	}
	return false
}

// overlaps says whether display, where it sits in text, shares a digit
// with bad.
func overlaps(text, display, bad string) bool {
	i, j := strings.Index(text, display), strings.Index(text, bad)
	if i < 0 || j < 0 {
		return false
	}
	for k := max(i, j); k < min(i+len(display), j+len(bad)); k++ {
		if isDigit(text[k]) {
			return true
		}
	}
	return false
}

// FuzzNotPhones: whatever surrounds an IPv4 address, no reported number
// takes digits from it.
func FuzzNotPhones(f *testing.F) {
	f.Add("call ", byte(178), byte(16), byte(53), byte(70), " 0120-941-234")
	f.Add("", byte(10), byte(0), byte(0), byte(1), "")
	f.Fuzz(func(t *testing.T, before string, a, b, c, d byte, after string) {
		ip := strings.Join([]string{itoa(a), itoa(b), itoa(c), itoa(d)}, ".")
		text := textnorm.Fold(before) + " " + ip + " " + textnorm.Fold(after)
		for _, n := range Find(text, "en", "") {
			at := strings.Index(text, " "+ip+" ") + 1
			i := strings.Index(text, n.Display)
			if i >= 0 && i < at+len(ip) && at < i+len(n.Display) && strings.Count(text, n.Display) == 1 {
				t.Fatalf("%q: reported %q over the address %s", text, n.Display, ip)
			}
		}
	})
}

func itoa(b byte) string {
	return strconv.Itoa(int(b))
}

// FuzzEarlyDrop: the pieces Find can keep (nine digits or more) are the
// same with and without the early drop.
func FuzzEarlyDrop(f *testing.F) {
	for _, s := range []string{"call 0120-941-234 now", "2024 12.5.2024 1-800-555-0199", "ip 178.16.53.70 0120 941 234", "¥12,000 (03) 5978 7509"} {
		f.Add(s)
	}
	keep := func(text string, locs [][2]int) [][2]int {
		var out [][2]int
		for _, l := range locs {
			if countDigits(text[l[0]:l[1]]) >= 9 {
				out = append(out, l)
			}
		}
		return out
	}
	f.Fuzz(func(t *testing.T, text string) {
		locs := candidates(text)
		if got, want := keep(text, splitCandidates(text, locs)), keep(text, split(text, locs, false)); !slices.Equal(got, want) {
			t.Fatalf("%q: %v, without the early drop %v", text, got, want)
		}
	})
}

// aroundByRunes is around as it was: the text before and after as runes.
func aroundByRunes(text string, start, end int) string {
	rs := []rune(text[:start])
	lo := max(len(rs)-ContextRunes, 0)
	after := []rune(text[end:])
	hi := min(ContextRunes, len(after))
	return string(rs[lo:]) + " " + text[start:end] + " " + string(after[:hi])
}

func FuzzAround(f *testing.F) {
	f.Add("お電話は 0120-941-234 まで、今すぐ", 13, 25)
	f.Add("\xff\xfe 03 5978 7509 \xe3\x81", 3, 15)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if start < 0 || end < start || end > len(text) {
			return
		}
		if got, want := around(text, start, end), aroundByRunes(text, start, end); got != want {
			t.Fatalf("around(%q, %d, %d) = %q, want %q", text, start, end, got, want)
		}
	})
}
