package main

import (
	"fmt"
	"github.com/alertguard/alertguard/internal/corpus"
	"io"
	"path/filepath"
	"strings"

	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/model"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
)

// explainPages prints, for the named corpus pages, the committed model's
// verdict and every reason with its evidence: what to look at when a page
// is judged wrongly.
func explainPages(dir string, files []string, w io.Writer) error {
	a, err := analysis.Default()
	if err != nil {
		return err
	}
	rows, _ := corpus.Read(dir) // any folder of pages will do
	urls, paths := map[string]string{}, map[string]string{}
	for _, r := range rows {
		urls[r.File], paths[r.File] = r.URL, r.Path
	}
	for _, f := range files {
		u := urls[f]
		if u == "" {
			u = "https://explain.example.net/"
		}
		file := paths[f]
		if file == "" {
			file = filepath.Join(dir, f)
		}
		snap, err := savedpage.Load(file, u, nil)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		v := a.Analyze(snap)
		fmt.Fprintf(w, "%s %d %s\n", v.Decision, v.Score, f)
		for _, r := range v.Reasons {
			fmt.Fprintf(w, "  %+4d %-36s %s\n", r.Weight, r.ID, strings.Join(r.Evidence, " | "))
		}
		_, vec, _ := a.Features(snap)
		o := a.Decider().Outcome(clone(vec))
		fmt.Fprintf(w, "  claim %.2f, conjunction log-odds %.2f, gated %v\n", o.Strengths.Claim, o.Strengths.Conjunction, o.Gated)
		var rest []string
		for i, x := range vec.Values {
			if x != 0 {
				rest = append(rest, fmt.Sprintf("%s=%.2f", a.Extractor().Defs()[i].Name, x))
			}
		}
		fmt.Fprintf(w, "  features: %s\n", strings.Join(rest, " "))
	}
	return nil
}

// explainOOF trains without the named pages' groups and prints what the
// held-out model adds up for each: why a page is judged wrongly in
// cross-validation when it is right in sample.
func explainOOF(dir string, files []string, lambda float64, w io.Writer) error {
	a, err := analysis.Default()
	if err != nil {
		return err
	}
	pages, err := loadCorpus(dir, a)
	if err != nil {
		return err
	}
	defs := a.Extractor().Defs()
	for _, f := range files {
		var held *page
		var train []page
		for i := range pages {
			if pages[i].file == f {
				held = &pages[i]
			}
		}
		if held == nil {
			return fmt.Errorf("%s is not a labelled page", f)
		}
		for _, p := range pages {
			if p.group != held.group {
				train = append(train, p)
			}
		}
		wts, bias, err := model.Fit(samples(train), signs(defs), lambda)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: held-out log-odds %.2f (bias %.2f)\n", f, model.Logit(wts, bias, held.vec.Values), bias)
		for i, x := range held.vec.Values {
			if c := wts[i] * x; c != 0 {
				fmt.Fprintf(w, "  %+6.2f %-36s x=%.2f\n", c, defs[i].Name, x)
			}
		}
	}
	return nil
}

// featureTable prints every feature as a Markdown table row for
// docs/detection.md: name, group, what it means (en / ja), learned weight.
func featureTable(w io.Writer) error {
	a, err := analysis.Default()
	if err != nil {
		return err
	}
	m, err := model.Default()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "| feature | group | means (en) | 意味 (ja) | weight |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for _, d := range a.Extractor().Defs() {
		fmt.Fprintf(w, "| `%s` | %s | %s | %s | %+.2f |\n", d.Name, d.Group, d.Title.En, d.Title.Ja, m.Weights[d.Name])
	}
	return nil
}
