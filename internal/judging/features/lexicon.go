package features

import (
	"embed"
	"fmt"
	"github.com/alertguard/alertguard/internal/judging/wordlist"
	"io/fs"
	"sync"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

//go:embed data/top-sites.txt
var dataFS embed.FS

// MaxScan bounds the bytes of one text part the lexicons read: page text is
// already bounded (1 MiB), scripts are cut here.
const MaxScan = 2 << 20

// lexicons is every lexicon file compiled into one automaton: one pass over
// a text finds every phrase of every list.
type lexicons struct {
	names   []string        // lexicon names, sorted
	index   map[string]int  // name → position in names
	find    *textnorm.Words // compiles its automaton on first use
	pattern []string        // pattern id → folded phrase
	owners  [][]int         // pattern id → lexicons holding it
	bound   [][2]bool       // pattern id → needs a word boundary before / after
	seen    *sync.Pool      // collect's flags, one per pattern, cleared between uses
}

// hits is what one pass found: per lexicon, how many distinct phrases (the
// features count those, not occurrences).
type hits struct {
	distinct []int
	first    [][]string // up to 3 phrases per lexicon, for evidence
}

func loadLexicons(fsys fs.FS) (*lexicons, error) {
	names, err := wordlist.Names(fsys)
	if err != nil {
		return nil, err
	}
	lx := &lexicons{index: map[string]int{}}
	byPhrase := map[string]int{}
	for _, name := range names {
		li := len(lx.names)
		lx.names = append(lx.names, name)
		lx.index[name] = li
		phrases, err := wordlist.Read(fsys, name)
		if err != nil {
			return nil, err
		}
		for _, p := range phrases {
			id, ok := byPhrase[p]
			if !ok {
				id = len(lx.pattern)
				byPhrase[p] = id
				lx.pattern = append(lx.pattern, p)
				lx.owners = append(lx.owners, nil)
				lx.bound = append(lx.bound, [2]bool{alnum(p[0]), alnum(p[len(p)-1])})
			}
			lx.owners[id] = append(lx.owners[id], li)
		}
	}
	if err := lx.compile(); err != nil {
		return nil, err
	}
	return lx, nil
}

// compile sets the automaton to be built when first needed: the whole
// lexicon's is not, when the page is read through a Union.
func (lx *lexicons) compile() error {
	find, err := textnorm.NewWords(lx.pattern)
	if err != nil {
		return fmt.Errorf("compiling lexicons: %w", err)
	}
	lx.find = find
	lx.seen = &sync.Pool{}
	return nil
}

// only is the lexicons named, compiled alone: an automaton of a few lists
// is a fraction of the whole one (about 1,200 phrases, 10,000 states,
// megabytes of table that fall out of cache between texts) and finds the
// same matches of those lists. Its hits are indexed like the whole's.
func (lx *lexicons) only(names ...string) (*lexicons, error) {
	want := map[int]bool{}
	for _, n := range names {
		li, ok := lx.index[n]
		if !ok {
			return nil, fmt.Errorf("no lexicon %q", n)
		}
		want[li] = true
	}
	sub := &lexicons{names: lx.names, index: lx.index}
	for id, p := range lx.pattern {
		var owners []int
		for _, li := range lx.owners[id] {
			if want[li] {
				owners = append(owners, li)
			}
		}
		if owners != nil {
			sub.pattern = append(sub.pattern, p)
			sub.owners = append(sub.owners, owners)
			sub.bound = append(sub.bound, lx.bound[id])
		}
	}
	if len(sub.pattern) == 0 {
		return nil, fmt.Errorf("lexicons %v hold no phrase", names)
	}
	if err := sub.compile(); err != nil {
		return nil, err
	}
	return sub, nil
}

// readList reads one data file: a folded phrase a line, # comments.
func alnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// scan matches every lexicon against folded text in one pass.
func (lx *lexicons) scan(text string) *hits {
	if len(text) > MaxScan {
		text = text[:MaxScan]
	}
	return lx.collect(text, func(fn func(id, start, end int)) { lx.find.Each(text, fn) })
}

// scanRead is scan from a read of text that holds lx's phrases as list k.
func (lx *lexicons) scanRead(r *textnorm.Read, k int, text string) *hits {
	return lx.collect(text, func(fn func(id, start, end int)) { r.Each(k, fn) })
}

// collect counts the phrases each calls back with: occurrences of lx's
// phrases in text, by pattern id.
func (lx *lexicons) collect(text string, each func(func(id, start, end int))) *hits {
	h := &hits{}
	// A phrase seen before is seen before by each lexicon holding it: one
	// flag per phrase, not a set per lexicon. The flags are reused from
	// scan to scan (a page asks for a dozen scans, one per heading line
	// among them, and most find nothing), cleared where they were set.
	seen := lx.flags()
	var set []int32
	each(func(id, start, end int) {
		b := lx.bound[id]
		if b[0] && start > 0 && alnum(text[start-1]) || b[1] && end < len(text) && alnum(text[end]) {
			return
		}
		if seen[id] {
			return
		}
		seen[id] = true
		set = append(set, int32(id))
		for _, li := range lx.owners[id] { // a lexicon lists a phrase once (a test checks)
			h.add(len(lx.names), li, lx.pattern[id])
		}
	})
	for _, id := range set {
		seen[id] = false
	}
	lx.seen.Put(&seen)
	return h
}

// flags is a cleared flag per phrase, from the pool.
func (lx *lexicons) flags() []bool {
	if f, ok := lx.seen.Get().(*[]bool); ok {
		return *f
	}
	return make([]bool, len(lx.pattern))
}

// add counts a phrase of lexicon li of n; the tables are made at the
// first phrase found (most scans of a heading or a dialog find none).
func (h *hits) add(n, li int, phrase string) {
	if h.distinct == nil {
		h.distinct, h.first = make([]int, n), make([][]string, n)
	}
	h.distinct[li]++
	if len(h.first[li]) < 3 {
		h.first[li] = append(h.first[li], phrase)
	}
}

// of returns the distinct count and evidence for a lexicon; an unknown name
// is a programming error caught by the package tests.
func (lx *lexicons) of(h *hits, name string) (int, []string) {
	if h.distinct == nil { // the scan found nothing: no look-up of the name
		return 0, nil
	}
	li, ok := lx.index[name]
	if !ok {
		return 0, nil
	}
	return h.distinct[li], h.first[li]
}

// at is of for the lexicon at position li (lx.index), for a caller that
// has looked its name up.
func (lx *lexicons) at(h *hits, li int) (int, []string) {
	if h.distinct == nil {
		return 0, nil
	}
	return h.distinct[li], h.first[li]
}
