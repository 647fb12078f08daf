package features

import (
	"strings"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// headlineClaims: a fake update's "update required" or a one-click bill's
// 「登録完了」 standing as a line of its own in the title, a heading, a
// dialog or the text its script decoded is the page's headline, at full
// strength, as an alarm in a heading is (alarm.prominent). In the body
// alone one phrase counts half (the saturation of alarm.update-required
// and alarm.registered), which left a fake update's whole claim at 0.5:
// "Update required to join this meeting", 「Microsoft Edge の更新が必要です」
// over a download; the block needs a claim-and-ask of at least the line's
// minimum (0.5–0.6 as the folds choose it), so those pages were warned
// whatever their score (issue 20, branches harden and lures, 2026-12-07).
//
// A line that asks ("Why does Zoom say an update is required?"), explains
// or quotes the phrase reports the claim and is no headline. An update
// claim counts whole on a bare screen only: a vendor's own site says its
// launcher must be updated amid its navigation (bareScreen).
func (p *pageState) headlineClaims() {
	var v *lexicons
	for _, c := range headlineLexicons {
		i, ok := p.e.index[c[0]]
		if !ok || p.v.Values[i] == 0 || p.v.Values[i] >= 1 {
			continue
		}
		if c[0] == "alarm.update-required" && !p.bareScreen() {
			continue
		}
		if v == nil {
			v = p.e.view("headline")
		}
		ev := p.headline(v, c[1])
		if ev == nil && c[0] == "alarm.update-required" {
			ev = p.screenLine(v, c[1])
		}
		if ev != nil {
			p.set(c[0], 1, ev...)
		}
	}
}

// headline is the evidence of the first line of the title, headings,
// dialogs or decoded text that states lexicon lex as its own claim.
func (p *pageState) headline(v *lexicons, lex string) []string {
	for _, text := range []string{p.f.Dialogs, p.f.Decoded} {
		if ev := p.claimLine(v, lex, text, strings.Split(text, "\n")); ev != nil {
			return ev
		}
	}
	return p.claimLine(v, lex, p.f.Headings, p.f.HeadingLines)
}

// claimLine: one scan of the whole text first (most pages hold no such
// phrase), then the lines one by one.
func (p *pageState) claimLine(v *lexicons, lex, whole string, lines []string) []string {
	if whole == "" {
		return nil
	}
	if n, _ := p.e.lx.of(v.scan(whole), lex); n == 0 {
		return nil
	}
	for _, l := range lines {
		if strings.ContainsAny(l, "?？") {
			continue
		}
		h := v.scan(l)
		n, ev := p.e.lx.of(h, lex)
		if x, _ := p.e.lx.of(h, "explainer"); n > 0 && x == 0 && !allIn(quotations(l), ev) {
			return ev
		}
	}
	return nil
}

// headlineLexicons: each claim feature and the lexicon it is read from.
var headlineLexicons = [][2]string{{"alarm.update-required", "update_required"}, {"alarm.registered", "registered"}}

// screenLine: on a bare screen the few lines of text are the screen's
// whole message, headed or not. A fake update often heads its screen with
// the trouble ("Video can't be played", 「カメラを起動できません」, a call's
// caller) and states the update claim in the line below it ("Your media
// player plugin is outdated", 「Zoom ミーティングクライアントの更新が必要
// です」), which left the claim at half strength (2026-12-07, family). The
// same tests as a headline: not a question, an explainer or a quotation,
// and a line no longer than an instruction (maxProofLine). Only the update
// claim is read so (headlineClaims asks it on a bare screen only): a site
// that says its app must be updated says so amid its links.
func (p *pageState) screenLine(v *lexicons, lex string) []string {
	var lines []string
	k := 0
	for raw := range p.blockLines() {
		if k++; k > maxServiceLines {
			break
		}
		if l := strings.TrimSpace(textnorm.Fold(raw)); l != "" && len(l) <= maxProofLine {
			lines = append(lines, l)
		}
	}
	return p.claimLine(v, lex, strings.Join(lines, "\n"), lines)
}
