package analysis

import (
	"bufio"
	"fmt"
	"github.com/alertguard/alertguard/internal/corpus"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/savedpage"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// corpusDir is the repository's own corpus/ (ALERTGUARD_CORPUS overrides it).
func corpusDir(t testing.TB) string {
	if d := os.Getenv("ALERTGUARD_CORPUS"); d != "" {
		return d
	}
	d, _ := filepath.Abs("../../../corpus")
	if _, err := os.Stat(filepath.Join(d, "cases.tsv")); err != nil {
		t.Fatalf("corpus not found at %s (set ALERTGUARD_CORPUS): %v", d, err)
	}
	return d
}

// readCases reads every labelled row: the root table and every page set.
func readCases(t testing.TB, dir string) []corpus.Page {
	rows, err := corpus.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func knownMisses(t *testing.T) map[string]string {
	f, err := os.Open("testdata/known-misses.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		file, reason, _ := strings.Cut(line, "\t")
		out[file] = reason
	}
	return out
}

// ok says whether a verdict satisfies a label.
func ok(expect, got string) bool {
	switch expect {
	case "block":
		return got == verdict.Block
	case "alert":
		return got == verdict.Block || got == verdict.Warn
	case "allow":
		return got == verdict.Allow
	case "notblock":
		return got != verdict.Block
	}
	return true // "any"
}

// TestCorpus judges every labelled page and prints the table. A legitimate
// page blocked fails whatever known-misses says.
func TestCorpus(t *testing.T) {
	dir := corpusDir(t)
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	misses := knownMisses(t)
	var table strings.Builder
	counts := map[string][2]int{}
	for _, c := range readCases(t, dir) {
		snap, err := savedpage.Load(c.Path, c.URL, nil)
		if err != nil {
			t.Errorf("%s: %v", c.File, err)
			continue
		}
		v := a.Analyze(snap)
		pass := ok(c.Expect, v.Decision)
		n := counts[c.Expect]
		n[1]++
		if pass {
			n[0]++
		}
		counts[c.Expect] = n
		mark := "ok"
		if !pass {
			mark = "MISS"
		}
		fmt.Fprintf(&table, "%-4s %-8s %-5s %3d %-52s %s\n", mark, c.Expect, v.Decision, v.Score, c.File, strings.Join(v.SignatureIDs(), ","))
		switch {
		case pass && misses[c.File] != "":
			t.Errorf("%s is judged as labelled now: remove it from testdata/known-misses.tsv", c.File)
		case pass:
		case (c.Expect == "allow" || c.Expect == "notblock") && v.Decision == verdict.Block:
			t.Errorf("legitimate page blocked: %s (%v)", c.File, v.SignatureIDs())
		case misses[c.File] != "" && c.Original():
			t.Errorf("%s is one of the original real pages: it must hold its label, known-misses.tsv cannot excuse it", c.File)
		case misses[c.File] != "":
			t.Logf("known miss %s: %s", c.File, misses[c.File])
		default:
			t.Errorf("%s: expected %s, got %s (%v)", c.File, c.Expect, v.Decision, v.SignatureIDs())
		}
		delete(misses, c.File)
	}
	for f := range misses {
		t.Errorf("known-misses.tsv lists %s, which is not a labelled page", f)
	}
	t.Logf("corpus results:\n%s", table.String())
	for _, k := range []string{"block", "alert", "allow", "notblock"} {
		t.Logf("%-8s %d/%d as labelled", k, counts[k][0], counts[k][1])
	}
}
