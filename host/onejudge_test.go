package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/install/callers"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// nativeVerdict asks the native host (as Chromium starts it) about a page
// and returns the reply's raw verdict and policy.
func nativeVerdict(t *testing.T, vars map[string]string, url, html string) (json.RawMessage, string) {
	t.Helper()
	req, _ := json.Marshal(map[string]any{"id": "a", "type": "analyze", "snapshot": map[string]any{"url": url, "html": html}})
	r := runCmd(t, nativeFrame(string(req)), vars, "chrome-extension://"+callers.ChromiumID+"/")
	if len(r.stdout) < 4 {
		t.Fatalf("no reply: %q", r.stderr)
	}
	var reply struct {
		Verdict json.RawMessage `json:"verdict"`
		Policy  string          `json:"policy"`
	}
	if err := json.Unmarshal([]byte(r.stdout[4:]), &reply); err != nil {
		t.Fatalf("reply %q: %v", r.stdout, err)
	}
	return reply.Verdict, reply.Policy
}

// scanVerdict asks `scan --json` about the same page. The line carries the
// verdict's fields at the top level beside path, policy, signatures and
// notes; the verdict is read back out of it and written again, which gives
// its bytes only if every field came through unchanged.
func scanVerdict(t *testing.T, vars map[string]string, url, path string) (json.RawMessage, string, string) {
	t.Helper()
	r := runCmd(t, "", vars, "scan", "--json", "--url", url, path)
	var line struct {
		verdict.Result
		Policy string `json:"policy"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &line); err != nil {
		t.Fatalf("scan %q %q: %v", r.stdout, r.stderr, err)
	}
	b, err := json.Marshal(&line.Result)
	if err != nil {
		t.Fatal(err)
	}
	text := runCmd(t, "", vars, "scan", "--url", url, path)
	return b, line.Policy, text.stdout
}

// TestOneJudgeForEveryFrontEnd: the native host and `scan` (the demo's two
// paths: the browser and the command line) give byte-identical verdicts,
// and both apply the family's site lists and pause.
func TestOneJudgeForEveryFrontEnd(t *testing.T) {
	vars := map[string]string{"ALERTGUARD_DATA_DIR": t.TempDir()}
	pages, _ := filepath.Glob("testdata/pages/*.html")
	check := func(t *testing.T, url, page, wantPolicy, wantText string) {
		html, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		nv, np := nativeVerdict(t, vars, url, string(html))
		sv, sp, text := scanVerdict(t, vars, url, page)
		if string(nv) != string(sv) || np != sp {
			t.Fatalf("native and scan differ for %s:\nnative %s %s\nscan   %s %s", page, np, nv, sp, sv)
		}
		if np != wantPolicy || !strings.Contains(text, wantText) {
			t.Fatalf("%s: policy %q, want %q; scan says %q, want %q", page, np, wantPolicy, text, wantText)
		}
	}
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) { check(t, "https://judge.example.net/", p, "", "") })
	}
	if r := runCmd(t, "", vars, "sites", "add", "block", "listed.example"); r.code != 0 {
		t.Fatalf("sites add: %q", r.stderr)
	}
	t.Run("block-listed", func(t *testing.T) {
		check(t, "https://www.listed.example/", "testdata/pages/news.html", "block-list", "policy: block-list — listed.example")
	})
	if r := runCmd(t, "", vars, "protection", "pause", "--for", "30m"); r.code != 0 {
		t.Fatalf("pause: %q", r.stderr)
	}
	t.Run("paused", func(t *testing.T) {
		check(t, "https://judge.example.net/", "testdata/pages/ja-support-scam.html", "paused", "policy: paused")
		v, _, _ := scanVerdict(t, vars, "https://judge.example.net/", "testdata/pages/ja-support-scam.html")
		if !strings.HasPrefix(string(v), `{"verdict":"allow"`) {
			t.Fatalf("paused scam: %s", v)
		}
	})
}
