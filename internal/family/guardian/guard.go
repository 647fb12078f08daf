package guardian

import (
	"errors"
	"fmt"
	"time"

	"github.com/alertguard/alertguard/internal/family/config"
)

// Rate limit: FreeAttempts wrong PINs in a row are free; each further one
// locks PIN checks for a delay that doubles from FirstDelay up to MaxDelay.
// A right PIN resets the count.
const (
	FreeAttempts = 5
	FirstDelay   = 30 * time.Second
	MaxDelay     = time.Hour
)

// LockedError says PIN checks are paused after too many wrong attempts.
type LockedError struct{ RetryAfter time.Duration }

func (e *LockedError) Error() string {
	return fmt.Sprintf("too many wrong PINs; try again in %d seconds", int(e.RetryAfter.Round(time.Second)/time.Second))
}

// Delay is the lock after n wrong PINs in a row.
func Delay(n int) time.Duration {
	if n < FreeAttempts {
		return 0
	}
	d := FirstDelay
	for i := FreeAttempts; i < n && d < MaxDelay; i++ {
		d *= 2
	}
	return min(d, MaxDelay)
}

// Guard applies PIN rules to a config store.
type Guard struct {
	Store  config.Store
	Params Params
	Now    func() time.Time
}

// New is a guard with the default cost and the real clock.
func New(dir string) *Guard {
	return &Guard{Store: config.Store{Dir: dir}, Params: DefaultParams(), Now: time.Now}
}

// Do runs change on the config when pin is right or no PIN is set. A wrong
// PIN is counted; the change is not made.
func (g *Guard) Do(pin string, change func(c *config.Config) error) error {
	return g.Store.Update(func(c *config.Config) error {
		if err := g.check(c, pin); err != nil {
			return err
		}
		if change == nil {
			return nil
		}
		return change(c)
	})
}

// Check verifies pin (nil when no PIN is set), counting wrong attempts.
func (g *Guard) Check(pin string) error { return g.Do(pin, nil) }

// check runs inside the config lock, so attempts from several hosts add up.
func (g *Guard) check(c *config.Config, pin string) error {
	if c.Guardian.PINHash == "" {
		return nil
	}
	now := g.Now()
	if t, err := time.Parse(time.RFC3339, c.PINAttempts.LockedUntil); err == nil && now.Before(t) {
		return &LockedError{RetryAfter: t.Sub(now)}
	}
	if pin == "" {
		return ErrPINMissing
	}
	ok, err := Verify(c.Guardian.PINHash, pin)
	if err != nil {
		return fmt.Errorf("checking the PIN: %w", err)
	}
	if ok {
		c.PINAttempts = config.Attempts{}
		return nil
	}
	c.PINAttempts.Failures++
	if d := Delay(c.PINAttempts.Failures); d > 0 {
		c.PINAttempts.LockedUntil = config.FormatTime(now.Add(d))
	}
	return &config.KeepError{Err: ErrWrongPIN}
}

// SetPIN sets a new PIN; when one is set, old must be it.
func (g *Guard) SetPIN(old, pin string) error {
	if err := CheckNew(pin); err != nil {
		return err
	}
	h, err := Hash(pin, g.Params)
	if err != nil {
		return err
	}
	return g.Do(old, func(c *config.Config) error {
		c.Guardian = config.Guardian{PINHash: h, SetAt: config.FormatTime(g.Now())}
		return nil
	})
}

// ClearPIN removes the PIN; pin must be it.
func (g *Guard) ClearPIN(pin string) error {
	return g.Do(pin, func(c *config.Config) error {
		if c.Guardian.PINHash == "" {
			return ErrNoPIN
		}
		c.Guardian = config.Guardian{}
		return nil
	})
}

// IsPINError says whether err is a refusal of the PIN (as opposed to a
// failure to read or write the config).
func IsPINError(err error) bool {
	var locked *LockedError
	return errors.Is(err, ErrWrongPIN) || errors.Is(err, ErrPINMissing) || errors.As(err, &locked)
}
