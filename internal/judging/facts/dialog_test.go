package facts

import (
	"regexp"
	"testing"
)

// oneRegexp is the single expression dialogLiteral replaced.
var oneRegexp = regexp.MustCompile(`(?:^|[^.\w])(?:window\.)?(?:alert|confirm|prompt)\s*\(\s*(?:'((?:[^'\\\n]|\\.){1,1000})'|"((?:[^"\\\n]|\\.){1,1000})")`)

func oldLiteral(w string) (string, bool) {
	m := oneRegexp.FindStringSubmatch(w)
	if m == nil {
		return "", false
	}
	return m[1] + m[2], true
}

func TestDialogLiteral(t *testing.T) {
	long := make([]byte, 1001)
	for i := range long {
		long[i] = 'x'
	}
	tests := []struct {
		w    string
		want string
		ok   bool
	}{
		{`alert("Your PC is infected")`, "Your PC is infected", true},
		{` window.confirm ( 'Call \'now\'' )`, `Call \'now\'`, true},
		{`x.alert("no")`, "", false},
		{`myalert("no")`, "", false},
		{`alert('')`, "", false},
		{"alert('broken\nline') ; prompt(\"next\")", "next", true},
		{`alert('` + string(long) + `')`, "", false},
		{`alert('` + string(long[:1000]) + `')`, string(long[:1000]), true},
		{`alert('open ; alert("inner")`, "inner", true},
		{"alert('a\\\nb')", "", false},
		{`alert(msg)`, "", false},
		{`xwindow.alert("no")`, "", false},
		{`.window.alert("no")`, "", false},
		{`window.alert("start")`, "start", true},
		{`é;window.prompt("after")`, "after", true},
		{"éalert(\"multi-byte boundary\")", "multi-byte boundary", true},
		{"confirm\t(\f\r\n 'spaces')", "spaces", true},
		{"alert\v('not a space')", "", false},
		{`alert(x); confirm("b`, "", false},
		{`confirm("a; alert(y) prompt('c')`, "c", true},
	}
	for _, tt := range tests {
		got, ok := dialogLiteral(tt.w)
		if got != tt.want || ok != tt.ok {
			t.Errorf("dialogLiteral(%q) = %q, %v; want %q, %v", tt.w, got, ok, tt.want, tt.ok)
		}
		if old, oldOK := oldLiteral(tt.w); old != got || oldOK != ok {
			t.Errorf("dialogLiteral(%q) = %q, %v; the one regexp said %q, %v", tt.w, got, ok, old, oldOK)
		}
	}
}

// FuzzDialogLiteral holds dialogLiteral to the regular expression it
// replaced.
func FuzzDialogLiteral(f *testing.F) {
	for _, s := range []string{`alert("x")`, `;confirm('a\'b')`, "prompt('a\nb') alert(\"c\")", `window.alert("é\u00ff")`, `'alert("x")`, "alert(\"\xff\")"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got, ok := dialogLiteral(w)
		if old, oldOK := oldLiteral(w); old != got || oldOK != ok {
			t.Fatalf("dialogLiteral(%q) = %q, %v; the one regexp said %q, %v", w, got, ok, old, oldOK)
		}
	})
}
