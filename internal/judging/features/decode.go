package features

import (
	"encoding/base64"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/alertguard/alertguard/internal/judging/facts"
)

// Bounds on decoding script literals.
const (
	maxScriptScan = 256 << 10 // script bytes the lexicons read (kits are small; libraries are big and say nothing)
	maxLiterals   = 50
	maxLiteral    = 8 << 10
)

var (
	b64Literal  = regexp.MustCompile(`["'\x60]([A-Za-z0-9+/]{16,}={0,2})["'\x60]`)
	charCodes   = regexp.MustCompile(`\[\s*(\d{2,3}(?:\s*,\s*\d{2,3}){7,})\s*\]`)
	nonPrinting = strings.NewReplacer("\x00", "")
	// joined is an array of short string literals glued with .join(''):
	// ['msh','ta ','http'].join('').
	joined  = regexp.MustCompile(`\[((?:\s*(?:'[^'\n]*'|"[^"\n]*")\s*,?){2,})\]\s*\.join\(\s*(?:''|"")\s*\)`)
	literal = regexp.MustCompile(`'([^'\n]*)'|"([^"\n]*)"`)
)

// maxKitScript is the largest script read for hidden commands and steps: kits
// are small, libraries (syntax highlighters name every shell) are big.
const maxKitScript = 32 << 10

// kitScripts joins the page's scripts that could be a kit's: inline,
// same-page and handlers (facts.Facts.Script joins them with "\n;\n"), at
// most maxKitScript each, and not a syntax highlighter.
func kitScripts(f *facts.Facts) string {
	const sep = "\n;\n"
	var b strings.Builder
	b.Grow(len(f.Script) + len(sep))
	for rest := f.Script; ; {
		src, after, more := strings.Cut(rest, sep)
		if len(src) <= maxKitScript && !strings.Contains(src, "Prism.languages") && !strings.Contains(src, "hljs") {
			b.WriteString(src)
			b.WriteString(sep)
		}
		if !more {
			return b.String()
		}
		rest = after
	}
}

// scriptText is what the lexicons read of a page's scripts: the source
// (lower case, bounded) and the strings its base64 and character-code
// literals decode to, where ClickFix kits hide the command until the click.
func scriptText(script string) string {
	if len(script) > maxScriptScan {
		script = script[:maxScriptScan]
	}
	low := strings.ToLower(script)
	b := &lazyBuilder{first: low}
	// Each decoder runs only when the script has what uses its literals.
	if strings.Contains(low, "atob") || strings.Contains(low, "base64") {
		for _, m := range b64Literal.FindAllStringSubmatch(script, maxLiterals) {
			if s, ok := decodeB64(m[1]); ok {
				b.WriteString("\n" + strings.ToLower(s))
			}
		}
	}
	if strings.Contains(low, "fromcharcode") {
		for _, m := range charCodes.FindAllStringSubmatch(script, maxLiterals) {
			b.WriteString("\n" + strings.ToLower(fromCharCodes(m[1])))
		}
	}
	if strings.Contains(script, ".join(") {
		for _, m := range joined.FindAllStringSubmatch(script, maxLiterals) {
			var parts []string
			for _, l := range literal.FindAllStringSubmatch(m[1], 100) {
				parts = append(parts, l[1]+l[2])
			}
			b.WriteString("\n" + strings.ToLower(strings.Join(parts, "")))
		}
	}
	return b.String()
}

// lazyBuilder starts from a string and copies it only when something is
// added: most scripts decode nothing, and their lower-cased source is the
// whole text.
type lazyBuilder struct {
	first string
	b     *strings.Builder
}

func (l *lazyBuilder) WriteString(s string) {
	if l.b == nil {
		l.b = &strings.Builder{}
		l.b.WriteString(l.first)
	}
	l.b.WriteString(s)
}

func (l *lazyBuilder) String() string {
	if l.b == nil {
		return l.first
	}
	return l.b.String()
}

// decodeB64 decodes a literal that reads as text (UTF-16LE, as in
// PowerShell's -EncodedCommand, loses its zero bytes).
func decodeB64(s string) (string, bool) {
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		if raw, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "=")); err != nil {
			return "", false
		}
	}
	t := nonPrinting.Replace(string(raw))
	if t == "" || !utf8.ValidString(t) || len(t) > maxLiteral {
		return "", false
	}
	printable := 0
	for _, r := range t {
		if r >= 0x20 && r < 0x7f || r == '\n' || r == '\t' || r > 0xff {
			printable++
		}
	}
	return t, printable*10 >= utf8.RuneCountInString(t)*9
}

func fromCharCodes(list string) string {
	var b strings.Builder
	for _, f := range strings.Split(list, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err == nil && n >= 9 && n < 0x3000 {
			b.WriteRune(rune(n))
		}
		if b.Len() > maxLiteral {
			break
		}
	}
	return b.String()
}
