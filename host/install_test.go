package main

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

func TestInstallPrintGolden(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the golden file is the Linux layout; other layouts are covered in internal/install")
	}
	envVars := map[string]string{"HOME": "/home/kazuko"}
	var out, errb strings.Builder
	e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string { return envVars[k] },
		executable: func() (string, error) { return "/home/kazuko/Downloads/alertguard", nil }}
	if code := run([]string{"install", "--print"}, e); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	golden := filepath.Join("testdata", "golden", "install-print-linux.txt")
	if *update {
		os.WriteFile(golden, []byte(out.String()), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./host -update)", err)
	}
	if out.String() != string(want) {
		t.Errorf("install --print differs from %s:\n%s", golden, out.String())
	}
}

// TestInstallDoctorRoundTrip installs the real binary into a throw-away
// home, checks it with doctor, breaks it, and uninstalls it.
func TestInstallDoctorRoundTrip(t *testing.T) {
	home := t.TempDir()
	bin := filepath.Join(t.TempDir(), "alertguard")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	os.MkdirAll(filepath.Join(home, ".config", "chromium"), 0o755)
	os.MkdirAll(filepath.Join(home, ".mozilla"), 0o755)
	envVars := map[string]string{"HOME": home}
	runIn := func(args ...string) cmdResult {
		var out, errb strings.Builder
		e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string { return envVars[k] },
			executable: func() (string, error) { return bin, nil }}
		code := run(args, e)
		return cmdResult{code, out.String(), errb.String()}
	}
	if r := runIn("install", "--browser", "chromium,firefox"); r.code != 0 {
		t.Fatalf("install: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := runIn("install", "--browser", "chromium,firefox"); r.code != 0 {
		t.Fatalf("second install: %d %s", r.code, r.stderr)
	}
	r := runIn("doctor")
	if r.code != 0 || !strings.Contains(r.stdout, "chromium: registered") || !strings.Contains(r.stdout, "firefox: registered") {
		t.Fatalf("doctor: %d\n%s", r.code, r.stdout)
	}
	manifest := filepath.Join(home, ".config", "chromium", "NativeMessagingHosts", "jp.alertguard.host.json")
	os.WriteFile(manifest, []byte("{broken"), 0o644)
	r = runIn("doctor")
	if r.code == 0 || !strings.Contains(r.stdout, "damaged") || !strings.Contains(r.stdout, "alertguard install --browser chromium") {
		t.Fatalf("doctor with a broken manifest: %d\n%s", r.code, r.stdout)
	}
	if r := runIn("uninstall", "--browser", "chromium,firefox"); r.code != 0 {
		t.Fatalf("uninstall: %d %s", r.code, r.stderr)
	}
	if _, err := os.Stat(manifest); !os.IsNotExist(err) {
		t.Fatal("manifest left after uninstall")
	}
	r = runIn("doctor", "--browser", "chromium")
	if r.code == 0 || !strings.Contains(r.stdout, "not registered") {
		t.Fatalf("doctor after uninstall: %d\n%s", r.code, r.stdout)
	}
}

// TestUninstallPurge: uninstall says where the log and settings stay;
// --purge removes them and says so; --data-only keeps the program.
func TestUninstallPurge(t *testing.T) {
	const data = home + "/.local/share/alertguard"
	machine := func() fakeFS {
		return fakeFS{hostBin: {"ELF", 0o755}, chromiumMf: {"{}", 0o644}, firefoxMf: {"{}", 0o644},
			data + "/log.jsonl": {"", 0o600}, data + "/config.json": {"", 0o600}, data + "/thumbnails/x.png": {"", 0o600}, home + "/.bashrc": {"", 0o644}}
	}
	plan := "remove " + chromiumMf + "\nremove " + firefoxMf + "\nremove " + hostBin + "\n"
	tests := []struct {
		name           string
		args           []string
		dataEnv        string // ALERTGUARD_DATA_DIR
		stdout, stderr string
		code           int
		left           []string
	}{
		{"keeps the log and settings", nil, "",
			plan + "Done. The log of blocked pages and the settings stay in " + data + "; to remove them too: alertguard uninstall --purge\n", "", 0,
			[]string{data + "/config.json", data + "/log.jsonl", data + "/thumbnails/x.png", home + "/.bashrc"}},
		{"--purge", []string{"--purge"}, "",
			plan + "purge  " + data + " (the log of blocked pages and the settings)\nDone. Removed " + data + ": the log of blocked pages and the settings.\n", "", 0,
			[]string{home + "/.bashrc"}},
		{"--purge --data-only", []string{"--purge", "--data-only"}, "",
			"purge  " + data + " except bin (the log of blocked pages and the settings)\nDone. Removed the log of blocked pages and the settings from " + data + "; the program stays.\n", "", 0,
			[]string{chromiumMf, firefoxMf, hostBin, home + "/.bashrc"}},
		{"--data-only alone", []string{"--data-only"}, "", "", "alertguard uninstall: --data-only goes with --purge\n", 2, nil},
		{"--purge of a folder not named alertguard", []string{"--purge"}, home, "",
			"alertguard uninstall: the data folder " + home + " is not named alertguard; remove it yourself if it holds nothing else\n", 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vars := map[string]string{"HOME": home, "ALERTGUARD_DATA_DIR": tt.dataEnv}
			var out, errb strings.Builder
			e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] }}
			m := machine()
			code := runPlan("uninstall", append([]string{"--browser", "chromium,firefox"}, tt.args...), e, m, nil)
			if code != tt.code || out.String() != tt.stdout || errb.String() != tt.stderr {
				t.Fatalf("exit %d, stdout:\n%s\nstderr:\n%s\nwant exit %d, stdout:\n%s\nstderr:\n%s", code, out.String(), errb.String(), tt.code, tt.stdout, tt.stderr)
			}
			if tt.left == nil {
				if len(m) != len(machine()) {
					t.Errorf("files changed after a refusal: %v", m)
				}
				return
			}
			left := slices.Sorted(maps.Keys(m))
			slices.Sort(tt.left)
			if !slices.Equal(left, tt.left) {
				t.Errorf("left %q, want %q", left, tt.left)
			}
		})
	}
}
