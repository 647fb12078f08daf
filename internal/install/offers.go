package install

import (
	"encoding/json"
	"fmt"
	"path"
	"strings"

	"github.com/alertguard/alertguard/internal/install/callers"
)

// The stores' update services, which the browsers ask for the extension
// named by an offer.
const (
	ChromeStoreUpdateURL = "https://clients2.google.com/service/update2/crx"
	EdgeStoreUpdateURL   = "https://edge.microsoft.com/extensionwebstorebase/v1/crx"
	// AMOInstallURL always serves the latest AMO-signed release.
	AMOInstallURL = "https://addons.mozilla.org/firefox/downloads/latest/alertguard/latest.xpi"
	// FirefoxInstallMode: installed without a question, and the person
	// can still disable it in about:addons (force_installed, which they
	// cannot, stays for the administrators' templates in
	// manifest-templates/policies). docs/install.md, "The browser offers
	// the extension".
	FirefoxInstallMode = "normal_installed"
)

// Offer kinds.
const (
	// OfferExternal is a Chromium-family external-extension file,
	// <extension-id>.json with "external_update_url": the browser asks
	// the store for the extension and the person enables it.
	OfferExternal = "external-extension"
	// OfferFirefoxPolicy is Firefox's enterprise policies.json with an
	// ExtensionSettings entry (Linux).
	OfferFirefoxPolicy = "firefox-policies-json"
	// OfferFirefoxPlist is the same policy as macOS Firefox reads it,
	// /Library/Preferences/org.mozilla.firefox.plist.
	OfferFirefoxPlist = "firefox-plist"
)

// Offer is a file a package places so that a browser offers (Chromium
// family) or installs (Firefox) the extension by itself, for every user.
type Offer struct {
	Browser string
	Kind    string
	Path    string
	Content []byte
}

// offerDirs are the all-users external-extension folders: Chrome's and
// Edge's are documented by Google and Microsoft; Chromium's is the one
// Debian's chromium reads (/usr/share/chromium/extensions, verified by
// make dist-test); Vivaldi's follows Chromium's rule /usr/share/<product>/
// extensions and is not verified here. Brave on Linux reads no all-users
// folder (brave/brave-browser#23966), so it gets none.
var offerDirs = map[string]map[string]string{
	"linux": {
		"chrome":   "/usr/share/google-chrome/extensions",
		"chromium": "/usr/share/chromium/extensions",
		"edge":     "/usr/share/microsoft-edge/extensions",
		"vivaldi":  "/usr/share/vivaldi/extensions",
	},
	"darwin": {
		"chrome":   "/Library/Application Support/Google/Chrome/External Extensions",
		"chromium": "/Library/Application Support/Chromium/External Extensions",
		"edge":     "/Library/Application Support/Microsoft/Edge/External Extensions",
		"brave":    "/Library/Application Support/BraveSoftware/Brave-Browser/External Extensions",
		"vivaldi":  "/Library/Application Support/Vivaldi/External Extensions",
	},
}

// firefoxPolicyFiles: Firefox on Linux reads /etc/firefox/policies/
// policies.json (Mozilla's builds, the snap, Fedora, and Debian's
// firefox-esr too: its about:policies shows this file's policies and
// ignores /etc/firefox-esr/policies).
var firefoxPolicyFiles = []string{"/etc/firefox/policies/policies.json"}

// FirefoxPlist is where macOS Firefox reads machine-wide policies without
// a configuration profile.
const FirefoxPlist = "/Library/Preferences/org.mozilla.firefox.plist"

// Offers lists the files that make every browser offer the extension on
// goos ("linux" or "darwin"), in Browsers order. Windows gets registry
// values from the .msi instead.
func Offers(goos string) ([]Offer, error) {
	dirs, ok := offerDirs[goos]
	if !ok {
		return nil, fmt.Errorf("no extension offers for %q", goos)
	}
	var out []Offer
	for _, b := range Browsers {
		if b == "firefox" {
			out = append(out, firefoxOffers(goos)...)
			continue
		}
		d, ok := dirs[b]
		if !ok {
			continue
		}
		out = append(out, Offer{Browser: b, Kind: OfferExternal, Path: path.Join(d, callers.ChromiumID+".json"), Content: ExternalExtensionJSON(b)})
	}
	return out, nil
}

// StoreUpdateURL is the update service of the store a browser installs
// AlertGuard from: Edge Add-ons for Edge, the Chrome Web Store otherwise.
func StoreUpdateURL(browser string) string {
	if browser == "edge" {
		return EdgeStoreUpdateURL
	}
	return ChromeStoreUpdateURL
}

// ExternalExtensionJSON is the content of a Chromium-family offer.
func ExternalExtensionJSON(browser string) []byte {
	b, _ := json.MarshalIndent(map[string]string{"external_update_url": StoreUpdateURL(browser)}, "", "  ") // a map of strings: cannot fail
	return append(b, '\n')
}

type firefoxSetting struct {
	InstallationMode string `json:"installation_mode"`
	InstallURL       string `json:"install_url"`
}

type firefoxPolicies struct {
	Policies struct {
		ExtensionSettings map[string]firefoxSetting `json:"ExtensionSettings"`
	} `json:"policies"`
}

func firefoxOffers(goos string) []Offer {
	if goos == "darwin" {
		return []Offer{{Browser: "firefox", Kind: OfferFirefoxPlist, Path: FirefoxPlist, Content: []byte(firefoxPlist)}}
	}
	var p firefoxPolicies
	p.Policies.ExtensionSettings = map[string]firefoxSetting{callers.FirefoxID: {FirefoxInstallMode, AMOInstallURL}}
	b, _ := json.MarshalIndent(p, "", "  ") // plain structs: cannot fail
	var out []Offer
	for _, f := range firefoxPolicyFiles {
		out = append(out, Offer{Browser: "firefox", Kind: OfferFirefoxPolicy, Path: f, Content: append(b, '\n')})
	}
	return out
}

var firefoxPlist = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>EnterprisePoliciesEnabled</key>
	<true/>
	<key>ExtensionSettings</key>
	<dict>
		<key>` + callers.FirefoxID + `</key>
		<dict>
			<key>installation_mode</key>
			<string>` + FirefoxInstallMode + `</string>
			<key>install_url</key>
			<string>` + AMOInstallURL + `</string>
		</dict>
	</dict>
</dict>
</plist>
`

// CheckOffer says whether content found at an offer's path offers
// AlertGuard as o does: nil when it does, an error saying what differs
// otherwise. A policies.json may hold other policies and extensions (an
// administrator's own): only AlertGuard's entry is checked.
func CheckOffer(o Offer, content []byte) error {
	switch o.Kind {
	case OfferExternal:
		var m struct {
			UpdateURL string `json:"external_update_url"`
		}
		if err := json.Unmarshal(content, &m); err != nil {
			return fmt.Errorf("damaged (%v)", err)
		}
		if u := m.UpdateURL; u != StoreUpdateURL(o.Browser) {
			return fmt.Errorf("external_update_url is %q, not the store's %s", u, StoreUpdateURL(o.Browser))
		}
		return nil
	case OfferFirefoxPolicy:
		var p firefoxPolicies
		if err := json.Unmarshal(content, &p); err != nil {
			return fmt.Errorf("damaged (%v)", err)
		}
		s, ok := p.Policies.ExtensionSettings[callers.FirefoxID]
		if !ok {
			return fmt.Errorf("has no ExtensionSettings entry for %s", callers.FirefoxID)
		}
		if s.InstallationMode != "normal_installed" && s.InstallationMode != "force_installed" || s.InstallURL == "" {
			return fmt.Errorf("ExtensionSettings for %s: installation_mode %q, install_url %q", callers.FirefoxID, s.InstallationMode, s.InstallURL)
		}
		return nil
	case OfferFirefoxPlist:
		c := string(content)
		if !strings.Contains(c, "<key>EnterprisePoliciesEnabled</key>") || !strings.Contains(c, "<key>"+callers.FirefoxID+"</key>") {
			return fmt.Errorf("does not enable policies or name %s", callers.FirefoxID)
		}
		return nil
	}
	return fmt.Errorf("unknown offer kind %q", o.Kind)
}
