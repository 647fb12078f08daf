package nativehost

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts"
	"github.com/alertguard/alertguard/internal/family/alerts/alerttest"
	"github.com/alertguard/alertguard/internal/protocol"
)

// The options page's alert messages, then a blocked page: one alert at the
// real ntfy-speaking server and the webhook receiver; none when alerts are off.
func TestAlertsThroughTheHost(t *testing.T) {
	s, _ := familyServer(t)
	s.Alerts = alerts.New(s.Family.Guard.Store.Dir)
	s.Alerts.ChoiceWait = 0
	ntfy, hook := alerttest.NewNtfy(""), alerttest.NewReceiver()
	defer ntfy.Close()
	defer hook.Close()
	secretHook := hook.URL + "/services/T0/B0/secret-part"
	set := map[string]any{"type": "alerts.set", "on": true, "lang": "en",
		"ntfy":    map[string]any{"server": ntfy.URL, "topic": "family-1"},
		"webhook": map[string]any{"url": secretHook, "format": "slack"}}
	steps := []struct {
		name     string
		msg      map[string]any
		wantType string
		wantCode string
	}{
		{"get at first", map[string]any{"type": "alerts.get"}, "alerts", ""},
		{"set PIN", map[string]any{"type": "guardian.set-pin", "newPin": "2580"}, "settings", ""},
		{"alerts need the PIN", set, "error", string(protocol.CodePINRequired)},
		{"on without a channel", map[string]any{"type": "alerts.set", "on": true, "pin": "2580"}, "error", string(protocol.CodeBadRequest)},
		{"bad channel", map[string]any{"type": "alerts.set", "pin": "2580", "webhook": map[string]any{"url": "http://hooks.example/x", "format": "slack"}}, "error", string(protocol.CodeBadRequest)},
		{"set with the PIN", withKey(set, "pin", "2580"), "alerts", ""},
	}
	for _, st := range steps {
		r := one(t, s, st.msg)
		if r["type"] != st.wantType || (st.wantCode != "" && r["code"] != st.wantCode) {
			t.Fatalf("%s: %v", st.name, r)
		}
		if strings.Contains(mustJSON(t, r), "secret-part") {
			t.Fatalf("%s: the webhook's secret address is in the reply: %v", st.name, r)
		}
	}
	r := one(t, s, map[string]any{"type": "alerts.test"})
	results, _ := r["results"].([]any)
	if r["type"] != "alerts.tested" || len(results) != 2 {
		t.Fatalf("alerts.test: %v", r)
	}
	for _, x := range results {
		if x.(map[string]any)["ok"] != true {
			t.Errorf("test alert failed: %v", x)
		}
	}
	one(t, s, analyzeURL("https://locker.example/", scamPage))
	s.FinishAlerts(5 * time.Second)
	if got := hook.Wait(2, 5*time.Second); len(got) != 2 || !strings.Contains(got[1].Body, "scam page was stopped") {
		t.Fatalf("webhook got %+v", got)
	}
	if got := ntfy.Wait(2, 5*time.Second); len(got) != 2 {
		t.Fatalf("ntfy got %d", len(got))
	}
	off := withKey(withKey(set, "pin", "2580"), "on", false)
	if r := one(t, s, off); r["type"] != "alerts" {
		t.Fatalf("turning off: %v", r)
	}
	one(t, s, analyzeURL("https://another-locker.example/", scamPage))
	s.FinishAlerts(5 * time.Second)
	if n := len(hook.Got()); n != 2 {
		t.Fatalf("%d webhook posts after alerts were turned off, want still 2", n)
	}
}

func withKey(m map[string]any, k string, v any) map[string]any {
	out := map[string]any{}
	for a, b := range m {
		out[a] = b
	}
	out[k] = v
	return out
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
