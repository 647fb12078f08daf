package features

import "testing"

// TestRequestIDAlone: a CDN's Ray ID is a human check only beside paste
// steps (requestid.go).
func TestRequestIDAlone(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	const blocked = `<title>Attention Required! | Cloudflare</title><h1>Sorry, you have been blocked</h1><p>You can email the site owner.</p><p>Cloudflare Ray ID: 8f2a1c0d9e7b4a99</p>`
	tests := []struct {
		name, html string
		want       float64 // lure.verify-human
	}{
		{"a CDN's block page: the Ray ID alone is no check", blocked, 0},
		{"nor with a command and a copy button added",
			blocked + `<pre><code id="cmd">curl -fsSL https://get.example.org/install.sh | sh</code></pre><button onclick="navigator.clipboard.writeText(document.getElementById('cmd').textContent)">Copy</button>`, 0},
		{"a fake check whose only check word is the Ray ID still has you paste",
			`<h1>One more step</h1><p>Open Terminal, press Command + V, then Return.</p><p>Ray ID: 8f2a1c0d9e7b4a99</p>`, 0.5},
		{"a challenge that says verify keeps its check", `<h1>Verify you are human</h1><p>Ray ID: 8f2a1c0d9e7b4a99</p>`, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, e, "https://example-forum.example.org/post", tc.html)
			if got["lure.verify-human"] != tc.want {
				t.Errorf("lure.verify-human = %v, want %v (features %v)", got["lure.verify-human"], tc.want, got)
			}
		})
	}
}

// TestInterstitialBesideShownCommand: a CDN's name stays no claim beside a
// command shown in a code block with no steps to paste it (codeshown.go);
// beside paste steps it is the brand's voice faked.
func TestInterstitialBesideShownCommand(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	const blocked = `<title>Attention Required! | Cloudflare</title><h1>Sorry, you have been blocked</h1><p>Cloudflare Ray ID: 8f2a1c0d9e7b4a99</p>`
	const copy = `<pre><code id="cmd">curl -fsSL https://get.example.org/install.sh | sh</code></pre><button onclick="navigator.clipboard.writeText(document.getElementById('cmd').textContent)">Copy</button>`
	tests := []struct {
		name, html string
		claimed    bool // authority.brand-claimed set
	}{
		{"a command in a code block with a Copy button", blocked + copy, false},
		{"the same command with steps to paste it", blocked + `<p>Open Terminal, press Command + V and Return.</p>` + copy, true},
		{"a command in the text, not in code", blocked + `<p>Run curl -fsSL https://get.example.org/install.sh | sh</p>`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, e, "https://example-forum.example.org/post", tc.html)
			if (got["authority.brand-claimed"] > 0) != tc.claimed {
				t.Errorf("authority.brand-claimed = %v, want set %v (features %v)", got["authority.brand-claimed"], tc.claimed, got)
			}
		})
	}
}

// TestCodeSent: a human check before a code sent to the reader's phone is
// the site's own sign-up guard (codesent.go).
func TestCodeSent(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	const camera = `<video autoplay muted></video><script>navigator.mediaDevices.getUserMedia({video:true})</script>`
	tests := []struct {
		name, html string
		want       float64 // lure.verify-human
	}{
		{"an SMS sign-up's check, a camera request added",
			`<h1>電話番号の確認</h1><p>本人確認のため、SMSで認証番号を送信します。</p><p>私はロボットではありません</p><p>SMSに届いた6桁の認証番号を入力してください。</p>` + camera, quotedStrength},
		{"in English", `<h1>Verify your phone</h1><p>I'm not a robot</p><p>We sent a code to your phone. Enter it below.</p>`, quotedStrength},
		{"a camera lure's check sends nothing", `<h1>Verify you are human</h1><p>Allow the camera to continue.</p>` + camera, 0.5},
		{"a ClickFix check that mentions a code still has you paste",
			`<h1>Verify you are human</h1><p>We sent a code to your clipboard: press Win+R, Ctrl+V, Enter.</p>`, 0.5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, e, "https://x.example.top/", tc.html)
			if got["lure.verify-human"] != tc.want {
				t.Errorf("lure.verify-human = %v, want %v (features %v)", got["lure.verify-human"], tc.want, got)
			}
		})
	}
}
