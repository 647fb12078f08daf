// Package judge is AlertGuard's one decision path, shared by every front
// end (the native host, `scan`, `bench`, the demo): snapshot → analysis →
// the guardian's policy (site lists, pause) → evidence trimming → the log
// entry. The extension only obeys the judgement it gets.
package judge

import (
	"time"

	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/family/sites"
	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

// Policies: the guardian's word on a page, when it decided.
const (
	PolicyPaused    = "paused"       // protection is paused: allowed, not logged
	PolicyAllowList = "allow-list"   // the site is on the allow list: allowed, not logged
	PolicyBlockList = "block-list"   // the site is on the block list: blocked
	PolicySession   = "scam-session" // the scam's next step, during a scam session: warned
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

// Judge decides. Settings returns the family settings in force (never
// nil; a broken file means the defaults, and the caller reports why).
type Judge struct {
	Analyzer *analysis.Analyzer
	Settings func() *config.Config
	Now      func() time.Time
	// Session is the scam session's word on a page the guardian's lists
	// left alone (package family/session); nil: no sessions.
	Session func(s *snapshot.Snapshot, v *verdict.Result) (step string, since time.Time)
}

// Judge judges one snapshot.
func (j *Judge) Judge(s *snapshot.Snapshot) Judgement {
	jd := Judgement{Verdict: j.Analyzer.Analyze(s)}
	j.applyPolicy(&jd)
	if jd.Policy == "" && j.Session != nil {
		if jd.Step, jd.SessionSince = j.Session(s, jd.Verdict); jd.Step != "" {
			jd.Policy = PolicySession
		}
	}
	trimEvidence(jd.Verdict)
	return jd
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

func (j *Judge) settings() *config.Config {
	if j.Settings == nil {
		return config.Default()
	}
	return j.Settings()
}

func (j *Judge) now() time.Time {
	if j.Now == nil {
		return time.Now()
	}
	return j.Now()
}

// applyPolicy is the guardian's word on a page, after the signatures'.
func (j *Judge) applyPolicy(jd *Judgement) {
	c := j.settings()
	v := jd.Verdict
	if c.Paused(j.now()) {
		jd.Policy, jd.PausedUntil = PolicyPaused, c.PausedUntil
		allow(v)
		return
	}
	list, entry := sites.Lists{Allow: c.Sites.Allow, Block: c.Sites.Block}.Match(v.URL)
	switch list {
	case sites.Block:
		jd.Policy, jd.PolicySite = PolicyBlockList, entry
		verdict.BlockListed(v, entry, j.Analyzer.Catalog)
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

func trimEvidence(v *verdict.Result) {
	for i := range v.Reasons {
		for k, ev := range v.Reasons[i].Evidence {
			if r := []rune(ev); len(r) > MaxEvidenceRunes {
				v.Reasons[i].Evidence[k] = string(r[:MaxEvidenceRunes]) + "…"
			}
		}
	}
}
