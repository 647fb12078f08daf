package ocr

// Two bands (docs/ocr.md, "Two bands on two cores"): a screenshot is cut
// across, in a blank gap between two text lines, so that two warm
// Tesseracts read its halves at once on the two cores. Nearly all of a
// reading is recognising lines, and no line is in both bands or cut in
// two, so each band costs about its share of the lines. Where there is no
// such gap the picture is read whole.

const (
	// edgeStep is a grey step between neighbours that counts as an edge:
	// every text line Tesseract reads crosses many of them.
	edgeStep = 32
	// quietEdges: a row with at most this many edges crosses no text (the
	// borders of a dialog, a button and a dimmed page behind it are a few).
	quietEdges = 8
	// minGap is the fewest quiet rows a cut may fall in: a gap between
	// two lines, not the thin top of one line's tallest letters.
	minGap = 6
	// bandMargin is how far each band reaches past the cut into the gap,
	// so each keeps a margin of blank rows around its edge line.
	bandMargin = 16
	// minShare: no band with less than this share of the text (in
	// edges). Tesseract read a band of one or two lines worse than the
	// same lines in the whole picture (of the test pictures' 42 possible
	// cuts, the 3 that changed a word had shares of 0.09–0.17); and such a
	// band saves little.
	minShare = 0.2
	// minSplitRows: a picture shorter than this is read whole.
	minSplitRows = 200
)

// bands cuts p in two bands where a gap of quiet rows balances the text
// best, or returns p whole. The bands overlap inside the gap only: every
// row with an edge is in exactly one band.
func bands(p plane) []plane {
	g, ok := findCut(p)
	if !ok {
		return []plane{p}
	}
	return cutAt(p, g)
}

// rows is the band of p from row y0 to y1 (not included), sharing its
// pixels.
func rows(p plane, y0, y1 int) plane {
	return plane{pix: p.pix[y0*p.w : y1*p.w], w: p.w, h: y1 - y0}
}

// gap is a run of quiet rows [from, to) with text above and below, and
// the share of the text (in edges) on its smaller side.
type gap struct {
	from, to int
	share    float64
}

// cut is the row a cut in g falls on: its middle.
func (g gap) cut() int { return (g.from + g.to) / 2 }

// findCut returns the gap to cut p in: of the gaps worth a cut, the one
// that shares the text most evenly (the first of equals).
func findCut(p plane) (gap, bool) {
	var best gap
	for _, g := range gaps(p) {
		if g.share >= minShare && g.share > best.share {
			best = g
		}
	}
	return best, best.share > 0
}

// gaps lists p's gaps of at least minGap quiet rows with text above and
// below (none in a picture under minSplitRows rows).
func gaps(p plane) []gap {
	if p.h < minSplitRows || p.w < 2 {
		return nil
	}
	edges := make([]int, p.h)
	total := 0
	for y := range edges {
		edges[y] = rowEdges(p.pix[y*p.w : (y+1)*p.w])
		if edges[y] > quietEdges {
			total += edges[y]
		}
	}
	var out []gap
	above := 0
	for y := 0; y < p.h; {
		if edges[y] > quietEdges {
			above += edges[y]
			y++
			continue
		}
		start := y
		for y < p.h && edges[y] <= quietEdges {
			y++
		}
		if y-start >= minGap && above > 0 && above < total {
			out = append(out, gap{from: start, to: y, share: float64(min(above, total-above)) / float64(total)})
		}
	}
	return out
}

// cutAt is p's two bands for a cut in g: each reaches bandMargin rows
// past the cut, inside the gap.
func cutAt(p plane, g gap) []plane {
	cut := g.cut()
	return []plane{rows(p, 0, min(g.to, cut+bandMargin)), rows(p, max(g.from, cut-bandMargin), p.h)}
}

// rowEdges counts the steps of at least edgeStep between neighbours.
func rowEdges(row []byte) int {
	n := 0
	for x := 1; x < len(row); x++ {
		if d := int(row[x]) - int(row[x-1]); d >= edgeStep || d <= -edgeStep {
			n++
		}
	}
	return n
}
