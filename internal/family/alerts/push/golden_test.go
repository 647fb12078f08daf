package push

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts/message"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// The bodies each service takes, in both languages.
func TestBodiesGolden(t *testing.T) {
	a := message.Alert{Kind: message.KindBlock, Time: "2026-12-07T12:03:00Z", Categories: []string{"fake-alert", "phone-lure"},
		Phones: []string{"050-1234-5678"}, Choice: "closed"}
	for _, lang := range []string{"ja", "en"} {
		r, err := message.Render(a, lang, time.FixedZone("JST", 9*3600))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{FormatJSON, FormatSlack, FormatDiscord, FormatTeams, "line"} {
			var b []byte
			if f == "line" {
				b, err = LineBody(Line{Token: "t", To: "U0123456789abcdef0123456789abcdef"}, r)
			} else {
				b, err = WebhookBody(f, a, r)
			}
			if err != nil {
				t.Fatal(err)
			}
			var pretty bytes.Buffer
			if err := json.Indent(&pretty, b, "", "  "); err != nil {
				t.Fatal(err)
			}
			pretty.WriteByte('\n')
			path := filepath.Join("testdata", "golden", f+"-"+lang+".json")
			if *update {
				if err := os.WriteFile(path, pretty.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(pretty.Bytes(), want) {
				t.Errorf("%s differs:\n%s", path, pretty.Bytes())
			}
		}
	}
}
