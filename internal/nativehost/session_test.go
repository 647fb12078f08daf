package nativehost

import (
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family/session"
	"github.com/alertguard/alertguard/internal/judging/advice"
)

// A blocked locker, then the AnyDesk download page: warned, logged as the
// scam's next step, in words that name the locker; another ordinary page
// stays allowed.
func TestScamSessionThroughTheHost(t *testing.T) {
	s := newServer(t, true)
	lists, err := session.LoadLists()
	if err != nil {
		t.Fatal(err)
	}
	tr := &session.Tracker{Log: s.Log, Lists: lists, Advice: advice.New(), Now: time.Now, Window: func() time.Duration { return 24 * time.Hour }}
	s.Judge.Session = tr.Policy
	if r := one(t, s, analyzeURL("https://locker.example/", scamPage)); decision(r) != "block" {
		t.Fatalf("locker: %v", decision(r))
	}
	anydesk := `<title>AnyDesk をダウンロード</title><h1>AnyDesk for Windows</h1><p>Download the latest version.</p>`
	r := one(t, s, analyzeURL("https://anydesk.com/ja/downloads/windows", anydesk))
	if decision(r) != "warn" || r["policy"] != "scam-session" || r["logId"] == nil {
		t.Fatalf("AnyDesk during the session: %v %v %v", decision(r), r["policy"], r["logId"])
	}
	ex := r["verdict"].(map[string]any)["explanation"].(map[string]any)["ja"].(string)
	if !strings.Contains(ex, "AnyDesk") || !strings.Contains(ex, "電話を切ってください") {
		t.Errorf("explanation: %s", ex)
	}
	if r := one(t, s, analyzeURL("https://news.example/today", `<title>今日のニュース</title><p>天気は晴れ。</p>`)); decision(r) != "allow" {
		t.Errorf("an ordinary page during the session: %v", decision(r))
	}
}

func decision(r map[string]any) any {
	v, _ := r["verdict"].(map[string]any)
	return v["verdict"]
}
