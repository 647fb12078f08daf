package analysis

import (
	"sort"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
)

// BenchmarkUnpackCorpus reports how many corpus pages need unpacking and
// what building their facts costs, median and p99 (unpacking included).
func BenchmarkUnpackCorpus(b *testing.B) {
	dir := corpusDir(b)
	var times []time.Duration
	unpacked, total := 0, 0
	for i := 0; i < b.N; i++ {
		for _, c := range readCases(b, dir) {
			s, err := savedpage.Load(c.Path, c.URL, nil)
			if err != nil {
				b.Fatal(err)
			}
			start := time.Now()
			f := facts.Build(s)
			d := time.Since(start)
			total++
			if f.Decoded != "" || f.DecodeErr != nil {
				unpacked++
				times = append(times, d)
			}
		}
	}
	if len(times) == 0 {
		b.Fatal("no corpus page needed unpacking")
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(unpacked)/float64(total)*100, "%-pages-unpacked")
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
}
