package install

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestOffersPaths(t *testing.T) {
	for _, tc := range []struct {
		goos string
		want []string
	}{
		{"linux", []string{
			"chrome /usr/share/google-chrome/extensions/ealcpimlhlabpbneglbjhodkadilbele.json",
			"chromium /usr/share/chromium/extensions/ealcpimlhlabpbneglbjhodkadilbele.json",
			"edge /usr/share/microsoft-edge/extensions/ealcpimlhlabpbneglbjhodkadilbele.json",
			"vivaldi /usr/share/vivaldi/extensions/ealcpimlhlabpbneglbjhodkadilbele.json",
			"firefox /etc/firefox/policies/policies.json",
		}},
		{"darwin", []string{
			"chrome /Library/Application Support/Google/Chrome/External Extensions/ealcpimlhlabpbneglbjhodkadilbele.json",
			"chromium /Library/Application Support/Chromium/External Extensions/ealcpimlhlabpbneglbjhodkadilbele.json",
			"edge /Library/Application Support/Microsoft/Edge/External Extensions/ealcpimlhlabpbneglbjhodkadilbele.json",
			"brave /Library/Application Support/BraveSoftware/Brave-Browser/External Extensions/ealcpimlhlabpbneglbjhodkadilbele.json",
			"vivaldi /Library/Application Support/Vivaldi/External Extensions/ealcpimlhlabpbneglbjhodkadilbele.json",
			"firefox /Library/Preferences/org.mozilla.firefox.plist",
		}},
	} {
		t.Run(tc.goos, func(t *testing.T) {
			os, err := Offers(tc.goos)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, o := range os {
				got = append(got, o.Browser+" "+o.Path)
				if err := CheckOffer(o, o.Content); err != nil {
					t.Errorf("%s: its own content does not pass: %v", o.Path, err)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Fatalf("offers\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
	if _, err := Offers("windows"); err == nil {
		t.Fatal("Offers(windows) succeeded: Windows offers come from the .msi's registry values")
	}
}

func TestOfferContent(t *testing.T) {
	var m map[string]string
	if err := json.Unmarshal(ExternalExtensionJSON("edge"), &m); err != nil || m["external_update_url"] != EdgeStoreUpdateURL || len(m) != 1 {
		t.Fatalf("edge: %v %v", m, err)
	}
	if err := json.Unmarshal(ExternalExtensionJSON("chrome"), &m); err != nil || m["external_update_url"] != ChromeStoreUpdateURL {
		t.Fatalf("chrome: %v %v", m, err)
	}
	os, _ := Offers("linux")
	ff := os[len(os)-1]
	var p map[string]map[string]map[string]map[string]string
	if err := json.Unmarshal(ff.Content, &p); err != nil {
		t.Fatal(err)
	}
	s := p["policies"]["ExtensionSettings"]["alertguard@alertguard.app"]
	if s["installation_mode"] != "normal_installed" || s["install_url"] != AMOInstallURL {
		t.Fatalf("firefox policy %v", s)
	}
}

func TestCheckOffer(t *testing.T) {
	ext := Offer{Browser: "chromium", Kind: OfferExternal}
	pol := Offer{Browser: "firefox", Kind: OfferFirefoxPolicy}
	plist := Offer{Browser: "firefox", Kind: OfferFirefoxPlist}
	for _, tc := range []struct {
		name    string
		o       Offer
		content string
		want    string // "" means accepted
	}{
		{"chrome store", ext, `{"external_update_url":"https://clients2.google.com/service/update2/crx"}`, ""},
		{"other url", ext, `{"external_update_url":"https://evil.example/crx"}`, "not the store's"},
		{"local crx", ext, `{"external_crx":"/tmp/x.crx","external_version":"1"}`, "not the store's"},
		{"damaged", ext, `{"external_update_url":`, "damaged"},
		{"edge wants edge store", Offer{Browser: "edge", Kind: OfferExternal}, `{"external_update_url":"https://clients2.google.com/service/update2/crx"}`, "not the store's"},
		{"admin policies with ours", pol, `{"policies":{"DisableTelemetry":true,"ExtensionSettings":{"*":{"installation_mode":"allowed"},"alertguard@alertguard.app":{"installation_mode":"force_installed","install_url":"https://x/y.xpi"}}}}`, ""},
		{"admin policies without ours", pol, `{"policies":{"DisableTelemetry":true}}`, "no ExtensionSettings entry"},
		{"blocked", pol, `{"policies":{"ExtensionSettings":{"alertguard@alertguard.app":{"installation_mode":"blocked"}}}}`, "installation_mode"},
		{"not json", pol, `policies`, "damaged"},
		{"plist without ours", plist, `<plist><dict><key>EnterprisePoliciesEnabled</key><true/></dict></plist>`, "does not enable"},
		{"unknown kind", Offer{Kind: "x"}, ``, "unknown offer kind"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckOffer(tc.o, []byte(tc.content))
			if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("CheckOffer: %v, want %q", err, tc.want)
			}
		})
	}
}
