package main

import (
	"strings"
	"testing"
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
