package alerts

import (
	"testing"
	"time"
)

func TestParseQueue(t *testing.T) {
	for _, c := range []struct {
		name, in string
		ok       bool
	}{
		{"empty", `{"version":1,"items":[],"recent":[],"suppressed":0,"failed":[]}`, true},
		{"item", `{"version":1,"items":[{"id":"a","key":"page:x","created":"2026-12-07T12:00:00Z","due":"2026-12-07T12:00:00Z","alert":{"kind":"block","time":"2026-12-07T12:00:00Z"},"deliveries":[{"channel":"email","done":false,"attempts":0}]}],"recent":[],"suppressed":0,"failed":[]}`, true},
		{"wrong version", `{"version":2}`, false},
		{"unknown field", `{"version":1,"extra":1}`, false},
		{"bad time", `{"version":1,"items":[{"id":"a","created":"yesterday","due":"2026-12-07T12:00:00Z","alert":{"time":"2026-12-07T12:00:00Z"},"deliveries":[]}]}`, false},
		{"bad channel", `{"version":1,"items":[{"id":"a","created":"2026-12-07T12:00:00Z","due":"2026-12-07T12:00:00Z","alert":{"time":"2026-12-07T12:00:00Z"},"deliveries":[{"channel":"sms"}]}]}`, false},
		{"negative", `{"version":1,"suppressed":-1}`, false},
		{"trailing", `{"version":1} {}`, false},
		{"not json", `\x00\x01`, false},
	} {
		if _, err := ParseQueue([]byte(c.in)); (err == nil) != c.ok {
			t.Errorf("%s: err = %v, want ok=%v", c.name, err, c.ok)
		}
	}
}

func TestBackoff(t *testing.T) {
	for n, want := range map[int]time.Duration{1: 30 * time.Second, 2: time.Minute, 3: 2 * time.Minute, 10: MaxRetry, 100: MaxRetry} {
		if got := backoff(n); got != want {
			t.Errorf("backoff(%d) = %v, want %v", n, got, want)
		}
	}
}

func TestSiteKey(t *testing.T) {
	for in, want := range map[string]string{"https://A.Example:8443/x?y": "a.example", "not a url": "not a url"} {
		if got := SiteKey(in); got != want {
			t.Errorf("SiteKey(%q) = %q", in, got)
		}
	}
}

// FuzzParseQueue: whatever is on disk, the reader neither panics nor
// accepts a queue over its limits.
func FuzzParseQueue(f *testing.F) {
	f.Add([]byte(`{"version":1,"items":[],"recent":[],"suppressed":0,"failed":[]}`))
	f.Add([]byte(`{"version":1,"items":[{"id":"a","key":"k","created":"2026-12-07T12:00:00Z","due":"2026-12-07T12:00:00Z","alert":{"kind":"block","time":"2026-12-07T12:00:00Z","phones":["050"]},"deliveries":[{"channel":"ntfy","attempts":3,"nextTry":"2026-12-07T12:00:00Z"}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		q, err := ParseQueue(b)
		if err != nil {
			return
		}
		if len(q.Items) > MaxItems || len(q.Failed) > MaxFailed {
			t.Fatal("limits not enforced")
		}
		now := time.Now()
		q.prune(now)
		q.lastHour(now)
		q.record(nil, DefaultSettings(), now)
	})
}
