// Package savedpage turns a page saved to disk into the snapshot the
// extension would have sent: the HTML decoded to UTF-8 as a browser would,
// plus the page's own scripts and frames saved beside it.
package savedpage

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// MaxInputBytes bounds one file read.
const MaxInputBytes = 16 << 20

// Load reads the page at p ("-" reads r) as if loaded from pageURL (empty:
// its file:// address).
func Load(p, pageURL string, r io.Reader) (*snapshot.Snapshot, error) {
	data, err := readCapped(p, r)
	if err != nil {
		return nil, err
	}
	s := &snapshot.Snapshot{URL: pageURL, HTML: ToUTF8(data), Reason: "scan"}
	if s.URL == "" && p != "-" {
		abs, _ := filepath.Abs(p)
		s.URL = "file://" + filepath.ToSlash(abs)
	}
	if p != "-" {
		addSiblings(s, filepath.Dir(p))
	}
	s.Bound()
	return s, nil
}

// LoadSnapshot reads a recorded snapshot (JSON).
func LoadSnapshot(p, pageURL string, r io.Reader) (*snapshot.Snapshot, error) {
	data, err := readCapped(p, r)
	if err != nil {
		return nil, err
	}
	s, err := snapshot.Decode(data)
	if err != nil {
		return nil, err
	}
	if pageURL != "" {
		s.URL = pageURL
	}
	return s, nil
}

func readCapped(p string, r io.Reader) ([]byte, error) {
	if p != "-" {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("cannot read: %w", err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxInputBytes))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	return data, nil
}

// ToUTF8 decodes legacy encodings (Shift_JIS, EUC-JP, windows-1252) named by
// the page's BOM or meta charset; undeclared pages that are valid UTF-8 stay
// as they are.
func ToUTF8(data []byte) string {
	enc, name, certain := charset.DetermineEncoding(data, "text/html")
	if name == "utf-8" || enc == nil || (!certain && utf8.Valid(data)) {
		return string(data)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return string(data)
	}
	return string(out)
}

var refPattern = regexp.MustCompile(`(?is)<(script|iframe|frame)\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)`)

// addSiblings adds the scripts and frames the page references that were
// saved flat beside it, as the extension sends same-origin scripts and
// frames. Only files in the page's own folder are read.
func addSiblings(s *snapshot.Snapshot, dir string) {
	for _, m := range refPattern.FindAllStringSubmatch(s.HTML, 64) {
		kind, src := strings.ToLower(m[1]), m[2]
		if strings.Contains(src, "://") || strings.HasPrefix(src, "//") || strings.HasPrefix(src, "data:") {
			continue
		}
		name := path.Base(strings.SplitN(strings.SplitN(src, "?", 2)[0], "#", 2)[0])
		if name == "." || name == "/" || name == ".." {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || bytes.IndexByte(data, 0) >= 0 {
			continue
		}
		if kind == "script" {
			s.Scripts = append(s.Scripts, snapshot.Script{URL: src, Source: string(data)})
		} else {
			s.Frames = append(s.Frames, snapshot.Frame{URL: src, HTML: ToUTF8(data)})
		}
	}
}
