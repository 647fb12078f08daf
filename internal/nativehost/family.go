package nativehost

import (
	"errors"
	"fmt"
	"time"

	"github.com/alertguard/alertguard/internal/family"
	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/family/guardian"
	"github.com/alertguard/alertguard/internal/protocol"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

const noDataFolder = "no data folder: settings cannot be kept"

// Settings is the family settings in force for a judgement: a corrupt
// config counts as the defaults and the problem is said on stderr (doctor
// reports it too).
func (s *Server) Settings() *config.Config {
	if s.Family == nil {
		return config.Default()
	}
	c, err := s.Family.Load()
	if err != nil {
		s.warn(err, "config ignored, defaults used")
	}
	return c
}

func (s *Server) settingsReply(id string) protocol.Reply {
	out := &protocol.Settings{Header: header(id, protocol.TypeSettings)}
	c := config.Default()
	if s.Family == nil {
		out.Problem = noDataFolder
	} else if loaded, err := s.Family.Load(); err != nil {
		out.Problem = err.Error()
	} else {
		c = loaded
	}
	out.PINSet = c.Guardian.PINHash != ""
	out.Paused = c.Paused(s.Family.Clock())
	out.PausedUntil = c.PausedUntil
	out.Sites = c.Sites
	return out
}

// changed answers a settings change with the settings afterwards.
func (s *Server) changed(id string, err error) protocol.Reply {
	if err != nil {
		return changeError(id, err)
	}
	return s.settingsReply(id)
}

func changeError(id string, err error) *protocol.Error {
	var locked *guardian.LockedError
	switch {
	case errors.As(err, &locked):
		r := protocol.NewError(id, protocol.CodePINLocked, err.Error())
		r.RetryAfterSeconds = int(locked.RetryAfter.Round(time.Second) / time.Second)
		return r
	case errors.Is(err, guardian.ErrPINMissing):
		return protocol.NewError(id, protocol.CodePINRequired, err.Error())
	case errors.Is(err, guardian.ErrWrongPIN):
		return protocol.NewError(id, protocol.CodePINWrong, err.Error())
	case family.IsBadInput(err):
		return protocol.NewError(id, protocol.CodeBadRequest, err.Error())
	}
	return protocol.NewError(id, protocol.CodeConfigFailed, err.Error())
}

func (s *Server) noFamily(id string) *protocol.Error {
	return protocol.NewError(id, protocol.CodeConfigFailed, noDataFolder)
}

func (s *Server) setPIN(id string, req *protocol.SetPINRequest) protocol.Reply {
	if err := guardian.CheckNew(req.NewPIN); err != nil {
		return protocol.NewError(id, protocol.CodeBadRequest, err.Error())
	}
	if s.Family == nil {
		return s.noFamily(id)
	}
	return s.changed(id, s.Family.SetPIN(req.PIN, req.NewPIN))
}

func (s *Server) clearPIN(id string, req *protocol.ClearPINRequest) protocol.Reply {
	if s.Family == nil {
		return s.noFamily(id)
	}
	return s.changed(id, s.Family.ClearPIN(req.PIN))
}

// editSites adds or removes a site. Anything that lets more pages through
// (allowing a site, unblocking one) needs the PIN.
func (s *Server) editSites(id string, req *protocol.SitesRequest, add bool) protocol.Reply {
	ch, err := family.NewSiteChange(add, req.List, req.Site)
	if err != nil {
		return changeError(id, err)
	}
	if s.Family == nil {
		return s.noFamily(id)
	}
	return s.changed(id, s.Family.EditSites(ch, req.PIN))
}

func (s *Server) pause(id string, req *protocol.PauseRequest) protocol.Reply {
	d := time.Duration(req.Minutes) * time.Minute
	if err := family.CheckPause(d); err != nil {
		return changeError(id, fmt.Errorf("minutes: %w", err))
	}
	if s.Family == nil {
		return s.noFamily(id)
	}
	return s.changed(id, s.Family.Pause(d, req.PIN))
}

func (s *Server) resume(id string) protocol.Reply {
	if s.Family == nil {
		return s.noFamily(id)
	}
	return s.changed(id, s.Family.Resume())
}

// choice records what the person did on the block page. Continuing to a
// blocked page needs the PIN when one is set; the reply says the extension
// may let the page through.
func (s *Server) choice(id string, req *protocol.LogChoiceRequest) protocol.Reply {
	if !eventlog.ValidChoice(req.Choice) {
		return protocol.NewError(id, protocol.CodeBadRequest, fmt.Sprintf("unknown choice %q", req.Choice))
	}
	out := &protocol.OK{Header: header(id, protocol.TypeOK)}
	if req.Choice == eventlog.ChoiceContinued && s.Family != nil {
		withPIN, err := s.Family.Continue(req.PIN)
		if err != nil {
			return changeError(id, err)
		}
		out.WithPIN = withPIN
	}
	if req.LogID == "" {
		return out
	}
	if s.Log == nil {
		out.LogError = fmt.Sprintf("log unavailable: %v", s.LogErr)
	} else if err := s.Log.AppendChoice(req.LogID, req.Choice, out.WithPIN); err != nil {
		out.LogError = err.Error()
	}
	s.alertChoice(req.LogID, req.Choice, out.WithPIN)
	return out
}
