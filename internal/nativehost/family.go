package nativehost

import (
	"errors"
	"fmt"
	"time"

	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/family/guardian"
	"github.com/alertguard/alertguard/internal/family/sites"
	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

// Family-mode error codes (docs/protocol.md).
const (
	CodePINRequired  = "pin_required"
	CodePINWrong     = "pin_wrong"
	CodePINLocked    = "pin_locked"
	CodeConfigFailed = "config_failed"
	MaxPauseMinutes  = 24 * 60
)

// Policies an analyze reply can carry besides the verdict.
const (
	PolicyPaused    = "paused"
	PolicyAllowList = "allow-list"
	PolicyBlockList = "block-list"
)

// settings reads the config; a corrupt one counts as the defaults and the
// problem is said on stderr (doctor reports it too).
func (s *Server) settings() *config.Config {
	if s.Guard == nil {
		return config.Default()
	}
	c, err := s.Guard.Store.Load()
	if err != nil {
		fmt.Fprintf(s.Diag, "alertguard: config ignored, defaults used: %v\n", err)
	}
	return c
}

// applyPolicy is the guardian's word on a page, after the signatures'.
func (s *Server) applyPolicy(v *verdict.Verdict) string {
	c := s.settings()
	if c.Paused(s.now()) {
		return PolicyPaused
	}
	list, entry := sites.Lists{Allow: c.Sites.Allow, Block: c.Sites.Block}.Match(v.URL)
	switch list {
	case sites.Block:
		verdict.BlockListed(v, entry, s.Analyzer.Catalog)
		return PolicyBlockList
	case sites.Allow:
		*v = verdict.Verdict{Verdict: verdict.Allow, URL: v.URL, Title: v.Title, SignatureVersion: v.SignatureVersion,
			Categories: []string{}, Phones: []verdict.Phone{}, Reasons: []verdict.Reason{}}
		return PolicyAllowList
	}
	return ""
}

func (s *Server) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Server) settingsReply(req *Request) any {
	out := map[string]any{"id": req.ID, "type": "settings"}
	c := config.Default()
	if s.Guard == nil {
		out["problem"] = "no data folder: settings cannot be kept"
	} else if loaded, err := s.Guard.Store.Load(); err != nil {
		out["problem"] = err.Error()
	} else {
		c = loaded
	}
	out["pinSet"] = c.Guardian.PINHash != ""
	out["paused"] = c.Paused(s.now())
	out["pausedUntil"] = c.PausedUntil
	out["sites"] = map[string]any{"allow": c.Sites.Allow, "block": c.Sites.Block}
	return out
}

// guarded runs a settings change; withPIN says whether the guardian's PIN
// must be given (when one is set).
func (s *Server) guarded(req *Request, withPIN bool, change func(c *config.Config) error) any {
	if s.Guard == nil {
		return errorReply(req.ID, CodeConfigFailed, "no data folder: settings cannot be kept")
	}
	var err error
	if withPIN {
		err = s.Guard.Do(req.PIN, change)
	} else {
		err = s.Guard.Store.Update(change)
	}
	if err != nil {
		return s.changeError(req.ID, err)
	}
	return s.settingsReply(req)
}

func (s *Server) changeError(id string, err error) any {
	var locked *guardian.LockedError
	var bad badRequest
	switch {
	case errors.As(err, &locked):
		r := errorReply(id, CodePINLocked, err.Error())
		r["retryAfterSeconds"] = int(locked.RetryAfter.Round(time.Second) / time.Second)
		return r
	case errors.Is(err, guardian.ErrPINMissing):
		return errorReply(id, CodePINRequired, err.Error())
	case errors.Is(err, guardian.ErrWrongPIN):
		return errorReply(id, CodePINWrong, err.Error())
	case errors.As(err, &bad):
		return errorReply(id, CodeBadRequest, err.Error())
	}
	return errorReply(id, CodeConfigFailed, err.Error())
}

// badRequest marks an error in what the extension sent.
type badRequest struct{ error }

func (s *Server) setPIN(req *Request) any {
	if err := guardian.CheckNew(req.NewPIN); err != nil {
		return errorReply(req.ID, CodeBadRequest, err.Error())
	}
	if s.Guard == nil {
		return errorReply(req.ID, CodeConfigFailed, "no data folder: settings cannot be kept")
	}
	if err := s.Guard.SetPIN(req.PIN, req.NewPIN); err != nil {
		return s.changeError(req.ID, err)
	}
	return s.settingsReply(req)
}

func (s *Server) clearPIN(req *Request) any {
	if s.Guard == nil {
		return errorReply(req.ID, CodeConfigFailed, "no data folder: settings cannot be kept")
	}
	if err := s.Guard.ClearPIN(req.PIN); err != nil && !errors.Is(err, guardian.ErrNoPIN) {
		return s.changeError(req.ID, err)
	}
	return s.settingsReply(req)
}

// editSites adds or removes a site. Anything that lets more pages through
// (allowing a site, unblocking one) needs the PIN.
func (s *Server) editSites(req *Request, add bool) any {
	site, err := sites.Normalize(req.Site)
	if err != nil {
		return errorReply(req.ID, CodeBadRequest, err.Error())
	}
	if req.List != sites.Allow && req.List != sites.Block {
		return errorReply(req.ID, CodeBadRequest, "list must be allow or block")
	}
	return s.guarded(req, sites.Loosens(add, req.List), func(c *config.Config) error {
		if err := sites.Edit(&c.Sites.Allow, &c.Sites.Block, add, req.List, config.MaxSites, site); err != nil {
			return badRequest{err}
		}
		return nil
	})
}

func (s *Server) pause(req *Request) any {
	if req.Minutes < 1 || req.Minutes > MaxPauseMinutes {
		return errorReply(req.ID, CodeBadRequest, fmt.Sprintf("minutes must be 1 to %d", MaxPauseMinutes))
	}
	return s.guarded(req, true, func(c *config.Config) error {
		c.Pause(s.now(), time.Duration(req.Minutes)*time.Minute)
		return nil
	})
}

func (s *Server) resume(req *Request) any {
	return s.guarded(req, false, func(c *config.Config) error { c.PausedUntil = ""; return nil })
}

// choice records what the person did on the block page. Continuing to a
// blocked page needs the PIN when one is set; the reply says the extension
// may let the page through.
func (s *Server) choice(req *Request) any {
	if !eventlog.ValidChoice(req.Choice) {
		return errorReply(req.ID, CodeBadRequest, fmt.Sprintf("unknown choice %q", req.Choice))
	}
	withPIN := false
	if req.Choice == eventlog.ChoiceContinued && s.Guard != nil {
		err := s.Guard.Do(req.PIN, func(c *config.Config) error { withPIN = c.Guardian.PINHash != ""; return nil })
		if err != nil {
			return s.changeError(req.ID, err)
		}
	}
	out := map[string]any{"id": req.ID, "type": "ok", "withPin": withPIN}
	if req.LogID == "" {
		return out
	}
	if s.Log == nil {
		out["logError"] = fmt.Sprintf("log unavailable: %v", s.LogErr)
	} else if err := s.Log.AppendChoice(req.LogID, req.Choice, withPIN); err != nil {
		out["logError"] = err.Error()
	}
	return out
}
