package features

// codeSent: a human check on a step where the site sends a one-time code
// to the reader's own phone or mail (「SMSで認証番号を送信します」, "we sent a
// code to your phone") guards the site's own sign-up or sign-in against
// bots: it is no pretext for anything else the page asks. A fake check
// sends nothing; it has the reader paste, install or allow. lure.verify-
// human counts below presence there (quotedStrength), unless the page has
// the reader paste. A real SMS sign-up with a camera request added read as
// a camera lure's human check and was blocked out of fold (issue 20,
// branch harden, 2026-12-07).
func (p *pageState) codeSent() {
	i, ok := p.e.index["lure.verify-human"]
	if !ok || p.v.Values[i] <= quotedStrength || p.pastesCommand() {
		return
	}
	if n, _ := p.e.lx.of(p.body, "code_sent"); n > 0 {
		p.v.Values[i] = quotedStrength
	}
}
