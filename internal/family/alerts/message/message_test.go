package message

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var jst = time.FixedZone("JST", 9*3600)

func TestRenderGolden(t *testing.T) {
	cases := []struct {
		name string
		a    Alert
	}{
		{"block", Alert{Kind: KindBlock, Time: "2026-12-07T12:03:00Z", Categories: []string{"fake-alert", "phone-lure", "fullscreen-lock"},
			Phones: []string{"050-1234-5678"}, Choice: "closed"}},
		{"block-url-repeats", Alert{Kind: KindBlock, Time: "2026-12-07T12:03:00Z", Categories: []string{"clickfix"},
			URL: "https://verify-human.example/captcha?id=<script>", Repeats: 49, Suppressed: 3}},
		{"warn", Alert{Kind: KindWarn, Time: "2026-12-07T12:03:00Z", Categories: []string{"permission-lure"}}},
		{"choice", Alert{Kind: KindChoice, Time: "2026-12-07T12:03:00Z", Categories: []string{"fake-alert"}, Choice: "continued", WithPIN: true}},
		{"step", Alert{Kind: KindStep, Time: "2026-12-07T12:43:00Z", Step: "remote-access", Earlier: "2026-12-07T12:03:00Z", Phones: []string{"050-1234-5678"}}},
		{"test", Alert{Kind: KindTest, Time: "2026-12-07T12:03:00Z"}},
	}
	for _, c := range cases {
		for _, lang := range []string{"ja", "en"} {
			t.Run(c.name+"-"+lang, func(t *testing.T) {
				r, err := Render(c.a, lang, jst)
				if err != nil {
					t.Fatal(err)
				}
				got := "Subject: " + r.Subject + "\n\n" + r.Text + "\n---- HTML ----\n" + r.HTML
				path := filepath.Join("testdata", "golden", c.name+"-"+lang+".txt")
				if *update {
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run with -update)", err)
				}
				if got != string(want) {
					t.Errorf("%s differs from the golden file:\n%s", path, got)
				}
			})
		}
	}
}

// What the page wrote must never become markup in the e-mail.
func TestRenderEscapes(t *testing.T) {
	r, err := Render(Alert{Kind: KindBlock, Time: "2026-12-07T12:03:00Z", URL: `https://x.example/"><img src=x onerror=alert(1)>`}, "en", jst)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.HTML, "<img") {
		t.Errorf("the address was not escaped: %s", r.HTML)
	}
}

func TestFirstAction(t *testing.T) {
	for _, c := range []struct {
		cats   []string
		phones bool
		want   string
	}{
		{[]string{"fake-alert"}, true, "do-not-call"},
		{[]string{"fake-alert"}, false, "close-browser"},
		{[]string{"phone-lure", "clickfix"}, true, "do-not-paste"},
		{[]string{"fake-av-purchase"}, false, "do-not-install"},
		{nil, false, "close-browser"},
	} {
		if got := firstAction(c.cats, c.phones); got != c.want {
			t.Errorf("firstAction(%v, %v) = %s, want %s", c.cats, c.phones, got, c.want)
		}
	}
}
