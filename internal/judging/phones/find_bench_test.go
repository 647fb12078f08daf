package phones_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/phones"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// findInput is what facts.Build gives phones.Find for one page.
type findInput struct{ text, lang, host string }

// corpusFindInputs reads every corpus page through facts.Build and keeps
// the text Find is asked about.
func corpusFindInputs(b *testing.B) []findInput {
	dir := os.Getenv("ALERTGUARD_CORPUS")
	if dir == "" {
		dir, _ = filepath.Abs("../../../corpus")
	}
	var in []findInput
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		html, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		f := facts.Build(&snapshot.Snapshot{URL: "https://example.test/", HTML: string(html)})
		in = append(in, findInput{f.Title + "\n" + f.Text + "\n" + f.Attrs + "\n" + f.Dialogs, f.Lang, f.Host})
		return nil
	})
	if err != nil || len(in) == 0 {
		b.Skipf("corpus not read at %s: %v", dir, err)
	}
	return in
}

// BenchmarkFindCorpus: phones.Find over every corpus page's text, one
// op a pass over the corpus.
func BenchmarkFindCorpus(b *testing.B) {
	in := corpusFindInputs(b)
	b.ResetTimer()
	for b.Loop() {
		for _, x := range in {
			phones.Find(x.text, x.lang, x.host)
		}
	}
}
