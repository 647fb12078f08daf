package literals

import (
	"regexp"
	"slices"
	"testing"
)

func TestRequired(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string
	}{
		{`\d[\d,]*\s*(?:万)?円|¥\s*\d|\$\s*\d{2,}`, []string{"$", "¥", "円"}},
		{`cursor\s*[:=]\s*['"]?none`, []string{"cursor"}},
		{`(?:コンピュータ|パソコン|pc)[^。]{0,12}(?:ロックされ|感染し)`, []string{"ロックされ", "感染し"}}, // the rarer side
		{`(?i)c:\\|hklm\\`, nil},        // case-insensitive: no set
		{`a*b?`, nil},                   // may match the empty string
		{`x|[0-9]+`, nil},               // one branch holds no literal
		{`(ab){2,3}cd`, []string{"ab"}}, // "ab" and "cd" are as long: the first wins
		{`(?:your|votre)\s+(?:computer|pc)`, []string{"votre", "your"}},
	}
	for _, tt := range tests {
		if got := Required(tt.pattern); !slices.Equal(got, tt.want) {
			t.Errorf("Required(%q) = %q, want %q", tt.pattern, got, tt.want)
		}
	}
}

// FuzzRequired: whenever the expression matches, the text holds one of the
// required strings.
func FuzzRequired(f *testing.F) {
	f.Add(`\d[\d,]*\s*(?:万)?円|¥\s*\d`, "請求 98,000円 です")
	f.Add(`(?:your|votre)\s+(?:computer|pc)\s+is`, "your pc is locked")
	f.Add(`(ab)+c|d(e|f)`, "xxababcx df")
	f.Add(`a{2,}b|c+d?`, "aab cc")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		re, err := regexp.Compile(pattern)
		if err != nil {
			return
		}
		set := Required(pattern)
		if set != nil && re.MatchString(text) && !AnyIn(text, set) {
			t.Fatalf("%q matches %q, which holds none of %q", pattern, text, set)
		}
	})
}
