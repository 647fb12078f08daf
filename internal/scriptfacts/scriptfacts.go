// Package scriptfacts lists which risky browser APIs a page's scripts call,
// read statically from the source text (inline, same-page and handlers).
package scriptfacts

import "regexp"

// api names are shared with snapshot event types where both exist.
var apis = []struct {
	name string
	re   *regexp.Regexp
}{
	{"fullscreen", regexp.MustCompile(`(?i)(?:request|webkitRequest|mozRequest|msRequest)Full[sS]creen|\.requestFullscreen`)},
	{"keyboard-lock", regexp.MustCompile(`keyboard\.lock\s*\(`)},
	{"pointer-lock", regexp.MustCompile(`requestPointerLock`)},
	{"dialog", regexp.MustCompile(`(?:^|[^.\w])(?:window\.)?(?:alert|confirm|prompt)\s*\(`)},
	{"history", regexp.MustCompile(`history\.(?:pushState|replaceState)`)},
	{"beforeunload", regexp.MustCompile(`(?i)onbeforeunload|['"]beforeunload['"]`)},
	{"window-open", regexp.MustCompile(`window\.open\s*\(`)},
	{"print", regexp.MustCompile(`(?:window\.|^|[^.\w])print\s*\(\s*\)`)},
	{"notification", regexp.MustCompile(`Notification\.requestPermission|OneSignal|pushManager\.subscribe|PushManager`)},
	{"clipboard-write", regexp.MustCompile(`clipboard\.write(?:Text)?\s*\(|execCommand\s*\(\s*['"]copy['"]`)},
	{"clipboard-read", regexp.MustCompile(`clipboard\.read(?:Text)?\s*\(`)},
	{"media-play", regexp.MustCompile(`\.play\s*\(\s*\)`)},
	{"audio-context", regexp.MustCompile(`AudioContext`)},
	{"speech", regexp.MustCompile(`speechSynthesis|SpeechSynthesisUtterance`)},
	{"window-move", regexp.MustCompile(`\.(?:moveTo|resizeTo)\s*\(`)},
	{"vibrate", regexp.MustCompile(`navigator\.vibrate`)},
	{"geolocation", regexp.MustCompile(`geolocation\.(?:getCurrentPosition|watchPosition)`)},
	{"camera", regexp.MustCompile(`getUserMedia`)},
	{"block-keys", regexp.MustCompile(`(?is)(?:keydown|keyup|keypress|onkey\w+)[^;]{0,200}?(?:preventDefault|return\s+false)`)},
	{"block-contextmenu", regexp.MustCompile(`(?is)contextmenu[^;]{0,120}?(?:preventDefault|return\s+false)`)},
	{"obfuscation", regexp.MustCompile(`eval\s*\(\s*(?:unescape|atob|decodeURIComponent|String\.fromCharCode)|document\.write\s*\(\s*(?:unescape|atob)`)},
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
		if n := len(a.re.FindAllStringIndex(src, 100)); n > 0 {
			out[a.name] = n
		}
	}
	return out
}
