package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

var update = flag.Bool("update", false, "rewrite golden files")

func sample() []eventlog.Entry {
	return []eventlog.Entry{{
		ID: "e1", Time: "2026-11-25T05:07:00Z",
		Summary: verdict.Summary{URL: "https://ms-support-jp.example.work/", Title: "Microsoft サポート",
			Decision: "block", Score: 100, Categories: []string{"phone-lure", "fullscreen-lock"},
			Phones: []verdict.Phone{{Display: "050-1234-5678"}, {Display: "0120-000-000"}}},
		Signatures: []string{"support-scam.call-request", "lock.keyboard-lock"},
		Choices:    []eventlog.Choice{{Time: "2026-11-25T05:08:00Z", Choice: "reported"}, {Time: "2026-11-25T05:09:00Z", Choice: "closed"}},
	}}
}

func triedTitles(id string) (advice.Text, bool) {
	t := map[string]advice.Text{
		"support-scam.call-request": {Ja: "有名企業を名乗って、すぐ電話するよう求めています", En: "It poses as a well-known company and urges you to call"},
		"lock.keyboard-lock":        {Ja: "キーボードを使えなくしようとしています", En: "It tries to take over your keyboard"},
	}[id]
	return t, t.Ja != ""
}

// TestHTMLGolden renders one entry in each language: lists are joined the
// way the language does (、 in Japanese), the page title is kept as written.
func TestHTMLGolden(t *testing.T) {
	tests := []struct {
		lang string
		want []string // must appear
		not  []string // must not appear
	}{
		{"ja", []string{"電話をかけさせる、画面の乗っ取り", "050-1234-5678、0120-000-000", "すぐ電話するよう求めています、キーボード", "Microsoft サポート"},
			[]string{"050-1234-5678, ", "乗っ取り, "}},
		{"en", []string{"050-1234-5678, 0120-000-000", "urges you to call, It tries", "Microsoft サポート"}, []string{"、"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			var buf bytes.Buffer
			o := Options{Lang: tt.lang, Generated: time.Date(2026, 11, 25, 6, 0, 0, 0, time.UTC), Location: time.UTC, Tried: triedTitles}
			if err := HTML(&buf, sample(), o); err != nil {
				t.Fatal(err)
			}
			got := buf.String()
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("report lacks %q", w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("report has %q", w)
				}
			}
			golden := filepath.Join("testdata", "report-"+tt.lang+".html")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./internal/record/report -update)", err)
			}
			if got != string(want) {
				t.Errorf("report differs from %s (go test ./internal/record/report -update, then review the diff)", golden)
			}
		})
	}
}
