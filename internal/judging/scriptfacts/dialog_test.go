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
		want := dialogRe.FindAllStringIndex(w, -1)
		if got := dialogCalls(w); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%q: %v, the expression %v", w, got, want)
		}
	})
}
