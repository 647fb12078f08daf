package main

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkStartupToFirstVerdict starts the real binary as a browser would
// and times until the first verdict frame arrives (`alertguard bench
// --startup N` gives the median and p90 of the same).
func BenchmarkStartupToFirstVerdict(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "alertguard")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	frame, err := analyzeFrame(nil)
	if err != nil {
		b.Fatal(err)
	}
	dataDir := b.TempDir()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := firstVerdict(bin, dataDir, frame); err != nil {
			b.Fatal(err)
		}
	}
}
