package features

// trialTerms sets negative.trial-terms: the page confirms a sign-up with
// a real subscription's terms — a free trial, no charge if it is cancelled
// within it, cancelling yourself at any time, a confirmation mail sent —
// and demands nothing: no sum by a deadline, no legal threat, no device
// details. A one-click billing page says 「登録完了」 too, but to bill
// someone who joined nothing: it sets a deadline, shows the IP address
// and has you phone to cancel, or says you cannot (corpus: every
// one-click page that mentions 解約 does so). It is a voice sign
// (explainedBy): the registration is the person's own, so the claim
// weighs nothing and a sound or a countdown more cannot make the page a
// one-click bill. Decided 2026-12-07 (issue 20, branch harden).
func (p *pageState) trialTerms() {
	n, ev := p.e.lx.of(p.body, "trial_terms")
	if n < 2 || p.demandsPayment() {
		return
	}
	p.set("negative.trial-terms", float64(n)/3, ev...)
}

// billDemands are a one-click bill's demands: a sum by a deadline, a
// threat, the device it claims to have recorded (device_info, read apart).
var billDemands = []string{"lure.amount-due", "pressure.legal", "pressure.unless-paid", "alarm.account", "alarm.error-code", "alarm.threat-count", "alarm.fake-scan",
	"alarm.your-device", "pressure.do-not-close", "lure.gift-card"}

func (p *pageState) demandsPayment() bool {
	for _, name := range billDemands {
		if i, ok := p.e.index[name]; ok && p.v.Values[i] > 0 {
			return true
		}
	}
	n, _ := p.e.lx.of(p.body, "device_info")
	return n > 0
}
