package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestLoadMissingIsDefault(t *testing.T) {
	c, err := Store{Dir: t.TempDir()}.Load()
	if err != nil || c.Version != Version || c.Guardian.PINHash != "" || c.Sites.Allow == nil {
		t.Fatalf("Load on an empty folder = %+v, %v", c, err)
	}
}

func TestParseRejects(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"not json", `{"version":1`, "not a valid config"},
		{"wrong type", `{"version":"1"}`, "not a valid config"},
		{"unknown field", `{"version":1,"pin":"1234"}`, "unknown field"},
		{"old version", `{"version":7}`, "version 7"},
		{"two objects", `{"version":1} {"version":1}`, "text after"},
		{"bad time", `{"version":1,"pausedUntil":"tomorrow"}`, "pausedUntil"},
		{"negative", `{"version":1,"pinAttempts":{"failures":-1}}`, "negative"},
		{"sites wrong type", `{"version":1,"sites":{"allow":"a.example"}}`, "not a valid config"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.body))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Parse(%s) error %v; want %q", tc.body, err, tc.want)
			}
		})
	}
}

func TestCorruptLoadsDefaultsAndUpdateSetsItAside(t *testing.T) {
	dir := t.TempDir()
	s := Store{Dir: dir}
	if err := os.WriteFile(s.Path(), []byte("\x00garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := s.Load()
	if err == nil || c == nil || c.Version != Version {
		t.Fatalf("corrupt config: %+v, %v; want defaults and an error", c, err)
	}
	if err := s.Update(func(c *Config) error { c.Sites.Block = append(c.Sites.Block, "scam.example"); return nil }); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, corruptName)); err != nil || string(b) != "\x00garbage" {
		t.Errorf("corrupt file not kept aside: %q %v", b, err)
	}
	c, err = s.Load()
	if err != nil || len(c.Sites.Block) != 1 {
		t.Fatalf("after update: %+v %v", c, err)
	}
}

func TestUpdateModesAndErrors(t *testing.T) {
	dir := t.TempDir()
	s := Store{Dir: dir}
	boom := errors.New("boom")
	if err := s.Update(func(c *Config) error { c.PausedUntil = FormatTime(time.Now()); return boom }); !errors.Is(err, boom) {
		t.Fatalf("Update error = %v", err)
	}
	if _, err := os.Stat(s.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a failed update wrote the file")
	}
	keep := &KeepError{Err: boom}
	if err := s.Update(func(c *Config) error { c.PINAttempts.Failures = 3; return keep }); !errors.Is(err, boom) {
		t.Fatalf("Update with KeepError = %v", err)
	}
	c, _ := s.Load()
	if c.PINAttempts.Failures != 3 {
		t.Fatal("KeepError change not saved")
	}
	if runtime.GOOS != "windows" {
		st, _ := os.Stat(s.Path())
		if st.Mode().Perm() != 0o600 {
			t.Errorf("config mode %v; want 0600", st.Mode().Perm())
		}
	}
}

func TestPaused(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	c := Default()
	if c.Paused(now) {
		t.Fatal("default is paused")
	}
	c.PausedUntil = FormatTime(now.Add(time.Minute))
	if !c.Paused(now) || c.Paused(now.Add(2*time.Minute)) {
		t.Fatal("pause window wrong")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"version":1,"guardian":{"pinHash":"$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5aw"},"sites":{"allow":["a.example"],"block":[]}}`))
	f.Add([]byte(`{"version":1,"pausedUntil":"2026-11-23T12:00:00Z","pinAttempts":{"failures":6,"lockedUntil":"2026-11-23T12:00:00Z"}}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Parse(b)
		if err == nil && (c.Sites.Allow == nil || c.Sites.Block == nil || c.Version != Version) {
			t.Fatalf("accepted config is incomplete: %+v", c)
		}
	})
}

// BenchmarkLoad is the cost the host pays per analysis to see the guardian's
// current lists and pause (docs/performance.md).
func BenchmarkLoad(b *testing.B) {
	s := Store{Dir: b.TempDir()}
	if err := s.Update(func(c *Config) error {
		for i := range 100 {
			c.Sites.Block = append(c.Sites.Block, fmt.Sprintf("site%d.example", i))
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
