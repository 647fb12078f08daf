package snapshot

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // the screenshot formats DecodeConfig must know
	_ "image/png"
	"slices"
	"strings"
)

// Screenshot bounds: the base64 text (a 1280×800 JPEG of a page is
// 60–200 KB; 2 MiB leaves room for a high-DPI PNG and stays far below the
// 16 MiB frame), and the picture's size, checked from its header alone so
// a small file cannot claim a huge image (docs/ocr.md).
const (
	MaxScreenshot       = 2 << 20
	MaxScreenshotSide   = 4096
	MaxScreenshotPixels = 3840 * 2400
)

// ScreenshotMIMEs are the picture formats the host reads.
var ScreenshotMIMEs = []string{"image/jpeg", "image/png"}

// ScreenshotTriggers say why the extension took the picture: the page
// holds full screen or a lock, or most of what shows is canvas or images.
var ScreenshotTriggers = []string{"fullscreen", "lock", "canvas", "images"}

// Screenshot is a picture of the visible page, sent when its words may
// not be in the DOM (a canvas-drawn locker, a page that is one big image).
type Screenshot struct {
	MIME    string `json:"mime"`
	Data    string `json:"data"` // base64, no "data:" prefix
	Trigger string `json:"trigger,omitempty"`

	img []byte // Data decoded, once valid
}

// Image returns the picture's bytes after checking them: an allowed
// MIME type, base64 that decodes, a header of that format, and bounded
// dimensions. Only the header is decoded.
func (sc *Screenshot) Image() ([]byte, error) {
	if sc.img != nil {
		return sc.img, nil
	}
	if !slices.Contains(ScreenshotMIMEs, sc.MIME) {
		return nil, fmt.Errorf("screenshot: type %q is not one of %s", Trim(sc.MIME, 64), strings.Join(ScreenshotMIMEs, ", "))
	}
	if len(sc.Data) > MaxScreenshot {
		return nil, fmt.Errorf("screenshot: %d bytes of base64, over the %d MiB limit", len(sc.Data), MaxScreenshot>>20)
	}
	img, err := base64.StdEncoding.DecodeString(sc.Data)
	if err != nil {
		return nil, fmt.Errorf("screenshot: not base64: %w", err)
	}
	if err := checkImage(img, sc.MIME); err != nil {
		return nil, fmt.Errorf("screenshot: %w", err)
	}
	sc.img = img
	return img, nil
}

var errNoPicture = errors.New("the data is not a JPEG or PNG picture")

// checkImage reads the header: the format must be the one announced and
// the dimensions within bounds.
func checkImage(img []byte, mime string) error {
	want := strings.TrimPrefix(mime, "image/")
	if !bytes.HasPrefix(img, magic[want]) {
		return fmt.Errorf("%w of type %s", errNoPicture, mime)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(img))
	if err != nil {
		return fmt.Errorf("unreadable %s header: %w", want, err)
	}
	if format != want {
		return fmt.Errorf("%w of type %s (it reads as %s)", errNoPicture, mime, format)
	}
	w, h := cfg.Width, cfg.Height
	if w < 1 || h < 1 || w > MaxScreenshotSide || h > MaxScreenshotSide || w*h > MaxScreenshotPixels {
		return fmt.Errorf("%d×%d pixels: sides of 1 to %d and at most %d pixels", w, h, MaxScreenshotSide, MaxScreenshotPixels)
	}
	return nil
}

var magic = map[string][]byte{
	"jpeg": {0xFF, 0xD8, 0xFF},
	"png":  []byte("\x89PNG\r\n\x1a\n"),
}

// boundScreenshot keeps a valid screenshot and drops any other, saying
// why in ScreenshotProblem: the rest of the snapshot is still judged.
func (s *Snapshot) boundScreenshot() {
	if s.Screenshot == nil {
		return
	}
	s.Screenshot.Trigger = strings.ToLower(Trim(s.Screenshot.Trigger, 32))
	if _, err := s.Screenshot.Image(); err != nil {
		s.Screenshot, s.ScreenshotProblem = nil, err.Error()
	}
}
