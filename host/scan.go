package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/alertguard/alertguard/internal/analysis"
	"github.com/alertguard/alertguard/internal/snapshot"
	"github.com/alertguard/alertguard/internal/verdict"
)

// MaxInputBytes bounds one scanned file; more than a snapshot can hold is
// read only up to the cap.
const MaxInputBytes = 16 << 20

// scanResult is one line of `scan --json`.
type scanResult struct {
	Path        string           `json:"path"`
	URL         string           `json:"url"`
	Verdict     string           `json:"verdict"`
	Score       int              `json:"score"`
	Categories  []string         `json:"categories"`
	Phones      []verdict.Phone  `json:"phones"`
	Signatures  []string         `json:"signatures"`
	Explanation any              `json:"explanation"`
	Reasons     []verdict.Reason `json:"reasons"`
	Details     *verdict.Verdict `json:"-"`
	Problems    []string         `json:"problems,omitempty"`
}

func runScan(args []string, e env) int {
	fs := newFlags("scan", "scan [--json] [--url URL] [--snapshot] PATH... (PATH may be a file, a folder or - for stdin)", e)
	asJSON := fs.Bool("json", false, "print one JSON object per input")
	pageURL := fs.String("url", "", "judge the pages as if loaded from `URL` (default: their file:// address)")
	isSnap := fs.Bool("snapshot", false, "inputs are recorded snapshot JSON, not HTML")
	if done, code := parseFlags(fs, args, e); done {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "alertguard scan: name at least one file, folder or -")
		return 2
	}
	a, err := loadAnalyzer()
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard: %v\n", err)
		return 1
	}
	failed := false
	for _, p := range expand(fs.Args(), e) {
		if p.err != nil {
			fmt.Fprintf(e.stderr, "alertguard scan: %s: %v\n", p.path, p.err)
			failed = true
			continue
		}
		snap, err := load(p.path, *pageURL, *isSnap, e.stdin)
		if err != nil {
			fmt.Fprintf(e.stderr, "alertguard scan: %s: %v\n", p.path, err)
			failed = true
			continue
		}
		printResult(e.stdout, result(p.path, a, snap), *asJSON)
	}
	if failed {
		return 1
	}
	return 0
}

type input struct {
	path string
	err  error
}

// expand turns folders into the HTML files under them, sorted.
func expand(args []string, e env) []input {
	var out []input
	for _, a := range args {
		st, err := os.Stat(a)
		if a == "-" || err != nil || !st.IsDir() {
			out = append(out, input{path: a})
			continue
		}
		var found []string
		werr := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, input{path: p, err: err})
				return nil
			}
			ext := strings.ToLower(filepath.Ext(p))
			if !d.IsDir() && (ext == ".html" || ext == ".htm") {
				found = append(found, p)
			}
			return nil
		})
		if werr != nil {
			out = append(out, input{path: a, err: werr})
		}
		sort.Strings(found)
		for _, f := range found {
			out = append(out, input{path: f})
		}
	}
	return out
}

func result(p string, a *analysis.Analyzer, snap *snapshot.Snapshot) scanResult {
	v := a.Analyze(snap)
	return scanResult{Path: p, URL: snap.URL, Verdict: v.Verdict, Score: v.Score, Categories: v.Categories,
		Phones: v.Phones, Signatures: v.SignatureIDs(), Explanation: v.Explanation, Reasons: v.Reasons, Details: v, Problems: v.Problems}
}

func printResult(w io.Writer, r scanResult, asJSON bool) {
	if asJSON {
		b, _ := json.Marshal(r)
		fmt.Fprintf(w, "%s\n", b)
		return
	}
	fmt.Fprintf(w, "%-6s %3d  %s\n", r.Verdict, r.Score, r.Path)
	for _, ph := range r.Phones {
		fmt.Fprintf(w, "         do not call: %s (%s)\n", ph.Display, ph.E164)
	}
	for _, rs := range r.Reasons {
		fmt.Fprintf(w, "         %+d %s — %s %q\n", rs.Weight, rs.ID, rs.Title.En, rs.Evidence)
	}
}

// load reads one input into a snapshot.
func load(p, pageURL string, isSnap bool, stdin io.Reader) (*snapshot.Snapshot, error) {
	data, err := readCapped(p, stdin)
	if err != nil {
		return nil, err
	}
	if isSnap {
		s, err := snapshot.Decode(data)
		if err != nil {
			return nil, err
		}
		if pageURL != "" {
			s.URL = pageURL
		}
		return s, nil
	}
	s := &snapshot.Snapshot{URL: pageURL, HTML: toUTF8(data), Reason: "scan"}
	if s.URL == "" && p != "-" {
		abs, _ := filepath.Abs(p)
		s.URL = "file://" + filepath.ToSlash(abs)
	}
	if p != "-" {
		addSiblings(s, filepath.Dir(p))
	}
	s.Bound()
	return s, nil
}

func readCapped(p string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if p != "-" {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("cannot read: %w", err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxInputBytes))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	return data, nil
}

// toUTF8 decodes legacy encodings (Shift_JIS, EUC-JP, windows-1252) using
// the page's meta charset, as a browser would.
func toUTF8(data []byte) string {
	enc, name, certain := charset.DetermineEncoding(data, "text/html")
	if name == "utf-8" || enc == nil || (!certain && utf8.Valid(data)) {
		return string(data)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return string(data)
	}
	return string(out)
}

var refPattern = regexp.MustCompile(`(?is)<(script|iframe|frame)\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)`)

// addSiblings adds the page's own scripts and frames saved beside it (a
// saved page keeps them flat next to its HTML), as the extension would send
// same-origin scripts and frames. Only files in the page's folder are read.
func addSiblings(s *snapshot.Snapshot, dir string) {
	for _, m := range refPattern.FindAllStringSubmatch(s.HTML, 64) {
		kind, src := strings.ToLower(m[1]), m[2]
		if strings.Contains(src, "://") || strings.HasPrefix(src, "//") || strings.HasPrefix(src, "data:") {
			continue
		}
		name := path.Base(strings.SplitN(strings.SplitN(src, "?", 2)[0], "#", 2)[0])
		if name == "." || name == "/" || name == ".." {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || bytes.IndexByte(data, 0) >= 0 {
			continue
		}
		if kind == "script" {
			s.Scripts = append(s.Scripts, snapshot.Script{URL: src, Source: string(data)})
		} else {
			s.Frames = append(s.Frames, snapshot.Frame{URL: src, HTML: toUTF8(data)})
		}
	}
}
