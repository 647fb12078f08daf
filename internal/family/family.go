// Package family changes the guardian's settings — site lists, pause, PIN —
// with the same checks whether the CLI or the browser asks: names are
// normalised, anything that lets more pages through needs the PIN, a pause
// is bounded. The host checks the PIN, never the extension (docs/family.md).
package family

import (
	"errors"
	"fmt"
	"time"

	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/family/guardian"
	"github.com/alertguard/alertguard/internal/family/sites"
)

// A pause lasts from MinPause to MaxPause, never indefinitely.
const (
	MinPause = time.Minute
	MaxPause = 24 * time.Hour
)

// BadInputError marks a change refused for what was asked (a malformed
// site, an unknown list, a pause out of range), not for the PIN or the disk.
type BadInputError struct{ Err error }

func (e *BadInputError) Error() string { return e.Err.Error() }
func (e *BadInputError) Unwrap() error { return e.Err }

func badInput(format string, args ...any) error {
	return &BadInputError{fmt.Errorf(format, args...)}
}

// IsBadInput says whether err is a BadInputError.
func IsBadInput(err error) bool {
	var b *BadInputError
	return errors.As(err, &b)
}

// Settings is one data folder's guardian settings.
type Settings struct {
	Guard *guardian.Guard
	Now   func() time.Time
}

// Open is the settings in the data folder dir.
func Open(dir string) *Settings {
	return &Settings{Guard: guardian.New(dir), Now: time.Now}
}

// Load reads the settings; a broken file gives the defaults and the error.
func (s *Settings) Load() (*config.Config, error) {
	return s.Guard.Store.Load()
}

// PINSet says whether a guardian PIN is set (false when unreadable).
func (s *Settings) PINSet() bool {
	c, err := s.Load()
	return err == nil && c.Guardian.PINHash != ""
}

// SiteChange is a validated edit of a site list.
type SiteChange struct {
	Add   bool
	List  string
	Names []string
}

// NewSiteChange normalises the names and checks the list.
func NewSiteChange(add bool, list string, raw ...string) (SiteChange, error) {
	if list != sites.Allow && list != sites.Block {
		return SiteChange{}, badInput("list must be %s or %s", sites.Allow, sites.Block)
	}
	if len(raw) == 0 {
		return SiteChange{}, badInput("name at least one site")
	}
	ch := SiteChange{Add: add, List: list}
	for _, r := range raw {
		n, err := sites.Normalize(r)
		if err != nil {
			return SiteChange{}, &BadInputError{err}
		}
		ch.Names = append(ch.Names, n)
	}
	return ch, nil
}

// NeedsPIN says whether the change lets more pages through.
func (ch SiteChange) NeedsPIN() bool { return sites.Loosens(ch.Add, ch.List) }

// EditSites applies a site change; pin is checked when the change needs it.
func (s *Settings) EditSites(ch SiteChange, pin string) error {
	edit := func(c *config.Config) error {
		if err := sites.Edit(&c.Sites.Allow, &c.Sites.Block, ch.Add, ch.List, config.MaxSites, ch.Names...); err != nil {
			return &BadInputError{err}
		}
		return nil
	}
	if ch.NeedsPIN() {
		return s.Guard.Do(pin, edit)
	}
	return s.Guard.Store.Update(edit)
}

// CheckPause says whether d is an allowed pause.
func CheckPause(d time.Duration) error {
	if d < MinPause || d > MaxPause {
		return badInput("a pause must be between 1m and 24h")
	}
	return nil
}

// Pause stops protection for d (PIN).
func (s *Settings) Pause(d time.Duration, pin string) error {
	if err := CheckPause(d); err != nil {
		return err
	}
	return s.Guard.Do(pin, func(c *config.Config) error { c.Pause(s.Clock(), d); return nil })
}

// Resume ends a pause (no PIN: it makes protection stricter).
func (s *Settings) Resume() error {
	return s.Guard.Store.Update(func(c *config.Config) error { c.PausedUntil = ""; return nil })
}

// SetPIN sets or changes the PIN; old is checked when one is set.
func (s *Settings) SetPIN(old, pin string) error {
	if err := guardian.CheckNew(pin); err != nil {
		return &BadInputError{err}
	}
	return s.Guard.SetPIN(old, pin)
}

// ClearPIN removes the PIN; clearing when none is set is not an error.
func (s *Settings) ClearPIN(pin string) error {
	if err := s.Guard.ClearPIN(pin); err != nil && !errors.Is(err, guardian.ErrNoPIN) {
		return err
	}
	return nil
}

// Continue checks the PIN before a person goes on to a blocked page. It
// reports whether a PIN was set (and so checked).
func (s *Settings) Continue(pin string) (withPIN bool, err error) {
	err = s.Guard.Do(pin, func(c *config.Config) error { withPIN = c.Guardian.PINHash != ""; return nil })
	return withPIN, err
}

// Clock is the settings' time (the real clock unless a test set Now).
func (s *Settings) Clock() time.Time {
	if s == nil || s.Now == nil {
		return time.Now()
	}
	return s.Now()
}
