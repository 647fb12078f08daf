package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/alertguard/alertguard/internal/family"
	"github.com/alertguard/alertguard/internal/family/alerts"
	"github.com/alertguard/alertguard/internal/family/alerts/email"
	"github.com/alertguard/alertguard/internal/family/alerts/push"
)

const alertsUsage = `Usage:
  alertguard guardian alerts status [--json]        what is set up, and alerts waiting to be sent
  alertguard guardian alerts on [--lang ja|en] [--include-address] [--warnings] [--session 24h]
  alertguard guardian alerts off
  alertguard guardian alerts email --host HOST [--port 587] [--security starttls|tls] --user USER --from ADDR --to ADDR[,ADDR]
                                                    asks for the mail account's (app) password
  alertguard guardian alerts ntfy --server https://ntfy.sh --topic TOPIC [--token]   --token asks for an access token
  alertguard guardian alerts webhook --format slack|discord|teams|json             asks for the webhook's address
  alertguard guardian alerts line --to USER_ID                                      asks for the channel access token
  alertguard guardian alerts remove email|ntfy|webhook|line
  alertguard guardian alerts test                   send a test alert on every channel now, and say what failed
  alertguard guardian alerts send                   send the alerts waiting in the queue now
Every change needs the guardian PIN. Secrets are read from the terminal without echo, or
one per line from standard input after the PIN; never give them as options.`

func runAlerts(args []string, e env) int {
	cmd, rest, code, ok := subcommand(args, alertsUsage, e, "status", "on", "off", "email", "ntfy", "webhook", "line", "remove", "test", "send")
	if !ok {
		return code
	}
	fs := newFlags("guardian alerts "+cmd, "guardian alerts "+cmd, e)
	o := alertFlags(fs, cmd)
	if done, code := parseFlags(fs, rest, e); done {
		return code
	}
	f, err := openFamily(e)
	if err != nil {
		return pinFailure(e, "guardian alerts", err)
	}
	svc := alerts.New(f.Guard.Store.Dir)
	switch cmd {
	case "status":
		return alertsStatus(svc, *o.json, e)
	case "test":
		return alertsTest(svc, e)
	case "send":
		return alertsSend(svc, e)
	}
	change, err := o.change(cmd, fs)
	if err != nil {
		return pinFailure(e, "guardian alerts "+cmd, &family.BadInputError{Err: err})
	}
	p := newPINReader(e)
	pin, err := p.currentPIN(f)
	if err != nil {
		return pinFailure(e, "guardian alerts", err)
	}
	if prompt := o.secretPrompt(cmd); prompt != "" {
		if o.secret, err = p.read(prompt); err == nil && o.secret == "" {
			err = &family.BadInputError{Err: errors.New("nothing was entered")}
		}
		if err != nil {
			return pinFailure(e, "guardian alerts "+cmd, err)
		}
	}
	if err := f.ChangeAlerts(pin, func(a *alerts.Settings) error { return change(a, o.secret) }); err != nil {
		return pinFailure(e, "guardian alerts "+cmd, err)
	}
	svc.Wake()
	return alertsStatus(svc, false, e)
}

// alertOptions are every subcommand's options (each registers its own).
type alertOptions struct {
	json, includeAddress, warnings, token *bool
	lang, host, security, user, from, to  *string
	server, topic, format, lineTo, caFile *string
	port                                  *int
	session                               *time.Duration
	secret                                string
}

func alertFlags(fs *flag.FlagSet, cmd string) *alertOptions {
	o := &alertOptions{}
	switch cmd {
	case "status":
		o.json = fs.Bool("json", false, "print the settings (without secrets) and the queue as JSON")
	case "on":
		o.lang = fs.String("lang", "", "the language of the alerts: ja or en (default: as before, first ja)")
		o.includeAddress = fs.Bool("include-address", false, "also send the page's address")
		o.warnings = fs.Bool("warnings", false, "also alert when a page is only warned about")
		o.session = fs.Duration("session", 0, "how long after a scam page its next step is watched for (1h to 72h; default 24h)")
	case "email":
		o.host = fs.String("host", "", "the mail server, e.g. smtp.gmail.com")
		o.port = fs.Int("port", 587, "the port: 587 for STARTTLS, 465 for TLS")
		o.security = fs.String("security", "", "starttls or tls (default: tls on port 465, else starttls)")
		o.user = fs.String("user", "", "the account's user name")
		o.from = fs.String("from", "", "the sender address (usually the account's)")
		o.to = fs.String("to", "", "where alerts go, comma-separated")
		o.caFile = fs.String("ca-file", "", "a PEM certificate to trust, for a self-hosted server")
	case "ntfy":
		o.server = fs.String("server", "https://ntfy.sh", "the ntfy server")
		o.topic = fs.String("topic", "", "the topic the guardian's phone subscribes to (hard to guess)")
		o.token = fs.Bool("token", false, "ask for an access token (a protected topic)")
	case "webhook":
		o.format = fs.String("format", push.FormatJSON, "slack, discord, teams or json")
	case "line":
		o.lineTo = fs.String("to", "", "the guardian's LINE user id (U…, from the LINE Developers console)")
	}
	return o
}

func (o *alertOptions) secretPrompt(cmd string) string {
	switch cmd {
	case "email":
		if *o.user != "" {
			return "Mail password (an app password): "
		}
	case "ntfy":
		if *o.token {
			return "ntfy access token: "
		}
	case "webhook":
		return "Webhook address (https://…): "
	case "line":
		return "LINE channel access token: "
	}
	return ""
}

// change is the settings edit a subcommand makes, checked before any PIN
// or secret is asked for.
func (o *alertOptions) change(cmd string, fs *flag.FlagSet) (func(a *alerts.Settings, secret string) error, error) {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch cmd {
	case "on":
		if *o.lang != "" && *o.lang != "ja" && *o.lang != "en" {
			return nil, errors.New("--lang must be ja or en")
		}
		if set["session"] && (*o.session < time.Hour || *o.session > alerts.MaxSessionHours*time.Hour) {
			return nil, fmt.Errorf("--session must be 1h to %dh", alerts.MaxSessionHours)
		}
		return func(a *alerts.Settings, _ string) error {
			a.On = true
			if *o.lang != "" {
				a.Lang = *o.lang
			}
			if set["include-address"] {
				a.IncludeAddress = *o.includeAddress
			}
			if set["warnings"] {
				a.Warnings = *o.warnings
			}
			if set["session"] {
				a.SessionHours = int(*o.session / time.Hour)
			}
			return nil
		}, nil
	case "off":
		return func(a *alerts.Settings, _ string) error { a.On = false; return nil }, nil
	case "email":
		sec := *o.security
		if sec == "" {
			sec = email.DefaultSecurity(*o.port)
		}
		c := email.Config{Host: *o.host, Port: *o.port, Security: sec, Username: *o.user, From: *o.from, CAFile: *o.caFile}
		for _, t := range strings.Split(*o.to, ",") {
			if t = strings.TrimSpace(t); t != "" {
				c.To = append(c.To, t)
			}
		}
		if err := c.Check(); err != nil {
			return nil, err
		}
		return func(a *alerts.Settings, secret string) error { c.Password = secret; a.Email = &c; return nil }, nil
	case "ntfy":
		n := push.Ntfy{Server: *o.server, Topic: *o.topic}
		if err := n.Check(); err != nil {
			return nil, err
		}
		return func(a *alerts.Settings, secret string) error { n.Token = secret; a.Ntfy = &n; return nil }, nil
	case "webhook":
		return func(a *alerts.Settings, secret string) error {
			a.Webhook = &push.Webhook{URL: secret, Format: *o.format}
			return a.Webhook.Check()
		}, (&push.Webhook{URL: "https://x.example", Format: *o.format}).Check()
	case "line":
		if (push.Line{Token: "x", To: *o.lineTo}).Check() != nil {
			return nil, errors.New("line: --to USER_ID is needed")
		}
		return func(a *alerts.Settings, secret string) error {
			a.Line = &push.Line{Token: secret, To: *o.lineTo}
			return nil
		}, nil
	case "remove":
		if fs.NArg() != 1 {
			return nil, errors.New("name one channel: email, ntfy, webhook or line")
		}
		ch := fs.Arg(0)
		return func(a *alerts.Settings, _ string) error {
			switch ch {
			case alerts.ChannelEmail:
				a.Email = nil
			case alerts.ChannelNtfy:
				a.Ntfy = nil
			case alerts.ChannelWebhook:
				a.Webhook = nil
			case alerts.ChannelLine:
				a.Line = nil
			default:
				return fmt.Errorf("unknown channel %q", ch)
			}
			if len(a.Configured()) == 0 {
				a.On = false
			}
			return nil
		}, nil
	}
	return nil, fmt.Errorf("unknown command %q", cmd)
}

func alertsStatus(svc *alerts.Service, asJSON bool, e env) int {
	st, err := svc.Status()
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard guardian alerts: %v\n", err)
	}
	if asJSON {
		b, _ := json.Marshal(st)
		fmt.Fprintf(e.stdout, "%s\n", b)
		return 0
	}
	p := st.Settings
	if p.On {
		fmt.Fprintf(e.stdout, "Alerts are on (language %s; page address %s; warnings %s; scam sessions of %dh).\n",
			p.Lang, onOff(p.IncludeAddress), onOff(p.Warnings), p.SessionHours)
	} else {
		fmt.Fprintln(e.stdout, "Alerts are off.")
	}
	for _, c := range p.Channels {
		fmt.Fprintf(e.stdout, "  %s: %s\n", c, describe(p, c))
	}
	if len(p.Channels) == 0 {
		fmt.Fprintln(e.stdout, "  No channel is set up (email, ntfy, webhook or line).")
	}
	if st.Waiting > 0 {
		fmt.Fprintf(e.stdout, "Waiting to be sent: %d.\n", st.Waiting)
	}
	for _, er := range st.Errors {
		fmt.Fprintf(e.stdout, "Last error: %s\n", er)
	}
	for _, f := range st.Failed {
		fmt.Fprintf(e.stdout, "Given up (%s, queued %s): %s\n", f.Channel, localTime(f.Created, e.zone()), f.Error)
	}
	return 0
}

func describe(p alerts.Public, c string) string {
	switch c {
	case alerts.ChannelEmail:
		return fmt.Sprintf("to %s via %s", strings.Join(p.EmailTo, ", "), p.EmailServer)
	case alerts.ChannelNtfy:
		return p.NtfyServer
	case alerts.ChannelWebhook:
		return fmt.Sprintf("%s (%s)", p.WebhookHost, p.WebhookFormat)
	case alerts.ChannelLine:
		return "to " + p.LineTo
	}
	return ""
}

func onOff(b bool) string {
	if b {
		return "sent"
	}
	return "not sent"
}

func alertsTest(svc *alerts.Service, e env) int {
	results, err := svc.Test(context.Background())
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard guardian alerts test: %v\n", err)
		return 1
	}
	if len(results) == 0 {
		fmt.Fprintln(e.stderr, "alertguard guardian alerts test: no channel is set up (see alertguard guardian alerts --help)")
		return 1
	}
	return printResults(results, e)
}

func printResults(results []alerts.Result, e env) int {
	code := 0
	for _, r := range results {
		if r.Err == nil {
			fmt.Fprintf(e.stdout, "%s (%s): sent\n", r.Channel, r.To)
			continue
		}
		code = 1
		fmt.Fprintf(e.stdout, "%s (%s): NOT sent — %v\n", r.Channel, r.To, r.Err)
	}
	return code
}

func alertsSend(svc *alerts.Service, e env) int {
	results, _, err := svc.DrainAll(context.Background())
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard guardian alerts send: %v\n", err)
		return 1
	}
	if len(results) == 0 {
		fmt.Fprintln(e.stdout, "Nothing is waiting to be sent.")
		return 0
	}
	return printResults(results, e)
}

// doctorAlerts reports the guardian's alerts when they are set up: a
// corrupt alerts.json (alerts are off until it is fixed) or deliveries that
// keep failing are problems; nothing is said when there are no alerts.
func doctorAlerts(dir string, say func(bool, string, ...any)) {
	st, err := alerts.New(dir).Status()
	switch {
	case err != nil:
		say(false, "guardian alerts: %v. Alerts are off. Fix: alertguard guardian alerts status, then set them up again", err)
	case !st.Settings.On && len(st.Settings.Channels) == 0:
	case !st.Settings.On:
		say(true, "guardian alerts: off (%s set up)", strings.Join(st.Settings.Channels, ", "))
	case len(st.Errors) > 0 || len(st.Failed) > 0:
		msgs := st.Errors
		for _, f := range st.Failed {
			msgs = append(msgs, f.Channel+": "+f.Error)
		}
		say(false, "guardian alerts: not delivered: %s. Fix: alertguard guardian alerts test", strings.Join(msgs, "; "))
	default:
		say(true, "guardian alerts: on (%s)", strings.Join(st.Settings.Channels, ", "))
	}
}
