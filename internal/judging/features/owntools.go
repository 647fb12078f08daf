package features

import (
	"math"
	"strings"
)

// ownTools sets negative.own-tools: the page tells the reader to do
// something themselves in their own computer's settings or admin tools
// ("open Settings > Windows Update and click Check for updates", "type
// cmd, then enter the following command: gpupdate /force"), and claims
// nothing about the reader. That is the voice of a how-to, an IT help
// page or a news article about the system, not the system's: Windows
// never tells you to open Windows Update, and a fake update hands over a
// file instead of pointing at the real updater (alarm.update-required
// says so to the person). It is one of the voice signs (explainedBy): a
// "Windows – Force a Group Policy update" title then names Microsoft as
// its subject, and one mechanic more (a sound, a download) cannot make the
// page a fake update. Decided 2026-12-07 (issue 20, branch harden): such
// pages held the whole corpus's block line at p 0.9993–0.9999.
func (p *pageState) ownTools() {
	n, ev := p.e.lx.of(p.body, "own_tools")
	if n == 0 || p.claimsAboutReader() || p.pastesCommand() {
		return
	}
	p.set("negative.own-tools", float64(n)/2, ev...)
}

// readerClaims are what a scam says about the reader, their device, their
// account or their bill, and the pretexts it asks under: with any of them
// a page's steps are the scam's, whatever tools they name.
var readerClaims = []string{"alarm.words", "alarm.prominent", "alarm.your-device", "alarm.error-code", "alarm.threat-count",
	"alarm.fake-scan", "alarm.dialog", "alarm.update-required", "alarm.account", "alarm.registered",
	"lure.verify-human", "lure.pretext", "lure.prize", "lure.refund", "lure.delivery-story",
	"pressure.do-not-close", "pressure.legal", "pressure.unless-paid", "authority.fake-chrome", "lock.hidden-text"}

func (p *pageState) claimsAboutReader() bool { return p.claimsBeyond(nil, anyStrength) }

// anyStrength: a claim present at all.
const anyStrength = math.SmallestNonzeroFloat64

// claimsBeyond says whether the page makes a reader claim other than the
// except ones at a strength of atLeast or more: the voice signs that allow a
// claim of their own (an "if it happens" page's alarm, an error page's
// code) or a word in passing ask it with their own lists.
func (p *pageState) claimsBeyond(except map[string]bool, atLeast float64) bool {
	for _, name := range readerClaims {
		if except[name] {
			continue
		}
		if i, ok := p.e.index[name]; ok && p.v.Values[i] >= atLeast {
			return true
		}
	}
	return false
}

// pasteActs are the paste steps' words for pasting (not for opening a
// tool): a how-to has the reader type what it shows; a ClickFix page has
// them paste what its script copied.
var pasteActs = []string{"paste", "ctrl", "cmd+v", "cmd-v", "command+v", "command + v", "貼り付け", "ペースト", "粘贴", "coller", "einfügen", "pegar", "incolla", "colar"}

// pastesCommand: the page's script copies a command, or its steps tell
// the reader to paste.
func (p *pageState) pastesCommand() bool {
	if i, ok := p.e.index["lure.command-clipboard"]; ok && p.v.Values[i] > 0 {
		return true
	}
	for _, e := range p.v.Evidence[p.e.index["lure.paste-steps"]] {
		for _, a := range pasteActs {
			if strings.Contains(e, a) {
				return true
			}
		}
	}
	return false
}
