package main

import "runtime/debug"

// The collector's settings for this process, unless GOGC or GOMEMLIMIT
// says otherwise. Judging allocates a lot of short-lived memory (parse
// trees, folded texts) over a live heap of about 15 MiB (the signatures,
// model and automata): at Go's default target the collector ran every few
// pages and was a fifth of a whole `scan` and of the start-up. A target of
// 400 lets the heap grow to five times what is live before collecting;
// the soft limit keeps a very large page from taking that to five times
// its own size (docs/performance.md, "Scan and start-up speed").
const (
	gcPercent = 400
	gcSoftMiB = 256
)

func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(gcSoftMiB << 20)
	}
}
