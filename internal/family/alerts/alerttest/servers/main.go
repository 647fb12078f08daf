// Command servers starts the alert tests' real servers on 127.0.0.1 for
// the end-to-end tests (extension/test/e2e/alerts-suite.js): an SMTP server
// with STARTTLS and AUTH, an ntfy-speaking server and a webhook receiver.
// It prints one JSON line with their addresses, then one JSON line per
// message received, until its standard input closes.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts/alerttest"
)

// Ready is the first line.
type Ready struct {
	SMTPPort   int    `json:"smtpPort"`
	SMTPUser   string `json:"smtpUser"`
	SMTPPass   string `json:"smtpPassword"`
	CAFile     string `json:"caFile"`
	NtfyURL    string `json:"ntfyURL"`
	WebhookURL string `json:"webhookURL"`
}

// Got is one message received.
type Got struct {
	Channel string `json:"channel"`
	To      string `json:"to,omitempty"`
	Subject string `json:"subject,omitempty"`
	Text    string `json:"text"`
	HTML    string `json:"html,omitempty"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "servers:", err)
		os.Exit(1)
	}
}

func run() error {
	dir, err := os.MkdirTemp("", "ag-alert-servers-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	cert, err := alerttest.NewCert(dir)
	if err != nil {
		return err
	}
	smtpSrv, err := alerttest.StartSMTP(cert, false, "son@example.jp", "app-password")
	if err != nil {
		return err
	}
	defer smtpSrv.Close()
	ntfy, hook := alerttest.NewNtfy(""), alerttest.NewReceiver()
	defer ntfy.Close()
	defer hook.Close()
	var mu sync.Mutex
	enc := json.NewEncoder(os.Stdout)
	emit := func(v any) {
		mu.Lock()
		defer mu.Unlock()
		_ = enc.Encode(v)
	}
	emit(Ready{SMTPPort: smtpSrv.Port, SMTPUser: smtpSrv.User, SMTPPass: smtpSrv.Password, CAFile: cert.PEMFile, NtfyURL: ntfy.URL, WebhookURL: hook.URL})
	done := make(chan struct{})
	go func() { _, _ = io.Copy(io.Discard, os.Stdin); close(done) }()
	seen := map[string]int{}
	for {
		select {
		case <-done:
			return nil
		case <-time.After(100 * time.Millisecond):
		}
		mails := smtpSrv.Mails()
		for _, m := range mails[seen["email"]:] {
			emit(parseMail(m))
		}
		seen["email"] = len(mails)
		for _, r := range []struct {
			name string
			rcv  *alerttest.Receiver
		}{{"ntfy", ntfy}, {"webhook", hook}} {
			got := r.rcv.Got()
			for _, p := range got[seen[r.name]:] {
				emit(Got{Channel: r.name, To: p.Path, Subject: p.Title, Text: p.Body})
			}
			seen[r.name] = len(got)
		}
	}
}

// parseMail reads the subject and the text and HTML parts.
func parseMail(m alerttest.Mail) Got {
	g := Got{Channel: "email", To: strings.Join(m.To, ",")}
	msg, err := mail.ReadMessage(strings.NewReader(string(m.Data)))
	if err != nil {
		g.Text = "unreadable: " + err.Error()
		return g
	}
	g.Subject, _ = new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return g
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			return g
		}
		b, _ := io.ReadAll(p) // quoted-printable is decoded by the reader
		switch {
		case strings.HasPrefix(p.Header.Get("Content-Type"), "text/plain"):
			g.Text = strings.ReplaceAll(string(b), "\r\n", "\n")
		case strings.HasPrefix(p.Header.Get("Content-Type"), "text/html"):
			g.HTML = strings.ReplaceAll(string(b), "\r\n", "\n")
		}
	}
}
