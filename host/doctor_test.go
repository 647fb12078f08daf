package main

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/alertguard/alertguard/internal/install"
	manifesttemplates "github.com/alertguard/alertguard/manifest-templates"
)

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
