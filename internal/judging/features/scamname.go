package features

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A system voice or a support desk followed by the word for a scam names
// the scam, it does not speak as the system: "Tech Support Scams" heads an
// awareness page, 「サポート詐欺」 a police notice, "Microsoft support
// scam" a news story. A fake alert never calls itself a scam. scamNamed
// leaves those names out of the text the system's voice is read from
// (authority.os-voice and the support desk's voice), as
// brands.SystemVoice leaves out a platform (2026-12-07, branch family: an
// AARP page titled "Tech Support Scams" spoke as the system).

// scamWords follow the name of what the scam pretends to be.
var scamWords = []string{"scams", "scam", "fraud", "hoax", "詐欺", "arnaque", "betrug", "estafa", "truffa"}

// scamNameWords is how many words before a scam word a name may take
// ("microsoft tech support scam"); scamNameRunes the same for a script
// written without spaces (「マイクロソフトサポート詐欺」).
const (
	scamNameWords = 3
	scamNameRunes = 16
)

// scamNamed is s with every scam's name (up to scamNameWords words, or
// scamNameRunes runes of unspaced script, and the scam word after them)
// replaced by a space; s itself when it names none.
func scamNamed(s string) string {
	if !holdsScamWord(s) {
		return s // most text: no word to look for at each of its runes
	}
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

// holdsScamWord says whether a scam word occurs anywhere in s (whole word
// or not): where none does, scamWordAt is 0 at every byte.
func holdsScamWord(s string) bool {
	for _, w := range scamWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// scamWordAt is the length of the scam word that starts at s[i] (a whole
// word for the ASCII ones), or 0.
func scamWordAt(s string, i int) int {
	for _, w := range scamWords {
		if !strings.HasPrefix(s[i:], w) {
			continue
		}
		if w[0] < utf8.RuneSelf && (i > 0 && isWordByte(s[i-1]) || i+len(w) < len(s) && isWordByte(s[i+len(w)])) {
			continue
		}
		return len(w)
	}
	return 0
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
}

// nameStart is where the name before the scam word at i begins: back over
// at most scamNameWords words of letters and spaces, or scamNameRunes
// letters of a script without spaces, never past a line or a punctuation
// mark.
func nameStart(s string, i int) int {
	j, words, runes := i, 0, 0
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		switch {
		case r == ' ':
			if j < i && s[j] != ' ' {
				words++
			}
			if words >= scamNameWords {
				return j
			}
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '-':
		case r >= utf8.RuneSelf && unicode.IsLetter(r) || r == 'ー':
			if runes++; runes > scamNameRunes {
				return j
			}
		default:
			return j
		}
		j -= n
	}
	return j
}
