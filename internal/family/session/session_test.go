package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

var scamPhone = verdict.Phone{E164: "+81501234567", Display: "050-1234-567", Type: "voip", DoNotCall: true}

func lists(t *testing.T) *Lists {
	t.Helper()
	l, err := LoadLists()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestFind(t *testing.T) {
	l := lists(t)
	st := State{Phones: []verdict.Phone{scamPhone}}
	dl := func(detail string) []snapshot.Event {
		return []snapshot.Event{{Type: "download", Count: 1, Detail: detail}}
	}
	for _, c := range []struct {
		name       string
		snap       snapshot.Snapshot
		step, what string
	}{
		{"anydesk download page", snapshot.Snapshot{URL: "https://anydesk.com/ja/downloads/windows"}, StepRemoteAccess, "AnyDesk"},
		{"teamviewer subdomain", snapshot.Snapshot{URL: "https://get.teamviewer.com/quicksupport"}, StepRemoteAccess, "TeamViewer"},
		{"quick assist in the store", snapshot.Snapshot{URL: "https://apps.microsoft.com/detail/9p7bp5vnwkx5?hl=ja-jp"}, StepRemoteAccess, "Quick Assist"},
		{"another store app", snapshot.Snapshot{URL: "https://apps.microsoft.com/detail/9wzdncrfj3pz"}, "", ""},
		{"a program by name from any site", snapshot.Snapshot{URL: "https://files.example/x", Events: dl("AnyDesk.exe application/x-msdownload https://files.example/AnyDesk.exe")}, StepRemoteAccess, "AnyDesk"},
		{"an unrelated download", snapshot.Snapshot{URL: "https://files.example/x", Events: dl("report.pdf application/pdf https://files.example/report.pdf")}, "", ""},
		{"screen sharing", snapshot.Snapshot{URL: "https://meet.example/", Events: []snapshot.Event{{Type: DisplayMediaEvent, Count: 1}}}, StepScreenShare, ""},
		{"apple gift card", snapshot.Snapshot{URL: "https://www.apple.com/jp/shop/gift-cards"}, StepPayment, "Apple Gift Card"},
		{"apple, not gift cards", snapshot.Snapshot{URL: "https://www.apple.com/jp/iphone/"}, "", ""},
		{"amazon gift card", snapshot.Snapshot{URL: "https://www.amazon.co.jp/gc/?ref=x"}, StepPayment, "Amazon gift card"},
		{"crypto exchange sign-up", snapshot.Snapshot{URL: "https://bitflyer.com/ja-jp/account-create"}, StepPayment, "bitFlyer"},
		{"konbini payment page", snapshot.Snapshot{URL: "https://pay.example/", Text: "コンビニ決済のお手続き\nお支払い番号: 1234-5678"}, StepPayment, ""},
		{"the scam's number searched for", snapshot.Snapshot{URL: "https://www.google.com/search?q=050-1234-567"}, StepScamNumber, "050-1234-567"},
		{"the scam's number, full-width, in the text", snapshot.Snapshot{URL: "https://blog.example/", Text: "この番号 ０５０−１２３４−５６７ は"}, StepScamNumber, "050-1234-567"},
		{"a call link", snapshot.Snapshot{URL: "https://x.example/", HTML: `<a href="tel:+81501234567">call</a>`}, StepScamNumber, "050-1234-567"},
		{"the number only in a script (the kit reloaded) is no next step", snapshot.Snapshot{URL: "https://x.example/", HTML: `<script>var t = "call 050-1234-567";</script>`}, "", ""},
		{"another number", snapshot.Snapshot{URL: "https://www.google.com/search?q=03-5978-7509"}, "", ""},
		{"a news page", snapshot.Snapshot{URL: "https://news.example/", Text: "今日のニュース"}, "", ""},
	} {
		step, what := l.Find(&c.snap, st)
		if step != c.step || what != c.what {
			t.Errorf("%s: Find = %q %q, want %q %q", c.name, step, what, c.step, c.what)
		}
	}
}

func logWith(t *testing.T, entries ...eventlog.Entry) *eventlog.Log {
	t.Helper()
	l, err := eventlog.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for i := range entries {
		if err := l.Append(&entries[i]); err != nil {
			t.Fatal(err)
		}
	}
	return l
}

func allowed(url string) *verdict.Result {
	return &verdict.Result{Summary: verdict.Summary{Decision: verdict.Allow, URL: url, Categories: []string{}, Phones: []verdict.Phone{}}, Reasons: []verdict.Reason{}}
}

// A blocked locker, then an AnyDesk page 40 minutes later is warned with
// words that name the locker; a day later the same page is silent.
func TestPolicyWindow(t *testing.T) {
	blockedAt := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	log := logWith(t, eventlog.Entry{Time: blockedAt.Format(time.RFC3339), Summary: verdict.Summary{Decision: verdict.Block,
		URL: "https://ms-locker.example/", Title: "Microsoft Windows セキュリティ警告", Categories: []string{"fake-alert", "phone-lure"}, Phones: []verdict.Phone{scamPhone}}})
	now := blockedAt.Add(40 * time.Minute)
	tr := &Tracker{Log: log, Lists: lists(t), Advice: advice.New(), Now: func() time.Time { return now }, Window: func() time.Duration { return 24 * time.Hour }}
	snap := &snapshot.Snapshot{URL: "https://anydesk.com/ja/downloads"}
	v := allowed(snap.URL)
	step, since := tr.Policy(snap, v)
	if step != StepRemoteAccess || !since.Equal(blockedAt) || v.Decision != verdict.Warn {
		t.Fatalf("Policy = %q %v, verdict %s", step, since, v.Decision)
	}
	for _, want := range []string{"AnyDesk", "40 分前", "Microsoft Windows セキュリティ警告", "050-1234-567", "電話を切ってください"} {
		if !strings.Contains(v.Explanation.Ja, want) {
			t.Errorf("explanation lacks %q: %s", want, v.Explanation.Ja)
		}
	}
	if !strings.Contains(v.Explanation.En, "40 minutes ago a fake warning") || v.Categories[0] != Category || len(v.Advice) == 0 {
		t.Errorf("verdict %+v", v)
	}
	now = blockedAt.Add(25 * time.Hour)
	v = allowed(snap.URL)
	if step, _ := tr.Policy(snap, v); step != "" || v.Decision != verdict.Allow {
		t.Fatalf("a day later: %q %s", step, v.Decision)
	}
}

// No session: no log entries, only the guardian's block list, or only
// next-step warnings themselves; a page already warned keeps its verdict.
func TestNoSession(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	at := now.Add(-time.Minute).Format(time.RFC3339)
	for name, entries := range map[string][]eventlog.Entry{
		"empty log":        nil,
		"block list only":  {{Time: at, Summary: verdict.Summary{Decision: verdict.Block, URL: "https://x.example/", Categories: []string{verdict.GuardianBlock}}}},
		"next steps only":  {{Time: at, Summary: verdict.Summary{Decision: verdict.Warn, URL: "https://anydesk.com/", Categories: []string{Category}}}},
		"allowed page log": {{Time: at, Summary: verdict.Summary{Decision: verdict.Allow, URL: "https://x.example/"}}},
	} {
		tr := &Tracker{Log: logWith(t, entries...), Lists: lists(t), Now: func() time.Time { return now }, Window: func() time.Duration { return 24 * time.Hour }}
		v := allowed("https://anydesk.com/")
		if step, _ := tr.Policy(&snapshot.Snapshot{URL: v.URL}, v); step != "" {
			t.Errorf("%s: step %q", name, step)
		}
	}
	tr := &Tracker{Log: logWith(t, eventlog.Entry{Time: at, Summary: verdict.Summary{Decision: verdict.Block, URL: "https://l.example/", Categories: []string{"fake-alert"}}}),
		Lists: lists(t), Now: func() time.Time { return now }, Window: func() time.Duration { return 24 * time.Hour }}
	v := allowed("https://anydesk.com/")
	v.Decision = verdict.Block
	if step, _ := tr.Policy(&snapshot.Snapshot{URL: v.URL}, v); step != "" || v.Decision != verdict.Block {
		t.Errorf("a blocked page was changed: %q %s", step, v.Decision)
	}
}

// The tracker reads the log again when it changes.
func TestTrackerFollowsTheLog(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	log := logWith(t)
	tr := &Tracker{Log: log, Lists: lists(t), Now: func() time.Time { return now }, Window: func() time.Duration { return time.Hour }}
	if _, ok := tr.current(now); ok {
		t.Fatal("a session in an empty log")
	}
	if err := log.Append(&eventlog.Entry{Time: now.Add(-time.Minute).Format(time.RFC3339), Summary: verdict.Summary{Decision: verdict.Warn, URL: "https://x.example/", Categories: []string{"fake-alert"}}}); err != nil {
		t.Fatal(err)
	}
	if _, ok := tr.current(now); !ok {
		t.Fatal("the new entry did not start a session")
	}
	if err := os.Remove(filepath.Join(log.Dir, eventlog.FileName)); err != nil {
		t.Fatal(err)
	}
	if _, ok := tr.current(now); ok {
		t.Fatal("a session without a log")
	}
}

func TestParseListsRefuses(t *testing.T) {
	for _, bad := range []string{
		"remote-access: [{name: X, hosts: [Upper.COM]}]\npayment: [{name: Y, hosts: [y.example]}]",
		"remote-access: [{name: X}]\npayment: [{name: Y, hosts: [y.example]}]",
		"remote-access: []\npayment: []",
		"unknown: 1",
	} {
		if _, err := ParseLists([]byte(bad)); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}

// FuzzFind: any page, no panic, and a step only with its own evidence.
func FuzzFind(f *testing.F) {
	f.Add("https://anydesk.com/", "<a href='tel:0501234567'>", "050-1234-567 コンビニ決済 受付番号", "AnyDesk.exe")
	f.Add("https://www.google.com/search?q=%2B81501234567", "", "", "")
	l, err := LoadLists()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, url, html, text, file string) {
		s := &snapshot.Snapshot{URL: url, HTML: html, Text: text, Events: []snapshot.Event{{Type: "download", Detail: file}}}
		s.Bound()
		step, _ := l.Find(s, State{Phones: []verdict.Phone{scamPhone}})
		if step == StepScreenShare {
			t.Fatal("screen sharing without the event")
		}
	})
}
