package alerts

import (
	"context"
	"encoding/json"
	"fmt"
	"mime"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts/alerttest"
	"github.com/alertguard/alertguard/internal/family/alerts/email"
	"github.com/alertguard/alertguard/internal/family/alerts/failure"
	"github.com/alertguard/alertguard/internal/family/alerts/message"
	"github.com/alertguard/alertguard/internal/family/alerts/push"
)

// servers are the real servers one test talks to.
type servers struct {
	cert    *alerttest.Cert
	smtp    *alerttest.SMTP
	ntfy    *alerttest.Receiver
	webhook *alerttest.Receiver
}

func startServers(t *testing.T) *servers {
	t.Helper()
	cert, err := alerttest.NewCert(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	sm, err := alerttest.StartSMTP(cert, false, "son@example.jp", "app-pass")
	if err != nil {
		t.Fatal(err)
	}
	s := &servers{cert: cert, smtp: sm, ntfy: alerttest.NewNtfy(""), webhook: alerttest.NewReceiver()}
	t.Cleanup(func() { sm.Close(); s.ntfy.Close(); s.webhook.Close() })
	return s
}

func (s *servers) settings() *Settings {
	set := DefaultSettings()
	set.On = true
	set.Email = &email.Config{Host: "127.0.0.1", Port: s.smtp.Port, Security: email.StartTLS, Username: "son@example.jp",
		Password: "app-pass", From: "son@example.jp", To: []string{"son@example.jp"}, CAFile: s.cert.PEMFile}
	set.Ntfy = &push.Ntfy{Server: s.ntfy.URL, Topic: "family-7f3a"}
	set.Webhook = &push.Webhook{URL: s.webhook.URL + "/hook", Format: push.FormatSlack}
	return set
}

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func newService(t *testing.T, dir string, set *Settings) (*Service, *clock) {
	t.Helper()
	if set != nil {
		if err := (Store{Dir: dir}).Update(func(s *Settings) error { *s = *set; return nil }); err != nil {
			t.Fatal(err)
		}
	}
	c := &clock{t: time.Date(2026, 12, 7, 12, 3, 0, 0, time.UTC)}
	s := New(dir)
	s.Now, s.ChoiceWait, s.Timeout, s.Loc = c.now, 0, 15*time.Second, time.FixedZone("JST", 9*3600)
	return s, c
}

var block = Event{Kind: message.KindBlock, LogID: "20261207T120300Z-0a0b0c0d", URL: "https://ms-support.example/locker?x=1",
	Categories: []string{"fake-alert", "phone-lure"}, Phones: []string{"050-1234-5678"}}

func drain(t *testing.T, s *Service) []Result {
	t.Helper()
	res, _, err := s.Drain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func subject(t *testing.T, m alerttest.Mail) (string, string) {
	t.Helper()
	msg, err := mail.ReadMessage(strings.NewReader(string(m.Data)))
	if err != nil {
		t.Fatal(err)
	}
	subj, _ := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	return subj, string(m.Data)
}

func TestBlockReachesEveryChannel(t *testing.T) {
	srv := startServers(t)
	dir := t.TempDir()
	s, _ := newService(t, dir, srv.settings())
	if ok, err := s.Notify(block); !ok || err != nil {
		t.Fatalf("Notify = %v, %v", ok, err)
	}
	for _, r := range drain(t, s) {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Channel, r.Err)
		}
	}
	mails, pushes, hooks := srv.smtp.Wait(1, 5*time.Second), srv.ntfy.Wait(1, 5*time.Second), srv.webhook.Wait(1, 5*time.Second)
	if len(mails) != 1 || len(pushes) != 1 || len(hooks) != 1 {
		t.Fatalf("mails %d, ntfy %d, webhook %d; want one each", len(mails), len(pushes), len(hooks))
	}
	if subj, _ := subject(t, mails[0]); subj != "AlertGuard：詐欺のページを止めました" {
		t.Errorf("subject %q", subj)
	}
	if !strings.Contains(pushes[0].Body, "050-1234-5678") || strings.Contains(pushes[0].Body, "ms-support.example") {
		t.Errorf("ntfy body (number expected, address not asked for): %s", pushes[0].Body)
	}
	if len(drain(t, s)) != 0 {
		t.Error("a delivered alert was sent again")
	}
	st, err := s.Status()
	if err != nil || st.Waiting != 0 {
		t.Errorf("status %+v %v", st, err)
	}
}

func TestOffSendsNothing(t *testing.T) {
	srv := startServers(t)
	set := srv.settings()
	set.On = false
	s, _ := newService(t, t.TempDir(), set)
	if ok, err := s.Notify(block); ok || err != nil {
		t.Fatalf("Notify with alerts off = %v, %v", ok, err)
	}
	drain(t, s)
	if n := len(srv.smtp.Mails()) + len(srv.ntfy.Got()) + len(srv.webhook.Got()); n != 0 {
		t.Fatalf("%d alerts sent with alerts off", n)
	}
	// Without any settings file at all, too.
	s2, _ := newService(t, t.TempDir(), nil)
	if ok, _ := s2.Notify(block); ok {
		t.Fatal("alerts queued without settings")
	}
}

// A locker that re-fires 50 times is one alert that says so; a warning is
// sent only when the guardian asked for warnings too.
func TestDeduplicatedAndWarnings(t *testing.T) {
	srv := startServers(t)
	set := srv.settings()
	set.Email, set.Ntfy = nil, nil
	set.Lang = "en"
	s, c := newService(t, t.TempDir(), set)
	for i := 0; i < 50; i++ {
		ev := block
		ev.URL = fmt.Sprintf("https://ms-support.example/locker?n=%d", i)
		if _, err := s.Notify(ev); err != nil {
			t.Fatal(err)
		}
		c.add(time.Second)
	}
	drain(t, s)
	if got := srv.webhook.Wait(1, 5*time.Second); len(got) != 1 || !strings.Contains(got[0].Body, "49 more times") {
		t.Fatalf("webhook got %d alerts: %+v", len(got), got)
	}
	if ok, _ := s.Notify(Event{Kind: message.KindWarn, URL: "https://camera.example/"}); ok {
		t.Error("a warning was queued though the guardian asked for blocks only")
	}
}

func TestRateLimit(t *testing.T) {
	srv := startServers(t)
	set := srv.settings()
	set.Email, set.Ntfy = nil, nil
	set.Lang = "en"
	s, c := newService(t, t.TempDir(), set)
	queued := 0
	for i := 0; i < MaxPerHour+3; i++ {
		ev := block
		ev.URL = fmt.Sprintf("https://scam%d.example/", i)
		if ok, _ := s.Notify(ev); ok {
			queued++
		}
	}
	if queued != MaxPerHour {
		t.Fatalf("%d queued in an hour, want %d", queued, MaxPerHour)
	}
	c.add(time.Hour)
	ev := block
	ev.URL = "https://later.example/"
	if ok, _ := s.Notify(ev); !ok {
		t.Fatal("nothing queued an hour later")
	}
	drain(t, s)
	got := srv.webhook.Wait(MaxPerHour+1, 5*time.Second)
	if len(got) != MaxPerHour+1 || !strings.Contains(got[len(got)-1].Body, "3 other alerts were not sent") {
		t.Fatalf("got %d; last %v", len(got), got[len(got)-1:])
	}
}

// A refused password is retried with backoff and goes through once fixed;
// an alert queued by one process is sent by another (restart).
func TestRetryAndRestart(t *testing.T) {
	srv := startServers(t)
	set := srv.settings()
	set.Ntfy, set.Webhook = nil, nil
	set.Email.Password = "old-password"
	dir := t.TempDir()
	s, c := newService(t, dir, set)
	if _, err := s.Notify(block); err != nil {
		t.Fatal(err)
	}
	res := drain(t, s)
	if len(res) != 1 || failure.StageOf(res[0].Err) != failure.Auth {
		t.Fatalf("first attempt: %+v", res)
	}
	if res := drain(t, s); len(res) != 0 {
		t.Fatalf("retried before the backoff: %+v", res)
	}
	st, _ := s.Status()
	if st.Waiting != 1 || len(st.Errors) != 1 || !strings.Contains(st.Errors[0], "authentication") {
		t.Fatalf("status %+v", st)
	}
	if err := (Store{Dir: dir}).Update(func(s *Settings) error { s.Email.Password = "app-pass"; return nil }); err != nil {
		t.Fatal(err)
	}
	c.add(FirstRetry)
	s2, _ := newService(t, dir, nil) // another process: the CLI, or the next browser start
	s2.Now = c.now
	if res := drain(t, s2); len(res) != 1 || res[0].Err != nil {
		t.Fatalf("retry: %+v", res)
	}
	if len(srv.smtp.Wait(1, 5*time.Second)) != 1 {
		t.Fatal("no mail after the retry")
	}
	for _, name := range []string{SettingsFile, QueueFile} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v %v", name, fi.Mode(), err)
		}
	}
	q, _ := os.ReadFile(filepath.Join(dir, QueueFile))
	if strings.Contains(string(q), "app-pass") || strings.Contains(string(q), "old-password") {
		t.Error("a password is in the queue file")
	}
}

// A slow webhook costs its own timeout, not the other channels.
func TestSlowChannelDoesNotHoldOthers(t *testing.T) {
	srv := startServers(t)
	silent, err := alerttest.StartSilent()
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	set := srv.settings()
	set.Webhook.URL = fmt.Sprintf("http://127.0.0.1:%d/hook", silent.Port)
	s, _ := newService(t, t.TempDir(), set)
	s.Timeout = 2 * time.Second
	s.Notify(block)
	stages := map[string]string{}
	for _, r := range drain(t, s) {
		stages[r.Channel] = failure.StageOf(r.Err)
	}
	if stages[ChannelWebhook] != failure.Timeout || stages[ChannelEmail] != "" || stages[ChannelNtfy] != "" {
		t.Fatalf("stages %v", stages)
	}
}

// The person's choice joins an alert that still waits; continuing after
// the alert went is a follow-up of its own.
func TestChoices(t *testing.T) {
	srv := startServers(t)
	set := srv.settings()
	set.Email, set.Ntfy = nil, nil
	set.Lang = "en"
	s, c := newService(t, t.TempDir(), set)
	s.ChoiceWait = time.Minute
	s.Notify(block)
	if res := drain(t, s); len(res) != 0 {
		t.Fatal("sent before the choice wait")
	}
	st, _ := s.Status()
	if st.Waiting != 1 {
		t.Fatalf("waiting %d", st.Waiting)
	}
	if err := s.Choice(block.LogID, "closed", false); err != nil {
		t.Fatal(err)
	}
	drain(t, s)
	got := srv.webhook.Wait(1, 5*time.Second)
	if len(got) != 1 || !strings.Contains(got[0].Body, "What was done: Closed it") {
		t.Fatalf("got %+v", got)
	}
	c.add(time.Minute)
	s.Choice(block.LogID, "continued", true)
	drain(t, s)
	got = srv.webhook.Wait(2, 5*time.Second)
	if len(got) != 2 || !strings.Contains(got[1].Body, "Continued to the page (with the guardian PIN)") {
		t.Fatalf("follow-up: %+v", got)
	}
}

func TestSettingsValidateAndPublic(t *testing.T) {
	s := DefaultSettings()
	s.On = true
	if err := s.Validate(); err == nil {
		t.Error("alerts on without a channel passed")
	}
	s.Webhook = &push.Webhook{URL: "https://hooks.slack.com/services/T0/B0/secret", Format: push.FormatSlack}
	s.Line = &push.Line{Token: "line-secret", To: "U0123"}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(s.Public())
	if strings.Contains(string(b), "secret") {
		t.Errorf("a secret in the public settings: %s", b)
	}
	s.SessionHours = 100
	if s.Validate() == nil {
		t.Error("a 100-hour session passed")
	}
}

// When no choice can come any more (the browser closed), DrainAll sends
// what still waits for one.
func TestDrainAllDoesNotWaitForTheChoice(t *testing.T) {
	srv := startServers(t)
	set := srv.settings()
	set.Email, set.Ntfy = nil, nil
	s, _ := newService(t, t.TempDir(), set)
	s.ChoiceWait = time.Hour
	s.Notify(block)
	if res := drain(t, s); len(res) != 0 {
		t.Fatal("Drain did not wait for the choice")
	}
	res, _, err := s.DrainAll(context.Background())
	if err != nil || len(res) != 1 || res[0].Err != nil {
		t.Fatalf("DrainAll: %+v %v", res, err)
	}
}
