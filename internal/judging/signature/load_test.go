package signature

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/sandbox"
	"github.com/alertguard/alertguard/signatures"
)

func TestLoadRejects(t *testing.T) {
	tests := []struct {
		file string
		want []string // substrings of the error, each with its file and line
	}{
		{"unknown-field.yaml", []string{"unknown-field.yaml: line 4: field colour not found"}},
		{"bad-regex.yaml", []string{"bad-regex.yaml:8:", "bad regex"}},
		{"bad-selector.yaml", []string{"bad-selector.yaml:10:", "bad selector"}},
		{"missing-translation.yaml", []string{"missing-translation.yaml:4:", "title needs both ja and en"}},
		{"missing-fixtures.yaml", []string{"missing-fixtures.yaml:9:", "at least one positive and one negative"}},
		{"unknown-matcher-field.yaml", []string{"unknown-matcher-field.yaml: line 9: field partt not found"}},
		{"two-matchers.yaml", []string{"two-matchers.yaml:8:", "exactly one"}},
		{"bad-condition.yaml", []string{"bad-condition.yaml:6:", `unknown advice id "no-such-advice"`, `unknown word list "@nolist"`, "bad-condition.yaml:9:", "compiling"}},
		{"bad-event.yaml", []string{"bad-event.yaml:8:", `event type "teleport"`}},
		{"empty-matcher.yaml", []string{"empty-matcher.yaml:8:", "empty matcher"}},
		{"bad-role.yaml", []string{"bad-role.yaml:3:", `role "weight" is not one of claim, ask, both, context`}},
		{"bad-apis.yaml", []string{"bad-apis.yaml:8:", `api "teleport"`, "min at most their number"}},
	}
	cat := advice.New()
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/bad/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Parse(tt.file, data, map[string][]string{}, cat.Known)
			if err == nil {
				t.Fatal("loaded without error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestLoadSetProblems(t *testing.T) {
	ok, _ := signatures.FS.ReadFile("support-scam-call-now.yaml")
	fsys := fstest.MapFS{
		"a.yaml": {Data: ok},
		"b.yaml": {Data: ok},
	}
	for _, l := range []string{"alarm_core", "call_core", "pressure_core", "aware_core"} {
		data, _ := signatures.FS.ReadFile("words/" + l + ".txt")
		fsys["words/"+l+".txt"] = &fstest.MapFile{Data: data}
	}
	_, err := Load(fsys, advice.New().Known)
	if err == nil || !strings.Contains(err.Error(), "already used in a.yaml") {
		t.Fatalf("duplicate id: %v", err)
	}
	if _, err := Load(fstest.MapFS{}, nil); err == nil {
		t.Fatal("empty set loaded")
	}
}

// TestEmbeddedFixtures is `alertguard signatures test` as a Go test.
func TestEmbeddedFixtures(t *testing.T) {
	set, err := Load(signatures.FS, advice.New().Known)
	if err != nil {
		t.Fatal(err)
	}
	results := set.TestFixtures(&Env{Pool: sandbox.New(2, 0)})
	if len(results) < 2*len(set.Sigs) {
		t.Fatalf("%d fixture results for %d signatures", len(results), len(set.Sigs))
	}
	for _, r := range results {
		if !r.Pass {
			t.Error(r)
		}
	}
}

// TestEveryCategoryCovered keeps the categories the product promises.
func TestEveryCategoryCovered(t *testing.T) {
	set, err := Load(signatures.FS, advice.New().Known)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, s := range set.Sigs {
		have[s.Category] = true
	}
	for _, c := range []string{"fake-alert", "fullscreen-lock", "phone-lure", "notification-abuse", "clickfix", "one-click-billing", "app-install-lure", "fake-av-purchase"} {
		if !have[c] {
			t.Errorf("no signature for category %s", c)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"support-scam-call-now.yaml", "lock-escape-traps.yaml"} {
		b, _ := signatures.FS.ReadFile(name)
		f.Add(b)
	}
	f.Add([]byte("id: [\n"))
	cat := advice.New()
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Parse("fuzz.yaml", data, map[string][]string{"alarm": {"virus"}}, cat.Known)
	})
}
