package install

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// Prober is the read-only file access doctor needs: is a program there,
// what does a manifest say.
type Prober interface {
	ReadFile(path string) ([]byte, error)
	Stat(path string) (fs.FileInfo, error)
}

// Stat describes a file.
func (OSFS) Stat(p string) (fs.FileInfo, error) { return os.Stat(p) }

// Programs lists where a browser's program may be on e's OS: a browser is
// installed when one of them exists. A profile folder is no proof (it
// stays after the browser is removed and is missing before its first run).
// Snap and Flatpak browsers are left out: they read manifests inside their
// sandboxes, which install does not write (docs/install.md).
func (e Env) Programs(b string) ([]string, error) {
	if !knownBrowser(b) {
		return nil, fmt.Errorf("unknown browser %q (one of %s)", b, strings.Join(Browsers, ", "))
	}
	switch e.GOOS {
	case "linux", "freebsd", "openbsd":
		return e.unixPrograms(b), nil
	case "darwin":
		return e.macPrograms(b), nil
	case "windows":
		return e.windowsPrograms(b), nil
	}
	return nil, fmt.Errorf("unsupported operating system %q", e.GOOS)
}

func knownBrowser(b string) bool {
	for _, k := range Browsers {
		if k == b {
			return true
		}
	}
	return false
}

func (e Env) unixPrograms(b string) []string {
	names := map[string][]string{
		"chrome":   {"google-chrome", "google-chrome-stable", "google-chrome-beta"},
		"chromium": {"chromium", "chromium-browser"},
		"edge":     {"microsoft-edge", "microsoft-edge-stable"},
		"brave":    {"brave-browser", "brave"},
		"vivaldi":  {"vivaldi", "vivaldi-stable"},
		"firefox":  {"firefox", "firefox-esr"},
	}
	fixed := map[string][]string{
		"chrome":   {"/opt/google/chrome/chrome"},
		"chromium": {"/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser"},
		"edge":     {"/opt/microsoft/msedge/msedge"},
		"brave":    {"/opt/brave.com/brave/brave"},
		"vivaldi":  {"/opt/vivaldi/vivaldi"},
		"firefox":  {"/usr/lib/firefox/firefox", "/usr/lib/firefox-esr/firefox-esr", "/opt/firefox/firefox"},
	}
	var out []string
	seen := map[string]bool{}
	for _, d := range append(append([]string{}, e.PathDirs...), "/usr/bin", "/usr/local/bin") {
		if d == "" || seen[d] || strings.HasPrefix(d, "/snap/") || strings.Contains(d, "flatpak") {
			continue
		}
		seen[d] = true
		for _, n := range names[b] {
			out = append(out, e.join(d, n))
		}
	}
	return append(out, fixed[b]...)
}

func (e Env) macPrograms(b string) []string {
	app := map[string]string{
		"chrome": "Google Chrome.app", "chromium": "Chromium.app", "edge": "Microsoft Edge.app",
		"brave": "Brave Browser.app", "vivaldi": "Vivaldi.app", "firefox": "Firefox.app",
	}[b]
	out := []string{"/Applications/" + app}
	if e.Home != "" {
		out = append(out, e.join(e.Home, "Applications", app))
	}
	return out
}

func (e Env) windowsPrograms(b string) []string {
	rel := map[string][]string{
		"chrome":   {`Google\Chrome\Application\chrome.exe`},
		"chromium": {`Chromium\Application\chrome.exe`},
		"edge":     {`Microsoft\Edge\Application\msedge.exe`},
		"brave":    {`BraveSoftware\Brave-Browser\Application\brave.exe`},
		"vivaldi":  {`Vivaldi\Application\vivaldi.exe`},
		"firefox":  {`Mozilla Firefox\firefox.exe`},
	}[b]
	var out []string
	for _, base := range []string{e.ProgramFiles, e.ProgramFilesX86, e.LocalAppData} {
		if base == "" {
			continue
		}
		for _, r := range rel {
			out = append(out, e.join(base, r))
		}
	}
	return out
}

// FindProgram returns where b's program is, or "" when it is not installed.
func FindProgram(p Prober, e Env, b string) (string, error) {
	progs, err := e.Programs(b)
	if err != nil {
		return "", err
	}
	for _, prog := range progs {
		if _, err := p.Stat(prog); err == nil {
			return prog, nil
		}
	}
	return "", nil
}
