package facts

import (
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// TestBuiltContentIsRead: what a page's scripts build is read the way the
// browser shows it — a srcdoc frame as a frame (its text, headings and
// links), code run through a loader as script, a decoded bill as text —
// and an ordinary page runs nothing.
func TestBuiltContentIsRead(t *testing.T) {
	tests := []struct {
		name, html string
		check      func(f *Facts) bool
	}{
		{"srcdoc written by script",
			`<p>blog</p><script>var f=document.createElement('iframe');f.srcdoc="<h1>Your Chrome is out of date</h1><a href=\"https://x.invalid/U.zip\" download>Update</a>";document.body.appendChild(f);</script>`,
			func(f *Facts) bool {
				return strings.Contains(f.Headings, "your chrome is out of date") && len(f.Docs) == 2 && f.Decoded == ""
			}},
		{"string-array Function loader",
			`<script>var a=["navigator.clipboard.wri","teText('powershell -w h')"];(new Function(a.join("")))();</script>`,
			func(f *Facts) bool {
				return f.APIs["clipboard-write"] > 0 && strings.Contains(f.Script, "navigator.clipboard.writeText('powershell -w h')")
			}},
		{"document.write(decodeURIComponent)",
			`<script>document.write(decodeURIComponent("%E5%85%A5%E4%BC%9A%E9%87%91%2059%2C000%E5%86%86"))</script>`,
			func(f *Facts) bool { return strings.Contains(f.Text, "入会金 59,000円") && f.Decoded != "" }},
		{"an ordinary script runs nothing",
			`<script>var a=[1,2].join(","); new Function("return 1")(); document.write("<p>hi</p>")</script>`,
			func(f *Facts) bool { return f.Decoded == "" && len(f.Docs) == 1 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Build(&snapshot.Snapshot{URL: "https://x.example/", HTML: tt.html})
			if !tt.check(f) {
				t.Errorf("headings %q text %q decoded %q docs %d apis %v", f.Headings, f.Text, f.Decoded, len(f.Docs), f.APIs)
			}
		})
	}
}
