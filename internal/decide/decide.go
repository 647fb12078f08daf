// Package decide is where a page's fate is settled, after its features
// are known: the learned score, the conjunction a block needs (a claim and
// an ask), runtime evidence weighed in the context of what the page
// claims, the hard rules, the warn-only caps, the thresholds, the
// guardian's site lists and pause, and the trimming of evidence. "Why was
// this blocked?" is answered in this folder. One entry point: Decide.
package decide

import (
	"math"
	"time"

	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/model"
	"github.com/alertguard/alertguard/internal/judging/signature"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// Decider decides. It is safe for concurrent use.
type Decider struct {
	ext       *features.Extractor
	model     *model.Bound
	conj      []bool // the conjunctive features (roles.go)
	allow     []bool // the conjunctions whose ask is pressing Allow (roles.go)
	asks      []bool // the features that say the page asks something (roles.go)
	sigAdvice map[int][]string
	catalog   *advice.Catalog
	version   string
}

// New binds a model to an extractor and its signature set.
func New(ext *features.Extractor, m *model.Model, set *signature.Set, cat *advice.Catalog) *Decider {
	d := &Decider{ext: ext, model: m.Bind(ext.Defs()), conj: conjunctive(ext.Defs(), set.Sigs), allow: allowAsk(ext.Defs()), asks: asking(ext.Defs(), set.Sigs), sigAdvice: map[int][]string{},
		catalog: cat, version: set.Version}
	for _, s := range set.Sigs {
		d.sigAdvice[ext.Index(features.SigPrefix+s.ID)] = s.Advice
	}
	return d
}

// Policy is the guardian's settings in force and the time; a nil Policy
// means the defaults (no lists, no pause).
type Policy struct {
	Settings *config.Config
	Now      time.Time
}

// Decide judges a page from its facts and feature vector, then applies the
// guardian's policy and trims the evidence. v is changed: runtime evidence
// raises its static twins when the page makes a claim.
func (d *Decider) Decide(f *facts.Facts, v *features.Vector, p *Policy) Judgement {
	jd := Judgement{Verdict: d.result(f, d.score(v), v)}
	if p != nil {
		d.applyPolicy(&jd, p)
	}
	trimEvidence(jd.Verdict)
	return jd
}

// Outcome is the scored page before its verdict is written out.
type Outcome struct {
	Score     int
	Logit     float64
	Strengths Strengths
	Gated     bool   // the score reached block but the page lacks a claim or an ask
	WarnOnly  bool   // the page's only ask is a permission request: never blocked by its score
	Floor     string // Block or Warn from a hard rule, or ""
	Decision  string
	contribs  []model.Contribution
	rules     []Rule
}

// Outcome scores a vector and decides, without writing the verdict: what
// training and evaluation compare with the labels. v is changed as in Decide.
func (d *Decider) Outcome(v *features.Vector) Outcome { return d.score(v) }

// Thresholds of the model in force: what a score means.
func (d *Decider) Thresholds() (blockAt, warnAt int) { return d.model.M.BlockAt, d.model.M.WarnAt }

func (d *Decider) score(v *features.Vector) Outcome {
	m := d.model.M
	// Runtime evidence counts in the context of what the page claims: on
	// a page that claims something, what the browser saw raises its static
	// twin (an ask) and the conjunctions with it.
	o := Outcome{}
	if o.Strengths.Claim = d.ext.ClaimMade(v); o.Strengths.Claim >= ClaimMin {
		d.ext.Tie(v)
		d.ext.Conjoin(v)
	}
	r := d.model.Score(v)
	o.Logit, o.contribs = r.Logit, r.Contribs
	// The gate reads the conjunctive features in the page's own voice: a
	// claim an article quotes or explains is not the page's claim.
	var skip []bool
	if !d.pressAllow(v) {
		skip = d.allow
	}
	o.Strengths.Conjunction = strongest(d.conj, skip, v.Values) * d.ext.Voice(v)
	for _, rule := range HardRules {
		if rule.Fires(d.ext, v) && o.Floor != verdict.Block {
			o.Floor = rule.Verdict
			o.rules = append(o.rules, rule)
		}
	}
	// A block needs the score, a claim and an ask; a warning needs the
	// score past the warn line and an ask of any kind (asking: a claim
	// alone is not warned about; the gate never warns a page the warn line
	// would leave alone).
	blocks := r.P >= m.PBlock
	o.WarnOnly = WarnOnly(d.ext, v)
	o.Gated = blocks && (o.WarnOnly || o.Strengths.Conjunction < m.ConjMin)
	switch {
	case blocks && !o.Gated || o.Floor == verdict.Block:
		o.Decision = verdict.Block
	case r.P >= m.PWarn && strongest(d.asks, nil, v.Values) > 0 && !(o.WarnOnly && o.Strengths.Claim == 0 && NotificationOnly(d.ext, v)) || o.Floor == verdict.Warn:
		o.Decision = verdict.Warn
	default:
		o.Decision = verdict.Allow
	}
	o.Score = scoreIn(o.Decision, r.Score, m.WarnAt, m.BlockAt)
	return o
}

// pressAllow says whether the page tells the person to press Allow: only
// then is Allow the ask of a block (allowAsk).
func (d *Decider) pressAllow(v *features.Vector) bool {
	for _, n := range []string{"lure.allow", "sig.notification.press-allow", "sig.notification.early-prompt-story"} {
		if i := d.ext.Index(n); i >= 0 && v.Values[i] > 0 {
			return true
		}
	}
	return false
}

// scoreIn keeps the score shown inside its decision's band: 80–100 for a
// block, 40–79 for a warning, below 40 for an allowed page.
func scoreIn(decision string, s, warnAt, blockAt int) int {
	switch decision {
	case verdict.Block:
		return max(s, blockAt)
	case verdict.Warn:
		return min(max(s, warnAt), blockAt-1)
	}
	return min(s, warnAt-1)
}

// How many contributions become reasons: the strongest signs of a scam,
// then the strongest signs of a legitimate page.
const (
	maxPositiveReasons = 6
	maxNegativeReasons = 3
)

// adviceFor is the advice each kind of scam calls for.
var adviceFor = map[string][]string{
	"fake-alert":         {"close-browser"},
	"fullscreen-lock":    {"close-browser"},
	"phone-lure":         {"do-not-call", "no-remote-control", "do-not-pay"},
	"clickfix":           {"do-not-paste"},
	"fake-av-purchase":   {"do-not-pay", "do-not-install"},
	"one-click-billing":  {"ignore-billing", "do-not-pay"},
	"app-install-lure":   {"do-not-install"},
	"notification-abuse": {"no-notifications"},
	"permission-lure":    {"no-permission"},
	"phishing-form":      {"do-not-enter"},
}

// reasons are the hard rules that fired, then the largest contributions,
// with the advice the kinds of scam they point to call for.
func (d *Decider) reasons(o Outcome, v *features.Vector) (rs []verdict.Reason, adv []string) {
	for _, rule := range o.rules {
		rs = append(rs, d.ruleReason(rule, v))
		adv = append(adv, adviceFor[rs[len(rs)-1].Category]...)
	}
	defs := d.ext.Defs()
	for _, c := range pickContribs(o.contribs) {
		def := defs[c.Index]
		w := int(math.Round(10 * c.Logit))
		rs = append(rs, d.reason(def, c.Index, w, v))
		if w > 0 {
			adv = append(adv, adviceFor[def.Category]...)
			adv = append(adv, d.sigAdvice[c.Index]...)
		}
	}
	return rs, adv
}

// pickContribs keeps the strongest signs each way from contributions sorted
// largest first: the first positives, and the negatives from the far end
// (the most negative first), not the ones nearest zero.
func pickContribs(cs []model.Contribution) []model.Contribution {
	var out []model.Contribution
	for _, c := range cs {
		if math.Round(10*c.Logit) <= 0 || len(out) == maxPositiveReasons {
			break
		}
		out = append(out, c)
	}
	neg := 0
	for i := len(cs) - 1; i >= 0 && neg < maxNegativeReasons; i-- {
		if math.Round(10*cs[i].Logit) >= 0 {
			break
		}
		out = append(out, cs[i])
		neg++
	}
	return out
}

func (d *Decider) reason(def features.Def, i, weight int, v *features.Vector) verdict.Reason {
	cat := def.Category
	if cat == "" {
		cat = "context"
	}
	return verdict.Reason{ID: def.Name, Category: cat, Weight: weight, Title: def.Title, Explanation: def.Explanation, Evidence: v.Evidence[i]}
}

// ruleReason explains a hard rule with its features' words.
func (d *Decider) ruleReason(rule Rule, v *features.Vector) verdict.Reason {
	i := d.ext.Index(rule.All[0])
	r := d.reason(d.ext.Defs()[i], i, 100, v)
	r.ID = rule.ID
	r.Evidence = append([]string(nil), r.Evidence...)
	for _, n := range append(append([]string(nil), rule.All[1:]...), rule.Any...) {
		if j := d.ext.Index(n); j >= 0 && v.Values[j] > 0 {
			r.Evidence = append(r.Evidence, v.Evidence[j]...)
		}
	}
	return r
}

// RuleTitles names every hard rule, for people reading the log.
func (d *Decider) RuleTitles() map[string]advice.Text {
	out := map[string]advice.Text{}
	for _, r := range HardRules {
		out[r.ID] = d.ext.Defs()[d.ext.Index(r.All[0])].Title
	}
	return out
}

// Weight is a feature's learned weight (log-odds per unit).
func (d *Decider) Weight(feature string) float64 { return d.model.M.Weights[feature] }
