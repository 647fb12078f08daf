// Package scriptfacts lists which risky browser APIs a page's scripts call,
// read statically from the source text (inline, same-page and handlers).
package scriptfacts

import (
	"regexp"
	"strings"
)

// api names are shared with snapshot event types where both exist.
// Each API has literal needles: the regexp only runs in a window around a
// needle, so megabytes of framework code cost a few substring searches.
var apis = []struct {
	name    string
	needles []string
	re      *regexp.Regexp
}{
	{"fullscreen", []string{"equestFullscreen", "equestFullScreen"}, regexp.MustCompile(`(?i)(?:request|webkitRequest|mozRequest|msRequest)Full[sS]creen|\.requestFullscreen`)},
	{"keyboard-lock", []string{"keyboard.lock"}, regexp.MustCompile(`keyboard\.lock\s*\(`)},
	{"pointer-lock", []string{"requestPointerLock"}, regexp.MustCompile(`requestPointerLock`)},
	{"dialog", []string{"alert(", "confirm(", "prompt(", "alert (", "confirm ("}, regexp.MustCompile(`(?:^|[^.\w])(?:window\.)?(?:alert|confirm|prompt)\s*\(`)},
	{"history", []string{"history.pushState", "history.replaceState"}, regexp.MustCompile(`history\.(?:pushState|replaceState)`)},
	{"beforeunload", []string{"beforeunload", "BeforeUnload", "beforeUnload"}, regexp.MustCompile(`(?i)onbeforeunload|['"]beforeunload['"]`)},
	{"window-open", []string{"window.open"}, regexp.MustCompile(`window\.open\s*\(`)},
	{"print", []string{"print(", "print ("}, regexp.MustCompile(`(?:window\.|^|[^.\w])print\s*\(\s*\)`)},
	{"notification", []string{"Notification.requestPermission", "OneSignal", "pushManager", "PushManager"}, regexp.MustCompile(`Notification\.requestPermission|OneSignal|pushManager\.subscribe|PushManager`)},
	{"clipboard-write", []string{"clipboard.write", "execCommand"}, regexp.MustCompile(`clipboard\.write(?:Text)?\s*\(|execCommand\s*\(\s*['"]copy['"]`)},
	{"clipboard-read", []string{"clipboard.read"}, regexp.MustCompile(`clipboard\.read(?:Text)?\s*\(`)},
	{"media-play", []string{".play("}, regexp.MustCompile(`\.play\s*\(\s*\)`)},
	{"audio-context", []string{"AudioContext"}, regexp.MustCompile(`AudioContext`)},
	{"speech", []string{"peechSynthesis"}, regexp.MustCompile(`speechSynthesis|SpeechSynthesisUtterance`)},
	{"window-move", []string{"moveTo", "resizeTo"}, regexp.MustCompile(`\.(?:moveTo|resizeTo)\s*\(`)},
	{"vibrate", []string{"navigator.vibrate"}, regexp.MustCompile(`navigator\.vibrate`)},
	{"geolocation", []string{"geolocation."}, regexp.MustCompile(`geolocation\.(?:getCurrentPosition|watchPosition)`)},
	{"camera", []string{"getUserMedia"}, regexp.MustCompile(`getUserMedia`)},
	{"block-keys", []string{"keydown", "keyup", "keypress", "onkey"}, regexp.MustCompile(`(?is)(?:keydown|keyup|keypress|onkey\w+)[^;]{0,200}?(?:preventDefault|return\s+false)`)},
	{"block-contextmenu", []string{"contextmenu", "ContextMenu", "contextMenu"}, regexp.MustCompile(`(?is)contextmenu[^;]{0,120}?(?:preventDefault|return\s+false)`)},
	{"obfuscation", []string{"eval(", "eval (", "document.write("}, regexp.MustCompile(`eval\s*\(\s*(?:unescape|atob|decodeURIComponent|String\.fromCharCode)|document\.write\s*\(\s*(?:unescape|atob)`)},
}

// Names returns every API name the package knows, for validating signatures.
func Names() []string {
	out := make([]string, len(apis))
	for i, a := range apis {
		out[i] = a.name
	}
	return out
}

// Scan returns the number of call sites of each API found in src.
func Scan(src string) map[string]int {
	out := map[string]int{}
	if src == "" {
		return out
	}
	for _, a := range apis {
		if n := count(src, a.needles, a.re); n > 0 {
			out[a.name] = n
		}
	}
	return out
}

// Window sizes around a needle: patterns start at most 20 bytes before their
// needle ("webkitRequestFullscreen") and reach at most 200 bytes past it
// (block-keys, block-contextmenu).
const (
	before   = 20
	after    = 260
	maxCalls = 100
	maxSites = 300 // needle occurrences examined per needle
)

// count returns how many needle sites have a regexp match nearby.
func count(src string, needles []string, re *regexp.Regexp) int {
	n, last := 0, -1
	for _, nd := range needles {
		for i, sites := 0, 0; n < maxCalls && sites < maxSites; sites++ {
			j := strings.Index(src[i:], nd)
			if j < 0 {
				break
			}
			at := i + j
			lo, hi := max(at-before, 0), min(at+len(nd)+after, len(src))
			for _, loc := range re.FindAllStringIndex(src[lo:hi], -1) {
				if lo+loc[1] > last && n < maxCalls {
					n++
					last = lo + loc[1]
				}
			}
			i = at + len(nd)
		}
	}
	return n
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
		lo, hi := max(at-16, 0), min(at+size, len(src))
		out = append(out, src[lo:hi])
		i = at + len(needle)
	}
	return out
}
