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

	"github.com/alertguard/alertguard/internal/family/guardian"
	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/nativehost/framing"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

// Stable error codes (docs/protocol.md).
const (
	CodeBadFrame        = "bad_frame"
	CodeTooLarge        = "too_large"
	CodeUnknownType     = "unknown_type"
	CodeBadRequest      = "bad_request"
	CodeNotFound        = "not_found"
	CodeLogFailed       = "log_failed"
	CodeForbidden       = "forbidden_caller"
	CodeReplyTooLarge   = "reply_too_large"
	MaxInFlight         = 4
	DefaultListLimit    = 200
	MaxEvidenceRunes    = 200
	ProtocolVersion     = 1
	maxListLimit        = 2000
	maxThumbnailDataURL = 800 << 10
)

// Request is any message from the extension.
type Request struct {
	ID        string          `json:"id"`
	Type      string          `json:"type"`
	Snapshot  json.RawMessage `json:"snapshot,omitempty"`
	LogID     string          `json:"logId,omitempty"`
	Since     string          `json:"since,omitempty"` // RFC 3339 time
	Limit     int             `json:"limit,omitempty"`
	Thumbnail string          `json:"thumbnail,omitempty"`
	PIN       string          `json:"pin,omitempty"`
	NewPIN    string          `json:"newPin,omitempty"`
	Site      string          `json:"site,omitempty"`
	List      string          `json:"list,omitempty"`
	Minutes   int             `json:"minutes,omitempty"`
	Choice    string          `json:"choice,omitempty"`
}

// Server answers one browser.
type Server struct {
	Analyzer *analysis.Analyzer
	Log      *eventlog.Log // nil when the log could not be opened
	LogErr   error         // why Log is nil
	Browser  string
	Version  string
	Diag     io.Writer       // diagnostics (stderr); never the browser's stream
	Guard    *guardian.Guard // the guardian's settings; nil without a data folder
	Now      func() time.Time

	mu sync.Mutex
	w  io.Writer

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
			code := CodeBadFrame
			if errors.Is(err, framing.ErrTooLarge) {
				code = CodeTooLarge
			}
			s.reply(errorReply("", code, err.Error()))
			return fmt.Errorf("reading request: %w", err)
		}
		if err := framing.Validate(payload); err != nil {
			s.reply(errorReply("", CodeBadFrame, err.Error()))
			continue
		}
		var req Request
		if err := json.Unmarshal(payload, &req); err != nil {
			s.reply(errorReply(idOf(payload), CodeBadRequest, "request is not a message object: "+err.Error()))
			continue
		}
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			s.reply(s.handle(&req))
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

func errorReply(id, code, msg string) map[string]any {
	return map[string]any{"id": id, "type": "error", "code": code, "message": msg}
}

func (s *Server) handle(req *Request) any {
	switch req.Type {
	case "ping":
		return map[string]any{"id": req.ID, "type": "pong", "version": s.Version, "protocol": ProtocolVersion,
			"signatureVersion": s.Analyzer.Set.Version, "logOK": s.Log != nil}
	case "analyze":
		return s.analyze(req)
	case "log.list":
		return s.logList(req)
	case "log.get":
		return s.logGet(req)
	case "log.attach":
		return s.logAttach(req)
	case "log.choice":
		return s.choice(req)
	case "settings.get":
		return s.settingsReply(req)
	case "guardian.set-pin":
		return s.setPIN(req)
	case "guardian.clear-pin":
		return s.clearPIN(req)
	case "sites.add", "sites.remove":
		return s.editSites(req, req.Type == "sites.add")
	case "protection.pause":
		return s.pause(req)
	case "protection.resume":
		return s.resume(req)
	}
	return errorReply(req.ID, CodeUnknownType, fmt.Sprintf("unknown message type %q", req.Type))
}

func (s *Server) analyze(req *Request) any {
	if len(req.Snapshot) == 0 {
		return errorReply(req.ID, CodeBadRequest, "analyze needs a snapshot")
	}
	snap, err := snapshot.Decode(req.Snapshot)
	if err != nil {
		return errorReply(req.ID, CodeBadRequest, err.Error())
	}
	if snap.Browser == "" {
		snap.Browser = s.Browser
	}
	v := s.Analyzer.Analyze(snap)
	policy := s.applyPolicy(v)
	trimEvidence(v)
	out := map[string]any{"id": req.ID, "type": "verdict", "verdict": v}
	if policy != "" {
		out["policy"] = policy
	}
	if v.Verdict == verdict.Allow || policy == PolicyPaused {
		return out
	}
	id, err := s.record(v, snap.Browser)
	if err != nil {
		fmt.Fprintf(s.Diag, "alertguard: %v\n", err)
		out["logError"] = err.Error()
		return out
	}
	out["logId"] = id
	return out
}

// record writes the verdict to the log; the verdict stands if this fails.
func (s *Server) record(v *verdict.Verdict, browser string) (string, error) {
	if s.Log == nil {
		return "", fmt.Errorf("log unavailable: %v", s.LogErr)
	}
	s.logMu.Lock()
	defer s.logMu.Unlock()
	if prev, ok := s.logged[v.URL]; ok && prev.verdict == v.Verdict && time.Since(prev.at) < relogAfter {
		return prev.id, nil
	}
	e := EntryFor(v, browser)
	if err := s.Log.Append(e); err != nil {
		return "", fmt.Errorf("logging verdict: %w", err)
	}
	if s.logged == nil || len(s.logged) > 1000 {
		s.logged = map[string]loggedPage{}
	}
	s.logged[v.URL] = loggedPage{id: e.ID, verdict: v.Verdict, at: time.Now()}
	return e.ID, nil
}

// EntryFor turns a verdict into a log entry (no page content).
func EntryFor(v *verdict.Verdict, browser string) *eventlog.Entry {
	e := &eventlog.Entry{URL: v.URL, Title: v.Title, Verdict: v.Verdict, Score: v.Score, Categories: v.Categories,
		Signatures: v.SignatureIDs(), Browser: browser, Phones: []eventlog.Phone{}}
	for _, p := range v.Phones {
		e.Phones = append(e.Phones, eventlog.Phone{E164: p.E164, Display: p.Display})
	}
	return e
}

func trimEvidence(v *verdict.Verdict) {
	for i := range v.Reasons {
		for j, ev := range v.Reasons[i].Evidence {
			if r := []rune(ev); len(r) > MaxEvidenceRunes {
				v.Reasons[i].Evidence[j] = string(r[:MaxEvidenceRunes]) + "…"
			}
		}
	}
}

func (s *Server) logList(req *Request) any {
	if s.Log == nil {
		return errorReply(req.ID, CodeLogFailed, fmt.Sprintf("log unavailable: %v", s.LogErr))
	}
	var since time.Time
	if req.Since != "" {
		t, err := time.Parse(time.RFC3339, req.Since)
		if err != nil {
			return errorReply(req.ID, CodeBadRequest, "since must be an RFC 3339 time")
		}
		since = t
	}
	limit := req.Limit
	if limit <= 0 || limit > maxListLimit {
		limit = DefaultListLimit
	}
	entries, err := s.Log.List(since, limit)
	if err != nil {
		return errorReply(req.ID, CodeLogFailed, err.Error())
	}
	if entries == nil {
		entries = []eventlog.Entry{}
	}
	return fitList(req.ID, entries, s.titles(entries))
}

// titles names, in both languages, the signatures the listed entries hit,
// so the guardian reads "it pretended your computer crashed", not an id.
func (s *Server) titles(entries []eventlog.Entry) map[string]advice.Text {
	byID := s.Analyzer.SignatureTitles()
	out := map[string]advice.Text{}
	for _, e := range entries {
		for _, id := range e.Signatures {
			if t, ok := byID[id]; ok {
				out[id] = t
			}
		}
	}
	return out
}

// fitList halves the list until the reply fits Chrome's 1 MiB cap.
func fitList(id string, entries []eventlog.Entry, titles map[string]advice.Text) any {
	truncated := false
	for {
		out := map[string]any{"id": id, "type": "log.entries", "entries": entries, "truncated": truncated, "signatureTitles": titles}
		b, err := json.Marshal(out)
		if err == nil && len(b) <= framing.MaxOutgoing {
			return out
		}
		entries, truncated = entries[:len(entries)/2], true
	}
}

func (s *Server) logGet(req *Request) any {
	if s.Log == nil {
		return errorReply(req.ID, CodeLogFailed, fmt.Sprintf("log unavailable: %v", s.LogErr))
	}
	e, err := s.Log.Get(req.LogID)
	if errors.Is(err, eventlog.ErrNotFound) {
		return errorReply(req.ID, CodeNotFound, err.Error())
	}
	if err != nil {
		return errorReply(req.ID, CodeLogFailed, err.Error())
	}
	thumb, err := s.Log.ThumbnailFor(e.ID)
	if err != nil {
		fmt.Fprintf(s.Diag, "alertguard: %v\n", err)
	}
	return map[string]any{"id": req.ID, "type": "log.entry", "entry": e, "thumbnail": thumb}
}

func (s *Server) logAttach(req *Request) any {
	if s.Log == nil {
		return errorReply(req.ID, CodeLogFailed, fmt.Sprintf("log unavailable: %v", s.LogErr))
	}
	if len(req.Thumbnail) > maxThumbnailDataURL {
		return errorReply(req.ID, CodeTooLarge, "thumbnail too large")
	}
	if _, err := s.Log.SaveThumbnail(req.LogID, req.Thumbnail); err != nil {
		return errorReply(req.ID, CodeBadRequest, err.Error())
	}
	return map[string]any{"id": req.ID, "type": "ok"}
}

// reply marshals and writes one frame; a reply that cannot fit becomes an
// error reply, so the browser always hears back.
func (s *Server) reply(msg any) {
	b, err := json.Marshal(msg)
	if err != nil || len(b) > framing.MaxOutgoing {
		id := ""
		if m, ok := msg.(map[string]any); ok {
			id, _ = m["id"].(string)
		}
		b, _ = json.Marshal(errorReply(id, CodeReplyTooLarge, "reply did not fit the browser's 1 MiB limit"))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := framing.Write(s.w, b); err != nil {
		fmt.Fprintf(s.Diag, "alertguard: %v\n", err)
	}
}

// Refuse answers a caller that is not AlertGuard and returns.
func Refuse(w io.Writer, reason string) {
	b, _ := json.Marshal(errorReply("", CodeForbidden, reason))
	_ = framing.Write(w, b)
}
