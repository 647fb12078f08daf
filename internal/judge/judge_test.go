package judge

import (
	"github.com/alertguard/alertguard/internal/decide"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

const scamPage = `<title>Microsoft Windows 警告</title><h1>Windows Defender セキュリティ警告</h1>
<p>お使いのコンピュータはウイルスに感染しています。個人情報が盗まれる危険があります。</p>
<p>今すぐマイクロソフトサポートにお電話ください: 050-5812-3456（通話無料）</p>`

var now = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)

func newJudge(t *testing.T, c *config.Config) *Judge {
	t.Helper()
	a, err := analysis.Default()
	if err != nil {
		t.Fatal(err)
	}
	return &Judge{Analyzer: a, Settings: func() *config.Config { return c }, Now: func() time.Time { return now }}
}

// TestPolicyOrder: a pause outranks the lists; the block list outranks the
// signatures; the allow list clears a scam; nothing set leaves the
// signatures' verdict.
func TestPolicyOrder(t *testing.T) {
	paused := config.Default()
	paused.Pause(now, time.Hour)
	paused.Sites.Block = []string{"scam.example"}
	expired := config.Default()
	expired.Pause(now.Add(-2*time.Hour), time.Hour)
	lists := config.Default()
	lists.Sites.Block = []string{"listed.example"}
	lists.Sites.Allow = []string{"trusted.example"}
	tests := []struct {
		name, url, html string
		cfg             *config.Config
		decision        string
		policy          string
		logged          bool
	}{
		{"defaults, scam", "https://scam.example/", scamPage, config.Default(), verdict.Block, "", true},
		{"defaults, plain page", "https://plain.example/", "<p>hello</p>", config.Default(), verdict.Allow, "", false},
		{"paused beats the block list", "https://scam.example/", scamPage, paused, verdict.Allow, PolicyPaused, false},
		{"an expired pause is no pause", "https://scam.example/", scamPage, expired, verdict.Block, "", true},
		{"block list, subdomain of a plain page", "https://www.listed.example/news", "<p>hello</p>", lists, verdict.Block, PolicyBlockList, true},
		{"allow list clears a scam", "https://trusted.example/", scamPage, lists, verdict.Allow, PolicyAllowList, false},
		{"allow list is the host only", "https://sub.trusted.example/", scamPage, lists, verdict.Block, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			jd := newJudge(t, tc.cfg).Judge(&snapshot.Snapshot{URL: tc.url, HTML: tc.html})
			if jd.Verdict.Decision != tc.decision || jd.Policy != tc.policy || jd.Logged() != tc.logged {
				t.Fatalf("got %s/%q logged=%v, want %s/%q logged=%v", jd.Verdict.Decision, jd.Policy, jd.Logged(), tc.decision, tc.policy, tc.logged)
			}
			if tc.policy == PolicyBlockList && (jd.PolicySite != "listed.example" || jd.Verdict.Reasons[0].ID != decide.GuardianBlockListID) {
				t.Fatalf("block list: site %q reasons %v", jd.PolicySite, jd.Verdict.SignatureIDs())
			}
			if tc.decision == verdict.Allow && (len(jd.Verdict.Reasons) != 0 || len(jd.Verdict.Phones) != 0) {
				t.Fatalf("an allowed page carries reasons or numbers: %+v", jd.Verdict)
			}
		})
	}
}

func TestEvidenceIsTrimmedAndEntryHasNoContent(t *testing.T) {
	long := strings.Repeat("感染", 400)
	j := newJudge(t, config.Default())
	jd := j.Judge(&snapshot.Snapshot{URL: "https://scam.example/", HTML: scamPage + "<p>" + long + "</p>"})
	for _, r := range jd.Verdict.Reasons {
		for _, ev := range r.Evidence {
			if n := len([]rune(ev)); n > decide.MaxEvidenceRunes+1 {
				t.Fatalf("evidence of %d runes", n)
			}
		}
	}
	e := jd.Entry("chromium")
	if e.URL != "https://scam.example/" || e.Decision != verdict.Block || e.Browser != "chromium" || len(e.Signatures) == 0 {
		t.Fatalf("entry %+v", e)
	}
	if e.Title != "Microsoft Windows 警告" {
		t.Fatalf("title %q: kept as the page wrote it", e.Title)
	}
}

func TestNoSettingsMeansDefaults(t *testing.T) {
	a, err := analysis.Default()
	if err != nil {
		t.Fatal(err)
	}
	jd := (&Judge{Analyzer: a}).Judge(&snapshot.Snapshot{URL: "https://scam.example/", HTML: scamPage})
	if jd.Verdict.Decision != verdict.Block || jd.Policy != "" {
		t.Fatalf("%s %q", jd.Verdict.Decision, jd.Policy)
	}
}
