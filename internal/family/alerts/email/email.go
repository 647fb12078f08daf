// Package email sends a guardian alert through the guardian's own mail
// account: SMTP with STARTTLS (port 587) or implicit TLS (465), PLAIN
// authentication with an app password. Nothing of AlertGuard's in between.
package email

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"net/smtp"
	"net/textproto"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts/failure"
	"github.com/alertguard/alertguard/internal/family/alerts/message"
)

// Security modes.
const (
	StartTLS = "starttls"
	TLS      = "tls"
)

// MaxRecipients bounds To.
const MaxRecipients = 5

// Config is the guardian's mail account. Password is a secret.
type Config struct {
	Host     string   `json:"host"`
	Port     int      `json:"port"`
	Security string   `json:"security"` // starttls (default for 587) or tls (465)
	Username string   `json:"username"`
	Password string   `json:"password"`
	From     string   `json:"from"`
	To       []string `json:"to"`
	CAFile   string   `json:"caFile,omitempty"` // a PEM file to trust, for a self-hosted server
}

// Check says what is missing or malformed.
func (c Config) Check() error {
	switch {
	case c.Host == "" || strings.ContainsAny(c.Host, " /:"):
		return errors.New("e-mail: the server name (--host) is missing or malformed")
	case c.Port < 1 || c.Port > 65535:
		return errors.New("e-mail: the port must be 1 to 65535")
	case c.Security != StartTLS && c.Security != TLS:
		return fmt.Errorf("e-mail: security must be %s or %s", StartTLS, TLS)
	case len(c.To) == 0 || len(c.To) > MaxRecipients:
		return fmt.Errorf("e-mail: name 1 to %d recipients", MaxRecipients)
	}
	for _, a := range append([]string{c.From}, c.To...) {
		if _, err := mail.ParseAddress(a); err != nil || strings.ContainsAny(a, "\r\n") {
			return fmt.Errorf("e-mail: %q is not an address", a)
		}
	}
	return nil
}

// DefaultSecurity is the usual mode for a port.
func DefaultSecurity(port int) string {
	if port == 465 {
		return TLS
	}
	return StartTLS
}

// Send delivers one alert; ctx bounds the whole conversation.
func Send(ctx context.Context, c Config, r message.Rendered) error {
	if err := c.Check(); err != nil {
		return failure.New(failure.Config, err.Error(), nil)
	}
	msg, err := Compose(c, r, time.Now())
	if err != nil {
		return err
	}
	addr := net.JoinHostPort(c.Host, strconv.Itoa(c.Port))
	tc, err := c.tlsConfig()
	if err != nil {
		return failure.New(failure.Config, err.Error(), nil)
	}
	conn, err := dial(ctx, addr, c.Security, tc)
	if err != nil {
		return failure.Network(addr, err)
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	if err := converse(conn, c, tc, msg); err != nil {
		return failure.Network(addr, err)
	}
	return nil
}

func (c Config) tlsConfig() (*tls.Config, error) {
	tc := &tls.Config{ServerName: c.Host, MinVersion: tls.VersionTLS12}
	if c.CAFile == "" {
		return tc, nil
	}
	pem, err := os.ReadFile(c.CAFile)
	if err != nil {
		return nil, fmt.Errorf("e-mail: reading the certificate file: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("e-mail: the certificate file holds no PEM certificate")
	}
	tc.RootCAs = pool
	return tc, nil
}

func dial(ctx context.Context, addr, security string, tc *tls.Config) (net.Conn, error) {
	d := &net.Dialer{}
	if security == TLS {
		td := &tls.Dialer{NetDialer: d, Config: tc}
		return td.DialContext(ctx, "tcp", addr)
	}
	return d.DialContext(ctx, "tcp", addr)
}

func converse(conn net.Conn, c Config, tc *tls.Config, msg []byte) error {
	cl, err := smtp.NewClient(conn, c.Host)
	if err != nil {
		return smtpErr("greeting", err)
	}
	defer cl.Close()
	if err := cl.Hello("alertguard.localhost"); err != nil {
		return smtpErr("EHLO", err)
	}
	if c.Security == StartTLS {
		if ok, _ := cl.Extension("STARTTLS"); !ok {
			return failure.New(failure.TLS, "the server does not offer STARTTLS; the password would go unencrypted", nil)
		}
		if err := cl.StartTLS(tc); err != nil {
			return failure.Network(c.Host, err)
		}
	}
	if c.Username != "" {
		if ok, _ := cl.Extension("AUTH"); !ok {
			return failure.New(failure.Auth, "the server offers no login (AUTH)", nil)
		}
		if err := cl.Auth(smtp.PlainAuth("", c.Username, c.Password, c.Host)); err != nil {
			return failure.New(failure.Auth, "the server refused the user name or password", err)
		}
	}
	if err := cl.Mail(c.From); err != nil {
		return smtpErr("MAIL FROM", err)
	}
	for _, to := range c.To {
		if err := cl.Rcpt(to); err != nil {
			return smtpErr("RCPT TO "+to, err)
		}
	}
	w, err := cl.Data()
	if err != nil {
		return smtpErr("DATA", err)
	}
	if _, err := w.Write(msg); err != nil {
		return smtpErr("DATA", err)
	}
	if err := w.Close(); err != nil {
		return smtpErr("end of DATA", err)
	}
	return cl.Quit()
}

func smtpErr(step string, err error) error {
	var tp *textproto.Error
	if errors.As(err, &tp) {
		if tp.Code == 530 || tp.Code == 534 || tp.Code == 535 {
			return failure.New(failure.Auth, "the server refused the user name or password", err)
		}
		return failure.New(failure.Server, fmt.Sprintf("the mail server refused %s (%d)", step, tp.Code), err)
	}
	return err
}

// Compose writes the message: plain text and HTML alternatives, UTF-8,
// quoted-printable, marked as automatically sent.
func Compose(c Config, r message.Rendered, now time.Time) ([]byte, error) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, part := range []struct{ typ, text string }{{"text/plain", r.Text}, {"text/html", r.HTML}} {
		pw, err := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {part.typ + "; charset=UTF-8"},
			"Content-Transfer-Encoding": {"quoted-printable"},
		})
		if err != nil {
			return nil, fmt.Errorf("composing the e-mail: %w", err)
		}
		qp := quotedprintable.NewWriter(pw)
		if _, err := qp.Write([]byte(strings.ReplaceAll(part.text, "\n", "\r\n"))); err != nil {
			return nil, fmt.Errorf("composing the e-mail: %w", err)
		}
		if err := qp.Close(); err != nil {
			return nil, fmt.Errorf("composing the e-mail: %w", err)
		}
	}
	if err := mw.Close(); err != nil {
		return nil, fmt.Errorf("composing the e-mail: %w", err)
	}
	var id [8]byte
	_, _ = rand.Read(id[:])
	var h bytes.Buffer
	for _, kv := range [][2]string{
		{"From", c.From},
		{"To", strings.Join(c.To, ", ")},
		{"Subject", mime.BEncoding.Encode("UTF-8", r.Subject)},
		{"Date", now.Format(time.RFC1123Z)},
		{"Message-ID", "<" + hex.EncodeToString(id[:]) + "@alertguard.localhost>"},
		{"Auto-Submitted", "auto-generated"},
		{"MIME-Version", "1.0"},
		{"Content-Type", "multipart/alternative; boundary=" + mw.Boundary()},
	} {
		fmt.Fprintf(&h, "%s: %s\r\n", kv[0], kv[1])
	}
	h.WriteString("\r\n")
	h.Write(body.Bytes())
	return h.Bytes(), nil
}
