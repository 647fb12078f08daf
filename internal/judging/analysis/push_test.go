package analysis

import (
	"testing"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// TestPushInContext: the browser's notification request read beside what
// the page says (issue 20, branch push). A gate claim ("press Allow to
// watch", « Autoriser » si vous n'êtes pas un robot) with a request on load
// is a lure in any language the page is written in; a request after a
// click on the site's own bell, or one on load beside a soft-ask that
// says what the notifications bring, is the site's own.
func TestPushInContext(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	onLoad := []snapshot.Event{{Type: "notification", Count: 1, First: 700}}
	afterClick := []snapshot.Event{{Type: "notification", Count: 1, First: 9000, Gesture: true}}
	flagged := func(d string) bool { return d != verdict.Allow }
	allowed := func(d string) bool { return d == verdict.Allow }
	tests := []struct {
		name, url, html string
		events          []snapshot.Event
		want            func(string) bool
	}{
		{name: "a French robot lure whose push script is a third party's", url: "https://verif.example.fr/",
			html:   `<html lang=fr><head><title>Vérification</title><script src="https://cdn.push.example.net/sdk.js"></script></head><body><h1>Cliquez sur « Autoriser » si vous n’êtes pas un robot</h1></body></html>`,
			events: onLoad, want: flagged},
		{name: "a Korean video lure", url: "https://video.example.kr/",
			html:   `<html lang=ko><head><title>동영상</title></head><body><div class=pl>▶</div><h1>동영상을 보려면 "허용"을 누르세요</h1><script>Notification.requestPermission()</script></body></html>`,
			events: onLoad, want: flagged},
		{name: "close this window, the message only in a picture's alt text", url: "https://close.example.com/",
			html:   `<html><head><title>Close</title></head><body><img src="x.png" alt="Press Allow to close this window"><script>Notification.requestPermission()</script></body></html>`,
			events: onLoad, want: flagged},
		{name: "a news site's bell, the request after the click", url: "https://www.journal.example.fr/",
			html:   `<html lang=fr><head><title>Budget : le vote reporté</title></head><body><header><a href=/>Accueil</a><a href=/a>Actualités</a><a href=/b>Sport</a><a href=/c>Culture</a></header><article><h1>Budget : le vote reporté</h1><p>L'Assemblée a reporté le vote à mardi.</p></article><button id=b>🔔 Recevoir les alertes</button><script>b.onclick=function(){Notification.requestPermission()}</script></body></html>`,
			events: afterClick, want: allowed},
		{name: "a Japanese news soft-ask on load that says what it brings", url: "https://news.example.jp/articles/1",
			html:   `<html lang=ja><head><title>補正予算案を可決</title></head><body><header><a href=/>トップ</a><a href=/n>ニュース</a><a href=/s>スポーツ</a><a href=/v>動画</a></header><article><h1>補正予算案を可決</h1><p>衆院予算委員会は7日、補正予算案を可決した。</p></article><div role=dialog><p>速報を通知でお届けします。「許可」を押してください。いつでも解除できます。</p></div><script>Notification.requestPermission()</script></body></html>`,
			events: onLoad, want: allowed},
		{name: "a video site's soft-ask: Allow brings new videos", url: "https://video.example.org/watch/1",
			html:   `<html><head><title>Holiday cookies</title></head><body><header><a href=/>Home</a><a href=/t>Trending</a><a href=/s>Subscriptions</a><a href=/l>Library</a></header><h1>Holiday cookie recipe</h1><video controls src="v.mp4"></video><p>Click Allow to get notified when Sample Kitchen posts a new video.</p><script>Notification.requestPermission()</script></body></html>`,
			events: onLoad, want: allowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &snapshot.Snapshot{URL: tt.url, HTML: tt.html, Events: tt.events}
			r := a.Analyze(s)
			if !tt.want(r.Decision) {
				t.Errorf("decision %s (score %d)", r.Decision, r.Score)
			}
		})
	}
}
