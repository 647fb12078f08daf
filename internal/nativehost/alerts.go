package nativehost

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts"
	"github.com/alertguard/alertguard/internal/family/alerts/failure"
	"github.com/alertguard/alertguard/internal/family/alerts/message"
	"github.com/alertguard/alertguard/internal/judge"
	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/protocol"
)

// alert queues the guardian's alert about a logged judgement. It runs on
// its own goroutine: the verdict never waits for it, and a failure is only
// said on stderr.
func (s *Server) alert(jd judge.Judgement, logID string) {
	if s.Alerts == nil || logID == "" {
		return
	}
	v := jd.Verdict
	kind := message.KindWarn
	if v.Decision == verdict.Block {
		kind = message.KindBlock
	}
	ev := alerts.Event{Kind: kind, LogID: logID, URL: v.URL, Categories: v.Categories}
	if jd.Policy == judge.PolicySession {
		ev = alerts.Event{Kind: message.KindStep, LogID: logID, URL: v.URL, Step: jd.Step, Earlier: jd.SessionSince}
	}
	for _, p := range v.Phones {
		ev.Phones = append(ev.Phones, p.Display)
	}
	s.alerting.Add(1)
	go func() {
		defer s.alerting.Done()
		if _, err := s.Alerts.Notify(ev); err != nil {
			s.warn(err, "guardian alert not queued")
		}
	}()
}

// alertChoice passes the person's choice to a waiting alert.
func (s *Server) alertChoice(logID, choice string, withPIN bool) {
	if s.Alerts == nil || logID == "" {
		return
	}
	s.alerting.Add(1)
	go func() {
		defer s.alerting.Done()
		if err := s.Alerts.Choice(logID, choice, withPIN); err != nil {
			s.warn(err, "choice not added to the guardian alert")
		}
	}()
}

// RunAlerts sends queued alerts in the background until ctx ends.
func (s *Server) RunAlerts(ctx context.Context) {
	if s.Alerts == nil {
		return
	}
	s.Alerts.Run(ctx, func(err error) { s.warn(err, "guardian alerts") })
}

// TestTimeout bounds alerts.test, below the extension's 8 s request limit.
const TestTimeout = 6 * time.Second

// FinishAlerts, when the browser has gone, waits for alerts being queued
// and gives what is due one last chance to go out within d; the rest waits
// in the queue for the next start or `alertguard guardian alerts send`.
func (s *Server) FinishAlerts(d time.Duration) {
	if s.Alerts == nil {
		return
	}
	s.alerting.Wait()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	if _, _, err := s.Alerts.DrainAll(ctx); err != nil {
		s.warn(err, "guardian alerts")
	}
}

func (s *Server) alertsReply(id string) protocol.Reply {
	out := &protocol.Alerts{Header: header(id, protocol.TypeAlerts), Errors: []string{}}
	if s.Alerts == nil {
		out.Problem = noDataFolder
		out.Settings = alerts.DefaultSettings().Public()
		return out
	}
	st, err := s.Alerts.Status()
	if err != nil {
		out.Problem = err.Error()
	}
	out.Settings, out.Waiting = st.Settings, st.Waiting
	if st.Errors != nil {
		out.Errors = st.Errors
	}
	return out
}

func (s *Server) alertsSet(id string, req *protocol.AlertsSetRequest) protocol.Reply {
	if s.Family == nil || s.Alerts == nil {
		return s.noFamily(id)
	}
	err := s.Family.ChangeAlerts(req.PIN, func(a *alerts.Settings) error { return ApplyAlerts(a, req) })
	if err != nil {
		return changeError(id, err)
	}
	s.Alerts.Wake()
	return s.alertsReply(id)
}

// ApplyAlerts applies an alerts.set request: a channel given replaces the
// stored one, keeping a stored secret the request leaves empty (the options
// page never sees secrets, so it cannot send them back).
func ApplyAlerts(a *alerts.Settings, req *protocol.AlertsSetRequest) error {
	a.On, a.IncludeAddress, a.Warnings, a.SessionHours = req.On, req.IncludeAddress, req.Warnings, req.SessionHours
	if req.Lang != "" {
		a.Lang = req.Lang
	}
	if e := req.Email; e != nil {
		if a.Email != nil && e.Password == "" {
			e.Password = a.Email.Password
		}
		if a.Email != nil && e.CAFile == "" { // set from the command line only
			e.CAFile = a.Email.CAFile
		}
		a.Email = e
	}
	if n := req.Ntfy; n != nil {
		if n.Token == "" && a.Ntfy != nil {
			n.Token = a.Ntfy.Token
		}
		if n.Topic == "" && a.Ntfy != nil {
			n.Topic = a.Ntfy.Topic
		}
		a.Ntfy = n
	}
	if w := req.Webhook; w != nil {
		if w.URL == "" && a.Webhook != nil {
			w.URL = a.Webhook.URL
		}
		a.Webhook = w
	}
	if l := req.Line; l != nil {
		if l.Token == "" && a.Line != nil {
			l.Token = a.Line.Token
		}
		a.Line = l
	}
	for _, c := range req.Remove {
		switch c {
		case alerts.ChannelEmail:
			a.Email = nil
		case alerts.ChannelNtfy:
			a.Ntfy = nil
		case alerts.ChannelWebhook:
			a.Webhook = nil
		case alerts.ChannelLine:
			a.Line = nil
		default:
			return fmt.Errorf("unknown channel %q", c)
		}
	}
	if !slices.Contains([]string{"ja", "en"}, a.Lang) {
		return errors.New("lang must be ja or en")
	}
	return nil
}

func (s *Server) alertsTest(id string) protocol.Reply {
	if s.Alerts == nil {
		return s.noFamily(id)
	}
	// The extension gives up on a request after 8 s: the test answers first.
	ctx, cancel := context.WithTimeout(context.Background(), TestTimeout)
	defer cancel()
	results, err := s.Alerts.Test(ctx)
	if err != nil {
		return protocol.NewError(id, protocol.CodeConfigFailed, err.Error())
	}
	out := &protocol.AlertsTested{Header: header(id, protocol.TypeAlertsTested), Results: []protocol.AlertResult{}}
	for _, r := range results {
		ar := protocol.AlertResult{Channel: r.Channel, To: r.To, OK: r.Err == nil}
		if r.Err != nil {
			ar.Stage, ar.Error = failure.StageOf(r.Err), r.Err.Error()
		}
		out.Results = append(out.Results, ar)
	}
	return out
}
