package features

import (
	"regexp"
	"testing"
)

// clockRegexp is the expression hasClock replaced.
var clockRegexp = regexp.MustCompile(`(?:^|[^\d:])\d{1,2}\s*:\s*[0-5]\d(?:[^\d:]|$)`)

func TestHasClock(t *testing.T) {
	for s, want := range map[string]bool{
		"04:59": true, "残り 4 : 59 秒": true, "12:345": false, "123:45": false, "1:2": false,
		"10:60": false, "a:05": false, "9:05:1": false, ":05": false, "3:05\n": true, "v1.2:30x": true, "x1:30": true,
	} {
		if got := hasClock(s); got != want || got != clockRegexp.MatchString(s) {
			t.Errorf("hasClock(%q) = %v, want %v (regexp %v)", s, got, want, clockRegexp.MatchString(s))
		}
	}
}

func FuzzHasClock(f *testing.F) {
	for _, s := range []string{"04:59", "1 :\t05", "12:345", "\xff1:22", "::1:22:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasClock(s), clockRegexp.MatchString(s); got != want {
			t.Fatalf("hasClock(%q) = %v, the regexp says %v", s, got, want)
		}
	})
}
