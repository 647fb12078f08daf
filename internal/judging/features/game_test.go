package features

import "testing"

// TestGameSign: a game's play page (a canvas, its controls, its own words)
// is a voice sign; a locker's canvas with the same alarm, or a page that
// only talks about games, is not.
func TestGameSign(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	const story = `<h1>Outbreak Zero</h1><p>The virus is spreading. Survive the infected before your infection reaches 100%.</p>`
	tests := []struct {
		name, url, html string
		want            map[string]float64
		absent          []string
	}{
		{name: "a portal's play page", url: "https://www.crazygames.example/game/outbreak-zero",
			html: story + `<canvas id="c"></canvas><button>Click to play</button><h3>Controls</h3><p>WASD to move, mouse to aim</p><p>High score 12400 · Leaderboard</p>`,
			want: map[string]float64{"negative.game": gameStrength}},
		{name: "a Japanese portal's play page in a frame", url: "https://game.example.jp/games/1",
			html: `<h1>ウイルスからパソコンを守れ！</h1><iframe src="/embed/1"></iframe><h2>操作方法</h2><p>矢印キーで移動、スペースキーで決定</p><p>ステージ 3　ハイスコア 9800</p>`,
			want: map[string]float64{"negative.game": gameStrength}},
		{name: "a locker's canvas with the alarm and no controls", url: "https://x.example.top/",
			html:   `<canvas></canvas><h1>Your computer is infected</h1><p>Score: 3 threats. Game over for your files. Call 1-800-555-0100</p>`,
			absent: []string{"negative.game"}},
		{name: "a page about games without a game area", url: "https://news.example.com/",
			html:   `<p>How to play: use the arrow keys and WASD. The high score leaderboard resets weekly.</p>`,
			absent: []string{"negative.game"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, e, tt.url, tt.html)
			for k, w := range tt.want {
				if got[k] != w {
					t.Errorf("%s = %v, want %v (all: %v)", k, got[k], w, got)
				}
			}
			for _, k := range tt.absent {
				if got[k] != 0 {
					t.Errorf("%s = %v, want 0", k, got[k])
				}
			}
		})
	}
}
