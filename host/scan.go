package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/alertguard/alertguard/internal/judge"
	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// scanLine is one line of `scan --json`: the verdict's fields exactly as
// the browser's host sends them, at the top level (the shape scripts and
// the corpus scoring tools read: "verdict" is the decision), with the file
// it came from, the policy that decided, the ids of the reasons and what
// reading the file left out.
type scanLine struct {
	Path string `json:"path"`
	*verdict.Result
	Policy     string   `json:"policy,omitempty"`
	Signatures []string `json:"signatures,omitempty"`
	Notes      []string `json:"notes,omitempty"`
	Error      string   `json:"error,omitempty"` // the input could not be judged

	jd judge.Judgement
}

const scanSynopsis = "scan [--json] [--url URL] [--snapshot] PATH... (PATH may be a file, a folder or - for stdin)"

func runScan(args []string, e env) int {
	fs := newFlags("scan", scanSynopsis, e)
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
	j, err := newJudge(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard: %v\n", err)
		return 1
	}
	failed := false
	out := bufio.NewWriter(e.stdout) // a page's lines in one write, not one a line
	for _, in := range expand(fs.Args()) {
		line := scanOne(j, in, *pageURL, *isSnap, e.stdin)
		if line.Error != "" {
			failed = true
			fmt.Fprintf(e.stderr, "alertguard scan: %s: %s\n", line.Path, line.Error)
			if !*asJSON {
				continue
			}
		}
		printLine(out, line, *asJSON, e.zone())
		out.Flush() // as before the buffer, a failed write does not stop the scan
	}
	if failed {
		return 1
	}
	return 0
}

// scanOne judges one input, or says why it could not.
func scanOne(j *judge.Judge, in input, pageURL string, isSnap bool, stdin io.Reader) scanLine {
	line := scanLine{Path: in.path}
	if in.err != nil {
		line.Error = in.err.Error()
		return line
	}
	snap, notes, err := load(in.path, pageURL, isSnap, stdin)
	if err != nil {
		line.Error = err.Error()
		return line
	}
	line.jd, line.Notes = j.Judge(snap), notes
	line.Result, line.Policy, line.Signatures = line.jd.Verdict, line.jd.Policy, line.jd.Verdict.SignatureIDs()
	for _, p := range line.Result.Problems {
		if analysis.PictureProblem(p) { // never silent about a picture it did not read
			line.Notes = append(line.Notes, p)
		}
	}
	return line
}

type input struct {
	path string
	err  error
}

// errNoPages: a folder with nothing to judge is an error, never a silent
// "nothing found".
var errNoPages = errors.New("no web pages (.html, .htm) in this folder")

// expand turns folders into the HTML files under them, sorted.
func expand(args []string) []input {
	var out []input
	for _, a := range args {
		st, err := os.Stat(a)
		if a == "-" || err != nil || !st.IsDir() {
			out = append(out, input{path: a})
			continue
		}
		out = append(out, pagesIn(a)...)
	}
	return out
}

func pagesIn(dir string) []input {
	var found []string
	var out []input
	werr := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
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
		out = append(out, input{path: dir, err: werr})
	}
	if len(found) == 0 && len(out) == 0 {
		return []input{{path: dir, err: errNoPages}}
	}
	sort.Strings(found)
	for _, f := range found {
		out = append(out, input{path: f})
	}
	return out
}

func printLine(w io.Writer, l scanLine, asJSON bool, loc *time.Location) {
	if asJSON {
		b, _ := json.Marshal(l)
		fmt.Fprintf(w, "%s\n", b)
		return
	}
	v := l.Result
	fmt.Fprintf(w, "%-6s %3d  %s\n", v.Decision, v.Score, l.Path)
	if p := policyText(l.jd, loc); p != "" {
		fmt.Fprintf(w, "         %s\n", p)
	}
	for _, n := range l.Notes {
		fmt.Fprintf(w, "         note: %s\n", n)
	}
	for _, ph := range v.Phones {
		if ph.E164 != "" && ph.E164 != ph.Display {
			fmt.Fprintf(w, "         do not call: %s (%s)\n", ph.Display, ph.E164)
		} else {
			fmt.Fprintf(w, "         do not call: %s\n", ph.Display)
		}
	}
	for _, rs := range v.Reasons {
		fmt.Fprintf(w, "         %+d %s — %s %q\n", rs.Weight, rs.ID, rs.Title.En, rs.Evidence)
	}
}

// policyText says when the family settings, not the page, decided.
func policyText(jd judge.Judgement, loc *time.Location) string {
	switch jd.Policy {
	case judge.PolicyBlockList:
		return fmt.Sprintf("policy: block-list — %s is on the family's block list", jd.PolicySite)
	case judge.PolicyAllowList:
		return fmt.Sprintf("policy: allow-list — %s is on the family's allow list; the page was not judged", jd.PolicySite)
	case judge.PolicyPaused:
		return fmt.Sprintf("policy: paused — protection is paused until %s; the page was not judged", localTime(jd.PausedUntil, loc))
	}
	return ""
}

// load reads one input into a snapshot, with notes on what was left out.
func load(p, pageURL string, isSnap bool, stdin io.Reader) (*snapshot.Snapshot, []string, error) {
	if isSnap {
		s, err := savedpage.LoadSnapshot(p, pageURL, stdin)
		return s, nil, err
	}
	s, rep, err := savedpage.Read(p, pageURL, stdin)
	return s, readNotes(rep), err
}

func readNotes(rep savedpage.Report) []string {
	var out []string
	if rep.Size > int64(rep.Read) {
		out = append(out, fmt.Sprintf("only the first %d MiB of %.1f MiB were read", savedpage.MaxInputBytes>>20, float64(rep.Size)/(1<<20)))
	}
	if rep.FullText {
		out = append(out, fmt.Sprintf("the page is larger than %d MiB: judged on its whole visible text and the first %d MiB of its HTML, as the browser would judge it",
			snapshot.MaxHTML>>20, snapshot.MaxHTML>>20))
	}
	return out
}
