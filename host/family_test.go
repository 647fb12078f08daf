package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

// tinyPNG is a 1×1 picture standing in for a screenshot.
const tinyPNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

func familyEnv(t *testing.T) map[string]string {
	return map[string]string{"ALERTGUARD_DATA_DIR": filepath.Join(t.TempDir(), "data")}
}

func TestGuardianSitesProtectionCLI(t *testing.T) {
	vars := familyEnv(t)
	steps := []struct {
		stdin    string
		args     []string
		code     int
		contains string
	}{
		{"", []string{"guardian", "status"}, 0, "No guardian PIN"},
		{"12\n", []string{"guardian", "set-pin"}, 2, "needs 4 to 64"},
		{"2580\n", []string{"guardian", "set-pin"}, 0, "PIN is set"},
		{"", []string{"guardian", "status"}, 0, "A guardian PIN is set"},
		{"0000\n1111\n", []string{"guardian", "set-pin"}, 3, "not right"},
		{"", []string{"sites", "add", "block", "https://Scam.example/x", "*.fraud.example"}, 0, "fraud.example"},
		{"", []string{"sites", "add", "allow", "bank.example"}, 1, "reading the PIN"},
		{"9999\n", []string{"sites", "add", "allow", "bank.example"}, 3, "not right"},
		{"2580\n", []string{"sites", "add", "allow", "bank.example"}, 0, "bank.example"},
		{"", []string{"sites", "add", "allow", "not a site"}, 2, "not a site name"},
		{"", []string{"sites", "list", "--json"}, 0, `{"allow":["bank.example"],"block":["fraud.example","scam.example"]}`},
		{"", []string{"sites", "remove", "block", "scam.example"}, 1, "PIN"},
		{"2580\n", []string{"sites", "remove", "block", "scam.example"}, 0, "Blocked (always blocked): 1"},
		{"", []string{"protection", "status"}, 0, "Protection is on"},
		{"2580\n", []string{"protection", "pause", "--for", "48h"}, 2, "between 1m and 24h"},
		{"2580\n", []string{"protection", "pause", "--for", "30m"}, 0, "paused until"},
		{"", []string{"protection", "resume"}, 0, "Protection is on"},
		{"2580\n", []string{"guardian", "clear-pin"}, 0, "removed"},
		{"", []string{"sites", "add", "allow", "shop.example"}, 0, "shop.example"},
		{"", []string{"guardian", "launch"}, 2, "Usage"},
	}
	for _, st := range steps {
		r := runCmd(t, st.stdin, vars, st.args...)
		if r.code != st.code || !strings.Contains(r.stdout+r.stderr, st.contains) {
			t.Fatalf("%v: exit %d, want %d; output %q %q; want %q", st.args, r.code, st.code, r.stdout, r.stderr, st.contains)
		}
	}
	b, err := os.ReadFile(filepath.Join(vars["ALERTGUARD_DATA_DIR"], "config.json"))
	if err != nil || bytes.Contains(b, []byte("2580")) {
		t.Fatalf("config holds the PIN in clear or is missing: %s %v", b, err)
	}
}

func TestDoctorReportsCorruptConfigAndSignatures(t *testing.T) {
	vars := familyEnv(t)
	dir := vars["ALERTGUARD_DATA_DIR"]
	os.MkdirAll(filepath.Join(dir, "signatures"), 0o700)
	os.WriteFile(filepath.Join(dir, "signatures", "bad.yaml"), []byte("id: [\n"), 0o600)
	os.WriteFile(filepath.Join(dir, "config.json"), []byte("{not json"), 0o600)
	vars["HOME"] = t.TempDir()
	r := runCmd(t, "", vars, "doctor", "--browser", "chromium")
	for _, want := range []string{"FIX  signatures: external signatures", "built-in set", "FIX  settings:", "defaults are used"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, r.stdout)
		}
	}
	if r.code != 1 {
		t.Errorf("doctor exit %d; want 1", r.code)
	}
	// The host still judges, with the built-in rules.
	s := runCmd(t, "", vars, "scan", "--url", "https://x.example/", "testdata/pages/ja-support-scam.html")
	if s.code != 0 || !strings.Contains(s.stdout, "block") || !strings.Contains(s.stderr, "built-in signatures are used") {
		t.Errorf("scan with a bad external set: %d %q %q", s.code, s.stdout, s.stderr)
	}
}

// seedLog writes a small, fixed log: a blocked support scam that was
// reported and then continued with the PIN, a warned page that was closed,
// and a hostile title that must stay text in both formats.
func seedLog(t *testing.T, dir string) {
	l, err := eventlog.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 20, 1, 30, 0, 0, time.UTC)
	l.Now = func() time.Time { return at }
	scam := &eventlog.Entry{ID: "20261120T013000Z-0000000a", Summary: verdict.Summary{URL: "https://support-microsoft.example/alert?id=1", Title: "Microsoft Windows 警告",
		Decision: "block", Score: 100, Categories: []string{"fake-alert", "phone-lure"},
		Phones: []verdict.Phone{{E164: "+81501234567", Display: "050-1234-5678"}}}, Signatures: []string{"support-scam.brand-alarm-phone", "lock.runtime-fullscreen"}, Browser: "chromium"}
	warned := &eventlog.Entry{ID: "20261121T080000Z-0000000b", Summary: verdict.Summary{URL: "http://camera.example/", Title: `=HYPERLINK("http://x","<script>alert(1)</script>")`,
		Decision: "warn", Score: 45, Categories: []string{"permission-lure"}, Phones: []verdict.Phone{}}, Signatures: []string{"permission.silent-capture", "retired.rule"}, Browser: "firefox"}
	for _, e := range []*eventlog.Entry{scam, warned} {
		e.Time = e.ID[:4] + "-" + e.ID[4:6] + "-" + e.ID[6:8] + "T" + e.ID[9:11] + ":" + e.ID[11:13] + ":" + e.ID[13:15] + "Z"
		if err := l.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		ref, choice string
		pin         bool
	}{{scam.ID, "reported", false}, {scam.ID, "continued", true}, {warned.ID, "closed", false}} {
		if err := l.AppendChoice(c.ref, c.choice, c.pin); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := l.SaveThumbnail(scam.ID, "data:image/png;base64,"+tinyPNG); err != nil {
		t.Fatal(err)
	}
}

func TestLogExportGolden(t *testing.T) {
	vars := familyEnv(t)
	seedLog(t, vars["ALERTGUARD_DATA_DIR"])
	tokyo := time.FixedZone("JST", 9*3600)
	for _, lang := range []string{"ja", "en"} {
		t.Run(lang, func(t *testing.T) {
			out := t.TempDir()
			var stdout, stderr bytes.Buffer
			e := env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(k string) string { return vars[k] },
				now: func() time.Time { return time.Date(2026, 11, 23, 3, 0, 0, 0, time.UTC) }, loc: tokyo}
			htmlPath, csvPath := filepath.Join(out, "r.html"), filepath.Join(out, "r.csv")
			if code := run([]string{"log", "export", "--lang", lang, "--html", htmlPath, "--csv", csvPath}, e); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			for _, f := range []struct{ path, golden string }{{htmlPath, "export-" + lang + ".html"}, {csvPath, "export-" + lang + ".csv"}} {
				got, _ := os.ReadFile(f.path)
				golden := filepath.Join("testdata", "golden", f.golden)
				if *update {
					os.WriteFile(golden, got, 0o644)
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./host -update)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from %s:\n%s", f.path, golden, got)
				}
			}
			html, _ := os.ReadFile(htmlPath)
			// The hostile title stays text, and nothing is loaded from outside.
			for _, bad := range []string{"<script", `src="http`, `href="http`} {
				if bytes.Contains(html, []byte(bad)) {
					t.Errorf("report holds %q", bad)
				}
			}
			if !bytes.Contains(html, []byte(`src="data:image/png;base64,`)) {
				t.Error("thumbnail not inlined")
			}
			csv, _ := os.ReadFile(csvPath)
			if !bytes.Contains(csv, []byte(`'=HYPERLINK`)) || !bytes.HasPrefix(csv, []byte("\ufeff")) {
				t.Errorf("CSV not defused or lacks its BOM:\n%s", csv)
			}
		})
	}
}
