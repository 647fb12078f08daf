package signature

import (
	"testing"

	"github.com/alertguard/alertguard/internal/judging/facts"
)

// TestAPIsMatchCountsDistinctWays: each name counts once, whether the
// scripts call it or the browser saw it, however often.
func TestAPIsMatchCountsDistinctWays(t *testing.T) {
	m := &APIsMatch{Min: 2, Names: []string{"beforeunload", "history", "dialog"}}
	tests := []struct {
		name   string
		apis   map[string]int
		events map[string]facts.Event
		want   bool
	}{
		{"two called", map[string]int{"beforeunload": 1, "history": 1}, nil, true},
		{"one called often", map[string]int{"history": 40}, nil, false},
		{"one called, one seen", map[string]int{"dialog": 1}, map[string]facts.Event{"history": {Count: 3}}, true},
		{"the same one called and seen", map[string]int{"dialog": 1}, map[string]facts.Event{"dialog": {Count: 1}}, false},
		{"others", map[string]int{"fullscreen": 1, "print": 1}, nil, false},
		{"none", nil, nil, false},
	}
	for _, tt := range tests {
		f := &facts.Facts{APIs: tt.apis, Events: tt.events}
		if got := m.match(f, nil, nil); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}
