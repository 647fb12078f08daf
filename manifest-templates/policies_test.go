package manifesttemplates

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPolicies checks every policy template parses and names AlertGuard.
func TestPolicies(t *testing.T) {
	files, _ := filepath.Glob("policies/*")
	if len(files) < 6 {
		t.Fatalf("%d policy templates", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		switch filepath.Ext(f) {
		case ".json":
			if !json.Valid(data) {
				t.Errorf("%s: not JSON", f)
			}
		case ".mobileconfig":
			if err := xml.Unmarshal(data, new(struct{ XMLName xml.Name })); err != nil {
				t.Errorf("%s: not XML: %v", f, err)
			}
		case ".reg":
			if !strings.HasPrefix(s, "Windows Registry Editor Version 5.00") {
				t.Errorf("%s: not a .reg file", f)
			}
		case ".md":
			continue
		}
		if !strings.Contains(s, "ealcpimlhlabpbneglbjhodkadilbele") && !strings.Contains(s, "alertguard@alertguard.app") {
			t.Errorf("%s: names neither extension id", f)
		}
	}
}
