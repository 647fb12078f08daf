package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/install/callers"
)

var update = flag.Bool("update", false, "rewrite golden files")

type cmdResult struct {
	code           int
	stdout, stderr string
}

func runCmd(t *testing.T, stdin string, envVars map[string]string, args ...string) cmdResult {
	t.Helper()
	var out, errb bytes.Buffer
	e := env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string { return envVars[k] }}
	code := run(args, e)
	return cmdResult{code, out.String(), errb.String()}
}

func TestScanGolden(t *testing.T) {
	pages, _ := filepath.Glob("testdata/pages/*.html")
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".html")
		t.Run(name, func(t *testing.T) {
			r := runCmd(t, "", nil, "scan", "--json", "--url", "https://"+name+".example.net/", p)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			var pretty bytes.Buffer
			if err := json.Indent(&pretty, []byte(r.stdout), "", "  "); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, r.stdout)
			}
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				os.WriteFile(golden, pretty.Bytes(), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./host -update)", err)
			}
			if !bytes.Equal(pretty.Bytes(), want) {
				t.Errorf("scan output differs from %s:\n%s", golden, pretty.String())
			}
		})
	}
}

func TestScanVerdictsAndFields(t *testing.T) {
	tests := []struct{ page, want string }{
		{"testdata/pages/ja-support-scam.html", "block"},
		{"testdata/pages/clickfix.html", "block"},
		{"testdata/pages/news.html", "allow"},
		{"testdata/pages/shop-contact.html", "allow"},
	}
	for _, tt := range tests {
		r := runCmd(t, "", nil, "scan", "--json", "--url", "https://x.example.net/", tt.page)
		var v map[string]any
		if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
			t.Fatalf("%s: %v", tt.page, err)
		}
		for _, k := range []string{"path", "url", "verdict", "score", "categories", "phones", "signatures", "reasons", "explanation", "signatureVersion"} {
			if _, ok := v[k]; !ok && !(k == "signatures" && tt.want == "allow") {
				t.Errorf("%s: field %s missing", tt.page, k)
			}
		}
		if v["verdict"] != tt.want || v["path"] != tt.page {
			t.Errorf("%s: verdict %v path %v, want %s (the decision, at the top level, as scoring tools read it)", tt.page, v["verdict"], v["path"], tt.want)
		}
	}
}

func TestScanJapanesePhone(t *testing.T) {
	r := runCmd(t, "", nil, "scan", "--json", "--url", "https://x.example.net/", "testdata/pages/ja-support-scam.html")
	var v struct {
		Phones []struct{ E164, Display string }
	}
	json.Unmarshal([]byte(r.stdout), &v)
	if len(v.Phones) != 1 || v.Phones[0].E164 != "+815058123456" || v.Phones[0].Display != "050-5812-3456" {
		t.Fatalf("phones = %+v", v.Phones)
	}
}

func TestScanErrorsNameTheFileAndGoOn(t *testing.T) {
	r := runCmd(t, "", nil, "scan", "--json", "testdata/pages/nope.html", "testdata/pages/news.html")
	if r.code == 0 || !strings.Contains(r.stderr, "testdata/pages/nope.html") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"error"`) || !strings.Contains(lines[1], "news.html") {
		t.Fatalf("stdout %q: want an error line for the missing file, then the judged page", r.stdout)
	}
}

func TestScanStdinFolderAndSnapshot(t *testing.T) {
	r := runCmd(t, "<p>hello</p>", nil, "scan", "--json", "-")
	if r.code != 0 || !strings.Contains(r.stdout, `"verdict":"allow"`) {
		t.Fatalf("stdin: %d %q %q", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "", nil, "scan", "testdata/pages")
	if r.code != 0 || strings.Count(r.stdout, "testdata/pages/") != 4 {
		t.Fatalf("folder: %d %q", r.code, r.stdout)
	}
	r = runCmd(t, "", nil, "scan", "--json", "--snapshot", "testdata/snapshots/clickfix-runtime.json")
	if r.code != 0 || !strings.Contains(r.stdout, `"verdict":"block"`) || !strings.Contains(r.stdout, "hard.clipboard-hidden-command") {
		t.Fatalf("snapshot: %d %q %q", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "{", nil, "scan", "--snapshot", "-")
	if r.code == 0 || !strings.Contains(r.stderr, "snapshot") {
		t.Fatalf("bad snapshot: %d %q", r.code, r.stderr)
	}
}

func nativeFrame(s string) string {
	b := make([]byte, 4+len(s))
	binary.NativeEndian.PutUint32(b, uint32(len(s)))
	copy(b[4:], s)
	return string(b)
}

func TestNativeMode(t *testing.T) {
	dir := t.TempDir()
	envVars := map[string]string{"ALERTGUARD_DATA_DIR": dir}
	r := runCmd(t, nativeFrame(`{"id":"1","type":"ping"}`), envVars, "chrome-extension://"+callers.ChromiumID+"/")
	if r.code != 0 || !strings.Contains(r.stdout, `"type":"pong"`) {
		t.Fatalf("chromium ping: %d %q %q", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, nativeFrame(`{"id":"1","type":"ping"}`), envVars, "/x/"+callers.HostName+".json", callers.FirefoxID)
	if r.code != 0 || !strings.Contains(r.stdout, `"type":"pong"`) {
		t.Fatalf("firefox ping: %d %q", r.code, r.stdout)
	}
	r = runCmd(t, nativeFrame(`{"id":"1","type":"ping"}`), envVars, "chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/")
	if r.code == 0 || !strings.Contains(r.stdout, "forbidden_caller") || strings.Contains(r.stdout, "pong") {
		t.Fatalf("stranger: %d %q", r.code, r.stdout)
	}
}

func TestLogCommands(t *testing.T) {
	dir := t.TempDir()
	envVars := map[string]string{"ALERTGUARD_DATA_DIR": dir}
	scam, _ := os.ReadFile("testdata/pages/ja-support-scam.html")
	req, _ := json.Marshal(map[string]any{"id": "a", "type": "analyze", "snapshot": map[string]any{"url": "https://x.example.net/", "html": string(scam)}})
	if r := runCmd(t, nativeFrame(string(req)), envVars, "chrome-extension://"+callers.ChromiumID+"/"); !strings.Contains(r.stdout, "logId") {
		t.Fatalf("analyze: %q %q", r.stdout, r.stderr)
	}
	r := runCmd(t, "", envVars, "log", "list", "--json", "--since", "1h")
	var list []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || len(list) != 1 || list[0]["url"] != "https://x.example.net/" {
		t.Fatalf("log list: %q %v", r.stdout, err)
	}
	e := list[0]
	r = runCmd(t, "", envVars, "log", "show", e["id"].(string))
	if r.code != 0 || !strings.Contains(r.stdout, "050-5812-3456") {
		t.Fatalf("log show: %d %q", r.code, r.stdout)
	}
	if r = runCmd(t, "", envVars, "log", "show", "nope"); r.code == 0 {
		t.Fatal("log show of unknown id succeeded")
	}
	st, err := os.Stat(filepath.Join(dir, "log.jsonl"))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("log file mode %v %v", st.Mode(), err)
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"scan", "--help"}, {"log", "--help"}, {"log", "list", "--help"}, {"signatures", "--help"}, {"version", "--help"}} {
		if r := runCmd(t, "", nil, args...); r.code != 0 || !strings.Contains(r.stdout, "Usage") {
			t.Errorf("%v: %d %q", args, r.code, r.stdout)
		}
	}
	if r := runCmd(t, "", nil, "version"); r.code != 0 || !strings.HasPrefix(r.stdout, "alertguard "+Version) {
		t.Errorf("version: %q", r.stdout)
	}
	if r := runCmd(t, "", nil, "frobnicate"); r.code != 2 {
		t.Errorf("unknown command exit %d", r.code)
	}
	if r := runCmd(t, "", nil, "signatures", "test"); r.code != 0 || !strings.Contains(r.stdout, "0 failed") {
		t.Errorf("signatures test: %d %q", r.code, r.stdout)
	}
}

// TestRuntimeSnapshots: recorded snapshots with runtime events (a Copy
// button's write, a download) keep their verdicts: legitimate pages whose
// own buttons copy a command or start a program download are not blocked;
// a macOS ClickFix write without a pipe is.
func TestRuntimeSnapshots(t *testing.T) {
	tests := []struct{ file, want string }{
		{"legit-scoop-guide-copy.json", "allow"},
		{"legit-docs-signature-verification-copy.json", "allow"},
		{"legit-media-player-download.json", "allow"},
		{"legit-freeware-download.json", "allow"},
		{"scam-macos-clickfix-bash-c-curl.json", "block"},
		{"clickfix-runtime.json", "block"},
	}
	for _, tc := range tests {
		r := runCmd(t, "", map[string]string{"ALERTGUARD_DATA_DIR": t.TempDir()}, "scan", "--json", "--snapshot", "testdata/snapshots/"+tc.file)
		var line struct {
			Decision string `json:"verdict"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &line); err != nil || line.Decision != tc.want {
			t.Errorf("%s: %q (%v), want %s", tc.file, r.stdout, err, tc.want)
		}
	}
}
