// Package alerts tells the guardian, on a channel they already own, when
// AlertGuard stops a scam on the family PC: e-mail through their account,
// an ntfy push, a webhook (Slack, Discord, Teams) or LINE. Alerts are off
// until the guardian turns them on with the PIN; they wait in a queue in
// the data folder (0600, survives restarts) and are sent in the background
// with retries, one per scam session, rate-limited. The verdict never waits
// for them.
package alerts

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts/email"
	"github.com/alertguard/alertguard/internal/family/alerts/push"
	"github.com/alertguard/alertguard/internal/platform/filelock"
)

// Files in the data folder, all 0600.
const (
	SettingsFile = "alerts.json"
	settingsLock = "alerts.lock"
	maxFileBytes = 1 << 20
	settingsVer  = 1
)

// Channel names.
const (
	ChannelEmail   = "email"
	ChannelNtfy    = "ntfy"
	ChannelWebhook = "webhook"
	ChannelLine    = "line"
)

// Channels lists every channel in the order they are tried.
var Channels = []string{ChannelEmail, ChannelNtfy, ChannelWebhook, ChannelLine}

// Scam-session window (docs/family.md): how long after a block or warning
// the scam's next step is watched for.
const (
	DefaultSessionHours = 24
	MaxSessionHours     = 72
)

// Settings is alerts.json: whether alerts are on, how they read, and the
// guardian's channels with their secrets (password, tokens, webhook address).
type Settings struct {
	Version        int           `json:"version"`
	On             bool          `json:"on"`
	Lang           string        `json:"lang"`                   // ja or en: the guardian's language
	IncludeAddress bool          `json:"includeAddress"`         // send the page's address too
	Warnings       bool          `json:"warnings"`               // also alert on warnings, not only blocks
	SessionHours   int           `json:"sessionHours,omitempty"` // the scam-session window; 0 = DefaultSessionHours
	Email          *email.Config `json:"email,omitempty"`
	Ntfy           *push.Ntfy    `json:"ntfy,omitempty"`
	Webhook        *push.Webhook `json:"webhook,omitempty"`
	Line           *push.Line    `json:"line,omitempty"`
}

// DefaultSettings is alerts off, no channel.
func DefaultSettings() *Settings { return &Settings{Version: settingsVer, Lang: "ja"} }

// Session is the scam-session window.
func (s *Settings) Session() time.Duration {
	h := s.SessionHours
	if h <= 0 {
		h = DefaultSessionHours
	}
	return time.Duration(min(h, MaxSessionHours)) * time.Hour
}

// Configured lists the channels that are set up.
func (s *Settings) Configured() []string {
	var out []string
	for _, c := range Channels {
		if s.has(c) {
			out = append(out, c)
		}
	}
	return out
}

func (s *Settings) has(c string) bool {
	switch c {
	case ChannelEmail:
		return s.Email != nil
	case ChannelNtfy:
		return s.Ntfy != nil
	case ChannelWebhook:
		return s.Webhook != nil
	case ChannelLine:
		return s.Line != nil
	}
	return false
}

// Validate checks every value.
func (s *Settings) Validate() error {
	if s.Version != settingsVer {
		return fmt.Errorf("alerts settings version %d is not %d", s.Version, settingsVer)
	}
	if s.Lang != "ja" && s.Lang != "en" {
		return errors.New("lang must be ja or en")
	}
	if s.SessionHours < 0 || s.SessionHours > MaxSessionHours {
		return fmt.Errorf("sessionHours must be 0 to %d", MaxSessionHours)
	}
	checks := []func() error{}
	if s.Email != nil {
		checks = append(checks, s.Email.Check)
	}
	if s.Ntfy != nil {
		checks = append(checks, s.Ntfy.Check)
	}
	if s.Webhook != nil {
		checks = append(checks, s.Webhook.Check)
	}
	if s.Line != nil {
		checks = append(checks, s.Line.Check)
	}
	for _, c := range checks {
		if err := c(); err != nil {
			return err
		}
	}
	if s.On && len(s.Configured()) == 0 {
		return errors.New("alerts need at least one channel (e-mail, ntfy, webhook or LINE)")
	}
	return nil
}

// Public is the settings without secrets, for the options page and
// `alertguard guardian alerts status`.
type Public struct {
	On             bool     `json:"on"`
	Lang           string   `json:"lang"`
	IncludeAddress bool     `json:"includeAddress"`
	Warnings       bool     `json:"warnings"`
	SessionHours   int      `json:"sessionHours"`
	Channels       []string `json:"channels"`
	EmailTo        []string `json:"emailTo,omitempty"`
	EmailServer    string   `json:"emailServer,omitempty"` // host:port
	EmailSecurity  string   `json:"emailSecurity,omitempty"`
	EmailUser      string   `json:"emailUser,omitempty"`
	EmailFrom      string   `json:"emailFrom,omitempty"`
	NtfyServer     string   `json:"ntfyServer,omitempty"`  // the topic is a secret: whoever knows it can read the alerts
	WebhookHost    string   `json:"webhookHost,omitempty"` // the address's host only: the rest is a secret
	WebhookFormat  string   `json:"webhookFormat,omitempty"`
	LineTo         string   `json:"lineTo,omitempty"`
}

// Public hides every secret.
func (s *Settings) Public() Public {
	p := Public{On: s.On, Lang: s.Lang, IncludeAddress: s.IncludeAddress, Warnings: s.Warnings,
		SessionHours: int(s.Session() / time.Hour), Channels: s.Configured()}
	if p.Channels == nil {
		p.Channels = []string{}
	}
	if s.Email != nil {
		p.EmailTo, p.EmailServer = s.Email.To, fmt.Sprintf("%s:%d", s.Email.Host, s.Email.Port)
		p.EmailSecurity, p.EmailUser, p.EmailFrom = s.Email.Security, s.Email.Username, s.Email.From
	}
	if s.Ntfy != nil {
		p.NtfyServer = s.Ntfy.Server
	}
	if s.Webhook != nil {
		if u, err := url.Parse(s.Webhook.URL); err == nil {
			p.WebhookHost = u.Host
		}
		p.WebhookFormat = s.Webhook.Format
	}
	if s.Line != nil {
		p.LineTo = s.Line.To
	}
	return p
}

// InvalidError is a change refused for what was asked, not for the disk.
type InvalidError struct{ Err error }

func (e *InvalidError) Error() string { return e.Err.Error() }
func (e *InvalidError) Unwrap() error { return e.Err }

// Store reads and writes alerts.json in one data folder.
type Store struct{ Dir string }

func (st Store) path() string { return filepath.Join(st.Dir, SettingsFile) }

// Load returns the settings: defaults (alerts off) when there is no file;
// defaults and an error when it is corrupt.
func (st Store) Load() (*Settings, error) {
	b, err := readBounded(st.path())
	if errors.Is(err, os.ErrNotExist) {
		return DefaultSettings(), nil
	}
	if err != nil {
		return DefaultSettings(), fmt.Errorf("reading %s: %w", st.path(), err)
	}
	s, err := ParseSettings(b)
	if err != nil {
		return DefaultSettings(), fmt.Errorf("%s: %w", st.path(), err)
	}
	return s, nil
}

// ParseSettings decodes and checks alerts.json.
func ParseSettings(b []byte) (*Settings, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	s := DefaultSettings()
	if err := dec.Decode(s); err != nil {
		return nil, fmt.Errorf("not valid alert settings: %w", err)
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

// Update changes the settings under the lock; nothing is written when fn
// or the validation fails. A corrupt file is replaced.
func (st Store) Update(fn func(s *Settings) error) error {
	if err := os.MkdirAll(st.Dir, 0o700); err != nil {
		return fmt.Errorf("creating data folder: %w", err)
	}
	return filelock.With(filepath.Join(st.Dir, settingsLock), func() error {
		s, _ := st.Load()
		if err := fn(s); err != nil {
			return &InvalidError{err}
		}
		if err := s.Validate(); err != nil {
			return &InvalidError{err}
		}
		return writeAtomic(st.Dir, SettingsFile, s)
	})
}

func readBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxFileBytes {
		return nil, fmt.Errorf("file is over %d bytes", maxFileBytes)
	}
	return b, nil
}

// writeAtomic writes v as JSON, 0600, through a temporary file and rename.
func writeAtomic(dir, name string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding %s: %w", name, err)
	}
	tmp, err := os.CreateTemp(dir, name+"-*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("securing %s: %w", name, err)
	}
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
		return fmt.Errorf("replacing %s: %w", name, err)
	}
	return nil
}
