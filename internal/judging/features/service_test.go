package features

import "testing"

// TestServiceShop: a repair shop's price menu with its terms is a voice
// sign; a fake warning's one price, prose that names a price, or a menu
// without a quote is not. And "it has been recorded" claims a one-click
// registration only beside the device details it says it took.
func TestServiceShop(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	const jaMenu = `<h1>パソコン修理・ウイルス駆除</h1><p>画面に「ウイルスに感染しています」と出て消えない方へ。今すぐお電話ください 050-0000-2307</p>
<table><tr><th>出張費</th><td>3,300円</td></tr><tr><th>ウイルス駆除・除去作業</th><td>8,800円〜</td></tr><tr><th>OS再インストール</th><td>16,500円〜</td></tr></table>
<p>作業前に必ずお見積りをご提示します。</p>`
	const enMenu = `<h1>Virus pop-up won't go away?</h1><p>Call now (800) 555-0181</p>
<table><tr><th>Virus &amp; malware removal</th><td>$129</td></tr><tr><th>Remote session (30 min)</th><td>$59</td></tr><tr><th>In-home visit</th><td>$0 trip fee</td></tr></table><p>Free quote, no fix no fee.</p>`
	tests := []struct {
		name, url, html string
		want            map[string]float64
		absent          []string
	}{
		{name: "a Japanese shop's price table and its quote", url: "https://minato-pc-repair.example/", html: jaMenu,
			want: map[string]float64{"negative.service-shop": serviceShopStrength}},
		{name: "an English shop's price table and its terms", url: "https://nerdsoncall-help.example/", html: enMenu,
			want: map[string]float64{"negative.service-shop": serviceShopStrength}},
		{name: "a service and its price on one line each", url: "https://shop.example.jp/",
			html: `<ul><li>ウイルス駆除 9,800円</li><li>データ復旧 20,000円〜</li><li>初期化・再セットアップ 15,000円</li></ul><p>お見積り無料</p>`,
			want: map[string]float64{"negative.service-shop": serviceShopStrength}},
		{name: "the same menu without a quote is no shop's terms", url: "https://x.example.top/",
			html:   `<ul><li>ウイルス駆除 9,800円</li><li>データ復旧 20,000円〜</li><li>初期化 15,000円</li></ul><p>今すぐお電話ください</p>`,
			absent: []string{"negative.service-shop"}},
		{name: "a fake antivirus's one price is no menu", url: "https://x.example.top/",
			html:   `<h1>3 viruses found</h1><p>Virus removal: $49.99</p><p>Free diagnostic scan complete. Buy now.</p>`,
			absent: []string{"negative.service-shop"}},
		{name: "a price in a sentence is prose, not a menu", url: "https://news.example.com/",
			html:   `<p>Repair shops charged between $100 and $300 for virus removal, according to the survey of 400 customers in three states last year.</p><p>Removal at one chain cost $129 in 2025 and $149 this year, a spokesman said.</p><p>Recovery from backup cost $99 at the second chain, which offers a free quote.</p>`,
			absent: []string{"negative.service-shop"}},
		{name: "an exam's recorded event is no registration", url: "https://go.proctoru.example/",
			html:   `<p>Leaving full screen has been recorded for your proctor.</p>`,
			absent: []string{"alarm.registered"}},
		{name: "the device details recorded are", url: "https://x.example.top/",
			html: `<p>Your IP address has been recorded.</p>`, want: map[string]float64{"alarm.registered": 1}},
		{name: "取得しました beside the device's address is a registration", url: "https://x.example.top/",
			html: `<p>お客様のIPアドレスを確認し、端末情報を取得しました。</p>`, want: map[string]float64{"alarm.registered": 1}},
		{name: "取得しました alone is not", url: "https://shop.example.jp/",
			html: `<p>ポイントを取得しました。</p>`, absent: []string{"alarm.registered"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, e, tt.url, tt.html)
			for k, w := range tt.want {
				if got[k] != w {
					t.Errorf("%s = %v, want %v (all: %v)", k, got[k], w, got)
				}
			}
			for _, k := range tt.absent {
				if got[k] != 0 {
					t.Errorf("%s = %v, want 0", k, got[k])
				}
			}
		})
	}
}
