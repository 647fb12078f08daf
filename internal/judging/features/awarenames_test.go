package features

import "testing"

// TestAwareNames: a scam word in a desk's, an alert's or a product's name
// is no awareness language (awarenames.go); the same word elsewhere is.
func TestAwareNames(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, html string
		want       float64 // negative.aware
	}{
		{"a bank scam's fraud alert and fraud department",
			`<title>Card Locked - Fraud Alert</title><h2>Your card has been locked</h2><p>To unlock your card, call our Fraud Department now: 1-800-555-0112</p>`, 0},
		{"a fake Edge page: 「詐欺サイトをブロックしました」",
			`<h1>このサイトは安全でない可能性があります</h1><p>Microsoft Edge は詐欺サイトをブロックしましたが、このPCにはすでに不正なプログラムがあります。</p>`, 0},
		{"an antivirus's feature list", `<b>ウイルス対策</b><b>詐欺対策</b><p>危険サイトをブロック</p>`, 0},
		{"the word used outside the name still warns",
			`<h1>Fraud Prevention for Seniors</h1><p>"Your computer is infected — call now" is always fake. Call our Fraud Line: 1-800-555-0114</p>`, 0.5},
		{"a warning that names the scam: only the desk is left out", `<p>This is a scam. Our fraud desk is on the back of your card.</p>`, 0.25},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, e, "https://x.example.top/", tc.html)
			if got["negative.aware"] != tc.want {
				t.Errorf("negative.aware = %v, want %v (features %v)", got["negative.aware"], tc.want, got)
			}
		})
	}
}
