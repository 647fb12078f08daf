// Package wordlist reads the word lists every part of judging shares:
// signatures/words/NAME.txt, one phrase a line, "#" starts a comment. The
// signatures name them "@NAME"; the features count their hits. One store,
// so a list is never defined twice.
package wordlist

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// Dir is the lists' folder inside a signature set.
const Dir = "words"

// Names lists the lists in fsys, sorted; none is not an error.
func Names(fsys fs.FS) ([]string, error) {
	files, err := fs.Glob(fsys, Dir+"/*.txt")
	if err != nil {
		return nil, fmt.Errorf("listing word lists: %w", err)
	}
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = strings.TrimSuffix(path.Base(f), ".txt")
	}
	sort.Strings(out)
	return out, nil
}

// Read returns one list's phrases, folded like page text (textnorm.Fold).
func Read(fsys fs.FS, name string) ([]string, error) {
	return ReadFile(fsys, path.Join(Dir, name+".txt"))
}

// ReadFile reads any file in the lists' format.
func ReadFile(fsys fs.FS, file string) ([]string, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", file, err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if p := textnorm.Fold(line); p != "" {
			out = append(out, p)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	return out, nil
}

// All reads every list in fsys.
func All(fsys fs.FS) (map[string][]string, error) {
	names, err := Names(fsys)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]string, len(names))
	for _, n := range names {
		if out[n], err = Read(fsys, n); err != nil {
			return nil, err
		}
	}
	return out, nil
}
