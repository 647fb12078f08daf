package features

import (
	"math"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
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
			want: map[string]float64{"authority.institution-app": 1, "lure.download": 1, "conj.institution-install": 1}},
		{name: "a public benefit's name, the package sent by script", url: "https://x.example.top/",
			html: `<title>マイナポイント 申請</title><header>マイナポイント事務局</header><p>専用アプリで申請してください。</p><script>setTimeout(function(){location.href="mynapoint.apk";},5000);</script>`,
			want: map[string]float64{"authority.institution-app": 1, "conj.institution-install": 1}},
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
			want: map[string]float64{"lure.allow-proof": 1, "conj.gate-allow": 1}},
		{name: "press Allow if you are an adult, in japanese", url: "https://x.example.top/",
			html: `<div class="big">18歳以上の方は<b>「許可」</b>をクリック</div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "conj.gate-allow": 1}},
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
		{name: "press Allow to close this window", url: "https://x.example.top/",
			html: `<div class="box"><h1>Press "Allow" to close this window</h1></div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "lure.allow": 1, "conj.gate-allow": 1}},
		{name: "french, the button's name in guillemets", url: "https://x.example.top/",
			html: `<div class="box"><h1>Cliquez sur « Autoriser » si vous n’êtes pas un robot</h1></div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "lure.allow": 1, "conj.gate-allow": 1}},
		{name: "german, the button's name in German quotes, to watch", url: "https://x.example.top/",
			html: `<div class="box"><h1>Klicken Sie auf „Zulassen“, um das Video anzusehen</h1></div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "lure.allow": 1, "conj.gate-allow": 1}},
		{name: "spanish robot", url: "https://x.example.top/",
			html: `<div class="box"><h1>Haga clic en «Permitir» si no es un robot</h1></div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "lure.allow": 1, "conj.gate-allow": 1}},
		{name: "italian video", url: "https://x.example.top/",
			html: `<div class="box"><h1>Fai clic su «Consenti» per guardare il video</h1></div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "lure.allow": 1, "conj.gate-allow": 1}},
		{name: "portuguese download", url: "https://x.example.top/",
			html: `<div class="box"><h1>Clique em "Permitir" para baixar o arquivo</h1></div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "lure.allow": 1, "conj.gate-allow": 1}},
		{name: "korean continue", url: "https://x.example.top/",
			html: `<div class="box"><h1>계속하려면 "허용"을 클릭하세요</h1></div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "lure.allow": 1, "conj.gate-allow": 1}},
		{name: "chinese robot", url: "https://x.example.top/",
			html: `<div class="box"><h1>如果您不是机器人，请点击“允许”</h1></div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "lure.allow": 1, "conj.gate-allow": 1}},
		{name: "russian video", url: "https://x.example.top/",
			html: `<div class="box"><h1>Нажмите «Разрешить», чтобы посмотреть видео</h1></div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "lure.allow": 1, "conj.gate-allow": 1}},
		{name: "japanese download gate", url: "https://x.example.top/",
			html: `<div class="box"><h1>ダウンロードするには「許可」を押してください</h1></div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "lure.allow": 1, "conj.gate-allow": 1}},
		{name: "japanese close gate", url: "https://x.example.top/",
			html: `<div class="box"><h1>このページを閉じるには[許可]をクリック</h1></div><script>Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "lure.allow": 1, "conj.gate-allow": 1}},
		{name: "the lure only in a picture's alt text", url: "https://x.example.top/",
			html: `<img src="robot.png" alt="Click Allow to verify that you are not a robot">` + "<script>Notification.requestPermission()</script>",
			want: map[string]float64{"lure.allow-proof": 1, "conj.gate-allow": 1}},
		{name: "the lure only in the title", url: "https://x.example.top/",
			html: `<title>Press Allow to watch the video</title><div class="play">▶</div>` + "<script>Notification.requestPermission()</script>",
			want: map[string]float64{"lure.allow-proof": 1, "conj.gate-allow": 1}},
		{name: "the lure split over inline elements", url: "https://x.example.top/",
			html: `<h1><span>Click</span> <b>Allow</b> <span>to continue</span></h1>` + "<script>Notification.requestPermission()</script>",
			want: map[string]float64{"lure.allow-proof": 1}},
		{name: "the lure written by a script", url: "https://x.example.top/",
			html: `<div id="m"></div><script>document.getElementById('m').innerHTML="<h1>Tap \"Allow\" if you are over 18</h1>";Notification.requestPermission()</script>`,
			want: map[string]float64{"lure.allow-proof": 1, "conj.gate-allow": 1}},
		{name: "a site's script strings for its soft-ask", url: "https://news.example.org/",
			html:   `<div id="sa"></div><script>var t={ask:"Click Allow to get breaking news",later:"Not now"};Notification.requestPermission()</script>`,
			absent: []string{"lure.allow-proof"}},
		{name: "the lure written by a style sheet", url: "https://x.example.top/",
			html: `<style>#m::before{content:"Press Allow to download your file"}</style><div id="m"></div>` + "<script>Notification.requestPermission()</script>",
			want: map[string]float64{"lure.allow-proof": 1}},
		// legitimate soft-asks and help pages: the same words, no gate
		{name: "a news soft-ask in french says what it brings", url: "https://www.journal.example.fr/",
			html:   `<p>Cliquez sur « Autoriser » pour recevoir nos alertes info.</p>` + "<script>Notification.requestPermission()</script>",
			absent: []string{"lure.allow-proof"}},
		{name: "a japanese blog's soft-ask", url: "https://blog.example.jp/",
			html:   `<p>新着記事をお知らせします。「許可」を押してください。</p>` + "<script>Notification.requestPermission()</script>",
			absent: []string{"lure.allow-proof"}},
		{name: "a video site's button and its soft-ask on other lines", url: "https://video.example.org/",
			html:   `<h1>Watch the video</h1><p>Click Allow to get new episodes first.</p>` + "<script>Notification.requestPermission()</script>",
			absent: []string{"lure.allow-proof"}},
		{name: "a help page on the browser's prompt says what it says", url: "https://help.example.org/",
			html:   `<p>When Chrome asks, click Allow to get order updates. You can turn them off in your browser settings.</p>`,
			absent: []string{"lure.allow-proof"}},
		{name: "a rain map asks for the location to show it", url: "https://weather.example.jp/rain/",
			html:   `<p>現在地を表示するには位置情報の利用を許可してください。</p><script>navigator.geolocation.getCurrentPosition(function(){})</script>`,
			absent: []string{"lure.allow-proof"}},
		{name: "a video call asks for the camera to continue", url: "https://meet.example.com/j/1",
			html:   `<p>Click Allow to continue to the meeting with your camera.</p><script>navigator.mediaDevices.getUserMedia({video:true})</script>`,
			absent: []string{"lure.allow-proof"}},
		{name: "a camera page with a robot story still claims", url: "https://x.example.top/",
			html: `<h1>Click Allow if you are not a robot</h1><script>navigator.mediaDevices.getUserMedia({video:true})</script>`,
			want: map[string]float64{"lure.allow-proof": 1}},
		{name: "a web app's soft-ask to continue says what it brings", url: "https://app.example.com/",
			html:   `<p>Click Allow to continue and we'll notify you when your export is done.</p>` + "<script>Notification.requestPermission()</script>",
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

// TestAlarmNames: an alarm word inside a name (words/alarm_names.txt) is
// no alarm; the same word standing alone still is.
func TestAlarmNames(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, html string
		alarm      bool
	}{
		{"a magazine's name in the title", `<title>Windows 11の小技10選 | ライフハッカー・ジャパン</title><h1>Windows 11の小技10選</h1><p>Win + V で履歴。</p>`, false},
		{"a profession", `<h1>ホワイトハッカーの仕事</h1><p>企業の守りを固める人たち。</p>`, false},
		{"the word alone beside the name", `<title>ライフハッカー</title><h1>ハッカーがあなたのパソコンを乗っ取りました</h1>`, true},
		{"the word alone", `<h1>ハッカーに狙われています</h1>`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, e, "https://x.example.jp/", tt.html)
			if (got["alarm.prominent"] > 0) != tt.alarm || (got["alarm.words"] > 0) != tt.alarm {
				t.Errorf("alarm.prominent %.2f, alarm.words %.2f, want alarm %v", got["alarm.prominent"], got["alarm.words"], tt.alarm)
			}
		})
	}
}

// TestUnquote: the marks around a button's name go, apostrophes stay.
func TestUnquote(t *testing.T) {
	for in, want := range map[string]string{
		"cliquez sur « autoriser » si":   "cliquez sur autoriser si",
		"klicken sie auf „zulassen“, um": "klicken sie auf zulassen, um",
		"「許可」をクリック":                      "許可をクリック",
		"si vous n’êtes pas un robot":    "si vous n'êtes pas un robot",
		"press allow":                    "press allow",
	} {
		if got := unquote(in); got != want {
			t.Errorf("unquote(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBrowserPrompt: the browser's own prompt caught in a screenshot is
// not the page's "press Allow" line.
func TestBrowserPrompt(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		rendered string
		want     bool
	}{
		{"press allow to watch the video", true},
		{"video.example.top wants to show notifications allow block click allow to continue", false},
	} {
		got := extractRendered(t, e, tt.rendered)
		if (got["lure.allow-proof"] > 0) != tt.want {
			t.Errorf("%q: lure.allow-proof %.2f, want %v", tt.rendered, got["lure.allow-proof"], tt.want)
		}
	}
}

// extractRendered is extract for a page that is one picture, its words
// read by OCR (snapshot.Rendered), requesting notifications.
func extractRendered(t *testing.T, e *Extractor, rendered string) map[string]float64 {
	t.Helper()
	s := &snapshot.Snapshot{URL: "https://x.example.top/", HTML: `<img src="lure.png"><script>Notification.requestPermission()</script>`, Rendered: rendered}
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

// TestScriptStrings: the literals a script could write, unescaped.
func TestScriptStrings(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{`m.innerHTML="<h1>Tap \"Allow\" if you are over 18</h1>";`, []string{`<h1>Tap "Allow" if you are over 18</h1>`}},
		{`t='Si vous n\'êtes pas un robot';u="x"`, []string{"Si vous n'êtes pas un robot", "x"}},
		{"a=`line one\nline two`", []string{"line one\nline two"}},
		{`s="unterminated`, []string{"unterminated"}},
		{`s="";`, nil},
		{`x = 1 + 2;`, nil},
	}
	for _, tt := range tests {
		got := scriptStrings(tt.src, 10)
		if len(got) != len(tt.want) {
			t.Errorf("scriptStrings(%q) = %q, want %q", tt.src, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("scriptStrings(%q)[%d] = %q, want %q", tt.src, i, got[i], tt.want[i])
			}
		}
	}
	if n := len(scriptStrings(`"a" "b" "c" "d"`, 2)); n != 2 {
		t.Errorf("bounded to 2, got %d", n)
	}
}

// FuzzScriptStrings: any source reads without a panic, within its bounds.
func FuzzScriptStrings(f *testing.F) {
	for _, s := range []string{`a="x\"y";b='z'`, "`q\\", `"\`, `'a\'b'`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out := scriptStrings(src, 50)
		if len(out) > 50 {
			t.Fatalf("%d strings, bound 50", len(out))
		}
		total := 0
		for _, s := range out {
			if len(s) == 0 || len(s) > maxProofLine {
				t.Fatalf("string of %d bytes", len(s))
			}
			total += len(s)
		}
		if total > len(src) {
			t.Fatalf("%d bytes read from %d", total, len(src))
		}
	})
}

// FuzzHasButtonQuote: a line without a button quote is what the replacer
// gives back, and one with a mark is found to have it.
func FuzzHasButtonQuote(f *testing.F) {
	for _, s := range []string{"click allow", "click \"allow\"", "「許可」を押してください", "許可、をクリック。",
		"cliquez sur « autoriser »", "„zulassen“", "[許可]", "you’re ‹ok›", "‚x‘", "【通知】", "『許可』", "\xe2\x80", "\xe3\x80\x8c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, l string) {
		has := false
		for i := 0; i < len(buttonQuotePairs); i += 2 {
			has = has || strings.Contains(l, buttonQuotePairs[i])
		}
		if got := hasButtonQuote(l); got != has {
			t.Fatalf("hasButtonQuote(%q) = %v, want %v", l, got, has)
		}
		if !has && buttonQuotes.Replace(l) != l {
			t.Fatalf("%q: no mark found, but the replacer changes it", l)
		}
	})
}
