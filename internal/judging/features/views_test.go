package features

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// TestViewsFindWhatTheWholeFinds: each view's small automaton finds, for
// its lexicons, what the whole one finds, in the same order, on the folded
// text and the lower-cased source of every corpus page.
func TestViewsFindWhatTheWholeFinds(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	err = filepath.WalkDir("../../../corpus", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".js")) {
			return err
		}
		b, err := os.ReadFile(p)
		texts = append(texts, textnorm.Fold(string(b)), strings.ToLower(string(b)))
		return err
	})
	if err != nil || len(texts) < 600 {
		t.Fatalf("read %d corpus texts: %v", len(texts), err)
	}
	for name, lists := range views {
		v := e.view(name)
		for _, text := range texts {
			whole, part := e.lx.scan(text), v.scan(text)
			for _, l := range lists {
				wn, wev := e.lx.of(whole, l)
				pn, pev := e.lx.of(part, l)
				if wn != pn || !slices.Equal(wev, pev) {
					t.Fatalf("view %s, lexicon %s: %d %q, the whole automaton %d %q", name, l, pn, pev, wn, wev)
				}
			}
		}
	}
}
