package decide

import (
	"strings"

	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/signature"
)

// A block needs what a scam needs: a claim (someone's authority, an alarm
// about the person's own device or account, a bill, a pretext) together
// with an ask (call, paste, install, pay, allow, stay locked). The
// features that say both at once are the conjunction features
// (internal/judging/features, claim side × ask side) and the signatures
// whose role is "both" (each already demands a claim and an ask). A page
// whose score reaches the block line without enough of its log-odds from
// them — one mechanic family alone, or asks with no claim — is warned about
// at most.

// conjunctive marks, in the extractor's order, the features that are a
// claim and an ask at once.
func conjunctive(defs []features.Def, sigs []*signature.Signature) []bool {
	both := map[string]bool{}
	for _, s := range sigs {
		if s.Role == signature.RoleBoth {
			both[features.SigPrefix+s.ID] = true
		}
	}
	out := make([]bool, len(defs))
	for i, d := range defs {
		out[i] = d.Group == features.Conjunction || both[d.Name] || combinedBoth[d.Name]
	}
	return out
}

// combinedBoth are the hand-made combinations that pair a claim with an ask.
// combined.paste-command is one: the page tells the person to paste and run
// a command it copies but does not show as documentation — what the paste
// is said to be (a check, a viewer, a fix) is the claim, and it is false.
var combinedBoth = map[string]bool{"combined.alarm-phone": true, "combined.authority-phone": true, "combined.alarm-lure": true, "combined.refund-lure": true,
	"combined.paste-command": true}

// ClaimMin is how strong a claim must be (its strongest feature, 0–1) for
// runtime evidence to count as an ask: half strength, so a brand named in a
// heading counts and one named in a footer does not.
const ClaimMin = 0.5

// Strengths say what the score stands on: Conjunction is the strongest
// conjunctive feature (0–1: a claim side's strength times an ask side's,
// or 1 for a signature or combination that pairs them), Claim the page's
// strongest claim.
type Strengths struct{ Conjunction, Claim float64 }

// asking marks, in the extractor's order, the features that say the page
// asks something: a lure, a lock, pressure or runtime evidence that is not
// a claim, a combination or conjunction (each stands on an ask), the
// signatures whose role is ask or both, and the claims that carry their
// own ask (impliedAsk). A page with none of them is not warned about by
// its score (decide.go): a claim alone — a Windows Update screen drawn on
// a slide, a CDN's block page, a vendor naming itself — harms no one
// (2026-12-07).
func asking(defs []features.Def, sigs []*signature.Signature) []bool {
	role := map[string]string{}
	for _, s := range sigs {
		role[features.SigPrefix+s.ID] = s.Role
	}
	out := make([]bool, len(defs))
	for i, d := range defs {
		switch d.Group {
		case features.Lure, features.Lock, features.Pressure, features.Runtime, features.Alarm, features.Authority:
			out[i] = !features.IsClaim(d.Name) && d.Group != features.Alarm && d.Group != features.Authority || impliedAsk[d.Name]
		case features.Combined, features.Conjunction:
			out[i] = true
		case features.Signature:
			out[i] = role[d.Name] == signature.RoleAsk || role[d.Name] == signature.RoleBoth
		}
	}
	return out
}

// impliedAsk are the claims that are an ask in themselves: "your browser
// must be updated", "your parcel is waiting", "you have registered, pay",
// "your card was stopped, call", a prize, a refund, Allow as the price of
// the page — and speaking in the name of a company on a host it does not
// own (its name in the title or headings, or a drawn browser window: an
// impersonation wants something). Where the page's own ask cannot be read
// (a button's script, a form), the claim still says what it wants: on the
// never-seen blind-2 set, DHL and USPS delivery lures and fake Teams and
// Edge updates that show nothing else readable are warned through these.
// Not the system's voice alone (a Windows Update screen drawn on a slide)
// nor an alarm alone (a CDN's "you have been blocked").
var impliedAsk = map[string]bool{"alarm.update-required": true, "lure.delivery-story": true, "alarm.registered": true, "alarm.account": true,
	"lure.prize": true, "lure.refund": true, "lure.pretext": true,
	"authority.brand-claimed": true, "authority.title-brand": true, "authority.fake-chrome": true}

// allowAsk marks the conjunctions whose ask is pressing Allow
// (conj.<claim>-allow). They stand for the ask a block needs only on a page
// that tells the person to press Allow (lure.allow, the notification
// signatures): a camera, microphone or location request with a pretext (a
// human check, an age check) is a capture lure's whole ask, and the
// browser's own prompt still stands between it and the camera, so such a
// page is warned about, never blocked by its score (2026-12-07; a CAPTCHA
// page with one camera request injected was blocked).
func allowAsk(defs []features.Def) []bool {
	out := make([]bool, len(defs))
	for i, d := range defs {
		out[i] = d.Group == features.Conjunction && strings.HasSuffix(d.Name, "-allow")
	}
	return out
}

// strongest is the largest value among the conjunctive features. Presence,
// not learned weight: correlated features share weight in training, and
// "does the page claim and ask" should not depend on which of them took it.
func strongest(conj, skip []bool, x []float64) float64 {
	s := 0.0
	for i, v := range x {
		if conj[i] && !(skip != nil && skip[i]) && v > s {
			s = v
		}
	}
	return min(s, 1)
}
