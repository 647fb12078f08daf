package main

import (
	"bytes"
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/install"
	manifesttemplates "github.com/alertguard/alertguard/manifest-templates"
)

// fakeFS is a machine's files for doctor: path → content, with a mode.
type fakeFS map[string]fakeFile

type fakeFile struct {
	data string
	mode fs.FileMode
}

func (f fakeFS) ReadFile(p string) ([]byte, error) {
	if x, ok := f[p]; ok {
		return []byte(x.data), nil
	}
	return nil, fs.ErrNotExist
}

func (f fakeFS) Stat(p string) (fs.FileInfo, error) {
	if x, ok := f[p]; ok {
		return fakeInfo{p, x.mode}, nil
	}
	return nil, fs.ErrNotExist
}

type fakeInfo struct {
	name string
	mode fs.FileMode
}

func (i fakeInfo) Name() string       { return i.name }
func (i fakeInfo) Size() int64        { return 0 }
func (i fakeInfo) Mode() fs.FileMode  { return i.mode }
func (i fakeInfo) ModTime() time.Time { return time.Time{} }
func (i fakeInfo) IsDir() bool        { return i.mode.IsDir() }
func (i fakeInfo) Sys() any           { return nil }

const (
	home       = "/home/kazuko"
	hostBin    = home + "/.local/share/alertguard/bin/alertguard"
	chromiumMf = home + "/.config/chromium/NativeMessagingHosts/jp.alertguard.host.json"
	firefoxMf  = home + "/.mozilla/native-messaging-hosts/jp.alertguard.host.json"
	// What the .deb installs.
	sysBin      = "/usr/bin/alertguard"
	chromiumSys = "/etc/chromium/native-messaging-hosts/jp.alertguard.host.json"
	firefoxSys  = "/usr/lib/mozilla/native-messaging-hosts/jp.alertguard.host.json"
)

// debFiles is a machine after dpkg -i: the program and every system-wide
// manifest, no browser.
func debFiles(t *testing.T) fakeFS {
	f := fakeFS{sysBin: {"ELF", 0o755}}
	for _, d := range []string{"/etc/opt/chrome", "/etc/chromium", "/etc/opt/edge", "/etc/opt/brave.com/brave", "/etc/opt/vivaldi"} {
		f[d+"/native-messaging-hosts/jp.alertguard.host.json"] = manifestFor(t, "chromium", sysBin)
	}
	f[firefoxSys] = manifestFor(t, "firefox", sysBin)
	offers, err := install.Offers("linux")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range offers {
		f[o.Path] = fakeFile{string(o.Content), 0o644}
	}
	return f
}

// What doctor says of the extension offers on Linux.
const (
	chromiumOffer   = "/usr/share/chromium/extensions/ealcpimlhlabpbneglbjhodkadilbele.json"
	offeredChromium = "ok   chromium: offers the AlertGuard extension by itself (" + chromiumOffer + ")\n"
	offeredFirefox  = "ok   firefox: offers the AlertGuard extension by itself (/etc/firefox/policies/policies.json)\n"
	noOfferChromium = "     chromium: does not offer the extension by itself (no " + chromiumOffer + "); add AlertGuard from the Chrome Web Store\n"
	noOfferChrome   = "     chrome: does not offer the extension by itself (no /usr/share/google-chrome/extensions/ealcpimlhlabpbneglbjhodkadilbele.json); add AlertGuard from the Chrome Web Store\n"
	noOfferFirefox  = "     firefox: does not offer the extension by itself (no /etc/firefox/policies/policies.json); add AlertGuard from addons.mozilla.org\n"
)

func with(f fakeFS, more fakeFS) fakeFS {
	for k, v := range more {
		f[k] = v
	}
	return f
}

func manifest(t *testing.T, family string) fakeFile { return manifestFor(t, family, hostBin) }

func manifestFor(t *testing.T, family, bin string) fakeFile {
	t.Helper()
	b, err := install.Render(manifesttemplates.FS, family, bin)
	if err != nil {
		t.Fatal(err)
	}
	return fakeFile{string(b), 0o644}
}

// TestDoctorStates: each state of a browser on a fake Linux machine, with
// the exact words and exit code. $DATA stands for the data folder.
func TestDoctorStates(t *testing.T) {
	program := fakeFile{"", 0o755}
	binary := fakeFile{"ELF", 0o755}
	head := "ok   signatures: built-in set $SIG\nok   data folder $DATA\nok   settings: no guardian PIN, 0 allowed and 0 blocked site(s)\n"
	notInstalled := func(except ...string) string {
		var s string
		for _, b := range install.Browsers {
			if !strings.Contains(strings.Join(except, ","), b) {
				s += "     " + b + ": not installed on this computer\n"
			}
		}
		return s
	}
	tests := []struct {
		name  string
		files func(t *testing.T) fakeFS
		args  []string
		want  string
		code  int
	}{
		{"not installed", func(*testing.T) fakeFS { return fakeFS{} }, nil,
			head + notInstalled() + "FIX  No browser is protected: AlertGuard works in none of them.\n1 problem(s) found.\n", 1},
		{"installed but not registered", func(*testing.T) fakeFS {
			return fakeFS{"/usr/bin/chromium": program, "/usr/bin/firefox-esr": program}
		}, nil,
			head + "     chrome: not installed on this computer\n" +
				"FIX  chromium is installed (/usr/bin/chromium), but AlertGuard is not registered with it (" + chromiumMf + ", " + chromiumSys + " missing).\n" + noOfferChromium +
				"     edge: not installed on this computer\n     brave: not installed on this computer\n     vivaldi: not installed on this computer\n" +
				"FIX  firefox is installed (/usr/bin/firefox-esr), but AlertGuard is not registered with it (" + firefoxMf + ", " + firefoxSys + " missing).\n" + noOfferFirefox +
				"FIX  No browser is protected: AlertGuard works in none of them.\n3 problem(s) found.\nFix: alertguard install --browser chromium,firefox\n", 1},
		{"registered but the host program is missing", func(t *testing.T) fakeFS {
			return fakeFS{"/usr/bin/chromium": program, chromiumMf: manifest(t, "chromium")}
		}, []string{"--browser", "chromium"},
			head + "FIX  chromium: AlertGuard is registered for this user, but its program " + hostBin + " is missing or cannot run.\n" + noOfferChromium +
				"FIX  No browser is protected: AlertGuard works in none of them.\n2 problem(s) found.\nFix: alertguard install --browser chromium\n", 1},
		{"one browser good, one not registered", func(t *testing.T) fakeFS {
			return fakeFS{"/usr/bin/chromium": program, chromiumMf: manifest(t, "chromium"), hostBin: binary, "/opt/google/chrome/chrome": program}
		}, []string{"--browser", "chrome,chromium"},
			head + "FIX  chrome is installed (/opt/google/chrome/chrome), but AlertGuard is not registered with it (" + home + "/.config/google-chrome/NativeMessagingHosts/jp.alertguard.host.json, /etc/opt/chrome/native-messaging-hosts/jp.alertguard.host.json missing).\n" + noOfferChrome +
				"ok   chromium: registered for this user in " + chromiumMf + "; the host answers (version 9.9.9)\n" + noOfferChromium + "1 problem(s) found.\nFix: alertguard install --browser chrome\n", 1},
		{"all good", func(t *testing.T) fakeFS {
			return fakeFS{"/usr/bin/chromium": program, chromiumMf: manifest(t, "chromium"), "/usr/lib/firefox-esr/firefox-esr": program,
				firefoxMf: manifest(t, "firefox"), hostBin: binary}
		}, nil,
			head + "     chrome: not installed on this computer\n" +
				"ok   chromium: registered for this user in " + chromiumMf + "; the host answers (version 9.9.9)\n" + noOfferChromium +
				"     edge: not installed on this computer\n     brave: not installed on this computer\n     vivaldi: not installed on this computer\n" +
				"ok   firefox: registered for this user in " + firefoxMf + "; the host answers (version 9.9.9)\n" + noOfferFirefox + "Everything is in order.\n", 0},
		{"registered for all users only (the .deb)", func(t *testing.T) fakeFS {
			return with(debFiles(t), fakeFS{"/usr/bin/chromium": program, "/usr/bin/firefox-esr": program})
		}, []string{"--browser", "chromium,firefox"},
			head + "ok   chromium: registered for all users in " + chromiumSys + "; the host answers (version 9.9.9)\n" + offeredChromium +
				"ok   firefox: registered for all users in " + firefoxSys + "; the host answers (version 9.9.9)\n" + offeredFirefox + "Everything is in order.\n", 0},
		{"the .deb's manifests for a browser that is not there", func(t *testing.T) fakeFS {
			return with(debFiles(t), fakeFS{"/usr/bin/chromium": program})
		}, []string{"--browser", "chrome,chromium"},
			head + "ok   chrome: registered for all users in /etc/opt/chrome/native-messaging-hosts/jp.alertguard.host.json; the host answers (version 9.9.9)\n" +
				"     chrome: the browser itself was not found; its registration is in place for when it is installed\n" +
				"ok   chromium: registered for all users in " + chromiumSys + "; the host answers (version 9.9.9)\n" + offeredChromium + "Everything is in order.\n", 0},
		{"only stale manifests, no browser", func(t *testing.T) fakeFS {
			return fakeFS{chromiumMf: manifest(t, "chromium"), firefoxMf: manifest(t, "firefox"), hostBin: binary}
		}, []string{"--browser", "chromium,firefox"},
			head + "ok   chromium: registered for this user in " + chromiumMf + "; the host answers (version 9.9.9)\n" +
				"     chromium: the browser itself was not found; its registration is in place for when it is installed\n" +
				"ok   firefox: registered for this user in " + firefoxMf + "; the host answers (version 9.9.9)\n" +
				"     firefox: the browser itself was not found; its registration is in place for when it is installed\n" +
				"FIX  No browser is protected: AlertGuard works in none of them.\n1 problem(s) found.\n", 1},
		{"this user's registration broken, the one for all users good", func(t *testing.T) fakeFS {
			return with(debFiles(t), fakeFS{"/usr/bin/chromium": program, chromiumMf: manifest(t, "chromium")})
		}, []string{"--browser", "chromium"},
			head + "FIX  chromium: AlertGuard is registered for this user, but its program " + hostBin + " is missing or cannot run.\n" +
				"ok   chromium: registered for all users in " + chromiumSys + "; the host answers (version 9.9.9)\n" + offeredChromium +
				"FIX  No browser is protected: AlertGuard works in none of them.\n2 problem(s) found.\nFix: alertguard install --browser chromium\n", 1},
		{"the package's program gone", func(t *testing.T) fakeFS {
			f := with(debFiles(t), fakeFS{"/usr/bin/chromium": program})
			delete(f, sysBin)
			return f
		}, []string{"--browser", "chromium"},
			head + "FIX  chromium: AlertGuard is registered for all users, but its program " + sysBin + " is missing or cannot run.\n" + offeredChromium +
				"FIX  No browser is protected: AlertGuard works in none of them.\n2 problem(s) found.\n" +
				"Fix (for all users, as administrator): reinstall the AlertGuard package, or alertguard install --browser chromium --system\n", 1},
		{"an offer naming another source", func(t *testing.T) fakeFS {
			return with(debFiles(t), fakeFS{"/usr/bin/chromium": program, chromiumOffer: {`{"external_update_url":"https://other.example/crx"}`, 0o644}})
		}, []string{"--browser", "chromium"},
			head + "ok   chromium: registered for all users in " + chromiumSys + "; the host answers (version 9.9.9)\n" +
				"FIX  chromium: the extension offer " + chromiumOffer + " external_update_url is \"https://other.example/crx\", not the store's https://clients2.google.com/service/update2/crx. Fix: reinstall the AlertGuard package.\n" +
				"1 problem(s) found.\n", 1},
		{"an administrator's own Firefox policies", func(t *testing.T) fakeFS {
			return with(debFiles(t), fakeFS{"/usr/bin/firefox-esr": program, "/etc/firefox/policies/policies.json": {`{"policies":{"DisableTelemetry":true}}`, 0o644}})
		}, []string{"--browser", "firefox"},
			head + "ok   firefox: registered for all users in " + firefoxSys + "; the host answers (version 9.9.9)\n" +
				"     firefox: the policies in place do not add AlertGuard (/etc/firefox/policies/policies.json has no ExtensionSettings entry for alertguard@alertguard.app); add it from addons.mozilla.org\n" +
				"Everything is in order.\n", 0},
		{"brave on Linux has no offer", func(t *testing.T) fakeFS {
			return with(debFiles(t), fakeFS{"/usr/bin/brave-browser": program})
		}, []string{"--browser", "brave"},
			head + "ok   brave: registered for all users in /etc/opt/brave.com/brave/native-messaging-hosts/jp.alertguard.host.json; the host answers (version 9.9.9)\n" +
				"ok   brave: registered for all users in /etc/opt/chrome/native-messaging-hosts/jp.alertguard.host.json; the host answers (version 9.9.9)\n" +
				"     brave: cannot offer the extension by itself here; add AlertGuard from the Chrome Web Store\n" +
				"Everything is in order.\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := t.TempDir()
			vars := map[string]string{"HOME": home, "ALERTGUARD_DATA_DIR": data, "PATH": "/usr/local/bin:/usr/bin:/bin"}
			var out, errb bytes.Buffer
			e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] }}
			pinged := func(bin string, args []string) (string, error) {
				if bin != hostBin && bin != sysBin {
					t.Errorf("pinged %s", bin)
				}
				return "9.9.9", nil
			}
			code := doctorWith(tt.args, e, doctorDeps{fs: tt.files(t), ping: pinged})
			a, _, _ := loadAnalyzerOrigin(e)
			got := strings.NewReplacer(data, "$DATA", a.Set.Version, "$SIG").Replace(out.String())
			if got != tt.want {
				t.Errorf("doctor said:\n%s\nwant:\n%s", got, tt.want)
			}
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
		})
	}
}

// TestDoctorWindowsRegistry: on Windows a manifest file is registered only
// when the browser's registry key points at it.
func TestDoctorWindowsRegistry(t *testing.T) {
	o := install.Options{Env: install.Env{GOOS: "windows", LocalAppData: `C:\Users\k\AppData\Local`}, Browsers: []string{"edge"}}
	plan, err := install.PlanInstall(o, manifesttemplates.FS)
	if err != nil {
		t.Fatal(err)
	}
	mf := `C:\Users\k\AppData\Local\AlertGuard\bin\manifests\chromium\jp.alertguard.host.json`
	key := `HKCU\Software\Microsoft\Edge\NativeMessagingHosts\jp.alertguard.host`
	files := fakeFS{mf: {"{}", 0o644}}
	tests := []struct {
		name string
		reg  install.Registry
		want bool
	}{
		{"key points at the file", fakeRegistry{key: mf}, true},
		{"key missing", fakeRegistry{}, false},
		{"key points elsewhere", fakeRegistry{key: `C:\old\jp.alertguard.host.json`}, false},
		{"no registry", nil, false},
	}
	for _, tt := range tests {
		regs := registrations(plan, doctorDeps{fs: files, reg: tt.reg})
		if len(regs) != 1 || regs[0].found != tt.want || regs[0].where != key {
			t.Errorf("%s: %+v, want found=%v at %s", tt.name, regs, tt.want, key)
		}
	}
}

type fakeRegistry map[string]string

func (r fakeRegistry) SetDefault(k, v string) error { r[k] = v; return nil }
func (r fakeRegistry) GetDefault(k string) (string, error) {
	if v, ok := r[k]; ok {
		return v, nil
	}
	return "", errors.New("no such key")
}
func (r fakeRegistry) DeleteKey(k string) error { delete(r, k); return nil }

// doctor on Windows checks the manifest the registry names: the .msi puts
// it beside the program, not where `alertguard install` would.
func TestRegisteredManifest(t *testing.T) {
	o := install.Options{Env: install.Env{GOOS: "windows", LocalAppData: `C:\Users\a\AppData\Local`}, Browsers: []string{"edge"}}
	plan, err := install.PlanInstall(o, manifesttemplates.FS)
	if err != nil {
		t.Fatal(err)
	}
	var m, r install.Action
	for _, a := range plan {
		switch a.Kind {
		case install.WriteManifest:
			m = a
		case install.SetRegistry:
			r = a
		}
	}
	msi := `C:\Users\a\AppData\Local\AlertGuard\bin\jp.alertguard.host.chromium.json`
	cases := []struct {
		reg  install.Registry
		want string
	}{
		{nil, m.Path},                         // not Windows
		{fakeRegistry{}, m.Path},              // not registered: the planned place, reported missing
		{fakeRegistry{r.Key: m.Path}, m.Path}, // alertguard install
		{fakeRegistry{r.Key: msi}, msi},       // the .msi
	}
	for i, c := range cases {
		if got := registeredManifest(plan, m, c.reg); got != c.want {
			t.Errorf("case %d: %s, want %s", i, got, c.want)
		}
	}
}

func TestHostPath(t *testing.T) {
	if got := hostPath("linux", "/etc/x/m.json", "/usr/bin/alertguard"); got != "/usr/bin/alertguard" {
		t.Error(got)
	}
	if got := hostPath("linux", "/etc/x/m.json", "alertguard"); got != "alertguard" {
		t.Errorf("a relative path is resolved on Linux: %s", got)
	}
	if got := hostPath("windows", filepath.Join("d", "m.json"), "alertguard.exe"); got != filepath.Join("d", "alertguard.exe") {
		t.Errorf("windows relative path: %s", got)
	}
}

// TestDoctorAllUsersScope: a registration for all users counts on every
// OS, as the packages write it: /etc on Linux, /Library on macOS, HKLM
// (the all-users .msi, manifest beside the program) on Windows.
func TestDoctorAllUsersScope(t *testing.T) {
	const (
		winProg = `C:\Program Files\Chromium\Application\chrome.exe`
		winBin  = `C:\Program Files\AlertGuard\alertguard.exe`
		winMf   = `C:\Program Files\AlertGuard\jp.alertguard.host.chromium.json`
		hkcu    = `HKCU\Software\Chromium\NativeMessagingHosts\jp.alertguard.host`
		hklm    = `HKLM\Software\Chromium\NativeMessagingHosts\jp.alertguard.host`
		macBin  = "/Library/Application Support/AlertGuard/alertguard"
		macMf   = "/Library/Application Support/Chromium/NativeMessagingHosts/jp.alertguard.host.json"
	)
	winEnv := install.Env{GOOS: "windows", LocalAppData: `C:\Users\k\AppData\Local`, ProgramFiles: `C:\Program Files`}
	tests := []struct {
		name      string
		env       install.Env
		files     func(t *testing.T) fakeFS
		reg       install.Registry
		want      string
		protected int
	}{
		{"linux /etc", install.Env{GOOS: "linux", Home: home}, func(t *testing.T) fakeFS { return with(debFiles(t), fakeFS{"/usr/bin/chromium": {"", 0o755}}) }, nil,
			"ok   chromium: registered for all users in " + chromiumSys + "; the host answers (version 9.9.9)\n", 1},
		{"macOS /Library", install.Env{GOOS: "darwin", Home: "/Users/k"}, func(t *testing.T) fakeFS {
			return fakeFS{"/Applications/Chromium.app": {"", fs.ModeDir | 0o755}, macMf: manifestFor(t, "chromium", macBin), macBin: {"", 0o755}}
		}, nil,
			"ok   chromium: registered for all users in " + macMf + "; the host answers (version 9.9.9)\n", 1},
		{"windows HKLM (all-users .msi)", winEnv, func(t *testing.T) fakeFS {
			return fakeFS{winProg: {"", 0o644}, winMf: manifestFor(t, "chromium", winBin), winBin: {"MZ", 0o644}}
		}, fakeRegistry{hklm: winMf},
			"ok   chromium: registered for all users in " + winMf + "; the host answers (version 9.9.9)\n", 1},
		{"windows neither key", winEnv, func(t *testing.T) fakeFS {
			return fakeFS{winProg: {"", 0o644}, winMf: manifestFor(t, "chromium", winBin), winBin: {"MZ", 0o644}}
		}, fakeRegistry{},
			"FIX  chromium is installed (" + winProg + "), but AlertGuard is not registered with it (" + hkcu + ", " + hklm + " missing).\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			r := &doctorReport{out: &out}
			d := doctorDeps{fs: tt.files(t), reg: tt.reg, ping: func(string, []string) (string, error) { return "9.9.9", nil }}
			doctorBrowser(install.Options{Env: tt.env}, "chromium", d, r)
			if out.String() != tt.want || r.protected != tt.protected {
				t.Errorf("doctor said (protected %d):\n%s\nwant (protected %d):\n%s", r.protected, out.String(), tt.protected, tt.want)
			}
		})
	}
}

// fakeFS also stands for the machine install and uninstall change.
func (f fakeFS) MkdirAll(string, fs.FileMode) error { return nil }
func (f fakeFS) WriteFile(p string, d []byte, m fs.FileMode) error {
	f[p] = fakeFile{string(d), m}
	return nil
}
func (f fakeFS) Remove(p string) error {
	if _, ok := f[p]; !ok {
		return fs.ErrNotExist
	}
	delete(f, p)
	return nil
}
func (f fakeFS) RemoveAll(p string) error {
	for k := range f {
		if k == p || strings.HasPrefix(k, p+"/") {
			delete(f, k)
		}
	}
	return nil
}
func (f fakeFS) ReadDirNames(p string) ([]string, error) {
	var out []string
	for k := range f {
		if rest, ok := strings.CutPrefix(k, p+"/"); ok {
			n, _, _ := strings.Cut(rest, "/")
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	slices.Sort(out)
	return out, nil
}
