package main

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestBenchReports: bench times the pages it was given, says its three ratios
// and writes the CPU profile it was asked for; a folder with no page is an
// error, not a report of nothing.
func TestBenchReports(t *testing.T) {
	dir := t.TempDir()
	vars := map[string]string{"ALERTGUARD_DATA_DIR": filepath.Join(dir, "data")}
	prof := filepath.Join(dir, "cpu.prof")
	res := runCmd(t, "", vars, "bench", "--runs", "2", "--cpuprofile", prof, "testdata/pages")
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	for _, want := range []string{
		`(?m)^pages [1-9]\d* × 2 runs on `,
		`(?m)^analysis/page +median \S+ +p99 \S+ +max \S+$`,
		`(?m)^parse only +median \S+ +\(analysis/parse ratio \d+\.\d\)$`,
		`(?m)^all pages +analysis \S+, parse \S+ +\(ratio \d+\.\d\)$`,
		`(?m)^each page +analysis/parse ratio of its medians: median \d+\.\d, p75 \d+\.\d$`,
	} {
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
