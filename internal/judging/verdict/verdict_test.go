package verdict

import (
	"testing"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/phones"
)

func TestBuild(t *testing.T) {
	f := &facts.Facts{URL: "https://x.example/", Phones: []phones.Number{{E164: "+81120941234", Display: "0120-941-234", Type: "toll-free", Valid: true}}}
	pos := Reason{ID: "lure.phone", Category: "phone-lure", Weight: 30, Title: advice.Text{Ja: "t", En: "t"}, Explanation: advice.Text{Ja: "e。", En: "e."}}
	neg := Reason{ID: "negative.contact", Category: "context", Weight: -20}
	tests := []struct {
		name     string
		decision string
		score    int
		reasons  []Reason
		advice   []string
		cats     int
	}{
		{"allow drops categories", Allow, 20, []Reason{pos, neg}, nil, 0},
		{"warn", Warn, 60, []Reason{pos, neg}, nil, 1},
		{"block", Block, 90, []Reason{pos}, []string{"do-not-call"}, 1},
		{"context never becomes a category", Warn, 60, []Reason{neg}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Build(f, tt.decision, tt.score, tt.reasons, tt.advice, advice.New(), "v")
			if v.Decision != tt.decision || v.Score != tt.score || len(v.Categories) != tt.cats {
				t.Fatalf("got %s %d %v", v.Decision, v.Score, v.Categories)
			}
			if v.Decision != Allow && (len(v.Phones) != 1 || len(v.Advice) == 0) {
				t.Fatalf("no numbers or advice: %+v", v)
			}
		})
	}
}
