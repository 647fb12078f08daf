package features

import (
	"iter"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// A repair or data-recovery shop names the very troubles a fake warning
// claims — "a warning says your computer is infected", 「ウイルスに感染
// した」「異音がする」 — as the symptoms it fixes, beside its own phone
// number, a remote-support tool and "call now". What a fake warning never
// has is the shop's price menu: several services, each with its price
// (ウイルス駆除 8,800円, "Virus removal $129"), and its terms of business —
// a quote before the work, a free diagnosis, no fee if it cannot fix it.
// negative.service-shop is that sign, and it is a voice sign (explainedBy):
// the alarms on such a page are the customers' symptoms in the shop's
// voice, not a claim about the reader's device (issue 20, 2026-12-07).

// serviceLines is how many priced service lines make a price menu.
const serviceLines = 3

// serviceShopStrength is the sign's strength: the page's claims count at a
// quarter (Voice), so a shop's page one mechanic from the line cannot
// block, while what it shows still weighs in the score. A shop that also
// names the scam (an awareness word: 偽, scam, 詐欺) speaks about the
// fake warnings it removes, and its sign is whole (2026-12-07, family: a
// shop's landing page whose heading lists ウイルス感染・ランサムウェア as the
// troubles it fixes was warned).
const serviceShopStrength = 0.75

// maxServiceLines bounds the lines read (the page text is bounded too).
const maxServiceLines = 4000

// maxServiceLine: a price menu's line is short; a sentence that names a
// service and a price is prose, not a menu row.
const maxServiceLine = 60

// price is an amount in yen or dollars, as a menu writes it (folded text:
// full-width digits and ￥ are already plain).
var price = regexp.MustCompile(`(?:[¥$]\s?\d[\d,]*(?:\.\d\d)?|\d[\d,]*\s?円)`)

// blockLines are the documents' text lines, a block element each (the
// page text joins them).
func (p *pageState) blockLines() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, d := range p.f.Docs {
			if d == nil {
				continue
			}
			for l := range strings.SplitSeq(d.Text, "\n") {
				if !yield(l) {
					return
				}
			}
		}
	}
}

// serviceShop sets negative.service-shop on a page with a price menu of
// services and a shop's terms: at least serviceLines lines that price a
// service (the service in the line or in the short line before it, as a
// table's header cell stands before its price cell), and a word of quoting
// or of no fee without a fix.
func (p *pageState) serviceShop() {
	if n, _ := p.e.lx.of(p.body, "service_quote"); n == 0 {
		return
	}
	var ev []string
	seen := map[string]bool{}
	prev, k := "", 0
	for raw := range p.blockLines() {
		if k++; k > maxServiceLines || len(seen) >= serviceLines {
			break
		}
		l := strings.TrimSpace(textnorm.Fold(raw))
		if l == "" {
			continue
		}
		short := utf8.RuneCountInString(l) <= maxServiceLine
		if short && price.MatchString(l) {
			for _, cand := range []string{l, prev + " " + l} {
				if n, hit := p.e.lx.of(p.e.view("service").scan(cand), "service_offer"); n > 0 {
					if key := cand; !seen[key] {
						seen[key] = true
						ev = append(ev, hit[0])
					}
					break
				}
			}
		}
		prev = ""
		if short {
			prev = l
		}
	}
	if len(seen) >= serviceLines {
		x := serviceShopStrength
		if i, ok := p.e.index["negative.aware"]; ok && p.v.Values[i] > 0 {
			// the shop names the fake warnings it removes as fakes
			// (偽警告の解除, "scam pop-up"): both signs of one voice, the
			// claims on its page are its customers' symptoms and the scam's
			x = 1
		}
		p.set("negative.service-shop", x, ev...)
	}
}
