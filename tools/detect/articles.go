package main

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// htmlFiles lists the .html and .htm files under dir, sorted.
func htmlFiles(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		ext := strings.ToLower(filepath.Ext(p))
		if !d.IsDir() && (ext == ".html" || ext == ".htm") {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, rel)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// judgeFile judges one article as if served from an unknown news host: the
// well-known-site feature never helps it.
func judgeFile(a *analysis.Analyzer, dir, rel string) (*verdict.Result, error) {
	u := "https://articles.example.net/" + filepath.ToSlash(rel)
	snap, err := savedpage.Load(filepath.Join(dir, rel), u, nil)
	if err != nil {
		return nil, err
	}
	return a.Analyze(snap), nil
}

// articles judges every HTML file under dir with the committed model.
func articles(dir string, w io.Writer) (bad bool, err error) {
	a, err := analysis.Default()
	if err != nil {
		return false, err
	}
	files, err := htmlFiles(dir)
	if err != nil {
		return false, err
	}
	var blocked, warned int
	for _, f := range files {
		v, err := judgeFile(a, dir, f)
		if err != nil {
			fmt.Fprintf(w, "skipped %s: %v\n", f, err)
			continue
		}
		if v.Decision != "allow" {
			fmt.Fprintf(w, "%-5s %3d %s  %s\n", v.Decision, v.Score, f, strings.Join(v.SignatureIDs(), ","))
		}
		switch v.Decision {
		case "block":
			blocked++
		case "warn":
			warned++
		}
	}
	fmt.Fprintf(w, "\nArticles: %d pages, blocked %s, warned %s\n", len(files), pct(blocked, len(files)), pct(warned, len(files)))
	return blocked > 0 || float64(warned) > 0.01*float64(len(files)), nil
}
