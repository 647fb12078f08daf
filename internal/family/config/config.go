// Package config is the host's own settings file in the data folder
// (config.json, 0600): the guardian's PIN hash, the site lists, a pause of
// protection and the wrong-PIN counter. Only the host reads and writes it;
// the extension asks the host. A missing file is the defaults; a corrupt
// one is reported and the defaults are used, so protection never stops.
package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/alertguard/alertguard/internal/platform/filelock"
)

// Files and limits.
const (
	FileName    = "config.json"
	LockName    = "config.lock"
	MaxBytes    = 1 << 20
	MaxSites    = 1000
	Version     = 1
	corruptName = "config.corrupt.json"
	maxPINHash  = 256
	timeLayout  = time.RFC3339
)

// Config is everything in config.json.
type Config struct {
	Version     int      `json:"version"`
	Guardian    Guardian `json:"guardian"`
	Sites       Sites    `json:"sites"`
	PausedUntil string   `json:"pausedUntil,omitempty"` // RFC 3339; protection is off until then
	PINAttempts Attempts `json:"pinAttempts"`
}

// Guardian holds the PIN as an argon2id hash (package guardian).
type Guardian struct {
	PINHash string `json:"pinHash,omitempty"`
	SetAt   string `json:"setAt,omitempty"`
}

// Sites are host names (package sites normalises them).
type Sites struct {
	Allow []string `json:"allow"`
	Block []string `json:"block"`
}

// Attempts counts wrong PINs in a row, for the rate limit.
type Attempts struct {
	Failures    int    `json:"failures"`
	LockedUntil string `json:"lockedUntil,omitempty"`
}

// Default is the configuration without a file.
func Default() *Config {
	return &Config{Version: Version, Sites: Sites{Allow: []string{}, Block: []string{}}}
}

// Paused says whether protection is paused at now.
func (c *Config) Paused(now time.Time) bool {
	t, err := time.Parse(timeLayout, c.PausedUntil)
	return err == nil && now.Before(t)
}

// Store reads and writes config.json in one data folder.
type Store struct {
	Dir string
}

// Path is the file's location.
func (s Store) Path() string { return filepath.Join(s.Dir, FileName) }

// Load returns the configuration. A missing file gives the defaults and no
// error; a corrupt one gives the defaults and an error saying what is wrong.
func (s Store) Load() (*Config, error) {
	b, err := readBounded(s.Path())
	if errors.Is(err, os.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return Default(), fmt.Errorf("reading %s: %w", s.Path(), err)
	}
	c, err := Parse(b)
	if err != nil {
		return Default(), fmt.Errorf("%s: %w", s.Path(), err)
	}
	return c, nil
}

func readBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxBytes {
		return nil, fmt.Errorf("file is over %d bytes", MaxBytes)
	}
	return b, nil
}

// Parse decodes and checks a config file's bytes.
func Parse(b []byte) (*Config, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	c := Default()
	if err := dec.Decode(c); err != nil {
		return nil, fmt.Errorf("not a valid config: %w", err)
	}
	if dec.More() {
		return nil, errors.New("not a valid config: text after the JSON object")
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Config) validate() error {
	if c.Version != Version {
		return fmt.Errorf("config version %d is not %d", c.Version, Version)
	}
	if len(c.Guardian.PINHash) > maxPINHash {
		return errors.New("guardian.pinHash is too long")
	}
	if len(c.Sites.Allow) > MaxSites || len(c.Sites.Block) > MaxSites {
		return fmt.Errorf("more than %d sites in a list", MaxSites)
	}
	if c.Sites.Allow == nil {
		c.Sites.Allow = []string{}
	}
	if c.Sites.Block == nil {
		c.Sites.Block = []string{}
	}
	for _, t := range []struct{ name, v string }{{"pausedUntil", c.PausedUntil}, {"pinAttempts.lockedUntil", c.PINAttempts.LockedUntil}, {"guardian.setAt", c.Guardian.SetAt}} {
		if t.v == "" {
			continue
		}
		if _, err := time.Parse(timeLayout, t.v); err != nil {
			return fmt.Errorf("%s is not an RFC 3339 time", t.name)
		}
	}
	if c.PINAttempts.Failures < 0 {
		return errors.New("pinAttempts.failures is negative")
	}
	return nil
}

// Update changes the configuration under the lock: load, fn, save. A corrupt
// file is kept aside as config.corrupt.json and the change starts from the
// defaults. When fn returns an error nothing is written, unless fn also
// changed c and returns a *KeepError (a wrong PIN is counted and refused).
func (s Store) Update(fn func(c *Config) error) error {
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return fmt.Errorf("creating data folder: %w", err)
	}
	return filelock.With(filepath.Join(s.Dir, LockName), func() error {
		c, loadErr := s.Load()
		if loadErr != nil {
			if err := os.Rename(s.Path(), filepath.Join(s.Dir, corruptName)); err != nil && !errors.Is(err, os.ErrNotExist) {
				return fmt.Errorf("setting the corrupt config aside: %w", err)
			}
		}
		err := fn(c)
		var keep *KeepError
		if err != nil && !errors.As(err, &keep) {
			return err
		}
		if serr := s.save(c); serr != nil {
			return serr
		}
		return err
	})
}

// KeepError is an error from an Update function whose change is saved anyway.
type KeepError struct{ Err error }

func (k *KeepError) Error() string { return k.Err.Error() }
func (k *KeepError) Unwrap() error { return k.Err }

// save writes atomically: a temporary file, then rename.
func (s Store) save(c *Config) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding config: %w", err)
	}
	tmp, err := os.CreateTemp(s.Dir, "config-*.tmp")
	if err != nil {
		return fmt.Errorf("writing config: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("securing config: %w", err)
	}
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("writing config: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing config: %w", err)
	}
	if err := os.Rename(tmp.Name(), s.Path()); err != nil {
		return fmt.Errorf("replacing config: %w", err)
	}
	return nil
}

// FormatTime is the layout times are stored in.
func FormatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// Pause stops protection until now+d.
func (c *Config) Pause(now time.Time, d time.Duration) { c.PausedUntil = FormatTime(now.Add(d)) }
