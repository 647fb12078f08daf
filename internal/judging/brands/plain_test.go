package brands

import (
	"strings"
	"testing"
)

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

// systemVoiceAll is SystemVoice comparing every word at every byte, as it
// did before voiceStarts.
func systemVoiceAll(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		n := 0
		for _, p := range Platforms {
			if strings.HasPrefix(s[i:], p) {
				n = len(p)
				break
			}
		}
		if n == 0 {
			for _, w := range systemNames {
				if strings.HasPrefix(s[i:], w) && !nearAny(s, w, i, i+len(w), systemOwnVoice) {
					n = len(w)
					break
				}
			}
		}
		if n == 0 {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteByte(' ')
		last, i = i+n, i+n-1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// TestVoiceStarts: every word passes the filter where it starts, alone and
// followed by text.
func TestVoiceStarts(t *testing.T) {
	for _, l := range [][]string{Platforms, systemNames} {
		for _, w := range l {
			for _, s := range []string{w, "x " + w + " y"} {
				if i := strings.Index(s, w); !voiceStarts.may(s, i) {
					t.Errorf("voiceStarts turns %q away in %q", w, s)
				}
			}
		}
	}
}

// FuzzSystemVoiceFilter holds SystemVoice to comparing every word at every byte.
func FuzzSystemVoiceFilter(f *testing.F) {
	for _, s := range []string{"showing downloads for microsoft windows", "vlc for windows and mac", "(windows/mac) für windows para windows", "youtube embed, vimeo and youtube", "ウィンドウズ ウインドウズ mac os", "w", "windows defender", "f", "pour windows", "a para windows b", "für windows für mac", "youtube"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := SystemVoice(s), systemVoiceAll(s); got != want {
			t.Errorf("SystemVoice(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestVoiceCores: every platform phrase and system name holds a core, so
// SystemVoice's shortcut is on (a word added without one turns it off).
func TestVoiceCores(t *testing.T) {
	if voiceLead < 0 {
		t.Fatalf("a platform phrase or system name holds none of %q", voiceCores)
	}
	for _, s := range []string{"", "no names here", "para windows", "xx pour windows", "mac", "ma", "ウインドウ"} {
		if got, want := SystemVoice(s), systemVoiceAll(s); got != want {
			t.Errorf("SystemVoice(%q) = %q, want %q", s, got, want)
		}
	}
}
