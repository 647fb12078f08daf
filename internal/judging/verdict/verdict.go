// Package verdict is the written-out decision the browser acts on (block,
// warn or allow) with the numbers not to call, the reasons and the advice
// that fits. internal/decide makes the decision.
package verdict

import (
	"slices"
	"strings"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/facts"
)

// The score bands people, the log and the extension know: a blocked page
// scores BlockAt or more, a warned one WarnAt up to BlockAt-1. The learned
// model's thresholds are mapped onto them (internal/judging/model).
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

// Build writes out a decision (internal/decide makes it): the reasons in
// the order to show them (positive weights first), the kinds of scam they
// point to, the numbers not to call, the advice and the help lines.
func Build(f *facts.Facts, decision string, score int, reasons []Reason, adviceIDs []string, cat *advice.Catalog, version string) *Result {
	v := &Result{Summary: Summary{Decision: decision, URL: f.URL, Title: f.DisplayTitle, Score: score, Categories: []string{}, Phones: []Phone{}},
		SignatureVersion: version, Reasons: []Reason{}, Advice: []advice.Item{}}
	adviceIDs = slices.Clone(adviceIDs)
	for _, r := range reasons {
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
	switch decision {
	case Block:
		adviceIDs = append(adviceIDs, "close-browser", "if-called-or-paid")
	case Warn:
		adviceIDs = append(adviceIDs, "close-browser")
	default:
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
	v.Explanation = Explain(v)
	return v
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

// Explain is the one-paragraph summary the person reads first.
func Explain(v *Result) advice.Text {
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
