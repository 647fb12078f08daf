package features

// ownOutage sets negative.own-outage: the page is the site's own error
// page — its system is busy or failed, and it asks the reader to wait and
// try again later (「しばらく時間をおいて、もう一度お試しください」,
// "temporarily unavailable, try again later"), with an error code and the
// help line to quote it to. A fake alert says the reader's device has the
// error and wants a call now; it never asks anyone to come back later.
// Set only where the page claims nothing about the reader beyond an error
// (its words, code and heading) and a word in passing, and asks for no
// paste. A voice sign
// (explainedBy): an airline's system-error page with a sound added was
// blocked out of fold (2026-12-07, late evening).
func (p *pageState) ownOutage() {
	n, ev := p.e.lx.of(p.body, "own_outage")
	if n == 0 {
		return
	}
	if p.claimsBeyond(outageClaims, passingMention) || p.pastesCommand() {
		return
	}
	p.set("negative.own-outage", 1, ev...)
}

// passingMention is the strength (before the page's voice scales it) at
// which a reader claim is the page's story, not a word in passing: the
// airline's page warns, in one line, of callers who offer a refund
// (lure.refund 0.25); one refund phrase of a refund story is 0.5.
const passingMention = 0.5

// outageClaims are the reader claims an error page makes about itself:
// that an error happened, its code, in its heading.
var outageClaims = map[string]bool{"alarm.words": true, "alarm.prominent": true, "alarm.error-code": true}
