package main

import (
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
