package family

import (
	"errors"

	"github.com/alertguard/alertguard/internal/family/alerts"
	"github.com/alertguard/alertguard/internal/family/config"
)

// ChangeAlerts changes the guardian's alerts. Every change needs the PIN
// when one is set, turning them off too: a scammer on the phone would have
// the parent silence the guardian first. A setting the alerts package
// refuses is bad input.
func (s *Settings) ChangeAlerts(pin string, fn func(a *alerts.Settings) error) error {
	store := alerts.Store{Dir: s.Guard.Store.Dir}
	return s.Guard.Do(pin, func(*config.Config) error {
		err := store.Update(fn)
		var invalid *alerts.InvalidError
		if errors.As(err, &invalid) {
			return &BadInputError{err}
		}
		return err
	})
}
