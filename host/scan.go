package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

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
	Decoded     string           `json:"decoded,omitempty"`
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
	a, err := loadAnalyzer(e)
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
		Phones: v.Phones, Signatures: v.SignatureIDs(), Explanation: v.Explanation, Reasons: v.Reasons, Details: v, Problems: v.Problems, Decoded: v.Decoded}
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
	if isSnap {
		return savedpage.LoadSnapshot(p, pageURL, stdin)
	}
	return savedpage.Load(p, pageURL, stdin)
}
