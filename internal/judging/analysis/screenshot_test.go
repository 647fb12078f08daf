package analysis

import (
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/ocr"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// ocrTestdata holds the test pages and their screenshots (its README says
// how they were made).
const ocrTestdata = "../ocr/testdata"

// withOCR is the default analyzer with a patient OCR (shared test
// machines are slow; tests check what is decided, not how fast), or a
// skip when Tesseract is missing — a failure in CI, which installs it.
func withOCR(t *testing.T) *Analyzer {
	t.Helper()
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a.OCR = ocr.New(ocr.Options{Timeout: 2 * time.Minute})
	if !a.OCR.Available() {
		if os.Getenv("CI") != "" || os.Getenv("ALERTGUARD_REQUIRE_OCR") != "" {
			t.Fatal("tesseract is missing in CI: .ci/run must install tesseract-ocr and tesseract-ocr-jpn")
		}
		t.Skip("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-jpn): screenshot tests skipped")
	}
	return a
}

// screenshotPage is a test page as the extension would send it: its DOM,
// no visible text (the words are drawn), and its screenshot.
func screenshotPage(t *testing.T, name, url, trigger string) *snapshot.Snapshot {
	t.Helper()
	html, err := os.ReadFile(filepath.Join(ocrTestdata, "pages", name+".html"))
	if err != nil {
		t.Fatal(err)
	}
	jpg, err := os.ReadFile(filepath.Join(ocrTestdata, name+".jpg"))
	if err != nil {
		t.Fatal(err)
	}
	return &snapshot.Snapshot{URL: url, HTML: string(html), Reason: "load",
		Screenshot: &snapshot.Screenshot{MIME: "image/jpeg", Data: base64.StdEncoding.EncodeToString(jpg), Trigger: trigger}}
}

// TestScreenshotJudged: a page whose alarm is drawn, not written, is
// judged on what it shows; a canvas game is not flagged for its score.
// Without the screenshot the same DOM says nothing (the control).
func TestScreenshotJudged(t *testing.T) {
	a := withOCR(t)
	tests := []struct {
		name, url, trigger string
		want               []string // decisions accepted with the screenshot
		phone              string   // a number the verdict must say not to call
		rendered           string   // a word the facts must have from the picture
	}{
		{name: "warning-en", url: "https://pc-alert-7731.example.xyz/", trigger: "images",
			want: []string{"block", "warn"}, phone: "1-800-555-0100", rendered: "microsoft"},
		{name: "locker-ja", url: "https://win-sec-jp.example.top/", trigger: "canvas",
			want: []string{"block", "warn"}, phone: "0120-000-000", rendered: "ウイルスに感染"},
		{name: "game", url: "https://games.example.com/jumper/", trigger: "canvas",
			want: []string{"allow"}, rendered: "score 12450"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := screenshotPage(t, tt.name, tt.url, tt.trigger)
			f, _, errs := a.Features(s)
			if len(errs) > 0 {
				t.Fatalf("problems: %v", errs)
			}
			if !strings.Contains(f.Rendered, tt.rendered) || !strings.Contains(f.Text, tt.rendered) {
				t.Errorf("%q not in the rendered text %q", tt.rendered, f.Rendered)
			}
			v := a.Analyze(screenshotPage(t, tt.name, tt.url, tt.trigger))
			t.Logf("%s: %s %d %v", tt.name, v.Decision, v.Score, v.SignatureIDs())
			if !contains(tt.want, v.Decision) {
				t.Errorf("verdict %s (score %d, %v), want one of %v", v.Decision, v.Score, v.SignatureIDs(), tt.want)
			}
			if tt.phone != "" && !hasPhone(v.Phones, tt.phone) {
				t.Errorf("phones %+v, want %s", v.Phones, tt.phone)
			}
			if len(v.Problems) > 0 {
				t.Errorf("problems: %v", v.Problems)
			}
			bare := screenshotPage(t, tt.name, tt.url, tt.trigger)
			bare.Screenshot = nil
			if v := a.Analyze(bare); v.Decision != "allow" {
				t.Errorf("without the screenshot: %s %v — the control should say nothing", v.Decision, v.SignatureIDs())
			}
		})
	}
}

// TestScreenshotUnread: when the picture cannot be read the verdict says
// so in its problems, and the rest of the judgement stands.
func TestScreenshotUnread(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	missing := *base
	missing.OCR = ocr.New(ocr.Options{Path: filepath.Join(t.TempDir(), "tesseract")})
	none := *base
	none.OCR = nil
	scam := `<title>Microsoft Warning Alert</title><h1>Your computer has been locked</h1>
		<p>Your computer is infected with a Trojan spyware. Call Microsoft Support 0120-941-234 (Toll Free) immediately.</p>`
	tests := []struct {
		name    string
		a       *Analyzer
		shot    *snapshot.Screenshot
		problem string
	}{
		{name: "no tesseract", a: &missing, problem: "could not be read, it was judged on its page text alone: no OCR program (Tesseract)"},
		{name: "no reader", a: &none, problem: "was not read: no OCR program"},
		{name: "invalid screenshot", a: base, shot: &snapshot.Screenshot{MIME: "image/gif", Data: "R0lGODlh"}, problem: `was not read: screenshot: type "image/gif"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := screenshotPage(t, "warning-en", "https://pc-alert-7731.example.xyz/", "images")
			s.HTML = scam
			if tt.shot != nil {
				raw := `{"url":"https://pc-alert-7731.example.xyz/","html":` + quote(scam) + `,"screenshot":{"mime":"` + tt.shot.MIME + `","data":"` + tt.shot.Data + `"}}`
				if s, err = snapshot.Decode([]byte(raw)); err != nil {
					t.Fatal(err)
				}
			}
			v := tt.a.Analyze(s)
			if !hasProblem(v.Problems, tt.problem) {
				t.Errorf("problems %q, want one saying %q", v.Problems, tt.problem)
			}
			if v.Decision != "block" {
				t.Errorf("the page's own text no longer judged: %s %v", v.Decision, v.SignatureIDs())
			}
		})
	}
	// No screenshot, no word about one.
	v := base.Analyze(&snapshot.Snapshot{URL: "https://x.example/", HTML: scam})
	for _, p := range v.Problems {
		if strings.Contains(p, "picture") {
			t.Errorf("a problem about a picture that was never sent: %q", p)
		}
	}
}

// TestRenderedLegitimate: drawn text that warns about scams, or that only
// names a brand, is not flagged for being drawn (the text stands in for
// an OCR reading, so this runs without Tesseract).
func TestRenderedLegitimate(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, txt := range []string{
		"サポート詐欺に注意\n「ウイルスに感染しています」という偽の警告\n表示された番号に電話しないでください\nIPA 安心相談窓口 03-5978-7509",
		"Tech support scams: how to spot them\nA fake warning says \"Your computer is infected\"\nNever call the number on the screen\nMicrosoft never shows phone numbers in error messages",
		"Windows Update\nWorking on updates 35% complete\nDon't turn off your computer",
		"SCORE 12450\nGAME OVER\nPress SPACE to restart",
		"Microsoft PowerPoint\nQuarterly results 2026\nRevenue up 12%",
	} {
		s := &snapshot.Snapshot{URL: "https://slides.example.com/deck/1", HTML: "<html><body><canvas></canvas></body></html>", Rendered: txt}
		f := facts.BuildWith(s, &facts.PageReader{Union: a.page, Brands: pageBrands})
		if f.Rendered == "" || !strings.Contains(f.Text, f.Rendered[:10]) {
			t.Fatalf("rendered text not in the facts: %q", f.Rendered)
		}
		env := a.Env()
		env.Page, env.PageList = f.PageRead, pageSignatures
		hits, _ := a.Set.Match(f, env)
		v := a.decider.Decide(f, a.ext.ExtractRead(f, hits, a.pageRead(f)), nil).Verdict
		if v.Decision != verdict.Allow {
			t.Errorf("%s %d %v for drawn text %q", v.Decision, v.Score, v.SignatureIDs(), txt)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func hasProblem(problems []string, want string) bool {
	for _, p := range problems {
		if strings.Contains(p, want) {
			return true
		}
	}
	return false
}

func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}

func hasPhone(phones []verdict.Phone, display string) bool {
	for _, p := range phones {
		if p.Display == display && p.DoNotCall {
			return true
		}
	}
	return false
}
