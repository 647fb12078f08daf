// Package cpubudget stops a script run when the thread running it has used
// its CPU time budget, so that a verdict does not depend on how busy the
// machine is: a wall-clock timer cuts a script short on a loaded PC and lets
// it finish on an idle one, and the two runs then see different pages.
//
// The goroutine that runs the script calls Start, which locks it to its OS
// thread; a watcher goroutine reads that thread's CPU clock every Poll and
// calls the interrupt once the budget is spent. A wall-clock ceiling of
// WallFactor times the budget is a backstop, so that a thread the scheduler
// never runs cannot keep a held page waiting. On systems without a thread
// CPU clock here (macOS and the rest; see clock_other.go) the budget is
// wall time, as before. docs/unpack.md says more.
package cpubudget

import (
	"runtime"
	"sync"
	"time"
)

const (
	// Poll is how often the watcher reads the thread's CPU clock: a run
	// overshoots its budget by at most about this much CPU time (plus the
	// clock's own granularity, ~15.6 ms on Windows).
	Poll = 2 * time.Millisecond
	// WallFactor times the CPU budget is the wall-clock ceiling. Ten lets a
	// script finish on a machine whose cores are shared ten ways (a load
	// of 20 on 2 cores) and still bounds a hold to a fraction of a second.
	WallFactor = 10
)

// Reason says which bound ended a run.
type Reason int

const (
	CPU  Reason = iota + 1 // the thread used its CPU budget
	Wall                   // the wall-clock ceiling passed first
)

func (r Reason) String() string {
	switch r {
	case CPU:
		return "cpu"
	case Wall:
		return "wall"
	}
	return "none"
}

// Supported says whether this system has a thread CPU clock here; without
// one a budget is wall time.
func Supported() bool {
	c := threadClock()
	defer c.close()
	_, ok := c.now()
	return ok
}

// Watch is one running budget; Stop ends it.
type Watch struct {
	done    chan struct{}
	stopped sync.WaitGroup
	once    sync.Once
}

// Start locks the calling goroutine to its OS thread and calls interrupt
// (once, from another goroutine) when that thread has used budget of CPU
// time or ceiling of wall time has passed; ceiling <= 0 means WallFactor
// times budget. The caller must call Stop on the same goroutine when the
// run is over.
func Start(budget, ceiling time.Duration, interrupt func(Reason)) *Watch {
	runtime.LockOSThread()
	clock := threadClock()
	start, ok := clock.now()
	switch {
	case !ok:
		ceiling = budget // no thread CPU clock: a wall-clock budget, as before
	case ceiling <= 0:
		ceiling = budget * WallFactor
	}
	w := &Watch{done: make(chan struct{})}
	w.stopped.Add(1)
	go w.watch(clock, ok, start+budget, ceiling, interrupt)
	return w
}

// Stop ends the watch and unlocks the thread. Once Stop returns, interrupt
// is not called any more, so a runtime can be reused safely.
func (w *Watch) Stop() {
	w.once.Do(func() {
		close(w.done)
		w.stopped.Wait()
		runtime.UnlockOSThread()
	})
}

func (w *Watch) watch(clock cpuClock, ok bool, limit, ceiling time.Duration, interrupt func(Reason)) {
	defer w.stopped.Done()
	defer clock.close()
	wall := time.NewTimer(ceiling)
	defer wall.Stop()
	var tick <-chan time.Time // nil (never ready) without a clock
	if ok {
		t := time.NewTicker(Poll)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case <-w.done:
			return
		case <-wall.C:
			interrupt(Wall)
			return
		case <-tick:
			if used, good := clock.now(); good && used >= limit {
				interrupt(CPU)
				return
			}
		}
	}
}
