// Package savedpage turns a page saved to disk into the snapshot the
// extension would have sent: the HTML decoded to UTF-8 as a browser would,
// plus the page's own scripts and frames saved beside it.
package savedpage

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/alertguard/alertguard/internal/judging/page"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// MaxInputBytes bounds one file read.
const MaxInputBytes = 16 << 20

// ErrNotPage says a file holds binary data, not a web page: judging it
// would only say "allow", which would be false reassurance.
var ErrNotPage = errors.New("not a web page: the file holds binary data")

// Report says how much of a saved page was read.
type Report struct {
	Size     int64 // bytes in the file (-1: unknown, for standard input)
	Read     int   // bytes read
	Trimmed  bool  // the HTML was over snapshot.MaxHTML
	FullText bool  // the visible text came from the whole page, as a browser would send it
}

// Load reads the page at p ("-" reads r) as if loaded from pageURL (empty:
// its file:// address).
func Load(p, pageURL string, r io.Reader) (*snapshot.Snapshot, error) {
	s, _, err := Read(p, pageURL, r)
	return s, err
}

// Read is Load that also says what was left out. A page larger than the
// snapshot's HTML limit is judged as the browser would judge it: on its
// whole visible text (the extension sends innerText), its title, and the
// first MaxHTML bytes of markup.
func Read(p, pageURL string, r io.Reader) (*snapshot.Snapshot, Report, error) {
	data, rep, err := readCapped(p, r)
	if err != nil {
		return nil, rep, err
	}
	if looksBinary(data) {
		return nil, rep, ErrNotPage
	}
	s := &snapshot.Snapshot{URL: pageURL, HTML: ToUTF8(data), Reason: "scan"}
	if s.URL == "" && p != "-" {
		abs, _ := filepath.Abs(p)
		s.URL = "file://" + filepath.ToSlash(abs)
	}
	if len(s.HTML) > snapshot.MaxHTML {
		d := page.Parse(s.HTML)
		s.Title, s.Text = d.Title, d.Text
		rep.Trimmed, rep.FullText = true, true
	}
	if p != "-" {
		addSiblings(s, filepath.Dir(p))
	}
	s.Bound()
	return s, rep, nil
}

// looksBinary: a NUL byte, or mostly bytes that are not text, in the first
// 8 KiB. Legacy encodings (Shift_JIS, EUC-JP) and UTF-16 with a byte-order
// mark are text and pass.
func looksBinary(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return false // UTF-16 with its byte-order mark: text, decoded by ToUTF8
	}
	head := data[:min(len(data), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b {
			ctl++
		}
	}
	return len(head) > 0 && ctl*20 > len(head)
}

// LoadSnapshot reads a recorded snapshot (JSON).
func LoadSnapshot(p, pageURL string, r io.Reader) (*snapshot.Snapshot, error) {
	data, _, err := readCapped(p, r)
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

func readCapped(p string, r io.Reader) ([]byte, Report, error) {
	rep := Report{Size: -1}
	if p != "-" {
		f, err := os.Open(p)
		if err != nil {
			return nil, rep, fmt.Errorf("cannot read: %w", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			rep.Size = st.Size()
		}
		r = f
	}
	var data []byte
	var err error
	if rep.Size >= 0 && rep.Size < MaxInputBytes {
		data, err = readSized(r, int(rep.Size))
	} else {
		data, err = io.ReadAll(io.LimitReader(r, MaxInputBytes))
	}
	if err != nil {
		return nil, rep, fmt.Errorf("cannot read: %w", err)
	}
	rep.Read = len(data)
	return data, rep, nil
}

// readSized reads r to its end, up to MaxInputBytes, into a buffer of the
// size the file said (io.ReadAll grows from 512 bytes, copying); a file
// that grew meanwhile is read on.
func readSized(r io.Reader, size int) ([]byte, error) {
	data := make([]byte, 0, size+1) // one more: reading to the end needs room to see it
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
		if len(data) == cap(data) {
			rest, err := io.ReadAll(io.LimitReader(r, int64(MaxInputBytes-len(data))))
			return append(data, rest...), err
		}
	}
}

// ToUTF8 decodes legacy encodings (Shift_JIS, EUC-JP, windows-1252) named by
// the page's BOM or meta charset; undeclared pages that are valid UTF-8 stay
// as they are.
func ToUTF8(data []byte) string {
	if plainUTF8(data) {
		return string(data)
	}
	return determinedUTF8(data)
}

// plainUTF8: data is valid UTF-8 without a byte-order mark and without a
// meta tag where the charset's prescan looks (its first 1024 bytes), so
// determinedUTF8 would keep it as it is. The prescan runs an HTML
// tokenizer, and most pages say nothing of their charset.
func plainUTF8(data []byte) bool {
	head := data[:min(len(data), 1024)]
	for _, bom := range [][]byte{{0xef, 0xbb, 0xbf}, {0xfe, 0xff}, {0xff, 0xfe}} {
		if bytes.HasPrefix(head, bom) {
			return false
		}
	}
	for i := bytes.IndexByte(head, '<'); i >= 0; {
		if len(head)-i >= 5 && bytes.EqualFold(head[i+1:i+5], []byte("meta")) {
			return false
		}
		j := bytes.IndexByte(head[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return utf8.Valid(data)
}

// determinedUTF8 is ToUTF8 by the charset package's rules.
func determinedUTF8(data []byte) string {
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

// refAt is refPattern anchored: refs tries it only at a '<' that may start
// a match, instead of running the expression over the whole page (a
// twentieth of a `scan` of the corpus).
var refAt = regexp.MustCompile(`^(?is)<(script|iframe|frame)\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)`)

// refs is refPattern.FindAllStringSubmatch(s, n) (FuzzRefs). A match
// starts with '<' and a tag name (?i) takes for script, iframe or frame:
// the name in any case of ASCII, or one starting with 'ſ' (U+017F, first
// byte 0xc5), which (?i) takes for 's'.
func refs(s string, n int) [][]string {
	var out [][]string
	for i := 0; len(out) < n; {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 || i+j+1 >= len(s) {
			break
		}
		i += j
		if refName(s[i+1:]) {
			if m := refAt.FindStringSubmatchIndex(s[i:]); m != nil {
				sub := make([]string, len(m)/2)
				for k := range sub {
					if m[2*k] >= 0 {
						sub[k] = s[i+m[2*k] : i+m[2*k+1]]
					}
				}
				out = append(out, sub)
				i += m[1]
				continue
			}
		}
		i++
	}
	return out
}

func refName(s string) bool {
	if s[0] == 0xc5 {
		return true
	}
	for _, name := range [...]string{"script", "iframe", "frame"} {
		if len(s) >= len(name) && strings.EqualFold(s[:len(name)], name) {
			return true
		}
	}
	return false
}

// addSiblings adds the scripts and frames the page references that were
// saved flat beside it, as the extension sends same-origin scripts and
// frames. Only files in the page's own folder are read.
func addSiblings(s *snapshot.Snapshot, dir string) {
	for _, m := range refs(s.HTML, 64) {
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
