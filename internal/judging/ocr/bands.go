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
	// minShare: a band with less than this share of the text (in edges)
	// is not worth a second Tesseract.
	minShare = 0.15
	// minSplitRows: a picture shorter than this is read whole.
	minSplitRows = 200
)

// bands cuts p in two bands where a gap of quiet rows balances the text
// best, or returns p whole. The bands overlap inside the gap only: every
// row with an edge is in exactly one band.
func bands(p plane) []plane {
	cut, from, to, ok := findCut(p)
	if !ok {
		return []plane{p}
	}
	top := min(to, cut+bandMargin)
	bottom := max(from, cut-bandMargin)
	return []plane{rows(p, 0, top), rows(p, bottom, p.h)}
}

// rows is the band of p from row y0 to y1 (not included), sharing its
// pixels.
func rows(p plane, y0, y1 int) plane {
	return plane{pix: p.pix[y0*p.w : y1*p.w], w: p.w, h: y1 - y0}
}

// findCut returns the row to cut p at and the quiet gap [from, to) around
// it: of the gaps of at least minGap quiet rows with text above and below,
// the one that shares the text most evenly, if both shares are at least
// minShare.
func findCut(p plane) (cut, from, to int, ok bool) {
	if p.h < minSplitRows || p.w < 2 {
		return 0, 0, 0, false
	}
	edges := make([]int, p.h)
	total := 0
	for y := range edges {
		edges[y] = rowEdges(p.pix[y*p.w : (y+1)*p.w])
		if edges[y] > quietEdges {
			total += edges[y]
		}
	}
	if total == 0 {
		return 0, 0, 0, false
	}
	best, above := -1.0, 0
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
		if y-start < minGap || above == 0 || above == total {
			continue
		}
		share := float64(min(above, total-above)) / float64(total)
		if share >= minShare && share > best {
			best, cut, from, to = share, (start+y)/2, start, y
		}
	}
	return cut, from, to, best >= 0
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
