package scriptfacts

import (
	"regexp"
	"slices"
	"testing"
)

var dialogRe = regexp.MustCompile(`(?:^|[^.\w])(?:window\.)?(?:alert|confirm|prompt)\s*\(`)

// FuzzDialogCalls holds the hand search to FindAllStringIndex of the
// expression it replaced.
func FuzzDialogCalls(f *testing.F) {
	for _, s := range []string{`alert("x"); x.alert(1); window.confirm ( 'a' )`, "alert(alert(", "éprompt\t(", "xwindow.alert(", ".window.alert(", "alert(1)alert(2) alert(3)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		var want [][2]int
		for _, loc := range dialogRe.FindAllStringIndex(w, -1) {
			want = append(want, [2]int{loc[0], loc[1]})
		}
		if got := dialogCalls(w); !slices.Equal(got, want) {
			t.Fatalf("%q: %v, the expression %v", w, got, want)
		}
	})
}
