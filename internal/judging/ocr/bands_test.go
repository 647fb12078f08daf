package ocr

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// page is a w×h white plane with "text lines": rows [y0, y1) of 4-pixel
// black and white stripes (many edges, as letters have), and optional
// dialog borders (a dark column at each side, two edges on every row).
func page(w, h int, borders bool, lines ...[2]int) plane {
	p := plane{pix: make([]byte, w*h), w: w, h: h}
	for i := range p.pix {
		p.pix[i] = 255
	}
	for _, l := range lines {
		for y := l[0]; y < l[1]; y++ {
			for x := 20; x < w-20; x++ {
				if x/4%2 == 0 {
					p.pix[y*w+x] = 0
				}
			}
		}
	}
	if borders {
		for y := 0; y < h; y++ {
			p.pix[y*w+10], p.pix[y*w+w-10] = 60, 60
		}
	}
	return p
}

func TestFindCut(t *testing.T) {
	tests := []struct {
		name string
		p    plane
		ok   bool
		cut  int
		from int
		to   int
	}{
		{name: "blank", p: page(400, 400, false)},
		{name: "one line", p: page(400, 400, false, [2]int{100, 120})},
		{name: "too short to cut", p: page(400, 150, false, [2]int{20, 40}, [2]int{100, 120})},
		{name: "gaps too thin", p: page(400, 400, false, [2]int{100, 120}, [2]int{125, 145}, [2]int{150, 170})},
		{name: "two lines", p: page(400, 400, false, [2]int{100, 120}, [2]int{200, 220}), ok: true, cut: 160, from: 120, to: 200},
		{name: "the gap that shares the text evenly", p: page(400, 400, false, [2]int{50, 70}, [2]int{100, 120}, [2]int{150, 170}, [2]int{300, 320}), ok: true, cut: 135, from: 120, to: 150},
		{name: "a dialog's borders do not hide a gap", p: page(400, 400, true, [2]int{100, 120}, [2]int{200, 220}), ok: true, cut: 160, from: 120, to: 200},
		{name: "a band with too little text is not worth it", p: page(400, 800, false, [2]int{10, 190}, [2]int{600, 620})},
		{name: "a narrow gap of 6 rows", p: page(400, 400, false, [2]int{100, 194}, [2]int{200, 294}), ok: true, cut: 197, from: 194, to: 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ok := findCut(tt.p)
			if ok != tt.ok || ok && (g.cut() != tt.cut || g.from != tt.from || g.to != tt.to) {
				t.Errorf("findCut = %d in [%d, %d), %v; want %d in [%d, %d), %v", g.cut(), g.from, g.to, ok, tt.cut, tt.from, tt.to, tt.ok)
			}
			checkBands(t, tt.p, bands(tt.p))
		})
	}
}

// checkBands: the bands are one or two, top to bottom, cover every row,
// and overlap only in rows without text (a line is never in both, nor cut).
func checkBands(t *testing.T, p plane, bs []plane) {
	t.Helper()
	if len(bs) == 1 {
		if bs[0].h != p.h || len(bs[0].pix) != len(p.pix) {
			t.Errorf("one band of %d rows for %d", bs[0].h, p.h)
		}
		return
	}
	if len(bs) != 2 {
		t.Fatalf("%d bands", len(bs))
	}
	top, bottom := bs[0], bs[1]
	start := p.h - bottom.h // the bottom band's first row in p
	if top.w != p.w || bottom.w != p.w || top.h < 1 || bottom.h < 1 || start > top.h || start < 0 {
		t.Fatalf("bands of %d and %d rows (from %d) for %d", top.h, bottom.h, start, p.h)
	}
	if !slices.Equal(top.pix, p.pix[:top.h*p.w]) || !slices.Equal(bottom.pix, p.pix[start*p.w:]) {
		t.Fatal("bands are not the picture's rows")
	}
	for y := start; y < top.h; y++ {
		if rowEdges(p.pix[y*p.w:(y+1)*p.w]) > quietEdges {
			t.Errorf("row %d, with text, is in both bands", y)
		}
	}
}

// FuzzBands: any picture is cut in at most two bands that cover it and
// share no row with text; nothing panics.
func FuzzBands(f *testing.F) {
	f.Add(uint16(400), uint16(400), []byte{0, 255, 0, 255})
	f.Add(uint16(1), uint16(300), []byte{7})
	f.Fuzz(func(t *testing.T, w, h uint16, seed []byte) {
		if w == 0 || h == 0 || int(w)*int(h) > 1<<20 || len(seed) == 0 {
			return
		}
		p := plane{pix: make([]byte, int(w)*int(h)), w: int(w), h: int(h)}
		for i := range p.pix {
			p.pix[i] = seed[i%len(seed)]
		}
		checkBands(t, p, bands(p))
	})
}

// TestBandsReadAsWhole is the proof behind reading two bands at once: on
// every test picture, each cut the host may choose (every gap with shares
// of at least minShare, not only the one chosen) gives the words the whole
// picture gives, each as often. Tesseract may join two lines side by side
// into one, so the lines' order is not compared. With -short, only the
// chosen cut.
func TestBandsReadAsWhole(t *testing.T) {
	r := reader(t)
	read := func(t *testing.T, pics ...[]byte) []string {
		w := <-r.workers
		defer func() { r.workers <- w }()
		out, _, err := r.readBands(context.Background(), w, nil, pics)
		if err != nil {
			t.Fatal(err)
		}
		return sortedWords(Clean(out))
	}
	for _, name := range []string{"locker-ja.jpg", "warning-en.jpg", "game.jpg", "support-ja.jpg"} {
		t.Run(name, func(t *testing.T) {
			p, err := decodePlane(readFile(t, name))
			if err != nil {
				t.Fatal(err)
			}
			chosen, ok := findCut(p)
			if !ok {
				t.Fatal("read whole, not cut in two")
			}
			whole := read(t, bmp(p))
			for _, g := range gaps(p) {
				if g.share < minShare || testing.Short() && g != chosen {
					continue
				}
				bs := cutAt(p, g)
				if got := read(t, bmp(bs[0]), bmp(bs[1])); !slices.Equal(got, whole) {
					t.Errorf("cut at row %d (gap %d–%d, shares %.2f): the bands read other words than the whole picture:\nwhole: %q\nbands: %q", g.cut(), g.from, g.to, g.share, whole, got)
				}
			}
		})
	}
}

func sortedWords(s string) []string {
	w := strings.Fields(s)
	slices.Sort(w)
	return w
}

// TestReadBandsOnBothSlots: with both slots free, one reading runs a
// Tesseract in each (the bands at once); with the other slot taken, the
// one slot reads both bands in turn, and the text is the same.
func TestReadBandsOnBothSlots(t *testing.T) {
	r := New(Options{Path: reader(t).Program(), Timeout: testTimeout, Slots: 2, Remember: -1})
	t.Cleanup(r.Close)
	if !r.canStayWarm() {
		t.Skip("this Tesseract is older than 4.1: every band starts its own")
	}
	data := readFile(t, "support-ja.jpg")
	both, err := r.Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	ws := []*worker{<-r.workers, <-r.workers}
	for i, w := range ws {
		w.mu.Lock()
		if w.proc == nil {
			t.Errorf("slot %d: no Tesseract ran: the bands were not read at once", i)
		}
		w.mu.Unlock()
	}
	r.workers <- ws[0] // the other slot stays taken
	alone, err := r.Read(context.Background(), data)
	r.workers <- ws[1]
	if err != nil {
		t.Fatal(err)
	}
	if alone.Text != both.Text {
		t.Errorf("one slot read other text than two:\ntwo:\n%s\none:\n%s", both.Text, alone.Text)
	}
}
