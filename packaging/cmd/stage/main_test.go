package main

import (
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/install"
	"github.com/alertguard/alertguard/packaging/internal/flatpkg"
)

func TestMSIVersion(t *testing.T) {
	for v, want := range map[string][2]string{
		"0.1.0":                  {"0.1.0.0", "0.1.1"},
		"0.1.0+39.gbcd441e":      {"0.1.0.39", "0.1.1"},
		"1.2.3+4.gabcdef0.dirty": {"1.2.3.4", "1.2.4"},
		"2.0.0+dirty":            {"2.0.0.0", "2.0.1"},
	} {
		if got := msiVersion(v); got != want[0] {
			t.Errorf("msiVersion(%s) = %s, want %s", v, got, want[0])
		}
		if got := msiNext(v); got != want[1] {
			t.Errorf("msiNext(%s) = %s, want %s", v, got, want[1])
		}
	}
}

func TestGUID(t *testing.T) {
	a, b := guid("x"), guid("y")
	if a == b || a != guid("x") || len(a) != 36 || strings.ToUpper(a) != a || a[14] != '5' {
		t.Errorf("guid: %s %s", a, b)
	}
}

// Every system folder `alertguard install --system` writes is in the
// packages, and the 64-bit Firefox folder too.
func TestLinuxManifestTargets(t *testing.T) {
	ts, err := LinuxManifestTargets()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, t := range ts {
		got[t.ManifestDir] = t.Family
	}
	for dir, fam := range map[string]string{
		"/etc/opt/chrome/native-messaging-hosts":          "chromium",
		"/etc/chromium/native-messaging-hosts":            "chromium",
		"/etc/opt/edge/native-messaging-hosts":            "chromium",
		"/etc/opt/brave.com/brave/native-messaging-hosts": "chromium",
		"/etc/opt/vivaldi/native-messaging-hosts":         "chromium",
		"/usr/lib/mozilla/native-messaging-hosts":         "firefox",
		"/usr/lib64/mozilla/native-messaging-hosts":       "firefox",
	} {
		if got[dir] != fam {
			t.Errorf("%s: %q, want %s", dir, got[dir], fam)
		}
	}
	if len(got) != 7 {
		t.Errorf("%d folders: %v", len(got), got)
	}
}

// The .pkg holds the program, every all-users manifest folder of
// `alertguard install --system` on macOS, every offer, and an uninstaller
// that removes each of them.
func TestMacFiles(t *testing.T) {
	files, err := macFiles([]byte("prog"), "../../..")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]flatpkg.File{}
	for _, f := range files {
		got[f.Path] = f
	}
	want := []string{MacBinary, MacUninstall, "/Library/Application Support/AlertGuard/policies/chrome-macos.mobileconfig"}
	env := install.Env{GOOS: "darwin", System: true}
	for _, b := range install.Browsers {
		ts, err := env.Targets(b)
		if err != nil {
			t.Fatal(err)
		}
		for _, tg := range ts {
			want = append(want, tg.ManifestDir+"/jp.alertguard.host.json")
		}
	}
	offers, _ := install.Offers("darwin")
	for _, o := range offers {
		want = append(want, o.Path)
	}
	uninstall := string(got[MacUninstall].Data)
	for _, p := range want {
		f, ok := got[p]
		if !ok {
			t.Errorf("%s is not in the package", p)
			continue
		}
		if !strings.Contains(uninstall, "rm -f '"+p+"'\n") {
			t.Errorf("the uninstaller does not remove %s", p)
		}
		if strings.HasSuffix(p, "jp.alertguard.host.json") && !strings.Contains(string(f.Data), `"path": "/Library/Application Support/AlertGuard/alertguard"`) {
			t.Errorf("%s does not run the installed program:\n%s", p, f.Data)
		}
	}
	if got[MacBinary].Mode != 0o755 || got[MacUninstall].Mode != 0o755 {
		t.Error("the program or the uninstaller is not executable")
	}
	if strings.Contains(postinstall, "curl") || strings.Contains(postinstall, "$HOME") || strings.Contains(postinstall, "/Users") {
		t.Error("the postinstall reaches the network or a person's folder")
	}
}
