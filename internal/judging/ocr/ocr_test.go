package ocr

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// testTimeout is generous: the test machines are shared and busy, and
// tests assert what was read, never how fast (benchmarks measure that).
const testTimeout = 2 * time.Minute

// reader is the real Tesseract, or a skip saying why there is none; in CI
// (CI or ALERTGUARD_REQUIRE_OCR set: .ci/run sets the second) its absence
// fails: .ci/run installs it, and a golden test that skips there proves
// nothing.
func reader(t testing.TB) *Reader {
	t.Helper()
	r := New(Options{Timeout: testTimeout})
	t.Cleanup(r.Close)
	if !r.Available() {
		if os.Getenv("CI") != "" || os.Getenv("ALERTGUARD_REQUIRE_OCR") != "" {
			t.Fatal("tesseract is missing in CI: .ci/run must install tesseract-ocr and tesseract-ocr-jpn")
		}
		t.Skip("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-jpn): OCR tests skipped")
	}
	return r
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestReadGolden: the words a person sees in each test picture
// (testdata/pages/*.html, screenshots of 1280×800 headless Chromium) are
// the words OCR reads.
func TestReadGolden(t *testing.T) {
	r := reader(t)
	tests := []struct {
		file    string
		want    []string
		wantNot []string
	}{
		{file: "locker-ja.jpg", want: []string{"ウイルスに感染しています", "サポート", "0120-000-000", "ロックされました", "Windows", "個人情報", "閉じないでください", "今すぐお電話ください", "通話無料"}},
		{file: "warning-en.jpg", want: []string{"Microsoft", "Your computer has been locked", "Call Microsoft Support", "1-800-555-0100", "Trojan spyware", "Do not close", "Toll free"}},
		{file: "game.jpg", want: []string{"SCORE 12450", "LEVEL 7", "Press SPACE"}, wantNot: []string{"ウイルス", "Microsoft", "locked"}},
		{file: "support-ja.jpg", want: []string{"Microsoft", "トロイの木馬に感染しています", "パスワード", "サポート窓口 050-0000-0123", "24時間対応", "個人情報", "電源を切らずに", "お電話くだ", "通話無料"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res, err := r.Read(context.Background(), readFile(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("%q not read in:\n%s", w, res.Text)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(res.Text, w) {
					t.Errorf("%q read, but the picture does not say it:\n%s", w, res.Text)
				}
			}
			if res.CPU <= 0 {
				t.Errorf("Tesseract's CPU time not measured: %+v", res)
			}
		})
	}
}

// TestReadFailures: every way a reading fails is an error the judgement
// can name, never an empty text that looks like a blank picture.
func TestReadFailures(t *testing.T) {
	jpg := readFile(t, "game.jpg")
	t.Run("no program", func(t *testing.T) {
		r := New(Options{Path: filepath.Join(t.TempDir(), "tesseract")})
		if r.Available() {
			t.Fatal("a program that is not there is available")
		}
		if _, err := r.Read(context.Background(), jpg); !errors.Is(err, ErrUnavailable) {
			t.Errorf("err = %v, want ErrUnavailable", err)
		}
	})
	r := reader(t)
	t.Run("deadline", func(t *testing.T) {
		r := New(Options{Path: r.Program(), Timeout: time.Nanosecond})
		if _, err := r.Read(context.Background(), jpg); !errors.Is(err, ErrTimeout) {
			t.Errorf("err = %v, want ErrTimeout", err)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := r.Read(ctx, jpg); !errors.Is(err, ErrTimeout) {
			t.Errorf("err = %v, want ErrTimeout", err)
		}
	})
	t.Run("slots taken", func(t *testing.T) {
		r := New(Options{Path: r.Program(), Timeout: 50 * time.Millisecond, Slots: 1})
		<-r.workers // another reading holds the only slot
		_, err := r.Read(context.Background(), jpg)
		if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "free slot") {
			t.Errorf("err = %v, want ErrTimeout waiting for a slot", err)
		}
	})
	t.Run("not a picture", func(t *testing.T) {
		_, err := r.Read(context.Background(), []byte("<html>not a picture</html>"))
		if err == nil || errors.Is(err, ErrTimeout) || errors.Is(err, ErrUnavailable) {
			t.Errorf("err = %v, want a picture error", err)
		}
	})
	t.Run("missing language", func(t *testing.T) {
		r := New(Options{Path: r.Program(), Lang: "xxx", Timeout: testTimeout})
		_, err := r.Read(context.Background(), jpg)
		if err == nil || !strings.Contains(err.Error(), "xxx") {
			t.Errorf("err = %v, want Tesseract's word on the missing language", err)
		}
	})
}

// TestReadRemembers: a picture sent again is not read again; a Reader
// told to remember nothing reads every time.
func TestReadRemembers(t *testing.T) {
	r := reader(t)
	jpg := readFile(t, "game.jpg")
	first, err := r.Read(context.Background(), jpg)
	if err != nil || first.Remembered {
		t.Fatalf("first reading: %+v, %v", first, err)
	}
	again, err := r.Read(context.Background(), jpg)
	if err != nil || !again.Remembered || again.Text != first.Text || again.CPU != 0 {
		t.Errorf("second reading of the same picture: %+v, %v", again, err)
	}
	forgetful := New(Options{Path: r.Program(), Timeout: testTimeout, Remember: -1})
	for i := 0; i < 2; i++ {
		if res, err := forgetful.Read(context.Background(), jpg); err != nil || res.Remembered {
			t.Errorf("reading %d without memory: %+v, %v", i, res, err)
		}
	}
}

// TestWarm: one Tesseract reads picture after picture, each text its own
// picture's (a page read out of turn would give the locker's words to the
// game); a Tesseract killed between pictures is replaced; Close stops it.
func TestWarm(t *testing.T) {
	r := New(Options{Path: reader(t).Program(), Timeout: testTimeout, Slots: 1, Remember: -1})
	t.Cleanup(r.Close)
	if !r.canStayWarm() {
		t.Skip("this Tesseract is older than 4.1: every picture starts its own")
	}
	word := map[string]string{"locker-ja.jpg": "ウイルスに感染しています", "game.jpg": "SCORE 12450", "warning-en.jpg": "1-800-555-0100"}
	pid := func() int {
		w := <-r.workers
		defer func() { r.workers <- w }()
		w.mu.Lock()
		defer w.mu.Unlock()
		if w.proc == nil {
			return 0
		}
		return w.proc.cmd.Process.Pid
	}
	var first int
	for i, name := range []string{"locker-ja.jpg", "game.jpg", "warning-en.jpg", "game.jpg", "locker-ja.jpg"} {
		res, err := r.Read(context.Background(), readFile(t, name))
		if err != nil {
			t.Fatalf("%d %s: %v", i, name, err)
		}
		for other, w := range word {
			if got := strings.Contains(res.Text, w); got != (other == name) {
				t.Errorf("%d %s: %q read: %v, in:\n%s", i, name, w, got, res.Text)
			}
		}
		if i == 0 {
			first = pid()
		} else if p := pid(); p != first {
			t.Errorf("%d %s: read by process %d, not the warm %d", i, name, p, first)
		}
	}
	if first == 0 {
		t.Fatal("no warm process")
	}
	if p, err := os.FindProcess(first); err == nil {
		p.Kill()
	}
	res, err := r.Read(context.Background(), readFile(t, "game.jpg"))
	if err == nil && !strings.Contains(res.Text, "SCORE 12450") {
		t.Errorf("after the kill: %q", res.Text)
	}
	if res, err := r.Read(context.Background(), readFile(t, "game.jpg")); err != nil || !strings.Contains(res.Text, "SCORE 12450") {
		t.Errorf("a killed Tesseract was not replaced: %q, %v", res.Text, err)
	}
	if pid() == first {
		t.Error("still the killed process")
	}
	r.Close()
	if pid() != 0 {
		t.Error("Close left a Tesseract running")
	}
}

// TestReadStartedPerPicture: a Tesseract too old to stay warm is given the
// picture on stdin; it reads the same BMP.
func TestReadStartedPerPicture(t *testing.T) {
	r := reader(t)
	pic, err := Prepare(readFile(t, "game.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	out, cpu, err := r.run(context.Background(), pic)
	if err != nil {
		t.Fatal(err)
	}
	if text := Clean(out); !strings.Contains(text, "SCORE 12450") || !strings.Contains(text, "Press SPACE") {
		t.Errorf("read from stdin: %q", text)
	}
	if cpu <= 0 {
		t.Error("Tesseract's CPU time not measured")
	}
}

func TestStreams(t *testing.T) {
	tests := []struct {
		version string
		want    bool
	}{
		{"tesseract 5.3.0\n leptonica-1.82.0\n", true},
		{"tesseract v5.4.0.20240606\n leptonica-1.84.1", true},
		{"tesseract 4.1.1\n", true},
		{"tesseract 4.0.0\n", false},
		{"tesseract 3.05.02\n", false},
		{"Usage: tesseract", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := streams(tt.version); got != tt.want {
			t.Errorf("streams(%q) = %v, want %v", tt.version, got, tt.want)
		}
	}
}

func TestRecentForgetsTheOldest(t *testing.T) {
	c := newRecent(2)
	k := func(b byte) [32]byte { return [32]byte{b} }
	c.put(k(1), "one")
	c.put(k(2), "two")
	c.put(k(2), "two again") // kept once, not moved
	c.put(k(3), "three")
	if _, ok := c.get(k(1)); ok {
		t.Error("the oldest reading was kept past the bound")
	}
	for b, want := range map[byte]string{2: "two", 3: "three"} {
		if got, ok := c.get(k(b)); !ok || got != want {
			t.Errorf("get(%d) = %q, %v", b, got, ok)
		}
	}
	if len(c.order) != 2 || len(c.texts) != 2 {
		t.Errorf("%d in order, %d texts", len(c.order), len(c.texts))
	}
	if _, ok := newRecent(-1).get(k(1)); ok {
		t.Error("a memory of nothing remembered")
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"\n\n  \n", ""},
		{"  Your   computer\thas been locked  \n\n", "Your computer has been locked"},
		{"ウ イ ル ス に 感 染\n", "ウイルスに感染"},
		{"サポート 0120-000-000", "サポート 0120-000-000"},
		{"Windows セキュリティ 警告", "Windows セキュリティ警告"},
		{"閉じない。 閉じ", "閉じない。閉じ"},
		{"a\n\nb", "a\nb"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := strings.Repeat(strings.Repeat("x", 99)+"\n", 1000)
	if got := Clean(long); len(got) > MaxText || len(got) < MaxText-100 {
		t.Errorf("Clean kept %d bytes of %d, want at most %d", len(got), len(long), MaxText)
	}
}

// BenchmarkRead is one screenshot read, end to end (decode, grey, shrink,
// Tesseract); cpu-ms/op is Tesseract's own CPU time, steadier than the
// wall time on a shared machine. docs/performance.md has the results.
func BenchmarkRead(b *testing.B) {
	r := New(Options{Path: reader(b).Program(), Timeout: testTimeout, Remember: -1}) // every picture read for real
	b.Cleanup(r.Close)
	for _, name := range []string{"locker-ja.jpg", "warning-en.jpg", "game.jpg"} {
		data := readFile(b, name)
		b.Run(strings.TrimSuffix(name, ".jpg"), func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				res, err := r.Read(context.Background(), data)
				if err != nil {
					b.Fatal(err)
				}
				cpu += res.CPU
			}
			b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}
