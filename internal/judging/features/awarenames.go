package features

import "strings"

// awareNames lowers negative.aware by the aware words whose every use in
// the page stands inside a desk's, an alert's or a product's name
// (aware_names.txt): "Card Locked - Fraud Alert … call our Fraud
// Department", Edge 「は詐欺サイトをブロックしました」, an antivirus's
// 「詐欺対策」. Such a word names the scam's own desk or product; it does
// not warn the reader about scams. Counted as awareness, one such word
// left a quarter of the page's claims unsaid (OwnVoice) and put bank-fraud
// and fake-antivirus pages at a claim-and-ask of 0.56–0.75, under the
// block's minimum (issue 20, branch harden, 2026-12-07).
func (p *pageState) awareNames() {
	i := p.e.index["negative.aware"]
	ev := p.v.Evidence[i]
	if p.v.Values[i] == 0 || len(ev) == 0 {
		return
	}
	n, names := p.e.lx.of(p.body, "aware_names")
	if n == 0 {
		return
	}
	text := p.f.Page
	var kept []string
	for _, w := range ev {
		inNames := 0
		for _, nm := range names {
			if strings.Contains(nm, w) {
				inNames += strings.Count(text, nm)
			}
		}
		if inNames == 0 || strings.Count(text, w) > inNames {
			kept = append(kept, w)
		}
	}
	if len(kept) == len(ev) {
		return
	}
	p.v.Values[i] = float64(len(kept)) / 4
	if len(kept) == 0 {
		delete(p.v.Evidence, i)
	} else {
		p.v.Evidence[i] = kept
	}
}
