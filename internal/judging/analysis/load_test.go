package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/signatures"
)

// copyEmbedded writes the embedded set into dir/signatures, changed by edit.
func copyEmbedded(t *testing.T, dir string, edit func(name string, b []byte) []byte) {
	ext := filepath.Join(dir, ExternalDir)
	if err := os.MkdirAll(ext, 0o700); err != nil {
		t.Fatal(err)
	}
	ents, err := signatures.FS.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.IsDir() {
			continue // words/: an external set without one uses the embedded lists
		}
		b, err := signatures.FS.ReadFile(e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if b = edit(e.Name(), b); b == nil {
			continue
		}
		if err := os.WriteFile(filepath.Join(ext, e.Name()), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoadExternalSignatures(t *testing.T) {
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	keep := func(_ string, b []byte) []byte { return b }
	tests := []struct {
		name        string
		setup       func(t *testing.T, dir string)
		useExternal bool   // the external folder is the source
		wantProblem string // "" = no problem reported
		wantSigs    int    // -1 = fewer than the built-in set
	}{
		{"no data folder", nil, false, "", len(def.Set.Sigs)},
		{"no external folder", func(t *testing.T, dir string) {}, false, "", len(def.Set.Sigs)},
		{"external copy", func(t *testing.T, dir string) { copyEmbedded(t, dir, keep) }, true, "", len(def.Set.Sigs)},
		{"external with one rule fewer", func(t *testing.T, dir string) {
			copyEmbedded(t, dir, func(n string, b []byte) []byte {
				if strings.HasPrefix(n, "clickfix") {
					return nil
				}
				return b
			})
		}, true, "", -1},
		{"syntax error", func(t *testing.T, dir string) {
			copyEmbedded(t, dir, keep)
			os.WriteFile(filepath.Join(dir, ExternalDir, "broken.yaml"), []byte("id: [unclosed\n"), 0o600)
		}, false, "broken.yaml", len(def.Set.Sigs)},
		{"valid rules, a failing fixture", func(t *testing.T, dir string) {
			copyEmbedded(t, dir, func(n string, b []byte) []byte {
				if n != "lock-runtime-fullscreen.yaml" {
					return b
				}
				out := strings.Replace(string(b), "count: 1, gesture: true", "count: 1, gesture: false", 1)
				if out == string(b) {
					t.Fatal("the fixture to break was not found")
				}
				return []byte(out)
			})
		}, false, "lock.runtime-fullscreen", len(def.Set.Sigs)},
		{"a file, not a folder", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, ExternalDir), []byte("x"), 0o600)
		}, false, "not a folder", len(def.Set.Sigs)},
		{"empty folder", func(t *testing.T, dir string) { os.MkdirAll(filepath.Join(dir, ExternalDir), 0o700) }, false, "no signatures", len(def.Set.Sigs)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := ""
			if tc.setup != nil {
				dir = t.TempDir()
				tc.setup(t, dir)
			}
			a, origin, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			wantSource := Embedded
			if tc.useExternal {
				wantSource = filepath.Join(dir, ExternalDir)
			}
			if origin.Source != wantSource {
				t.Fatalf("source %q, problem %v; want %q", origin.Source, origin.Problem, wantSource)
			}
			if (origin.Problem != nil) != (tc.wantProblem != "") {
				t.Fatalf("problem %v; want one mentioning %q", origin.Problem, tc.wantProblem)
			}
			if tc.wantProblem != "" && !strings.Contains(origin.Problem.Error(), tc.wantProblem) {
				t.Fatalf("problem %v; want it to mention %q", origin.Problem, tc.wantProblem)
			}
			if tc.wantSigs >= 0 && len(a.Set.Sigs) != tc.wantSigs {
				t.Fatalf("%d signatures; want %d", len(a.Set.Sigs), tc.wantSigs)
			}
			if tc.wantSigs < 0 && len(a.Set.Sigs) >= len(def.Set.Sigs) {
				t.Fatalf("external set with fewer rules not used: %d", len(a.Set.Sigs))
			}
		})
	}
}
