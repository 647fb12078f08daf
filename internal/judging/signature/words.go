package signature

import (
	"fmt"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// wordIndex holds, per page part, every word the set's text conditions ask
// about, compiled into one automaton: a page part is read once for all of
// them instead of once per word (the word loop was a fifth of judging).
type wordIndex struct{ parts map[string]*partWords }

type partWords struct {
	find *textnorm.Words
	id   map[string]int // folded word → position in the list
}

// newWordIndex collects the words of every text condition in sigs.
func newWordIndex(sigs []*Signature) (*wordIndex, error) {
	byPart := map[string]*partWords{}
	lists := map[string][]string{}
	for _, sig := range sigs {
		eachText(sig.Match, func(t *TextMatch) {
			pw := byPart[t.Part]
			if pw == nil {
				pw = &partWords{id: map[string]int{}}
				byPart[t.Part] = pw
			}
			for _, w := range t.Words {
				if _, dup := pw.id[w]; !dup && w != "" {
					pw.id[w] = len(lists[t.Part])
					lists[t.Part] = append(lists[t.Part], w)
				}
			}
		})
	}
	for p, pw := range byPart {
		find, err := textnorm.NewWords(lists[p])
		if err != nil {
			return nil, fmt.Errorf("part %q: %w", p, err)
		}
		pw.find = find
	}
	return &wordIndex{parts: byPart}, nil
}

func eachText(m *Matcher, fn func(*TextMatch)) {
	if m == nil {
		return
	}
	if m.Text != nil {
		fn(m.Text)
	}
	for _, c := range m.All {
		eachText(c, fn)
	}
	for _, c := range m.Any {
		eachText(c, fn)
	}
	if m.Not != nil {
		eachText(&m.Not.Matcher, fn)
	}
}

// indexed answers has from one scan of the part, or says it cannot (a
// signature matched on its own, outside a loaded set).
func (env *Env) indexed(f *facts.Facts, p, word string) (found, ok bool) {
	if env.index == nil {
		return false, false
	}
	pw := env.index.parts[p]
	if pw == nil {
		return false, false
	}
	id, known := pw.id[word]
	if !known {
		return false, false
	}
	if env.parts == nil {
		env.parts = map[string][]bool{}
	}
	hits, done := env.parts[p]
	if !done {
		hits = pw.find.In(part(f, p))
		env.parts[p] = hits
	}
	return hits[id], true
}
