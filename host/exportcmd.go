package main

import (
	"bytes"
	"fmt"
	"os"
	"time"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/record/report"
)

// runLogExport writes the guardian's report: --html (printable, pictures
// inside) and/or --csv (a spreadsheet).
func runLogExport(args []string, e env) int {
	fs := newFlags("log export", "log export [--html FILE] [--csv FILE] [--lang ja|en] [--since DURATION]", e)
	htmlPath := fs.String("html", "", "write a printable report to `FILE`")
	csvPath := fs.String("csv", "", "write a spreadsheet to `FILE`")
	lang := fs.String("lang", "ja", "language of the report: ja or en")
	since := fs.Duration("since", 0, "only entries newer than `DURATION` (e.g. 720h for 30 days)")
	if done, code := parseFlags(fs, args, e); done {
		return code
	}
	if *htmlPath == "" && *csvPath == "" || (*lang != "ja" && *lang != "en") || fs.NArg() > 0 {
		fmt.Fprintln(e.stderr, "alertguard log export: give --html FILE and/or --csv FILE; --lang is ja or en")
		return 2
	}
	l, err := openLog(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard log export: %v\n", err)
		return 1
	}
	now := e.clock()
	var from time.Time
	if *since > 0 {
		from = now.Add(-*since)
	}
	entries, err := l.List(from, 0)
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard log export: %v\n", err)
		return 1
	}
	o := report.Options{Lang: *lang, Generated: now, Since: from, Location: e.zone(), Thumbnail: l.ThumbnailFor}
	if a, err := loadAnalyzer(e); err == nil {
		titles := a.SignatureTitles()
		o.Tried = func(id string) (advice.Text, bool) { t, ok := titles[id]; return t, ok }
	}
	for _, out := range []struct {
		path  string
		write func(*bytes.Buffer) error
	}{
		{*htmlPath, func(b *bytes.Buffer) error { return report.HTML(b, entries, o) }},
		{*csvPath, func(b *bytes.Buffer) error { return report.CSV(b, entries, o) }},
	} {
		if out.path == "" {
			continue
		}
		var buf bytes.Buffer
		if err := out.write(&buf); err != nil {
			fmt.Fprintf(e.stderr, "alertguard log export: %v\n", err)
			return 1
		}
		// 0600: the report names the sites a family member visited.
		if err := os.WriteFile(out.path, buf.Bytes(), 0o600); err != nil {
			fmt.Fprintf(e.stderr, "alertguard log export: %v\n", err)
			return 1
		}
		fmt.Fprintf(e.stdout, "Wrote %s (%d entries).\n", out.path, len(entries))
	}
	return 0
}
