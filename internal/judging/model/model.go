// Package model weighs a page's features with weights learned from the
// labelled corpus (L2-regularised logistic regression, see train.go) and
// turns the sum into a calibrated score from 0 to 100. The weights are data:
// weights.json, written by `make train` and embedded in the binary.
package model

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"github.com/alertguard/alertguard/internal/judging/features"
)

//go:embed weights.json
var embedded []byte

// Model is what training writes.
type Model struct {
	Note    string             `json:"note"`
	Lambda  float64            `json:"lambda"`
	Bias    float64            `json:"bias"`
	Weights map[string]float64 `json:"weights"`
	PlattA  float64            `json:"plattA"` // p = σ(PlattA·z + PlattB), z the raw log-odds: the calibrated probability
	PlattB  float64            `json:"plattB"`
	PWarn   float64            `json:"pWarn"`   // calibrated probability from which a page is warned about
	PBlock  float64            `json:"pBlock"`  // … and blocked
	BlockAt int                `json:"blockAt"` // the score PBlock maps to
	WarnAt  int                `json:"warnAt"`  // the score PWarn maps to
	// A block needs a claim and an ask (internal/decide): the strongest
	// conjunctive feature must reach ConjMin (chosen in cross-validation).
	ConjMin  float64 `json:"conjMin"`
	Training Report  `json:"training"`
}

// Report is the training summary kept with the weights.
type Report struct {
	Pages    int `json:"pages"`
	Scams    int `json:"scams"`
	Legit    int `json:"legit"`
	Groups   int `json:"groups"`
	Folds    int `json:"folds"`
	Features int `json:"features"`
	NonZero  int `json:"nonZero"`
}

// Default is the embedded model.
func Default() (*Model, error) { return Parse(embedded) }

// Parse reads a weights file.
func Parse(raw []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("reading model weights: %w", err)
	}
	if m.BlockAt <= m.WarnAt || m.WarnAt <= 0 || m.BlockAt >= 100 || m.PlattA <= 0 || m.PWarn <= 0 || m.PWarn >= 1 || m.PBlock <= 0 || m.PBlock >= 1 {
		return nil, fmt.Errorf("model weights: thresholds warn %d (p %.4f) / block %d (p %.4f) or calibration %.3f out of range",
			m.WarnAt, m.PWarn, m.BlockAt, m.PBlock, m.PlattA)
	}
	if m.ConjMin < 0 {
		return nil, fmt.Errorf("model weights: conjunction minimum %.3f below zero", m.ConjMin)
	}
	return &m, nil
}

// Bound is a Model with its weights laid out in an extractor's order.
type Bound struct {
	M *Model
	w []float64
}

// Bind lays the weights out in the extractor's feature order; features the
// model does not know weigh 0.
func (m *Model) Bind(defs []features.Def) *Bound {
	return &Bound{M: m, w: layout(m.Weights, defs)}
}

func layout(weights map[string]float64, defs []features.Def) []float64 {
	out := make([]float64, len(defs))
	for i, d := range defs {
		out[i] = weights[d.Name]
	}
	return out
}

// Weights are the bound weights in the extractor's order (read only).
func (b *Bound) Weights() []float64 { return b.w }

// Contribution is one feature's share of the log-odds.
type Contribution struct {
	Index int
	Logit float64
}

// Result is a scored page.
type Result struct {
	Score    int     // Calibrate's score (what the probability alone says)
	P        float64 // the calibrated probability
	Logit    float64
	Contribs []Contribution // non-zero, largest first, negatives last
}

// Score weighs a vector.
func (b *Bound) Score(v *features.Vector) Result {
	z := b.M.Bias
	var cs []Contribution
	for i, x := range v.Values {
		if c := b.w[i] * x; c != 0 {
			z += c
			cs = append(cs, Contribution{Index: i, Logit: c * b.M.PlattA})
		}
	}
	slices.SortStableFunc(cs, func(a, b Contribution) int { // the largest first, ties in feature order
		switch {
		case a.Logit > b.Logit:
			return -1
		case a.Logit < b.Logit:
			return 1
		}
		return 0
	})
	return Result{Score: b.M.Calibrate(z), P: b.M.Probability(z), Logit: z, Contribs: cs}
}

// Probability is the calibrated probability that a page with raw
// log-odds z is a scam (classes weighed equally).
func (m *Model) Probability(z float64) float64 { return sigmoid(m.PlattA*z + m.PlattB) }

// Calibrate maps raw log-odds to the 0–100 score: the calibrated
// probability, rescaled piecewise linearly so that PWarn lands on WarnAt
// and PBlock on BlockAt (the thresholds people and the extension know),
// rounded down so a score at a threshold always means the probability is.
func (m *Model) Calibrate(z float64) int {
	p := m.Probability(z)
	lo := min(m.PWarn, m.PBlock) // the block line may sit below the warn line: internal/decide says when a page blocks
	var s float64
	switch {
	case p < lo:
		s = float64(m.WarnAt) * p / lo
	case p < m.PBlock:
		s = float64(m.WarnAt) + float64(m.BlockAt-m.WarnAt)*(p-lo)/(m.PBlock-lo)
	default:
		s = float64(m.BlockAt) + float64(100-m.BlockAt)*(p-m.PBlock)/(1-m.PBlock)
	}
	return min(100, max(0, int(math.Floor(s))))
}

func sigmoid(x float64) float64 {
	if x < -40 {
		return 0
	}
	if x > 40 {
		return 1
	}
	return 1 / (1 + math.Exp(-x))
}
