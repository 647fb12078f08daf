package decide

import (
	"slices"
	"time"

	"github.com/alertguard/alertguard/internal/family/sites"
	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

// Policies: the guardian's word on a page, when it decided.
const (
	PolicyPaused    = "paused"       // protection is paused: allowed, not logged
	PolicyAllowList = "allow-list"   // the site is on the allow list: allowed, not logged
	PolicyBlockList = "block-list"   // the site is on the block list: blocked
	PolicySession   = "scam-session" // the scam's next step, during a scam session: warned (package family/session, applied by judge)
)

// GuardianBlock is the category, and GuardianBlockListID the reason id, of
// a page on the guardian's block list.
const (
	GuardianBlock       = "guardian-block"
	GuardianBlockListID = "guardian-block-list"
)

// MaxEvidenceRunes bounds each piece of evidence a reason quotes.
const MaxEvidenceRunes = 200

// Judgement is the decision about one page.
type Judgement struct {
	Verdict *verdict.Result `json:"verdict,omitempty"`
	Policy  string          `json:"policy,omitempty"`
	// PolicySite is the list entry that decided (block-list, allow-list);
	// PausedUntil the end of a pause. Neither crosses the wire.
	PolicySite  string `json:"-"`
	PausedUntil string `json:"-"`
	// Step is the scam's next step (PolicySession), SessionSince when the
	// scam page was logged.
	Step         string    `json:"-"`
	SessionSince time.Time `json:"-"`
}

// Logged says whether the judgement belongs in the log.
func (jd Judgement) Logged() bool {
	return jd.Verdict.Decision != verdict.Allow
}

// Entry is the judgement's log entry (no page content).
func (jd Judgement) Entry(browser string) *eventlog.Entry {
	v := jd.Verdict
	return &eventlog.Entry{Summary: v.Summary, Signatures: v.SignatureIDs(), Browser: browser}
}

// result writes out an outcome.
func (d *Decider) result(f *facts.Facts, o Outcome, v *features.Vector) *verdict.Result {
	rs, adv := d.reasons(o, v)
	score := o.Score
	blockAt, warnAt := d.Thresholds()
	switch o.Decision {
	case verdict.Block:
		score = max(score, blockAt)
	case verdict.Warn:
		score = max(score, warnAt)
	}
	return verdict.Build(f, o.Decision, score, rs, adv, d.catalog, d.version)
}

// applyPolicy is the guardian's word on a page, after the score's.
func (d *Decider) applyPolicy(jd *Judgement, p *Policy) {
	c := p.Settings
	if c == nil {
		return
	}
	v := jd.Verdict
	if c.Paused(p.Now) {
		jd.Policy, jd.PausedUntil = PolicyPaused, c.PausedUntil
		allow(v)
		return
	}
	list, entry := sites.Lists{Allow: c.Sites.Allow, Block: c.Sites.Block}.Match(v.URL)
	switch list {
	case sites.Block:
		jd.Policy, jd.PolicySite = PolicyBlockList, entry
		blockListed(v, entry, d.catalog)
	case sites.Allow:
		jd.Policy, jd.PolicySite = PolicyAllowList, entry
		allow(v)
	}
}

// allow clears a verdict to a plain allow, keeping what identifies the page.
func allow(v *verdict.Result) {
	*v = verdict.Result{Summary: verdict.Summary{Decision: verdict.Allow, URL: v.URL, Title: v.Title,
		Categories: []string{}, Phones: []verdict.Phone{}}, SignatureVersion: v.SignatureVersion, Reasons: []verdict.Reason{}}
}

// blockListed turns v into a block because the guardian listed the site:
// whatever the score found stays as further reasons.
func blockListed(v *verdict.Result, site string, cat *advice.Catalog) {
	r := verdict.Reason{ID: GuardianBlockListID, Category: GuardianBlock, Weight: 100,
		Title:       advice.Text{Ja: "ご家族が、このサイトを開かないように設定しています", En: "Your family has set this site not to open"},
		Explanation: advice.Text{Ja: "「" + site + "」はブロックするサイトに登録されています。", En: "\"" + site + "\" is on the list of sites to block."}}
	v.Reasons = append([]verdict.Reason{r}, v.Reasons...)
	if len(v.Reasons) > verdict.MaxReasons {
		v.Reasons = v.Reasons[:verdict.MaxReasons]
	}
	v.Categories = append([]string{GuardianBlock}, slices.DeleteFunc(v.Categories, func(c string) bool { return c == GuardianBlock })...)
	v.Score = 100
	if v.Decision != verdict.Block {
		v.Advice = cat.Get([]string{"close-browser"})
		v.HelpLines = cat.HelpLines()
	}
	v.Decision = verdict.Block
	v.Explanation = verdict.Explain(v)
}

func trimEvidence(v *verdict.Result) {
	for i := range v.Reasons {
		for k, ev := range v.Reasons[i].Evidence {
			if r := []rune(ev); len(r) > MaxEvidenceRunes {
				v.Reasons[i].Evidence[k] = string(r[:MaxEvidenceRunes]) + "…"
			}
		}
	}
}
