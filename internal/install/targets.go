// Package install registers the host with browsers: it renders the
// native-messaging manifests, copies the binary to a stable place, and
// writes each manifest where the browser looks for it (a folder on Linux
// and macOS, a registry key pointing at the file on Windows). File-system
// and registry access sit behind small interfaces so every OS's layout is
// unit-tested on any machine.
package install

import (
	"fmt"
	"path"
	"strings"
)

// Browsers in the order they are installed and reported.
var Browsers = []string{"chrome", "chromium", "edge", "brave", "vivaldi", "firefox"}

// Env describes the machine: OS, scope and the folders the layout depends on.
type Env struct {
	GOOS         string
	System       bool   // machine-wide instead of per-user
	Home         string // user's home (Linux, macOS)
	LocalAppData string // %LOCALAPPDATA% (Windows)
	ProgramFiles string // %ProgramFiles% (Windows)
	// Where browsers' programs are looked for (doctor): %ProgramFiles(x86)%
	// on Windows, the $PATH folders on Linux.
	ProgramFilesX86 string
	PathDirs        []string
}

// Target is one place a browser looks for the host manifest.
type Target struct {
	Browser     string
	Family      string // "chromium" or "firefox"
	ManifestDir string // folder the manifest file goes in
	RegistryKey string // Windows only: key whose default value is the manifest path
}

// join builds OS paths with the target OS's separator, not the host's.
func (e Env) join(parts ...string) string {
	if e.GOOS == "windows" {
		return strings.Join(parts, `\`)
	}
	return path.Join(parts...)
}

func family(browser string) string {
	if browser == "firefox" {
		return "firefox"
	}
	return "chromium"
}

// Targets lists where each browser looks for the manifest. Brave reads
// Chrome's folder in some versions and its own in others, so it gets both.
func (e Env) Targets(browser string) ([]Target, error) {
	switch e.GOOS {
	case "linux", "freebsd", "openbsd":
		return e.unixTargets(browser)
	case "darwin":
		return e.macTargets(browser)
	case "windows":
		return e.windowsTargets(browser)
	}
	return nil, fmt.Errorf("unsupported operating system %q", e.GOOS)
}

func (e Env) unixTargets(b string) ([]Target, error) {
	user := map[string][]string{
		"chrome":   {".config/google-chrome/NativeMessagingHosts"},
		"chromium": {".config/chromium/NativeMessagingHosts"},
		"edge":     {".config/microsoft-edge/NativeMessagingHosts"},
		"brave":    {".config/BraveSoftware/Brave-Browser/NativeMessagingHosts", ".config/google-chrome/NativeMessagingHosts"},
		"vivaldi":  {".config/vivaldi/NativeMessagingHosts"},
		"firefox":  {".mozilla/native-messaging-hosts"},
	}
	system := map[string][]string{
		"chrome":   {"/etc/opt/chrome/native-messaging-hosts"},
		"chromium": {"/etc/chromium/native-messaging-hosts"},
		"edge":     {"/etc/opt/edge/native-messaging-hosts"},
		"brave":    {"/etc/opt/brave.com/brave/native-messaging-hosts", "/etc/opt/chrome/native-messaging-hosts"},
		"vivaldi":  {"/etc/opt/vivaldi/native-messaging-hosts"},
		"firefox":  {"/usr/lib/mozilla/native-messaging-hosts"},
	}
	return e.folders(b, user, system)
}

func (e Env) macTargets(b string) ([]Target, error) {
	as := "Library/Application Support/"
	user := map[string][]string{
		"chrome":   {as + "Google/Chrome/NativeMessagingHosts"},
		"chromium": {as + "Chromium/NativeMessagingHosts"},
		"edge":     {as + "Microsoft Edge/NativeMessagingHosts"},
		"brave":    {as + "BraveSoftware/Brave-Browser/NativeMessagingHosts", as + "Google/Chrome/NativeMessagingHosts"},
		"vivaldi":  {as + "Vivaldi/NativeMessagingHosts"},
		"firefox":  {as + "Mozilla/NativeMessagingHosts"},
	}
	system := map[string][]string{
		"chrome":   {"/Library/Google/Chrome/NativeMessagingHosts"},
		"chromium": {"/Library/Application Support/Chromium/NativeMessagingHosts"},
		"edge":     {"/Library/Microsoft/Edge/NativeMessagingHosts"},
		"brave":    {"/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts", "/Library/Google/Chrome/NativeMessagingHosts"},
		"vivaldi":  {"/Library/Application Support/Vivaldi/NativeMessagingHosts"},
		"firefox":  {"/Library/Application Support/Mozilla/NativeMessagingHosts"},
	}
	return e.folders(b, user, system)
}

func (e Env) folders(b string, user, system map[string][]string) ([]Target, error) {
	dirs, ok := user[b]
	if e.System {
		dirs, ok = system[b]
	} else if e.Home == "" {
		return nil, fmt.Errorf("home folder unknown")
	}
	if !ok {
		return nil, fmt.Errorf("unknown browser %q (one of %s)", b, strings.Join(Browsers, ", "))
	}
	var out []Target
	for _, d := range dirs {
		if !e.System {
			d = e.join(e.Home, d)
		}
		out = append(out, Target{Browser: b, Family: family(b), ManifestDir: d})
	}
	return out, nil
}

// windowsTargets: the manifest files live in the install folder; each
// browser finds them through a registry key. Brave and Vivaldi read
// Chrome's key.
func (e Env) windowsTargets(b string) ([]Target, error) {
	keys := map[string]string{
		"chrome":   `Software\Google\Chrome\NativeMessagingHosts`,
		"chromium": `Software\Chromium\NativeMessagingHosts`,
		"edge":     `Software\Microsoft\Edge\NativeMessagingHosts`,
		"brave":    `Software\Google\Chrome\NativeMessagingHosts`,
		"vivaldi":  `Software\Google\Chrome\NativeMessagingHosts`,
		"firefox":  `Software\Mozilla\NativeMessagingHosts`,
	}
	k, ok := keys[b]
	if !ok {
		return nil, fmt.Errorf("unknown browser %q (one of %s)", b, strings.Join(Browsers, ", "))
	}
	root := "HKCU"
	if e.System {
		root = "HKLM"
	}
	dir, err := e.InstallDir()
	if err != nil {
		return nil, err
	}
	return []Target{{Browser: b, Family: family(b), ManifestDir: e.join(dir, "manifests", family(b)), RegistryKey: root + `\` + k + `\` + HostName}}, nil
}

// InstallDir is where the binary is copied.
func (e Env) InstallDir() (string, error) {
	switch {
	case e.GOOS == "windows" && e.System:
		if e.ProgramFiles == "" {
			return "", fmt.Errorf("%%ProgramFiles%% is not set")
		}
		return e.join(e.ProgramFiles, "AlertGuard"), nil
	case e.GOOS == "windows":
		if e.LocalAppData == "" {
			return "", fmt.Errorf("%%LOCALAPPDATA%% is not set")
		}
		return e.join(e.LocalAppData, "AlertGuard", "bin"), nil
	case e.GOOS == "darwin" && e.System:
		return "/Library/Application Support/AlertGuard", nil
	case e.GOOS == "darwin":
		return e.join(e.Home, "Library/Application Support/AlertGuard/bin"), nil
	case e.System:
		return "/opt/alertguard", nil
	}
	return e.join(e.Home, ".local/share/alertguard/bin"), nil
}

// BinaryName is the host's file name on the target OS.
func (e Env) BinaryName() string {
	if e.GOOS == "windows" {
		return "alertguard.exe"
	}
	return "alertguard"
}

// cmdSpecial are characters cmd.exe treats specially; Chrome starts the
// host through cmd.exe on Windows, so the path must not contain them.
const cmdSpecial = "&|<>^%!()\"\r\n"

// CheckPath refuses a Windows host path that cmd.exe would mangle.
func (e Env) CheckPath(p string) error {
	if e.GOOS == "windows" && strings.ContainsAny(p, cmdSpecial) {
		return fmt.Errorf("the path %q contains a character cmd.exe treats specially (%s); install with --system or set LOCALAPPDATA to a plain folder", p, "& | < > ^ % ! ( ) \"")
	}
	return nil
}
