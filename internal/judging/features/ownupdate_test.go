package features

import "testing"

// TestOwnUpdate: a vendor's update of its own app or launcher is a voice
// sign; an update of someone else's software (a browser, a codec) offered
// from an unrelated host keeps its claim (ownupdate.go).
func TestOwnUpdate(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, url, html string
		want            float64 // negative.own-update
	}{
		{"a bank's own app, named as its own, from the stores", "https://www.kaede-bank.example.jp/app/",
			`<title>アプリの更新が必要です | かえで銀行</title><header><a class="logo" href="/">かえで銀行</a></header><h1>アプリの更新が必要です</h1><p>かえで銀行アプリは、12月20日より古いバージョンではご利用いただけません。最新版に更新してください。</p><a href="https://apps.apple.com/jp/app/id0000000001">App Store</a> <a href="https://play.google.com/store/apps/details?id=jp.example.other">Google Play</a>`, 1},
		{"a game's launcher from its own CDN", "https://www.emberfall.example.com/update",
			`<title>Update required - Emberfall</title><h1>Update required</h1><p>The new season needs launcher 5.1. Download it below and run it.</p><a href="https://cdn.emberfall.example.com/EmberfallLauncherSetup.exe">Download</a><footer>© 2026 Emberfall Games</footer>`, 1},
		{"the same, read as a file: the name from the title and the copyright line", "",
			`<title>Update required - Emberfall</title><h1>Update required</h1><p>The new season needs launcher 5.1. Download it below and run it.</p><a href="https://cdn.emberfall-games.example.net/EmberfallLauncherSetup.exe">Download</a><footer>© 2026 Emberfall Games</footer>`, 1},
		{"a carrier's app, its package id carries the site's name", "https://www.example-mobile.jp/app/update/",
			`<title>アップデートのお願い</title><h1>アプリのアップデートが必要です</h1><p>新しい機能のため、最新版へのアップデートをお願いします。</p><a href="https://play.google.com/store/apps/details?id=jp.co.examplemobile.myapp">Google Playでアップデート</a>`, 1},
		{"the heading names the site's program, no file linked", "https://www.quillnote.example.org/support/v5",
			`<title>Quillnote 5 update required | Quillnote</title><h1>Update required: Quillnote 4 can no longer sync</h1><p>From January the sync servers accept only version 5. Download and install Quillnote 5 from our downloads page.</p><p>Your notes are upgraded automatically.</p>`, 1},
		{"a bank's own app, your phone named", "https://www.example-credit.com/app",
			`<title>Update required - Harbor Credit Union</title><h1>Update required for the Harbor Mobile app</h1><p>Older versions stop working on your phone after March 1. Update from your app store.</p><a href="https://play.google.com/store/apps/details?id=org.harborcu.mobile">Google Play</a>`, 1},
		{"a bank's own app named as its own, a file of its own site beside the stores", "https://www.kaede-bank.example.jp/app/",
			`<title>アプリの更新が必要です | かえで銀行</title><h1>アプリの更新が必要です</h1><p>かえで銀行アプリを最新版に更新してください。</p><a href="https://play.google.com/store/apps/details?id=jp.example.other">Google Play</a><a href="/downloads/setup-2.4.1-x64.exe" download>Windows版</a>`, 1},
		{"a hacked site's own path serves the fake update, named as no one's", "https://bakery-blog.example.org/",
			`<title>Maple Bakery</title><h1>Update required</h1><p>Your browser cannot display this page. Install the update to continue.</p><a href="/wp-content/uploads/update.exe">Update</a>`, 0},
		{"a recipe blog's overlay: 'easy apple' is no app, the script's file no file of the site", "https://www.pantry-recipes.example.com/apple-crumble/",
			`<title>Easy Apple Crumble – Pantry</title><h1>Easy Apple Crumble</h1><p>Easy apple crumble in twenty minutes.</p><div style="position:fixed;inset:0;z-index:99999"><h2>Update required</h2><p>Your browser is out of date. Install the update to keep reading.</p><button onclick="var a=document.createElement('a');a.href='data:x';a.download='Browser_Update_2024.msix';a.click()">Update</button></div>`, 0},
		{"a hacked news site: the update heading names someone else's browser", "https://www.riverside-herald.example.com/news/1",
			`<title>Council approves the budget | Riverside Herald</title><h1>Council approves the budget</h1><h2>Critical Firefox update</h2><p>Riverside Herald app readers: install the update to keep reading.</p><a href="/update/Firefox.Update.zip">Update</a>`, 0},
		{"a host joining an app's name to other words, serving that app's 'update'", "https://line-videocall.example.top/call/1",
			`<title>LINE ビデオ通話</title><h1>LINE ビデオ通話</h1><p>通話を始めるには更新が必要です。インストールしてください。</p><a href="./LINE_Update_Setup.exe">今すぐ更新</a>`, 0},
		{"LINE's own download page asks its readers to update", "https://line.example.org/ja/download",
			`<h1>LINE ダウンロード</h1><p>PC版LINE（Windows）</p><p>最新版にアップデートしてください。</p><a href="LineInst.exe" download>ダウンロード</a>`, 1},
		{"a game's own site, its launcher named for it", "https://www.starfall.example.com/launcher",
			`<header><a href="/news">News</a><a href="/support">Support</a><a href="/forum">Forum</a></header><h1>Update required</h1><p>Season 7 needs launcher 3.2.</p><a href="StarfallLauncher-3.2-Setup.exe">Download launcher</a><footer><a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer>`, 1},
		{"a fake Chrome update on a hacked blog, file from an unrelated host", "https://bakery-blog.example.org/2026/12/bread",
			`<title>Winter bread - Maple Bakery</title><h1>Update required</h1><p>Your Chrome is out of date. Download the update to keep viewing this page.</p><a href="https://cdn-upd.example.top/chrome_update.exe">Update Chrome</a><footer>© 2026 Maple Bakery</footer>`, 0},
		{"the same in Japanese", "https://ramen-nikki.example.jp/",
			`<title>ラーメン日記</title><h1>更新が必要です</h1><p>お使いのChromeは古くなっています。今すぐ最新版に更新してください。</p><a href="https://dl.example.top/chrome_update.exe">Chromeを更新</a>`, 0},
		{"a codec lure named after the player it hands out", "https://watch-now.example.top/v/1",
			`<title>Video Player</title><h1>Video player update required</h1><p>To play this video, install the latest codec.</p><a href="https://watch-now.example.top/player_update.exe">Install</a>`, 0},
		{"a page that takes a brand's name as its title", "https://chrome-help.example.top/",
			`<title>Google Chrome</title><h1>Chromeの更新が必要です</h1><p>最新版をダウンロードしてください。</p><a href="/ChromeSetup.exe">ダウンロード</a>`, 0},
		{"its own name, but the file is someone else's", "https://www.hoshizora-game.example.jp/",
			`<title>更新のお願い | ほしぞらオンライン</title><h1>更新が必要です</h1><p>ほしぞらオンラインランチャーを更新してください。</p><a href="https://files.example.top/flashplayer_install.exe">ダウンロード</a>`, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, e, tc.url, tc.html)
			// the sign takes the claim's voice: a scam's claim stays whole
			if tc.want == 0 && got["alarm.update-required"] == 0 {
				t.Fatalf("no update claim to judge (features %v)", got)
			}
			if tc.want == 1 && (got["lure.app-store"] != 0 || got["authority.brand-in-banner"] != 0) {
				t.Errorf("lure.app-store = %v, authority.brand-in-banner = %v on the vendor's own app, want 0", got["lure.app-store"], got["authority.brand-in-banner"])
			}
			if got["negative.own-update"] != tc.want {
				t.Errorf("negative.own-update = %v, want %v (features %v)", got["negative.own-update"], tc.want, got)
			}
		})
	}
}
