// Package eventlog is the local record of blocked and warned pages: zerolog
// JSON lines in the data folder, one entry per line, written under an
// exclusive file lock so several browsers' hosts never interleave, rotated
// at a bounded size. No page HTML is kept (privacy).
package eventlog

import (
	"bufio"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/platform/filelock"
)

// Files and limits.
const (
	FileName      = "log.jsonl"
	OldFileName   = "log.1.jsonl"
	LockName      = "log.lock"
	ThumbDir      = "thumbnails"
	MaxBytes      = 4 << 20 // rotate past this; at most two files are kept
	MaxLine       = 64 << 10
	MaxThumbBytes = 600 << 10 // protocol.MaxThumbnailDataURL is its base64
)

// Entry is one blocked or warned page: the verdict's summary (no page
// content), when, where, and what the person did.
type Entry struct {
	ID   string `json:"id"`
	Time string `json:"time"` // RFC 3339, UTC
	verdict.Summary
	Signatures []string `json:"signatures"`
	Browser    string   `json:"browser,omitempty"`
	Choices    []Choice `json:"choices,omitempty"` // filled in when reading: what the person did
}

// Choice is what the person did on the block page or banner.
type Choice struct {
	Time    string `json:"time"`
	Choice  string `json:"choice"`
	WithPIN bool   `json:"withPin,omitempty"`
}

// The choices a person can make.
const (
	ChoiceClosed    = "closed"
	ChoiceWentBack  = "went-back"
	ChoiceContinued = "continued"
	ChoiceReported  = "reported"
)

// ValidChoice says whether c is one of the choices.
func ValidChoice(c string) bool {
	switch c {
	case ChoiceClosed, ChoiceWentBack, ChoiceContinued, ChoiceReported:
		return true
	}
	return false
}

// line is any line of the log: a page entry, or a choice about one
// (kind "choice", ref = the entry's id). Choices are appended later, so the
// log stays append-only.
type line struct {
	Entry
	Kind    string `json:"kind,omitempty"`
	Ref     string `json:"ref,omitempty"`
	Choice  string `json:"choice,omitempty"`
	WithPIN bool   `json:"withPin,omitempty"`
}

// Log is the log in one data folder.
type Log struct {
	Dir string
	Now func() time.Time
}

// Open returns the log in dir, creating the folder with 0700.
func Open(dir string) (*Log, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("creating log folder: %w", err)
	}
	return &Log{Dir: dir, Now: time.Now}, nil
}

// NewID makes a sortable, unique id: time plus random bits.
func (l *Log) NewID() string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return l.Now().UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// Append writes e as one line. It fills ID and Time when empty.
func (l *Log) Append(e *Entry) error {
	if e.ID == "" {
		e.ID = l.NewID()
	}
	if e.Time == "" {
		e.Time = l.Now().UTC().Format(time.RFC3339)
	}
	line, err := encode(e)
	if err != nil {
		return err
	}
	return l.appendLine(line)
}

func (l *Log) appendLine(line []byte) error {
	return l.locked(func() error {
		if err := l.rotateIfFull(); err != nil {
			return err
		}
		f, err := os.OpenFile(filepath.Join(l.Dir, FileName), os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o600)
		if err != nil {
			return fmt.Errorf("opening log: %w", err)
		}
		defer f.Close()
		if torn, err := endsTorn(f); err != nil {
			return err
		} else if torn {
			line = append([]byte{'\n'}, line...)
		}
		if _, err := f.Write(line); err != nil {
			return fmt.Errorf("writing log entry: %w", err)
		}
		return nil
	})
}

// AppendChoice records what the person did about entry ref.
func (l *Log) AppendChoice(ref, choice string, withPIN bool) error {
	if !idPattern.MatchString(ref) {
		return fmt.Errorf("bad log id %q", ref)
	}
	if !ValidChoice(choice) {
		return fmt.Errorf("unknown choice %q", choice)
	}
	b, err := json.Marshal(choiceLine{Kind: "choice", ID: l.NewID(), Time: l.Now().UTC().Format(time.RFC3339),
		Ref: ref, Choice: choice, WithPIN: withPIN})
	if err != nil {
		return fmt.Errorf("encoding choice: %w", err)
	}
	return l.appendLine(append(b, '\n'))
}

// choiceLine is how a choice is written; Entry's tags name the page lines'
// fields, so nothing spells them twice.
type choiceLine struct {
	Kind    string `json:"kind"`
	ID      string `json:"id"`
	Time    string `json:"time"`
	Ref     string `json:"ref"`
	Choice  string `json:"choice"`
	WithPIN bool   `json:"withPin"`
}

// encode renders the entry as one JSON line, trimmed to MaxLine.
func encode(e *Entry) ([]byte, error) {
	e.URL = cut(e.URL, 2048)
	e.Title = cut(e.Title, 512)
	b, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("encoding log entry: %w", err)
	}
	if len(b)+1 > MaxLine {
		return nil, fmt.Errorf("log entry of %d bytes is over the %d-byte limit", len(b)+1, MaxLine)
	}
	return append(b, '\n'), nil
}

// endsTorn says whether the file's last line lacks its newline (a writer
// was killed mid-line); the next entry then starts on a fresh line.
func endsTorn(f *os.File) (bool, error) {
	st, err := f.Stat()
	if err != nil || st.Size() == 0 {
		return false, err
	}
	var last [1]byte
	if _, err := f.ReadAt(last[:], st.Size()-1); err != nil {
		return false, fmt.Errorf("checking log end: %w", err)
	}
	return last[0] != '\n', nil
}

func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "")
}

func (l *Log) locked(fn func() error) error {
	return filelock.With(filepath.Join(l.Dir, LockName), fn)
}

func (l *Log) rotateIfFull() error {
	path := filepath.Join(l.Dir, FileName)
	st, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) || (err == nil && st.Size() < MaxBytes) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("checking log size: %w", err)
	}
	if err := os.Rename(path, filepath.Join(l.Dir, OldFileName)); err != nil {
		return fmt.Errorf("rotating log: %w", err)
	}
	return nil
}

// List returns entries newest first, those at or after since (zero = all),
// at most limit (0 = all). Lines that do not parse, such as a line torn by a
// crash, are skipped.
func (l *Log) List(since time.Time, limit int) ([]Entry, error) {
	var lines []line
	for _, name := range []string{OldFileName, FileName} {
		more, err := readFile(filepath.Join(l.Dir, name))
		if err != nil {
			return nil, err
		}
		lines = append(lines, more...)
	}
	all := withChoices(lines)
	var out []Entry
	for i := len(all) - 1; i >= 0; i-- {
		t, err := time.Parse(time.RFC3339, all[i].Time)
		if !since.IsZero() && (err != nil || t.Before(since)) {
			continue
		}
		out = append(out, all[i])
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time > out[j].Time })
	return out, nil
}

// withChoices returns the page entries with their choices attached, in
// log order; choices about entries no longer in the log are dropped.
func withChoices(lines []line) []Entry {
	var all []Entry
	at := map[string]int{}
	for _, ln := range lines {
		switch ln.Kind {
		case "":
			at[ln.ID] = len(all)
			all = append(all, ln.Entry)
		case "choice":
			if i, ok := at[ln.Ref]; ok && ValidChoice(ln.Choice) {
				all[i].Choices = append(all[i].Choices, Choice{Time: ln.Time, Choice: ln.Choice, WithPIN: ln.WithPIN})
			}
		}
	}
	return all
}

func readFile(path string) ([]line, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("opening log: %w", err)
	}
	defer f.Close()
	var out []line
	r := bufio.NewReaderSize(f, 64<<10)
	for {
		b, err := r.ReadBytes('\n')
		if len(b) > 0 && len(b) <= MaxLine && b[len(b)-1] == '\n' {
			var ln line
			if json.Unmarshal(b, &ln) == nil && ln.ID != "" {
				out = append(out, ln)
			}
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("reading log: %w", err)
		}
	}
}

// Get returns one entry by id.
func (l *Log) Get(id string) (*Entry, error) {
	entries, err := l.List(time.Time{}, 0)
	if err != nil {
		return nil, err
	}
	for i := range entries {
		if entries[i].ID == id {
			return &entries[i], nil
		}
	}
	return nil, ErrNotFound
}

// ErrNotFound is returned for an unknown id.
var ErrNotFound = errors.New("no log entry with that id")

var idPattern = regexp.MustCompile(`^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}$`)

// SaveThumbnail stores a JPEG or PNG data URL for entry id and returns the
// file name. The id must look like one of ours, so no path can be smuggled.
func (l *Log) SaveThumbnail(id, dataURL string) (string, error) {
	if !idPattern.MatchString(id) {
		return "", fmt.Errorf("bad log id %q", id)
	}
	ext := ""
	switch {
	case strings.HasPrefix(dataURL, "data:image/jpeg;base64,"):
		ext = ".jpg"
	case strings.HasPrefix(dataURL, "data:image/png;base64,"):
		ext = ".png"
	default:
		return "", errors.New("thumbnail must be a JPEG or PNG data URL")
	}
	b64 := dataURL[strings.IndexByte(dataURL, ',')+1:]
	if base64.StdEncoding.DecodedLen(len(b64)) > MaxThumbBytes {
		return "", fmt.Errorf("thumbnail over %d bytes", MaxThumbBytes)
	}
	img, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return "", fmt.Errorf("decoding thumbnail: %w", err)
	}
	dir := filepath.Join(l.Dir, ThumbDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("creating thumbnail folder: %w", err)
	}
	name := id + ext
	if err := os.WriteFile(filepath.Join(dir, name), img, 0o600); err != nil {
		return "", fmt.Errorf("writing thumbnail: %w", err)
	}
	return name, nil
}

// ThumbnailFor returns the stored thumbnail of entry id as a data URL, or
// "" when there is none.
func (l *Log) ThumbnailFor(id string) (string, error) {
	if !idPattern.MatchString(id) {
		return "", fmt.Errorf("bad log id %q", id)
	}
	for _, kind := range []struct{ ext, mime string }{{".jpg", "image/jpeg"}, {".png", "image/png"}} {
		b, err := os.ReadFile(filepath.Join(l.Dir, ThumbDir, id+kind.ext))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("reading thumbnail: %w", err)
		}
		return "data:" + kind.mime + ";base64," + base64.StdEncoding.EncodeToString(b), nil
	}
	return "", nil
}
