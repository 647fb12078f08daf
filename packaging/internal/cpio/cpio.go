// Package cpio writes and reads the "odc" cpio format (POSIX.1 portable,
// magic 070707) that macOS Installer expects inside a flat package's
// Payload and Scripts archives. Only what a package holds is supported:
// regular files, directories and symbolic links.
package cpio

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
)

const (
	magic   = "070707"
	hdrLen  = 76
	trailer = "TRAILER!!!"
	// Limits for reading: a package's archive is small, and a hostile one
	// must not make the reader allocate without bound.
	maxName = 4096
	maxFile = 1 << 30
)

// Type bits of Mode, as in stat(2).
const (
	TypeMask = 0o170000
	TypeDir  = 0o040000
	TypeReg  = 0o100000
	TypeLink = 0o120000
)

// Entry is one archive member. Mode holds the type bits and the
// permissions; Data is the file's content or a link's target.
type Entry struct {
	Name  string
	Mode  uint32
	UID   uint32
	GID   uint32
	MTime int64
	Data  []byte
}

// Writer writes entries; Close writes the trailer.
type Writer struct {
	w   io.Writer
	ino uint32
	err error
}

// NewWriter returns a writer on w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// field formats n as exactly width octal digits, or fails when it does not fit.
func field(n uint64, width int) (string, error) {
	s := strconv.FormatUint(n, 8)
	if len(s) > width {
		return "", fmt.Errorf("value %d does not fit %d octal digits", n, width)
	}
	for len(s) < width {
		s = "0" + s
	}
	return s, nil
}

func (w *Writer) header(name string, mode, uid, gid uint32, nlink uint64, mtime int64, size int) error {
	if name == "" || len(name) >= maxName || bytes.IndexByte([]byte(name), 0) >= 0 {
		return fmt.Errorf("cpio: bad name %q", name)
	}
	if mtime < 0 {
		return fmt.Errorf("cpio: %s: negative time", name)
	}
	w.ino++
	vals := []struct {
		n     uint64
		width int
	}{{0, 6}, {uint64(w.ino), 6}, {uint64(mode), 6}, {uint64(uid), 6}, {uint64(gid), 6}, {nlink, 6}, {0, 6}, {uint64(mtime), 11}, {uint64(len(name) + 1), 6}, {uint64(size), 11}}
	var b bytes.Buffer
	b.WriteString(magic)
	for _, v := range vals {
		s, err := field(v.n, v.width)
		if err != nil {
			return fmt.Errorf("cpio: %s: %w", name, err)
		}
		b.WriteString(s)
	}
	b.WriteString(name)
	b.WriteByte(0)
	_, err := w.w.Write(b.Bytes())
	return err
}

// Write adds one entry.
func (w *Writer) Write(e Entry) error {
	if w.err != nil {
		return w.err
	}
	switch e.Mode & TypeMask {
	case TypeReg, TypeLink:
	case TypeDir:
		if len(e.Data) != 0 {
			return fmt.Errorf("cpio: directory %s with data", e.Name)
		}
	default:
		return fmt.Errorf("cpio: %s: unsupported type %o", e.Name, e.Mode&TypeMask)
	}
	nlink := uint64(1)
	if e.Mode&TypeMask == TypeDir {
		nlink = 2
	}
	if w.err = w.header(e.Name, e.Mode, e.UID, e.GID, nlink, e.MTime, len(e.Data)); w.err != nil {
		return w.err
	}
	_, w.err = w.w.Write(e.Data)
	return w.err
}

// Close writes the trailer; it does not close the underlying writer.
func (w *Writer) Close() error {
	if w.err != nil {
		return w.err
	}
	w.ino = 0
	w.err = w.header(trailer, 0, 0, 0, 1, 0, 0)
	if w.err == nil {
		w.err = errors.New("cpio: writer closed")
		return nil
	}
	return w.err
}

// Read reads every entry up to the trailer.
func Read(r io.Reader) ([]Entry, error) {
	br := bufio.NewReader(r)
	var out []Entry
	for {
		var h [hdrLen]byte
		if _, err := io.ReadFull(br, h[:]); err != nil {
			return nil, fmt.Errorf("cpio: header %d: %w", len(out)+1, err)
		}
		if string(h[:6]) != magic {
			return nil, fmt.Errorf("cpio: header %d: bad magic %q", len(out)+1, h[:6])
		}
		num := func(off, width int) (uint64, error) {
			return strconv.ParseUint(string(h[off:off+width]), 8, 64)
		}
		var v [10]uint64
		offs := []struct{ off, width int }{{6, 6}, {12, 6}, {18, 6}, {24, 6}, {30, 6}, {36, 6}, {42, 6}, {48, 11}, {59, 6}, {65, 11}}
		for i, o := range offs {
			n, err := num(o.off, o.width)
			if err != nil {
				return nil, fmt.Errorf("cpio: header %d: bad number %q", len(out)+1, h[o.off:o.off+o.width])
			}
			v[i] = n
		}
		nameLen, size := v[8], v[9]
		if nameLen == 0 || nameLen > maxName || size > maxFile {
			return nil, fmt.Errorf("cpio: header %d: name length %d or size %d out of bounds", len(out)+1, nameLen, size)
		}
		name := make([]byte, nameLen)
		if _, err := io.ReadFull(br, name); err != nil {
			return nil, fmt.Errorf("cpio: name %d: %w", len(out)+1, err)
		}
		if name[nameLen-1] != 0 || bytes.IndexByte(name[:nameLen-1], 0) >= 0 {
			return nil, fmt.Errorf("cpio: name %d is not one NUL-terminated string", len(out)+1)
		}
		e := Entry{Name: string(name[:nameLen-1]), Mode: uint32(v[2]), UID: uint32(v[3]), GID: uint32(v[4]), MTime: int64(v[7])}
		if e.Name == trailer {
			return out, nil
		}
		var data bytes.Buffer
		if n, err := io.CopyN(&data, br, int64(size)); err != nil {
			return nil, fmt.Errorf("cpio: %s: %d of %d bytes: %w", e.Name, n, size, err)
		}
		if size > 0 {
			e.Data = data.Bytes()
		}
		out = append(out, e)
	}
}
