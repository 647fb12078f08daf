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
		{file: "locker-ja.jpg", want: []string{"ウイルスに感染しています", "サポート", "0120-000-000", "ロックされました", "Windows"}},
		{file: "warning-en.jpg", want: []string{"Microsoft", "Your computer has been locked", "Call Microsoft Support", "1-800-555-0100", "Trojan spyware"}},
		{file: "game.jpg", want: []string{"SCORE 12450", "LEVEL 7", "Press SPACE"}, wantNot: []string{"ウイルス", "Microsoft", "locked"}},
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
		r.slots <- struct{}{} // another reading holds the only slot
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
