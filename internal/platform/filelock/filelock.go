// Package filelock serialises read-modify-write of AlertGuard's files
// across processes (several browsers each start their own host) with an
// advisory lock on a separate lock file.
package filelock

import (
	"fmt"
	"os"
)

// With runs fn while holding an exclusive lock on the file at path,
// creating it with 0600.
func With(path string, fn func() error) error {
	lf, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return fmt.Errorf("opening lock %s: %w", path, err)
	}
	defer lf.Close()
	if err := lockFile(lf); err != nil {
		return fmt.Errorf("locking %s: %w", path, err)
	}
	defer func() { _ = unlockFile(lf) }()
	return fn()
}
