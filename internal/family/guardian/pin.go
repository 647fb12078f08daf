// Package guardian is the guardian's PIN: an argon2id hash in the host's
// config, verified by the host only, with wrong attempts rate-limited across
// every host process (the counter lives in the config file, under its lock).
package guardian

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// Params are argon2id's cost settings; they are stored in each hash.
type Params struct {
	Time      uint32
	MemoryKiB uint32
	Threads   uint8
}

// DefaultParams follow RFC 9106's second recommended option with a lower
// memory cost (64 MiB), so a PIN check takes a fraction of a second on an
// old family PC.
func DefaultParams() Params { return Params{Time: 3, MemoryKiB: 64 << 10, Threads: 2} }

// Bounds on stored parameters: a hash edited to ask for 100 GiB must not
// take the host down.
const (
	maxTime      = 16
	maxMemoryKiB = 256 << 10
	saltLen      = 16
	keyLen       = 32
	MinPINLen    = 4
	MaxPINLen    = 64
)

// Errors a PIN check can end with.
var (
	ErrWrongPIN   = errors.New("the PIN is not right")
	ErrPINMissing = errors.New("the guardian PIN is needed")
	ErrNoPIN      = errors.New("no guardian PIN is set")
)

// CheckNew says whether a new PIN is acceptable.
func CheckNew(pin string) error {
	if !utf8.ValidString(pin) {
		return errors.New("the PIN is not valid text")
	}
	n := utf8.RuneCountInString(pin)
	if n < MinPINLen || n > MaxPINLen {
		return fmt.Errorf("the PIN needs %d to %d characters", MinPINLen, MaxPINLen)
	}
	if strings.IndexFunc(pin, unicode.IsControl) >= 0 {
		return errors.New("the PIN cannot hold control characters")
	}
	return nil
}

// Hash returns the PHC-format argon2id hash of pin.
func Hash(pin string, p Params) (string, error) {
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("making salt: %w", err)
	}
	key := argon2.IDKey([]byte(pin), salt, p.Time, p.MemoryKiB, p.Threads, keyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, p.MemoryKiB, p.Time, p.Threads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Verify checks pin against an encoded hash in constant time.
func Verify(encoded, pin string) (bool, error) {
	p, salt, key, err := decode(encoded)
	if err != nil {
		return false, err
	}
	got := argon2.IDKey([]byte(pin), salt, p.Time, p.MemoryKiB, p.Threads, uint32(len(key)))
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}

func decode(encoded string) (Params, []byte, []byte, error) {
	var p Params
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return p, nil, nil, errors.New("stored PIN hash is not an argon2id hash")
	}
	var v int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &v); err != nil || v != argon2.Version {
		return p, nil, nil, errors.New("stored PIN hash has an unknown argon2 version")
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.MemoryKiB, &p.Time, &p.Threads); err != nil {
		return p, nil, nil, fmt.Errorf("stored PIN hash parameters: %w", err)
	}
	if p.Time == 0 || p.Time > maxTime || p.MemoryKiB < 8 || p.MemoryKiB > maxMemoryKiB || p.Threads == 0 {
		return p, nil, nil, errors.New("stored PIN hash parameters are out of range")
	}
	salt, err1 := base64.RawStdEncoding.DecodeString(parts[4])
	key, err2 := base64.RawStdEncoding.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(salt) < 8 || len(key) < 16 || len(key) > 64 {
		return p, nil, nil, errors.New("stored PIN hash is damaged")
	}
	return p, salt, key, nil
}
