package cpubudget

import (
	"errors"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// outcome is what a run ended with: 0 (finished) or the Reason it was cut.
type outcome Reason

// run executes src in a fresh runtime under the given budget and ceiling,
// on the calling goroutine, as the sandbox and unpack packages do.
func run(t *testing.T, src string, budget, ceiling time.Duration) outcome {
	t.Helper()
	rt := goja.New()
	var why Reason
	w := Start(budget, ceiling, func(r Reason) { why = r; rt.Interrupt("budget") })
	_, err := rt.RunString(src)
	w.Stop() // after Stop, why is no longer written
	var ie *goja.InterruptedError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ie):
		return outcome(why)
	default:
		t.Fatalf("running %q: %v", src, err)
		return 0
	}
}

const (
	endless = `for (;;) {}`
	finite  = `var s = 0; for (var i = 0; i < 30000; i++) { s += i % 7 } s`
)

func needClock(t *testing.T) {
	if !Supported() {
		t.Skip("no thread CPU clock on " + runtime.GOOS + ": budgets are wall time here")
	}
}

// An endless loop is stopped by its CPU time, long before a far ceiling.
func TestEndlessLoopStopsOnCPU(t *testing.T) {
	needClock(t)
	if got := run(t, endless, 20*time.Millisecond, time.Hour); got != outcome(CPU) {
		t.Fatalf("endless loop ended with %v, want cut on cpu", Reason(got))
	}
}

// A thread that uses no CPU (it waits) is not cut by the CPU budget: only
// the wall-clock ceiling ends its wait.
func TestWaitingIsCutOnlyByCeiling(t *testing.T) {
	needClock(t)
	reasons := make(chan Reason, 1)
	w := Start(time.Millisecond, 100*time.Millisecond, func(r Reason) { reasons <- r })
	got := <-reasons
	w.Stop()
	if got != Wall {
		t.Fatalf("a waiting thread was cut on %v, want the wall ceiling", got)
	}
}

// A run that ends before either bound is never interrupted, and Stop may be
// called twice.
func TestStopBeforeAnyBound(t *testing.T) {
	called := make(chan Reason, 1)
	w := Start(time.Hour, time.Hour, func(r Reason) { called <- r })
	w.Stop()
	w.Stop() // twice is harmless
	select {
	case r := <-called:
		t.Fatalf("interrupt called (%v) for a run that ended at once", r)
	default:
	}
}

// threadCPU is the CPU time the calling goroutine's thread uses to run src.
func threadCPU(t *testing.T, src string) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	c := threadClock()
	defer c.close()
	before, _ := c.now()
	if _, err := goja.New().RunString(src); err != nil {
		t.Fatal(err)
	}
	after, _ := c.now()
	return after - before
}

// hog keeps every P busy (twice over) until stop is called.
func hog() (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range 2 * runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				for i := 0; i < 1e5; i++ {
				}
			}
		}()
	}
	return func() { close(done); wg.Wait() }
}

// A busy machine does not change a run's outcome. The finite script's
// budget is four times what it costs on this machine: under the hog its
// wall time is several times its CPU time and the process's CPU time more
// than four times, so a wall-clock or process-wide budget would cut it.
func TestSameOutcomeUnderLoad(t *testing.T) {
	needClock(t)
	budget := max(4*threadCPU(t, finite), 20*time.Millisecond)
	for _, tc := range []struct {
		name, src string
		want      outcome
	}{
		{"finite", finite, 0},
		{"endless", endless, outcome(CPU)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			idle := run(t, tc.src, budget, time.Minute)
			stop := hog()
			busy := run(t, tc.src, budget, time.Minute)
			stop()
			if idle != tc.want || busy != tc.want {
				t.Fatalf("budget %v: idle %v, busy %v; want %v for both", budget, Reason(idle), Reason(busy), Reason(tc.want))
			}
		})
	}
}

// The fixed cost a budget adds to every run (docs/performance.md), beside
// the wall-clock timer it replaced.
func BenchmarkStartStop(b *testing.B) {
	for b.Loop() {
		Start(time.Second, 0, func(Reason) {}).Stop()
	}
}

func BenchmarkAfterFunc(b *testing.B) {
	for b.Loop() {
		time.AfterFunc(time.Second, func() {}).Stop()
	}
}
