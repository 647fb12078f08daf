package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/judge"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// TestOddInputsGolden: the CLI never stays silent or falsely reassuring
// about input it could not judge. Each case's exit code, stdout and stderr
// are compared with testdata/golden/odd/NAME.txt (go test ./host -update).
func TestOddInputsGolden(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "notes", "readme.txt"), []byte("no pages here"))
	must(t, os.MkdirAll(filepath.Join(dir, "empty"), 0o755))
	mustWrite(t, filepath.Join(dir, "binary.html"), append([]byte("\x7fELF\x02\x01\x01"), make([]byte, 64)...))
	rnd := make([]byte, 20<<20)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range rnd {
		rnd[i] = byte(r.Uint32())
	}
	mustWrite(t, filepath.Join(dir, "random.html"), rnd)
	scam, err := os.ReadFile("testdata/pages/ja-support-scam.html")
	must(t, err)
	i := bytes.Index(scam, []byte("<body"))
	big := append(append(append([]byte{}, scam[:i]...), []byte("<!-- "+strings.Repeat("x", 3<<20)+" -->")...), scam[i:]...)
	mustWrite(t, filepath.Join(dir, "big-scam.html"), big)
	data := filepath.Join(dir, "data")
	vars := map[string]string{"ALERTGUARD_DATA_DIR": data}
	cases := []struct {
		name string
		args []string
	}{
		{"empty-folder", []string{"scan", filepath.Join(dir, "empty")}},
		{"folder-without-pages", []string{"scan", filepath.Join(dir, "notes")}},
		{"binary-file", []string{"scan", filepath.Join(dir, "binary.html")}},
		{"random-20mb", []string{"scan", "--json", filepath.Join(dir, "random.html")}},
		{"scam-behind-3mb-comment", []string{"scan", "--url", "https://x.example.net/", filepath.Join(dir, "big-scam.html")}},
		{"scan-help", []string{"scan", "--help"}},
		{"scan-bad-option", []string{"scan", "-bogus"}},
		{"log-list-json-empty", []string{"log", "list", "--json"}},
		{"log-list-empty", []string{"log", "list"}},
		{"no-arguments", []string{"scan"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := runCmd(t, "", vars, tc.args...)
			got := "exit " + strconv.Itoa(res.code) + "\n--- stdout\n" + res.stdout + "--- stderr\n" + res.stderr
			got = strings.ReplaceAll(got, dir, "$DIR")
			compareGolden(t, filepath.Join("testdata", "golden", "odd", tc.name+".txt"), got)
		})
	}
}

func TestPhoneLineHasNoEmptyBrackets(t *testing.T) {
	var out bytes.Buffer
	v := &verdict.Result{Summary: verdict.Summary{Decision: verdict.Block, Score: 90,
		Phones: []verdict.Phone{{Display: "000-0000-0000"}, {E164: "+815012345678", Display: "050-1234-5678"}}}}
	printLine(&out, scanLine{Path: "p.html", Result: v, jd: judge.Judgement{Verdict: v}}, false, time.UTC)
	if strings.Contains(out.String(), "()") || !strings.Contains(out.String(), "do not call: 000-0000-0000\n") ||
		!strings.Contains(out.String(), "050-1234-5678 (+815012345678)") {
		t.Fatalf("phone lines:\n%s", out.String())
	}
}

func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		must(t, os.MkdirAll(filepath.Dir(path), 0o755))
		must(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./host -update)", err)
	}
	if got != string(want) {
		t.Fatalf("output differs from %s:\n%s\n--- want\n%s", path, got, want)
	}
}

func mustWrite(t *testing.T, path string, b []byte) {
	t.Helper()
	must(t, os.MkdirAll(filepath.Dir(path), 0o755))
	must(t, os.WriteFile(path, b, 0o644))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
