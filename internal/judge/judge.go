// Package judge is AlertGuard's one decision path, shared by every front
// end (the native host, `scan`, `bench`, the demo): snapshot → analysis
// (facts, features) → internal/decide (score, the claim-and-ask
// conjunction, hard rules, thresholds, the guardian's site lists and pause,
// evidence trimming) → the scam session's word on the next step → the log
// entry. The extension only obeys the judgement it gets.
package judge

import (
	"time"

	"github.com/alertguard/alertguard/internal/decide"
	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// Judgement is the decision about one page (internal/decide).
type Judgement = decide.Judgement

// Policies a judgement names (internal/decide).
const (
	PolicyPaused    = decide.PolicyPaused
	PolicyAllowList = decide.PolicyAllowList
	PolicyBlockList = decide.PolicyBlockList
	PolicySession   = decide.PolicySession
)

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
	jd := j.Analyzer.Judge(s, &decide.Policy{Settings: j.settings(), Now: j.now()})
	if jd.Policy == "" && j.Session != nil {
		if jd.Step, jd.SessionSince = j.Session(s, jd.Verdict); jd.Step != "" {
			jd.Policy = PolicySession
		}
	}
	return jd
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
