// Package ocr reads the text in a picture of a page (docs/ocr.md): a
// canvas-drawn locker or a page that is one big image says its alarm in
// pixels the DOM does not hold. Tesseract runs as a separate program, so
// the host stays pure Go and cross-compiles; when it is missing, too slow
// or fails, Read says so and the caller judges the page without it.
package ocr

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Defaults: the settings measured in docs/performance.md ("Reading
// screenshots").
const (
	DefaultLang = "jpn" // reads Japanese and the Latin letters and digits of English alerts
	// DefaultTimeout bounds one reading, waiting for a free slot included:
	// 0.1–0.3 s of a warm Tesseract is usual here (0.45 s when it starts),
	// a busy or old PC may take four times that, and the verdict must still come inside the 3 s a held
	// clipboard write waits (4 s for full screen; docs/extension.md).
	DefaultTimeout = 2 * time.Second
	// DefaultSlots is how many Tesseracts run at once (one core each).
	DefaultSlots = 2
	// MaxText bounds the text kept from one picture.
	MaxText = 16 << 10
)

// Errors the caller turns into the judgement's note.
var (
	ErrUnavailable = errors.New("no OCR program (Tesseract) on this computer")
	ErrTimeout     = errors.New("reading the picture took too long")
)

// Options configure a Reader; zero values are the defaults.
type Options struct {
	Path        string // the tesseract program; "" = look for it (Find); a path that is not there = none
	TessdataDir string // its language data, when not its own default
	Lang        string
	Timeout     time.Duration
	Slots       int
	Remember    int // readings kept for a picture sent again; 0 = DefaultRemember, < 0 = none (bench)
}

// Reader runs Tesseract on pictures, at most Slots at once. It is safe
// for concurrent use.
type Reader struct {
	path, tessdata, lang string
	timeout              time.Duration
	workers              chan *worker // a free slot is a worker taken from here
	recent               *recent
	warmOnce             sync.Once
	warmOK               bool // Tesseract reads a stream of pictures (≥ 4.1)
}

// New makes a Reader. A Reader without a program is valid: its Read
// returns ErrUnavailable.
func New(o Options) *Reader {
	r := &Reader{path: o.Path, tessdata: o.TessdataDir, lang: o.Lang, timeout: o.Timeout}
	switch {
	case r.path == "":
		r.path, r.tessdata = Find(r.tessdata)
	case !isFile(r.path):
		r.path = "" // named but not there: unavailable, said so on every Read
	}
	if r.lang == "" {
		r.lang = DefaultLang
	}
	if r.timeout <= 0 {
		r.timeout = DefaultTimeout
	}
	slots := o.Slots
	if slots <= 0 {
		slots = DefaultSlots
	}
	r.workers = make(chan *worker, slots)
	for i := 0; i < slots; i++ {
		r.workers <- &worker{r: r}
	}
	remember := o.Remember
	if remember == 0 {
		remember = DefaultRemember
	}
	r.recent = newRecent(remember)
	return r
}

// Available says whether a program was found.
func (r *Reader) Available() bool { return r.path != "" }

// Program is the tesseract program in use ("" when none).
func (r *Reader) Program() string { return r.path }

// Timeout is the bound on one reading.
func (r *Reader) Timeout() time.Duration { return r.timeout }

// Result is one reading: the text and what it cost.
type Result struct {
	Text string
	Wall time.Duration // from the call to the text, waiting included
	CPU  time.Duration // Tesseract's user and system time
	// Remembered: the same picture was read a moment ago; its text again.
	Remembered bool
}

// Read returns the text in a JPEG or PNG picture, within the Reader's
// timeout and ctx.
func (r *Reader) Read(ctx context.Context, img []byte) (Result, error) {
	start := time.Now()
	if r.path == "" {
		return Result{}, ErrUnavailable
	}
	key := sha256.Sum256(img)
	if text, ok := r.recent.get(key); ok {
		return Result{Text: text, Wall: time.Since(start), Remembered: true}, nil
	}
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	var w *worker
	select {
	case w = <-r.workers:
		defer func() { r.workers <- w }()
	case <-ctx.Done():
		return Result{Wall: time.Since(start)}, fmt.Errorf("%w (%v, waiting for a free slot)", ErrTimeout, r.timeout)
	}
	pics, err := PrepareBands(img)
	if err != nil {
		return Result{Wall: time.Since(start)}, err
	}
	if ctx.Err() != nil { // no Tesseract started for a reading already given up
		return Result{Wall: time.Since(start)}, fmt.Errorf("%w (%v)", ErrTimeout, r.timeout)
	}
	// A second slot, if one is free now, reads the second band at once;
	// else the same slot reads both in turn (the text is the same either
	// way: the bands do not depend on the load).
	var w2 *worker
	if len(pics) == 2 {
		select {
		case w2 = <-r.workers:
			defer func() { r.workers <- w2 }()
		default:
		}
	}
	out, cpu, err := r.readBands(ctx, w, w2, pics)
	res := Result{Text: Clean(out), Wall: time.Since(start), CPU: cpu}
	if ctx.Err() != nil {
		return res, fmt.Errorf("%w (%v)", ErrTimeout, r.timeout)
	}
	if err == nil {
		r.recent.put(key, res.Text)
	}
	return res, err
}

// readBands reads one or two bands, the second on w2 at the same time
// when there is a w2, and joins their text top to bottom. A band that
// fails fails the reading.
func (r *Reader) readBands(ctx context.Context, w, w2 *worker, pics [][]byte) (string, time.Duration, error) {
	if len(pics) == 1 {
		return r.readOne(ctx, w, pics[0])
	}
	type answer struct {
		text string
		cpu  time.Duration
		err  error
	}
	second := make(chan answer, 1)
	if w2 != nil {
		go func() {
			text, cpu, err := r.readOne(ctx, w2, pics[1])
			second <- answer{text, cpu, err}
		}()
	}
	text, cpu, err := r.readOne(ctx, w, pics[0])
	var b answer
	if w2 != nil {
		b = <-second
	} else if err == nil {
		b.text, b.cpu, b.err = r.readOne(ctx, w, pics[1])
	}
	cpu += b.cpu
	if err == nil {
		err = b.err
	}
	if err != nil {
		return "", cpu, err
	}
	return text + "\n" + b.text, cpu, nil
}

// readOne reads one BMP on w's warm Tesseract, or on one started for it
// when this Tesseract cannot stay warm.
func (r *Reader) readOne(ctx context.Context, w *worker, pic []byte) (string, time.Duration, error) {
	if r.canStayWarm() {
		return w.read(ctx, pic)
	}
	return r.run(ctx, pic)
}

// Close stops the warm Tesseracts (they also stop by themselves when the
// host exits: their stdin closes). The Reader may be used again after.
func (r *Reader) Close() {
	ws := make([]*worker, 0, cap(r.workers))
	for range cap(r.workers) {
		w := <-r.workers
		w.mu.Lock()
		w.stopLocked()
		w.mu.Unlock()
		ws = append(ws, w)
	}
	for _, w := range ws {
		r.workers <- w
	}
}

// canStayWarm says, once, whether this Tesseract can be kept running
// between pictures: the page separator that ends each picture's text came
// with Tesseract 4.1 (2019). An older one, or one whose version cannot be
// told, is started for every picture as before.
func (r *Reader) canStayWarm() bool {
	r.warmOnce.Do(func() {
		// Not the reading's context: a cancelled reading must not decide this.
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, r.path, "--version")
		out := &capped{max: 4096}
		cmd.Stdout, cmd.Stderr = out, out
		hideWindow(cmd)
		if cmd.Run() != nil {
			return
		}
		r.warmOK = streams(out.String())
	})
	return r.warmOK
}

// versionRE finds Tesseract's version in `tesseract --version`.
var versionRE = regexp.MustCompile(`(?m)^tesseract v?(\d+)\.(\d+)`)

// streams says whether `tesseract --version`'s words name a version that
// separates pages (4.1 or later).
func streams(version string) bool {
	m := versionRE.FindStringSubmatch(version)
	if m == nil {
		return false
	}
	major, _ := strconv.Atoi(m[1])
	minor, _ := strconv.Atoi(m[2])
	return major > 4 || major == 4 && minor >= 1
}

// run feeds the BMP to Tesseract on stdin and reads the text on stdout.
func (r *Reader) run(ctx context.Context, pic []byte) (string, time.Duration, error) {
	args := []string{"stdin", "stdout", "-l", r.lang, "--psm", "3"}
	if r.tessdata != "" {
		args = append(args, "--tessdata-dir", r.tessdata)
	}
	cmd := exec.CommandContext(ctx, r.path, args...)
	// One thread: Tesseract's OpenMP threads only fight the other slot
	// and the browser for the same cores.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.Stdin = bytes.NewReader(pic)
	stdout, stderr := &capped{max: 4 * MaxText}, &capped{max: 2048}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.WaitDelay = 200 * time.Millisecond
	hideWindow(cmd)
	err := cmd.Run()
	var cpu time.Duration
	if cmd.ProcessState != nil {
		cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if err != nil {
		return "", cpu, fmt.Errorf("tesseract: %w: %s", err, firstLines(stderr.String()))
	}
	return stdout.String(), cpu, nil
}

// capped keeps the first max bytes written and drops the rest, so a
// runaway program cannot grow the host's memory.
type capped struct {
	bytes.Buffer
	max int
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - c.Len(); room > 0 {
		c.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// firstLines is the gist of Tesseract's complaint, for the note.
func firstLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[:min(len(lines), 2)], " / ")
}

// Clean tidies what Tesseract wrote: lines trimmed, runs of blanks one
// space, no space between two Japanese characters (Tesseract sometimes
// puts one there, which would split a word the lexicons look for), no
// empty lines, at most MaxText bytes.
func Clean(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		line = cleanLine(line)
		if line == "" {
			continue
		}
		if b.Len()+len(line)+1 > MaxText {
			break
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func cleanLine(line string) string {
	rs := []rune(strings.Join(strings.Fields(line), " "))
	out := rs[:0]
	for i, c := range rs {
		if c == ' ' && i > 0 && i+1 < len(rs) && japanese(rs[i-1]) && japanese(rs[i+1]) {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

func japanese(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー' || (r >= 0x3000 && r <= 0x303F)
}
