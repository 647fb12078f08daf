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
