// Package framing reads and writes native-messaging frames: a uint32 length
// in native byte order followed by that many bytes of UTF-8 JSON.
package framing

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// MaxIncoming caps what a browser may send in one frame. Snapshots carry
// capped HTML (2 MiB) plus text and frames; 16 MiB leaves room without
// letting a hostile length header make us allocate gigabytes.
const MaxIncoming = 16 << 20

// MaxOutgoing is Chrome's cap on a message from a native host (1 MiB).
const MaxOutgoing = 1 << 20

// Errors a caller can tell apart.
var (
	ErrTooLarge  = errors.New("frame larger than the limit")
	ErrTruncated = errors.New("frame truncated")
	ErrNotUTF8   = errors.New("frame is not valid UTF-8")
	ErrNotJSON   = errors.New("frame is not valid JSON")
)

// Order is the host's native byte order, as the browser uses it.
var order = binary.NativeEndian

// Reader reads frames from a stream.
type Reader struct {
	r   io.Reader
	max uint32
}

// NewReader returns a Reader that refuses frames above max bytes (0 = MaxIncoming).
func NewReader(r io.Reader, max uint32) *Reader {
	if max == 0 {
		max = MaxIncoming
	}
	return &Reader{r: r, max: max}
}

// Read returns the next frame's payload. io.EOF means a clean end of stream
// (no bytes of a new header). ErrTooLarge is returned before anything is
// allocated; the stream cannot be resynchronised after it.
func (fr *Reader) Read() ([]byte, error) {
	var hdr [4]byte
	n, err := io.ReadFull(fr.r, hdr[:])
	if err != nil {
		if errors.Is(err, io.EOF) && n == 0 {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("reading frame header: %w", ErrTruncated)
	}
	size := order.Uint32(hdr[:])
	if size > fr.max {
		return nil, fmt.Errorf("frame of %d bytes (limit %d): %w", size, fr.max, ErrTooLarge)
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(fr.r, buf); err != nil {
		return nil, fmt.Errorf("reading %d-byte frame: %w", size, ErrTruncated)
	}
	return buf, nil
}

// Validate checks that a payload is UTF-8 JSON.
func Validate(payload []byte) error {
	if !utf8.Valid(payload) {
		return ErrNotUTF8
	}
	if !json.Valid(payload) {
		return ErrNotJSON
	}
	return nil
}

// Write sends one frame. Payloads above MaxOutgoing are refused: the caller
// must trim before writing, since Chrome drops the port on a larger message.
func Write(w io.Writer, payload []byte) error {
	if len(payload) > MaxOutgoing {
		return fmt.Errorf("reply of %d bytes: %w", len(payload), ErrTooLarge)
	}
	buf := make([]byte, 4+len(payload))
	order.PutUint32(buf, uint32(len(payload)))
	copy(buf[4:], payload)
	if _, err := w.Write(buf); err != nil {
		return fmt.Errorf("writing frame: %w", err)
	}
	return nil
}
