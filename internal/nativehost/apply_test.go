package nativehost

import (
	"testing"

	"github.com/alertguard/alertguard/internal/family/alerts"
	"github.com/alertguard/alertguard/internal/family/alerts/email"
	"github.com/alertguard/alertguard/internal/family/alerts/push"
	"github.com/alertguard/alertguard/internal/protocol"
)

// The options page never sees secrets, so a secret it leaves empty keeps
// the stored one; a new one replaces it; remove drops a channel.
func TestApplyAlertsKeepsSecrets(t *testing.T) {
	stored := func() *alerts.Settings {
		s := alerts.DefaultSettings()
		s.Email = &email.Config{Host: "smtp.example.jp", Port: 587, Security: email.StartTLS, Username: "u", Password: "old-pass", From: "a@example.jp", To: []string{"a@example.jp"}, CAFile: "/ca.pem"}
		s.Ntfy = &push.Ntfy{Server: "https://ntfy.sh", Topic: "secret-topic", Token: "tk"}
		s.Webhook = &push.Webhook{URL: "https://hooks.slack.com/services/X", Format: push.FormatSlack}
		s.Line = &push.Line{Token: "line-token", To: "U1"}
		return s
	}
	for _, c := range []struct {
		name  string
		req   protocol.AlertsSetRequest
		check func(*alerts.Settings) bool
	}{
		{"empty secrets keep the stored ones", protocol.AlertsSetRequest{Lang: "en",
			Email: &email.Config{Host: "smtp.example.jp", Port: 465, Security: email.TLS, From: "a@example.jp", To: []string{"b@example.jp"}},
			Ntfy:  &push.Ntfy{Server: "https://ntfy.example"}, Webhook: &push.Webhook{Format: push.FormatTeams}, Line: &push.Line{To: "U2"}},
			func(s *alerts.Settings) bool {
				return s.Email.Password == "old-pass" && s.Email.CAFile == "/ca.pem" && s.Email.Port == 465 && s.Ntfy.Topic == "secret-topic" &&
					s.Ntfy.Token == "tk" && s.Ntfy.Server == "https://ntfy.example" && s.Webhook.URL == "https://hooks.slack.com/services/X" &&
					s.Webhook.Format == push.FormatTeams && s.Line.Token == "line-token" && s.Line.To == "U2" && s.Lang == "en"
			}},
		{"new secrets replace", protocol.AlertsSetRequest{Email: &email.Config{Password: "new-pass"}, Line: &push.Line{Token: "t2", To: "U1"}},
			func(s *alerts.Settings) bool {
				return s.Email.Password == "new-pass" && s.Line.Token == "t2" && s.Lang == "ja"
			}},
		{"remove", protocol.AlertsSetRequest{Remove: []string{"ntfy", "line"}},
			func(s *alerts.Settings) bool {
				return s.Ntfy == nil && s.Line == nil && s.Email != nil && s.Webhook != nil
			}},
	} {
		s := stored()
		if err := ApplyAlerts(s, &c.req); err != nil || !c.check(s) {
			t.Errorf("%s: %v %+v", c.name, err, s)
		}
	}
	if err := ApplyAlerts(stored(), &protocol.AlertsSetRequest{Remove: []string{"fax"}}); err == nil {
		t.Error("an unknown channel was removed")
	}
	if err := ApplyAlerts(stored(), &protocol.AlertsSetRequest{Lang: "fr"}); err == nil {
		t.Error("lang fr accepted")
	}
}
