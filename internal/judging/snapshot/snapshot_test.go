package snapshot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr string
		check   func(*testing.T, *Snapshot)
	}{
		{name: "minimal", in: `{"url":"https://a.example/"}`, check: func(t *testing.T, s *Snapshot) {
			if s.URL != "https://a.example/" {
				t.Errorf("url = %q", s.URL)
			}
		}},
		{name: "events bounded", in: `{"events":[{"type":"Fullscreen","count":0}]}`, check: func(t *testing.T, s *Snapshot) {
			if s.Events[0].Type != "fullscreen" || s.Events[0].Count != 1 {
				t.Errorf("event = %+v", s.Events[0])
			}
		}},
		{name: "wrong type", in: `{"url":5}`, wantErr: "Snapshot.url"},
		{name: "wrong nested type", in: `{"events":[{"count":"x"}]}`, wantErr: "count"},
		{name: "not an object", in: `[1,2]`, wantErr: "decoding snapshot"},
		{name: "unknown fields tolerated", in: `{"url":"u","future":1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Decode([]byte(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to mention %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.check != nil {
				tt.check(t, s)
			}
		})
	}
}

func TestBoundTrimsEverything(t *testing.T) {
	s := &Snapshot{HTML: strings.Repeat("あ", MaxHTML), Events: make([]Event, 1000), Frames: make([]Frame, 100)}
	s.Bound()
	if len(s.HTML) > MaxHTML || !utf8.ValidString(s.HTML) {
		t.Errorf("html %d bytes, valid=%v", len(s.HTML), utf8.ValidString(s.HTML))
	}
	if len(s.Events) != MaxEvents || len(s.Frames) != MaxFrames {
		t.Errorf("events %d frames %d", len(s.Events), len(s.Frames))
	}
}

func TestTrimInvalidUTF8(t *testing.T) {
	if got := Trim("a\xffb", 10); got != "a\uFFFDb" {
		t.Errorf("Trim = %q", got)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"url":"https://x.example/","html":"<p>hi</p>","events":[{"type":"fullscreen","count":3}]}`))
	f.Add([]byte(`{"frames":[{"url":1}]}`))
	f.Add([]byte(shotJSON("image/jpeg", encodedJPEG(f), "canvas")))
	f.Add([]byte(shotJSON("image/png", encodedPNG(f), "lock")))
	f.Add([]byte(shotJSON("image/png", pngHeader(5000, 2), "images")))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			return
		}
		if len(s.HTML) > MaxHTML || len(s.Events) > MaxEvents || !utf8.ValidString(s.Text) {
			t.Fatalf("unbounded snapshot")
		}
		if sc := s.Screenshot; sc != nil {
			// A screenshot that survives decoding is one the OCR may read.
			img, err := sc.Image()
			if err != nil || len(sc.Data) > MaxScreenshot || s.ScreenshotProblem != "" {
				t.Fatalf("kept an invalid screenshot: %v", err)
			}
			if checkImage(img, sc.MIME) != nil {
				t.Fatal("kept a screenshot whose header does not check")
			}
		}
	})
}
