package features

import (
	"strings"
	"testing"
)

// singleQuotedEveryByte is singleQuoted asking quoteOpen at every byte, as
// it did before skipping to the next quotation mark.
func singleQuotedEveryByte(text string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(text) && n < maxQuotes; {
		open, w := quoteOpen(text, i)
		if !open {
			i++
			continue
		}
		start := i + w
		end := -1
		for j := start + 1; j < min(len(text), start+maxQuote); j++ {
			if text[j] == '\n' {
				break
			}
			if c, cw := quoteClose(text, j); c && text[j-1] != ' ' {
				end = j
				w = cw
				break
			}
		}
		if end < 0 {
			i = start
			continue
		}
		b.WriteString(text[start:end] + "\n")
		n++
		i = end + w
	}
	return b.String()
}

// FuzzSingleQuoted holds singleQuoted's skipping to reading every byte.
func FuzzSingleQuoted(f *testing.F) {
	for _, s := range []string{"he said 'your browser is out of date' and left", "don't ‘quote’ me… → users' files",
		"‘a’ 'b' ‘c ’d' (‘e’) [‘f’]", "…‘", "'", "※ 'x' ※ ‘y’", strings.Repeat("'q' ", 300), "\xe2\x80'a'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := singleQuoted(s), singleQuotedEveryByte(s); got != want {
			t.Errorf("singleQuoted(%q) = %q, want %q", s, got, want)
		}
	})
}
