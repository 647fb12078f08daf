package unpack

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestRunRecoversHiddenContent(t *testing.T) {
	tests := []struct {
		name, url string
		scripts   []string
		wantHTML  string
		wantText  string
	}{
		{name: "document.write(unescape)", scripts: []string{`document.write(unescape('%3Ch1%3EVirus%20detected%3C/h1%3E'))`}, wantHTML: "<h1>Virus detected</h1>"},
		{name: "eval(atob)", scripts: []string{`eval(atob('ZG9jdW1lbnQuYm9keS5pbm5lckhUTUwgPSAiQ2FsbCArMS04NDQtNTU1LTAxOTkiOw=='))`}, wantHTML: "Call +1-844-555-0199"},
		{name: "char codes shifted", scripts: []string{`var s=[68,112,105,106,121,34,47,56].map(function(c){return String.fromCharCode(c-1)}).join(''); document.getElementById('x').textContent = s + ' 0120-941-234';`}, wantText: "Cohix!.7 0120-941-234"},
		{name: "number from the URL", url: "https://x.example/?n1=1&n2=8&n3=4&n4=4&n5=5&n6=5&n7=5&n8=0&n9=1&n10=9",
			scripts:  []string{`function p(n){var m=new RegExp('[?&]'+n+'=([^&]*)').exec(location.search);return m?m[1]:''} var num='';for(var i=1;i<=10;i++)num+=p('n'+i); document.write('<b>Call '+num+'</b>');`},
			wantHTML: "Call 1844555019"},
		{name: "setTimeout string", scripts: []string{`setTimeout("document.write('late warning')", 3000)`}, wantHTML: "late warning"},
		{name: "alert text", scripts: []string{`alert('** Windows Warning Alert **')`}, wantText: "Windows Warning Alert"},
		{name: "a failing script does not stop the next", scripts: []string{`undefinedFn()`, `document.write('second')`}, wantHTML: "second"},
		{name: "document.write(decodeURIComponent)", scripts: []string{`document.write(decodeURIComponent('%3Cp%3E%E4%BC%9A%E5%93%A1%3C%2Fp%3E'))`}, wantHTML: "<p>会員</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := tt.url
			if url == "" {
				url = "https://x.example/"
			}
			r := Run(tt.scripts, url)
			if r.Err != nil {
				t.Fatalf("err %v", r.Err)
			}
			if !strings.Contains(r.HTML, tt.wantHTML) || !strings.Contains(r.Text, tt.wantText) {
				t.Fatalf("html %q text %q", r.HTML, r.Text)
			}
		})
	}
}

// TestRunKeepsSrcdocFrames: a document a script gives an iframe is a frame.
func TestRunKeepsSrcdocFrames(t *testing.T) {
	for _, src := range []string{
		`var f=document.createElement('iframe');f.srcdoc="<h1>Your browser is out of date</h1>";document.documentElement.appendChild(f);`,
		`document.createElement('iframe').setAttribute('srcdoc','<h1>Your browser is out of date</h1>')`,
	} {
		r := Run([]string{src}, "https://x.example/")
		if r.Err != nil || len(r.Frames) != 1 || r.Frames[0] != "<h1>Your browser is out of date</h1>" || r.HTML != "" {
			t.Errorf("%s: frames %q html %q err %v", src, r.Frames, r.HTML, r.Err)
		}
	}
	r := Run([]string{`for(var i=0;i<1e5;i++){var f=document.createElement('iframe');f.srcdoc='<p>'+i+'</p>'}`}, "https://x.example/")
	if len(r.Frames) != MaxFrames {
		t.Errorf("%d frames kept, want %d", len(r.Frames), MaxFrames)
	}
}

// TestRunRecordsBuiltCode: what a page builds and hands to Function, eval or
// a string timer is recorded as code, whether or not it ever runs to the
// part that matters (a click handler the sandbox never fires).
func TestRunRecordsBuiltCode(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"string-array Function loader", `var _0xa=["document.getElementById('cb').addEventListener('click',function(){var t=\"pow","ershell -w h -nop\";navigator.clipboard.writeText(t)});"];(new Function(_0xa.join("")))();`,
			`var t="powershell -w h -nop";navigator.clipboard.writeText(t)`},
		{"Function called without new", `Function("a", "return a+'calc.exe'")("x")`, `return a+'calc.exe'`},
		{"a function's constructor", `(function(){}).constructor("document.title='mshta run'")()`, `document.title='mshta run'`},
		{"eval of char codes", `eval(String.fromCharCode(118,97,114,32,120,61,49))`, `var x=1`},
		{"string timer", `setTimeout("var late=1", 10)`, `var late=1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Run([]string{tt.src}, "https://x.example/")
			if r.Err != nil {
				t.Fatalf("err %v", r.Err)
			}
			if !strings.Contains(r.Code, tt.want) {
				t.Fatalf("code %q, want it to hold %q", r.Code, tt.want)
			}
		})
	}
	// the built code still runs, and the recorder is not left for the page
	r := Run([]string{`document.write(typeof __agCode); new Function("document.write('ran')")(); eval("document.write('also')")`}, "https://x.example/")
	if !strings.Contains(r.HTML, "undefined") || !strings.Contains(r.HTML, "ran") || !strings.Contains(r.HTML, "also") {
		t.Fatalf("html %q", r.HTML)
	}
}

// TestHostileScripts: every bomb returns within the budget (plus slack for
// a loaded machine) with bounded memory, and the next page runs normally.
func TestHostileScripts(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		wantErr error // nil: the script's own exception, not fatal
	}{
		{"infinite loop", `for(;;){}`, ErrBudget},
		{"string repeat bomb", `'x'.repeat(1e9)`, nil},
		{"array join bomb", `new Array(1e9).join('x')`, nil},
		{"doubling concatenation", `var s='xxxxxxxx'; for(;;){ s += s; }`, nil},
		{"deep recursion", `function f(n){ return f(n+1) + 1 } f(0)`, ErrStack},
		{"megabyte writes in a loop", `var m = 'x'.repeat(1<<20); for(;;){ document.write(m) }`, ErrBudget},
		{"throws everywhere", `try { null.x } catch (e) {} throw new Error('nope')`, nil},
		{"timer storm", `for (var i = 0; i < 1e6; i++) setInterval(function(){ for(;;){} }, 1)`, nil},
	}
	var ms runtime.MemStats
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			r := Run([]string{tt.src}, "https://x.example/")
			took := time.Since(start)
			if took > 2*time.Second {
				t.Fatalf("took %v", took)
			}
			if tt.wantErr != nil && !errors.Is(r.Err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", r.Err, tt.wantErr)
			}
			if len(r.HTML)+len(r.Text) > MaxOutput+4096 {
				t.Fatalf("output %d bytes", len(r.HTML)+len(r.Text))
			}
			runtime.GC()
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > 256<<20 {
				t.Fatalf("heap %d MiB after the run", ms.HeapAlloc>>20)
			}
			next := Run([]string{`document.write('next page')`}, "https://y.example/")
			if !strings.Contains(next.HTML, "next page") {
				t.Fatalf("next page not judged normally: %+v", next)
			}
		})
	}
}

func FuzzRun(f *testing.F) {
	f.Add(`document.write(unescape('%3Cb%3Ehi'))`)
	f.Add(`eval(atob('YWxlcnQoMSk='))`)
	f.Add(`(new Function(["docu","ment.title='x'"].join("")))()`)
	f.Add(`var f=document.createElement('iframe');f.srcdoc='<p>x</p>'`)
	f.Fuzz(func(t *testing.T, src string) {
		r := Run([]string{src}, "https://x.example/?a=1")
		framed := 0
		for _, fr := range r.Frames {
			framed += len(fr)
		}
		if len(r.HTML)+len(r.Text)+len(r.Code)+framed > MaxOutput+4096 || len(r.Frames) > MaxFrames {
			t.Fatal("output unbounded")
		}
	})
}

// A run the wall clock cut is still a run past its budget to every caller
// that asks errors.Is(err, ErrBudget); tools/detect tells it apart.
func TestErrWallIsBudget(t *testing.T) {
	if !errors.Is(ErrWall, ErrBudget) || errors.Is(ErrBudget, ErrWall) {
		t.Fatalf("ErrWall %v must wrap ErrBudget, not the other way", ErrWall)
	}
}
