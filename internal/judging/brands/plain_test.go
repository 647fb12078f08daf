package brands

import "testing"

func TestSystemVoice(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"showing downloads for microsoft windows", "showing downloads for microsoft  "},
		{"windows セキュリティ 警告", "windows セキュリティ 警告"},
		{"vlc for windows and mac", "vlc   and mac"},
		{"windows 11 キッティング手順", "  11 キッティング手順"},
		{"windows defender has blocked your pc", "windows defender has blocked your pc"},
	} {
		if got := SystemVoice(c.in); got != c.want {
			t.Errorf("SystemVoice(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
