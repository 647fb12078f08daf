package analysis

import (
	"math"
	"slices"

	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/model"
	"github.com/alertguard/alertguard/internal/judging/signature"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

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
}

// scorer weighs feature vectors with the learned model.
type scorer struct {
	ext       *features.Extractor
	model     *model.Bound
	sigAdvice map[int][]string
}

func newScorer(set *signature.Set, m *model.Model) (*scorer, error) {
	ext, err := features.New(set.Sigs)
	if err != nil {
		return nil, err
	}
	sc := &scorer{ext: ext, model: m.Bind(ext.Defs()), sigAdvice: map[int][]string{}}
	for _, s := range set.Sigs {
		sc.sigAdvice[ext.Index(features.SigPrefix+s.ID)] = s.Advice
	}
	return sc, nil
}

// judge scores a vector: reasons from the largest contributions, advice
// from the kinds of scam they point to, and any hard rule that fires.
func (sc *scorer) judge(v *features.Vector) verdict.Scored {
	r := sc.model.Score(v)
	m := sc.model.M
	out := verdict.Scored{Score: r.Score, BlockAt: m.BlockAt, WarnAt: m.WarnAt}
	if model.WarnOnly(sc.ext, v) && out.Score >= m.BlockAt {
		out.Score = m.BlockAt - 1
	}
	for _, rule := range model.HardRules {
		if rule.Fires(sc.ext, v) && out.Floor != verdict.Block {
			out.Floor = rule.Verdict
			out.Reasons = append(out.Reasons, sc.ruleReason(rule, v))
			out.Advice = append(out.Advice, adviceFor[out.Reasons[len(out.Reasons)-1].Category]...)
		}
	}
	pos, neg := 0, 0
	defs := sc.ext.Defs()
	for _, c := range r.Contribs {
		w := int(math.Round(10 * c.Logit))
		switch {
		case w > 0 && pos < maxPositiveReasons:
			pos++
		case w < 0 && neg < maxNegativeReasons:
			neg++
		default:
			continue
		}
		d := defs[c.Index]
		out.Reasons = append(out.Reasons, sc.reason(d, c.Index, w, v))
		if w > 0 {
			out.Advice = append(out.Advice, adviceFor[d.Category]...)
			out.Advice = append(out.Advice, sc.sigAdvice[c.Index]...)
		}
	}
	return out
}

func (sc *scorer) reason(d features.Def, i, weight int, v *features.Vector) verdict.Reason {
	cat := d.Category
	if cat == "" {
		cat = "context"
	}
	return verdict.Reason{ID: d.Name, Category: cat, Weight: weight, Title: d.Title, Explanation: d.Explanation, Evidence: v.Evidence[i]}
}

// ruleReason explains a hard rule with its first feature's words.
func (sc *scorer) ruleReason(rule model.Rule, v *features.Vector) verdict.Reason {
	i := sc.ext.Index(rule.All[0])
	d := sc.ext.Defs()[i]
	r := sc.reason(d, i, 100, v)
	r.ID = rule.ID
	for _, n := range slices.Concat(rule.All[1:], rule.Any) {
		if j := sc.ext.Index(n); j >= 0 && v.Values[j] > 0 {
			r.Evidence = append(slices.Clone(r.Evidence), v.Evidence[j]...)
		}
	}
	return r
}
