package model

import (
	"fmt"
	"math"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/features"
)

// toy is a small labelled set: feature 0 marks scams, feature 1 marks
// legitimate pages, feature 2 is noise that both share.
func toy() []Sample {
	var out []Sample
	for i := 0; i < 40; i++ {
		scam := i%2 == 0
		x := []float64{0, 0, float64(i%3) / 2}
		y := 0.0
		if scam {
			x[0], y = 1, 1
		} else {
			x[1] = 1
		}
		if i%10 == 0 { // some overlap so the optimum is finite
			x[0], x[1] = x[1], x[0]
		}
		out = append(out, Sample{X: x, Y: y, Weight: 1, Group: fmt.Sprintf("g%d", i/4)})
	}
	return out
}

func TestFitSignsAndDeterminism(t *testing.T) {
	s := toy()
	signs := []Sign{NonNegative, NonPositive, NonPositive}
	w1, b1, err := Fit(s, signs, 0.1)
	if err != nil {
		t.Fatal(err)
	}
	w2, b2, _ := Fit(s, signs, 0.1)
	if fmt.Sprint(w1, b1) != fmt.Sprint(w2, b2) {
		t.Fatalf("not deterministic: %v %v / %v %v", w1, b1, w2, b2)
	}
	if w1[0] <= 0 || w1[1] >= 0 || w1[2] > 0 {
		t.Fatalf("weights %v break their signs", w1)
	}
	capped, _, _ := Fit(s, []Sign{Capped, NonPositive, Free}, 0.001)
	if capped[0] > MaxClue+1e-9 {
		t.Fatalf("capped weight %v above %v", capped[0], MaxClue)
	}
}

func TestFoldsKeepGroupsTogether(t *testing.T) {
	s := toy()
	folds := Folds(s, 5)
	seen := map[int]int{}
	for _, x := range s {
		f, ok := folds[x.Group]
		if !ok || f < 0 || f >= 5 {
			t.Fatalf("group %s has fold %d", x.Group, f)
		}
		seen[f]++
	}
	if len(seen) != 5 {
		t.Fatalf("folds used: %v", seen)
	}
	z, err := CrossValidate(s, []Sign{NonNegative, NonPositive, Free}, 0.1, 5)
	if err != nil || len(z) != len(s) {
		t.Fatalf("cross-validation: %v %d", err, len(z))
	}
}

func TestThresholds(t *testing.T) {
	scores := []int{10, 20, 62, 95, 99, 100, 70}
	y := []float64{0, 0, 0, 1, 1, 1, 1}
	block, warn := Thresholds(scores, y, 50, 20, 0.34)
	if block != 63 {
		t.Fatalf("block %d, want just above the highest legitimate score", block)
	}
	if warn != 21 { // one of three legitimate pages may be warned
		t.Fatalf("warn %d", warn)
	}
	if b, w := Thresholds([]int{99}, []float64{0}, 50, 20, 0); b != 100 || w >= b {
		t.Fatalf("thresholds %d/%d", b, w)
	}
}

func TestPlattAndParse(t *testing.T) {
	a, b, err := Platt([]float64{-2, -1, 1, 2, 0.5, -0.5}, []float64{0, 0, 1, 1, 1, 0})
	if err != nil || a <= 0 || math.IsNaN(b) {
		t.Fatalf("platt %v %v %v", a, b, err)
	}
	if _, _, err := Platt([]float64{1, 2}, []float64{1, 1}); err == nil {
		t.Fatal("one class calibrated")
	}
	for _, bad := range []string{`{`, `{"blockAt": 40, "warnAt": 60, "plattA": 1}`, `{"blockAt": 80, "warnAt": 40, "plattA": 0}`} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
	m, err := Default()
	if err != nil || len(m.Weights) == 0 || m.Training.Pages == 0 {
		t.Fatalf("embedded model: %v %+v", err, m)
	}
}

func TestScoreAndRules(t *testing.T) {
	e, err := features.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	m := &Model{Bias: -2, PlattA: 1, BlockAt: 80, WarnAt: 40, Weights: map[string]float64{"lure.phone": 3, "negative.contact": -1}}
	b := m.Bind(e.Defs())
	v := &features.Vector{Values: make([]float64, len(e.Defs()))}
	v.Values[e.Index("lure.phone")] = 1
	v.Values[e.Index("negative.contact")] = 1
	r := b.Score(v)
	if r.Score != 50 || len(r.Contribs) != 2 || r.Contribs[0].Index != e.Index("lure.phone") {
		t.Fatalf("score %+v", r)
	}
	for _, rule := range HardRules {
		if rule.Fires(e, v) {
			t.Errorf("%s fires on a phone number", rule.ID)
		}
	}
	v.Values[e.Index("runtime.clipboard-command")] = 1
	if !HardRules[0].Fires(e, v) {
		t.Error("a hidden clipboard command does not fire")
	}
}
