package ocr

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// A warm Tesseract: one process per slot, kept running between pictures,
// so the 100–190 ms Tesseract spends starting and loading the Japanese
// model is paid once, not for every screenshot (docs/ocr.md, "A Tesseract
// kept warm"). Tesseract reads picture file names from stdin one line at a
// time (stream_filelist) and writes each page's text to stdout, a form
// feed (its page_separator) before every page but the first. A page's end
// is known when the next page's separator comes, so every picture is
// followed by a blank 8×8 page: its separator ends the picture's text at
// once and its own text is empty.

const (
	// IdleTimeout: a warm Tesseract unused this long is stopped, so its
	// memory (≈ 60 MB) is not held all day for pages that send no picture.
	IdleTimeout = 5 * time.Minute
	// maxPages: a warm Tesseract is replaced after this many pictures, so
	// nothing it accumulates can grow without bound.
	maxPages = 200
	// separator is Tesseract's page separator (its default, said again).
	separator = '\f'
)

// blankBMP is the 8×8 white page that ends each picture's text.
func blankBMP() []byte {
	b := bmpHeader(8, 8, 8)
	copy(b[len(b)-64:], bytes.Repeat([]byte{255}, 64))
	return b
}

// worker is one slot: a warm Tesseract when one is running.
type worker struct {
	r       *Reader
	mu      sync.Mutex
	proc    *warmProc
	idle    *time.Timer
	lastUse time.Time
}

type warmProc struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	out    *bufio.Reader
	stderr *tail
	dir    string
	pages  int // pictures read so far
	exited chan struct{}
}

// read gives pic (a BMP) to the worker's Tesseract, starting one if none
// runs, and returns its text and CPU time. A reading that fails or runs
// out of time stops the process: its state is unknown, the next reading
// starts a fresh one.
func (w *worker) read(ctx context.Context, pic []byte) (string, time.Duration, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.lastUse = time.Now()
	if w.proc == nil || w.proc.pages >= maxPages {
		w.stopLocked()
		p, err := w.r.start()
		if err != nil {
			return "", 0, err
		}
		w.proc = p
	}
	p := w.proc
	type answer struct {
		text string
		cpu  time.Duration
		err  error
	}
	done := make(chan answer, 1)
	go func() {
		before := cpuTime(p.cmd.Process.Pid)
		text, err := p.exchange(pic)
		done <- answer{text, cpuTime(p.cmd.Process.Pid) - before, err}
	}()
	select {
	case a := <-done:
		if a.err != nil {
			err := p.failure(a.err)
			w.stopLocked()
			return "", a.cpu, err
		}
		w.armIdle()
		return a.text, max(a.cpu, 0), nil
	case <-ctx.Done():
		w.stopLocked() // unblocks the exchange
		<-done
		return "", 0, ctx.Err()
	}
}

// armIdle (re)starts the idle timer that stops the process.
func (w *worker) armIdle() {
	if w.idle != nil {
		w.idle.Stop()
	}
	w.idle = time.AfterFunc(IdleTimeout, func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		if time.Since(w.lastUse) >= IdleTimeout {
			w.stopLocked()
		}
	})
}

// stopLocked ends the worker's process, if any, and removes its files.
func (w *worker) stopLocked() {
	if w.idle != nil {
		w.idle.Stop()
		w.idle = nil
	}
	if w.proc == nil {
		return
	}
	w.proc.stop()
	w.proc = nil
}

// start runs a Tesseract that reads file names from stdin.
func (r *Reader) start() (*warmProc, error) {
	dir, err := os.MkdirTemp("", "alertguard-ocr-")
	if err != nil {
		return nil, fmt.Errorf("a folder for the pictures: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "blank.bmp"), blankBMP(), 0o600); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("a folder for the pictures: %w", err)
	}
	// Tesseract runs in that folder and is sent bare file names: a
	// Windows Tesseract opens names in the ANSI code page, and a Japanese
	// user name in the temporary folder's path would not open.
	prog, err := filepath.Abs(r.path)
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("tesseract: %w", err)
	}
	args := []string{"-", "stdout", "-l", r.lang, "--psm", "3", "-c", "stream_filelist=1"}
	if r.tessdata != "" {
		td, err := filepath.Abs(r.tessdata)
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("tesseract's language data: %w", err)
		}
		args = append(args, "--tessdata-dir", td)
	}
	cmd := exec.Command(prog, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("tesseract: %w", err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("tesseract: %w", err)
	}
	p := &warmProc{cmd: cmd, stdin: stdin, out: bufio.NewReader(stdout), stderr: &tail{max: 2048}, dir: dir, exited: make(chan struct{})}
	cmd.Stderr = p.stderr
	hideWindow(cmd)
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("tesseract: %w", err)
	}
	go func() { cmd.Wait(); close(p.exited) }()
	return p, nil
}

// exchange sends one picture and the blank page, and reads the picture's
// text: up to the blank page's separator (and, after the first picture,
// from the picture's own).
func (p *warmProc) exchange(pic []byte) (string, error) {
	name := filepath.Join(p.dir, "page.bmp")
	if err := os.WriteFile(name, pic, 0o600); err != nil {
		return "", fmt.Errorf("writing the picture for tesseract: %w", err)
	}
	if _, err := io.WriteString(p.stdin, "page.bmp\nblank.bmp\n"); err != nil {
		return "", fmt.Errorf("tesseract stopped: %w", err)
	}
	want := 2 // the picture's separator and the blank page's
	if p.pages == 0 {
		want = 1 // the first page has none
	}
	p.pages++
	var text capped
	text.max = 4 * MaxText
	for seen := 0; seen < want; {
		chunk, err := p.out.ReadSlice(separator)
		if len(chunk) > 0 && chunk[len(chunk)-1] == separator {
			seen++
			chunk = chunk[:len(chunk)-1]
		}
		text.Write(chunk)
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return "", fmt.Errorf("tesseract stopped: %w", err)
		}
	}
	return text.String(), nil
}

// failure is a failed exchange's error, with Tesseract's exit status and
// its own words when it stopped.
func (p *warmProc) failure(err error) error {
	select {
	case <-p.exited:
	case <-time.After(200 * time.Millisecond):
		return err
	}
	said := firstLines(p.stderr.complaint())
	if st := p.cmd.ProcessState; st != nil && !st.Success() {
		return fmt.Errorf("tesseract: %s: %s", st, said)
	}
	return fmt.Errorf("%w: %s", err, said)
}

func (p *warmProc) stop() {
	p.stdin.Close()
	if p.cmd.Process != nil {
		p.cmd.Process.Kill()
	}
	<-p.exited
	os.RemoveAll(p.dir)
}

// tail keeps the last max bytes written: a warm Tesseract writes a line or
// two to stderr for every page, and its complaint is the latest.
type tail struct {
	mu  sync.Mutex
	buf []byte
	max int
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if over := len(t.buf) - t.max; over > 0 {
		t.buf = append(t.buf[:0], t.buf[over:]...)
	}
	return len(p), nil
}

// complaint is what was written less the lines Tesseract writes for
// every page ("Page 3 : …", "Estimating resolution as 351").
func (t *tail) complaint() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var keep []string
	for _, line := range strings.Split(string(t.buf), "\n") {
		if strings.HasPrefix(line, "Page ") || strings.HasPrefix(line, "Estimating resolution") || strings.TrimSpace(line) == "" {
			continue
		}
		keep = append(keep, line)
	}
	return strings.Join(keep, "\n")
}
