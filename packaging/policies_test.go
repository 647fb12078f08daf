// The managed-PC policy templates ship in every package's docs
// (/usr/share/doc/alertguard/policies, the .msi's policies folder, the
// zips). They must name the extension ids the build produces and the host
// name the program registers, or a family PC set up with them would
// force-install an extension the host refuses.
package packaging_test

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/install"
	manifesttemplates "github.com/alertguard/alertguard/manifest-templates"
)

// buildIDs reads the ids from the extension's own sources: the Chromium id
// follows from manifest.json "key", the Firefox id is set by build.js.
func buildIDs(t *testing.T) (chromium, firefox string) {
	var m struct{ Key string }
	data, err := os.ReadFile("../extension/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	der, err := base64.StdEncoding.DecodeString(m.Key)
	if err != nil || len(der) == 0 {
		t.Fatalf("manifest.json key: %v", err)
	}
	sum := sha256.Sum256(der)
	for _, c := range hex.EncodeToString(sum[:16]) {
		v := c - '0'
		if c >= 'a' {
			v = c - 'a' + 10
		}
		chromium += string(rune('a' + v))
	}
	js, err := os.ReadFile("../extension/build.js")
	if err != nil {
		t.Fatal(err)
	}
	g := regexp.MustCompile(`gecko:\s*\{\s*id:\s*'([^']+)'`).FindSubmatch(js)
	if g == nil {
		t.Fatal("build.js sets no gecko id")
	}
	return chromium, string(g[1])
}

// hostIDs reads what the program's manifests allow.
func hostIDs(t *testing.T) (name, chromium, firefox string) {
	var c, f struct {
		Name              string   `json:"name"`
		AllowedOrigins    []string `json:"allowed_origins"`
		AllowedExtensions []string `json:"allowed_extensions"`
	}
	for fam, into := range map[string]any{"chromium": &c, "firefox": &f} {
		b, err := install.Render(manifesttemplates.FS, fam, "/usr/bin/alertguard")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, into); err != nil {
			t.Fatal(err)
		}
	}
	if c.Name != f.Name || len(c.AllowedOrigins) != 1 || len(f.AllowedExtensions) != 1 {
		t.Fatalf("manifests: %+v %+v", c, f)
	}
	return c.Name, strings.TrimSuffix(strings.TrimPrefix(c.AllowedOrigins[0], "chrome-extension://"), "/"), f.AllowedExtensions[0]
}

func TestPoliciesNameTheBuildsIDs(t *testing.T) {
	chromium, firefox := buildIDs(t)
	host, hostChromium, hostFirefox := hostIDs(t)
	if chromium != hostChromium || firefox != hostFirefox {
		t.Fatalf("the build makes %s and %s, the host allows %s and %s", chromium, firefox, hostChromium, hostFirefox)
	}
	files, _ := filepath.Glob("../manifest-templates/policies/*")
	anyID := regexp.MustCompile(`\b[a-p]{32}\b`)
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, name := string(b), filepath.Base(f)
		switch {
		case strings.HasSuffix(name, ".md"):
			continue
		case strings.HasPrefix(name, "firefox"):
			var p struct {
				Policies struct {
					ExtensionSettings map[string]json.RawMessage
				}
			}
			if err := json.Unmarshal(b, &p); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if _, ok := p.Policies.ExtensionSettings[firefox]; !ok || len(p.Policies.ExtensionSettings) != 1 {
				t.Errorf("%s: ExtensionSettings names %v, want only %s", name, keys(p.Policies.ExtensionSettings), firefox)
			}
		default: // Chrome and Edge: the force-install list and the host allow list
			if !regexp.MustCompile(`[">]` + chromium + `;https://`).MatchString(s) {
				t.Errorf("%s: does not force-install %s from a store", name, chromium)
			}
			for _, id := range anyID.FindAllString(s, -1) {
				if id != chromium {
					t.Errorf("%s: names the extension id %s, the build makes %s", name, id, chromium)
				}
			}
			if !regexp.MustCompile(`[">]` + regexp.QuoteMeta(host) + `["<]`).MatchString(s) {
				t.Errorf("%s: does not allow the host %s", name, host)
			}
		}
		checked++
	}
	if checked < 6 {
		t.Fatalf("%d policy templates checked", checked)
	}
}

func keys(m map[string]json.RawMessage) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
