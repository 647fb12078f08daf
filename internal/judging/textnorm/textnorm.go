// Package textnorm folds text the way matching needs it: NFKC (which also
// folds full-width digits and Latin, common in Japanese scams), lower case,
// one kind of dash, and single spaces.
package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// isDash: the dashes kits use between digits, as NFKC leaves them; all
// become '-' (NFKC itself turns the full-width and small hyphen-minus and
// the non-breaking hyphen into '-' or U+2010).
func isDash(r rune) bool {
	switch r {
	case '‐', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}

// Fold returns the normalised form used by every text matcher.
func Fold(s string) string {
	if asciiOnly(s) { // NFKC, the dashes and 'ー' leave ASCII alone: one pass
		return lowerCollapse(s)
	}
	s = nfkc(s)
	s = foldKatakanaDash(s)
	return lowerCollapse(s) // which also turns the dashes into '-'
}

// nfkc is norm.NFKC.String(s), but runs of ASCII, kana and common CJK
// ideographs, which NFKC leaves as they are, are copied without looking them
// up: they are most of a Japanese page. Only the stretches between them go
// through the normaliser, each with the starter before it, the one
// character a combining mark there could join.
func nfkc(s string) string {
	var b []byte       // the stretches that change are appended here, as they come out of appendNFKC
	done, prev := 0, 0 // s[:done] is in b; prev: the last rune's start
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i = asciiRunEnd(s, i+1) // a run of ASCII, eight bytes at a time
			prev = i - 1
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			// Around a byte that is not UTF-8 the normaliser's answer for a
			// piece differs from its answer for the whole (fuzzing found it).
			return norm.NFKC.String(s)
		}
		if stable(r) {
			prev = i
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if r2 == utf8.RuneError && n2 == 1 {
				return norm.NFKC.String(s)
			}
			if r2 < utf8.RuneSelf || stable(r2) {
				break
			}
			j += n2
		}
		if b == nil {
			b = make([]byte, 0, len(s)+len(s)/8)
		}
		b = append(b, s[done:prev]...)
		b = appendNFKC(b, s[prev:j], i-prev)
		done, prev, i = j, j, j
	}
	if done == 0 {
		return s
	}
	b = append(b, s[done:]...)
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again (strings.Builder does the same)
}

// appendNFKC appends norm.NFKC.String(seg): seg is a starter that NFKC
// leaves as it is (seg[:at], possibly empty) and a stretch of runes that
// are neither ASCII nor stable. The commonest stretch on a Japanese page
// is one full-width form of an ASCII character (（, ）, ：, ！, ０–９, Ａ–Ｚ)
// or the ideographic space: NFKC makes it that ASCII character, which
// joins nothing before it, so it is written without the normaliser (each
// call of which allocates its buffers: an eighth of judging's allocations
// on the corpus). A test checks every such rune against the normaliser.
func appendNFKC(b []byte, seg string, at int) []byte {
	if len(seg)-at == 3 {
		if c, ok := wideASCII(seg[at:]); ok {
			return append(append(b, seg[:at]...), c)
		}
	}
	if norm.NFKC.QuickSpanString(seg) == len(seg) { // already normal: the normaliser would return it
		return append(b, seg...)
	}
	return append(b, norm.NFKC.String(seg)...)
}

// wideASCII is the ASCII character NFKC makes of a full-width form
// (U+FF01–U+FF5E) or of the ideographic space, written alone in r.
func wideASCII(r string) (byte, bool) {
	switch {
	case r == "\u3000":
		return ' ', true
	case r[0] == 0xEF && (r[1] == 0xBC && r[2] >= 0x81 || r[1] == 0xBD && r[2] <= 0x9E): // U+FF01–U+FF5E
		return byte(rune(r[1]&0x3F)<<6|rune(r[2]&0x3F)) + 0x20, true
	}
	return 0, false
}

// stable: CJK punctuation (、。「」…, but not the ideographic space),
// hiragana, katakana with the middle dot and the long-vowel mark, the CJK
// ideographs and the Hangul syllables. NFKC leaves each as it is, and none
// joins the character before it (a test checks every one against the
// normaliser's own tables).
func stable(r rune) bool {
	switch {
	case r < 0x3001:
		return r >= 0x2018 && r <= 0x201F // quotation marks
	case r <= 0x30FE:
		return r <= 0x3029 || r >= 0x303B && r <= 0x3096 || r >= 0x30A0
	}
	return r >= 0x3400 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7A3
}

// asciiOnly: every byte is below 0x80.
func asciiOnly(s string) bool { return asciiRunEnd(s, 0) == len(s) }

// asciiRunEnd is the end of the run of ASCII bytes that starts at s[i]:
// the first byte at or after i that is 0x80 or more, or len(s). It reads
// eight bytes at a time (a page is mostly ASCII, and nfkc and asciiOnly
// looked at each of its bytes).
func asciiRunEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
	}
	return i
}

// foldKatakanaDash turns the long-vowel mark 'ー' into '-' when it stands
// between digits (０１２０ー１２３), where kits use it as a hyphen; inside
// katakana words it stays. It looks only around each 'ー' and copies the
// text only when one changes: Japanese text is full of them.
func foldKatakanaDash(s string) string {
	const mark = "ー"
	var b strings.Builder
	done := 0 // s[:done] is in b
	for i := 0; ; {
		j := strings.Index(s[i:], mark)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(mark)
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsDigit(before) || !unicode.IsDigit(after) {
			continue
		}
		b.WriteString(s[done:at])
		b.WriteByte('-')
		done = i
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// lowerCollapse is strings.ToLower followed by turning every run of white
// space into one space, dropping the invisible characters (zeroWidth) and
// trimming both ends, in one
// pass: each pass over the page's text costs as much as a parse's share of
// it. ASCII bytes are copied without decoding; a byte that is not UTF-8
// becomes U+FFFD, as strings.ToLower makes it; a dash becomes '-'.
func lowerCollapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	run := -1 // start of the bytes being copied as they are, or -1
	for i := 0; i < len(s); {
		c := s[i]
		if plainByte[c] {
			if run < 0 {
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space, run = false, i
			}
			i++
			continue
		}
		if c >= 0xE3 && c <= 0xE9 { // the lead bytes of U+3000–U+9FFF
			if r, n := decode3(s, i); caseless(r) { // most of a Japanese page
				if run < 0 {
					if space && b.Len() > 0 {
						b.WriteByte(' ')
					}
					space, run = false, i
				}
				i += n
				continue
			}
		}
		if run >= 0 {
			b.WriteString(s[run:i])
			run = -1
		}
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c + 'a' - 'A') // the only other ASCII: upper case
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if zeroWidth(r) {
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if isDash(r) {
			b.WriteByte('-')
			continue
		}
		b.WriteRune(unicode.ToLower(r)) // RuneError for a bad byte writes U+FFFD
	}
	if run >= 0 {
		b.WriteString(s[run:])
	}
	return b.String()
}

// zeroWidth: characters a browser draws as nothing. A kit puts one between
// every letter (「マ\u200bイ\u200bク\u200bロ\u200bソ\u200bフ\u200bト」) so that no word
// list matches what the person reads as one word; read as they are drawn,
// the letters join (until 2026-12-07 the zero-width space became a space,
// and a Japanese scareware page written that way read as no words at all).
func zeroWidth(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// decode3 decodes the three-byte rune at s[i] (lead byte 0xE0–0xEF)
// without the general decoder; anything else is left to it.
func decode3(s string, i int) (rune, int) {
	if i+2 < len(s) {
		b1, b2 := s[i+1], s[i+2]
		if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			r := rune(s[i]&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// plainASCII: an ASCII byte lowerCollapse copies as it is (not white space,
// not upper case).
func plainASCII(c byte) bool {
	return c != ' ' && !(c >= '\t' && c <= '\r') && !('A' <= c && c <= 'Z')
}

// plainByte is plainASCII by byte, false from 0x80: one load a byte in
// lowerCollapse's loop instead of five comparisons.
var plainByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = plainASCII(byte(c))
	}
	return t
}()

// caseless: kana and CJK ideographs (after the ideographic space), which
// are neither white space nor changed by unicode.ToLower (a test checks
// every one).
func caseless(r rune) bool { return r > 0x3000 && r <= 0x9FFF }

// ContainsWord finds w in s; for ASCII words the match must not sit inside a
// longer ASCII word ("steam" is not in "steamed", "ntt" not in "attention").
func ContainsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		if WordAt(s, w, i+j) {
			return true
		}
		i += j + 1
	}
}

// WordAt says whether the occurrence of w at s[start:] counts as the word
// (ContainsWord's rule), for callers that find occurrences themselves.
func WordAt(s, w string, start int) bool {
	return !isASCII(w) || !alnumAt(s, start-1) && !alnumAt(s, start+len(w))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func alnumAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}
