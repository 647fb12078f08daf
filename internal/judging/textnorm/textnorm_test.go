package textnorm

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"０１２０－９４－１２３４", "0120-94-1234"},
		{"０５０ー１２３４ー５６７８", "050-1234-5678"},
		{"ＷＩＮＤＯＷＳ  Defender", "windows defender"},
		{"サポートセンター", "サポートセンター"},
		{"  a\n\t b\u00a0c ", "a b c"},
		{"ｳｲﾙｽ", "ウイルス"},
		{"1–800—555", "1-800-555"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
