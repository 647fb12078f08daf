package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path"
	"path/filepath"

	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/model"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
)

// page is one labelled corpus row with its features.
type page struct {
	file, expect, url, category, group string
	vec                                *features.Vector
}

func (p page) scam() bool { return p.expect == "block" || p.expect == "alert" }

func readTSV(file string) ([][]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s is empty", file)
	}
	return rows[1:], nil
}

// loadCorpus judges every labelled row up to its features. The group of a
// page is the repository its index.html came from (SOURCES.tsv), so a kit's
// variants and every replica of one original share a fold.
func loadCorpus(dir string, a *analysis.Analyzer) ([]page, error) {
	cases, err := readTSV(filepath.Join(dir, "cases.tsv"))
	if err != nil {
		return nil, err
	}
	sources, err := readTSV(filepath.Join(dir, "SOURCES.tsv"))
	if err != nil {
		return nil, err
	}
	repo := map[string]string{}
	for _, r := range sources {
		if len(r) > 1 && r[1] != "" {
			repo[r[0]] = r[1]
		}
	}
	var out []page
	for _, r := range cases {
		if len(r) < 4 || r[1] == "any" {
			continue
		}
		p := page{file: r[0], expect: r[1], url: r[2], category: r[3], group: repo[r[0]]}
		if p.group == "" {
			p.group = "dir:" + path.Dir(p.file)
		}
		snap, err := savedpage.Load(filepath.Join(dir, p.file), p.url, nil)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.file, err)
		}
		_, p.vec, _ = a.Features(snap)
		out = append(out, p)
	}
	return out, nil
}

// signs: mechanics add suspicion, negative evidence and context signatures
// remove it. A static clue is capped either way (a kit can forge a footer
// as easily as a headline); runtime truth, signatures (each already a
// combination) and combined mechanics are not.
func signs(defs []features.Def) []model.Sign {
	out := make([]model.Sign, len(defs))
	for i, d := range defs {
		switch {
		case d.Group == features.Negative || d.Group == features.Signature && d.Category == "":
			out[i] = model.CappedNeg
		case d.Group == features.Runtime || d.Group == features.Combined || d.Group == features.Signature:
			out[i] = model.NonNegative
		default:
			out[i] = model.Capped
		}
	}
	return out
}

// legitCost is how much more a legitimate page's error costs than a scam's.
const legitCost = 2.0

func samples(pages []page) []model.Sample {
	out := make([]model.Sample, len(pages))
	for i, p := range pages {
		s := model.Sample{X: p.vec.Values, Group: p.group, Weight: 1}
		if p.scam() {
			s.Y = 1
		} else {
			s.Weight = legitCost
		}
		out[i] = s
	}
	return out
}
