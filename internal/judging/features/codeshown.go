package features

import "strings"

// commandShownAsCode: every command the page text shows stands in its code
// blocks (<pre>, <code>), and no step tells the reader to press keys or
// paste. That is a command offered as documentation — a project's install
// line with a Copy button — not a challenge's ask: a fake Cloudflare
// check has the reader open Run or Terminal and paste (paste steps), or
// hides the command it copies. interstitial() leaves a CDN's name no claim
// beside such a command: the real "Sorry, you have been blocked" with a
// copy button and a shell command added read as Cloudflare asking for a
// paste and held the whole corpus's hardened block line at p 0.9955–0.9996
// in four of five fits (issue 20, branch harden, 2026-12-07).
func (p *pageState) commandShownAsCode() bool {
	if p.st.codeBlocks == 0 || p.v.Values[p.e.index["lure.paste-steps"]] > 0 {
		return false
	}
	ev := p.v.Evidence[p.e.index["lure.command-text"]]
	if len(ev) == 0 {
		return false
	}
	code := strings.ToLower(p.st.code.String())
	for _, c := range ev {
		if !strings.Contains(code, c) {
			return false
		}
	}
	return true
}
