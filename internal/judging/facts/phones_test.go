package facts

import (
	"testing"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// TestAddressPhones: a number in the address counts where a kit puts it —
// a query value, or a path segment written to be dialled — and a bare run
// of digits in the path is an id, not a number.
func TestAddressPhones(t *testing.T) {
	tests := []struct {
		url  string
		want int
	}{
		{"https://www.pixiv.net/artworks/128445120", 0},
		{"https://shop.example.jp/item/4901234567890/", 0},
		{"https://x.example.top/win/?phone=0120-000-123", 1},
		{"https://x.example.top/?ph=18005550199", 1},
		{"https://x.example.top/call/1-800-555-0199/", 1},
		{"https://x.example.top/support/(800)%20555-0199", 1},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			f := Build(&snapshot.Snapshot{URL: tt.url, HTML: `<p>x</p>`})
			if len(f.Phones) != tt.want {
				t.Errorf("%d numbers %v, want %d", len(f.Phones), f.Phones, tt.want)
			}
		})
	}
}

// TestPlaceholderPhones: a field's placeholder is an example of what to
// type, never a number to call; the same digits in the page's text are.
func TestPlaceholderPhones(t *testing.T) {
	for _, tt := range []struct {
		html string
		want int
	}{
		{`<form><input name=tel placeholder="09000000000"><input name=card placeholder="1234 5678 9012 3456"></form>`, 0},
		{`<p>お問い合わせ 0120-941-234</p><input name=tel placeholder="09012345678">`, 1},
		{`<img alt="0120-941-234">`, 1},
	} {
		s := &snapshot.Snapshot{URL: "https://x.example.jp/", HTML: tt.html, Lang: "ja"}
		s.Bound()
		if f := Build(s); len(f.Phones) != tt.want {
			t.Errorf("%s: %d numbers %v, want %d", tt.html, len(f.Phones), f.Phones, tt.want)
		}
	}
}
