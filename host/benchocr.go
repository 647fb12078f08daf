package main

import (
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/alertguard/alertguard/internal/judging/ocr"
	"github.com/alertguard/alertguard/internal/judging/savedpage"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

const benchURL = "https://bench.example.com/"

// benchInputs is expand for bench: folders give their saved pages,
// recorded snapshots and screenshots.
func benchInputs(args []string) []input {
	var out []input
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			out = append(out, input{path: a})
			continue
		}
		n := len(out)
		werr := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && benchKind(p) != "" {
				out = append(out, input{path: p})
			}
			return nil
		})
		if werr != nil || len(out) == n {
			out = append(out, input{path: a, err: errNoPages})
		}
	}
	return out
}

// benchKind: "page", "snapshot", "picture" or "" by the file's name.
func benchKind(p string) string {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".html", ".htm":
		return "page"
	case ".json":
		return "snapshot"
	case ".jpg", ".jpeg", ".png":
		return "picture"
	}
	return ""
}

// benchLoad reads one input: a recorded snapshot, a picture (as the
// snapshot of a page that is only that picture: no text, the picture as
// its screenshot), or else a saved page.
func benchLoad(p string) (*snapshot.Snapshot, error) {
	switch benchKind(p) {
	case "snapshot":
		return savedpage.LoadSnapshot(p, benchURL, nil)
	case "picture":
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		mime := "image/jpeg"
		if strings.EqualFold(filepath.Ext(p), ".png") {
			mime = "image/png"
		}
		s := &snapshot.Snapshot{URL: benchURL, HTML: `<html><body><img src="page.jpg"></body></html>`, Reason: "load",
			Screenshot: &snapshot.Screenshot{MIME: mime, Data: base64.StdEncoding.EncodeToString(data), Trigger: "images"}}
		if s.Bound(); s.Screenshot == nil {
			return nil, fmt.Errorf("%s", s.ScreenshotProblem)
		}
		return s, nil
	}
	return savedpage.Load(p, benchURL, nil)
}

// benchOCR times the reading of every screenshot, runs times each, apart
// from the judging: wall time (what the verdict waits for) and
// Tesseract's CPU time (steadier on a shared machine), with a patient
// deadline so slow readings are measured, not cut, and counted against
// the host's own deadline.
func benchOCR(w io.Writer, pages []*snapshot.Snapshot, runs int, host *ocr.Reader) {
	var shots [][]byte
	for _, p := range pages {
		if p.Screenshot != nil {
			if img, err := p.Screenshot.Image(); err == nil {
				shots = append(shots, img)
			}
		}
	}
	if len(shots) == 0 {
		return
	}
	if host == nil || !host.Available() {
		fmt.Fprintf(w, "ocr/screenshot  not measured: %v\n", ocr.ErrUnavailable)
		return
	}
	r := ocr.New(ocr.Options{Path: host.Program(), Timeout: time.Minute, Remember: -1}) // the host's slots: one reading uses both (two bands)
	defer r.Close()
	// The first reading starts Tesseract (docs/ocr.md, "A Tesseract kept
	// warm"): timed apart, as the host pays it once per idle spell.
	if res, err := r.Read(context.Background(), shots[0]); err == nil {
		fmt.Fprintf(w, "ocr/first       %v  (Tesseract starting, then reading; CPU %v)\n", ms(res.Wall), ms(res.CPU))
	}
	var wall, cpu []time.Duration
	late, failed := 0, 0
	for i := 0; i < runs; i++ {
		for _, img := range shots {
			res, err := r.Read(context.Background(), img)
			if err != nil {
				failed++
				continue
			}
			wall, cpu = append(wall, res.Wall), append(cpu, res.CPU)
			if res.Wall > host.Timeout() {
				late++
			}
		}
	}
	if len(wall) == 0 {
		fmt.Fprintf(w, "ocr/screenshot  not measured: all %d readings failed\n", failed)
		return
	}
	med, p, worst := median(wall), p90(wall), wall[len(wall)-1]
	fmt.Fprintf(w, "ocr/screenshot  median %v  p90 %v  max %v  (Tesseract CPU median %v, p90 %v)\n",
		ms(med), ms(p), ms(worst), ms(median(cpu)), ms(p90(cpu)))
	fmt.Fprintf(w, "ocr readings    %d screenshots × %d runs; over the host's %v deadline: %d; failed: %d\n", len(shots), runs, host.Timeout(), late, failed)
}

// p90 sorts d and returns its 90th percentile.
func p90(d []time.Duration) time.Duration {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d[len(d)*9/10]
}

func ms(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
