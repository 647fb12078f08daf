// Package snapshot defines what the extension sends about a page and decodes
// it defensively: every field is bounded, oversized parts are trimmed (a
// page must not be able to escape judgement by being big), and malformed
// input is a clear error.
package snapshot

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Limits on each part of a snapshot. Trimming keeps the beginning, which is
// where kits put their warning; see docs/protocol.md.
const (
	MaxHTML       = 2 << 20
	MaxText       = 1 << 20
	MaxFrames     = 32
	MaxFrameHTML  = 1 << 20
	MaxScripts    = 32
	MaxScript     = 512 << 10
	MaxEvents     = 64
	MaxDetail     = 1024
	MaxURL        = 8192
	MaxTitle      = 1024
	MaxFrameURLs  = 64
	MaxReasonText = 64
	MaxRendered   = 16 << 10 // text read from a screenshot
)

// Event is one kind of risky API use the extension observed on the page.
type Event struct {
	Type   string `json:"type"`             // e.g. "fullscreen", "clipboard-write"; see EventTypes
	Count  int    `json:"count"`            // how many times (bounded by the extension)
	First  int64  `json:"first,omitempty"`  // ms since navigation start
	Last   int64  `json:"last,omitempty"`   // ms since navigation start
	Detail string `json:"detail,omitempty"` // clipboard text, element, dialog text…
	// Gesture is true when the first use followed a click or key press by
	// the person (games and slides go full screen on a click).
	Gesture bool `json:"gesture,omitempty"`
}

// EventTypes are the event names the extension reports.
var EventTypes = []string{
	"fullscreen", "keyboard-lock", "pointer-lock", "dialog", "history", "beforeunload",
	"window-open", "print", "notification", "push-subscribe", "clipboard-write",
	"media-play", "audio-context", "speech", "window-move", "vibrate", "geolocation", "camera",
	// "download": a file the page started to download while it was not
	// judged yet; Detail is "<file name> <MIME type> <address>".
	"download",
	// "display-media": the page asked to share the screen (getDisplayMedia);
	// Detail is "screen" or "screen audio".
	"display-media",
}

// Frame is the content of one child frame the extension could read.
type Frame struct {
	URL  string `json:"url"`
	HTML string `json:"html,omitempty"`
	Text string `json:"text,omitempty"`
}

// Script is a same-page script's source (served from the page's own origin).
type Script struct {
	URL    string `json:"url"`
	Source string `json:"source"`
}

// Snapshot is what the extension sends with an analyze request.
type Snapshot struct {
	URL       string   `json:"url"`
	FrameURLs []string `json:"frameUrls,omitempty"`
	Title     string   `json:"title,omitempty"`
	Lang      string   `json:"lang,omitempty"`
	HTML      string   `json:"html,omitempty"`
	Text      string   `json:"text,omitempty"` // document.body.innerText: what is visible
	Frames    []Frame  `json:"frames,omitempty"`
	Scripts   []Script `json:"scripts,omitempty"`
	Events    []Event  `json:"events,omitempty"`
	Reason    string   `json:"reason,omitempty"` // "load", "event:fullscreen", "mutation", "scan"
	Browser   string   `json:"browser,omitempty"`
	// Screenshot is the visible page as a picture, when the extension
	// thinks its words may not be in the DOM (docs/ocr.md).
	Screenshot *Screenshot `json:"screenshot,omitempty"`

	// Set by the host, never read from the wire: why a screenshot that was
	// sent was dropped, and the text OCR read in it (the analysis fills
	// Rendered before the page's facts are built).
	ScreenshotProblem string `json:"-"`
	Rendered          string `json:"-"`
}

// Decode parses a snapshot and bounds it. Wrong JSON types are an error
// naming the field.
func Decode(raw []byte) (*Snapshot, error) {
	var s Snapshot
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("decoding snapshot: %w", err)
	}
	s.Bound()
	return &s, nil
}

// Bound trims every field to its limit in place.
func (s *Snapshot) Bound() {
	s.URL = Trim(s.URL, MaxURL)
	s.Title = Trim(s.Title, MaxTitle)
	s.Lang = Trim(s.Lang, 35)
	s.HTML = Trim(s.HTML, MaxHTML)
	s.Text = Trim(s.Text, MaxText)
	s.Reason = Trim(s.Reason, MaxReasonText)
	s.Browser = Trim(s.Browser, MaxReasonText)
	if len(s.FrameURLs) > MaxFrameURLs {
		s.FrameURLs = s.FrameURLs[:MaxFrameURLs]
	}
	for i := range s.FrameURLs {
		s.FrameURLs[i] = Trim(s.FrameURLs[i], MaxURL)
	}
	if len(s.Frames) > MaxFrames {
		s.Frames = s.Frames[:MaxFrames]
	}
	for i := range s.Frames {
		f := &s.Frames[i]
		f.URL, f.HTML, f.Text = Trim(f.URL, MaxURL), Trim(f.HTML, MaxFrameHTML), Trim(f.Text, MaxFrameHTML)
	}
	if len(s.Scripts) > MaxScripts {
		s.Scripts = s.Scripts[:MaxScripts]
	}
	for i := range s.Scripts {
		sc := &s.Scripts[i]
		sc.URL, sc.Source = Trim(sc.URL, MaxURL), Trim(sc.Source, MaxScript)
	}
	s.Events = boundEvents(s.Events)
	s.boundScreenshot()
	s.Rendered = Trim(s.Rendered, MaxRendered)
}

func boundEvents(evs []Event) []Event {
	if len(evs) > MaxEvents {
		evs = evs[:MaxEvents]
	}
	for i := range evs {
		e := &evs[i]
		e.Type = strings.ToLower(Trim(e.Type, 32))
		e.Detail = Trim(e.Detail, MaxDetail)
		if e.Count < 1 {
			e.Count = 1
		}
	}
	return evs
}

// Trim cuts s to at most max bytes on a rune boundary and replaces invalid
// UTF-8, so later stages see well-formed text.
func Trim(s string, max int) string {
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// EventCount returns how many times an event type was seen.
func (s *Snapshot) EventCount(typ string) int {
	n := 0
	for _, e := range s.Events {
		if e.Type == typ {
			n += e.Count
		}
	}
	return n
}
