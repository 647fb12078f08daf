//go:build !linux && !windows

package cpubudget

import "time"

// threadClock: macOS has no thread CPU clock that another thread can read
// without cgo (thread_info needs the Mach port of the thread), so the
// budget there is wall time, as it was before this package.
func threadClock() cpuClock { return noClock{} }

type noClock struct{}

func (noClock) now() (time.Duration, bool) { return 0, false }
func (noClock) close()                     {}
