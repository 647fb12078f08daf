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
