package features

// ifHappens sets negative.if-happens: the page's alarm is advice for when
// something happens to the reader ("if your card is lost or stolen, call
// …", 「紛失・盗難に気づいたら、直ちに…にご連絡ください」), and it says
// nothing has happened: no stopped account, no infected device, no code,
// count, scan, bill or check. A card issuer's lost-and-stolen page names
// theft in its heading and a number to call; a scam says the theft or the
// lock has happened ("Your card has been locked"). It is a voice sign
// (explainedBy): the alarm is the reader's hypothetical, so it counts for
// nothing, and a sound or a countdown more cannot make it a fake alert
// (issue 20, branch harden, 2026-12-07: such a page with a sound added
// was blocked out of fold in the whole corpus).
func (p *pageState) ifHappens() {
	n, ev := p.e.lx.of(p.body, "if_happens")
	if n == 0 {
		return
	}
	if p.claimsBeyond(hypothetical, anyStrength) || p.pastesCommand() {
		return
	}
	p.set("negative.if-happens", 1, ev...)
}

// hypothetical are the reader claims an "if it happens" page names as
// what may happen: the alarm words, and the police it tells the reader to
// report to.
var hypothetical = map[string]bool{"alarm.words": true, "alarm.prominent": true, "pressure.legal": true}
