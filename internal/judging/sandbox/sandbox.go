// Package sandbox runs JavaScript with goja under a time budget and a call
// depth limit, with no require, no filesystem and no network (goja has none
// unless a host adds them; this package adds nothing but the given globals).
// Runtimes are pooled; one that was interrupted or failed is thrown away,
// so no state leaks from one run to the next.
package sandbox

import (
	"errors"
	"fmt"
	"time"

	"github.com/dop251/goja"

	"github.com/alertguard/alertguard/internal/judging/cpubudget"
)

// Defaults, documented in docs/signatures.md.
const (
	DefaultBudget   = 20 * time.Millisecond
	DefaultMaxStack = 256
	DefaultPoolSize = 4
	MaxSourceBytes  = 16 << 10 // a signature condition is a short expression
)

// ErrBudget is returned when a program runs past its time budget.
var ErrBudget = errors.New("script ran past its time budget")

// Pool hands out runtimes.
type Pool struct {
	free     chan *goja.Runtime
	budget   time.Duration
	maxStack int
}

// New makes a pool of up to size idle runtimes.
func New(size int, budget time.Duration) *Pool {
	if size <= 0 {
		size = DefaultPoolSize
	}
	if budget <= 0 {
		budget = DefaultBudget
	}
	return &Pool{free: make(chan *goja.Runtime, size), budget: budget, maxStack: DefaultMaxStack}
}

// Compile checks and compiles a program once, so each run only executes.
func Compile(name, src string) (*goja.Program, error) {
	if len(src) > MaxSourceBytes {
		return nil, fmt.Errorf("%s: program of %d bytes is over the %d-byte limit", name, len(src), MaxSourceBytes)
	}
	prog, err := goja.Compile(name, src, true)
	if err != nil {
		return nil, fmt.Errorf("compiling %s: %w", name, err)
	}
	return prog, nil
}

func (p *Pool) get() *goja.Runtime {
	select {
	case rt := <-p.free:
		return rt
	default:
		rt := goja.New()
		rt.SetMaxCallStackSize(p.maxStack)
		rt.SetFieldNameMapper(goja.TagFieldNameMapper("json", true))
		return rt
	}
}

func (p *Pool) put(rt *goja.Runtime) {
	select {
	case p.free <- rt:
	default:
	}
}

// Run executes prog with one global, name = value (nil: none), and returns
// its value as a Go value (exported). The global is removed again before the
// runtime is reused. Struct fields are seen under their json names.
func (p *Pool) Run(prog *goja.Program, name string, value any) (any, error) {
	rt := p.get()
	if value != nil {
		if err := rt.Set(name, value); err != nil {
			return nil, fmt.Errorf("setting %s: %w", name, err)
		}
	}
	// CPU time of this thread, not wall time: a busy PC must not change a verdict.
	watch := cpubudget.Start(p.budget, 0, func(cpubudget.Reason) { rt.Interrupt(ErrBudget) })
	v, err := rt.RunProgram(prog)
	watch.Stop()
	if err != nil {
		var ie *goja.InterruptedError
		if errors.As(err, &ie) {
			return nil, fmt.Errorf("running script: %w", ErrBudget)
		}
		var so *goja.StackOverflowError
		if errors.As(err, &so) {
			return nil, fmt.Errorf("running script: call stack deeper than %d", p.maxStack)
		}
		return nil, fmt.Errorf("running script: %w", err)
	}
	rt.ClearInterrupt()
	if value != nil {
		_ = rt.GlobalObject().Delete(name)
	}
	out := v.Export()
	p.put(rt)
	return out, nil
}
