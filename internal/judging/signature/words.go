package signature

import (
	"fmt"
	"slices"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// wordIndex holds, per page part, every word the set's text conditions ask
// about, compiled into one automaton: a page part is read once for all of
// them instead of once per word (the word loop was a fifth of judging). The
// parts Page joins share one automaton, and Page is read once for them all.
type wordIndex struct{ parts map[string]*partWords }

// pageKey is the index entry shared by "page" and the parts Page joins.
const pageKey = "page"

// indexKey is the entry a text condition's part is looked up under.
func indexKey(p string) string {
	if p == "" || slices.Contains(facts.PageSegments, p) {
		return pageKey
	}
	return p
}

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
			key := indexKey(t.Part)
			pw := byPart[key]
			if pw == nil {
				pw = &partWords{id: map[string]int{}}
				byPart[key] = pw
			}
			for _, w := range t.Words {
				if _, dup := pw.id[w]; !dup && w != "" {
					pw.id[w] = len(lists[key])
					lists[key] = append(lists[key], w)
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
	ix := &wordIndex{parts: byPart}
	for _, sig := range sigs {
		eachText(sig.Match, func(t *TextMatch) {
			pw := byPart[indexKey(t.Part)]
			t.index, t.ids = ix, make([]int, len(t.Words))
			t.mask, t.distinct = textnorm.NewFound(len(pw.find.Words())), true
			for i, w := range t.Words {
				if id, ok := pw.id[w]; ok {
					t.ids[i] = id
					t.distinct = t.distinct && !t.mask.Has(id)
					t.mask.Set(id)
				} else {
					t.ids[i], t.distinct = -1, false
				}
			}
		})
	}
	return ix, nil
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
	pw := env.index.parts[indexKey(p)]
	if pw == nil {
		return false, false
	}
	id, known := pw.id[word]
	if !known {
		return false, false
	}
	return env.partHits(f, p).Has(id), true
}

// partHits is what one part holds of its index entry's words, read once
// per page.
func (env *Env) partHits(f *facts.Facts, p string) textnorm.Found {
	env.forPage(f)
	if p == "" {
		p = pageKey
	}
	k := partSlot(p)
	if k < 0 { // not a part a set can name (Parts): asked by its name
		if env.other == nil {
			env.other = map[string]textnorm.Found{}
		}
		hits, done := env.other[p]
		if !done {
			hits = env.index.parts[indexKey(p)].find.In(part(f, p))
			env.other[p] = hits
		}
		return hits
	}
	if env.parts == nil {
		env.parts = new([len(slotParts)]textnorm.Found)
	}
	if env.parts[k] == nil {
		key := indexKey(p)
		env.scan(f, key, env.index.parts[key])
	}
	return env.parts[k]
}

// slotParts are the parts a set names (Parts), "page" first: Env keeps
// each part's answers in its slot, not in a map asked by name for every
// text condition of every signature.
var slotParts = [...]string{pageKey, "text", "title", "headings", "labels", "dialogs", "attrs", "url", "query", "script"}

// partSlot is p's place in slotParts, or -1.
func partSlot(p string) int {
	switch p {
	case pageKey:
		return 0
	case "text":
		return 1
	case "title":
		return 2
	case "headings":
		return 3
	case "labels":
		return 4
	case "dialogs":
		return 5
	case "attrs":
		return 6
	case "url":
		return 7
	case "query":
		return 8
	case "script":
		return 9
	}
	return -1
}

// scan reads one part for its words; Page once for itself and its parts.
func (env *Env) scan(f *facts.Facts, key string, pw *partWords) {
	if key != pageKey {
		env.parts[partSlot(key)] = pw.find.In(part(f, key))
		return
	}
	var whole textnorm.Found
	var segs []textnorm.Found
	if env.Page.Of(f.Page) { // the page text was read once for every list
		whole, segs = pw.find.InSegmentsOf(env.Page, env.PageList, f.PageEnds())
	} else {
		whole, segs = pw.find.InSegments(f.Page, f.PageEnds())
	}
	env.parts[0] = whole
	for k, name := range facts.PageSegments {
		env.parts[partSlot(name)] = segs[k]
	}
}

// PageWords are the words the set's text conditions look for in Page and
// its parts, in the order a Read of them must list them (Env.Page).
func (s *Set) PageWords() []string {
	if s.words == nil || s.words.parts[pageKey] == nil {
		return nil
	}
	return s.words.parts[pageKey].find.Words()
}
