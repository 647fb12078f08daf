// Package nativehost serves the browser extension over native messaging:
// framed JSON requests in, framed JSON replies out, several requests in
// flight, every reply carrying its request's id. Nothing but frames is ever
// written to the output stream.
package nativehost

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/alertguard/alertguard/internal/family"
	"github.com/alertguard/alertguard/internal/family/alerts"
	"github.com/alertguard/alertguard/internal/judge"
	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/nativehost/framing"
	"github.com/alertguard/alertguard/internal/protocol"
	"github.com/alertguard/alertguard/internal/record/eventlog"
	"github.com/rs/zerolog"
)

// MaxInFlight is how many requests are handled at once.
const MaxInFlight = protocol.MaxInFlight

// Server answers one browser.
type Server struct {
	Judge   *judge.Judge
	Family  *family.Settings // nil without a data folder
	Alerts  *alerts.Service  // the guardian's alerts; nil without a data folder
	Log     *eventlog.Log    // nil when the log could not be opened
	LogErr  error            // why Log is nil
	Browser string
	Version string
	Diag    io.Writer // diagnostics (stderr, zerolog JSON lines); never the browser's stream

	mu sync.Mutex
	w  io.Writer

	alerting sync.WaitGroup // alerts being queued

	logMu  sync.Mutex
	logged map[string]loggedPage // url → last entry, so re-judging a page does not log it twice
}

type loggedPage struct {
	id      string
	verdict string
	at      time.Time
}

// relogAfter is how long a page's entry stands for repeated verdicts.
const relogAfter = 10 * time.Minute

// Serve reads requests until EOF. It returns nil on a clean end, and an
// error after replying when the stream cannot continue (oversized or
// truncated frame).
func (s *Server) Serve(r io.Reader, w io.Writer) error {
	s.w = w
	fr := framing.NewReader(r, framing.MaxIncoming)
	sem := make(chan struct{}, MaxInFlight)
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		payload, err := fr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			code := protocol.CodeBadFrame
			if errors.Is(err, framing.ErrTooLarge) {
				code = protocol.CodeTooLarge
			}
			s.reply(protocol.NewError("", code, err.Error()))
			return fmt.Errorf("reading request: %w", err)
		}
		if err := framing.Validate(payload); err != nil {
			s.reply(protocol.NewError("", protocol.CodeBadFrame, err.Error()))
			continue
		}
		var head protocol.Header
		if err := json.Unmarshal(payload, &head); err != nil {
			s.reply(protocol.NewError(idOf(payload), protocol.CodeBadRequest, "request is not a message object: "+err.Error()))
			continue
		}
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			s.reply(s.handle(head, payload))
		}()
	}
}

// idOf recovers a request id from a message that did not decode whole.
func idOf(payload []byte) string {
	var probe struct {
		ID any `json:"id"`
	}
	if json.Unmarshal(payload, &probe) == nil {
		if s, ok := probe.ID.(string); ok {
			return s
		}
	}
	return ""
}

// handle answers one request.
func (s *Server) handle(h protocol.Header, payload []byte) protocol.Reply {
	switch h.Type {
	case protocol.TypePing:
		return s.ping(h.ID)
	case protocol.TypeAnalyze:
		return with(h.ID, payload, s.analyze)
	case protocol.TypeLogList:
		return with(h.ID, payload, s.logList)
	case protocol.TypeLogGet:
		return with(h.ID, payload, s.logGet)
	case protocol.TypeLogAttach:
		return with(h.ID, payload, s.logAttach)
	case protocol.TypeLogChoice:
		return with(h.ID, payload, s.choice)
	case protocol.TypeSettingsGet:
		return s.settingsReply(h.ID)
	case protocol.TypeSetPIN:
		return with(h.ID, payload, s.setPIN)
	case protocol.TypeClearPIN:
		return with(h.ID, payload, s.clearPIN)
	case protocol.TypeSitesAdd, protocol.TypeSitesRemove:
		add := h.Type == protocol.TypeSitesAdd
		return with(h.ID, payload, func(id string, r *protocol.SitesRequest) protocol.Reply { return s.editSites(id, r, add) })
	case protocol.TypePause:
		return with(h.ID, payload, s.pause)
	case protocol.TypeResume:
		return s.resume(h.ID)
	case protocol.TypeAlertsGet:
		return s.alertsReply(h.ID)
	case protocol.TypeAlertsSet:
		return with(h.ID, payload, s.alertsSet)
	case protocol.TypeAlertsTest:
		return s.alertsTest(h.ID)
	}
	return protocol.NewError(h.ID, protocol.CodeUnknownType, fmt.Sprintf("unknown message type %q", h.Type))
}

// with decodes a request of type T and hands it to fn.
func with[T any](id string, payload []byte, fn func(id string, req *T) protocol.Reply) protocol.Reply {
	req, perr := protocol.Decode[T](payload)
	if perr != nil {
		return perr.For(id)
	}
	return fn(id, req)
}

func header(id, typ string) protocol.Header { return protocol.Header{ID: id, Type: typ} }

func (s *Server) ping(id string) protocol.Reply {
	return &protocol.Pong{Header: header(id, protocol.TypePong), Version: s.Version, Protocol: protocol.Version,
		SignatureVersion: s.Judge.Analyzer.Set.Version, LogOK: s.Log != nil}
}

func (s *Server) analyze(id string, req *protocol.AnalyzeRequest) protocol.Reply {
	if len(req.Snapshot) == 0 {
		return protocol.NewError(id, protocol.CodeBadRequest, "analyze needs a snapshot")
	}
	snap, err := snapshot.Decode(req.Snapshot)
	if err != nil {
		return protocol.NewError(id, protocol.CodeBadRequest, err.Error())
	}
	if snap.Browser == "" {
		snap.Browser = s.Browser
	}
	out := &protocol.VerdictReply{Header: header(id, protocol.TypeVerdict), Judgement: s.Judge.Judge(snap)}
	if !out.Logged() {
		return out
	}
	if out.LogID, err = s.record(out.Judgement, snap.Browser); err != nil {
		s.warn(err, "verdict not logged")
		out.LogError = err.Error()
	}
	s.alert(out.Judgement, out.LogID)
	return out
}

// record writes the judgement to the log; the verdict stands if this fails.
func (s *Server) record(jd judge.Judgement, browser string) (string, error) {
	if s.Log == nil {
		return "", fmt.Errorf("log unavailable: %v", s.LogErr)
	}
	v := jd.Verdict
	s.logMu.Lock()
	defer s.logMu.Unlock()
	if prev, ok := s.logged[v.URL]; ok && prev.verdict == v.Decision && time.Since(prev.at) < relogAfter {
		return prev.id, nil
	}
	e := jd.Entry(browser)
	if err := s.Log.Append(e); err != nil {
		return "", fmt.Errorf("logging verdict: %w", err)
	}
	if s.logged == nil || len(s.logged) > 1000 {
		s.logged = map[string]loggedPage{}
	}
	s.logged[v.URL] = loggedPage{id: e.ID, verdict: v.Decision, at: time.Now()}
	return e.ID, nil
}

func (s *Server) logUnavailable(id string) *protocol.Error {
	return protocol.NewError(id, protocol.CodeLogFailed, fmt.Sprintf("log unavailable: %v", s.LogErr))
}

func (s *Server) logList(id string, req *protocol.LogListRequest) protocol.Reply {
	if s.Log == nil {
		return s.logUnavailable(id)
	}
	var since time.Time
	if req.Since != "" {
		t, err := time.Parse(time.RFC3339, req.Since)
		if err != nil {
			return protocol.NewError(id, protocol.CodeBadRequest, "since must be an RFC 3339 time")
		}
		since = t
	}
	limit := req.Limit
	if limit <= 0 || limit > protocol.MaxListLimit {
		limit = protocol.DefaultListLimit
	}
	entries, err := s.Log.List(since, limit)
	if err != nil {
		return protocol.NewError(id, protocol.CodeLogFailed, err.Error())
	}
	if entries == nil {
		entries = []eventlog.Entry{}
	}
	return fitList(id, entries, s.titles(entries))
}

// titles names, in both languages, the signatures the listed entries hit,
// so the guardian reads "it pretended your computer crashed", not an id.
func (s *Server) titles(entries []eventlog.Entry) map[string]advice.Text {
	byID := s.Judge.Analyzer.SignatureTitles()
	out := map[string]advice.Text{}
	for _, e := range entries {
		for _, sig := range e.Signatures {
			if t, ok := byID[sig]; ok {
				out[sig] = t
			}
		}
	}
	return out
}

// fitList halves the list until the reply fits Chrome's 1 MiB cap.
func fitList(id string, entries []eventlog.Entry, titles map[string]advice.Text) protocol.Reply {
	out := &protocol.LogEntries{Header: header(id, protocol.TypeLogEntries), Entries: entries, SignatureTitles: titles}
	for {
		b, err := json.Marshal(out)
		if err == nil && len(b) <= framing.MaxOutgoing {
			return out
		}
		out.Entries, out.Truncated = out.Entries[:len(out.Entries)/2], true
	}
}

func (s *Server) logGet(id string, req *protocol.LogGetRequest) protocol.Reply {
	if s.Log == nil {
		return s.logUnavailable(id)
	}
	e, err := s.Log.Get(req.LogID)
	if errors.Is(err, eventlog.ErrNotFound) {
		return protocol.NewError(id, protocol.CodeNotFound, err.Error())
	}
	if err != nil {
		return protocol.NewError(id, protocol.CodeLogFailed, err.Error())
	}
	thumb, err := s.Log.ThumbnailFor(e.ID)
	if err != nil {
		s.warn(err, "thumbnail unreadable")
	}
	return &protocol.LogEntry{Header: header(id, protocol.TypeLogEntry), Entry: e, Thumbnail: thumb}
}

func (s *Server) logAttach(id string, req *protocol.LogAttachRequest) protocol.Reply {
	if s.Log == nil {
		return s.logUnavailable(id)
	}
	if len(req.Thumbnail) > protocol.MaxThumbnailDataURL {
		return protocol.NewError(id, protocol.CodeTooLarge, "thumbnail too large")
	}
	if _, err := s.Log.SaveThumbnail(req.LogID, req.Thumbnail); err != nil {
		return protocol.NewError(id, protocol.CodeBadRequest, err.Error())
	}
	return &protocol.OK{Header: header(id, protocol.TypeOK)}
}

// warn writes a diagnostic line to stderr.
func (s *Server) warn(err error, msg string) {
	if s.Diag != nil {
		l := zerolog.New(s.Diag).With().Timestamp().Str("component", "nativehost").Logger()
		l.Warn().Err(err).Msg(msg)
	}
}

// reply marshals and writes one frame; a reply that cannot fit becomes an
// error reply, so the browser always hears back.
func (s *Server) reply(msg protocol.Reply) {
	b, err := json.Marshal(msg)
	if err != nil || len(b) > framing.MaxOutgoing {
		b, _ = json.Marshal(protocol.NewError(msg.RequestID(), protocol.CodeReplyTooLarge, "reply did not fit the browser's 1 MiB limit"))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := framing.Write(s.w, b); err != nil {
		s.warn(err, "reply not written")
	}
}

// Refuse answers a caller that is not AlertGuard and returns.
func Refuse(w io.Writer, reason string) {
	b, _ := json.Marshal(protocol.NewError("", protocol.CodeForbidden, reason))
	_ = framing.Write(w, b)
}
