// Package corpus reads the labelled corpus: corpus/cases.tsv and
// SOURCES.tsv, and every page set under corpus/sets/ — a folder, or a
// .tar.gz archive of one, each with its own cases.tsv and SOURCES.tsv — so
// large page sets can travel compressed and still be read directly by
// `make eval`, `make train` and the tests.
package corpus

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Page is one labelled row.
type Page struct {
	File     string // relative to the corpus root, with forward slashes: "benign/x/index.html", "sets/legit-a/x/index.html"
	Path     string // the file on disk (inside the archive's unpacked copy for an archived set)
	Expect   string // block, alert, allow, notblock, any
	URL      string // the address the page is judged as
	Category string // the kind of scam, or for a legitimate page the mechanic it shows
	Lang     string
	Note     string
	Group    string // the source (SOURCES.tsv repo): cross-validation never splits a group
	License  string
	Set      string // "" for the root table, else the set's name
}

// Scam says whether the row is a scam (block or alert).
func (p Page) Scam() bool { return p.Expect == "block" || p.Expect == "alert" }

// Scored says whether the row takes part in scoring (every label but "any").
func (p Page) Scored() bool { return p.Expect != "any" }

// Original says whether the page is a real capture, not a replica written
// for AlertGuard: such a page must always hold its label.
func (p Page) Original() bool {
	return p.License != "" && !strings.HasPrefix(p.License, "alertguard-replica")
}

// SetsDir is the folder, under the corpus root, of the page sets that
// training and the tests read; HoldoutDir the folder of the sets kept out
// of training, which `make eval` judges with the committed model: pages it
// has never seen.
const (
	SetsDir    = "sets"
	HoldoutDir = "holdout"
)

// Read reads the root table and every set, in name order.
func Read(dir string) ([]Page, error) {
	pages, err := readTable(dir, "", "")
	if err != nil {
		return nil, err
	}
	more, err := readSets(dir, SetsDir)
	return append(pages, more...), err
}

// ReadHoldout reads the held-out sets.
func ReadHoldout(dir string) ([]Page, error) { return readSets(dir, HoldoutDir) }

func readSets(root, sub string) ([]Page, error) {
	sets, err := setDirs(root, sub)
	if err != nil {
		return nil, err
	}
	var pages []Page
	for _, s := range sets {
		more, err := readTable(s.dir, s.name, path.Join(sub, s.name))
		if err != nil {
			return nil, fmt.Errorf("set %s: %w", s.name, err)
		}
		pages = append(pages, more...)
	}
	return pages, nil
}

type set struct{ name, dir string }

// setDirs lists the sets: folders as they are, archives unpacked once
// into the cache.
func setDirs(root, sub string) ([]set, error) {
	entries, err := os.ReadDir(filepath.Join(root, sub))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("listing page sets: %w", err)
	}
	var out []set
	seen := map[string]bool{}
	for _, e := range entries {
		full := filepath.Join(root, sub, e.Name())
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			// A linked set (a scratch copy of the corpus) counts like a
			// folder; a link to nothing is an error, never a silent skip.
			st, err := os.Stat(full)
			if err != nil {
				return nil, fmt.Errorf("set %s: %w", e.Name(), err)
			}
			isDir = st.IsDir()
		}
		switch {
		case isDir:
			out = append(out, set{e.Name(), full})
		case strings.HasSuffix(e.Name(), ArchiveExt):
			name := strings.TrimSuffix(e.Name(), ArchiveExt)
			d, err := Unpacked(full)
			if err != nil {
				return nil, fmt.Errorf("set %s: %w", name, err)
			}
			out = append(out, set{name, d})
		default:
			continue
		}
		if n := out[len(out)-1].name; seen[n] {
			return nil, fmt.Errorf("set %s is both a folder and an archive", n)
		} else {
			seen[n] = true
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

// readTable reads one cases.tsv with its SOURCES.tsv; prefix is the
// table's place under the corpus root.
func readTable(dir, setName, prefix string) ([]Page, error) {
	cases, err := ReadTSV(filepath.Join(dir, "cases.tsv"))
	if err != nil {
		return nil, err
	}
	sources, err := ReadTSV(filepath.Join(dir, "SOURCES.tsv"))
	if err != nil {
		return nil, err
	}
	type src struct{ repo, license string }
	bySource := map[string]src{}
	for _, r := range sources {
		if len(r) > 4 {
			bySource[r[0]] = src{r[1], r[4]}
		}
	}
	var out []Page
	for i, r := range cases {
		if len(r) < 4 {
			return nil, fmt.Errorf("cases.tsv line %d: %d columns, want at least 4", i+2, len(r))
		}
		s := bySource[r[0]]
		p := Page{File: path.Join(prefix, r[0]), Path: filepath.Join(dir, filepath.FromSlash(r[0])), Expect: r[1], URL: r[2], Category: r[3],
			Group: s.repo, License: s.license, Set: setName}
		if len(r) > 4 {
			p.Lang = r[4]
		}
		if len(r) > 5 {
			p.Note = r[5]
		}
		if p.Group == "" || p.Group == "-" {
			p.Group = "dir:" + path.Dir(p.File)
		}
		// A row whose page is not there would drop out of every figure
		// without a word.
		if _, err := os.Stat(p.Path); err != nil {
			return nil, fmt.Errorf("cases.tsv line %d: the page: %w", i+2, err)
		}
		out = append(out, p)
	}
	return out, nil
}

// ReadTSV reads a corpus table without its header line.
func ReadTSV(file string) ([][]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readTSV(f, file)
}

func readTSV(r io.Reader, name string) ([][]string, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	var rows [][]string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = unquote(f[i])
		}
		rows = append(rows, f)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s is empty", name)
	}
	return rows[1:], nil
}

// unquote reads a field a CSV writer quoted ("a ""b"" c") as its text.
// The tables are tab-separated lines, not CSV: a field that merely starts
// with a quote ("Press Allow…" lure, …) is text as it stands. Read as
// CSV, such a field swallowed the rows after it up to the next quote, and
// 344 pages lost their source and licence (their cross-validation group
// and whether they are original captures).
func unquote(f string) string {
	if len(f) < 2 || f[0] != '"' || f[len(f)-1] != '"' {
		return f
	}
	in := f[1 : len(f)-1]
	if strings.Count(in, `"`) != 2*strings.Count(in, `""`) {
		return f
	}
	return strings.ReplaceAll(in, `""`, `"`)
}
