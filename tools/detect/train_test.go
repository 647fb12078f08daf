package main

import (
	"math"
	"testing"

	"github.com/alertguard/alertguard/internal/corpus"
	"github.com/alertguard/alertguard/internal/decide"
)

// TestChooseBlock: the block line sits in the middle (log-odds) of a gap
// at least minGap wide above every legitimate page the minimum lets
// through, the highest such within gateLoss, and the same inputs give the
// same line.
func TestChooseBlock(t *testing.T) {
	mk := func(expect string, p, conj float64) (page, float64, decide.Strengths) {
		return page{Page: corpus.Page{Expect: expect}, expect: expect}, p, decide.Strengths{Conjunction: conj}
	}
	type row struct {
		expect  string
		p, conj float64
	}
	tests := []struct {
		name       string
		rows       []row
		wantLo     float64 // the line lies strictly between these probabilities
		wantHi     float64
		wantMinGap bool // and its gap is at least minGap wide
	}{
		{"midway in the wide gap above the legitimate page",
			[]row{{"allow", 0.9, 1}, {"block", 0.99, 1}, {"block", 0.999, 1}, {"block", 0.9999, 1}},
			0.9, 0.99, true},
		{"a scam one hair above the legitimate page is not what the line hugs",
			// gaps: 0.90→0.901 (narrow), 0.901→0.999 (wide); the wide one costs one of
			// 200 must-block scams, within gateLoss (1 %) — ties at 1.0 make the rest
			append([]row{{"allow", 0.9, 1}, {"block", 0.901, 1}}, repeat(row{"block", 0.999, 1}, 199)...),
			0.901, 0.999, true},
		{"no line hugs a page (a fixed grid's 0.97 would, at 0.9705)",
			[]row{{"allow", 0.9, 1}, {"block", 0.9705, 1}, {"block", 0.9999, 1}},
			0.9, 0.9705, true},
		{"a legitimate page under the minimum holds no line",
			[]row{{"allow", 0.99, 0.1}, {"block", 0.8, 1}, {"block", 0.999, 1}},
			0.5, 0.8, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pages []page
			var probs []float64
			var str []decide.Strengths
			for _, r := range tt.rows {
				p, pr, s := mk(r.expect, r.p, r.conj)
				pages, probs, str = append(pages, p), append(probs, pr), append(str, s)
			}
			pb, c := chooseBlock(pages, probs, str, nil)
			if !(pb > tt.wantLo && pb < tt.wantHi) {
				t.Fatalf("block line %.6g (minimum %.2f), want between %.6g and %.6g", pb, c, tt.wantLo, tt.wantHi)
			}
			if tt.wantMinGap {
				if m := math.Min(logit(pb)-logit(tt.wantLo), logit(tt.wantHi)-logit(pb)); m < minGap/2-1e-9 {
					t.Errorf("margin %.3f log-odds, want ≥ %.3f", m, minGap/2)
				}
			}
			if pb2, c2 := chooseBlock(pages, probs, str, nil); pb2 != pb || c2 != c {
				t.Errorf("second choice %.6g/%.2f differs from the first %.6g/%.2f", pb2, c2, pb, c)
			}
		})
	}
}

func repeat[T any](x T, n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = x
	}
	return out
}
