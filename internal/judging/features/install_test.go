package features

import (
	"math"
	"testing"
)

// TestInstallAsks: side-loading (an app file or a profile handed over, or
// the steps that install one), a remote-control tool's code read out, and
// an institution's dress beside them (issue 20, branch install), each with
// the legitimate page that shows the same ask and claims nothing.
func TestInstallAsks(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, url, html string
		want            map[string]float64 // exactly this value
		absent          []string           // 0
	}{
		// side-loading: an app file or a profile
		{name: "an iOS profile handed over in a bank's name", url: "https://x.example.top/",
			html: `<title>○○銀行 セキュリティ強化</title><header>○○銀行</header><p>不正ログイン対策のため、セキュリティプロファイルを設定してください。</p><a href="secure.mobileconfig">プロファイルをインストール</a>`,
			want: map[string]float64{"lure.sideload": 1, "authority.institution-app": 1, "conj.institution-install": 1}},
		{name: "profile steps without the file, in a delivery company's name", url: "https://x.example.top/",
			html: `<header>日本郵便</header><h1>追跡サービスのご利用設定</h1><ol><li>「許可」をタップ</li><li>設定 &gt; 一般 &gt; VPNとデバイス管理 を開く</li><li>プロファイルをインストール を押す</li></ol>`,
			want: map[string]float64{"lure.sideload": 1, "authority.institution-app": 1, "conj.institution-install": 1}},
		{name: "an APK with side-loading steps in a police office's dress", url: "https://x.example.top/",
			html: `<title>警察庁 サイバー犯罪対策アプリ</title><h1>警察庁</h1><p>被害防止のため、専用アプリを導入してください。提供元不明のアプリを許可してからインストールしてください。</p><a href="police-guard.apk">ダウンロード</a>`,
			want: map[string]float64{"lure.sideload": 1, "authority.institution-app": 1}},
		{name: "in english, a tax office's profile", url: "https://x.example.top/",
			html: `<header>Tax Refund Service</header><h1>Install the secure profile to receive your refund</h1><p>Tap Allow, then open Settings &gt; General &gt; VPN &amp; Device Management and choose Install Profile.</p><a href="refund.mobileconfig">Download profile</a>`,
			want: map[string]float64{"lure.sideload": 1, "authority.institution-app": 1}},
		{name: "a university's Wi-Fi profile page claims nothing", url: "https://www.it.example-u.ac.jp/wifi/ios",
			html: `<nav><a href="/">ホーム</a><a href="/wifi">無線LAN</a><a href="/vpn">VPN</a><a href="/mail">メール</a><a href="/faq">FAQ</a></nav><h1>学内無線LAN（eduroam）iPhone の設定</h1><ol><li>学内ポータルにログインして構成プロファイルをダウンロード</li><li>設定 &gt; 一般 &gt; VPNとデバイス管理 でプロファイルをインストール</li></ol><a href="/wifi/eduroam.mobileconfig">構成プロファイル</a>`,
			want: map[string]float64{"lure.sideload": 1}, absent: []string{"authority.institution-app", "conj.authority-install", "conj.alarm-install"}},
		{name: "F-Droid's install page walks through unknown sources", url: "https://f-droid.example.org/docs/install",
			html: `<h1>Installing the F-Droid client</h1><p>Download F-Droid.apk, then allow installs from this source when Android asks.</p><a href="F-Droid.apk">Download F-Droid</a>`,
			want: map[string]float64{"lure.sideload": 1}, absent: []string{"authority.institution-app", "conj.authority-install"}},
		{name: "a bank's own app page links the stores, no file, no steps", url: "https://www.bank.example.co.jp/app/",
			html:   `<header>○○銀行</header><h1>○○銀行アプリ</h1><p>セキュリティ強化のため、最新のアプリをご利用ください。</p><a href="https://apps.apple.com/jp/app/id000000">App Store</a><a href="https://play.google.com/store/apps/details?id=jp.example.bank">Google Play</a>`,
			absent: []string{"lure.sideload", "authority.institution-app"}},
		{name: "a profile sent by script", url: "https://x.example.top/",
			html: `<header>ドコモ</header><p>設定を更新しています…</p><script>setTimeout(function(){location.href="docomo-setting.mobileconfig";},3000);</script>`,
			want: map[string]float64{"lure.sideload": 1, "authority.institution-app": 1}},
		// a remote-control tool's code read out
		{name: "a refund paid once the technician is connected", url: "https://x.example.top/",
			html: `<h2>Connect to your certified technician</h2><p>Download and open the support app, then read the ID to your technician:</p><a href="https://download.example.com/AnyDesk.exe">AnyDesk</a><p>Your refund of $550.00 will be processed once the technician is connected.</p>`,
			want: map[string]float64{"lure.remote-code": 1, "lure.refund": 1, "conj.pretext-install": 1}},
		{name: "an unnamed repair tool whose session number goes to support", url: "https://x.example.top/",
			html: `<p>診断の結果、重大な問題が見つかりました（12件）。</p><p>「修復ツール」をダウンロードして起動すると、担当者と自動で接続されます。</p><a href="support.exe">修復ツールをダウンロード</a><p>起動後、画面のセッション番号をサポートへお伝えください。</p>`,
			want: map[string]float64{"lure.remote-code": 1, "alarm.threat-count": 1, "conj.alarm-install": 1}},
		{name: "a bank's dress asks for QuickSupport's ID", url: "https://x.example.top/",
			html: `<title>△△信用金庫 不正送金の確認</title><header>△△信用金庫</header><p>お客様の口座で不審な取引を確認しました。確認のため TeamViewer QuickSupport を起動し、表示されたIDとパスワードを担当者にお伝えください。</p>`,
			want: map[string]float64{"lure.remote-code": 1, "authority.institution-app": 1, "conj.institution-install": 1}},
		{name: "an IT desk's help page asks for the same ID and claims nothing", url: "https://it.example-corp.co.jp/help/remote",
			html:   `<h1>リモートサポートの受け方</h1><p>ヘルプデスクから案内があったら、TeamViewer QuickSupport を起動し、表示されたIDとパスワードを担当者にお伝えください。</p><p>受付時間 平日9:00〜17:00</p>`,
			want:   map[string]float64{"lure.remote-code": 1},
			absent: []string{"authority.institution-app", "conj.authority-install", "conj.alarm-install", "conj.pretext-install"}},
		{name: "a vendor's page: refund terms and the ID, refund not raised", url: "https://remote.example.com/pricing",
			html:   `<h1>Plans</h1><p>Tell your ID to the supporter, in AnyDesk.</p><p>No refunds after 30 days.</p>`,
			absent: []string{"conj.pretext-install"}},
		{name: "a vendor's caution names the refund department that asks for the address", url: "https://anydesk.example.com/en/downloads/windows",
			html: `<h1>Download AnyDesk for Windows</h1><a href="/downloads/AnyDesk.exe">Download</a><p>Your AnyDesk address is shown on the left; share it only with someone you know and trust.</p><p>Never give your AnyDesk address to someone who contacted you claiming to be from your bank or a refund department.</p>`,
			// one refund word (0.5) in a voice that warns (×0.25): below presence
			want: map[string]float64{"lure.remote-code": 1, "lure.refund": 0.25, "conj.pretext-install": 0.25}},
		{name: "a carrier's profile steps open Settings: the install's ask, not the reader's own tools", url: "https://x.example.top/",
			html:   `<title>Your Mobile Carrier</title><h1>Network security upgrade required</h1><ol><li>Tap Download profile, then Allow.</li><li>Open Settings &gt; General &gt; VPN &amp; Device Management.</li><li>Tap the downloaded profile and choose Install.</li></ol><a href="/network_security.mobileconfig">Download profile</a>`,
			want:   map[string]float64{"lure.sideload": 1, "authority.institution-app": 1, "conj.institution-install": 1},
			absent: []string{"negative.own-tools"}},
		{name: "a how-to that opens Settings to update still speaks as a how-to", url: "https://help.example.org/ios",
			html: `<h1>Updating iOS</h1><p>Open Settings &gt; General &gt; Software Update and check for updates.</p>`,
			want: map[string]float64{"negative.own-tools": 1}},
		{name: "a farm bank's dress (バンク) hands over an app file", url: "https://x.example.top/",
			html: `<title>JAバンク ひまわり｜セキュリティ強化のお知らせ</title><h1>【重要】セキュリティ強化のお知らせ</h1><a href="/dl/jabank_protect.apk">ダウンロード</a>`,
			want: map[string]float64{"authority.institution-app": 1}},
		{name: "a hacked account and QuickSupport's ID to the operator", url: "https://x.example.top/",
			html: `<h1>アカウントが乗っ取られています</h1><p>QuickSupport を起動し、表示されたIDとパスワードをオペレーターにお伝えください。</p>`,
			want: map[string]float64{"alarm.account": 1, "lure.remote-code": 1, "conj.account-install": 1}},
		{name: "a double charge reversed over LogMeIn is a refund story", url: "https://x.example.top/",
			html: `<h1>Double charge detected: $299.00</h1><p>Your renewal was charged twice. To reverse the charge, an agent will connect to your computer with LogMeIn.</p><p>Enter the 6-digit PIN code the agent gives you, then read out the connection code.</p>`,
			want: map[string]float64{"lure.remote-code": 1, "lure.refund": 1, "conj.pretext-install": 1}},
		{name: "a card issuer's FAQ on a double charge asks for no code", url: "https://www.card.example.com/faq",
			html:   `<h1>I was charged twice</h1><p>A double charge usually drops off within 3 days. If not, call the number on the back of your card.</p>`,
			absent: []string{"lure.refund", "lure.remote-code"}},
		{name: "a cloned bank header whose menu leads nowhere is still a bare screen", url: "https://x.example.top/",
			html: `<title>あおば銀行</title><header><a href="#">個人</a><a href="#">法人</a><a href="#">ネットバンキング</a><a href="javascript:void(0)">店舗</a><a href="#">金利</a></header><h1>セキュリティ強化のお知らせ</h1><a href="/dl/secure.apk">アプリをダウンロード</a>`,
			want: map[string]float64{"authority.institution-app": 1, "conj.institution-install": 1}},
		{name: "an APK catalogue's live menus make it a site", url: "https://www.apkshelf.example.com/apps/cu/",
			html:   `<title>Lakeside Credit Union Mobile APK</title><nav><a href="/">Home</a><a href="/apps">Apps</a><a href="/games">Games</a><a href="/finance">Finance</a><a href="#">Top</a></nav><h1>Lakeside Credit Union Mobile</h1><a href="/dl/cu.apk">Download APK</a>`,
			absent: []string{"authority.institution-app"}},
		{name: "a delivery company's app page says it never asks for unknown sources", url: "https://www.seino.example.co.jp/app/",
			html:   `<header>西濃運輸</header><h1>カンガルー便アプリ</h1><p>不在通知が届いたら、アプリから再配達をご依頼ください。</p><p>【ご注意】SMSのリンクからアプリのファイルをダウンロードさせたり、「提供元不明のアプリ」を許可させたりすることは一切ありません。</p><a href="/setup.exe">PC版</a>`,
			absent: []string{"lure.delivery-story", "lure.sideload", "conj.story-install", "authority.institution-app"}},
		{name: "a session code with no tool and no program is no remote ask", url: "https://learn.example.org/",
			html:   `<h1>Join the class</h1><p>Enter the session code your teacher gives you.</p>`,
			absent: []string{"lure.remote-code"}},
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
