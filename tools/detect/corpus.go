package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/alertguard/alertguard/internal/corpus"

	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/model"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
	"github.com/alertguard/alertguard/internal/judging/unpack"
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
	var cut []string
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
		var f *facts.Facts
		f, p.vec, _ = a.Features(snap)
		if errors.Is(f.DecodeErr, unpack.ErrWall) {
			cut = append(cut, p.file)
		}
		out = append(out, p)
	}
	if len(cut) > 0 {
		// Never silent: these pages' features depend on how busy the
		// machine was, and so do the weights and figures built on them.
		fmt.Fprintf(os.Stderr, "detect: the machine was too busy: %d pages' scripts were cut by the wall-clock ceiling, not their CPU budget (%s); train and evaluate on a quiet machine\n",
			len(cut), strings.Join(cut[:min(len(cut), 5)], ", "))
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
