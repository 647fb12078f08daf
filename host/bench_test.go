package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/ocr"
)

// TestBenchReports: bench times the pages it was given, says its three ratios
// and the ratio of the CPU times, and writes the CPU profile it was asked for; a folder with no page is an
// error, not a report of nothing.
func TestBenchReports(t *testing.T) {
	dir := t.TempDir()
	vars := map[string]string{"ALERTGUARD_DATA_DIR": filepath.Join(dir, "data")}
	prof := filepath.Join(dir, "cpu.prof")
	res := runCmd(t, "", vars, "bench", "--runs", "2", "--cpuprofile", prof, "testdata/pages")
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	wants := []string{
		`(?m)^pages [1-9]\d* × 2 runs on `,
		`(?m)^analysis/page +median \S+ +p99 \S+ +max \S+$`,
		`(?m)^parse only +median \S+ +\(analysis/parse ratio \d+\.\d\)$`,
		`(?m)^all pages +analysis \S+, parse \S+ +\(ratio \d+\.\d\)$`,
		`(?m)^each page +analysis/parse ratio of its medians: median \d+\.\d, p75 \d+\.\d$`,
	}
	if processCPU() > 0 { // a system where bench reads the process's CPU time
		wants = append(wants, `(?m)^all pages, CPU +analysis \S+, parse \S+ +\(ratio \d+\.\d; `)
	}
	for _, want := range wants {
		if !regexp.MustCompile(want).MatchString(res.stdout) {
			t.Errorf("no line like %s in:\n%s", want, res.stdout)
		}
	}
	if st, err := os.Stat(prof); err != nil || st.Size() == 0 {
		t.Errorf("no CPU profile written: %v", err)
	}
	must(t, os.MkdirAll(filepath.Join(dir, "empty"), 0o755))
	if res := runCmd(t, "", vars, "bench", filepath.Join(dir, "empty")); res.code == 0 {
		t.Errorf("bench over a folder with no page exited 0: %s", res.stdout)
	}
}

// TestBenchOCR: with screenshots among the inputs (a picture, a recorded
// snapshot carrying one) bench says how long reading one takes; without,
// it says nothing about OCR.
func TestBenchOCR(t *testing.T) {
	if !ocr.New(ocr.Options{}).Available() {
		if os.Getenv("CI") != "" || os.Getenv("ALERTGUARD_REQUIRE_OCR") != "" {
			t.Fatal("tesseract is missing in CI: .ci/run must install tesseract-ocr and tesseract-ocr-jpn")
		}
		t.Skip("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-jpn): bench's OCR line not tested")
	}
	dir := t.TempDir()
	vars := map[string]string{"ALERTGUARD_DATA_DIR": filepath.Join(dir, "data")}
	pic := "../internal/judging/ocr/testdata/game.jpg"
	jpg, err := os.ReadFile(pic)
	must(t, err)
	snap, _ := json.Marshal(map[string]any{"url": "https://x.example/", "text": "",
		"screenshot": map[string]string{"mime": "image/jpeg", "data": base64.StdEncoding.EncodeToString(jpg), "trigger": "canvas"}})
	must(t, os.WriteFile(filepath.Join(dir, "game.json"), snap, 0o644))
	res := runCmd(t, "", vars, "bench", "--runs", "2", pic, dir)
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	for _, want := range []string{
		`(?m)^pages 2 × 2 runs on `,
		`(?m)^ocr/screenshot +median \S+ +p90 \S+ +max \S+ +\(Tesseract CPU median \S+, p90 \S+\)$`,
		`(?m)^ocr readings +2 screenshots × 2 runs; over the host's \S+ deadline: \d+; failed: 0$`,
	} {
		if !regexp.MustCompile(want).MatchString(res.stdout) {
			t.Errorf("no line like %s in:\n%s", want, res.stdout)
		}
	}
	res = runCmd(t, "", vars, "bench", "--runs", "1", "testdata/pages")
	if strings.Contains(res.stdout, "ocr") {
		t.Errorf("an OCR line without screenshots:\n%s", res.stdout)
	}
}

// TestBenchProcess: bench starts the real binary as a browser would and
// says how long to its first verdict, and runs scan as a process against
// the parse of the same pages.
func TestBenchProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "alertguard")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	var out, errb bytes.Buffer
	e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
		executable: func() (string, error) { return bin, nil }}
	if code := run([]string{"bench", "--startup", "2", "--scan", "2", "testdata/pages"}, e); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{
		`(?m)^start to first verdict +median \S+ +p90 \S+ +max \S+ +\(2 cold starts, \d+-byte request\)$`,
		`(?m)^host process CPU +median \S+ +p90 \S+ +\(start to exit, all threads\)$`,
		`(?m)^scan process +[1-9]\d* pages × 2 runs: wall median \S+ p90 \S+, CPU median \S+ p90 \S+$`,
		`(?m)^parse only +all [1-9]\d* pages, median pass: wall \S+, CPU \S+ +\(scan/parse ratio: wall \d+\.\d\d, CPU \d+\.\d\d\)$`,
	} {
		if !regexp.MustCompile(want).MatchString(out.String()) {
			t.Errorf("no line like %s in:\n%s", want, out.String())
		}
	}
	e.executable = func() (string, error) { return "/bin/true", nil } // no verdict comes back
	if code := run([]string{"bench", "--startup", "1"}, e); code == 0 {
		t.Errorf("bench --startup with a host that never answers exited 0")
	}
}
