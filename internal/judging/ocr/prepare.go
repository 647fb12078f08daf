package ocr

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	_ "image/jpeg" // the screenshot formats
	_ "image/png"
)

// Picture bounds, checked from the header before any pixel is decoded
// (the snapshot checks the same; this package stands on its own).
const (
	MaxSide   = 4096
	MaxPixels = 3840 * 2400
	// MaxWidth is the widest picture Tesseract is given: a wider one is
	// shrunk by a whole factor (1920 → 960, 2560 → 1280, 3840 → 1280), so
	// a high-DPI screen costs what an ordinary one does. A 1280-wide page is
	// read as it is: halved, it took a third less time, but Tesseract's
	// layout analysis took the locker's bold red line for a picture and
	// dropped it (docs/ocr.md).
	MaxWidth = 1400
)

// Prepare turns a JPEG or PNG into what Tesseract reads fastest: an 8-bit
// grey BMP, box-averaged down to at most MaxWidth pixels wide. Grey from
// luminance matters: Tesseract's own thresholding of a colour picture
// lost red text on white (the phone number, in red, of a locker).
func Prepare(data []byte) ([]byte, error) {
	p, err := decodePlane(data)
	if err != nil {
		return nil, err
	}
	return bmp(p), nil
}

// PrepareBands is Prepare cut in two bands where a blank gap lets it
// (bands.go): one BMP, or two that two Tesseracts read at once.
func PrepareBands(data []byte) ([][]byte, error) {
	p, err := decodePlane(data)
	if err != nil {
		return nil, err
	}
	var out [][]byte
	for _, b := range bands(p) {
		out = append(out, bmp(b))
	}
	return out, nil
}

// decodePlane checks the picture's size from its header, decodes it and
// returns its grey, shrunk to at most MaxWidth.
func decodePlane(data []byte) (plane, error) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return plane{}, fmt.Errorf("reading the picture's header: %w", err)
	}
	if cfg.Width < 1 || cfg.Height < 1 || cfg.Width > MaxSide || cfg.Height > MaxSide || cfg.Width*cfg.Height > MaxPixels {
		return plane{}, fmt.Errorf("picture of %d×%d pixels: over the bounds", cfg.Width, cfg.Height)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return plane{}, fmt.Errorf("decoding the picture: %w", err)
	}
	return shrink(grey(img), Factor(img.Bounds().Dx())), nil
}

// Factor is the whole number a picture w pixels wide is shrunk by.
func Factor(w int) int {
	return max(1, (w+MaxWidth-1)/MaxWidth)
}

// plane is an 8-bit luminance picture.
type plane struct {
	pix  []byte
	w, h int
}

// grey takes the luminance: a JPEG's Y plane as it is, other pictures
// through their colour model.
func grey(img image.Image) plane {
	b := img.Bounds()
	p := plane{pix: make([]byte, b.Dx()*b.Dy()), w: b.Dx(), h: b.Dy()}
	switch m := img.(type) {
	case *image.YCbCr:
		for y := 0; y < p.h; y++ {
			copy(p.pix[y*p.w:(y+1)*p.w], m.Y[m.YOffset(b.Min.X, b.Min.Y+y):])
		}
	case *image.Gray:
		for y := 0; y < p.h; y++ {
			copy(p.pix[y*p.w:(y+1)*p.w], m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):])
		}
	case *image.NRGBA:
		rgbaRows(p, m.Pix[m.PixOffset(b.Min.X, b.Min.Y):], m.Stride)
	case *image.RGBA:
		rgbaRows(p, m.Pix[m.PixOffset(b.Min.X, b.Min.Y):], m.Stride)
	default:
		for y := 0; y < p.h; y++ {
			for x := 0; x < p.w; x++ {
				r, g, bl, _ := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
				p.pix[y*p.w+x] = byte((19595*r + 38470*g + 7471*bl + 1<<15) >> 24)
			}
		}
	}
	return p
}

// rgbaRows converts 4-byte pixels (alpha ignored: screenshots are opaque).
func rgbaRows(p plane, pix []byte, stride int) {
	for y := 0; y < p.h; y++ {
		row := pix[y*stride:]
		for x := 0; x < p.w; x++ {
			r, g, b := uint32(row[4*x]), uint32(row[4*x+1]), uint32(row[4*x+2])
			p.pix[y*p.w+x] = byte((19595*r + 38470*g + 7471*b + 1<<15) >> 16)
		}
	}
}

// shrink returns p shrunk by k, each pixel the mean of a k×k box (p
// itself when k is 1).
func shrink(p plane, k int) plane {
	w, h := p.w/k, p.h/k
	if k <= 1 || w < 1 || h < 1 {
		return p
	}
	out := plane{pix: make([]byte, w*h), w: w, h: h}
	n := uint32(k * k)
	sums := make([]uint32, w)
	for y := 0; y < h; y++ {
		clear(sums)
		for dy := 0; dy < k; dy++ {
			src := p.pix[(y*k+dy)*p.w:][:w*k]
			for x := range sums {
				for _, v := range src[x*k : x*k+k] {
					sums[x] += uint32(v)
				}
			}
		}
		row := out.pix[y*w:][:w]
		for x, sum := range sums {
			row[x] = byte((sum + n/2) / n)
		}
	}
	return out
}

// bmp writes p as an 8-bit grey BMP: leptonica reads a BMP's rows with
// one copy each, where it reads a binary PGM one byte at a time (fread
// per pixel: ≈ 20 ms of Tesseract's time for a 1280×800 picture,
// docs/performance.md).
func bmp(p plane) []byte {
	stride := (p.w + 3) &^ 3 // rows padded to 4 bytes
	out := bmpHeader(p.w, p.h, stride)
	rows := out[len(out)-p.h*stride:]
	for y := 0; y < p.h; y++ {
		copy(rows[(p.h-1-y)*stride:][:p.w], p.pix[y*p.w:][:p.w]) // BMP rows go bottom-up
	}
	return out
}

// dotsPerMetre is the 300 dpi written in every BMP (a screenshot's
// "dpi" means nothing; 300 is what Tesseract takes as ordinary).
const dotsPerMetre = 11811

// bmpHeader is a w×h 8-bit BMP with a grey palette, its pixels zero: the
// file and info headers (14 + 40 bytes), 256 palette entries, the rows.
func bmpHeader(w, h, stride int) []byte {
	const head = 14 + 40 + 256*4
	out := make([]byte, head+stride*h)
	le := binary.LittleEndian
	out[0], out[1] = 'B', 'M'
	le.PutUint32(out[2:], uint32(len(out)))
	le.PutUint32(out[10:], head)
	le.PutUint32(out[14:], 40)
	le.PutUint32(out[18:], uint32(w))
	le.PutUint32(out[22:], uint32(h)) // positive: bottom-up, which every reader knows
	le.PutUint16(out[26:], 1)         // planes
	le.PutUint16(out[28:], 8)         // bits per pixel
	le.PutUint32(out[34:], uint32(stride*h))
	// A fixed resolution, not Tesseract's estimate from the text's size:
	// the estimate of a band differs from the whole picture's (and moved
	// what a band read); the whole pictures read the same at 96–350 dpi
	// (docs/ocr.md, "Two bands on two cores").
	le.PutUint32(out[38:], dotsPerMetre)
	le.PutUint32(out[42:], dotsPerMetre)
	le.PutUint32(out[46:], 256)
	for i := 0; i < 256; i++ {
		out[54+4*i], out[55+4*i], out[56+4*i] = byte(i), byte(i), byte(i)
	}
	return out
}
