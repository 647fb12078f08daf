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
	f.Fuzz(func(t *testing.T, src string) {
		r := Run([]string{src}, "https://x.example/?a=1")
		if len(r.HTML)+len(r.Text) > MaxOutput+4096 {
			t.Fatal("output unbounded")
		}
	})
}
