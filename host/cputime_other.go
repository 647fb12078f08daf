//go:build !unix

package main

import "time"

// processCPU is not measured here: bench says 0 for the parse's CPU time.
func processCPU() time.Duration { return 0 }
