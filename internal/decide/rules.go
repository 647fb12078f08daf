package decide

import (
	"strings"

	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// Rule is a hard rule: an action decisive alone. When every feature in All
// is at full strength and, if Any is set, one of Any is present, the page
// gets at least Verdict whatever the score.
type Rule struct {
	ID      string
	All     []string
	Any     []string
	Verdict string // verdict.Block or verdict.Warn
}

// HardRules are few on purpose: only actions that are unambiguous whatever
// the page claims — a command put on the clipboard behind the person's
// back.
var HardRules = []Rule{
	// The browser saw a shell command land on the clipboard that the page
	// does not show: a documentation page's copy button copies what the
	// reader sees; ClickFix hides the command until it is pasted, behind a
	// human check, a "fix" or a discount code.
	{ID: "hard.clipboard-hidden-command", All: []string{"runtime.clipboard-command"}, Verdict: verdict.Block},
	// A shown command was copied and the page calls pasting it a
	// "verification" (an install page never asks to prove you are human).
	{ID: "hard.clipboard-command-verification", All: []string{"runtime.clipboard-shown-command"}, Any: []string{"lure.verify-human"}, Verdict: verdict.Block},
	// The browser saw the page write to the clipboard (whatever it could
	// read of it) on a page that tells the person to paste and run what it
	// copied, as a human "verification".
	{ID: "hard.clipboard-write-paste-verification", All: []string{"runtime.clipboard-write", "combined.paste-command"}, Any: []string{"lure.verify-human"}, Verdict: verdict.Block},
	// The browser saw the keyboard captured with full screen, without a
	// click: no game or player can take full screen without one.
	{ID: "hard.keyboard-lock-fullscreen", All: []string{"runtime.keyboard-lock", "runtime.fullscreen"}, Verdict: verdict.Block},
}

// Fires says whether a rule holds for v.
func (r Rule) Fires(e *features.Extractor, v *features.Vector) bool {
	value := func(n string) float64 {
		if i := e.Index(n); i >= 0 {
			return v.Values[i]
		}
		return 0
	}
	for _, n := range r.All {
		if value(n) < 1 {
			return false
		}
	}
	if len(r.Any) == 0 {
		return true
	}
	for _, n := range r.Any {
		if value(n) > 0 {
			return true
		}
	}
	return false
}

// permissionOnly lists the lures that are only a permission request: the
// browser itself then asks the person, who can still refuse.
var permissionOnly = map[string]bool{"lure.permission-api": true, "runtime.permission-prompt": true}

// credentialForm is the credential ask (features/credential.go).
const credentialForm = "lure.credential-form"

// WarnOnly says whether v's only lure is a permission request (camera,
// location, notifications without a "press Allow" story): such a page is
// warned about, never blocked by its score — the banner tells the person
// not to allow, and the browser's own prompt still stands between the page
// and the camera. Hard rules still block.
func WarnOnly(e *features.Extractor, v *features.Vector) bool {
	asks := false
	defs := e.Defs()
	for i, x := range v.Values {
		if x == 0 {
			continue // most features are not set: skip them before reading their definition
		}
		d := &defs[i]
		// a pretext (a human check, a prize) is what the page claims, not
		// what it asks: a real challenge page that also asks for the camera
		// still asks only for a permission
		if d.Group != features.Lure && d.Group != features.Runtime || features.IsClaim(d.Name) {
			continue
		}
		// a sign-in or checkout form that pairs with no claim is the
		// page's own, not its ask (a login page with a CAPTCHA that asks
		// for the camera still asks only for a permission)
		if d.Name == credentialForm && !e.CredentialPaired(v) {
			continue
		}
		if !permissionOnly[d.Name] && d.Group == features.Lure {
			return false
		}
		asks = asks || permissionOnly[d.Name]
	}
	return asks
}

// NotificationOnly says whether the page's permission requests are all for
// notifications. On a page that claims nothing and whose only ask is that
// request (no "press Allow" story, no pretext: WarnOnly with no claim), the
// prompt is what news, weather and shop sites show on load, and the
// browser's own prompt is the person's choice: it is not warned about by
// its score. A camera or location request the same way still is (camera
// and location grabbers claim nothing either).
func NotificationOnly(e *features.Extractor, v *features.Vector) bool {
	seen := false
	for _, n := range []string{"lure.permission-api", "runtime.permission-prompt"} {
		i := e.Index(n)
		if i < 0 || v.Values[i] == 0 {
			continue
		}
		for _, ev := range v.Evidence[i] {
			if !strings.Contains(ev, "notification") && !strings.Contains(ev, "push") {
				return false
			}
			seen = true
		}
	}
	return seen
}
