package textnorm

import (
	"slices"
	"strings"
	"testing"
)

// testWords holds the cases one pass must get as ContainsWord does: words
// inside words, overlapping and repeated words, non-ASCII words, words that
// start or end with punctuation.
var testWords = []string{"ntt", "steam", "steamed", "aa", "aaa", "ウイルス", "ウイルス感染", "win+r", "-x", "0120", "20", "a"}

func TestWordsAgreeWithContainsWord(t *testing.T) {
	w := mustWords(t)
	for _, s := range []string{
		"", "attention ntt", "ntt", "xntt", "steamed", "steamed steam", "aaaa", "baab aa",
		"ウイルスに感染", "ウイルス感染の恐れ", "press win+r now", "a-x", "a -x", "0120-000", "10120", "2020 20x",
		"a", "ba", "é a", "aé",
	} {
		checkWords(t, w, s)
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"attention ntt", "steamed steam", "aaa", "ウイルス感染", "win+r", "0120-20"} {
		f.Add(s)
	}
	w := mustWords(f)
	f.Fuzz(func(t *testing.T, s string) { checkWords(t, w, s) })
}

func mustWords(t testing.TB) *Words {
	w, err := NewWords(testWords)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func checkWords(t *testing.T, w *Words, s string) {
	t.Helper()
	got := w.In(s)
	for i, word := range testWords {
		if want := ContainsWord(s, word); got.Has(i) != want {
			t.Errorf("in %q, word %q: Words.In says %v, ContainsWord %v", s, word, got.Has(i), want)
		}
	}
}

// InSegments answers for each segment what In answers for it alone.
func FuzzInSegments(f *testing.F) {
	f.Add("your pc\nntt support", "ntt", "pc", "t\ns")
	f.Add("\n\nsteam\n", "steam", "m", "")
	f.Fuzz(func(t *testing.T, s, w1, w2, w3 string) {
		var words []string
		for _, w := range []string{w1, w2, w3} {
			if w != "" {
				words = append(words, w)
			}
		}
		ws, err := NewWords(words)
		if err != nil {
			return
		}
		segments := strings.Split(s, "\n")
		var ends []int
		at := -1
		for _, seg := range segments {
			at += 1 + len(seg)
			ends = append(ends, at)
		}
		whole, segs := ws.InSegments(s, ends)
		if want := ws.In(s); !slices.Equal(whole, want) {
			t.Fatalf("whole %v, In %v", whole, want)
		}
		for k, seg := range segments {
			if want := ws.In(seg); !slices.Equal(segs[k], want) {
				t.Fatalf("segment %d %q: %v, In %v", k, seg, segs[k], want)
			}
		}
	})
}

// FuzzUnion: a Read of a union gives each list the occurrences its own
// automaton finds, in the same order.
func FuzzUnion(f *testing.F) {
	f.Add("call microsoft support now", "call,support", "microsoft,soft,call")
	f.Add("ウイルスに感染 ウイルス", "ウイルス,感染", "ルス,ウイルスに")
	f.Add("steam and steam", "steam,and,steam", "am,steam")
	f.Fuzz(func(t *testing.T, text, a, b string) {
		lists := [][]string{strings.Split(a, ","), strings.Split(b, ",")}
		u := NewUnion(lists...)
		r := u.Read(text)
		for k, l := range lists {
			var words []string // the list's words, a word listed twice kept twice
			var place []int    // their places in the list
			for i, w := range l {
				if w != "" {
					words, place = append(words, w), append(place, i)
				}
			}
			type occ struct{ w, s, e int }
			var got, want []occ
			r.Each(k, func(w, s, e int) { got = append(got, occ{w, s, e}) })
			if len(words) > 0 {
				own, err := NewWords(words)
				if err != nil {
					return
				}
				for _, m := range coregxAll(t, words, text) {
					want = append(want, occ{place[m.ID], m.Start, m.End})
				}
				if len(words) == len(l) { // InOf needs w's words to be the list itself
					if in, want := own.InOf(r, k), own.In(text); !slices.Equal(in, want) {
						t.Fatalf("InOf %v, In %v", in, want)
					}
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("list %d %q in %q: %v, its own automaton %v", k, l, text, got, want)
			}
		}
	})
}

// TestFoundCommon: Common counts the words two Founds share, across words.
func TestFoundCommon(t *testing.T) {
	f, g := NewFound(200), NewFound(200)
	for _, i := range []int{0, 3, 63, 64, 130, 199} {
		f.Set(i)
	}
	for _, i := range []int{3, 64, 65, 199} {
		g.Set(i)
	}
	if got := f.Common(g); got != 3 {
		t.Fatalf("Common = %d, want 3", got)
	}
	if !f.Has(130) || f.Has(131) || g.Has(0) {
		t.Fatal("Has answers wrongly")
	}
}
