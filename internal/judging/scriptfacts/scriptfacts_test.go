package scriptfacts

import "testing"

func TestScan(t *testing.T) {
	tests := []struct {
		src  string
		want map[string]int
	}{
		{`document.documentElement.webkitRequestFullscreen();`, map[string]int{"fullscreen": 1}},
		{`navigator.keyboard.lock(); el.requestPointerLock()`, map[string]int{"keyboard-lock": 1, "pointer-lock": 1}},
		{`for(;;){alert("x")} confirm('y')`, map[string]int{"dialog": 2}},
		{`console.alert("x"); myalert()`, map[string]int{}},
		{`navigator.clipboard.writeText(cmd)`, map[string]int{"clipboard-write": 1}},
		{`document.execCommand("copy")`, map[string]int{"clipboard-write": 1}},
		{`window.onbeforeunload = f; history.pushState({}, "", "#")`, map[string]int{"beforeunload": 1, "history": 1}},
		{`eval(unescape('%61'))`, map[string]int{"obfuscation": 1}},
		{`document.addEventListener('keydown', function(e){ e.preventDefault() })`, map[string]int{"block-keys": 1}},
		{``, map[string]int{}},
	}
	for _, tt := range tests {
		got := Scan(tt.src)
		if len(got) != len(tt.want) {
			t.Errorf("Scan(%q) = %v, want %v", tt.src, got, tt.want)
			continue
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("Scan(%q)[%s] = %d, want %d", tt.src, k, got[k], v)
			}
		}
	}
}
