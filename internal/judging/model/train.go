package model

import (
	"fmt"
	"math"
	"sort"
)

// Sample is one labelled page for training.
type Sample struct {
	X      []float64
	Y      float64 // 1 scam, 0 legitimate
	Weight float64 // how much an error on it costs
	Group  string  // source repository: a kit's pages stay on one side of a fold
}

// Sign constrains a weight: mechanics only add suspicion, negative evidence
// only removes it, so every weight can be read as what it claims to be.
// Capped weights are also bounded above by MaxClue: no single static clue
// decides alone (a page that does one odd thing is not a scam for it).
type Sign int

// Signs.
const (
	Free Sign = iota
	NonNegative
	NonPositive
	Capped    // non-negative and at most MaxClue
	CappedNeg // non-positive and at least -MaxClue: kits forge footers and bylines too
	Zero      // pinned at 0: the feature counts only through others built on it (the conjunctions)
)

// MaxClue bounds a Capped weight (log-odds per unit of feature).
const MaxClue = 1.5

// Fit is L2-regularised logistic regression by Newton's method, with sign
// constraints enforced by an active set: a weight that comes out with the
// wrong sign is fixed at 0 and the rest refitted. Deterministic: no random
// start, no sampling. The bias is not penalised.
func Fit(samples []Sample, signs []Sign, lambda float64) (w []float64, bias float64, err error) {
	if len(samples) == 0 {
		return nil, 0, fmt.Errorf("no samples")
	}
	d := len(samples[0].X)
	free := make([]bool, d)
	fixed := make([]float64, d) // the value of a weight that is not free
	for j := range free {
		free[j] = signs[j] != Zero && used(samples, j)
	}
	for round := 0; round <= 2*d; round++ {
		w, bias, err = newton(samples, free, fixed, lambda)
		if err != nil {
			return nil, 0, err
		}
		changed := false
		for j := range w {
			if !free[j] {
				continue
			}
			switch {
			case (signs[j] == NonNegative || signs[j] == Capped) && w[j] < 0, (signs[j] == NonPositive || signs[j] == CappedNeg) && w[j] > 0:
				free[j], fixed[j], changed = false, 0, true
			case signs[j] == Capped && w[j] > MaxClue:
				free[j], fixed[j], changed = false, MaxClue, true
			case signs[j] == CappedNeg && w[j] < -MaxClue:
				free[j], fixed[j], changed = false, -MaxClue, true
			}
		}
		if !changed {
			return w, bias, nil
		}
	}
	return w, bias, nil
}

// used says whether feature j is ever non-zero: an unused feature keeps 0.
func used(samples []Sample, j int) bool {
	for _, s := range samples {
		if s.X[j] != 0 {
			return true
		}
	}
	return false
}

// newton fits the free weights, the others held at fixed; index len(idx)
// of the system is the bias.
func newton(samples []Sample, free []bool, fixed []float64, lambda float64) ([]float64, float64, error) {
	var idx []int
	for j, f := range free {
		if f {
			idx = append(idx, j)
		}
	}
	k := len(idx) + 1
	theta := make([]float64, k)
	for iter := 0; iter < 50; iter++ {
		g, h := system(samples, idx, free, fixed, theta, lambda)
		step, err := solve(h, g)
		if err != nil {
			return nil, 0, err
		}
		size := 0.0
		for a := range theta {
			theta[a] -= step[a]
			size = math.Max(size, math.Abs(step[a]))
		}
		if size < 1e-9 {
			break
		}
	}
	w := make([]float64, len(free))
	for j, f := range fixed {
		if !free[j] {
			w[j] = f
		}
	}
	for a, j := range idx {
		w[j] = theta[a]
	}
	return w, theta[k-1], nil
}

// system is the gradient and Hessian of the penalised, weighted log loss
// at theta (free weights in idx order, then the bias).
func system(samples []Sample, idx []int, free []bool, fixed, theta []float64, lambda float64) ([]float64, [][]float64) {
	k := len(theta)
	g := make([]float64, k)
	h := make([][]float64, k)
	for a := range h {
		h[a] = make([]float64, k)
	}
	var nz []int // the system's indices where this sample is not zero (most features are not set)
	for _, s := range samples {
		z := theta[k-1]
		for j, f := range fixed {
			if !free[j] && f != 0 {
				z += f * s.X[j]
			}
		}
		nz = nz[:0]
		for a, j := range idx {
			if s.X[j] != 0 {
				z += theta[a] * s.X[j]
				nz = append(nz, a)
			}
		}
		nz = append(nz, k-1) // the bias
		p := sigmoid(z)
		r, q := s.Weight*(p-s.Y), s.Weight*math.Max(p*(1-p), 1e-9)
		for _, a := range nz {
			xa := xAt(s.X, idx, a)
			g[a] += r * xa
			for _, b := range nz {
				h[a][b] += q * xa * xAt(s.X, idx, b)
			}
		}
	}
	for a := 0; a < k-1; a++ {
		g[a] += lambda * theta[a]
		h[a][a] += lambda
	}
	h[k-1][k-1] += 1e-6
	return g, h
}

func xAt(x []float64, idx []int, a int) float64 {
	if a == len(idx) {
		return 1
	}
	return x[idx[a]]
}

// solve returns x with A·x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if math.Abs(m[p][c]) < 1e-12 {
			return nil, fmt.Errorf("singular system at column %d", c)
		}
		m[c], m[p] = m[p], m[c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := m[r][n]
		for k := r + 1; k < n; k++ {
			s -= m[r][k] * x[k]
		}
		x[r] = s / m[r][r]
	}
	return x, nil
}

// Logit is the raw log-odds of x.
func Logit(w []float64, bias float64, x []float64) float64 {
	z := bias
	for j, v := range x {
		z += w[j] * v
	}
	return z
}

// Folds assigns every group to one of k folds: groups sorted by size
// (largest first, then by name), each to the fold with the fewest pages of
// its class so far. Scam and legitimate groups are balanced separately.
func Folds(samples []Sample, k int) map[string]int {
	type grp struct {
		name  string
		n     int
		scams int
	}
	byName := map[string]*grp{}
	for _, s := range samples {
		g := byName[s.Group]
		if g == nil {
			g = &grp{name: s.Group}
			byName[s.Group] = g
		}
		g.n++
		if s.Y == 1 {
			g.scams++
		}
	}
	var gs []*grp
	for _, g := range byName {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool {
		if gs[i].n != gs[j].n {
			return gs[i].n > gs[j].n
		}
		return gs[i].name < gs[j].name
	})
	load := [2][]int{make([]int, k), make([]int, k)}
	out := map[string]int{}
	for _, g := range gs {
		class := 0
		if g.scams*2 >= g.n {
			class = 1
		}
		best := 0
		for f := 1; f < k; f++ {
			if load[class][f] < load[class][best] {
				best = f
			}
		}
		out[g.name] = best
		load[class][best] += g.n
	}
	return out
}

// CrossValidate returns every sample's out-of-fold log-odds.
func CrossValidate(samples []Sample, signs []Sign, lambda float64, k int) ([]float64, error) {
	fold := Folds(samples, k)
	out := make([]float64, len(samples))
	for f := 0; f < k; f++ {
		var train []Sample
		for _, s := range samples {
			if fold[s.Group] != f {
				train = append(train, s)
			}
		}
		w, b, err := Fit(train, signs, lambda)
		if err != nil {
			return nil, fmt.Errorf("fold %d: %w", f, err)
		}
		for i, s := range samples {
			if fold[s.Group] == f {
				out[i] = Logit(w, b, s.X)
			}
		}
	}
	return out, nil
}

// Platt fits σ(a·z + b) to labels: calibration of out-of-fold log-odds.
// The two classes weigh the same, so a score of 50 means even odds whatever
// the corpus's mix of scams and legitimate pages.
func Platt(z, y []float64) (a, b float64, err error) {
	var pos float64
	for _, v := range y {
		pos += v
	}
	if pos == 0 || pos == float64(len(y)) {
		return 0, 0, fmt.Errorf("calibration needs both classes")
	}
	samples := make([]Sample, len(z))
	for i := range z {
		w := float64(len(y)) / (2 * pos)
		if y[i] == 0 {
			w = float64(len(y)) / (2 * (float64(len(y)) - pos))
		}
		samples[i] = Sample{X: []float64{z[i]}, Y: y[i], Weight: w}
	}
	w, bias, err := newton(samples, []bool{true}, []float64{0}, 1e-3)
	if err != nil {
		return 0, 0, err
	}
	return w[0], bias, nil
}

// Thresholds picks the calibrated probabilities from which pages are
// blocked and warned, on out-of-fold probabilities p: block sits halfway
// between the most suspicious legitimate page and the next page above it
// (never below minBlock), so no legitimate page is blocked; warn is placed
// the same way above the legitimate pages that may not be warned (all but
// maxWarnShare of them), never below minWarn and always below block.
func Thresholds(p, y []float64, minBlock, minWarn, maxWarnShare float64) (block, warn float64) {
	var legit []float64
	for i, v := range p {
		if y[i] == 0 {
			legit = append(legit, v)
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(legit)))
	above := func(x float64) float64 { // halfway to the next higher probability of any page
		next := 1.0
		for _, v := range p {
			if v > x && v < next {
				next = v
			}
		}
		return x + (next-x)/2
	}
	block = minBlock
	if len(legit) > 0 {
		block = max(block, above(legit[0]))
	}
	warn = minWarn
	if k := int(math.Round(maxWarnShare * float64(len(legit)))); k < len(legit) {
		warn = max(warn, above(legit[k]))
	}
	if warn >= block {
		warn = minWarn
	}
	return block, warn
}
