//go:build !linux

package ocr

import "time"

// cpuTime: not measured for a running process here (Result.CPU is 0).
func cpuTime(int) time.Duration { return 0 }
