package main

import (
	"fmt"

	"github.com/alertguard/alertguard/internal/corpus"

	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/model"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
)

// page is one labelled corpus row with its features.
type page struct {
	corpus.Page
	file, expect, url, category, group string
	html                               string // the page as read, for the metamorphic tests
	vec                                *features.Vector
	injected                           []injected // a legitimate page with each single mechanic injected (train.go)
}

func (p page) scam() bool { return p.Scam() }

// loadCorpus judges every scored row (corpus.Read: the root table and every
// set) up to its features. The group of a page is the source its index.html
// came from (SOURCES.tsv repo), so a kit's variants and every replica of
// one original share a fold.
func loadCorpus(dir string, a *analysis.Analyzer) ([]page, error) {
	rows, err := corpus.Read(dir)
	if err != nil {
		return nil, err
	}
	return loadPages(rows, a)
}

// loadHoldout reads the held-out sets up to their features.
func loadHoldout(dir string, a *analysis.Analyzer) ([]page, error) {
	rows, err := corpus.ReadHoldout(dir)
	if err != nil {
		return nil, err
	}
	return loadPages(rows, a)
}

func loadPages(rows []corpus.Page, a *analysis.Analyzer) ([]page, error) {
	var out []page
	for _, r := range rows {
		if !r.Scored() {
			continue
		}
		p := page{Page: r, file: r.File, expect: r.Expect, url: r.URL, category: r.Category, group: r.Group}
		snap, err := savedpage.Load(r.Path, p.url, nil)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.file, err)
		}
		p.html = snap.HTML
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
		case d.OnlyInConjunction():
			out[i] = model.Zero
		case d.Group == features.Negative || d.Group == features.Signature && d.Category == "":
			out[i] = model.CappedNeg
		case d.Group == features.Runtime || d.Group == features.Combined || d.Group == features.Conjunction || d.Group == features.Signature:
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
