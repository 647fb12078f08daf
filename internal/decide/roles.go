package decide

import (
	"strings"

	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/signature"
)

// A role is a feature's part in the conjunction a block needs: a scam
// makes a claim (someone's authority, an alarm about the person's own
// device or account, a bill or a prize) and an ask (call, paste, pay,
// allow, install, stay locked). One of them alone — a download site's
// "for Windows" button, a meeting's camera prompt, a game's full screen, an
// awareness article's alarm words — is at most a warning.
type role uint8

const (
	none  role = 0
	claim role = 1 << iota
	ask
	both = claim | ask
)

// claimFeatures are the computed features that make a claim. lure.billing
// ("you are registered"), lure.refund ("we refunded too much") and
// lure.prize ("you won") are the stories of a bill, a refund and a prize;
// lure.verify-human is the pretext of a fake human check; pressure.legal
// is a threat.
var claimFeatures = map[string]role{
	"lure.billing":                    claim,
	"lure.refund":                     claim,
	"lure.prize":                      claim,
	"lure.verify-human":               claim,
	"pressure.legal":                  claim,
	"lure.allow":                      both, // a "press Allow" story is its own pretext
	"combined.alarm-phone":            both,
	"combined.authority-phone":        both,
	"combined.alarm-lure":             both,
	"combined.refund-lure":            both,
	"combined.prize-pressure":         claim,
	"combined.remote-phone":           ask,
	"combined.remote-payment":         ask,
	"combined.request-remote-or-card": ask,
	"combined.overlay-lure":           ask,
	"combined.paste-command":          ask,
	// how many mechanics a page shows says nothing about which
	"combined.mechanics-3": none,
	"combined.mechanics-4": none,
}

var sigRoles = map[string]role{signature.RoleClaim: claim, signature.RoleAsk: ask, signature.RoleBoth: both}

// roles lays out every feature's role in the extractor's order.
func roles(defs []features.Def, sigs []*signature.Signature) []role {
	bySig := map[string]role{}
	for _, s := range sigs {
		bySig[features.SigPrefix+s.ID] = sigRoles[s.Role]
	}
	out := make([]role, len(defs))
	for i, d := range defs {
		if r, ok := claimFeatures[d.Name]; ok {
			out[i] = r
			continue
		}
		switch d.Group {
		case features.Authority, features.Alarm:
			out[i] = claim
		case features.Lure, features.Lock, features.Runtime:
			out[i] = ask
		case features.Signature:
			out[i] = bySig[d.Name]
		}
		if strings.HasPrefix(d.Name, features.SigPrefix) {
			out[i] = bySig[d.Name]
		}
	}
	return out
}

// Strengths are the probabilities of the claim model and of the ask
// model (each over only its own features: a page may make a strong claim
// and ask nothing, as an awareness article does).
type Strengths struct{ Claim, Ask float64 }

// Roles says, for every feature of an extractor with the signatures set,
// whether it belongs to the claim model and to the ask model: what
// training fits each of them on. The signs of a legitimate page belong to
// both: an awareness article quotes the claim without making it, and a
// documentation page shows its command without asking anyone to paste it
// blind.
func Roles(defs []features.Def, sigs []*signature.Signature) (claims, asks []bool) {
	rs := roles(defs, sigs)
	claims, asks = make([]bool, len(rs)), make([]bool, len(rs))
	for i, r := range rs {
		ctx := defs[i].Group == features.Negative || defs[i].Group == features.Signature && defs[i].Category == ""
		claims[i], asks[i] = r&claim != 0 || ctx, r&ask != 0 || ctx
	}
	return claims, asks
}
