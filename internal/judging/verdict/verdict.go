// Package verdict turns matched signatures into the decision the browser
// acts on: block, warn or allow, with the numbers not to call, the reasons
// and the advice that fits.
package verdict

import (
	"slices"
	"sort"
	"strings"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/signature"
)

// Thresholds of the rule-only decision (Decide) on the summed signature
// weights (clamped to 0–100). The learned model carries its own.
const (
	BlockAt = 80
	WarnAt  = 40
)

// Decisions.
const (
	Block = "block"
	Warn  = "warn"
	Allow = "allow"
)

// MaxPhones and MaxReasons keep replies small whatever the page holds.
const (
	MaxPhones  = 10
	MaxReasons = 12
)

// Phone is a number the person must not call.
type Phone struct {
	E164      string `json:"e164"`
	Display   string `json:"display"`
	Type      string `json:"type"`
	DoNotCall bool   `json:"doNotCall"`
}

// Reason is one matched signature, explained.
type Reason struct {
	ID          string      `json:"id"`
	Category    string      `json:"category"`
	Weight      int         `json:"weight"`
	Title       advice.Text `json:"title"`
	Explanation advice.Text `json:"explanation"`
	Evidence    []string    `json:"evidence,omitempty"`
}

// Summary is what every record of a verdict holds — the reply to the
// browser, the log entry, the CLI's line — defined once.
type Summary struct {
	Decision   string   `json:"verdict"` // Block, Warn or Allow
	Score      int      `json:"score"`
	URL        string   `json:"url"`
	Title      string   `json:"title,omitempty"` // as the page wrote it
	Categories []string `json:"categories"`
	Phones     []Phone  `json:"phones"`
}

// Result is the host's answer about one page.
type Result struct {
	Summary
	Reasons          []Reason          `json:"reasons"`
	Explanation      advice.Text       `json:"explanation"`
	Advice           []advice.Item     `json:"advice"`
	HelpLines        []advice.HelpLine `json:"helpLines"`
	SignatureVersion string            `json:"signatureVersion"`
	Problems         []string          `json:"problems,omitempty"` // conditions that failed; the verdict stands without them
	Decoded          string            `json:"decoded,omitempty"`  // text the page's scripts hid and wrote at run time (first 500 characters)
}

// SignatureIDs lists the reasons' ids.
func (v *Result) SignatureIDs() []string {
	out := make([]string, len(v.Reasons))
	for i, r := range v.Reasons {
		out[i] = r.ID
	}
	return out
}

// Decide scores the hits by summing signature weights (the rule-only
// decision: block at BlockAt, warn at WarnAt). Negative (context) signatures
// lower the score; advice comes from the positive signatures only.
func Decide(f *facts.Facts, hits []signature.Hit, cat *advice.Catalog, version string) *Result {
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Sig.Weight > hits[j].Sig.Weight })
	s := Scored{BlockAt: BlockAt, WarnAt: WarnAt}
	for _, h := range hits {
		s.Score += h.Sig.Weight
		s.Reasons = append(s.Reasons, reason(h))
		if h.Sig.Weight > 0 {
			s.Advice = append(s.Advice, h.Sig.Advice...)
		}
	}
	s.Score = min(max(s.Score, 0), 100)
	return FromScore(f, s, cat, version)
}

// Scored is a page's judgement before advice and numbers are attached: a
// score from 0 to 100 with its thresholds, the reasons in the order to show
// them (positive weights first), the advice they call for, and the verdict
// a hard rule demands whatever the score.
type Scored struct {
	Score   int
	BlockAt int
	WarnAt  int
	Floor   string // Block or Warn from a hard rule, or ""
	Reasons []Reason
	Advice  []string
}

// FromScore turns a score into the verdict the browser acts on.
func FromScore(f *facts.Facts, s Scored, cat *advice.Catalog, version string) *Result {
	v := &Result{Summary: Summary{URL: f.URL, Title: f.DisplayTitle, Score: s.Score, Categories: []string{}, Phones: []Phone{}}, SignatureVersion: version, Reasons: []Reason{}, Advice: []advice.Item{}}
	adviceIDs := slices.Clone(s.Advice)
	for _, r := range s.Reasons {
		if len(v.Reasons) < MaxReasons {
			v.Reasons = append(v.Reasons, r)
		}
		if r.Weight > 0 && r.Category != "" && r.Category != "context" && !slices.Contains(v.Categories, r.Category) {
			v.Categories = append(v.Categories, r.Category)
		}
	}
	if r := []rune(f.Decoded); len(r) > 0 {
		v.Decoded = string(r[:min(len(r), 500)])
	}
	switch {
	case s.Score >= s.BlockAt || s.Floor == Block:
		v.Decision, v.Score = Block, max(v.Score, s.BlockAt)
		adviceIDs = append(adviceIDs, "close-browser", "if-called-or-paid")
	case s.Score >= s.WarnAt || s.Floor == Warn:
		v.Decision, v.Score = Warn, max(v.Score, s.WarnAt)
		adviceIDs = append(adviceIDs, "close-browser")
	default:
		v.Decision = Allow
		v.Categories = []string{}
		return v
	}
	for _, p := range f.Phones {
		if len(v.Phones) < MaxPhones && (p.Valid || p.Injected || nearCall(p.Context)) {
			v.Phones = append(v.Phones, Phone{E164: p.E164, Display: p.Display, Type: p.Type, DoNotCall: true})
		}
	}
	if len(v.Phones) > 0 {
		adviceIDs = append(adviceIDs, "do-not-call", "no-remote-control", "do-not-pay")
	}
	v.Advice = cat.Get(adviceIDs)
	v.HelpLines = cat.HelpLines()
	v.Explanation = explain(v)
	return v
}

func reason(h signature.Hit) Reason {
	ev := h.Evidence
	if len(ev) > 5 {
		ev = ev[:5]
	}
	return Reason{ID: h.Sig.ID, Category: h.Sig.Category, Weight: h.Sig.Weight,
		Title:       advice.Text{Ja: h.Sig.Title.Ja, En: h.Sig.Title.En},
		Explanation: advice.Text{Ja: h.Sig.Explanation.Ja, En: h.Sig.Explanation.En}, Evidence: ev}
}

// nearCall keeps numbers that fail validation (kits mistype them) when the
// page asks to call them.
func nearCall(ctx string) bool {
	for _, w := range []string{"call", "電話", "appel", "tel", "toll", "anruf", "llame"} {
		if strings.Contains(ctx, w) {
			return true
		}
	}
	return false
}

// explain is the one-paragraph summary the person reads first.
func explain(v *Result) advice.Text {
	var ja, en []string
	for _, r := range v.Reasons {
		if r.Weight > 0 && len(ja) < 2 {
			ja = append(ja, r.Explanation.Ja)
			en = append(en, r.Explanation.En)
		}
	}
	lead := advice.Text{Ja: "このページは偽の警告や詐欺の特徴を持っています。", En: "This page shows the signs of a fake warning or scam."}
	if v.Decision == Warn {
		lead = advice.Text{Ja: "このページには注意が必要です。", En: "Be careful with this page."}
	}
	return advice.Text{Ja: lead.Ja + strings.Join(ja, ""), En: lead.En + " " + strings.Join(en, " ")}
}

// GuardianBlock is the category, and GuardianBlockListID the reason id, of
// a page on the guardian's block list.
const (
	GuardianBlock       = "guardian-block"
	GuardianBlockListID = "guardian-block-list"
)

// BlockListed turns v into a block because the guardian listed the site:
// whatever the signatures found stays as further reasons.
func BlockListed(v *Result, site string, cat *advice.Catalog) {
	r := Reason{ID: GuardianBlockListID, Category: GuardianBlock, Weight: 100,
		Title:       advice.Text{Ja: "ご家族が、このサイトを開かないように設定しています", En: "Your family has set this site not to open"},
		Explanation: advice.Text{Ja: "「" + site + "」はブロックするサイトに登録されています。", En: "\"" + site + "\" is on the list of sites to block."}}
	v.Reasons = append([]Reason{r}, v.Reasons...)
	if len(v.Reasons) > MaxReasons {
		v.Reasons = v.Reasons[:MaxReasons]
	}
	v.Categories = append([]string{GuardianBlock}, slices.DeleteFunc(v.Categories, func(c string) bool { return c == GuardianBlock })...)
	v.Score = 100
	if v.Decision != Block {
		v.Advice = cat.Get([]string{"close-browser"})
		v.HelpLines = cat.HelpLines()
	}
	v.Decision = Block
	v.Explanation = explain(v)
}
