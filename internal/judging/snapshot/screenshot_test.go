package snapshot

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
)

func tinyImage() *image.Gray {
	img := image.NewGray(image.Rect(0, 0, 8, 6))
	img.SetGray(2, 2, color.Gray{Y: 200})
	return img
}

func encodedJPEG(t testing.TB) string {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, tinyImage(), nil); err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(b.Bytes())
}

func encodedPNG(t testing.TB) string {
	var b bytes.Buffer
	if err := png.Encode(&b, tinyImage()); err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(b.Bytes())
}

// pngHeader is a PNG signature and IHDR chunk claiming w×h pixels, with no
// pixels behind it: what DecodeConfig reads.
func pngHeader(w, h uint32) string {
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 0 // 8-bit grey
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	_ = binary.Write(&b, binary.BigEndian, uint32(len(ihdr)))
	chunk := append([]byte("IHDR"), ihdr...)
	b.Write(chunk)
	_ = binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return base64.StdEncoding.EncodeToString(b.Bytes())
}

func shotJSON(mime, data, trigger string) string {
	b, _ := json.Marshal(map[string]any{"url": "https://x.example/", "text": "kept",
		"screenshot": map[string]string{"mime": mime, "data": data, "trigger": trigger}})
	return string(b)
}

func TestScreenshot(t *testing.T) {
	jpg, pngData := encodedJPEG(t), encodedPNG(t)
	tests := []struct {
		name    string
		in      string
		problem string // "" = the screenshot is kept
		trigger string
	}{
		{name: "jpeg", in: shotJSON("image/jpeg", jpg, "canvas"), trigger: "canvas"},
		{name: "png", in: shotJSON("image/png", pngData, "images"), trigger: "images"},
		{name: "trigger folded", in: shotJSON("image/jpeg", jpg, "FullScreen"), trigger: "fullscreen"},
		{name: "unknown trigger kept", in: shotJSON("image/jpeg", jpg, "later"), trigger: "later"},
		{name: "mime not allowed", in: shotJSON("image/gif", jpg, "lock"), problem: `type "image/gif"`},
		{name: "mime missing", in: shotJSON("", jpg, "lock"), problem: `type ""`},
		{name: "svg", in: shotJSON("image/svg+xml", base64.StdEncoding.EncodeToString([]byte("<svg/>")), "lock"), problem: "svg"},
		{name: "data URL prefix", in: shotJSON("image/jpeg", "data:image/jpeg;base64,"+jpg, "lock"), problem: "not base64"},
		{name: "not base64", in: shotJSON("image/jpeg", "!!!!", "lock"), problem: "not base64"},
		{name: "too long", in: shotJSON("image/jpeg", strings.Repeat("A", MaxScreenshot+4), "lock"), problem: "over the 2 MiB limit"},
		{name: "png called jpeg", in: shotJSON("image/jpeg", pngData, "lock"), problem: "not a JPEG or PNG picture of type image/jpeg"},
		{name: "jpeg called png", in: shotJSON("image/png", jpg, "lock"), problem: "of type image/png"},
		{name: "text called jpeg", in: shotJSON("image/jpeg", base64.StdEncoding.EncodeToString([]byte("<html>")), "lock"), problem: "not a JPEG"},
		{name: "jpeg magic then garbage", in: shotJSON("image/jpeg", base64.StdEncoding.EncodeToString([]byte("\xff\xd8\xff\x00garbage")), "lock"), problem: "unreadable jpeg header"},
		{name: "empty data", in: shotJSON("image/png", "", "lock"), problem: "not a JPEG or PNG"},
		{name: "too wide", in: shotJSON("image/png", pngHeader(MaxScreenshotSide+1, 10), "lock"), problem: "4097×10 pixels"},
		{name: "too many pixels", in: shotJSON("image/png", pngHeader(4000, 4000), "lock"), problem: "4000×4000 pixels"},
		{name: "largest allowed", in: shotJSON("image/png", pngHeader(3840, 2400), "lock"), trigger: "lock"},
		{name: "zero height", in: shotJSON("image/png", pngHeader(10, 0), "lock"), problem: "png header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Decode([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if s.Text != "kept" {
				t.Errorf("the rest of the snapshot was lost: text %q", s.Text)
			}
			if tt.problem != "" {
				if s.Screenshot != nil || !strings.Contains(s.ScreenshotProblem, tt.problem) {
					t.Fatalf("screenshot %v, problem %q: want it dropped with %q", s.Screenshot != nil, s.ScreenshotProblem, tt.problem)
				}
				return
			}
			if s.Screenshot == nil {
				t.Fatalf("dropped: %s", s.ScreenshotProblem)
			}
			if s.Screenshot.Trigger != tt.trigger || s.ScreenshotProblem != "" {
				t.Errorf("trigger %q problem %q", s.Screenshot.Trigger, s.ScreenshotProblem)
			}
			img, err := s.Screenshot.Image()
			if err != nil || len(img) == 0 {
				t.Errorf("Image() = %d bytes, %v", len(img), err)
			}
		})
	}
}

func TestScreenshotWire(t *testing.T) {
	if _, err := Decode([]byte(`{"screenshot":"abc"}`)); err == nil || !strings.Contains(err.Error(), "screenshot") {
		t.Errorf("a screenshot of the wrong type: err = %v, want one naming the field", err)
	}
	// What the host sets is never read from the wire.
	s, err := Decode([]byte(`{"Rendered":"ウイルスに感染","ScreenshotProblem":"x","text":"t"}`))
	if err != nil || s.Rendered != "" || s.ScreenshotProblem != "" {
		t.Errorf("host-only fields taken from the wire: %+v, %v", s, err)
	}
	// Bound is idempotent: a dropped screenshot's reason survives a second pass.
	s, _ = Decode([]byte(shotJSON("image/gif", "", "lock")))
	s.Bound()
	if s.ScreenshotProblem == "" {
		t.Error("the reason for dropping the screenshot was lost")
	}
}
