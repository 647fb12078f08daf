package cpubudget

import "time"

// cpuClock reads one thread's CPU time; ok is false when it cannot.
type cpuClock interface {
	now() (used time.Duration, ok bool)
	close()
}
