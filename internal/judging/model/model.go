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
	PlattA   float64            `json:"plattA"` // p = σ(PlattA·z + PlattB), z the raw log-odds: the calibrated probability
	PlattB   float64            `json:"plattB"`
	PWarn    float64            `json:"pWarn"`   // calibrated probability from which a page is warned about
	PBlock   float64            `json:"pBlock"`  // … and blocked
	BlockAt  int                `json:"blockAt"` // the score PBlock maps to
	WarnAt   int                `json:"warnAt"`  // the score PWarn maps to
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
	if m.BlockAt <= m.WarnAt || m.WarnAt <= 0 || m.BlockAt >= 100 || m.PlattA <= 0 || m.PWarn <= 0 || m.PBlock <= m.PWarn || m.PBlock >= 1 {
		return nil, fmt.Errorf("model weights: thresholds warn %d (p %.4f) / block %d (p %.4f) or calibration %.3f out of range",
			m.WarnAt, m.PWarn, m.BlockAt, m.PBlock, m.PlattA)
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

// Probability is the calibrated probability that a page with raw
// log-odds z is a scam (classes weighed equally).
func (m *Model) Probability(z float64) float64 { return sigmoid(m.PlattA*z + m.PlattB) }

// Calibrate maps raw log-odds to the 0–100 score: the calibrated
// probability, rescaled piecewise linearly so that PWarn lands on WarnAt
// and PBlock on BlockAt (the thresholds people and the extension know),
// rounded down so a score at a threshold always means the probability is.
func (m *Model) Calibrate(z float64) int {
	p := m.Probability(z)
	var s float64
	switch {
	case p < m.PWarn:
		s = float64(m.WarnAt) * p / m.PWarn
	case p < m.PBlock:
		s = float64(m.WarnAt) + float64(m.BlockAt-m.WarnAt)*(p-m.PWarn)/(m.PBlock-m.PWarn)
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
	// A shown command was copied and the page calls pasting it a
	// "verification" (an install page never asks to prove you are human).
	{ID: "hard.clipboard-command-verification", All: []string{"runtime.clipboard-shown-command"}, Any: []string{"lure.verify-human"}, Verdict: "block"},
	// The browser saw the page write to the clipboard (whatever it could
	// read of it) on a page that tells the person to paste and run what it
	// copied, as a human "verification".
	{ID: "hard.clipboard-write-paste-verification", All: []string{"runtime.clipboard-write", "combined.paste-command"}, Any: []string{"lure.verify-human"}, Verdict: "block"},
	// The browser saw the keyboard captured with full screen, without a click.
	{ID: "hard.keyboard-lock-fullscreen", All: []string{"runtime.keyboard-lock", "runtime.fullscreen"}, Verdict: "block"},
}

// permissionOnly lists the lures that are only a permission request: the
// browser itself then asks the person, who can still refuse.
var permissionOnly = map[string]bool{"lure.permission-api": true, "runtime.permission-prompt": true}

// WarnOnly says whether v's only lure is a permission request (camera,
// location, notifications without a "press Allow" story): such a page is
// warned about, never blocked by its score — the banner tells the person
// not to allow, and the browser's own prompt still stands between the page
// and the camera. Hard rules still block.
func WarnOnly(e *features.Extractor, v *features.Vector) bool {
	asks := false
	defs := e.Defs()
	for i, x := range v.Values {
		if x == 0 {
			continue // most features are not set: skip them before reading their definition
		}
		d := &defs[i]
		if d.Group != features.Lure && d.Group != features.Runtime {
			continue
		}
		if !permissionOnly[d.Name] && d.Group == features.Lure {
			return false
		}
		asks = asks || permissionOnly[d.Name]
	}
	return asks
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
