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
	"sort"

	"github.com/alertguard/alertguard/internal/judging/features"
)

//go:embed weights.json
var embedded []byte

// Model is what training writes.
type Model struct {
	Note     string             `json:"note"`
	Lambda   float64            `json:"lambda"`
	Bias     float64            `json:"bias"`
	Weights  map[string]float64 `json:"weights"`
	PlattA   float64            `json:"plattA"` // score = 100·σ(PlattA·z + PlattB), z the raw log-odds
	PlattB   float64            `json:"plattB"`
	BlockAt  int                `json:"blockAt"`
	WarnAt   int                `json:"warnAt"`
	Training Report             `json:"training"`
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
	if m.BlockAt <= m.WarnAt || m.WarnAt <= 0 || m.BlockAt > 100 || m.PlattA <= 0 {
		return nil, fmt.Errorf("model weights: thresholds warn %d / block %d or calibration %.3f out of range", m.WarnAt, m.BlockAt, m.PlattA)
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
	b := &Bound{M: m, w: make([]float64, len(defs))}
	for i, d := range defs {
		b.w[i] = m.Weights[d.Name]
	}
	return b
}

// Contribution is one feature's share of the log-odds.
type Contribution struct {
	Index int
	Logit float64
}

// Result is a scored page.
type Result struct {
	Score    int
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
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Logit > cs[j].Logit })
	return Result{Score: b.M.Calibrate(z), Logit: z, Contribs: cs}
}

// Calibrate maps raw log-odds to the 0–100 score.
func (m *Model) Calibrate(z float64) int {
	p := sigmoid(m.PlattA*z + m.PlattB)
	return int(math.Round(100 * p))
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

// Rule is a hard rule: one mechanic that is decisive alone. When every
// feature in All is at full strength and, if Any is set, one of Any is
// present, the page gets at least Verdict whatever the score.
type Rule struct {
	ID      string
	All     []string
	Any     []string
	Verdict string // "block" or "warn"
}

// HardRules are few on purpose: only runtime truth that no legitimate page
// produces.
var HardRules = []Rule{
	// The browser saw a shell command land on the clipboard that the page
	// does not show (a documentation page's copy button copies what the
	// reader sees; ClickFix hides the command until it is pasted).
	{ID: "hard.clipboard-hidden-command", All: []string{"runtime.clipboard-command"}, Verdict: "block"},
	// A shown command was copied and the page tells the person to paste it
	// into the Run box or a terminal as a "verification".
	{ID: "hard.clipboard-command-paste-steps", All: []string{"runtime.clipboard-shown-command"}, Any: []string{"lure.verify-human", "combined.paste-command"}, Verdict: "block"},
	// The browser saw the keyboard captured with full screen, without a click.
	{ID: "hard.keyboard-lock-fullscreen", All: []string{"runtime.keyboard-lock", "runtime.fullscreen"}, Verdict: "block"},
}

// Fires says whether a rule holds for v.
func (r Rule) Fires(e *features.Extractor, v *features.Vector) bool {
	value := func(n string) float64 {
		if i := e.Index(n); i >= 0 {
			return v.Values[i]
		}
		return 0
	}
	for _, n := range r.All {
		if value(n) < 1 {
			return false
		}
	}
	if len(r.Any) == 0 {
		return true
	}
	for _, n := range r.Any {
		if value(n) > 0 {
			return true
		}
	}
	return false
}
