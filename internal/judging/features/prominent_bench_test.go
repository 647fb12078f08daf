package features

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/brands"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// BenchmarkProminentReads compares reading the corpus pages' prominent
// text (Facts.Prominent) for the head lexicons and their Headings and
// Labels for the brand catalogue separately, as before, with one read of
// a union of both (Facts.ProminentRead).
func BenchmarkProminentReads(b *testing.B) {
	e, err := New(nil)
	if err != nil {
		b.Fatal(err)
	}
	var fs []*facts.Facts
	filepath.WalkDir("../../../corpus", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") || len(fs) >= 600 {
			return nil
		}
		if s, err := savedpage.Load(p, "https://example.com/", nil); err == nil {
			fs = append(fs, facts.Build(s))
		}
		return nil
	})
	union := textnorm.NewUnion(brands.Words(), e.HeadPhrases())
	b.Run("separate", func(b *testing.B) {
		for range b.N {
			for _, f := range fs {
				e.view("head").scan(f.Prominent)
				brands.Named(f.Headings+"\n"+f.Labels, f.Host)
			}
		}
	})
	b.Run("union", func(b *testing.B) {
		for range b.N {
			for _, f := range fs {
				r := union.Read(f.Prominent)
				e.view("head").scanRead(r, 1, f.Prominent)
				brands.NamedInPrefix(r, 0, len(f.Headings)+1+len(f.Labels), f.Host)
			}
		}
	})
}
