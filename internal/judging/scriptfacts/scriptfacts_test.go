package scriptfacts

import (
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

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
		{`onkeydown = function(){ RETURN  false }`, map[string]int{"block-keys": 1}},
		{`addEventListener("keyup", log); e.preventDefault()`, map[string]int{}},
		{`addEventListener('contextmenu', e => e.PreventDefault())`, map[string]int{"block-contextmenu": 1}},
		{`<button onclick="window.print()">Print</button>`, map[string]int{"print": 1}},
		{`var n=0;setInterval(function(){if(n++<50){window.print();}},1500);`, map[string]int{"print": 1, "print-loop": 1}},
		{`window.onafterprint=function(){window.print();};`, map[string]int{"print": 1, "print-loop": 1}},
		{`function pr(){if(pc++<20){window.print();setTimeout(pr,3000);}}`, map[string]int{"print": 1, "print-loop": 1}},
		{`setTimeout("window.print()", 2000)`, map[string]int{"print": 1, "print-loop": 1}},
		{`addEventListener('afterprint', () => { print() })`, map[string]int{"print": 1, "print-loop": 1}},
		{`setTimeout(() => { log(1) }, 9); printBtn.onclick = () => window.print()`, map[string]int{"print": 1}},
		{`setTimeout(init, 10); $('#print').on('click', function(){ window.print() })`, map[string]int{"print": 1}},
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

// wideScan is Scan as it was before each API had its own window: 20 bytes
// before every needle and 260 after.
func wideScan(src string) map[string]int {
	out := map[string]int{}
	for i, sites := range findSites(src) {
		n, last := 0, -1
		for _, at := range sites {
			lo, hi := max(at-20, 0), min(at+260, len(src))
			if hi <= last {
				continue
			}
			for _, loc := range apis[i].re.FindAllStringIndex(src[lo:hi], -1) {
				if lo+loc[1] > last && n < maxCalls {
					n++
					last = lo + loc[1]
				}
			}
		}
		if n > 0 {
			out[apis[i].name] = n
		}
	}
	return out
}

// TestNarrowWindowsCountTheSame: on every page and script of the corpus,
// the narrow windows count what the wide ones did.
func TestNarrowWindowsCountTheSame(t *testing.T) {
	n := 0
	err := filepath.WalkDir("../../../corpus", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".js")) {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		n++
		if got, want := Scan(string(b)), wideScan(string(b)); !maps.Equal(got, want) {
			t.Errorf("%s: %v, wide windows %v", p, got, want)
		}
		return nil
	})
	if err != nil || n < 300 {
		t.Fatalf("walked %d corpus files: %v", n, err)
	}
}

// FuzzScannedWindows: windows from the scan's offsets are the windows a
// search finds.
func FuzzScannedWindows(f *testing.F) {
	for _, s := range []string{`alert("a"); x.alert('b'); confirm("c") prompt(1)`, "alert(alert(", strings.Repeat("alert(1);", 400)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		sc := ScanSites(src)
		for _, kw := range []string{"alert(", "confirm(", "prompt(", "eval("} {
			if got, want := sc.Windows(kw, 40, 50), Windows(src, kw, 40, 50); !slices.Equal(got, want) {
				t.Fatalf("%s in %q: %q, searched %q", kw, src, got, want)
			}
		}
	})
}

// FuzzNarrowWindows: the narrow windows, cut at semicolons and skipped
// when a blocking handler's ending is absent, count what the wide ones did.
func FuzzNarrowWindows(f *testing.F) {
	for _, s := range []string{
		`document.addEventListener("keydown", e => { e.preventDefault() })`,
		`onkeydown = function(){ RETURN  false }`,
		`window.oncontextmenu = () => { return false; }`,
		`addEventListener('contextmenu', e => e.PreventDefault())`,
		`addEventListener("keyup", log); preventDefault()`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if got, want := Scan(src), wideScan(src); !maps.Equal(got, want) {
			t.Fatalf("Scan(%q) = %v, wide windows %v", src, got, want)
		}
	})
}
