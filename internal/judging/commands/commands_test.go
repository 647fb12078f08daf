package commands

import (
	"encoding/json"
	"os"
	"regexp"
	"testing"
)

// cases are shared with the extension's unit tests (test/unit/shared.test.js),
// which run the generated JavaScript copy of the same pattern and lists.
type cases struct {
	Commands  [][2]any `json:"commands"`
	Downloads [][3]any `json:"downloads"`
}

func load(t *testing.T) cases {
	t.Helper()
	b, err := os.ReadFile("testdata/commands.json")
	if err != nil {
		t.Fatal(err)
	}
	var c cases
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Commands) < 10 || len(c.Downloads) < 5 {
		t.Fatalf("too few cases: %d %d", len(c.Commands), len(c.Downloads))
	}
	return c
}

func TestIsCommand(t *testing.T) {
	m := New()
	for _, tc := range load(t).Commands {
		text, want := tc[0].(string), tc[1].(bool)
		if got := m.IsCommand(text); got != want {
			t.Errorf("IsCommand(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestIsExecutable(t *testing.T) {
	for _, tc := range load(t).Downloads {
		name, mime, want := tc[0].(string), tc[1].(string), tc[2].(bool)
		if got := IsExecutable(name, mime); got != want {
			t.Errorf("IsExecutable(%q, %q) = %v, want %v", name, mime, got, want)
		}
	}
}

func TestDownloadDetailAgreesWithIsExecutable(t *testing.T) {
	re := regexp.MustCompile(DownloadDetail())
	for _, d := range []struct {
		detail string
		want   bool
	}{
		{"ChromeUpdate.exe application/octet-stream https://x.example/ChromeUpdate.exe", true},
		{"update application/vnd.android.package-archive https://x.example/u", true},
		{"report.pdf application/pdf https://x.example/report.pdf", false},
		{"notes.exe.txt text/plain https://x.example/n", false},
	} {
		if got := re.MatchString(d.detail); got != d.want {
			t.Errorf("%q: %v, want %v", d.detail, got, d.want)
		}
	}
}

// FuzzIsCommand: any text is answered without a panic, the same way twice.
func FuzzIsCommand(f *testing.F) {
	m := New()
	f.Add("powershell -c x")
	f.Add("$(curl x)")
	f.Fuzz(func(t *testing.T, s string) {
		if m.IsCommand(s) != m.IsCommand(s) {
			t.Fatal("unstable")
		}
	})
}
