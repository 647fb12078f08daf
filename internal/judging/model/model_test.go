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
	p := []float64{0.10, 0.20, 0.62, 0.95, 0.99, 1.00, 0.70}
	y := []float64{0, 0, 0, 1, 1, 1, 1}
	block, warn := Thresholds(p, y, 0.5, 0.2, 0.34)
	if math.Abs(block-0.66) > 1e-9 { // halfway between the top legitimate page (0.62) and the next page (0.70)
		t.Fatalf("block %v", block)
	}
	if math.Abs(warn-0.41) > 1e-9 { // one of three legitimate pages may be warned: above the second (0.20), halfway to 0.62
		t.Fatalf("warn %v", warn)
	}
	if b, w := Thresholds([]float64{0.99}, []float64{0}, 0.5, 0.2, 0); math.Abs(b-0.995) > 1e-9 || w >= b {
		t.Fatalf("thresholds %v/%v", b, w)
	}
}

func TestCalibrateAnchorsThresholds(t *testing.T) {
	m := &Model{PlattA: 1, PWarn: 0.6, PBlock: 0.9, WarnAt: 40, BlockAt: 80}
	logit := func(p float64) float64 { return math.Log(p / (1 - p)) }
	for _, c := range []struct {
		p    float64
		want int
	}{{0.3, 20}, {0.6, 40}, {0.7501, 60}, {0.8999, 79}, {0.9001, 80}, {0.99, 98}} {
		if got := m.Calibrate(logit(c.p)); got != c.want {
			t.Errorf("p %.4f: score %d, want %d", c.p, got, c.want)
		}
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
	for _, bad := range []string{`{`, `{"blockAt": 40, "warnAt": 60, "plattA": 1, "pWarn": 0.5, "pBlock": 0.9}`,
		`{"blockAt": 80, "warnAt": 40, "plattA": 0, "pWarn": 0.5, "pBlock": 0.9}`, `{"blockAt": 80, "warnAt": 40, "plattA": 1, "pWarn": 0.5, "pBlock": 1}`, `{"blockAt": 80, "warnAt": 40, "plattA": 1, "pWarn": 1, "pBlock": 0.9}`,
		`{"blockAt": 80, "warnAt": 40, "plattA": 1, "pWarn": 0.5, "pBlock": 0.9, "conjMin": -1}`} {
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
	m := &Model{Bias: -2, PlattA: 1, BlockAt: 80, WarnAt: 40, PWarn: 0.5, PBlock: 0.9, Weights: map[string]float64{"lure.phone": 3, "negative.contact": -1}}
	b := m.Bind(e.Defs())
	v := &features.Vector{Values: make([]float64, len(e.Defs()))}
	v.Values[e.Index("lure.phone")] = 1
	v.Values[e.Index("negative.contact")] = 1
	r := b.Score(v)
	if r.Score != 40 || len(r.Contribs) != 2 || r.Contribs[0].Index != e.Index("lure.phone") {
		t.Fatalf("score %+v", r)
	}
}
