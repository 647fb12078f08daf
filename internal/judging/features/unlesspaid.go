package features

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// A support scam that has taken the person's "order" for a virus removal
// sends them to a convenience store with a payment number and says what
// happens if they do not pay: 「期限までにお支払いがない場合、感染した
// ファイルとネットバンキングの情報が外部に流出し続けます」. That sentence is
// its claim — harm to the reader's files unless they pay — and the bill's
// claim side had no word for it: a threat that is not a court's
// (pressure.legal) nor a registration (alarm.registered), so the page's
// claim-and-ask stood on one alarm word at half strength (2026-12-07,
// branch family). A utility's or a card's late notice says what follows
// non-payment too — late fees, a reminder, suspension of the service —
// but never an infection, a leak or a lost file: pressure.unless-paid is a
// sentence that joins a non-payment condition with an alarm word, not in
// quotation marks (a vendor's 「今すぐ支払わないとウイルスに感染する」などと
// 迫ることはありません quotes the scam).

// unpaid is a condition of non-payment, in the languages of the corpus's
// bills.
var unpaid = regexp.MustCompile(`(?:支払|入金|振込|振り込|納付)[^。]{0,16}(?:ない|なければ|無い|できない|いただけない)(?:場合|と|限り)|if (?:you do not|you don't|you fail to) pay|unless (?:you pay|payment)|failure to pay|if payment is not (?:received|made)|sans paiement|si vous ne payez pas|ohne zahlung|wenn sie nicht (?:bezahlen|zahlen)`)

// unpaidCores: every match of unpaid starts with one of them (each
// alternative begins with its core) and is shorter than unpaidSpan bytes
// (振り込, sixteen runes of four bytes, いただけない, 場合: 97), so the
// expression, which has no literal prefix to look for and cost about a
// sixth of judging when run over every page's whole text, is asked only
// about the span after each core (FuzzUnpaidFrom, TestUnpaidSpan).
var unpaidCores = []string{"支払", "入金", "振込", "振り込", "納付", "if you", "unless ", "failure to pay",
	"if payment is not", "sans paiement", "si vous ne payez pas", "ohne zahlung", "wenn sie nicht "}

const unpaidSpan = 256

// unpaidIn is unpaid.MatchString(text).
func unpaidIn(text string) bool {
	for _, c := range unpaidCores {
		for off := 0; ; {
			i := strings.Index(text[off:], c)
			if i < 0 {
				break
			}
			i += off
			end := min(len(text), i+unpaidSpan)
			for end < len(text) && !utf8.RuneStart(text[end]) {
				end++
			}
			if unpaid.MatchString(text[i:end]) {
				return true
			}
			off = i + len(c)
		}
	}
	return false
}

// maxUnpaidSentences bounds the sentences read.
const maxUnpaidSentences = 4000

// unlessPaid sets pressure.unless-paid from the first sentence of the
// page that threatens harm unless the reader pays.
func (p *pageState) unlessPaid() {
	if !unpaidIn(p.f.Text) {
		return
	}
	v := p.e.view("alarm")
	k := 0
	for raw := range p.blockLines() {
		for s := range strings.SplitSeq(raw, "。") {
			if k++; k > maxUnpaidSentences {
				return
			}
			s = textnorm.Fold(s)
			c := unpaid.FindString(s)
			if c == "" {
				continue
			}
			n, ev := p.e.lx.of(v.scan(s), "alarm")
			if n == 0 || allIn(quotations(s), append(ev, c)) {
				continue
			}
			p.set("pressure.unless-paid", 1, append([]string{c}, ev...)...)
			return
		}
	}
}
