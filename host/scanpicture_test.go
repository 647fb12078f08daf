package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScanSaysPictureUnread: scan is never silent about a screenshot it
// did not read — in its lines and in --json's notes — and judges the rest.
func TestScanSaysPictureUnread(t *testing.T) {
	dir := t.TempDir()
	vars := map[string]string{"ALERTGUARD_DATA_DIR": filepath.Join(dir, "data")}
	snap := filepath.Join(dir, "snap.json")
	must(t, os.WriteFile(snap, []byte(`{"url":"https://x.example/","html":"<title>Microsoft Warning Alert</title><h1>Your computer has been locked</h1><p>Your computer is infected with a Trojan spyware. Call Microsoft Support 0120-941-234 (Toll Free) immediately.</p>",
		"screenshot":{"mime":"image/gif","data":"R0lGODlh","trigger":"images"}}`), 0o644))
	const note = `the picture of the page was not read: screenshot: type "image/gif"`
	res := runCmd(t, "", vars, "scan", "--snapshot", snap)
	if res.code != 0 || !strings.Contains(res.stdout, "note: "+note) || !strings.HasPrefix(res.stdout, "block") {
		t.Errorf("exit %d, want the page blocked with a note on the picture:\n%s%s", res.code, res.stdout, res.stderr)
	}
	res = runCmd(t, "", vars, "scan", "--snapshot", "--json", snap)
	if !strings.Contains(res.stdout, `"notes":["`+strings.ReplaceAll(note, `"`, `\"`)) {
		t.Errorf("--json notes lack the picture:\n%s", res.stdout)
	}
	// A snapshot without a screenshot gets no such note.
	must(t, os.WriteFile(snap, []byte(`{"url":"https://x.example/","html":"<p>hello</p>"}`), 0o644))
	if res := runCmd(t, "", vars, "scan", "--snapshot", snap); strings.Contains(res.stdout, "picture") {
		t.Errorf("a note about a picture never sent:\n%s", res.stdout)
	}
}
