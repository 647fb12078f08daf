// Package push sends a guardian alert over HTTP to a service the guardian
// already uses: an ntfy topic (a push to their phone), a webhook (plain
// JSON, or the bodies Slack, Discord and Microsoft Teams incoming webhooks
// take), or LINE (Messaging API push to the guardian's own user id).
package push

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/alertguard/alertguard/internal/family/alerts/failure"
	"github.com/alertguard/alertguard/internal/family/alerts/message"
)

// Webhook body formats.
const (
	FormatJSON    = "json"
	FormatSlack   = "slack"
	FormatDiscord = "discord"
	FormatTeams   = "teams"
)

// LineAPI is LINE's Messaging API push endpoint.
const LineAPI = "https://api.line.me/v2/bot/message/push"

// Limits of the services: LINE takes 5,000 characters a text message,
// Discord 2,000.
const (
	maxLineText    = 5000
	maxDiscordText = 2000
	maxReply       = 4 << 10
)

// Ntfy is a topic on a public or self-hosted ntfy server. Token (optional)
// is a secret; so is the topic name on a public server.
type Ntfy struct {
	Server string `json:"server"`
	Topic  string `json:"topic"`
	Token  string `json:"token,omitempty"`
}

// Webhook is an incoming-webhook address (a secret) and its body format.
type Webhook struct {
	URL    string `json:"url"`
	Format string `json:"format"`
}

// Line is a LINE Messaging API channel's access token (a secret) and the
// guardian's own user id. API is the endpoint (LineAPI unless set).
type Line struct {
	Token string `json:"token"`
	To    string `json:"to"`
	API   string `json:"api,omitempty"`
}

// CheckURL accepts https addresses, and http only on this computer
// (a secret must not cross a network unencrypted).
func CheckURL(raw string) (*url.URL, error) {
	// Errors name the host only: the rest of a webhook address is a secret.
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return nil, errors.New("the address is not a web address (https://…)")
	}
	switch u.Scheme {
	case "https":
		return u, nil
	case "http":
		if ip := net.ParseIP(u.Hostname()); (ip != nil && ip.IsLoopback()) || u.Hostname() == "localhost" {
			return u, nil
		}
		return nil, fmt.Errorf("%s: use https (plain http only to this computer)", u.Host)
	}
	return nil, fmt.Errorf("%s: the address must start with https://", u.Host)
}

// Check says what is missing or malformed.
func (n Ntfy) Check() error {
	if _, err := CheckURL(n.Server); err != nil {
		return fmt.Errorf("ntfy: %w", err)
	}
	if n.Topic == "" || len(n.Topic) > 64 || strings.ContainsAny(n.Topic, "/?#% ") {
		return errors.New("ntfy: the topic must be 1 to 64 characters without / ? # % or spaces")
	}
	return nil
}

// Check says what is missing or malformed.
func (w Webhook) Check() error {
	if _, err := CheckURL(w.URL); err != nil {
		return fmt.Errorf("webhook: %w", err)
	}
	switch w.Format {
	case FormatJSON, FormatSlack, FormatDiscord, FormatTeams:
		return nil
	}
	return fmt.Errorf("webhook: format must be %s, %s, %s or %s", FormatJSON, FormatSlack, FormatDiscord, FormatTeams)
}

// Check says what is missing or malformed.
func (l Line) Check() error {
	if l.Token == "" {
		return errors.New("line: the channel access token is missing")
	}
	if l.To == "" || strings.ContainsAny(l.To, " \r\n") {
		return errors.New("line: the user id (U… from the LINE Developers console) is missing")
	}
	if l.API != "" {
		if _, err := CheckURL(l.API); err != nil {
			return fmt.Errorf("line: %w", err)
		}
	}
	return nil
}

// Client posts alerts. HTTP is the client to use (http.DefaultClient's
// transport when nil); ctx bounds every request.
type Client struct {
	HTTP *http.Client
}

func (c Client) client() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return &http.Client{}
}

// SendNtfy publishes to the topic: the title, the text, high priority.
func (c Client) SendNtfy(ctx context.Context, n Ntfy, r message.Rendered) error {
	if err := n.Check(); err != nil {
		return failure.New(failure.Config, err.Error(), nil)
	}
	target := strings.TrimRight(n.Server, "/") + "/" + url.PathEscape(n.Topic)
	h := http.Header{"Content-Type": {"text/plain; charset=utf-8"}, "Priority": {"high"}, "Tags": {"warning"},
		// ntfy reads RFC 2047 encoded titles, so Japanese survives the header.
		"Title": {encodeHeader(r.Subject)}}
	if n.Token != "" {
		h.Set("Authorization", "Bearer "+n.Token)
	}
	return c.post(ctx, target, h, []byte(r.Text))
}

// SendWebhook posts the alert as JSON in the webhook's format.
func (c Client) SendWebhook(ctx context.Context, w Webhook, a message.Alert, r message.Rendered) error {
	if err := w.Check(); err != nil {
		return failure.New(failure.Config, err.Error(), nil)
	}
	body, err := WebhookBody(w.Format, a, r)
	if err != nil {
		return failure.New(failure.Config, err.Error(), nil)
	}
	return c.post(ctx, w.URL, http.Header{"Content-Type": {"application/json"}}, body)
}

// The bodies of the chat services' incoming webhooks.
type (
	slackBody struct {
		Text string `json:"text"`
	}
	discordBody struct {
		Content         string          `json:"content"`
		AllowedMentions allowedMentions `json:"allowed_mentions"`
	}
	allowedMentions struct {
		Parse []string `json:"parse"`
	}
	// A Teams Workflows ("Post to a channel when a webhook request is
	// received") webhook takes an Adaptive Card in a message.
	teamsBody struct {
		Type        string            `json:"type"`
		Attachments []teamsAttachment `json:"attachments"`
	}
	teamsAttachment struct {
		ContentType string    `json:"contentType"`
		Content     teamsCard `json:"content"`
	}
	teamsCard struct {
		Type    string      `json:"type"`
		Version string      `json:"version"`
		Schema  string      `json:"$schema"`
		Body    []textBlock `json:"body"`
	}
	textBlock struct {
		Type   string `json:"type"`
		Text   string `json:"text"`
		Weight string `json:"weight,omitempty"`
		Size   string `json:"size,omitempty"`
		Wrap   bool   `json:"wrap"`
	}
	jsonBody struct {
		Source  string        `json:"source"`
		Subject string        `json:"subject"`
		Text    string        `json:"text"`
		Alert   message.Alert `json:"alert"`
	}
	lineBody struct {
		To       string        `json:"to"`
		Messages []lineMessage `json:"messages"`
	}
	lineMessage struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
)

// WebhookBody is the JSON a webhook of this format takes.
func WebhookBody(format string, a message.Alert, r message.Rendered) ([]byte, error) {
	text := r.Subject + "\n\n" + r.Text
	var v any
	switch format {
	case FormatSlack:
		v = slackBody{Text: text}
	case FormatDiscord:
		v = discordBody{Content: cutRunes(text, maxDiscordText), AllowedMentions: allowedMentions{Parse: []string{}}}
	case FormatTeams:
		v = teamsBody{Type: "message", Attachments: []teamsAttachment{{ContentType: "application/vnd.microsoft.card.adaptive",
			Content: teamsCard{Type: "AdaptiveCard", Version: "1.4", Schema: "http://adaptivecards.io/schemas/adaptive-card.json",
				Body: []textBlock{{Type: "TextBlock", Text: r.Subject, Weight: "Bolder", Size: "Medium", Wrap: true},
					{Type: "TextBlock", Text: r.Text, Wrap: true}}}}}}
	default:
		v = jsonBody{Source: "alertguard", Subject: r.Subject, Text: r.Text, Alert: a}
	}
	return json.Marshal(v)
}

// SendLine pushes the text to the guardian's LINE account.
func (c Client) SendLine(ctx context.Context, l Line, r message.Rendered) error {
	if err := l.Check(); err != nil {
		return failure.New(failure.Config, err.Error(), nil)
	}
	api := l.API
	if api == "" {
		api = LineAPI
	}
	body, err := LineBody(l, r)
	if err != nil {
		return err
	}
	return c.post(ctx, api, http.Header{"Content-Type": {"application/json"}, "Authorization": {"Bearer " + l.Token}}, body)
}

// LineBody is the push message LINE takes: one text message to the user.
func LineBody(l Line, r message.Rendered) ([]byte, error) {
	return json.Marshal(lineBody{To: l.To, Messages: []lineMessage{{Type: "text", Text: cutRunes(r.Subject+"\n\n"+r.Text, maxLineText)}}})
}

func (c Client) post(ctx context.Context, target string, h http.Header, body []byte) error {
	u, err := CheckURL(target)
	if err != nil {
		return failure.New(failure.Config, err.Error(), nil)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return failure.New(failure.Config, err.Error(), nil)
	}
	req.Header = h
	resp, err := c.client().Do(req)
	if err != nil {
		return failure.Network(u.Host, unwrapURL(err))
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(io.LimitReader(resp.Body, maxReply))
	if resp.StatusCode/100 == 2 {
		return nil
	}
	stage := failure.HTTP
	what := fmt.Sprintf("%s answered %s", u.Host, resp.Status)
	if resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden {
		stage, what = failure.Auth, fmt.Sprintf("%s refused the token or address (%s)", u.Host, resp.Status)
	}
	return failure.New(stage, what, errors.New(oneLine(string(reply))))
}

func unwrapURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return cutRunes(s, 200)
}

func cutRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func encodeHeader(s string) string { return mime.BEncoding.Encode("UTF-8", s) }
