package features

// requestIDAlone: a CDN's request id (Cloudflare's "Ray ID") stands on
// every page the CDN serves in its own name — its block page ("Sorry, you
// have been blocked"), its error pages, its challenge. Alone it is a
// human check's furniture, not a check: it tells a check's story only
// beside the keys the page has the reader press to paste. Without them
// lure.verify-human drops to 0. A real block page with a copy button and
// a shell command added read as a ClickFix pretext (Ray ID × a command)
// and held the whole corpus's hardened block line at p 0.9992–0.99995 in
// four of five fits (issue 20, branch harden, 2026-12-07); a fake
// Cloudflare page whose only check word is the Ray ID still has the
// reader paste.
func (p *pageState) requestIDAlone() {
	i, ok := p.e.index["lure.verify-human"]
	if !ok || p.v.Values[i] == 0 || p.pastesCommand() {
		return
	}
	for _, e := range p.v.Evidence[i] {
		if !requestIDs[e] {
			return
		}
	}
	p.v.Values[i] = 0
	delete(p.v.Evidence, i)
}

// requestIDs are the verify lexicon's phrases that are a CDN's request id.
var requestIDs = map[string]bool{"ray id": true}
