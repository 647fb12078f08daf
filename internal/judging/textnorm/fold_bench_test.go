package textnorm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkFold folds the corpus's saved pages as text (their markup
// included: what matters is the mix of ASCII, kana, ideographs and
// full-width forms), one pass over all of them a round.
func BenchmarkFold(b *testing.B) {
	var texts []string
	n := 0
	_ = filepath.WalkDir("../../../corpus", func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".html") {
			if raw, err := os.ReadFile(p); err == nil {
				texts = append(texts, string(raw))
				n += len(raw)
			}
		}
		return nil
	})
	if len(texts) == 0 {
		b.Skip("no corpus")
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Fold(t)
		}
	}
}
