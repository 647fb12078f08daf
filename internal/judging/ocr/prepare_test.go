package ocr

import (
	"bytes"
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

// pgmHeader splits a PGM into its header line ("P5 W H 255") and pixels.
func pgmHeader(t *testing.T, p []byte) (string, []byte) {
	t.Helper()
	parts := bytes.SplitN(p, []byte("\n"), 4)
	if len(parts) != 4 {
		t.Fatalf("not a PGM: %q", p[:min(len(p), 20)])
	}
	return string(bytes.Join(parts[:3], []byte(" "))), parts[3]
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
		{name: "jpeg kept at its size", data: encode(t, filled(1280, 8, color.White), "jpeg"), header: "P5 1280 8 255", grey: 255},
		{name: "png red is dark grey", data: encode(t, filled(16, 8, red), "png"), header: "P5 16 8 255", grey: 58},
		{name: "high-DPI png halved", data: encode(t, filled(2560, 4, color.Black), "png"), header: "P5 1280 2 255", grey: 0},
		{name: "1920 halved", data: encode(t, filled(1920, 4, color.White), "jpeg"), header: "P5 960 2 255", grey: 255},
		{name: "4K shrunk by three", data: encode(t, filled(3840, 3, color.White), "png"), header: "P5 1280 1 255", grey: 255},
		{name: "paletted png", data: encode(t, image.NewPaletted(image.Rect(0, 0, 3, 2), color.Palette{color.White}), "png"), header: "P5 3 2 255", grey: 255},
		{name: "grey jpeg", data: encode(t, image.NewGray(image.Rect(0, 0, 5, 5)), "jpeg"), header: "P5 5 5 255", grey: 0},
		{name: "one pixel", data: encode(t, filled(1, 1, color.White), "png"), header: "P5 1 1 255", grey: 255},
		{name: "thin and wide keeps a row", data: encode(t, filled(2000, 1, color.White), "png"), header: "P5 2000 1 255", grey: 255},
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
			head, pix := pgmHeader(t, p)
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
	head, pix := pgmHeader(t, p)
	if head != "P5 1400 1 255" || pix[0] != 191 || pix[1] != 255 {
		t.Errorf("%s %v, want the first box at 3/4 white (191)", head, pix[:2])
	}
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
		if !bytes.HasPrefix(p, []byte("P5\n")) {
			t.Fatalf("not a PGM: %q", p[:min(len(p), 10)])
		}
	})
}
