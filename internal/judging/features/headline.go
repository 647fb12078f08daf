package features

// headlineClaims: a fake update's "update required" or a one-click bill's
// 「登録完了」 standing in a heading, a dialog, the text its script decoded
// or the title is the page's headline, at full strength, as an alarm in a heading is
// (alarm.prominent). In the body alone one phrase counts half (the
// saturation of alarm.update-required and alarm.registered), which left
// a fake update's whole claim at 0.5: "Update required to join this
// meeting", 「Microsoft Edge の更新が必要です」 over a download. The block
// needs a claim-and-ask of at least the line's minimum (0.5–0.6 as the
// folds choose it), so those pages were warned whatever their score
// (issue 20, branch harden, 2026-12-07).
func (p *pageState) headlineClaims() {
	var h *hits
	for _, c := range headlineLexicons {
		i, ok := p.e.index[c[0]]
		if !ok || p.v.Values[i] == 0 || p.v.Values[i] >= 1 {
			continue
		}
		if h == nil { // not the labels: a short page's every line is one

			h = p.e.view("headline").scan(p.f.Title + "\n" + p.f.Headings + "\n" + p.f.Dialogs + "\n" + p.f.Decoded)
		}
		if n, ev := p.e.lx.of(h, c[1]); n > 0 {
			p.set(c[0], 1, ev...)
		}
	}
}

// headlineLexicons: each claim feature and the lexicon it is read from.
var headlineLexicons = [][2]string{{"alarm.update-required", "update_required"}, {"alarm.registered", "registered"}}
