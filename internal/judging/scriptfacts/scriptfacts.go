// Package scriptfacts lists which risky browser APIs a page's scripts call,
// read statically from the source text (inline, same-page and handlers).
package scriptfacts

import (
	"regexp"
	"slices"
	"strings"
)

// api names are shared with snapshot event types where both exist.
// Each API has literal needles: the regexp only runs in a window around a
// needle, so megabytes of framework code cost a few substring searches.
// before and after bound the window: how far before its needle a match may
// start and how far past the needle's start it may end. A window no wider
// than the pattern's reach keeps the case-insensitive patterns, which have
// no literal prefix to skip with, from trying every byte of a long window.
// A pattern whose gap is [^;] cannot cross a ';', so its window also ends
// at the first one. A pattern with an ending (lower-case ASCII words
// without k or s, which case folding maps to non-ASCII letters too) runs
// only in windows that hold one of them, ignoring ASCII case: most key
// handlers neither prevent the default nor return.
var apis = []struct {
	name          string
	needles       []string
	before, after int
	re            *regexp.Regexp
	endings       []string
	// findAll, when set, is re.FindAllStringIndex(w, -1) by hand.
	findAll func(w string) [][]int
}{
	{"fullscreen", []string{"equestFullscreen", "equestFullScreen"}, 8, 20, regexp.MustCompile(`(?i)(?:request|webkitRequest|mozRequest|msRequest)Full[sS]creen|\.requestFullscreen`), nil, nil},
	{"keyboard-lock", []string{"keyboard.lock"}, 0, 40, regexp.MustCompile(`keyboard\.lock\s*\(`), nil, nil},
	{"pointer-lock", []string{"requestPointerLock"}, 0, 20, regexp.MustCompile(`requestPointerLock`), nil, nil},
	{"dialog", []string{"alert(", "confirm(", "prompt(", "alert (", "confirm ("}, 8, 40, regexp.MustCompile(`(?:^|[^.\w])(?:window\.)?(?:alert|confirm|prompt)\s*\(`), nil, dialogCalls},
	{"history", []string{"history.pushState", "history.replaceState"}, 0, 24, regexp.MustCompile(`history\.(?:pushState|replaceState)`), nil, nil},
	{"beforeunload", []string{"beforeunload", "BeforeUnload", "beforeUnload"}, 3, 16, regexp.MustCompile(`(?i)onbeforeunload|['"]beforeunload['"]`), nil, nil},
	{"window-open", []string{"window.open"}, 0, 40, regexp.MustCompile(`window\.open\s*\(`), nil, nil},
	{"print", []string{"print(", "print ("}, 8, 40, regexp.MustCompile(`(?:window\.|^|[^.\w])print\s*\(\s*\)`), nil, nil},
	// print-loop: printing again and again (a timer or afterprint that
	// prints, a print that sets its own timer) holds the window with the
	// print dialog; one print() behind a Print button does not.
	{"print-loop", []string{"setInterval", "setTimeout", "afterprint", "print(", "print ("}, 8, 140,
		regexp.MustCompile(`(?:set(?:Interval|Timeout)\s*\(\s*(?:function\b|\([^)]{0,20}\)\s*=>|\w+\s*=>|['"])|afterprint['"]?\s*[=,])[^}]{0,80}?(?:window\.|[^.\w])print\s*\(\s*\)|(?:window\.|[^.\w])print\s*\(\s*\)\s*;?\s*set(?:Timeout|Interval)\s*\(`), []string{"print"}, nil},
	{"notification", []string{"Notification.requestPermission", "OneSignal", "pushManager", "PushManager"}, 0, 40, regexp.MustCompile(`Notification\.requestPermission|OneSignal|pushManager\.subscribe|PushManager`), nil, nil},
	{"clipboard-write", []string{"clipboard.write", "execCommand"}, 0, 60, regexp.MustCompile(`clipboard\.write(?:Text)?\s*\(|execCommand\s*\(\s*['"]copy['"]`), nil, nil},
	{"clipboard-read", []string{"clipboard.read"}, 0, 40, regexp.MustCompile(`clipboard\.read(?:Text)?\s*\(`), nil, nil},
	{"media-play", []string{".play("}, 0, 40, regexp.MustCompile(`\.play\s*\(\s*\)`), nil, nil},
	{"audio-context", []string{"AudioContext"}, 0, 12, regexp.MustCompile(`AudioContext`), nil, nil},
	{"speech", []string{"peechSynthesis"}, 1, 30, regexp.MustCompile(`speechSynthesis|SpeechSynthesisUtterance`), nil, nil},
	{"window-move", []string{"moveTo", "resizeTo"}, 1, 40, regexp.MustCompile(`\.(?:moveTo|resizeTo)\s*\(`), nil, nil},
	{"vibrate", []string{"navigator.vibrate"}, 0, 17, regexp.MustCompile(`navigator\.vibrate`), nil, nil},
	{"geolocation", []string{"geolocation."}, 0, 40, regexp.MustCompile(`geolocation\.(?:getCurrentPosition|watchPosition)`), nil, nil},
	{"camera", []string{"getUserMedia"}, 0, 12, regexp.MustCompile(`getUserMedia`), nil, nil},
	{"block-keys", []string{"keydown", "keyup", "keypress", "onkey"}, 2, 260, regexp.MustCompile(`(?is)(?:keydown|keyup|keypress|onkey\w+)[^;]{0,200}?(?:preventDefault|return\s+false)`), blockEndings, nil},
	{"block-contextmenu", []string{"contextmenu", "ContextMenu", "contextMenu"}, 0, 260, regexp.MustCompile(`(?is)contextmenu[^;]{0,120}?(?:preventDefault|return\s+false)`), blockEndings, nil},
	{"obfuscation", []string{"eval(", "eval (", "document.write("}, 0, 80, regexp.MustCompile(`eval\s*\(\s*(?:unescape|atob|decodeURIComponent|String\.fromCharCode)|document\.write\s*\(\s*(?:unescape|atob)`), nil, nil},
}

// blockEndings are what a handler that blocks keys or the context menu
// must say.
var blockEndings = []string{"preventdefault", "return"}

// Names returns every API name the package knows, for validating signatures.
func Names() []string {
	out := make([]string, len(apis))
	for i, a := range apis {
		out[i] = a.name
	}
	return out
}

// Scan returns the number of call sites of each API found in src.
func Scan(src string) map[string]int { return ScanSites(src).APIs }

// Scanned is a script's API counts and where the needles were found.
type Scanned struct {
	APIs  map[string]int
	src   string
	sites [][]int // per API, the offsets of its needles
}

// ScanSites is Scan keeping the needles' offsets.
func ScanSites(src string) *Scanned {
	sc := &Scanned{APIs: map[string]int{}, src: src}
	if src == "" {
		return sc
	}
	sc.sites = findSites(src)
	for i, at := range sc.sites {
		if n := count(src, at, i); n > 0 {
			sc.APIs[apis[i].name] = n
		}
	}
	return sc
}

// Windows is the package's Windows over the scanned source, from the
// offsets the scan found when needle is one of an API's needles and the
// scan saw every occurrence (fewer than maxSites); otherwise it searches.
func (sc *Scanned) Windows(needle string, size, limit int) []string {
	for i, a := range apis {
		if !slices.Contains(a.needles, needle) || sc.sites == nil || len(sc.sites[i]) >= maxSites {
			continue
		}
		var out []string
		for _, at := range sc.sites[i] {
			if len(out) >= limit {
				break
			}
			if strings.HasPrefix(sc.src[at:], needle) {
				out = append(out, window(sc.src, at, size))
			}
		}
		return out
	}
	return Windows(sc.src, needle, size, limit)
}

const (
	maxCalls = 100
	maxSites = 300 // needle occurrences examined per API
)

type needleRef struct {
	api    int
	needle string
}

// prefixes indexes every needle by its first two bytes in a flat table, so
// one pass over the source finds all of them with an array lookup per byte
// (megabytes of framework code are common).
type prefixTable struct {
	slot   [1 << 16]uint8 // 0: no needle starts with these two bytes; else 1 + group
	groups [][]needleRef
}

var prefixes = func() *prefixTable {
	t := &prefixTable{}
	for i, a := range apis {
		for _, nd := range a.needles {
			k := uint16(nd[0])<<8 | uint16(nd[1])
			if t.slot[k] == 0 {
				t.groups = append(t.groups, nil)
				t.slot[k] = uint8(len(t.groups))
			}
			g := t.slot[k] - 1
			t.groups[g] = append(t.groups[g], needleRef{i, nd})
		}
	}
	return t
}()

// findSites returns, per API, the offsets where one of its needles starts.
func findSites(src string) [][]int {
	sites := make([][]int, len(apis))
	for i := 0; i+1 < len(src); i++ {
		g := prefixes.slot[uint16(src[i])<<8|uint16(src[i+1])]
		if g == 0 {
			continue
		}
		for _, r := range prefixes.groups[g-1] {
			if len(sites[r.api]) < maxSites && strings.HasPrefix(src[i:], r.needle) {
				sites[r.api] = append(sites[r.api], i)
			}
		}
	}
	return sites
}

// toSemicolon says of each API whether its expression stops at a ';'
// ("[^;]" in it), so its window ends there too (looked up once, not in the
// expression's text for every page).
var toSemicolon = func() []bool {
	out := make([]bool, len(apis))
	for i, a := range apis {
		out[i] = strings.Contains(a.re.String(), "[^;]")
	}
	return out
}()

// count returns how many distinct regexp matches lie near the sites.
func count(src string, sites []int, api int) int {
	a := &apis[api]
	toSemicolon := toSemicolon[api]
	n, last := 0, -1
	for _, at := range sites {
		lo, hi := max(at-a.before, 0), min(at+a.after, len(src))
		if toSemicolon {
			if k := strings.IndexByte(src[at:hi], ';'); k >= 0 {
				hi = at + k
			}
		}
		if hi <= last || (a.endings != nil && !anyASCIIFold(src[lo:hi], a.endings)) {
			continue
		}
		for _, loc := range matches(a.re, a.findAll, src[lo:hi]) {
			if lo+loc[1] > last && n < maxCalls {
				n++
				last = lo + loc[1]
			}
		}
	}
	return n
}

// anyASCIIFold reports whether s contains one of the lower-case ASCII
// words, ignoring ASCII case.
func anyASCIIFold(s string, words []string) bool {
	for i := range len(s) {
		for _, w := range words {
			if len(s)-i >= len(w) && lowerASCII(s[i]) == w[0] && hasPrefixFold(s[i:], w) {
				return true
			}
		}
	}
	return false
}

func hasPrefixFold(s, lower string) bool {
	for j := range len(lower) {
		if lowerASCII(s[j]) != lower[j] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// matches is re.FindAllStringIndex(w, -1), by hand when findAll is set.
func matches(re *regexp.Regexp, findAll func(string) [][]int, w string) [][]int {
	if findAll != nil {
		return findAll(w)
	}
	return re.FindAllStringIndex(w, -1)
}

// Windows returns the windows of src around each needle, for callers that
// extract text near a call (dialog literals).
func Windows(src string, needle string, size int, limit int) []string {
	var out []string
	for i := 0; len(out) < limit; {
		j := strings.Index(src[i:], needle)
		if j < 0 {
			break
		}
		at := i + j
		out = append(out, window(src, at, size))
		i = at + len(needle)
	}
	return out
}

// window is src from 16 bytes before at to size bytes after it.
func window(src string, at, size int) string {
	return src[max(at-16, 0):min(at+size, len(src))]
}
