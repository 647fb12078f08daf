package analysis

import (
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/page"
)

// BenchmarkStages times each stage over the corpus: parse alone, facts,
// signatures, features and scoring (docs/performance.md).
func BenchmarkStages(b *testing.B) {
	pages := corpusPages(b)
	a, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var parse, fct, sig, feat, score time.Duration
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			s := *p
			s.Bound()
			t0 := time.Now()
			page.Parse(s.HTML)
			t1 := time.Now()
			f := facts.Build(&s)
			t2 := time.Now()
			hits, _ := a.Set.Match(f, a.Env())
			t3 := time.Now()
			v := a.ext.Extract(f, hits)
			t4 := time.Now()
			a.decider.Outcome(v)
			t5 := time.Now()
			parse, fct, sig, feat, score = parse+t1.Sub(t0), fct+t2.Sub(t1), sig+t3.Sub(t2), feat+t4.Sub(t3), score+t5.Sub(t4)
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(parse.Milliseconds())/n, "parse-ms")
	b.ReportMetric(float64(fct.Milliseconds())/n, "facts-ms")
	b.ReportMetric(float64(sig.Milliseconds())/n, "signatures-ms")
	b.ReportMetric(float64(feat.Milliseconds())/n, "features-ms")
	b.ReportMetric(float64(score.Milliseconds())/n, "score-ms")
}
