// Package unpack runs a page's inline scripts in a goja sandbox with a fake,
// inert browser, and returns what they write: kits hide their warning text
// and phone number behind document.write(unescape(…)), eval(atob(…)),
// char-code shifting and values taken from the URL. Nothing the scripts do
// leaves the sandbox: there is no network, no file system, no require.
//
// Bounds (docs/unpack.md): 50 ms of script time per page, 1 MiB of written
// output, strings and arrays capped before they are built, a call depth of
// 200, timers run at most 50 times, and a heap watchdog that stops the run
// if the Go heap grows by more than 64 MiB.
package unpack

import (
	"errors"
	"fmt"
	"net/url"
	"runtime/metrics"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/alertguard/alertguard/internal/judging/cpubudget"
)

// Limits.
const (
	Budget       = 50 * time.Millisecond
	MaxOutput    = 1 << 20
	MaxString    = 4 << 20 // longest string repeat/join/concat helpers may build
	MaxArray     = 1 << 20
	MaxStack     = 200
	MaxTimerRuns = 50
	MaxFrames    = 16        // srcdoc documents kept
	MaxSource    = 512 << 10 // total script source run per page
	HeapGrowth   = 64 << 20
)

// ErrBudget, ErrHeap and ErrOutput say why a run was cut short; the output
// gathered until then is still returned.
var (
	ErrBudget = errors.New("unpacking ran past its time budget")
	// ErrWall is ErrBudget reached by the wall-clock ceiling before the
	// CPU budget: a machine too busy to run the scripts, so what they
	// wrote depends on the load (tools/detect counts such pages).
	ErrWall  = fmt.Errorf("%w: the wall-clock ceiling passed first", ErrBudget)
	ErrHeap  = errors.New("unpacking used too much memory")
	ErrStack = fmt.Errorf("unpacking went deeper than %d calls", MaxStack)
)

// Result is what the scripts wrote.
type Result struct {
	HTML string // document.write, innerHTML, insertAdjacentHTML, outerHTML, an iframe's srcdoc
	Text string // textContent, innerText, value, alert text
	// Code is the source the scripts built and ran: what eval, the
	// Function constructor and string timers were given. A loader that
	// joins a string array into a click handler hides its clipboard
	// command there, and the page's other readers see only the pieces.
	Code string
	// Frames are the documents scripts gave iframes as srcdoc: the page
	// shows them as frames, as it would a srcdoc written in the markup.
	Frames []string
	Err    error // why the run stopped early, if it did
}

// Run executes scripts in order in a fresh runtime, as a desktop Windows
// Chrome at pageURL would.
func Run(scripts []string, pageURL string) Result {
	rt := goja.New()
	rt.SetMaxCallStackSize(MaxStack)
	b := &browser{rt: rt}
	if err := b.install(pageURL); err != nil {
		return Result{Err: fmt.Errorf("preparing the sandbox: %w", err)}
	}
	stop := watch(rt)
	defer stop()
	total := 0
	for _, src := range scripts {
		if total += len(src); total > MaxSource {
			break
		}
		if err := b.run(src); err != nil && isFatal(err) {
			return b.result(cause(err))
		}
	}
	b.runTimers()
	return b.result(nil)
}

// watch interrupts the runtime when the budget is spent or the heap grows
// too much (goja has no memory limit of its own).
func watch(rt *goja.Runtime) func() {
	done := make(chan struct{})
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	// CPU time of this thread, not wall time: a busy PC must not change a verdict.
	budget := cpubudget.Start(Budget, 0, func(r cpubudget.Reason) {
		if r == cpubudget.Wall {
			rt.Interrupt(ErrWall)
			return
		}
		rt.Interrupt(ErrBudget)
	})
	go func() {
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				metrics.Read(sample)
				if sample[0].Value.Uint64() > base+HeapGrowth {
					rt.Interrupt(ErrHeap)
					return
				}
			}
		}
	}()
	return func() { close(done); budget.Stop() }
}

func isFatal(err error) bool {
	var ie *goja.InterruptedError
	var so *goja.StackOverflowError
	return errors.As(err, &ie) || errors.As(err, &so)
}

func cause(err error) error {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		if e, ok := ie.Value().(error); ok {
			return e
		}
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return ErrStack
	}
	return err
}

// browser is the fake window: it records what scripts write and answers
// the questions kits ask (location, navigator, screen).
type browser struct {
	rt     *goja.Runtime
	html   strings.Builder
	text   strings.Builder
	code   strings.Builder
	frames []string
	framed int // bytes in frames
	timers []goja.Callable
	full   bool
}

func (b *browser) result(err error) Result {
	return Result{HTML: b.html.String(), Text: b.text.String(), Code: b.code.String(), Frames: b.frames, Err: err}
}

// room says whether n more bytes fit: everything recorded shares MaxOutput.
func (b *browser) room(n int) bool {
	if b.html.Len()+b.text.Len()+b.code.Len()+b.framed+n > MaxOutput {
		b.full = true
		return false
	}
	return true
}

// write records s.
func (b *browser) write(sb *strings.Builder, s string) {
	if !b.room(len(s)) {
		return
	}
	sb.WriteString(s)
	sb.WriteByte('\n')
}

func (b *browser) run(src string) error {
	_, err := b.rt.RunString(src)
	return err
}

// runTimers runs queued setTimeout/setInterval callbacks a bounded number of times.
func (b *browser) runTimers() {
	for i := 0; i < MaxTimerRuns && len(b.timers) > 0; i++ {
		fn := b.timers[0]
		b.timers = b.timers[1:]
		if _, err := fn(goja.Undefined()); err != nil && isFatal(err) {
			return
		}
	}
}

func (b *browser) install(pageURL string) error {
	rt := b.rt
	g := rt.GlobalObject()
	u, _ := url.Parse(pageURL)
	if u == nil {
		u = &url.URL{}
	}
	set := func(o *goja.Object, k string, v any) {
		if err := o.Set(k, v); err != nil {
			panic(err) // only on programming errors in this file; recovered below
		}
	}
	defer func() { _ = recover() }()
	for _, k := range []string{"require", "module", "exports"} {
		_ = g.Delete(k)
	}
	set(g, "window", g)
	set(g, "self", g)
	set(g, "top", g)
	set(g, "parent", g)
	loc := rt.NewObject()
	for k, v := range map[string]string{"href": pageURL, "search": search(u), "hash": hash(u), "host": u.Host, "hostname": u.Hostname(),
		"pathname": u.Path, "protocol": u.Scheme + ":", "origin": u.Scheme + "://" + u.Host} {
		set(loc, k, v)
	}
	set(loc, "toString", func() string { return pageURL })
	set(loc, "replace", func(string) {})
	set(loc, "assign", func(string) {})
	set(loc, "reload", func() {})
	set(g, "location", loc)
	nav := rt.NewObject()
	set(nav, "userAgent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")
	set(nav, "platform", "Win32")
	set(nav, "language", "ja-JP")
	set(nav, "languages", []string{"ja-JP", "ja", "en-US"})
	set(nav, "vendor", "Google Inc.")
	set(g, "navigator", nav)
	scr := rt.NewObject()
	set(scr, "width", 1920)
	set(scr, "height", 1080)
	set(g, "screen", scr)
	b.document(loc)
	set(g, "atob", b.atob)
	set(g, "btoa", b.btoa)
	set(g, "alert", func(s string) { b.write(&b.text, s) })
	set(g, "confirm", func(s string) bool { b.write(&b.text, s); return true })
	set(g, "prompt", func(s string) string { b.write(&b.text, s); return "" })
	set(g, "__agCode", func(s string) { b.write(&b.code, s) })
	set(g, "setTimeout", b.timer)
	set(g, "setInterval", b.timer)
	for _, k := range []string{"clearTimeout", "clearInterval", "addEventListener", "removeEventListener", "open", "print", "focus", "blur", "scrollTo", "moveTo", "resizeTo", "fetch", "XMLHttpRequest"} {
		set(g, k, func() {})
	}
	return b.caps()
}

// caps replaces the builtins a script can use to allocate gigabytes in one
// call with versions that refuse past the limits.
func (b *browser) caps() error {
	p, err := programs()
	if err != nil {
		return err
	}
	if _, err = b.rt.RunProgram(p.caps); err != nil {
		return err
	}
	_, err = b.rt.RunProgram(p.loaders)
	return err
}

// prepared are the sandbox's own programs, compiled once per process (the
// page's scripts are, necessarily, compiled per page).
type prepared struct{ caps, dom, loaders *goja.Program }

var programs = sync.OnceValues(func() (prepared, error) {
	caps, err := goja.Compile("caps", capsSource, true)
	if err != nil {
		return prepared{}, fmt.Errorf("compiling the caps: %w", err)
	}
	dom, err := goja.Compile("dom", domStub, false)
	if err != nil {
		return prepared{}, fmt.Errorf("compiling the DOM stub: %w", err)
	}
	loaders, err := goja.Compile("loaders", loadersSource, false)
	if err != nil {
		return prepared{}, fmt.Errorf("compiling the loaders: %w", err)
	}
	return prepared{caps: caps, dom: dom, loaders: loaders}, nil
})

// loadersSource records the code a page builds and runs: the body given to
// Function (also reached as a function's constructor) and the string given
// to eval. Both still run; eval runs as an indirect eval (in the global
// scope), which is where loaders run their code. Not strict: it assigns
// eval. The recorder is taken from the global and the global deleted, so
// the page does not see it.
const loadersSource = `(function (rec) {
  var F = Function, E = eval;
  var W = function () {
    if (arguments.length) rec(String(arguments[arguments.length - 1]));
    return F.apply(this, arguments);
  };
  W.prototype = F.prototype;
  Object.defineProperty(F.prototype, 'constructor', { value: W, writable: true, configurable: true });
  Function = W;
  eval = function (s) { if (typeof s === 'string') rec(s); return E(s); };
})(__agCode);
delete __agCode;`

var capsSource = fmt.Sprintf(`(function () {
  var MAXS = %d, MAXA = %d;
  var rep = String.prototype.repeat;
  Object.defineProperty(String.prototype, 'repeat', { value: function (n) {
    if (this.length * n > MAXS) throw new RangeError('AlertGuard: string too long');
    return rep.call(this, n);
  }, writable: true, configurable: true });
  var padS = String.prototype.padStart, padE = String.prototype.padEnd;
  String.prototype.padStart = function (n, f) { if (n > MAXS) throw new RangeError('AlertGuard: string too long'); return padS.call(this, n, f); };
  String.prototype.padEnd = function (n, f) { if (n > MAXS) throw new RangeError('AlertGuard: string too long'); return padE.call(this, n, f); };
  var join = Array.prototype.join;
  Array.prototype.join = function (sep) {
    if (this.length > MAXA) throw new RangeError('AlertGuard: array too long');
    return join.call(this, sep);
  };
  var fill = Array.prototype.fill;
  Array.prototype.fill = function () { if (this.length > MAXA) throw new RangeError('AlertGuard: array too long'); return fill.apply(this, arguments); };
  var A = Array;
  var Capped = function (n) {
    if (arguments.length === 1 && typeof n === 'number' && n > MAXA) throw new RangeError('AlertGuard: array too long');
    return A.apply(this, arguments);
  };
  Capped.prototype = A.prototype; Capped.isArray = A.isArray; Capped.from = A.from; Capped.of = A.of;
  Array = Capped;
})();`, MaxString, MaxArray)

func (b *browser) timer(call goja.FunctionCall) goja.Value {
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		// setTimeout("code", ms): a string is evaluated, like eval.
		src := call.Argument(0).String()
		b.write(&b.code, src)
		fn = func(goja.Value, ...goja.Value) (goja.Value, error) { return b.rt.RunString(src) }
	}
	if len(b.timers) < MaxTimerRuns {
		b.timers = append(b.timers, fn)
	}
	return b.rt.ToValue(len(b.timers))
}

func search(u *url.URL) string {
	if u.RawQuery == "" {
		return ""
	}
	return "?" + u.RawQuery
}

func hash(u *url.URL) string {
	if u.Fragment == "" {
		return ""
	}
	return "#" + u.EscapedFragment()
}
