package email

import (
	"context"
	"io"
	"mime"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts/alerttest"
	"github.com/alertguard/alertguard/internal/family/alerts/failure"
	"github.com/alertguard/alertguard/internal/family/alerts/message"
)

func rendered(t *testing.T) message.Rendered {
	t.Helper()
	r, err := message.Render(message.Alert{Kind: message.KindBlock, Time: "2026-12-07T12:03:00Z", Categories: []string{"phone-lure"}, Phones: []string{"050-1234-5678"}}, "ja", nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Against a real SMTP server on loopback: both TLS modes deliver; a wrong
// password, a server that is down, a silent one, an untrusted certificate
// and an unknown name each fail at their own stage.
func TestSendRealServer(t *testing.T) {
	cert, err := alerttest.NewCert(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	starttls, err := alerttest.StartSMTP(cert, false, "guardian@example.jp", "app-password")
	if err != nil {
		t.Fatal(err)
	}
	defer starttls.Close()
	implicit, err := alerttest.StartSMTP(cert, true, "guardian@example.jp", "app-password")
	if err != nil {
		t.Fatal(err)
	}
	defer implicit.Close()
	silent, err := alerttest.StartSilent()
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	down, err := alerttest.ClosedPort()
	if err != nil {
		t.Fatal(err)
	}
	base := Config{Host: "127.0.0.1", Username: "guardian@example.jp", Password: "app-password",
		From: "guardian@example.jp", To: []string{"son@example.jp"}, CAFile: cert.PEMFile}
	with := func(f func(*Config)) Config { c := base; c.To = append([]string(nil), base.To...); f(&c); return c }
	cases := []struct {
		name  string
		cfg   Config
		stage string
		srv   *alerttest.SMTP
	}{
		{"starttls", with(func(c *Config) { c.Port, c.Security = starttls.Port, StartTLS }), "", starttls},
		{"implicit-tls", with(func(c *Config) { c.Port, c.Security = implicit.Port, TLS }), "", implicit},
		{"wrong-password", with(func(c *Config) { c.Port, c.Security, c.Password = starttls.Port, StartTLS, "wrong" }), failure.Auth, nil},
		{"down", with(func(c *Config) { c.Port, c.Security = down, StartTLS }), failure.Connect, nil},
		{"slow", with(func(c *Config) { c.Port, c.Security = silent.Port, StartTLS }), failure.Timeout, nil},
		{"untrusted-cert", with(func(c *Config) { c.Port, c.Security, c.CAFile = starttls.Port, StartTLS, "" }), failure.TLS, nil},
		{"implicit-tls-on-plain-port", with(func(c *Config) { c.Port, c.Security = starttls.Port, TLS }), failure.TLS, nil},
		{"unknown-name", with(func(c *Config) { c.Host, c.Port, c.Security = "no-such-host.invalid", 587, StartTLS }), failure.DNS, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// Generous for a loaded machine; the silent server must still time out.
			d := 15 * time.Second
			if c.stage == failure.Timeout {
				d = time.Second
			}
			ctx, cancel := context.WithTimeout(context.Background(), d)
			defer cancel()
			err := Send(ctx, c.cfg, rendered(t))
			if c.stage != "" {
				if got := failure.StageOf(err); got != c.stage {
					t.Fatalf("error %v: stage %q, want %q", err, got, c.stage)
				}
				if strings.Contains(err.Error(), "app-password") {
					t.Errorf("the password is in the error: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			mails := c.srv.Wait(1, 5*time.Second)
			if len(mails) != 1 || mails[0].To[0] != "son@example.jp" {
				t.Fatalf("mails = %+v", mails)
			}
			checkMessage(t, mails[0].Data)
		})
	}
}

func checkMessage(t *testing.T, data []byte) {
	t.Helper()
	m, err := mail.ReadMessage(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	subj, err := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if err != nil || subj != "AlertGuard：詐欺のページを止めました" {
		t.Errorf("subject %q (%v)", subj, err)
	}
	if m.Header.Get("Auto-Submitted") != "auto-generated" {
		t.Error("not marked auto-generated")
	}
	body, _ := io.ReadAll(m.Body)
	if !strings.Contains(string(body), "text/html") || !strings.Contains(string(body), "text/plain") {
		t.Errorf("not multipart/alternative with text and HTML:\n%s", body)
	}
}

func TestCheck(t *testing.T) {
	good := Config{Host: "smtp.example.jp", Port: 587, Security: StartTLS, From: "a@example.jp", To: []string{"b@example.jp"}}
	for i, c := range []struct {
		mod func(*Config)
		ok  bool
	}{
		{func(*Config) {}, true},
		{func(c *Config) { c.Host = "" }, false},
		{func(c *Config) { c.Host = "smtp.example.jp:587" }, false},
		{func(c *Config) { c.Port = 0 }, false},
		{func(c *Config) { c.Security = "none" }, false},
		{func(c *Config) { c.To = nil }, false},
		{func(c *Config) { c.To = []string{"not an address"} }, false},
		{func(c *Config) { c.From = "a@example.jp\r\nBcc: x@example.jp" }, false},
	} {
		cfg := good
		c.mod(&cfg)
		if err := cfg.Check(); (err == nil) != c.ok {
			t.Errorf("case %d: Check() = %v, want ok=%v", i, err, c.ok)
		}
	}
	if got := DefaultSecurity(465) + " " + DefaultSecurity(587); got != "tls starttls" {
		t.Errorf("DefaultSecurity: %s", got)
	}
}
