package install

import (
	"io/fs"
	"slices"
	"testing"
	"time"
)

type statFS map[string]bool

func (s statFS) ReadFile(string) ([]byte, error) { return nil, fs.ErrNotExist }
func (s statFS) Stat(p string) (fs.FileInfo, error) {
	if s[p] {
		return info{}, nil
	}
	return nil, fs.ErrNotExist
}

type info struct{}

func (info) Name() string       { return "" }
func (info) Size() int64        { return 0 }
func (info) Mode() fs.FileMode  { return 0o755 }
func (info) ModTime() time.Time { return time.Time{} }
func (info) IsDir() bool        { return false }
func (info) Sys() any           { return nil }

// TestFindProgram: each browser is found by its program on each OS, and a
// profile folder alone is not a browser.
func TestFindProgram(t *testing.T) {
	linux := Env{GOOS: "linux", Home: "/home/k", PathDirs: []string{"/home/k/bin", "/usr/bin", "/snap/bin"}}
	mac := Env{GOOS: "darwin", Home: "/Users/k"}
	win := Env{GOOS: "windows", LocalAppData: `C:\Users\k\AppData\Local`, ProgramFiles: `C:\Program Files`, ProgramFilesX86: `C:\Program Files (x86)`}
	tests := []struct {
		env     Env
		browser string
		files   []string
		want    string
	}{
		{linux, "chromium", []string{"/usr/bin/chromium"}, "/usr/bin/chromium"},
		{linux, "chromium", []string{"/home/k/bin/chromium-browser"}, "/home/k/bin/chromium-browser"},
		{linux, "chromium", []string{"/home/k/.config/chromium/Default"}, ""},
		{linux, "chromium", []string{"/snap/bin/chromium"}, ""}, // reads manifests in its sandbox
		{linux, "chrome", []string{"/opt/google/chrome/chrome"}, "/opt/google/chrome/chrome"},
		{linux, "chrome", []string{"/usr/bin/google-chrome-stable"}, "/usr/bin/google-chrome-stable"},
		{linux, "edge", []string{"/usr/bin/microsoft-edge"}, "/usr/bin/microsoft-edge"},
		{linux, "brave", []string{"/usr/bin/brave-browser"}, "/usr/bin/brave-browser"},
		{linux, "vivaldi", []string{"/opt/vivaldi/vivaldi"}, "/opt/vivaldi/vivaldi"},
		{linux, "firefox", []string{"/usr/bin/firefox-esr"}, "/usr/bin/firefox-esr"},
		{linux, "firefox", []string{"/home/k/.mozilla/firefox"}, ""},
		{mac, "chrome", []string{"/Applications/Google Chrome.app"}, "/Applications/Google Chrome.app"},
		{mac, "firefox", []string{"/Users/k/Applications/Firefox.app"}, "/Users/k/Applications/Firefox.app"},
		{mac, "edge", []string{"/Applications/Microsoft Edge.app"}, "/Applications/Microsoft Edge.app"},
		{mac, "brave", nil, ""},
		{win, "chrome", []string{`C:\Program Files\Google\Chrome\Application\chrome.exe`}, `C:\Program Files\Google\Chrome\Application\chrome.exe`},
		{win, "chrome", []string{`C:\Users\k\AppData\Local\Google\Chrome\Application\chrome.exe`}, `C:\Users\k\AppData\Local\Google\Chrome\Application\chrome.exe`},
		{win, "edge", []string{`C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe`}, `C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe`},
		{win, "firefox", []string{`C:\Program Files\Mozilla Firefox\firefox.exe`}, `C:\Program Files\Mozilla Firefox\firefox.exe`},
		{win, "brave", []string{`C:\Users\k\AppData\Local\BraveSoftware\Brave-Browser\Application\brave.exe`}, `C:\Users\k\AppData\Local\BraveSoftware\Brave-Browser\Application\brave.exe`},
		{win, "vivaldi", []string{`C:\Users\k\AppData\Local\Vivaldi\Application\vivaldi.exe`}, `C:\Users\k\AppData\Local\Vivaldi\Application\vivaldi.exe`},
		{win, "chromium", []string{`C:\Users\k\AppData\Local\Google\Chrome\Application\chrome.exe`}, ""},
	}
	for _, tt := range tests {
		s := statFS{}
		for _, f := range tt.files {
			s[f] = true
		}
		got, err := FindProgram(s, tt.env, tt.browser)
		if err != nil || got != tt.want {
			t.Errorf("%s %s with %q = %q, %v; want %q", tt.env.GOOS, tt.browser, tt.files, got, err, tt.want)
		}
	}
	for _, b := range Browsers {
		for _, e := range []Env{linux, mac, win} {
			if p, _ := e.Programs(b); len(p) == 0 || slices.Contains(p, "") {
				t.Errorf("%s %s: no program paths %q", e.GOOS, b, p)
			}
		}
	}
	if _, err := linux.Programs("netscape"); err == nil {
		t.Error("unknown browser accepted")
	}
	if _, err := (Env{GOOS: "plan9"}).Programs("chrome"); err == nil {
		t.Error("unknown OS accepted")
	}
}
