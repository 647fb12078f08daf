package verdict

import (
	"testing"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/phones"
	"github.com/alertguard/alertguard/internal/judging/signature"
)

func sig(id, cat string, w int, adv ...string) signature.Hit {
	return signature.Hit{Sig: &signature.Signature{ID: id, Category: cat, Weight: w, Advice: adv,
		Title: signature.Text{Ja: "t", En: "t"}, Explanation: signature.Text{Ja: "e。", En: "e."}}}
}

func TestDecide(t *testing.T) {
	f := &facts.Facts{URL: "https://x.example/", Phones: []phones.Number{
		{E164: "+81120941234", Display: "0120-941-234", Type: "toll-free", Valid: true},
		{Display: "12-34-56-78-90", Type: "unknown", Context: "order no"},
	}}
	tests := []struct {
		name       string
		hits       []signature.Hit
		verdict    string
		score      int
		categories int
		phones     int
	}{
		{"nothing", nil, Allow, 0, 0, 0},
		{"one weak", []signature.Hit{sig("a", "fake-alert", 39, "close-browser")}, Allow, 39, 0, 0},
		{"warn", []signature.Hit{sig("a", "fake-alert", 45, "close-browser")}, Warn, 45, 1, 1},
		{"block", []signature.Hit{sig("a", "fake-alert", 45, "close-browser"), sig("b", "phone-lure", 45, "do-not-call")}, Block, 90, 2, 1},
		{"context lowers", []signature.Hit{sig("a", "phone-lure", 90, "do-not-call"), sig("c", "context", -30)}, Warn, 60, 1, 1},
		{"clamped", []signature.Hit{sig("a", "clickfix", 100, "do-not-paste"), sig("b", "clickfix", 90, "do-not-paste")}, Block, 100, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Decide(f, tt.hits, advice.New(), "v")
			if v.Decision != tt.verdict || v.Score != tt.score || len(v.Categories) != tt.categories || len(v.Phones) != tt.phones {
				t.Fatalf("got %s %d cats=%v phones=%v", v.Decision, v.Score, v.Categories, v.Phones)
			}
			if v.Decision == Block && (len(v.Advice) == 0 || len(v.HelpLines) == 0 || v.Explanation.Ja == "") {
				t.Fatalf("block without advice: %+v", v)
			}
		})
	}
}

func TestFromScore(t *testing.T) {
	f := &facts.Facts{URL: "https://x.example/", Phones: []phones.Number{{E164: "+81120941234", Display: "0120-941-234", Type: "toll-free", Valid: true}}}
	pos := Reason{ID: "lure.phone", Category: "phone-lure", Weight: 30, Title: advice.Text{Ja: "t", En: "t"}, Explanation: advice.Text{Ja: "e。", En: "e."}}
	neg := Reason{ID: "negative.contact", Category: "context", Weight: -20}
	tests := []struct {
		name    string
		s       Scored
		verdict string
		score   int
		cats    int
	}{
		{"below warn", Scored{Score: 20, BlockAt: 88, WarnAt: 54, Reasons: []Reason{pos, neg}}, Allow, 20, 0},
		{"warn", Scored{Score: 60, BlockAt: 88, WarnAt: 54, Reasons: []Reason{pos, neg}}, Warn, 60, 1},
		{"block", Scored{Score: 90, BlockAt: 88, WarnAt: 54, Reasons: []Reason{pos}, Advice: []string{"do-not-call"}}, Block, 90, 1},
		{"hard rule lifts a low score", Scored{Score: 10, BlockAt: 88, WarnAt: 54, Floor: Block, Reasons: []Reason{pos}}, Block, 88, 1},
		{"context never becomes a category", Scored{Score: 60, BlockAt: 88, WarnAt: 54, Reasons: []Reason{neg}}, Warn, 60, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := FromScore(f, tt.s, advice.New(), "v")
			if v.Decision != tt.verdict || v.Score != tt.score || len(v.Categories) != tt.cats {
				t.Fatalf("got %s %d %v", v.Decision, v.Score, v.Categories)
			}
			if v.Decision != Allow && (len(v.Phones) != 1 || len(v.Advice) == 0) {
				t.Fatalf("no numbers or advice: %+v", v)
			}
		})
	}
}
