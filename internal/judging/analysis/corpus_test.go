package analysis

import (
	"bufio"
	"encoding/csv"
	"fmt"
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

type corpusCase struct{ file, expect, url, category string }

// readTSV reads a corpus table (cases.tsv, SOURCES.tsv) without its header.
func readTSV(t testing.TB, path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: empty", path)
	}
	return rows[1:]
}

func readCases(t testing.TB, dir string) []corpusCase {
	var out []corpusCase
	for _, row := range readTSV(t, filepath.Join(dir, "cases.tsv")) {
		out = append(out, corpusCase{file: row[0], expect: row[1], url: row[2], category: row[3]})
	}
	return out
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

// originalPages are the real pages the corpus started from: rows whose
// SOURCES.tsv licence is not alertguard-replica. They must always hold
// their label.
func originalPages(t *testing.T, dir string) map[string]bool {
	out := map[string]bool{}
	for _, row := range readTSV(t, filepath.Join(dir, "SOURCES.tsv")) {
		if len(row) > 4 && !strings.HasPrefix(row[4], "alertguard-replica") {
			out[row[0]] = true
		}
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
	original := originalPages(t, dir)
	var table strings.Builder
	counts := map[string][2]int{}
	for _, c := range readCases(t, dir) {
		snap, err := savedpage.Load(filepath.Join(dir, c.file), c.url, nil)
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		v := a.Analyze(snap)
		pass := ok(c.expect, v.Decision)
		n := counts[c.expect]
		n[1]++
		if pass {
			n[0]++
		}
		counts[c.expect] = n
		mark := "ok"
		if !pass {
			mark = "MISS"
		}
		fmt.Fprintf(&table, "%-4s %-8s %-5s %3d %-52s %s\n", mark, c.expect, v.Decision, v.Score, c.file, strings.Join(v.SignatureIDs(), ","))
		switch {
		case pass && misses[c.file] != "":
			t.Errorf("%s is judged as labelled now: remove it from testdata/known-misses.tsv", c.file)
		case pass:
		case (c.expect == "allow" || c.expect == "notblock") && v.Decision == verdict.Block:
			t.Errorf("legitimate page blocked: %s (%v)", c.file, v.SignatureIDs())
		case misses[c.file] != "" && original[c.file]:
			t.Errorf("%s is one of the original real pages: it must hold its label, known-misses.tsv cannot excuse it", c.file)
		case misses[c.file] != "":
			t.Logf("known miss %s: %s", c.file, misses[c.file])
		default:
			t.Errorf("%s: expected %s, got %s (%v)", c.file, c.expect, v.Decision, v.SignatureIDs())
		}
		delete(misses, c.file)
	}
	for f := range misses {
		t.Errorf("known-misses.tsv lists %s, which is not a labelled page", f)
	}
	t.Logf("corpus results:\n%s", table.String())
	for _, k := range []string{"block", "alert", "allow", "notblock"} {
		t.Logf("%-8s %d/%d as labelled", k, counts[k][0], counts[k][1])
	}
}
