package page

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// Limits on reading generated content from style sheets.
const (
	MaxStyleBytes   = 256 << 10 // style text read per document
	MaxContentRules = 64        // ::before/::after rules with words matched against the document, per document
)

// contentValue is the value of a content declaration.
var contentValue = regexp.MustCompile(`(?i)(?:^|[;\s])content\s*:\s*([^;]+)`)

// cssString is one quoted CSS string.
var cssString = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'`)

// generatedText is what the page's style sheets write into the elements it
// has with `content:` on ::before and ::after: a browser draws it as text,
// so a kit can put its whole alert there and leave the markup empty
// (#a::before{content:"Windows Defender - Security Warning"}). A rule's
// text counts when its selector (less the pseudo-element) matches an
// element of the document and the string holds a letter (icon fonts'
// "\f101", quotation marks and counters are no words). One line a rule.
func generatedText(root *html.Node, styles string) []string {
	if !strings.Contains(styles, "content") {
		return nil
	}
	var out []string
	tried := 0 // each try compiles selectors and walks the tree: bounded
	for _, r := range pseudoRules(styles) {
		if tried >= MaxContentRules {
			break
		}
		text := contentText(r.block)
		if text == "" {
			continue
		}
		tried++
		if matchesAny(root, r.selector) {
			out = append(out, text)
		}
	}
	return out
}

type rule struct{ selector, block string }

// Bounds of one rule's parts, as a browser would never need more.
const (
	maxSelectorBytes = 400
	maxBlockBytes    = 2000
	// the selectors of one group tried (the selector is at most
	// maxSelectorBytes, so a group of many is a few bytes each)
	maxGroupSelectors = 8
)

// pseudoRules are the style rules whose selector ends in ::before or
// ::after (or the old one-colon form): the selector before it, back to the
// end of the previous rule or block, and the declarations after it. One
// pass over the style text, each byte looked at a bounded number of times.
func pseudoRules(styles string) []rule {
	var out []rule
	for i := 0; i < len(styles); {
		j := strings.Index(styles[i:], "{")
		if j < 0 {
			break
		}
		open := i + j
		end := strings.IndexAny(styles[open+1:], "{}")
		if end < 0 {
			break
		}
		if styles[open+1+end] == '{' { // an at-rule's block opens another: read inside it
			i = open + 1
			continue
		}
		close := open + 1 + end
		head := strings.TrimSpace(styles[max(i, open-maxSelectorBytes):open])
		if sel, ok := pseudoSelector(head); ok && close-open-1 <= maxBlockBytes {
			out = append(out, rule{selector: sel, block: styles[open+1 : close]})
		}
		i = close + 1
	}
	return out
}

// pseudoSelector is the selector less its ::before/::after, when it has one.
func pseudoSelector(head string) (string, bool) {
	if k := strings.LastIndexAny(head, "{}"); k >= 0 {
		head = head[k+1:]
	}
	lower := strings.ToLower(head)
	for _, p := range []string{"::before", "::after", ":before", ":after"} {
		if strings.HasSuffix(lower, p) {
			return head[:len(head)-len(p)], true
		}
	}
	return "", false
}

// contentText is the words a declaration block's content writes, or "".
func contentText(block string) string {
	v := contentValue.FindStringSubmatch(block)
	if v == nil {
		return ""
	}
	var b strings.Builder
	for _, s := range cssString.FindAllStringSubmatch(v[1], -1) {
		b.WriteString(unescapeCSS(s[1] + s[2]))
	}
	t := strings.TrimSpace(b.String())
	if !strings.ContainsFunc(t, unicode.IsLetter) {
		return ""
	}
	return t
}

// unescapeCSS reads a CSS string's escapes: "\\" + hex digits is a code
// point, "\\" + any other character is that character.
func unescapeCSS(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		j := i + 1
		for j < len(s) && j < i+7 && isHex(s[j]) {
			j++
		}
		if j == i+1 {
			if s[j] != '\n' {
				b.WriteByte(s[j])
			}
			i = j
			continue
		}
		var r rune
		for _, c := range s[i+1 : j] {
			r = r<<4 | rune(hexVal(byte(c)))
		}
		if r > 0 && r <= unicode.MaxRune && (r < 0xD800 || r > 0xDFFF) {
			b.WriteRune(r)
		}
		if j < len(s) && s[j] == ' ' { // one space ends the escape
			j++
		}
		i = j - 1
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexVal(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// matchesAny: one of the comma-separated selectors matches an element.
// A selector the matcher cannot read (at-rules' preludes, hacks) matches
// nothing.
func matchesAny(root *html.Node, group string) bool {
	if i := strings.LastIndexAny(group, ";}"); i >= 0 { // left of it: the end of an earlier declaration
		group = group[i+1:]
	}
	for k, sel := range strings.Split(group, ",") {
		if k >= maxGroupSelectors {
			break
		}
		sel = strings.TrimSpace(sel)
		if sel == "" || strings.HasPrefix(sel, "@") {
			continue
		}
		c, err := cascadia.Compile(sel)
		if err != nil {
			continue
		}
		if c.MatchFirst(root) != nil {
			return true
		}
	}
	return false
}
