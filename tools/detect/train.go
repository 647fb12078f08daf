package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/alertguard/alertguard/internal/decide"
	"github.com/alertguard/alertguard/internal/judging/verdict"
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
	minBlock      = 0.5             // block means the calibrated probability is at least one half
	minWarn       = 0.2             // below this nothing is shown
	maxWarnShare  = 0.005           // of legitimate pages warned in the inner cross-validation (the target is 0.5 %)
	blockScore    = verdict.BlockAt // the scores the thresholds map to: what people and the extension know
	warnScore     = verdict.WarnAt
	// gateLoss is the share of must-block scams the conjunction's minimums
	// may cost against the score alone, in the inner folds: the largest
	// minimums within it are taken (the safest for pages never seen).
	gateLoss = 0.01
)

// gateGrid are the conjunction minimums tried (the strongest conjunctive
// feature a block needs).
var gateGrid = []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}

// blockGrid are the block lines tried above the lowest that keeps every
// legitimate page the minimum lets through unblocked.
var blockGrid = []float64{minBlock, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97}

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
	a      *analysis.Analyzer
	defs   []features.Def
	lambda float64
	harden bool      // the block line also above the legitimate pages with one mechanic injected (-harden)
	trace  io.Writer // eval -v: the lines each fit chose and the legitimate pages that hold them
}

// injectLegit gives every legitimate page its injected variants, when the
// block line is to be held above them.
func (t *trainer) injectLegit(pages []page) {
	if !t.harden {
		return
	}
	for i := range pages {
		if !pages[i].scam() {
			pages[i].injected = injectAll(t.a, pages[i])
		}
	}
}

func newTrainer(lambda float64) (*trainer, error) {
	a, err := analysis.Default()
	if err != nil {
		return nil, err
	}
	return &trainer{a: a, defs: a.Extractor().Defs(), lambda: lambda}, nil
}

// decider judges with m.
func (t *trainer) decider(m *model.Model) *decide.Decider {
	return decide.New(t.a.Extractor(), m, t.a.Set, t.a.Catalog)
}

// raw is an uncalibrated model of weights w: enough to read log-odds and
// what the conjunctive features contribute.
func (t *trainer) raw(w []float64, bias float64) *model.Model {
	m := &model.Model{Bias: bias, PlattA: 1, PWarn: 0.5, PBlock: 0.9, WarnAt: warnScore, BlockAt: blockScore, Weights: map[string]float64{}}
	for i, x := range w {
		if r := round(x); r != 0 {
			m.Weights[t.defs[i].Name] = r
		}
	}
	return m
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
	var shadows []shadow
	for f := 0; f < folds; f++ {
		var train []model.Sample
		for _, s := range smp {
			if fold[s.Group] != f {
				train = append(train, s)
			}
		}
		w, b, err := model.Fit(train, signs(t.defs), t.lambda)
		if err != nil {
			return nil, fmt.Errorf("inner fold %d: %w", f, err)
		}
		d := t.decider(t.raw(w, b))
		for i, s := range smp {
			if fold[s.Group] == f {
				o := d.Outcome(clone(pages[i].vec))
				logits[i], str[i] = o.Logit, o.Strengths
				for _, v := range pages[i].injected {
					if o := d.Outcome(clone(v)); !o.WarnOnly {
						shadows = append(shadows, shadow{logit: o.Logit, conj: o.Strengths.Conjunction})
					}
				}
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
	pWarn := warnLine(pages, probs, y)
	for i := range shadows {
		shadows[i].p = m.Probability(shadows[i].logit)
	}
	pBlock, conjMin := chooseBlock(pages, probs, str, shadows)
	m.PBlock, m.PWarn, m.ConjMin = roundP(pBlock), roundP(pWarn), conjMin
	t.traceLines(pages, probs, str, m)
	w, b, err := model.Fit(smp, signs(t.defs), t.lambda)
	if err != nil {
		return nil, fmt.Errorf("final fit: %w", err)
	}
	final := t.raw(w, b)
	m.Bias, m.Weights = round(b), final.Weights
	m.Training = stats(pages, len(t.defs), len(m.Weights))
	return m, nil
}

// warnLine is the warn line: above all but maxWarnShare of the legitimate
// look-alikes' count of the legitimate pages. Ordinary pages (categories
// ordinary-…) lie far below any line; were they counted in the share,
// hundreds of them would let the line fall among the look-alikes (0.5 % of
// 1,300 pages is 7 warned pages where 0.5 % of 194 look-alikes was 1).
func warnLine(pages []page, probs, y []float64) float64 {
	look, all := 0, 0
	for _, p := range pages {
		if !p.scam() {
			all++
			if !strings.HasPrefix(p.category, ordinaryPrefix) {
				look++
			}
		}
	}
	share := maxWarnShare
	if all > 0 {
		share = maxWarnShare * float64(look) / float64(all)
	}
	_, warn := model.Thresholds(probs, y, minBlock, minWarn, share)
	return warn
}

// chooseBlock chooses the block line and the conjunction minimum together,
// on the inner out-of-fold probabilities: for each minimum the block line
// sits at least just above the most suspicious legitimate page the minimum
// lets through (never below minBlock), so no legitimate page is blocked,
// and higher lines are tried too; of the pairs that block the most
// must-block scams, less gateLoss of them, and every real captured scam
// page the best one blocks (corpus/README.md: they always hold their
// label), the safest is taken: the highest line, then the largest minimum.
//
// The legitimate pages with one mechanic injected (the metamorphic test's
// injections, shadows) count as legitimate pages here: the block line sits
// above the most suspicious of them the minimum lets through too, so that
// a legitimate page one mechanic away from the line is not blocked when it
// shows that mechanic. They take no part in the weights or the calibration.
func chooseBlock(pages []page, probs []float64, str []decide.Strengths, shadows []shadow) (pBlock, conjMin float64) {
	type cand struct {
		p, c    float64
		n, orig int
	}
	var cands []cand
	must, bestN, bestOrig := 0, 0, 0
	for _, p := range pages {
		if p.expect == "block" {
			must++
		}
	}
	for _, c := range gateGrid {
		top := -1.0
		for i, p := range pages {
			if !p.scam() && str[i].Conjunction >= c {
				top = max(top, probs[i])
			}
		}
		for _, s := range shadows {
			if s.conj >= c {
				top = max(top, s.p)
			}
		}
		lowest := minBlock
		if top >= 0 {
			lowest = max(lowest, above(top, probs))
		}
		for _, pb := range blockGrid {
			k := cand{p: max(pb, lowest), c: c}
			for i, p := range pages {
				if p.expect == "block" && probs[i] >= k.p && str[i].Conjunction >= c {
					k.n++
					if p.Original() {
						k.orig++
					}
				}
			}
			cands = append(cands, k)
			if k.n > bestN || k.n == bestN && k.orig > bestOrig {
				bestN, bestOrig = k.n, k.orig
			}
		}
	}
	floor := bestN - int(gateLoss*float64(must))
	// The safest candidate within the floor: the highest block line (an
	// accumulation of single mechanics must go further), then the largest
	// minimum.
	best := cand{p: -1}
	for _, k := range cands {
		if k.n >= floor && k.orig >= bestOrig && (k.p > best.p || k.p == best.p && k.c > best.c) {
			best = k
		}
	}
	return best.p, best.c
}

// traceLines prints, for eval -v, the lines a fit chose and the legitimate
// pages nearest to them in its inner folds: the pages that hold the block
// line up (with a conjunction at the minimum) and the warn line.
func (t *trainer) traceLines(pages []page, probs []float64, str []decide.Strengths, m *model.Model) {
	if t.trace == nil {
		return
	}
	fmt.Fprintf(t.trace, "fit on %d pages: block p ≥ %.4f with conjunction ≥ %.2f, warn p ≥ %.4f\n", len(pages), m.PBlock, m.ConjMin, m.PWarn)
	var legit []int
	for i, p := range pages {
		if !p.scam() {
			legit = append(legit, i)
		}
	}
	sort.Slice(legit, func(a, b int) bool { return probs[legit[a]] > probs[legit[b]] })
	shown := 0
	for _, i := range legit {
		if shown == 20 {
			break
		}
		shown++
		mark := " "
		if str[i].Conjunction >= m.ConjMin {
			mark = "*"
		}
		fmt.Fprintf(t.trace, "  %s p %.4f conj %.2f %s\n", mark, probs[i], str[i].Conjunction, pages[i].file)
	}
}

// shadow is an injected legitimate page as an inner fold judged it.
type shadow struct{ logit, p, conj float64 }

// above is halfway from x to the next higher probability of any page.
func above(x float64, probs []float64) float64 {
	next := 1.0
	for _, v := range probs {
		if v > x && v < next {
			next = v
		}
	}
	return x + (next-x)/2
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

func train(dir, out, reportPath string, lambda float64, harden, verbose bool, w io.Writer) error {
	t, err := newTrainer(lambda)
	if err != nil {
		return err
	}
	t.harden = harden
	if verbose {
		t.trace = w
	}
	pages, err := loadCorpus(dir, t.a)
	if err != nil {
		return err
	}
	t.injectLegit(pages)
	m, err := t.fit(pages)
	if err != nil {
		return err
	}
	t.trace = nil // the nested folds below are eval -v's to trace
	if err := writeJSON(out, m); err != nil {
		return err
	}
	js, _, _, err := t.nested(pages)
	if err != nil {
		return err
	}
	var rep bytes.Buffer
	fmt.Fprintf(&rep, "AlertGuard detection model: training report (tools/detect train, lambda %.2f, nested %d×%d-fold cross-validation grouped by source)\n\n", lambda, folds, folds)
	fmt.Fprintf(&rep, "The committed model: block at p ≥ %.4g (score %d), warn at p ≥ %.4g (score %d); a block also needs a claim-and-ask feature ≥ %.2f\n\n",
		m.PBlock, m.BlockAt, m.PWarn, m.WarnAt, m.ConjMin)
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
		fmt.Fprintf(w, "  %+8.3f  %-11s %s\n", r.w, r.group, r.name)
	}
}
