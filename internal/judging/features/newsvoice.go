package features

// newsVoice sets negative.news-voice: the page is a dated, signed article
// (article markup and a byline) that claims nothing about the reader and
// asks for no paste, so a company it names is its subject, not its voice:
// "Microsoft's redesigned Windows 11 Start menu is rolling out now | The
// Verge". A fake update drawn over a hacked blog keeps the blog's byline
// but claims the reader's browser must be updated (alarm.update-required),
// which stops the sign. A voice sign (explainedBy): that news page with a
// program download added was blocked out of fold in the whole corpus
// (2026-12-07, late evening).
func (p *pageState) newsVoice() {
	if i := p.e.index["negative.byline"]; !p.st.articleMarkup || p.v.Values[i] == 0 {
		return
	}
	if p.claimsAboutReader() || p.pastesCommand() {
		return
	}
	p.set("negative.news-voice", 1)
}
