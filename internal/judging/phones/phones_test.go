package phones

import (
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
