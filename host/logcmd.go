package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

func openLog(e env) (*eventlog.Log, error) {
	dir, err := dataDir(e)
	if err != nil {
		return nil, fmt.Errorf("finding the data folder: %w", err)
	}
	return eventlog.Open(dir)
}

func runLog(args []string, e env) int {
	const usage = "Usage: alertguard log list [--json] [--since DURATION] | alertguard log show ID\n" +
		"       alertguard log export [--html FILE] [--csv FILE] [--lang ja|en] [--since DURATION]"
	if len(args) == 0 || (args[0] != "list" && args[0] != "show" && args[0] != "export") {
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
			fmt.Fprintln(e.stdout, usage)
			return 0
		}
		fmt.Fprintln(e.stderr, usage)
		return 2
	}
	switch args[0] {
	case "show":
		return runLogShow(args[1:], e)
	case "export":
		return runLogExport(args[1:], e)
	}
	fs := newFlags("log list", "log list [--json] [--since DURATION]", e)
	asJSON := fs.Bool("json", false, "print the entries as one JSON array (newest first; [] when empty)")
	since := fs.Duration("since", 0, "only entries newer than `DURATION` (e.g. 24h, 168h)")
	if done, code := parseFlags(fs, args[1:], e); done {
		return code
	}
	l, err := openLog(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard log: %v\n", err)
		return 1
	}
	var from time.Time
	if *since > 0 {
		from = time.Now().Add(-*since)
	}
	entries, err := l.List(from, 0)
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard log: %v\n", err)
		return 1
	}
	if *asJSON {
		if entries == nil {
			entries = []eventlog.Entry{}
		}
		b, _ := json.Marshal(entries)
		fmt.Fprintf(e.stdout, "%s\n", b)
		return 0
	}
	for _, en := range entries {
		fmt.Fprintf(e.stdout, "%s  %s  %-5s  %s  %s\n", en.ID, localTime(en.Time, e.zone()), en.Decision, en.URL, phonesText(en.Phones))
	}
	if len(entries) == 0 {
		fmt.Fprintln(e.stdout, "No blocked or warned pages yet.")
	}
	return 0
}

// localTime shows a log time (UTC in the file) in the person's time zone.
func localTime(rfc3339 string, loc *time.Location) string {
	t, err := time.Parse(time.RFC3339, rfc3339)
	if err != nil {
		return rfc3339
	}
	return t.In(loc).Format("2006-01-02 15:04:05 MST")
}

func phonesText(ps []verdict.Phone) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Display)
	}
	return strings.Join(out, ", ")
}

func runLogShow(args []string, e env) int {
	fs := newFlags("log show", "log show ID", e)
	if done, code := parseFlags(fs, args, e); done {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "alertguard log show: name one entry id (see alertguard log list)")
		return 2
	}
	l, err := openLog(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard log: %v\n", err)
		return 1
	}
	en, err := l.Get(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard log show: %s: %v\n", fs.Arg(0), err)
		return 1
	}
	b, _ := json.MarshalIndent(en, "", "  ")
	fmt.Fprintf(e.stdout, "%s\n", b)
	return 0
}
