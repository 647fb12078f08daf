package brands

import (
	"slices"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
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
				if strings.HasPrefix(s[i:], w) && !nearAnyWords(s, w, i, i+len(w), systemOwnVoice) {
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

// nearAnyWords is nearAny reading the window with ContainsWord word by
// word, as it did before nearList.
func nearAnyWords(text, word string, start, end int, lists ...[]string) bool {
	ls := make([]*nearList, len(lists))
	for i, l := range lists {
		ls[i] = &nearList{words: l} // no automaton: word by word
	}
	return nearAny(text, word, start, end, ls...)
}

// FuzzNearAny holds nearAny's automata to ContainsWord word by word, for
// Qualified's lists (each Plain word's terms and Voice) and SystemVoice's.
func FuzzNearAny(f *testing.F) {
	for _, s := range []string{"microsoft support", "windows defender alert", "apple id account locked", "amazon prime",
		"norton security warning", "supportsupport windows", "windows\nsupport", "ウィンドウズ サポート 警告", "chrome アップデート"} {
		f.Add(s, uint8(0), uint8(3))
	}
	words := make([]string, 0, len(Plain))
	for w := range Plain {
		words = append(words, w)
	}
	slices.Sort(words)
	f.Fuzz(func(t *testing.T, s string, wi, at uint8) {
		w := words[int(wi)%len(words)]
		i := int(at) % (len(s) + 1)
		text := s[:i] + w + s[i:]
		lists := [][]string{Plain[w], Voice}
		if systemName[w] {
			lists = lists[:1]
			if got, want := nearAny(text, w, i, i+len(w), nearLists().ownVoice), nearAnyWords(text, w, i, i+len(w), systemOwnVoice); got != want {
				t.Errorf("nearAny(%q, %q, own voice) = %v, want %v", text, w, got, want)
			}
		}
		got := Qualified(text, w, i, i+len(w))
		want := !inPlatform(text, i, i+len(w)) && nearAnyWords(text, w, i, i+len(w), lists...)
		if got != want {
			t.Errorf("Qualified(%q, %q) = %v, want %v", text, w, got, want)
		}
	})
}

// FuzzNamedInPrefix holds NamedInPrefix, from a read of more text, to
// Named over the prefix alone (Facts.Claimed is read that way).
func FuzzNamedInPrefix(f *testing.F) {
	for _, s := range []string{"microsoft support", "apple id", "windows defender alert", "amazon", "norton security"} {
		f.Add(s, "support windows microsoft", "example.com")
	}
	f.Add("microsoft", "", "microsoft.com")
	f.Add("", "apple", "x.example")
	union := textnorm.NewUnion([]string{"support", "alert"}, Words())
	f.Fuzz(func(t *testing.T, prefix, rest, host string) {
		if strings.Contains(prefix, "\n") {
			return // Facts' prefix is Headings and Labels, and the join puts '\n' after it; the prefix may hold '\n's, tried below
		}
		for _, p := range []string{prefix, prefix + "\n" + rest} {
			text := p + "\n" + rest
			got := NamedInPrefix(union.Read(text), 1, len(p), host)
			if want := Named(p, host); !slices.Equal(got, want) {
				t.Errorf("NamedInPrefix(%q, %d) = %q, Named(%q) %q", text, len(p), got, p, want)
			}
		}
	})
}
