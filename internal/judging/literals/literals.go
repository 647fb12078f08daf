// Package literals finds, for a regular expression, strings one of which
// every match must contain. A text holding none of them cannot match, so a
// few substring searches can stand in for running an expression that has no
// literal prefix for Go's engine to skip ahead with.
package literals

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// maxAlternatives bounds the set: past it, checking costs more than it saves.
const maxAlternatives = 32

// Required returns strings one of which every match of pattern contains,
// or nil when no such set is known (then the expression must just run).
// Case-insensitive parts give no set: the texts matched are folded, but
// scripts are not.
func Required(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	set := required(re.Simplify())
	if len(set) == 0 || len(set) > maxAlternatives {
		return nil
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// required is the set for one node; nil means none.
func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		// A U+FFFD in the pattern also matches a byte that is not UTF-8,
		// which no substring search would find.
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 || slices.Contains(re.Rune, utf8.RuneError) {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture:
		return required(re.Sub[0])
	case syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil
		}
		return required(re.Sub[0])
	case syntax.OpConcat:
		return bestOf(re.Sub)
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s := required(sub)
			if s == nil {
				return nil
			}
			out = append(out, s...)
		}
		return out
	}
	return nil // classes, stars, anchors, empty: a match need hold nothing
}

// bestOf picks, among the parts of a concatenation (every one is in every
// match), the set whose shortest string is longest: the rarest to find.
func bestOf(subs []*syntax.Regexp) []string {
	var best []string
	bestLen := 0
	for _, sub := range subs {
		s := required(sub)
		if s == nil || len(s) > maxAlternatives {
			continue
		}
		if n := shortest(s); n > bestLen {
			best, bestLen = s, n
		}
	}
	return best
}

func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// AnyIn reports whether text contains one of set.
func AnyIn(text string, set []string) bool {
	for _, s := range set {
		if strings.Contains(text, s) {
			return true
		}
	}
	return false
}
