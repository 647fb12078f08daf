package features

import "strings"

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
		if ev := p.headline(v, c[1]); ev != nil {
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
