//go:build unix

package main

import (
	"syscall"
	"time"
)

// processCPU is the CPU time this process has used, all threads (the
// collector's included, as it is in a child's).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
