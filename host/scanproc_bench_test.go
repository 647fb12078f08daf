package main

import (
	"io"
	"strings"
	"testing"
)

// BenchmarkScanCorpus is `alertguard scan` over the corpus in one call:
// loading, reading the files, judging and printing (the process's start
// aside; `bench --scan` times that too).
func BenchmarkScanCorpus(b *testing.B) {
	dir := b.TempDir()
	e := env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard,
		getenv: func(k string) string { return map[string]string{"ALERTGUARD_DATA_DIR": dir}[k] }}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if code := run([]string{"scan", "../corpus"}, e); code > 1 {
			b.Fatalf("scan exited %d", code)
		}
	}
}
