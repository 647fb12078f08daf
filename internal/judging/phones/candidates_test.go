package phones

import (
	"slices"
	"testing"
)

// candidatesEveryByte is candidates testing every byte in turn, as it did
// before skipping the bytes no candidate starts with.
func candidatesEveryByte(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text) && len(out) < MaxCandidates; {
		c := text[i]
		lead := (c == '+' || c == '(') && i+1 < len(text) && isDigit(text[i+1])
		if !isDigit(c) && !lead {
			i++
			continue
		}
		start, j := i, i+1
		for j < len(text) && j-start < maxRun && (isDigit(text[j]) || isSep(text[j])) {
			j++
		}
		end := j
		for end > start && !isDigit(text[end-1]) {
			end--
		}
		if end-start >= minCandidate {
			out = append(out, [2]int{start, end})
		}
		i = max(j, i+1)
	}
	return out
}

// FuzzCandidates holds candidates to testing every byte.
func FuzzCandidates(f *testing.F) {
	for _, s := range []string{"call 0120-941-234 now", "+81 3 1234 5678 (24h)", "(03) 1234-5678", "+x(", "a+(1234567", "12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := candidates(s), candidatesEveryByte(s); !slices.Equal(got, want) {
			t.Errorf("candidates(%q) = %v, want %v", s, got, want)
		}
	})
}
