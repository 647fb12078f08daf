package main

import (
	"fmt"
	"github.com/alertguard/alertguard/internal/corpus"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/alertguard/alertguard/internal/judging/model"
)

// tally counts pages and how they were judged.
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
	cats, families map[string]*tally // scams by category; legitimate pages by the mechanic they show
	all, legit     tally
	ordinary       tally // legitimate pages of the everyday web (categories ordinary-…)
	misses         []string
}

func count(pages []page, js []judged) *figures {
	f := &figures{cats: map[string]*tally{}, families: map[string]*tally{}}
	for i, p := range pages {
		v, score := js[i].verdict, js[i].score
		if !p.scam() {
			f.legit.add(p.expect, v)
			if f.families[p.category] == nil {
				f.families[p.category] = &tally{}
			}
			f.families[p.category].add(p.expect, v)
			if strings.HasPrefix(p.category, ordinaryPrefix) {
				f.ordinary.add(p.expect, v)
			}
			switch {
			case v == "block" && p.expect == "allow", v == "block" && p.expect == "notblock":
				f.misses = append(f.misses, fmt.Sprintf("LEGIT BLOCKED %3d %s", score, p.file))
			case v == "warn" && p.expect == "allow":
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
		case p.expect == "block" && v != "block" && js[i].gated:
			f.misses = append(f.misses, fmt.Sprintf("not blocked   %3d %s (warned: conjunction %.2f)", score, p.file, js[i].str.Conjunction))
		case p.expect == "block" && v != "block":
			f.misses = append(f.misses, fmt.Sprintf("not blocked   %3d %s (warned)", score, p.file))
		}
	}
	return f
}

// ordinaryPrefix starts the category of a legitimate page of the everyday
// web (news, shops, banks, government …) that shows no scam mechanic on
// purpose: the issue holds them to 0 blocked and at most 0.2 % warned.
const ordinaryPrefix = "ordinary-"

// upper95 is the one-sided 95 % Clopper–Pearson upper bound on a rate of
// which k were seen in n: what "k of n" can promise about pages never seen.
func upper95(k, n int) float64 {
	if n == 0 {
		return 1
	}
	if k >= n {
		return 1
	}
	// The p at which P(X ≤ k | n, p) = 0.05, by bisection.
	lo, hi := float64(k)/float64(n), 1.0
	for range 60 {
		mid := (lo + hi) / 2
		if binomCDF(k, n, mid) > 0.05 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}

func binomCDF(k, n int, p float64) float64 {
	sum := 0.0
	for i := 0; i <= k; i++ {
		lg := lgamma(n+1) - lgamma(i+1) - lgamma(n-i+1) + float64(i)*math.Log(p) + float64(n-i)*math.Log1p(-p)
		sum += math.Exp(lg)
	}
	return sum
}

func lgamma(n int) float64 { v, _ := math.Lgamma(float64(n)); return v }

// summarize prints the figures docs/detection.md records.
func summarize(w io.Writer, pages []page, js []judged, verbose bool) {
	st := stats(pages, 0, 0)
	fmt.Fprintf(w, "Corpus: %d pages (%d scam, %d legitimate) from %d sources\n\n", st.Pages, st.Scams, st.Legit, st.Groups)
	if verbose {
		for i, p := range pages {
			fmt.Fprintf(w, "%-6s %-8s %3d fold %d conj %.2f %s\n", js[i].verdict, p.expect, js[i].score, js[i].fold, js[i].str.Conjunction, p.file)
		}
	}
	f := count(pages, js)
	fmt.Fprintf(w, "%-20s %5s %14s %14s %18s\n", "scam category", "pages", "flagged", "blocked", "must-block blocked")
	row := func(name string, t *tally) {
		fmt.Fprintf(w, "%-20s %5d %14s %14s %18s\n", name, t.n, pct(t.flagged, t.n), pct(t.blocked, t.n), pct(t.mustBlocked, t.mustBlock))
	}
	for _, c := range sortedKeys(f.cats) {
		row(c, f.cats[c])
	}
	row("ALL SCAMS", &f.all)
	fmt.Fprintf(w, "\nLegitimate: %d pages, blocked %s (95 %% upper bound %.2f %%), warned %s\n",
		f.legit.n, pct(f.legit.blocked, f.legit.n), 100*upper95(f.legit.blocked, f.legit.n), pct(f.legit.flagged-f.legit.blocked, f.legit.n))
	if o := f.ordinary; o.n > 0 {
		fmt.Fprintf(w, "Ordinary pages (%s*): %d pages, blocked %s (95 %% upper bound %.2f %%), warned %s\n",
			ordinaryPrefix, o.n, pct(o.blocked, o.n), 100*upper95(o.blocked, o.n), pct(o.flagged-o.blocked, o.n))
	} else {
		fmt.Fprintf(w, "Ordinary pages (%s*): none in this corpus\n", ordinaryPrefix)
	}
	fmt.Fprintf(w, "\n%-26s %5s %14s %14s\n", "legitimate, by mechanic", "pages", "flagged", "blocked")
	for _, c := range sortedKeys(f.families) {
		t := f.families[c]
		fmt.Fprintf(w, "%-26s %5d %14s %14s\n", c, t.n, pct(t.flagged, t.n), pct(t.blocked, t.n))
	}
	fmt.Fprintf(w, "\nMisses (nested, out of fold):\n")
	if len(f.misses) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, s := range f.misses {
		fmt.Fprintln(w, "  "+s)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func pct(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %5.1f%%", a, b, 100*float64(a)/float64(b))
}

// evaluate is nested cross-validation of the whole training procedure,
// then the metamorphic tests with the same out-of-fold models.
func evaluate(dir string, verbose, harden, nameBlind bool, w io.Writer) error {
	m, err := model.Default()
	if err != nil {
		return err
	}
	t, err := newTrainer(m.Lambda)
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
	js, ds, _, err := t.nested(pages)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Nested grouped cross-validation: %d outer folds, each judged by a model whose weights, calibration, thresholds and claim/ask minimums\nwere chosen in %d inner folds without it (lambda %.2f)\n\n", folds, folds, m.Lambda)
	summarize(w, pages, js, verbose)
	fmt.Fprintf(w, "\nBlock lines the outer folds' models chose (chooseBlock):")
	for f, om := range t.outer {
		fmt.Fprintf(w, " %d: p ≥ %.4g, claim-and-ask ≥ %.2f;", f, om.PBlock, om.ConjMin)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w)
	bad := metamorphic(w, t, pages, js, ds, verbose)
	if err := holdout(w, dir, t, m, verbose, nameBlind); err != nil {
		return err
	}
	if bad != "" {
		return fmt.Errorf("%s", strings.TrimSpace(bad))
	}
	return nil
}

// holdout judges the held-out sets (corpus/holdout/) with the committed
// model: pages no training ever saw. A blind set's pages are not named
// unless nameBlind: a blind set measures pages nobody tuned for, and every
// miss read by name is a page somebody then tunes for.
func holdout(w io.Writer, dir string, t *trainer, m *model.Model, verbose, nameBlind bool) error {
	pages, err := loadHoldout(dir, t.a)
	if err != nil || len(pages) == 0 {
		return err
	}
	if !nameBlind {
		maskBlind(pages)
	}
	d := t.decider(m)
	js := make([]judged, len(pages))
	for i, p := range pages {
		o := d.Outcome(clone(p.vec))
		js[i] = judged{verdict: o.Decision, score: o.Score, gated: o.Gated, str: o.Strengths}
	}
	fmt.Fprintf(w, "\nHeld out (corpus/%s/, never trained on), judged by the committed model\n\n", corpus.HoldoutDir)
	summarize(w, pages, js, verbose)
	bySet(w, pages, js)
	return nil
}

// maskBlind replaces the file of every page of a blind set (a set named
// blind-*) by its set's name, so the report counts its misses without
// naming them.
func maskBlind(pages []page) {
	for i := range pages {
		if strings.HasPrefix(pages[i].Set, "blind-") {
			pages[i].file = pages[i].Set + "/(a blind page: -name-blind names it)"
		}
	}
}

// bySet prints the held-out figures of each set on its own line, so a new
// blind set is read without working it out from the misses.
func bySet(w io.Writer, pages []page, js []judged) {
	scams, legit := map[string]*tally{}, map[string]*tally{}
	for i, p := range pages {
		m := legit
		if p.scam() {
			m = scams
		}
		if m[p.Set] == nil {
			m[p.Set] = &tally{}
		}
		m[p.Set].add(p.expect, js[i].verdict)
	}
	fmt.Fprintf(w, "\n%-14s %18s %18s %18s %18s\n", "held-out set", "scams flagged", "must-block blocked", "legit blocked", "legit warned")
	names := sortedKeys(scams)
	for _, n := range sortedKeys(legit) {
		if scams[n] == nil {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		s, l := scams[n], legit[n]
		if s == nil {
			s = &tally{}
		}
		if l == nil {
			l = &tally{}
		}
		fmt.Fprintf(w, "%-14s %18s %18s %18s %18s\n", n, pct(s.flagged, s.n), pct(s.mustBlocked, s.mustBlock),
			pct(l.blocked, l.n), pct(l.flagged-l.blocked, l.n))
	}
}
