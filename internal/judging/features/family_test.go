package features

import (
	"math"
	"testing"
)

// TestFamily: what the legitimate mechanic families and the weakly
// conjoined scams of the whole corpus showed (issue 20, 2026-12-07,
// branch family), each with the page on the other side of the line.
func TestFamily(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, url, html string
		want            map[string]float64 // exactly this value
		absent          []string           // 0
	}{
		// a security product's name holds an alarm word
		{name: "a vendor names its antivirus product", url: "https://www.vendor.example.co.jp/product/security/",
			html:   `<h1>ウイルスセキュリティZERO</h1><p>更新料0円のウイルス対策ソフト。</p><a href="zero_setup.exe">ダウンロード</a>`,
			absent: []string{"alarm.words", "alarm.prominent", "conj.alarm-install", "combined.alarm-lure"}},
		{name: "ウイルスバスター named in a shop's heading", url: "https://shop.example.jp/",
			html:   `<h2>ウイルスバスター クラウド 3年版</h2><p>ウィルス対策ならおまかせ。</p>`,
			absent: []string{"alarm.words", "alarm.prominent"}},
		{name: "a fake alert names the product and the infection", url: "https://x.example.top/",
			html: `<h1>ウイルスに感染しています</h1><p>ウイルス対策ソフトで検出された脅威を今すぐ削除してください。</p>`,
			want: map[string]float64{"alarm.words": 4.0 / 6, "alarm.prominent": 1}},
		{name: "お使いのパソコンのウイルス対策 in a heading is no device alarm", url: "https://shop.example.jp/",
			html:   `<h2>お使いのパソコンのウイルス対策を見直しましょう</h2>`,
			want:   map[string]float64{"alarm.your-device": 1.0 / 3}, // the body's "your PC", not a heading's alarm
			absent: []string{"alarm.prominent", "alarm.words"}},
		{name: "お使いのパソコンがウイルスに感染 in a heading is", url: "https://x.example.top/",
			html: `<h2>お使いのパソコンがウイルスに感染しています</h2>`,
			want: map[string]float64{"alarm.prominent": 1, "alarm.your-device": 1}},
		// a bare screen's update claim below a heading that says something else
		{name: "a player's screen: the update claim under the trouble", url: "https://x.example.top/",
			html: `<h2>Video can't be played</h2><p>Your media player plugin is outdated. Update to watch in HD.</p><a href="player_update.exe">Update player</a>`,
			want: map[string]float64{"alarm.update-required": 1, "conj.update-install": 1}},
		{name: "in japanese, a call's screen", url: "https://x.example.top/",
			html: `<h2>お母さん</h2><p>LINE ビデオ通話の着信…</p><div><b>LINE PC版の更新が必要です</b><p>ビデオ通話を開始するには、最新バージョンをインストールしてください。</p><a href="./LINE_Update_Setup.exe" download>今すぐ更新</a></div>`,
			want: map[string]float64{"alarm.update-required": 1, "conj.update-install": 1}},
		{name: "a driver's claim in japanese", url: "https://x.example.top/",
			html: `<h1>デバイスの状態チェック</h1><p>グラフィックドライバーが古くなっています</p><a href="driver.exe">ドライバーを更新</a>`,
			want: map[string]float64{"alarm.update-required": 1}},
		{name: "an update exception screen", url: "https://x.example.top/",
			html: `<h1>UPDATE EXCEPTION</h1><p>Please install the update package manually.</p><a href="update.zip">Update</a>`,
			want: map[string]float64{"alarm.update-required": 1}},
		{name: "a site's own page says so amid its links", url: "https://www.soft.example.org/news",
			html: `<nav><a href="/">Home</a><a href="/news">News</a><a href="/forum">Forum</a><a href="/support">Support</a><a href="/about">About</a></nav><h1>Version 5 released</h1><p>Your media player plugin is outdated if you run version 4.</p><a href="player5.exe">Download</a>`,
			want: map[string]float64{"alarm.update-required": 0.5}},
		{name: "a bare screen that asks whether the plugin is outdated", url: "https://help.example.org/",
			html: `<h1>Help</h1><p>Why does it say my media player plugin is outdated?</p>`,
			want: map[string]float64{"alarm.update-required": 0.5}},
		// a support desk named as the scam
		{name: "an awareness page titled for tech support scams", url: "https://www.aarp.example.org/scams/",
			html:   `<title>Tech Support Scams</title><h1>Tech Support Scams</h1><p>A pop-up says your computer is infected. Call our helpline at 877-908-3360 if you were targeted.</p>`,
			absent: []string{"authority.os-voice", "conj.authority-call"}},
		{name: "in japanese, a police notice on サポート詐欺", url: "https://www.police.example.jp/",
			html:   `<h1>テクニカルサポート詐欺にご注意</h1><p>お使いのパソコンがウイルスに感染したと表示されても電話しないでください。</p>`,
			absent: []string{"authority.os-voice"}},
		{name: "a fake alert's tech support desk speaks as the system", url: "https://x.example.top/",
			html: `<title>Tech Support</title><h1>Tech Support</h1><p>Your computer is infected. Call 1-844-555-0199 now.</p>`,
			want: map[string]float64{"authority.os-voice": 1}},
		// a brand's own billing company
		{name: "NTT's billing company on its own address", url: "https://www.ntt-finance.co.jp/billing/payment/late.html",
			html:   `<title>お支払期限を過ぎた場合｜NTTファイナンス</title><h1>お支払期限を過ぎた場合</h1><p>NTTファイナンスがまとめてご請求しています。</p>`,
			want:   map[string]float64{"negative.brand-site": 1},
			absent: []string{"authority.brand-claimed", "authority.title-brand"}},
		{name: "its name on another address", url: "https://ntt-finance-billing.example.top/",
			html: `<title>お支払期限を過ぎた場合｜NTTファイナンス</title><h1>お支払期限を過ぎた場合</h1><p>NTTファイナンスがまとめてご請求しています。</p>`,
			want: map[string]float64{"authority.title-brand": 1}},
		// a researcher's write-up quotes the lure's steps
		{name: "a vendor's ClickFix write-up", url: "https://news.vendor.example.com/2025/11/clickfix-lures-evolve/",
			html:   `<title>ClickFix lures evolve: fake Windows Update errors</title><h1>ClickFix lures evolve: fake Windows Update errors</h1><p>We tracked new variants. One shows a fake Windows Update with the text "press Win + R, paste the recovery command with Ctrl + V and press Enter". The payload commands (defanged) follow.</p>`,
			want:   map[string]float64{"negative.report": 1},
			absent: []string{"authority.brand-claimed", "authority.os-voice", "conj.authority-paste"}},
		{name: "the lure itself", url: "https://x.example.top/",
			html: `<title>Windows Update</title><h1>Windows Update</h1><p>To complete the update, press Win + R, paste the recovery command with Ctrl + V and press Enter.</p>`,
			want: map[string]float64{"authority.brand-claimed": 1, "conj.authority-paste": 1}},
		// a repair shop that prices its work and names the fakes it removes
		{name: "a shop's landing page names the fake warning it removes", url: "https://sapporo-pc-repair.example/",
			html: `<h1>ウイルス感染・ランサムウェア被害、専門スタッフが今すぐ対応</h1><p>今すぐお電話ください 050-0000-4106</p>
<table><tr><th>出張費</th><td>0円</td></tr><tr><th>ウイルス駆除</th><td>9,800円</td></tr><tr><th>偽警告画面の解除</th><td>5,500円</td></tr><tr><th>初期化・再セットアップ</th><td>15,000円〜</td></tr></table><p>作業前にお見積りをご提示します。</p>`,
			want:   map[string]float64{"negative.service-shop": 1},
			absent: []string{"alarm.prominent", "combined.alarm-lure"}},
		{name: "the same menu without naming the scam", url: "https://sapporo-pc-repair.example/",
			html: `<h1>ウイルス感染・ランサムウェア被害、専門スタッフが今すぐ対応</h1><p>今すぐお電話ください 050-0000-4106</p>
<table><tr><th>ウイルス駆除</th><td>9,800円</td></tr><tr><th>データ復旧</th><td>20,000円</td></tr><tr><th>初期化・再セットアップ</th><td>15,000円〜</td></tr></table><p>作業前にお見積りをご提示します。</p>`,
			want: map[string]float64{"negative.service-shop": serviceShopStrength}},
		{name: "an English shop warns of scam pop-ups", url: "https://nerdsoncall-help.example/",
			html: `<h1>Virus pop-up won't go away?</h1><p>Scam pop-ups tell you to call a number: don't. Call us (800) 555-0181</p>
<table><tr><th>Virus &amp; malware removal</th><td>$129</td></tr><tr><th>Remote session (30 min)</th><td>$59</td></tr><tr><th>In-home visit</th><td>$0 trip fee</td></tr></table><p>Free quote, no fix no fee.</p>`,
			want: map[string]float64{"negative.service-shop": 1}},
		// harm unless you pay
		{name: "a removal fee with a leak threat", url: "https://x.example.top/",
			html: `<div>ウイルス駆除費用 コンビニ払い</div><p>下記の番号でお近くのコンビニからお支払いください。</p><table><tr><td>ご請求金額</td><td>33,000円</td></tr><tr><td>お支払い期限</td><td>本日中</td></tr></table><p>期限までにお支払いがない場合、感染したファイルとネットバンキングの情報が外部に流出し続けます。</p>`,
			want: map[string]float64{"pressure.unless-paid": 1, "conj.bill-pay": 1}},
		{name: "in english", url: "https://x.example.top/",
			html: `<p>Your support fee is $299.</p><p>If you do not pay within 24 hours, your files will stay infected and be deleted.</p>`,
			want: map[string]float64{"pressure.unless-paid": 1}},
		{name: "a utility's late notice: a fee and a suspension", url: "https://www.gas.example.co.jp/ryokin/late",
			html:   `<h1>お支払期限を過ぎた場合</h1><p>お支払期限日までにお支払いが確認できない場合は、延滞利息が発生し、ガスの供給を停止させていただきます。</p><p>ご請求金額 5,832円 お支払期限 12月25日</p>`,
			absent: []string{"pressure.unless-paid", "conj.bill-pay"}},
		{name: "a vendor quotes the scam's threat", url: "https://www.vendor.example.co.jp/renewal/",
			html:   `<p>※当社が、ブラウザ上のポップアップや電話で「今すぐ支払わないとウイルスに感染する」などと更新を迫ることはありません。</p>`,
			absent: []string{"pressure.unless-paid"}},
		// "recorded" in the passive, beside the device details taken
		{name: "a one-click page says the phone's ID was recorded", url: "https://x.example.top/",
			html: `<h2>手続きが完了しました</h2><p>携帯電話の個体識別番号 123-00000000</p><p>ご利用料金 45,000円 お支払い期限：2日以内</p><p>あなたの携帯電話の個体識別番号は記録されました。</p>`,
			want: map[string]float64{"alarm.registered": 1, "conj.bill-pay": 1}},
		{name: "a form's record without the device's details", url: "https://www.clinic.example.jp/yoyaku/done",
			html:   `<h2>予約が完了しました</h2><p>ご予約の内容は記録されました。当日は診察券をお持ちください。</p>`,
			absent: []string{"alarm.registered"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, e, tt.url, tt.html)
			for n, w := range tt.want {
				if math.Abs(got[n]-w) > 1e-9 {
					t.Errorf("%s = %.2f, want %.2f (all: %v)", n, got[n], w, got)
				}
			}
			for _, n := range tt.absent {
				if got[n] != 0 {
					t.Errorf("%s = %.2f, want 0 (all: %v)", n, got[n], got)
				}
			}
		})
	}
}

// TestScamNamed: the name of a scam leaves the text the system's voice is
// read from; the system's voice beside other words stays.
func TestScamNamed(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"tech support scams", " "},
		{"beware of tech support scams.", "beware  ."},
		{"how a microsoft tech support scam works", "how a   works"},
		{"テクニカルサポート詐欺にご注意", " にご注意"},
		{"windows defender: call support now", "windows defender: call support now"},
		{"scammers and scamming", "scammers and scamming"}, // whole words only
		{"tech support: 1-844-555-0199", "tech support: 1-844-555-0199"},
		{"", ""},
	} {
		if got := scamNamed(tt.in); got != tt.want {
			t.Errorf("scamNamed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzScamNamed: any text, no panic, and a text without a scam word
// comes back as it was.
func FuzzScamNamed(f *testing.F) {
	for _, s := range []string{"tech support scams", "テクニカルサポート詐欺", "\xff scam", "scam"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := scamNamed(s)
		found := false
		for i := 0; i < len(s); i++ {
			if scamWordAt(s, i) > 0 {
				found = true
			}
		}
		if !found && got != s {
			t.Errorf("scamNamed(%q) = %q without a scam word", s, got)
		}
	})
}
