package push

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts/alerttest"
	"github.com/alertguard/alertguard/internal/family/alerts/failure"
	"github.com/alertguard/alertguard/internal/family/alerts/message"
)

var alert = message.Alert{Kind: message.KindBlock, Time: "2026-12-07T12:03:00Z", Categories: []string{"phone-lure"}, Phones: []string{"050-1234-5678"}}

func render(t *testing.T, lang string) message.Rendered {
	t.Helper()
	r, err := message.Render(alert, lang, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// ctx is generous for a loaded machine; the slow case has its own.
func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	t.Cleanup(cancel)
	return c
}

func TestNtfy(t *testing.T) {
	srv := alerttest.NewNtfy("tk_guardian")
	defer srv.Close()
	r := render(t, "ja")
	if err := (Client{}).SendNtfy(ctx(t), Ntfy{Server: srv.URL, Topic: "family-abc123", Token: "tk_guardian"}, r); err != nil {
		t.Fatal(err)
	}
	got := srv.Wait(1, 5*time.Second)
	if len(got) != 1 || got[0].Title != r.Subject || got[0].Body != r.Text || got[0].Path != "/family-abc123" || got[0].Header["Priority"] != "high" {
		t.Fatalf("ntfy got %+v", got)
	}
	// The poll API shows the message as the phone's app would get it.
	resp, err := http.Get(srv.URL + "/family-abc123/json?poll=1")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m struct{ Title, Message string }
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil || m.Title != r.Subject {
		t.Fatalf("poll: %+v %v", m, err)
	}
	err = (Client{}).SendNtfy(ctx(t), Ntfy{Server: srv.URL, Topic: "family-abc123", Token: "wrong"}, r)
	if failure.StageOf(err) != failure.Auth || strings.Contains(err.Error(), "wrong") && strings.Contains(err.Error(), "Bearer") {
		t.Fatalf("wrong token: %v", err)
	}
}

func TestWebhookFormats(t *testing.T) {
	srv := alerttest.NewReceiver()
	defer srv.Close()
	r := render(t, "en")
	for i, f := range []string{FormatJSON, FormatSlack, FormatDiscord, FormatTeams} {
		t.Run(f, func(t *testing.T) {
			if err := (Client{}).SendWebhook(ctx(t), Webhook{URL: srv.URL + "/hook/" + f, Format: f}, alert, r); err != nil {
				t.Fatal(err)
			}
			got := srv.Wait(i+1, 5*time.Second)
			if len(got) != i+1 {
				t.Fatalf("got %d posts", len(got))
			}
			var body map[string]any
			if err := json.Unmarshal([]byte(got[i].Body), &body); err != nil {
				t.Fatal(err)
			}
			key := map[string]string{FormatJSON: "alert", FormatSlack: "text", FormatDiscord: "content", FormatTeams: "attachments"}[f]
			if _, ok := body[key]; !ok || !strings.Contains(got[i].Body, "050-1234-5678") {
				t.Errorf("%s body lacks %q or the number: %s", f, key, got[i].Body)
			}
		})
	}
}

func TestLine(t *testing.T) {
	srv := alerttest.NewReceiver()
	srv.Token = "channel-token"
	defer srv.Close()
	l := Line{Token: "channel-token", To: "U0123456789abcdef0123456789abcdef", API: srv.URL + "/v2/bot/message/push"}
	if err := (Client{}).SendLine(ctx(t), l, render(t, "ja")); err != nil {
		t.Fatal(err)
	}
	got := srv.Wait(1, 5*time.Second)
	var body struct {
		To       string
		Messages []struct{ Type, Text string }
	}
	if len(got) != 1 || json.Unmarshal([]byte(got[0].Body), &body) != nil || body.To != l.To || body.Messages[0].Type != "text" {
		t.Fatalf("LINE got %+v", got)
	}
	l.Token = "expired"
	if err := (Client{}).SendLine(ctx(t), l, render(t, "ja")); failure.StageOf(err) != failure.Auth {
		t.Fatalf("expired token: %v", err)
	}
}

// Failures are named by stage and never quote the secret address.
func TestFailures(t *testing.T) {
	refusing := alerttest.NewReceiver()
	refusing.Status = http.StatusInternalServerError
	defer refusing.Close()
	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	defer tlsSrv.Close()
	slow, err := alerttest.StartSilent()
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	down, err := alerttest.ClosedPort()
	if err != nil {
		t.Fatal(err)
	}
	secret := "/services/T000/B000/XXXXsecret"
	for _, c := range []struct {
		name, url, stage string
	}{
		{"http-500", refusing.URL + secret, failure.HTTP},
		{"untrusted-tls", tlsSrv.URL + secret, failure.TLS},
		{"slow", fmt.Sprintf("http://127.0.0.1:%d%s", slow.Port, secret), failure.Timeout},
		{"down", fmt.Sprintf("http://127.0.0.1:%d%s", down, secret), failure.Connect},
		{"dns", "https://no-such-host.invalid" + secret, failure.DNS},
		{"plain-http-elsewhere", "http://hooks.example.com" + secret, failure.Config},
	} {
		t.Run(c.name, func(t *testing.T) {
			cx := ctx(t)
			if c.stage == failure.Timeout {
				var cancel context.CancelFunc
				cx, cancel = context.WithTimeout(cx, time.Second)
				defer cancel()
			}
			err := (Client{}).SendWebhook(cx, Webhook{URL: c.url, Format: FormatSlack}, alert, render(t, "en"))
			if got := failure.StageOf(err); got != c.stage {
				t.Fatalf("%v: stage %q, want %q", err, got, c.stage)
			}
			if strings.Contains(err.Error(), "XXXXsecret") {
				t.Errorf("the secret address is in the error: %v", err)
			}
		})
	}
}

func TestCheckURL(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"https://ntfy.sh", true}, {"http://127.0.0.1:8080", true}, {"http://localhost/x", true},
		{"http://ntfy.example", false}, {"ftp://x", false}, {"ntfy.sh", false}, {"", false},
	} {
		if _, err := CheckURL(c.in); (err == nil) != c.ok {
			t.Errorf("CheckURL(%q) = %v", c.in, err)
		}
	}
}
