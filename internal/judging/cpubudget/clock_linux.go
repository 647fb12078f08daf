//go:build linux

package cpubudget

import (
	"time"

	"golang.org/x/sys/unix"
)

// threadClock names the calling thread's CPU clock, which any thread of the
// process may read: MAKE_THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED) of the
// kernel's posix-timers.h, (^tid)<<3 | CPUCLOCK_PERTHREAD_MASK | SCHED.
func threadClock() cpuClock {
	tid := unix.Gettid()
	return linuxClock(int32(^uint32(tid)<<3 | 4 | 2))
}

type linuxClock int32

func (c linuxClock) now() (time.Duration, bool) {
	var ts unix.Timespec
	if err := unix.ClockGettime(int32(c), &ts); err != nil {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}

func (linuxClock) close() {}
