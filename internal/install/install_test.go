package install

import (
	"encoding/json"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"testing"

	manifesttemplates "github.com/alertguard/alertguard/manifest-templates"
)

func TestTargets(t *testing.T) {
	linux := Env{GOOS: "linux", Home: "/home/k"}
	linuxSys := Env{GOOS: "linux", System: true}
	mac := Env{GOOS: "darwin", Home: "/Users/k"}
	macSys := Env{GOOS: "darwin", System: true}
	win := Env{GOOS: "windows", LocalAppData: `C:\Users\k\AppData\Local`}
	winSys := Env{GOOS: "windows", System: true, ProgramFiles: `C:\Program Files`}
	tests := []struct {
		env     Env
		browser string
		want    []string // manifest dirs, or registry keys on Windows
	}{
		{linux, "chrome", []string{"/home/k/.config/google-chrome/NativeMessagingHosts"}},
		{linux, "chromium", []string{"/home/k/.config/chromium/NativeMessagingHosts"}},
		{linux, "edge", []string{"/home/k/.config/microsoft-edge/NativeMessagingHosts"}},
		{linux, "brave", []string{"/home/k/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts", "/home/k/.config/google-chrome/NativeMessagingHosts"}},
		{linux, "vivaldi", []string{"/home/k/.config/vivaldi/NativeMessagingHosts"}},
		{linux, "firefox", []string{"/home/k/.mozilla/native-messaging-hosts"}},
		{linuxSys, "chrome", []string{"/etc/opt/chrome/native-messaging-hosts"}},
		{linuxSys, "chromium", []string{"/etc/chromium/native-messaging-hosts"}},
		{linuxSys, "edge", []string{"/etc/opt/edge/native-messaging-hosts"}},
		{linuxSys, "brave", []string{"/etc/opt/brave.com/brave/native-messaging-hosts", "/etc/opt/chrome/native-messaging-hosts"}},
		{linuxSys, "vivaldi", []string{"/etc/opt/vivaldi/native-messaging-hosts"}},
		{linuxSys, "firefox", []string{"/usr/lib/mozilla/native-messaging-hosts"}},
		{mac, "chrome", []string{"/Users/k/Library/Application Support/Google/Chrome/NativeMessagingHosts"}},
		{mac, "chromium", []string{"/Users/k/Library/Application Support/Chromium/NativeMessagingHosts"}},
		{mac, "edge", []string{"/Users/k/Library/Application Support/Microsoft Edge/NativeMessagingHosts"}},
		{mac, "brave", []string{"/Users/k/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts", "/Users/k/Library/Application Support/Google/Chrome/NativeMessagingHosts"}},
		{mac, "vivaldi", []string{"/Users/k/Library/Application Support/Vivaldi/NativeMessagingHosts"}},
		{mac, "firefox", []string{"/Users/k/Library/Application Support/Mozilla/NativeMessagingHosts"}},
		{macSys, "chrome", []string{"/Library/Google/Chrome/NativeMessagingHosts"}},
		{macSys, "chromium", []string{"/Library/Application Support/Chromium/NativeMessagingHosts"}},
		{macSys, "edge", []string{"/Library/Microsoft/Edge/NativeMessagingHosts"}},
		{macSys, "brave", []string{"/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts", "/Library/Google/Chrome/NativeMessagingHosts"}},
		{macSys, "vivaldi", []string{"/Library/Application Support/Vivaldi/NativeMessagingHosts"}},
		{macSys, "firefox", []string{"/Library/Application Support/Mozilla/NativeMessagingHosts"}},
		{win, "chrome", []string{`HKCU\Software\Google\Chrome\NativeMessagingHosts\jp.alertguard.host`}},
		{win, "chromium", []string{`HKCU\Software\Chromium\NativeMessagingHosts\jp.alertguard.host`}},
		{win, "edge", []string{`HKCU\Software\Microsoft\Edge\NativeMessagingHosts\jp.alertguard.host`}},
		{win, "brave", []string{`HKCU\Software\Google\Chrome\NativeMessagingHosts\jp.alertguard.host`}},
		{win, "vivaldi", []string{`HKCU\Software\Google\Chrome\NativeMessagingHosts\jp.alertguard.host`}},
		{win, "firefox", []string{`HKCU\Software\Mozilla\NativeMessagingHosts\jp.alertguard.host`}},
		{winSys, "chrome", []string{`HKLM\Software\Google\Chrome\NativeMessagingHosts\jp.alertguard.host`}},
		{winSys, "chromium", []string{`HKLM\Software\Chromium\NativeMessagingHosts\jp.alertguard.host`}},
		{winSys, "edge", []string{`HKLM\Software\Microsoft\Edge\NativeMessagingHosts\jp.alertguard.host`}},
		{winSys, "brave", []string{`HKLM\Software\Google\Chrome\NativeMessagingHosts\jp.alertguard.host`}},
		{winSys, "vivaldi", []string{`HKLM\Software\Google\Chrome\NativeMessagingHosts\jp.alertguard.host`}},
		{winSys, "firefox", []string{`HKLM\Software\Mozilla\NativeMessagingHosts\jp.alertguard.host`}},
	}
	for _, tt := range tests {
		ts, err := tt.env.Targets(tt.browser)
		if err != nil {
			t.Errorf("%s/%v %s: %v", tt.env.GOOS, tt.env.System, tt.browser, err)
			continue
		}
		var got []string
		for _, tg := range ts {
			if tt.env.GOOS == "windows" {
				got = append(got, tg.RegistryKey)
			} else {
				got = append(got, tg.ManifestDir)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s system=%v %s = %q, want %q", tt.env.GOOS, tt.env.System, tt.browser, got, tt.want)
		}
	}
	if _, err := linux.Targets("netscape"); err == nil {
		t.Error("unknown browser accepted")
	}
}

func TestInstallDirAndCmdSafePath(t *testing.T) {
	tests := []struct {
		env  Env
		want string
		err  bool
	}{
		{Env{GOOS: "linux", Home: "/home/k"}, "/home/k/.local/share/alertguard/bin/alertguard", false},
		{Env{GOOS: "linux", System: true}, "/opt/alertguard/alertguard", false},
		{Env{GOOS: "darwin", Home: "/Users/k"}, "/Users/k/Library/Application Support/AlertGuard/bin/alertguard", false},
		{Env{GOOS: "windows", LocalAppData: `C:\Users\k\AppData\Local`}, `C:\Users\k\AppData\Local\AlertGuard\bin\alertguard.exe`, false},
		{Env{GOOS: "windows", System: true, ProgramFiles: `C:\Program Files`}, `C:\Program Files\AlertGuard\alertguard.exe`, false},
		{Env{GOOS: "windows", LocalAppData: `C:\Users\Tom & Ann\AppData\Local`}, "", true},
		{Env{GOOS: "windows"}, "", true},
	}
	for _, tt := range tests {
		got, err := Options{Env: tt.env}.BinaryPath()
		if (err != nil) != tt.err || (!tt.err && got != tt.want) {
			t.Errorf("%+v: %q, %v; want %q", tt.env, got, err, tt.want)
		}
	}
}

type memFS map[string][]byte

func (m memFS) MkdirAll(string, fs.FileMode) error { return nil }
func (m memFS) WriteFile(p string, d []byte, _ fs.FileMode) error {
	m[p] = append([]byte(nil), d...)
	m["writes"] = append(m["writes"], '.')
	return nil
}
func (m memFS) ReadFile(p string) ([]byte, error) {
	if d, ok := m[p]; ok {
		return d, nil
	}
	return nil, fs.ErrNotExist
}
func (m memFS) Remove(p string) error {
	if _, ok := m[p]; !ok {
		return fs.ErrNotExist
	}
	delete(m, p)
	return nil
}

type memReg map[string]string

func (r memReg) SetDefault(k, v string) error { r[k] = v; return nil }
func (r memReg) GetDefault(k string) (string, error) {
	if v, ok := r[k]; ok {
		return v, nil
	}
	return "", fs.ErrNotExist
}
func (r memReg) DeleteKey(k string) error {
	if _, ok := r[k]; !ok {
		return fs.ErrNotExist
	}
	delete(r, k)
	return nil
}

func TestInstallWindowsWithFakes(t *testing.T) {
	o := Options{Env: Env{GOOS: "windows", LocalAppData: `C:\Users\k\AppData\Local`}, Source: `D:\dl\alertguard.exe`}
	plan, err := PlanInstall(o, manifesttemplates.FS)
	if err != nil {
		t.Fatal(err)
	}
	fsys := memFS{`D:\dl\alertguard.exe`: []byte("MZ")}
	reg := memReg{}
	if err := Apply(plan, fsys, reg); err != nil {
		t.Fatal(err)
	}
	// Chrome, Brave and Vivaldi share one key: 4 distinct keys.
	if len(reg) != 4 {
		t.Fatalf("registry = %v", reg)
	}
	mp := reg[`HKCU\Software\Google\Chrome\NativeMessagingHosts\jp.alertguard.host`]
	var m struct {
		Name, Path, Type string
		AllowedOrigins   []string `json:"allowed_origins"`
	}
	if err := json.Unmarshal(fsys[mp], &m); err != nil {
		t.Fatalf("manifest %s: %v", mp, err)
	}
	if m.Path != `C:\Users\k\AppData\Local\AlertGuard\bin\alertguard.exe` || m.AllowedOrigins[0] != "chrome-extension://ealcpimlhlabpbneglbjhodkadilbele/" || m.Type != "stdio" {
		t.Fatalf("manifest = %+v", m)
	}
	var ff struct {
		AllowedExtensions []string `json:"allowed_extensions"`
	}
	json.Unmarshal(fsys[reg[`HKCU\Software\Mozilla\NativeMessagingHosts\jp.alertguard.host`]], &ff)
	if len(ff.AllowedExtensions) != 1 || ff.AllowedExtensions[0] != "alertguard@alertguard.app" {
		t.Fatalf("firefox manifest = %+v", ff)
	}
	// Idempotent: a second run writes nothing.
	writes := len(fsys["writes"])
	if err := Apply(plan, fsys, reg); err != nil || len(fsys["writes"]) != writes {
		t.Fatalf("second install wrote %d more files (%v)", len(fsys["writes"])-writes, err)
	}
	un, _ := PlanUninstall(o)
	if err := Apply(un, fsys, reg); err != nil {
		t.Fatal(err)
	}
	if len(reg) != 0 {
		t.Fatalf("keys left: %v", reg)
	}
	if err := Apply(un, fsys, reg); err != nil {
		t.Fatalf("uninstall twice: %v", err)
	}
}

func TestInstallUserDataDir(t *testing.T) {
	o := Options{Env: Env{GOOS: "linux", Home: "/home/k"}, UserDataDir: "/tmp/profile", Source: "/tmp/alertguard"}
	plan, err := PlanInstall(o, manifesttemplates.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan) != 2 || plan[1].Path != "/tmp/profile/NativeMessagingHosts/jp.alertguard.host.json" {
		t.Fatalf("plan = %v", plan)
	}
}

func (m memFS) RemoveAll(p string) error {
	for k := range m {
		if k == p || strings.HasPrefix(k, p+"/") || strings.HasPrefix(k, p+`\`) {
			delete(m, k)
		}
	}
	return nil
}

func (m memFS) ReadDirNames(p string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for k := range m {
		rest, ok := strings.CutPrefix(k, p+sepOf(p))
		if !ok {
			continue
		}
		n, _, _ := strings.Cut(rest, sepOf(p))
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return nil, fs.ErrNotExist
	}
	slices.Sort(out)
	return out, nil
}

// TestUninstallPurge: the data folder goes only when asked, only when it
// is named alertguard, and --data-only keeps the program's folder.
func TestUninstallPurge(t *testing.T) {
	lin := Env{GOOS: "linux", Home: "/home/k"}
	win := Env{GOOS: "windows", LocalAppData: `C:\Users\k\AppData\Local`}
	linData := "/home/k/.local/share/alertguard"
	winData := `C:\Users\k\AppData\Local\AlertGuard`
	files := func() memFS {
		return memFS{linData + "/bin/alertguard": nil, linData + "/log.jsonl": nil, linData + "/thumbnails/a.png": nil, "/home/k/.bashrc": nil,
			winData + `\bin\alertguard.exe`: nil, winData + `\settings.json`: nil}
	}
	tests := []struct {
		name  string
		o     Options
		last  string // the plan's last step
		steps int
		err   string
		left  []string
	}{
		{"no purge keeps the data", Options{Env: lin, Browsers: []string{"chromium"}}, "remove " + linData + "/bin/alertguard", 2, "",
			[]string{"/home/k/.bashrc", linData + "/log.jsonl", linData + "/thumbnails/a.png", winData + `\bin\alertguard.exe`, winData + `\settings.json`}},
		{"purge", Options{Env: lin, Browsers: []string{"chromium"}, PurgeDir: linData}, "purge  " + linData + " (the log of blocked pages and the settings)", 3, "",
			[]string{"/home/k/.bashrc", winData + `\bin\alertguard.exe`, winData + `\settings.json`}},
		{"purge data only (the .msi)", Options{Env: win, PurgeDir: winData, DataOnly: true}, "purge  " + winData + " except bin (the log of blocked pages and the settings)", 1, "",
			[]string{"/home/k/.bashrc", linData + "/bin/alertguard", linData + "/log.jsonl", linData + "/thumbnails/a.png", winData + `\bin\alertguard.exe`}},
		{"a folder not named alertguard", Options{Env: lin, PurgeDir: "/home/k"}, "", 0,
			"the data folder /home/k is not named alertguard; remove it yourself if it holds nothing else", nil},
		{"data only without a folder", Options{Env: lin, DataOnly: true}, "", 0, "nothing to remove: the data folder is unknown", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := PlanUninstall(tt.o)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || len(plan) != tt.steps || plan[len(plan)-1].String() != tt.last {
				t.Fatalf("plan %v (%v), want %d steps ending %q", plan, err, tt.steps, tt.last)
			}
			m := files()
			if err := Apply(plan, m, memReg{}); err != nil {
				t.Fatal(err)
			}
			left := slices.Sorted(maps.Keys(m))
			slices.Sort(tt.left)
			if !slices.Equal(left, tt.left) {
				t.Errorf("left %q, want %q", left, tt.left)
			}
		})
	}
}
