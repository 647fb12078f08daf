package scriptfacts

import (
	"strings"
	"unicode/utf8"
)

var dialogNames = [...]string{"alert", "confirm", "prompt"}

// DialogCall finds in w[from:] the leftmost match of
// `(?:^|[^.\w])(?:window\.)?(?:alert|confirm|prompt)\s*\(`, followed, when
// quoted, by `\s*['"]`: where it starts and ends. ^ holds only when from is
// 0, as for a regular expression searching on from there. It answers what
// the expression did without running one over every call's window (fuzz
// tests hold it to both expressions).
func DialogCall(w string, from int, quoted bool) (start, end int, ok bool) {
	var next [len(dialogNames)]int // each name's next occurrence at or after pos; -1: none left
	for k := range next {
		next[k] = -2 // not searched yet
	}
	for pos := from; ; {
		at, name := -1, ""
		for k, n := range dialogNames {
			if next[k] != -1 && next[k] < pos {
				next[k] = -1
				if j := strings.Index(w[pos:], n); j >= 0 {
					next[k] = pos + j
				}
			}
			if next[k] >= 0 && (at < 0 || next[k] < at) {
				at, name = next[k], n
			}
		}
		if at < 0 {
			return 0, 0, false
		}
		pos = at + 1
		s := at // where the boundary's text begins: the name, or "window." before it
		if at-len("window.") >= from && w[at-len("window."):at] == "window." {
			s = at - len("window.")
		}
		switch {
		case s == 0 && from == 0:
			start = 0
		case s-1 >= from && !dotOrWord(w[s-1]):
			// The boundary is the whole character before s, as the
			// expression reads characters from where it searches.
			_, size := utf8.DecodeLastRuneInString(w[from:s])
			start = s - size
		default:
			continue
		}
		i := skipSpace(w, at+len(name))
		if i >= len(w) || w[i] != '(' {
			continue
		}
		if !quoted {
			return start, i + 1, true
		}
		if i = skipSpace(w, i+1); i < len(w) && (w[i] == '\'' || w[i] == '"') {
			return start, i + 1, true
		}
	}
}

// dialogCalls is every call DialogCall finds, one after another: what
// FindAllStringIndex answers for the unquoted expression.
func dialogCalls(w string) [][]int {
	var out [][]int
	for from := 0; from <= len(w); {
		s, e, ok := DialogCall(w, from, false)
		if !ok {
			break
		}
		out = append(out, []int{s, e})
		from = e // a match is never empty
	}
	return out
}

// dotOrWord is [.\w] for one byte: any other byte, ASCII or part of a
// multi-byte character, is a boundary.
func dotOrWord(c byte) bool {
	return c == '.' || c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// skipSpace skips \s as Go's regular expressions define it.
func skipSpace(w string, i int) int {
	for i < len(w) && (w[i] == ' ' || w[i] == '\t' || w[i] == '\n' || w[i] == '\f' || w[i] == '\r') {
		i++
	}
	return i
}
