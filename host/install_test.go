package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
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
