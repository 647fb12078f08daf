// Package datadir finds AlertGuard's per-user data folder: the XDG data
// dir on Linux, ~/Library/Application Support on macOS, %LOCALAPPDATA% on
// Windows. ALERTGUARD_DATA_DIR overrides it (tests, portable installs).
package datadir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Env is the override variable.
const Env = "ALERTGUARD_DATA_DIR"

// Lookup is how the folder is found; tests pass their own environment.
type Lookup struct {
	GOOS   string
	Getenv func(string) string
}

// Dir returns the data folder without creating it.
func (l Lookup) Dir() (string, error) {
	if d := l.Getenv(Env); d != "" {
		return d, nil
	}
	home := l.Getenv("HOME")
	switch l.GOOS {
	case "windows":
		if d := l.Getenv("LOCALAPPDATA"); d != "" {
			return filepath.Join(d, "AlertGuard"), nil
		}
		return "", errors.New("LOCALAPPDATA is not set")
	case "darwin":
		if home == "" {
			return "", errors.New("HOME is not set")
		}
		return filepath.Join(home, "Library", "Application Support", "AlertGuard"), nil
	default:
		if d := l.Getenv("XDG_DATA_HOME"); d != "" {
			return filepath.Join(d, "alertguard"), nil
		}
		if home == "" {
			return "", errors.New("HOME is not set")
		}
		return filepath.Join(home, ".local", "share", "alertguard"), nil
	}
}

// Ensure creates dir with 0700 (and tightens it if it exists).
func Ensure(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating data folder %s: %w", dir, err)
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return fmt.Errorf("securing data folder %s: %w", dir, err)
	}
	return nil
}
