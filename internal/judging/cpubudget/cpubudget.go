// Package cpubudget stops a script run when the thread running it has used
// its CPU time budget, so that a verdict does not depend on how busy the
// machine is: a wall-clock timer cuts a script short on a loaded PC and lets
// it finish on an idle one, and the two runs then see different pages.
//
// The goroutine that runs the script calls Start, which locks it to its OS
// thread; a timer reads that thread's CPU clock from another thread (first
// when the budget could be spent, then as often as needed) and calls the
// interrupt once the budget is spent. A wall-clock ceiling of
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
	// Poll is the shortest wait between two readings of the CPU clock. A
	// thread cannot use more CPU time than the wall time that passes, so
	// the watcher first looks when the budget could be spent, then again
	// after what is left of it (at least Poll): a run that ends early is
	// never looked at, and one that is cut overshoots by about Poll of CPU
	// time (plus the clock's granularity, ~15.6 ms on Windows).
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

// Watch is one running budget; Stop ends it. No goroutine runs for it
// until the budget could be spent, so short runs cost two clock readings.
type Watch struct {
	mu        sync.Mutex // held while looking, so Stop waits for an interrupt under way
	over      bool       // stopped or interrupted: look no more
	timer     *time.Timer
	clock     cpuClock
	hasClock  bool
	limit     time.Duration // the thread's CPU clock reading that ends the run
	deadline  time.Time     // the wall-clock ceiling
	interrupt func(Reason)
}

// Start locks the calling goroutine to its OS thread and calls interrupt
// (once, from another goroutine) when that thread has used budget of CPU
// time or ceiling of wall time has passed; ceiling <= 0 means WallFactor
// times budget. The caller must call Stop on the same goroutine when the
// run is over.
func Start(budget, ceiling time.Duration, interrupt func(Reason)) *Watch {
	runtime.LockOSThread()
	w := &Watch{clock: threadClock(), interrupt: interrupt}
	start, ok := w.clock.now()
	switch {
	case !ok:
		ceiling = budget // no thread CPU clock: a wall-clock budget, as before
	case ceiling <= 0:
		ceiling = budget * WallFactor
	}
	w.hasClock, w.limit, w.deadline = ok, start+budget, time.Now().Add(ceiling)
	w.mu.Lock()
	w.timer = time.AfterFunc(min(budget, ceiling), w.look)
	w.mu.Unlock()
	return w
}

// Stop ends the watch and unlocks the thread. Once Stop returns, interrupt
// is not called any more, so a runtime can be reused safely.
func (w *Watch) Stop() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.clock == nil {
		return // stopped before
	}
	w.over = true
	w.timer.Stop()
	w.clock.close()
	w.clock = nil
	runtime.UnlockOSThread()
}

// look reads the clocks and interrupts the run or looks again later.
func (w *Watch) look() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.over {
		return
	}
	wallLeft := time.Until(w.deadline)
	next := wallLeft
	if used, ok := w.clock.now(); ok && w.hasClock {
		cpuLeft := w.limit - used
		if cpuLeft <= 0 {
			w.over = true
			w.interrupt(CPU)
			return
		}
		next = min(max(cpuLeft, Poll), wallLeft)
	}
	if wallLeft <= 0 {
		w.over = true
		w.interrupt(Wall)
		return
	}
	w.timer.Reset(next)
}
