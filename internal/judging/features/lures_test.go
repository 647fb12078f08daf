package features

import (
	"math"
	"testing"
)

// TestLures: the claims of the lures the features under-read (lures.go),
// each with the legitimate page that says or shows the same half.
func TestLures(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, url, html string
		want            map[string]float64 // exactly this value
		absent          []string           // 0
	}{
		// an update required, in a heading
		{name: "a fake update's heading is its whole claim", url: "https://x.example.top/",
			html: `<h1>Firefox needs an update</h1><p>This version is no longer supported.</p><a href="Firefox_Update.exe" download>Download Firefox</a>`,
			want: map[string]float64{"alarm.update-required": 1, "conj.update-install": 1}},
		{name: "in japanese", url: "https://x.example.top/",
			html: `<h1>このミーティングに参加するには更新が必要です</h1><a href="ZoomUpdate.exe" download>アップデートをダウンロード</a>`,
			want: map[string]float64{"alarm.update-required": 1, "conj.update-install": 1}},
		// (a download site's: on LINE's own address the notice is the
		// vendor's own, negative.own-update, TestOwnUpdate)
		{name: "a download page asks its readers to update in its text", url: "https://soft.example.org/ja/download",
			html: `<nav><a href="/ja/">ホーム</a><a href="/ja/features">機能</a><a href="/ja/help">ヘルプ</a><a href="/ja/news">お知らせ</a></nav><h1>LINE ダウンロード</h1><p>PC版LINE（Windows）</p><p>最新版にアップデートしてください。</p><a href="LineInst.exe" download>ダウンロード</a>`,
			want: map[string]float64{"alarm.update-required": 0.5}},
		{name: "a help page's heading asks", url: "https://help.example.org/zoom",
			html: `<h1>Why does Zoom say an update is required?</h1><p>Open Zoom and choose Check for updates.</p>`,
			want: map[string]float64{"alarm.update-required": 0.25}}, // half the claim, in half the page's voice
		{name: "a help page's heading explains", url: "https://help.example.org/chrome",
			html: `<h1>What to do when Chrome says "update required"</h1>`,
			want: map[string]float64{"alarm.update-required": 0.125}},
		// (its file unnamed: named StarfallLauncher, the notice is the
		// vendor's own and negative.own-update takes the claim's voice,
		// TestOwnUpdate)
		{name: "a game's own site says its launcher must be updated", url: "https://www.starfall.example.com/launcher",
			html: `<header><a href="/news">News</a><a href="/support">Support</a><a href="/forum">Forum</a></header><h1>Update required</h1><p>Season 7 needs launcher 3.2.</p><a href="Launcher-3.2-Setup.exe">Download launcher</a><footer><a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer>`,
			want: map[string]float64{"alarm.update-required": 0.5}},
		// a program offered from an address named for its delivery
		{name: "a look-alike download host offers the program in the name it joins", url: "https://keepass-official.example.net/download",
			html: `<h1>KeePass Password Safe</h1><a href="KeePass-2.57-Setup.exe">Download</a>`,
			want: map[string]float64{"lure.download": 1, "authority.host-claim": 1, "conj.authority-install": 1}},
		{name: "a vendor's download label of its own", url: "https://download.example.org/gimp/",
			html: `<h1>GIMP</h1><a href="gimp-2.10-setup.exe">Download</a>`,
			want: map[string]float64{"lure.download": 0.3}, absent: []string{"authority.host-claim"}},
		{name: "a security vendor's own name is no delivery word", url: "https://www.f-secure.example.com/",
			html: `<h1>Total</h1><a href="fsinstall.exe">Download</a>`,
			want: map[string]float64{"lure.download": 0.3}},
		// an app file in an institution's name
		{name: "a bank's name hands over an app file", url: "https://x.example.top/",
			html: `<header>○○銀行</header><p>不正送金対策のため、新しいセキュリティアプリの導入が必要です。</p><a href="bank_secure.apk">アプリを導入する</a>`,
			want: map[string]float64{"authority.institution-app": 1, "lure.download": 1, "conj.authority-install": 1}},
		{name: "a public benefit's name, the package sent by script", url: "https://x.example.top/",
			html: `<title>マイナポイント 申請</title><header>マイナポイント事務局</header><p>専用アプリで申請してください。</p><script>setTimeout(function(){location.href="mynapoint.apk";},5000);</script>`,
			want: map[string]float64{"authority.institution-app": 1, "conj.authority-install": 1}},
		{name: "in english", url: "https://x.example.top/",
			html: `<header>First National Bank</header><p>Install our new Security Shield app to restore access.</p><a href="bankshield.apk">Install</a>`,
			want: map[string]float64{"authority.institution-app": 1}},
		{name: "an open-source catalogue's package names no institution", url: "https://f-droid.example.org/",
			html:   `<title>F-Droid - Free and Open Source Android App Repository</title><h1>F-Droid</h1><p>Download the client.</p><a href="F-Droid.apk">Download F-Droid</a>`,
			absent: []string{"authority.institution-app"}},
		{name: "a bank's own app page links the stores", url: "https://www.bank.example.co.jp/app/",
			html:   `<header>○○銀行</header><h1>○○銀行アプリ</h1><a href="https://play.google.com/store/apps/details?id=jp.example.bank">Google Play</a>`,
			absent: []string{"authority.institution-app"}},
		{name: "a catalogue lists a credit union's app among its menus", url: "https://www.apkshelf.example.com/apps/cu/",
			html:   `<title>Lakeside Credit Union Mobile 5.2.1 APK Download</title><nav><a href="/">Home</a><a href="/apps">Apps</a><a href="/games">Games</a><a href="/finance">Finance</a></nav><h1>Lakeside Credit Union Mobile 5.2.1</h1><a href="https://dl.apkshelf.example.com/cu-5.2.1.apk">Download APK</a>`,
			absent: []string{"authority.institution-app"}},
		{name: "a bank named only in the text of a page with a package", url: "https://x.example.top/",
			html:   `<h1>Budget Tracker</h1><p>Import statements from your bank.</p><a href="budget.apk">Download</a>`,
			absent: []string{"authority.institution-app"}},
		// "press Allow" as a proof
		{name: "press Allow to prove you are not a robot", url: "https://x.example.top/",
			html: `<h1>Press Allow to prove you are not a robot</h1><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "conj.pretext-allow": 1}},
		{name: "press Allow if you are an adult, in japanese", url: "https://x.example.top/",
			html: `<div class="big">18歳以上の方は<b>「許可」</b>をクリック</div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "conj.pretext-allow": 1}},
		{name: "a news site's soft-ask says what it brings", url: "https://news.example.org/",
			html:   `<p>Click Allow to get breaking news alerts.</p><script>Notification.requestPermission()</script>`,
			absent: []string{"lure.allow-proof"}},
		{name: "a human check and an opt-in on different lines", url: "https://x.example.org/",
			html:   `<h1>Verify you are human</h1><p>Then click allow notifications to get our newsletter.</p>`,
			absent: []string{"lure.allow-proof"}},
		{name: "a liquor shop's soft-ask says what it sends, beside its age rule", url: "https://sake.example.jp/",
			html:   `<p>「許可」を押すと、新酒の入荷を通知でお届けします（20歳以上の方のみ）。</p><script>Notification.requestPermission()</script>`,
			absent: []string{"lure.allow-proof"}},
		{name: "an age gate asks for its own button", url: "https://x.example.org/",
			html:   `<h1>Are you 18 or older?</h1><button>Yes</button><button>No</button>`,
			absent: []string{"lure.allow-proof"}},
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
