package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/model"
)

// Training settings, fixed so the figures reproduce.
const (
	defaultLambda = 2.0
	folds         = 5
	minBlock      = 0.5   // block means the calibrated probability is at least one half
	minWarn       = 0.2   // below this nothing is shown
	maxWarnShare  = 0.015 // of legitimate pages warned in cross-validation (the target is 2 %)
	blockScore    = 80    // the scores the thresholds map to: what people and the extension know
	warnScore     = 40
)

// oof is the out-of-fold judgement of every page.
type oof struct {
	logits   []float64
	scores   []int
	verdicts []string
}

func crossValidate(pages []page, defs []features.Def, lambda float64) ([]float64, error) {
	return model.CrossValidate(samples(pages), signs(defs), lambda, folds)
}

func labels(pages []page) []float64 {
	y := make([]float64, len(pages))
	for i, p := range pages {
		if p.scam() {
			y[i] = 1
		}
	}
	return y
}

// decide applies the thresholds and the hard rules, as the analyzer does.
func decide(m *model.Model, ext *features.Extractor, score int, v *features.Vector) string {
	floor := ""
	for _, r := range model.HardRules {
		if r.Fires(ext, v) && floor != "block" {
			floor = r.Verdict
		}
	}
	switch {
	case score >= m.BlockAt || floor == "block":
		return "block"
	case score >= m.WarnAt || floor == "warn":
		return "warn"
	}
	return "allow"
}

func judgeOOF(m *model.Model, ext *features.Extractor, pages []page, logits []float64) oof {
	o := oof{logits: logits}
	for i, z := range logits {
		s := m.Calibrate(z)
		if model.WarnOnly(ext, pages[i].vec) && s >= m.BlockAt {
			s = m.BlockAt - 1
		}
		o.scores = append(o.scores, s)
		o.verdicts = append(o.verdicts, decide(m, ext, s, pages[i].vec))
	}
	return o
}

func train(dir, out, reportPath string, lambda float64, w io.Writer) error {
	a, err := analysis.Default()
	if err != nil {
		return err
	}
	ext := a.Extractor()
	pages, err := loadCorpus(dir, a)
	if err != nil {
		return err
	}
	defs := ext.Defs()
	logits, err := crossValidate(pages, defs, lambda)
	if err != nil {
		return err
	}
	y := labels(pages)
	pa, pb, err := model.Platt(logits, y)
	if err != nil {
		return fmt.Errorf("calibration: %w", err)
	}
	m := &model.Model{Note: "written by `make train` (tools/detect); do not edit by hand", Lambda: lambda, PlattA: round(pa), PlattB: round(pb),
		BlockAt: blockScore, WarnAt: warnScore, Weights: map[string]float64{}}
	var probs []float64
	for _, z := range logits {
		probs = append(probs, m.Probability(z))
	}
	pBlock, pWarn := model.Thresholds(probs, y, minBlock, minWarn, maxWarnShare)
	m.PBlock, m.PWarn = roundP(pBlock), roundP(pWarn)
	wts, bias, err := model.Fit(samples(pages), signs(defs), lambda)
	if err != nil {
		return fmt.Errorf("final fit: %w", err)
	}
	m.Bias = round(bias)
	for i, x := range wts {
		if r := round(x); r != 0 {
			m.Weights[defs[i].Name] = r
		}
	}
	m.Training = stats(pages, len(defs), len(m.Weights))
	if err := writeJSON(out, m); err != nil {
		return err
	}
	var rep bytes.Buffer
	fmt.Fprintf(&rep, "AlertGuard detection model: training report (tools/detect train, lambda %.2f, %d folds grouped by source)\n\n", lambda, folds)
	summarize(&rep, m, pages, judgeOOF(m, ext, pages, logits), false)
	weightTable(&rep, m, defs)
	if err := os.WriteFile(reportPath, rep.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	_, err = w.Write(rep.Bytes())
	return err
}

func round(x float64) float64 { return math.Round(x*1e5) / 1e5 }

// roundP keeps a threshold's probability to 1e-9: enough to separate the
// pages it was chosen between, short in the file.
func roundP(x float64) float64 { return math.Round(x*1e9) / 1e9 }

func writeJSON(file string, m *model.Model) error {
	raw, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding weights: %w", err)
	}
	if err := os.WriteFile(file, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing weights: %w", err)
	}
	return nil
}

func stats(pages []page, nFeatures, nonZero int) model.Report {
	r := model.Report{Pages: len(pages), Folds: folds, Features: nFeatures, NonZero: nonZero}
	groups := map[string]bool{}
	for _, p := range pages {
		groups[p.group] = true
		if p.scam() {
			r.Scams++
		} else {
			r.Legit++
		}
	}
	r.Groups = len(groups)
	return r
}

func weightTable(w io.Writer, m *model.Model, defs []features.Def) {
	fmt.Fprintf(w, "\nWeights (log-odds per unit of feature; bias %.3f; calibrated p = σ(%.3f·z %+.3f), score = p rescaled so p %.4g → %d and p %.4g → %d):\n",
		m.Bias, m.PlattA, m.PlattB, m.PWarn, m.WarnAt, m.PBlock, m.BlockAt)
	type row struct {
		name, group string
		w           float64
	}
	var rows []row
	for _, d := range defs {
		rows = append(rows, row{d.Name, d.Group, m.Weights[d.Name]})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].w > rows[j].w })
	for _, r := range rows {
		fmt.Fprintf(w, "  %+8.3f  %-10s %s\n", r.w, r.group, r.name)
	}
}

// tally counts scam pages and how they were judged.
type tally struct{ n, flagged, blocked, mustBlock, mustBlocked int }

func (t *tally) add(expect, v string) {
	t.n++
	if v != "allow" {
		t.flagged++
	}
	if v == "block" {
		t.blocked++
	}
	if expect == "block" {
		t.mustBlock++
		if v == "block" {
			t.mustBlocked++
		}
	}
}

// figures is the evaluation of one set of verdicts.
type figures struct {
	cats                             map[string]*tally
	all                              tally
	legit, legitBlocked, legitWarned int
	misses                           []string
}

func count(pages []page, o oof) *figures {
	f := &figures{cats: map[string]*tally{}}
	for i, p := range pages {
		v, score := o.verdicts[i], o.scores[i]
		if !p.scam() {
			f.legit++
			switch v {
			case "block":
				f.legitBlocked++
				f.misses = append(f.misses, fmt.Sprintf("LEGIT BLOCKED %3d %s", score, p.file))
			case "warn":
				f.legitWarned++
				f.misses = append(f.misses, fmt.Sprintf("legit warned  %3d %s", score, p.file))
			}
			continue
		}
		if f.cats[p.category] == nil {
			f.cats[p.category] = &tally{}
		}
		f.cats[p.category].add(p.expect, v)
		f.all.add(p.expect, v)
		switch {
		case v == "allow":
			f.misses = append(f.misses, fmt.Sprintf("scam missed   %3d %s (%s)", score, p.file, p.expect))
		case p.expect == "block" && v != "block":
			f.misses = append(f.misses, fmt.Sprintf("not blocked   %3d %s (warned)", score, p.file))
		}
	}
	return f
}

// summarize prints the figures docs/detection.md records.
func summarize(w io.Writer, m *model.Model, pages []page, o oof, verbose bool) {
	st := stats(pages, 0, 0)
	fmt.Fprintf(w, "Corpus: %d pages (%d scam, %d legitimate) from %d sources; thresholds: block at p ≥ %.4g (score %d), warn at p ≥ %.4g (score %d)\n\n",
		st.Pages, st.Scams, st.Legit, st.Groups, m.PBlock, m.BlockAt, m.PWarn, m.WarnAt)
	if verbose {
		for i, p := range pages {
			fmt.Fprintf(w, "%-6s %-8s %3d %d %s\n", o.verdicts[i], p.expect, o.scores[i], len(p.vec.Mechanics), p.file)
		}
	}
	f := count(pages, o)
	fmt.Fprintf(w, "%-20s %5s %14s %14s %18s\n", "category", "pages", "flagged", "blocked", "must-block blocked")
	var names []string
	for c := range f.cats {
		names = append(names, c)
	}
	sort.Strings(names)
	row := func(name string, t *tally) {
		fmt.Fprintf(w, "%-20s %5d %14s %14s %18s\n", name, t.n, pct(t.flagged, t.n), pct(t.blocked, t.n), pct(t.mustBlocked, t.mustBlock))
	}
	for _, c := range names {
		row(c, f.cats[c])
	}
	row("ALL SCAMS", &f.all)
	fmt.Fprintf(w, "\nLegitimate: %d pages, blocked %s, warned %s\n", f.legit, pct(f.legitBlocked, f.legit), pct(f.legitWarned, f.legit))
	fmt.Fprintf(w, "\nMisses (out of fold):\n")
	if len(f.misses) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, s := range f.misses {
		fmt.Fprintln(w, "  "+s)
	}
}

func pct(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %5.1f%%", a, b, 100*float64(a)/float64(b))
}

func evaluate(dir string, verbose bool, w io.Writer) error {
	a, err := analysis.Default()
	if err != nil {
		return err
	}
	m, err := model.Default()
	if err != nil {
		return err
	}
	pages, err := loadCorpus(dir, a)
	if err != nil {
		return err
	}
	logits, err := crossValidate(pages, a.Extractor().Defs(), m.Lambda)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Grouped %d-fold cross-validation (lambda %.2f, the committed calibration and thresholds)\n\n", folds, m.Lambda)
	summarize(w, m, pages, judgeOOF(m, a.Extractor(), pages, logits), verbose)
	return nil
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
