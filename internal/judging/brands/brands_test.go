package brands

import (
	"reflect"
	"testing"
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
