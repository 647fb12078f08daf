package analysis

import (
	"io/fs"
	"strings"

	"errors"
	"fmt"
	"github.com/alertguard/alertguard/internal/judging/wordlist"
	"github.com/alertguard/alertguard/signatures"
	"os"
	"path/filepath"
)

// ExternalDir is the folder in the data folder that may hold a signature
// set (*.yaml, and words/*.txt) used instead of the embedded one: rules
// delivered without a new binary. It replaces the embedded set entirely;
// without a words/ folder of its own it uses the embedded word lists.
const ExternalDir = "signatures"

// Embedded names the built-in set in an Origin.
const Embedded = "embedded"

// Origin says which signature set an analyzer uses.
type Origin struct {
	Source  string // Embedded, or the external folder
	Problem error  // why an external set was found but not used
}

// Load uses dataDir/signatures when it exists, loads and passes its own
// fixtures; otherwise the embedded set. A broken external set is never
// fatal: the embedded set protects and Origin.Problem says what is wrong.
func Load(dataDir string) (*Analyzer, Origin, error) {
	def, err := Default()
	if err != nil {
		return nil, Origin{}, err
	}
	if dataDir == "" {
		return def, Origin{Source: Embedded}, nil
	}
	ext := filepath.Join(dataDir, ExternalDir)
	st, err := os.Stat(ext)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return def, Origin{Source: Embedded}, nil
	case err != nil:
		return def, Origin{Source: Embedded, Problem: fmt.Errorf("external signatures %s: %w", ext, err)}, nil
	case !st.IsDir():
		return def, Origin{Source: Embedded, Problem: fmt.Errorf("external signatures %s: not a folder", ext)}, nil
	}
	a, err := external(ext, def)
	if err != nil {
		return def, Origin{Source: Embedded, Problem: fmt.Errorf("external signatures %s: %w", ext, err)}, nil
	}
	return a, Origin{Source: ext}, nil
}

func external(dir string, def *Analyzer) (*Analyzer, error) {
	set, err := loadSet(withWords{os.DirFS(dir)}, def.Catalog.Known)
	if err != nil {
		return nil, err
	}
	a, err := New(set, def.Catalog)
	if err != nil {
		return nil, err
	}
	failed := 0
	first := ""
	for _, r := range set.TestFixtures(a.Env()) {
		if !r.Pass {
			if failed == 0 {
				first = r.String()
			}
			failed++
		}
	}
	if failed > 0 {
		return nil, fmt.Errorf("%d fixture(s) fail, first: %s", failed, first)
	}
	return a, nil
}

// withWords is a set's folder that falls back to the embedded word lists
// when it has no words/ folder of its own.
type withWords struct{ fs.FS }

func (w withWords) Open(name string) (fs.File, error) {
	f, err := w.FS.Open(name)
	if errors.Is(err, fs.ErrNotExist) && (name == wordlist.Dir || strings.HasPrefix(name, wordlist.Dir+"/")) {
		return signatures.FS.Open(name)
	}
	return f, err
}
