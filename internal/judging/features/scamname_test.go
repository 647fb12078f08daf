package features

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// scamNamedEachRune is scamNamed without its early answer: the word looked
// for at every rune.
func scamNamedEachRune(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		w := scamWordAt(s, i)
		if w == 0 {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		start := max(nameStart(s, i), last)
		b.WriteString(s[last:start])
		b.WriteByte(' ')
		last, i = i+w, i+w
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// FuzzScamNamedEarly: scamNamed's early answer for text holding no scam
// word is what reading every rune gives.
func FuzzScamNamedEarly(f *testing.F) {
	for _, s := range []string{"tech support scams", "マイクロソフトサポート詐欺に注意", "windows defender alert", "scamp", "a hoax.", "betrug!", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := scamNamed(s), scamNamedEachRune(s); got != want {
			t.Fatalf("scamNamed(%q) = %q, want %q", s, got, want)
		}
	})
}
