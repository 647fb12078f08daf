package snapshot_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// corpusSeeds turns a few corpus pages into snapshot JSON for the fuzzers.
func corpusSeeds(f *testing.F) [][]byte {
	dir := os.Getenv("ALERTGUARD_CORPUS")
	if dir == "" {
		dir = "../../../corpus"
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*", "*", "index.html"))
	if len(pages) == 0 {
		f.Fatalf("no corpus pages under %s", dir)
	}
	var out [][]byte
	for i, p := range pages {
		if i%6 != 0 {
			continue
		}
		html, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		b, _ := json.Marshal(snapshot.Snapshot{URL: "https://x.example/", HTML: string(html), Events: []snapshot.Event{{Type: "fullscreen", Count: 1}}})
		out = append(out, b)
	}
	return out
}

func FuzzDecodeCorpus(f *testing.F) {
	for _, s := range corpusSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := snapshot.Decode(data)
		if err == nil && len(s.HTML) > snapshot.MaxHTML {
			t.Fatal("unbounded html")
		}
	})
}
