package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/alertguard/alertguard/internal/decide"
	"io"
	"math"
	"os"
	"sort"

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
	maxWarnShare  = 0.005 // of legitimate pages warned in the inner cross-validation (the target is 0.5 %)
	blockScore    = 80    // the scores the thresholds map to: what people and the extension know
	warnScore     = 40
	// gateLoss is the share of must-block scams the conjunction's minimums
	// may cost against the score alone, in the inner folds: the largest
	// minimums within it are taken (the safest for pages never seen).
	gateLoss = 0.01
)

// gateGrid are the claim and ask minimums tried (the probabilities of the
// claim and the ask models).
var gateGrid = []float64{0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}

func labels(pages []page) []float64 {
	y := make([]float64, len(pages))
	for i, p := range pages {
		if p.scam() {
			y[i] = 1
		}
	}
	return y
}

// trainer fits models and judges pages with them through internal/decide,
// the path the host takes.
type trainer struct {
	a            *analysis.Analyzer
	defs         []features.Def
	claims, asks []bool // the features of the claim and of the ask models
	lambda       float64
}

func newTrainer(lambda float64) (*trainer, error) {
	a, err := analysis.Default()
	if err != nil {
		return nil, err
	}
	t := &trainer{a: a, defs: a.Extractor().Defs(), lambda: lambda}
	t.claims, t.asks = decide.Roles(t.defs, a.Set.Sigs)
	return t, nil
}

// decider judges with m.
func (t *trainer) decider(m *model.Model) *decide.Decider {
	return decide.New(t.a.Extractor(), m, t.a.Set, t.a.Catalog)
}

// weights are the model's, the claim model's and the ask model's.
type weights struct {
	w, claim, ask      []float64
	bias, claimB, askB float64
}

// fitAll fits the model and the two factor models on samples.
func (t *trainer) fitAll(smp []model.Sample) (weights, error) {
	var ws weights
	var err error
	if ws.w, ws.bias, err = model.Fit(smp, signs(t.defs), t.lambda); err != nil {
		return ws, err
	}
	if ws.claim, ws.claimB, err = model.Fit(masked(smp, t.claims), signs(t.defs), t.lambda); err != nil {
		return ws, fmt.Errorf("claim model: %w", err)
	}
	if ws.ask, ws.askB, err = model.Fit(masked(smp, t.asks), signs(t.defs), t.lambda); err != nil {
		return ws, fmt.Errorf("ask model: %w", err)
	}
	return ws, nil
}

// masked keeps only the features in keep (the others read 0, so they keep
// a weight of 0).
func masked(smp []model.Sample, keep []bool) []model.Sample {
	out := make([]model.Sample, len(smp))
	for i, s := range smp {
		x := make([]float64, len(s.X))
		for j, v := range s.X {
			if keep[j] {
				x[j] = v
			}
		}
		s.X = x
		out[i] = s
	}
	return out
}

func (t *trainer) named(w []float64) map[string]float64 {
	out := map[string]float64{}
	for i, x := range w {
		if r := round(x); r != 0 {
			out[t.defs[i].Name] = r
		}
	}
	return out
}

// raw is an uncalibrated model: enough to read log-odds and the claim and
// ask probabilities.
func (t *trainer) raw(ws weights) *model.Model {
	return &model.Model{Bias: ws.bias, PlattA: 1, PWarn: 0.5, PBlock: 0.9, WarnAt: warnScore, BlockAt: blockScore, Weights: t.named(ws.w),
		Claim: model.Factor{Bias: ws.claimB, Weights: t.named(ws.claim), Min: 0.5}, Ask: model.Factor{Bias: ws.askB, Weights: t.named(ws.ask), Min: 0.5}}
}

// clone copies a vector: deciding raises runtime twins in place.
func clone(v *features.Vector) *features.Vector {
	return &features.Vector{Values: append([]float64(nil), v.Values...), Evidence: v.Evidence, Mechanics: v.Mechanics}
}

// fit trains a complete model on pages: inner grouped cross-validation
// chooses the calibration, the thresholds and the conjunction's minimums;
// the weights are then fitted on all of pages.
func (t *trainer) fit(pages []page) (*model.Model, error) {
	smp := samples(pages)
	fold := model.Folds(smp, folds)
	logits := make([]float64, len(pages))
	str := make([]decide.Strengths, len(pages))
	for f := 0; f < folds; f++ {
		var train []model.Sample
		for _, s := range smp {
			if fold[s.Group] != f {
				train = append(train, s)
			}
		}
		ws, err := t.fitAll(train)
		if err != nil {
			return nil, fmt.Errorf("inner fold %d: %w", f, err)
		}
		d := t.decider(t.raw(ws))
		for i, s := range smp {
			if fold[s.Group] == f {
				o := d.Outcome(clone(pages[i].vec))
				logits[i], str[i] = o.Logit, o.Strengths
			}
		}
	}
	y := labels(pages)
	pa, pb, err := model.Platt(logits, y)
	if err != nil {
		return nil, fmt.Errorf("calibration: %w", err)
	}
	m := &model.Model{Note: "written by `make train` (tools/detect); do not edit by hand", Lambda: t.lambda, PlattA: round(pa), PlattB: round(pb),
		BlockAt: blockScore, WarnAt: warnScore, Weights: map[string]float64{}}
	probs := make([]float64, len(logits))
	for i, z := range logits {
		probs[i] = m.Probability(z)
	}
	pBlock, pWarn := model.Thresholds(probs, y, minBlock, minWarn, maxWarnShare)
	m.PBlock, m.PWarn = roundP(pBlock), roundP(pWarn)
	ws, err := t.fitAll(smp)
	if err != nil {
		return nil, fmt.Errorf("final fit: %w", err)
	}
	final := t.raw(ws)
	m.Bias, m.Weights, m.Claim, m.Ask = round(ws.bias), final.Weights, final.Claim, final.Ask
	m.Claim.Bias, m.Ask.Bias = round(ws.claimB), round(ws.askB)
	m.Claim.Min, m.Ask.Min = chooseGate(pages, probs, str, m.PBlock)
	m.Training = stats(pages, len(t.defs), len(m.Weights))
	return m, nil
}

// chooseGate picks the largest claim and ask minimums that cost at most
// gateLoss of the must-block scams the score alone blocks, and none of the
// real captured scam pages (corpus/README.md: they always hold their label).
func chooseGate(pages []page, probs []float64, str []decide.Strengths, pBlock float64) (claimMin, askMin float64) {
	must := 0
	blocked := func(c, a float64) (n, originals int) {
		for i, p := range pages {
			if p.expect == "block" && probs[i] >= pBlock && str[i].Claim >= c && str[i].Ask >= a {
				n++
				if p.Original() {
					originals++
				}
			}
		}
		return n, originals
	}
	for _, p := range pages {
		if p.expect == "block" {
			must++
		}
	}
	all, originals := blocked(0, 0)
	floor := all - int(gateLoss*float64(must))
	claimMin, askMin = gateGrid[0], gateGrid[0]
	for _, c := range gateGrid {
		for _, a := range gateGrid {
			n, o := blocked(c, a)
			if n >= floor && o == originals && (c+a > claimMin+askMin || c+a == claimMin+askMin && min(c, a) > min(claimMin, askMin)) {
				claimMin, askMin = c, a
			}
		}
	}
	return claimMin, askMin
}

// judged is one page's verdict from a model that never saw its group.
type judged struct {
	verdict string
	score   int
	fold    int
	gated   bool // the score reached block, the claim or the ask did not
	str     decide.Strengths
}

// nested is grouped cross-validation around the whole of fit: each outer
// fold is judged by a model whose weights, calibration, thresholds and
// minimums were all chosen without it.
func (t *trainer) nested(pages []page) ([]judged, []*decide.Decider, map[string]int, error) {
	smp := samples(pages)
	fold := model.Folds(smp, folds)
	out := make([]judged, len(pages))
	ds := make([]*decide.Decider, folds)
	for f := 0; f < folds; f++ {
		var train []page
		for i, s := range smp {
			if fold[s.Group] != f {
				train = append(train, pages[i])
			}
		}
		m, err := t.fit(train)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("outer fold %d: %w", f, err)
		}
		ds[f] = t.decider(m)
		for i, s := range smp {
			if fold[s.Group] == f {
				o := ds[f].Outcome(clone(pages[i].vec))
				out[i] = judged{verdict: o.Decision, score: o.Score, fold: f, gated: o.Gated, str: o.Strengths}
			}
		}
	}
	return out, ds, fold, nil
}

func train(dir, out, reportPath string, lambda float64, w io.Writer) error {
	t, err := newTrainer(lambda)
	if err != nil {
		return err
	}
	pages, err := loadCorpus(dir, t.a)
	if err != nil {
		return err
	}
	m, err := t.fit(pages)
	if err != nil {
		return err
	}
	if err := writeJSON(out, m); err != nil {
		return err
	}
	js, _, _, err := t.nested(pages)
	if err != nil {
		return err
	}
	var rep bytes.Buffer
	fmt.Fprintf(&rep, "AlertGuard detection model: training report (tools/detect train, lambda %.2f, nested %d×%d-fold cross-validation grouped by source)\n\n", lambda, folds, folds)
	fmt.Fprintf(&rep, "The committed model: block at p ≥ %.4g (score %d), warn at p ≥ %.4g (score %d); a block also needs the claim model's p ≥ %.2f and the ask model's p ≥ %.2f\n\n",
		m.PBlock, m.BlockAt, m.PWarn, m.WarnAt, m.Claim.Min, m.Ask.Min)
	summarize(&rep, pages, js, false)
	weightTable(&rep, m, t.defs)
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
	fmt.Fprintf(w, "  (claim and ask: the weights of the claim model, bias %.3f, and of the ask model, bias %.3f)\n  %8s  %8s  %8s\n",
		m.Claim.Bias, m.Ask.Bias, "score", "claim", "ask")
	type row struct {
		name, group   string
		w, claim, ask float64
	}
	var rows []row
	for _, d := range defs {
		rows = append(rows, row{d.Name, d.Group, m.Weights[d.Name], m.Claim.Weights[d.Name], m.Ask.Weights[d.Name]})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].w > rows[j].w })
	for _, r := range rows {
		fmt.Fprintf(w, "  %+8.3f  %+8.3f  %+8.3f  %-10s %s\n", r.w, r.claim, r.ask, r.group, r.name)
	}
}
