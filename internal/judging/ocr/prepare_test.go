package ocr

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
)

func encode(t testing.TB, img image.Image, format string) []byte {
	var b bytes.Buffer
	var err error
	if format == "png" {
		err = png.Encode(&b, img)
	} else {
		err = jpeg.Encode(&b, img, &jpeg.Options{Quality: 95})
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func filled(w, h int, c color.Color) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, c)
		}
	}
	return img
}

// readBMP checks an 8-bit grey BMP as Prepare writes it and returns its
// size ("W×H") and its pixels, top row first, without the row padding.
func readBMP(t *testing.T, b []byte) (string, []byte) {
	t.Helper()
	le := binary.LittleEndian
	if len(b) < 54+1024 || string(b[:2]) != "BM" {
		t.Fatalf("not a BMP: %q", b[:min(len(b), 20)])
	}
	off, w, h := int(le.Uint32(b[10:])), int(int32(le.Uint32(b[18:]))), int(int32(le.Uint32(b[22:])))
	if int(le.Uint32(b[2:])) != len(b) || off != 54+1024 || le.Uint32(b[14:]) != 40 || le.Uint16(b[28:]) != 8 || w < 1 || h < 1 {
		t.Fatalf("BMP header: size %d of %d, pixels at %d, %d×%d, %d bits", le.Uint32(b[2:]), len(b), off, w, h, le.Uint16(b[28:]))
	}
	for i := 0; i < 256; i++ {
		if e := b[54+4*i:][:3]; e[0] != byte(i) || e[1] != byte(i) || e[2] != byte(i) {
			t.Fatalf("palette entry %d is %v, not grey", i, e)
		}
	}
	stride := (w + 3) &^ 3
	if len(b) != off+stride*h {
		t.Fatalf("%d bytes for %d rows of %d", len(b)-off, h, stride)
	}
	pix := make([]byte, 0, w*h)
	for y := h - 1; y >= 0; y-- { // stored bottom-up
		pix = append(pix, b[off+y*stride:][:w]...)
	}
	return fmt.Sprintf("%d×%d", w, h), pix
}

func TestPrepare(t *testing.T) {
	red := color.NRGBA{R: 196, A: 255}
	tests := []struct {
		name    string
		data    []byte
		header  string
		grey    int // the first pixel, -1 = not checked
		wantErr string
	}{
		{name: "jpeg kept at its size", data: encode(t, filled(1280, 8, color.White), "jpeg"), header: "1280×8", grey: 255},
		{name: "png red is dark grey", data: encode(t, filled(16, 8, red), "png"), header: "16×8", grey: 58},
		{name: "high-DPI png halved", data: encode(t, filled(2560, 4, color.Black), "png"), header: "1280×2", grey: 0},
		{name: "1920 halved", data: encode(t, filled(1920, 4, color.White), "jpeg"), header: "960×2", grey: 255},
		{name: "4K shrunk by three", data: encode(t, filled(3840, 3, color.White), "png"), header: "1280×1", grey: 255},
		{name: "paletted png", data: encode(t, image.NewPaletted(image.Rect(0, 0, 3, 2), color.Palette{color.White}), "png"), header: "3×2", grey: 255},
		{name: "grey jpeg", data: encode(t, image.NewGray(image.Rect(0, 0, 5, 5)), "jpeg"), header: "5×5", grey: 0},
		{name: "one pixel", data: encode(t, filled(1, 1, color.White), "png"), header: "1×1", grey: 255},
		{name: "thin and wide keeps a row", data: encode(t, filled(2000, 1, color.White), "png"), header: "2000×1", grey: 255},
		{name: "not a picture", data: []byte("GIF89a"), wantErr: "header"},
		{name: "empty", data: nil, wantErr: "header"},
		{name: "header over the bounds", data: pngOnlyHeader(t, 5000, 5000), wantErr: "over the bounds"},
		{name: "truncated pixels", data: encode(t, filled(64, 64, red), "png")[:80], wantErr: "decoding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Prepare(tt.data)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			head, pix := readBMP(t, p)
			if head != tt.header {
				t.Errorf("header %q, want %q", head, tt.header)
			}
			if tt.grey >= 0 && (len(pix) == 0 || abs(int(pix[0])-tt.grey) > 2) {
				t.Errorf("first pixel %v, want about %d", pix[:min(len(pix), 1)], tt.grey)
			}
		})
	}
}

// TestPrepareAverages: shrinking averages each box, so thin dark strokes
// stay grey instead of vanishing between samples.
func TestPrepareAverages(t *testing.T) {
	img := filled(2800, 2, color.White)
	img.Set(0, 0, color.Black) // one black pixel in the first 2×2 box
	p, err := Prepare(encode(t, img, "png"))
	if err != nil {
		t.Fatal(err)
	}
	head, pix := readBMP(t, p)
	if head != "1400×1" || pix[0] != 191 || pix[1] != 255 {
		t.Errorf("%s %v, want the first box at 3/4 white (191)", head, pix[:2])
	}
}

// TestPrepareRowOrder: BMP rows go bottom-up and are padded to 4 bytes;
// the picture Tesseract gets is still the right way up, shrunk or not.
func TestPrepareRowOrder(t *testing.T) {
	for _, w := range []int{5, 2802} { // read as it is; shrunk by three
		img := filled(w, 6, color.White)
		for x := 0; x < w; x++ {
			for y := 0; y < 3; y++ {
				img.Set(x, y, color.Black) // the top half
			}
		}
		size, pix := readBMP(t, mustPrepare(t, encode(t, img, "png")))
		k := Factor(w)
		ow, oh := w/k, 6/k
		if want := fmt.Sprintf("%d×%d", ow, oh); size != want {
			t.Fatalf("%d wide: %s, want %s", w, size, want)
		}
		if pix[0] != 0 || pix[ow-1] != 0 || pix[len(pix)-1] != 255 {
			t.Errorf("%d wide: top row %d…%d, last pixel %d; want black on top, white below", w, pix[0], pix[ow-1], pix[len(pix)-1])
		}
	}
}

func mustPrepare(t *testing.T, data []byte) []byte {
	t.Helper()
	p, err := Prepare(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func pngOnlyHeader(t testing.TB, w, h int) []byte {
	full := encode(t, image.NewGray(image.Rect(0, 0, 1, 1)), "png")
	// Rewrite IHDR's size; DecodeConfig checks the CRC, so fix it too.
	return rewriteIHDR(full, w, h)
}

func FuzzPrepare(f *testing.F) {
	f.Add(encode(f, filled(30, 20, color.NRGBA{R: 196, A: 255}), "png"))
	f.Add(encode(f, filled(30, 20, color.White), "jpeg"))
	f.Add(pngOnlyHeader(f, 5000, 5000))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Prepare(data)
		if err != nil {
			return
		}
		size, pix := readBMP(t, p)
		bands, err := PrepareBands(data)
		if err != nil || len(bands) < 1 || len(bands) > 2 {
			t.Fatalf("%d bands, %v, of a picture Prepare read", len(bands), err)
		}
		if len(bands) == 1 {
			if s, got := readBMP(t, bands[0]); s != size || !bytes.Equal(got, pix) {
				t.Errorf("the one band is %s, not the picture (%s)", s, size)
			}
		}
	})
}
