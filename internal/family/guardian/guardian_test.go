package guardian

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family/config"
)

// cheap keeps the tests fast; the cost settings are stored in each hash.
var cheap = Params{Time: 1, MemoryKiB: 64, Threads: 1}

func TestHashVerify(t *testing.T) {
	h, err := Hash("2580", cheap)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=64,t=1,p=1$") {
		t.Fatalf("hash format: %s", h)
	}
	for _, tc := range []struct {
		pin  string
		want bool
	}{{"2580", true}, {"2581", false}, {"", false}, {"25800", false}} {
		if ok, err := Verify(h, tc.pin); err != nil || ok != tc.want {
			t.Errorf("Verify(%q) = %v, %v; want %v", tc.pin, ok, err, tc.want)
		}
	}
	h2, _ := Hash("2580", cheap)
	if h2 == h {
		t.Error("two hashes of one PIN are equal: the salt is not random")
	}
}

func TestVerifyRejectsDamagedHashes(t *testing.T) {
	for _, h := range []string{
		"", "plain", "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5aw",
		"$argon2id$v=16$m=64,t=1,p=1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5aw",
		"$argon2id$v=19$m=104857600,t=1,p=1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5aw", // 100 GiB
		"$argon2id$v=19$m=64,t=1000,p=1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5aw",
		"$argon2id$v=19$m=64,t=1,p=0$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5aw",
		"$argon2id$v=19$m=64,t=1,p=1$!!$a2V5a2V5a2V5a2V5a2V5aw",
	} {
		if _, err := Verify(h, "1234"); err == nil {
			t.Errorf("Verify accepted %q", h)
		}
	}
}

func TestCheckNew(t *testing.T) {
	for _, tc := range []struct {
		pin string
		ok  bool
	}{{"123", false}, {"1234", true}, {"かぞくのひみつ", true}, {strings.Repeat("9", 65), false}, {"12\n34", false}, {"\xff\xfe12", false}} {
		if err := CheckNew(tc.pin); (err == nil) != tc.ok {
			t.Errorf("CheckNew(%q) = %v", tc.pin, err)
		}
	}
}

func TestDelay(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want time.Duration
	}{{0, 0}, {4, 0}, {5, 30 * time.Second}, {6, time.Minute}, {7, 2 * time.Minute}, {20, time.Hour}, {1000, time.Hour}} {
		if got := Delay(tc.n); got != tc.want {
			t.Errorf("Delay(%d) = %v; want %v", tc.n, got, tc.want)
		}
	}
}

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func newGuard(t *testing.T) (*Guard, *clock) {
	c := &clock{t: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)}
	return &Guard{Store: config.Store{Dir: t.TempDir()}, Params: cheap, Now: c.now}, c
}

func TestGuardFlow(t *testing.T) {
	g, clk := newGuard(t)
	if err := g.Check(""); err != nil {
		t.Fatalf("no PIN set: Check = %v", err)
	}
	if err := g.SetPIN("", "2580"); err != nil {
		t.Fatal(err)
	}
	if err := g.Check(""); !errors.Is(err, ErrPINMissing) {
		t.Fatalf("missing PIN: %v", err)
	}
	if err := g.Check("2580"); err != nil {
		t.Fatalf("right PIN: %v", err)
	}
	if err := g.SetPIN("0000", "1111"); !errors.Is(err, ErrWrongPIN) {
		t.Fatalf("changing with a wrong PIN: %v", err)
	}
	for i := 2; i <= FreeAttempts; i++ {
		if err := g.Check("0000"); !errors.Is(err, ErrWrongPIN) {
			t.Fatalf("wrong PIN %d: %v", i, err)
		}
	}
	// The fifth wrong PIN locked checks, even for the right PIN.
	var locked *LockedError
	if err := g.Check("2580"); !errors.As(err, &locked) || locked.RetryAfter != FirstDelay {
		t.Fatalf("after %d wrong PINs: %v", FreeAttempts, err)
	}
	clk.t = clk.t.Add(FirstDelay + time.Second)
	if err := g.Check("2580"); err != nil {
		t.Fatalf("right PIN after the lock: %v", err)
	}
	c, _ := g.Store.Load()
	if c.PINAttempts.Failures != 0 {
		t.Fatalf("a right PIN did not reset the count: %+v", c.PINAttempts)
	}
	if err := g.ClearPIN("2580"); err != nil {
		t.Fatal(err)
	}
	if err := g.ClearPIN(""); !errors.Is(err, ErrNoPIN) {
		t.Fatalf("clearing twice: %v", err)
	}
}

// Wrong attempts from several hosts at once all count.
func TestGuardConcurrentAttemptsCount(t *testing.T) {
	g, _ := newGuard(t)
	if err := g.SetPIN("", "2580"); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() { defer wg.Done(); _ = g.Check("9999") }()
	}
	wg.Wait()
	c, _ := g.Store.Load()
	if c.PINAttempts.Failures != 4 {
		t.Fatalf("failures = %d; want 4", c.PINAttempts.Failures)
	}
}

func FuzzVerify(f *testing.F) {
	h, _ := Hash("2580", cheap)
	f.Add(h, "2580")
	f.Add("$argon2id$v=19$m=8,t=1,p=1$c2FsdA$a2V5a2V5a2V5a2V5", "x")
	f.Fuzz(func(t *testing.T, encoded, pin string) {
		_, _ = Verify(encoded, pin) // bounded parameters: never hangs or panics
	})
}

// BenchmarkVerifyDefault is what one PIN check costs the host on this
// machine with the real parameters (docs/performance.md).
func BenchmarkVerifyDefault(b *testing.B) {
	h, err := Hash("2580", DefaultParams())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if ok, _ := Verify(h, "2580"); !ok {
			b.Fatal("right PIN refused")
		}
	}
}
