package features

// A browser game's play page takes full screen, the pointer and the keys,
// plays sound and asks before you leave — a locker's mechanics — and its
// story says what lockers say: 「ウイルスに感染」, "infection 12 %",
// "WARNING!! 巨大戦艦接近", "SECURITY ALERT: INTRUSION DETECTED", a game
// titled "PC Defender". What a locker never does is tell the player how to
// play: the controls (WASD, 矢印キー, "click to play"), the game's own words
// (score, stage, ranking, game over), and a game area (a canvas, or the
// frame a portal embeds the game in). negative.game is that sign, and a
// voice sign (explainedBy): the claims on such a page are the game's story
// (issue 20, 2026-12-07).

// gameStrength is the sign's strength: the page's claims count at a
// quarter (Voice), like a repair shop's menu (service.go).
const gameStrength = 0.75

// gameHits is how many distinct phrases of each of the two lexicons a
// play page shows.
const gameHits = 2

// gameSign sets negative.game on a page with a game area, its controls and
// the game's own words.
func (p *pageState) gameSign() {
	c, cev := p.e.lx.of(p.body, "game_controls")
	if c < gameHits {
		return
	}
	g, gev := p.e.lx.of(p.body, "game_words")
	if g < gameHits || !p.gameArea() {
		return
	}
	p.set("negative.game", gameStrength, append(cev[:1], gev[:1]...)...)
}

// gameArea: a canvas the game draws on, or a frame a portal embeds it in.
func (p *pageState) gameArea() bool {
	for _, d := range p.f.Docs {
		if d != nil && d.Doc != nil && d.Doc.Find("canvas, iframe").Length() > 0 {
			return true
		}
	}
	return false
}
