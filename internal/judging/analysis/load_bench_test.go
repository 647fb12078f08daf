package analysis

import "testing"

// BenchmarkDefault is the host's loading before its first verdict: the
// embedded signatures, word lists, brand catalogue, features, model and
// the page automaton.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}
