package features

import "testing"

// TestIfHappens: advice for when something happens is a voice sign; a scam
// that says it has happened gets none (ifhappens.go).
func TestIfHappens(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, html string
		want       float64 // negative.if-happens
	}{
		{"a card issuer's lost-and-stolen page, a sound added",
			`<h1>カードの紛失・盗難</h1><p>カードの紛失・盗難に気づいたら、直ちに紛失・盗難受付センターにご連絡ください。0120-000-552</p><p>同時に、最寄りの警察へ届け出てください。</p><audio autoplay loop src="chime.mp3"></audio>`, 1},
		{"in English", `<h1>Lost or stolen card</h1><p>If your card is lost or stolen, call us at 1-800-555-0101 right away.</p>`, 1},
		{"a scam says it has happened", `<title>Card Locked</title><h1>Your card has been locked</h1><p>Unauthorized charges detected. If you notice other charges, call 1-800-555-0112 now.</p>`, 0},
		{"one that says your computer is infected", `<h1>ウイルスに感染しています</h1><p>お使いのコンピュータは危険です。異常に気づいたら 0120-000-000 へ</p>`, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, e, "https://x.example.top/", tc.html)
			if got["negative.if-happens"] != tc.want {
				t.Errorf("negative.if-happens = %v, want %v (features %v)", got["negative.if-happens"], tc.want, got)
			}
			if tc.want == 1 && got["conj.alarm-call"] != 0 {
				t.Errorf("conj.alarm-call = %v on advice, want 0", got["conj.alarm-call"])
			}
		})
	}
}
