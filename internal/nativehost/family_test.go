package nativehost

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family"
	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/family/guardian"
	"github.com/alertguard/alertguard/internal/judge"
	"github.com/alertguard/alertguard/internal/protocol"
)

func familyServer(t *testing.T) (*Server, *time.Time) {
	s := newServer(t, true)
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	s.Judge.Now = clock
	s.Family = &family.Settings{Guard: &guardian.Guard{Store: config.Store{Dir: filepath.Join(t.TempDir(), "data")}, Params: guardian.Params{Time: 1, MemoryKiB: 64, Threads: 1}, Now: clock}, Now: clock}
	return s, &now
}

// one sends a single request and returns its reply.
func one(t *testing.T, s *Server, msg map[string]any) map[string]any {
	t.Helper()
	replies, err := serve(t, s, frame(t, msg))
	if err != nil || len(replies) != 1 {
		t.Fatalf("%v: replies %v, %v", msg, replies, err)
	}
	return replies[0]
}

func analyzeURL(url, html string) map[string]any {
	return map[string]any{"id": "a", "type": "analyze", "snapshot": map[string]any{"url": url, "html": html}}
}

func TestFamilySteps(t *testing.T) {
	s, _ := familyServer(t)
	steps := []struct {
		name     string
		msg      map[string]any
		wantType string
		wantCode string
	}{
		{"settings at first", map[string]any{"type": "settings.get"}, "settings", ""},
		{"allow without a PIN set", map[string]any{"type": "sites.add", "list": "allow", "site": "https://Bank.example/login"}, "settings", ""},
		{"bad site", map[string]any{"type": "sites.add", "list": "block", "site": "not a site"}, "error", string(protocol.CodeBadRequest)},
		{"bad list", map[string]any{"type": "sites.add", "list": "grey", "site": "a.example"}, "error", string(protocol.CodeBadRequest)},
		{"short PIN", map[string]any{"type": "guardian.set-pin", "newPin": "12"}, "error", string(protocol.CodeBadRequest)},
		{"set PIN", map[string]any{"type": "guardian.set-pin", "newPin": "2580"}, "settings", ""},
		{"change PIN without the old one", map[string]any{"type": "guardian.set-pin", "newPin": "1111"}, "error", string(protocol.CodePINRequired)},
		{"allow needs the PIN", map[string]any{"type": "sites.add", "list": "allow", "site": "shop.example"}, "error", string(protocol.CodePINRequired)},
		{"allow with a wrong PIN", map[string]any{"type": "sites.add", "list": "allow", "site": "shop.example", "pin": "0000"}, "error", string(protocol.CodePINWrong)},
		{"allow with the PIN", map[string]any{"type": "sites.add", "list": "allow", "site": "shop.example", "pin": "2580"}, "settings", ""},
		{"block needs no PIN", map[string]any{"type": "sites.add", "list": "block", "site": "scam.example"}, "settings", ""},
		{"unblock needs the PIN", map[string]any{"type": "sites.remove", "list": "block", "site": "scam.example"}, "error", string(protocol.CodePINRequired)},
		{"disallow needs no PIN", map[string]any{"type": "sites.remove", "list": "allow", "site": "shop.example"}, "settings", ""},
		{"pause needs the PIN", map[string]any{"type": "protection.pause", "minutes": 60}, "error", string(protocol.CodePINRequired)},
		{"pause out of range", map[string]any{"type": "protection.pause", "minutes": 100000, "pin": "2580"}, "error", string(protocol.CodeBadRequest)},
		{"pause with the PIN", map[string]any{"type": "protection.pause", "minutes": 60, "pin": "2580"}, "settings", ""},
		{"resume needs no PIN", map[string]any{"type": "protection.resume"}, "settings", ""},
		{"unknown choice", map[string]any{"type": "log.choice", "choice": "format"}, "error", string(protocol.CodeBadRequest)},
		{"closing needs no PIN", map[string]any{"type": "log.choice", "choice": "closed"}, "ok", ""},
		{"continuing needs the PIN", map[string]any{"type": "log.choice", "choice": "continued"}, "error", string(protocol.CodePINRequired)},
		{"continuing with a wrong PIN", map[string]any{"type": "log.choice", "choice": "continued", "pin": "9999"}, "error", string(protocol.CodePINWrong)},
		{"continuing with the PIN", map[string]any{"type": "log.choice", "choice": "continued", "pin": "2580"}, "ok", ""},
		{"clear needs the PIN", map[string]any{"type": "guardian.clear-pin", "pin": "1"}, "error", string(protocol.CodePINWrong)},
		{"clear with the PIN", map[string]any{"type": "guardian.clear-pin", "pin": "2580"}, "settings", ""},
	}
	for i, st := range steps {
		st.msg["id"] = fmt.Sprint(i)
		r := one(t, s, st.msg)
		if r["type"] != st.wantType || (st.wantCode != "" && r["code"] != st.wantCode) || r["id"] != fmt.Sprint(i) {
			t.Fatalf("step %q: reply %v", st.name, r)
		}
	}
	r := one(t, s, map[string]any{"id": "z", "type": "settings.get"})
	sites := r["sites"].(map[string]any)
	if fmt.Sprint(sites["allow"]) != "[bank.example]" || fmt.Sprint(sites["block"]) != "[scam.example]" || r["pinSet"] != false || r["paused"] != false {
		t.Fatalf("final settings %v", r)
	}
}

func TestWrongPINsLockAndSayWhen(t *testing.T) {
	s, now := familyServer(t)
	one(t, s, map[string]any{"id": "s", "type": "guardian.set-pin", "newPin": "2580"})
	var r map[string]any
	for i := 0; i < guardian.FreeAttempts+1; i++ {
		r = one(t, s, map[string]any{"id": "c", "type": "log.choice", "choice": "continued", "pin": "1234"})
	}
	if r["code"] != string(protocol.CodePINLocked) || r["retryAfterSeconds"] != float64(30) {
		t.Fatalf("after %d wrong PINs: %v", guardian.FreeAttempts+1, r)
	}
	*now = now.Add(31 * time.Second)
	if r = one(t, s, map[string]any{"id": "c", "type": "log.choice", "choice": "continued", "pin": "2580"}); r["type"] != "ok" || r["withPin"] != true {
		t.Fatalf("right PIN after the wait: %v", r)
	}
}

func TestPolicies(t *testing.T) {
	s, _ := familyServer(t)
	one(t, s, map[string]any{"id": "1", "type": "sites.add", "list": "block", "site": "news.example"})
	one(t, s, map[string]any{"id": "2", "type": "sites.add", "list": "allow", "site": "trusted.example"})
	for _, tc := range []struct {
		name, url, html, verdict, policy string
		logged                           bool
	}{
		{"plain page", "https://plain.example/", "<p>hello</p>", "allow", "", false},
		{"scam page", "https://scam.example/", scamPage, "block", "", true},
		{"block-listed plain page", "https://www.news.example/today", "<p>hello</p>", "block", judge.PolicyBlockList, true},
		{"allow-listed scam page", "https://trusted.example/", scamPage, "allow", judge.PolicyAllowList, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := one(t, s, analyzeURL(tc.url, tc.html))
			v := r["verdict"].(map[string]any)
			policy, _ := r["policy"].(string)
			if v["verdict"] != tc.verdict || policy != tc.policy || (r["logId"] != nil) != tc.logged {
				t.Fatalf("reply %v", r)
			}
			if tc.policy == judge.PolicyBlockList {
				reasons := v["reasons"].([]any)
				if reasons[0].(map[string]any)["id"] != "guardian-block-list" || len(v["advice"].([]any)) == 0 {
					t.Fatalf("block-list reply lacks its reason or advice: %v", v)
				}
			}
		})
	}
	one(t, s, map[string]any{"id": "3", "type": "protection.pause", "minutes": 30})
	r := one(t, s, analyzeURL("https://scam.example/", scamPage))
	if v := r["verdict"].(map[string]any); r["policy"] != judge.PolicyPaused || r["logId"] != nil || v["verdict"] != "allow" {
		t.Fatalf("paused: the host must answer allow, not logged: %v", r)
	}
}

func TestSettingsWithoutDataFolderOrWithCorruptConfig(t *testing.T) {
	s := newServer(t, true)
	if r := one(t, s, map[string]any{"id": "1", "type": "sites.add", "list": "block", "site": "a.example"}); r["code"] != string(protocol.CodeConfigFailed) {
		t.Fatalf("no data folder: %v", r)
	}
	s, _ = familyServer(t)
	one(t, s, map[string]any{"id": "1", "type": "sites.add", "list": "block", "site": "a.example"})
	if err := writeFile(s.Family.Guard.Store.Path(), "{corrupt"); err != nil {
		t.Fatal(err)
	}
	r := one(t, s, map[string]any{"id": "2", "type": "settings.get"})
	if r["problem"] == nil || r["pinSet"] != false {
		t.Fatalf("corrupt config: %v", r)
	}
	// Verdicts still come, from the signatures alone.
	if r := one(t, s, analyzeURL("https://scam.example/", scamPage)); r["verdict"].(map[string]any)["verdict"] != "block" {
		t.Fatalf("corrupt config: %v", r)
	}
}

func writeFile(path, body string) error { return os.WriteFile(path, []byte(body), 0o600) }

func TestLogListCarriesChoicesAndTitles(t *testing.T) {
	s, _ := familyServer(t)
	r := one(t, s, analyzeURL("https://scam.example/", scamPage))
	id, _ := r["logId"].(string)
	if id == "" {
		t.Fatalf("not logged: %v", r)
	}
	if r := one(t, s, map[string]any{"id": "c", "type": "log.choice", "choice": "reported", "logId": id}); r["type"] != "ok" || r["logError"] != nil {
		t.Fatalf("choice: %v", r)
	}
	r = one(t, s, map[string]any{"id": "l", "type": "log.list"})
	entries := r["entries"].([]any)
	e := entries[0].(map[string]any)
	choices, _ := e["choices"].([]any)
	if len(choices) != 1 || choices[0].(map[string]any)["choice"] != "reported" {
		t.Fatalf("entry choices: %v", e)
	}
	titles := r["signatureTitles"].(map[string]any)
	for _, sig := range e["signatures"].([]any) {
		if tt, ok := titles[sig.(string)].(map[string]any); !ok || tt["ja"] == "" || tt["en"] == "" {
			t.Errorf("no title for %v in %v", sig, titles)
		}
	}
}
