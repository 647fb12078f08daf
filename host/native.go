package main

import (
	"fmt"

	"github.com/alertguard/alertguard/internal/analysis"
	"github.com/alertguard/alertguard/internal/callers"
	"github.com/alertguard/alertguard/internal/eventlog"
	"github.com/alertguard/alertguard/internal/nativehost"
)

func loadAnalyzer() (*analysis.Analyzer, error) { return analysis.Default() }

// runNative serves a browser. Diagnostics go to stderr, which browsers keep
// in their own log; stdout carries frames only.
func runNative(c callers.Caller, e env) int {
	if err := c.Check(); err != nil {
		fmt.Fprintf(e.stderr, "alertguard: refused: %v\n", err)
		nativehost.Refuse(e.stdout, err.Error())
		return 1
	}
	a, err := loadAnalyzer()
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard: %v\n", err)
		return 1
	}
	srv := &nativehost.Server{Analyzer: a, Browser: c.Browser, Version: Version, Diag: e.stderr}
	if dir, err := dataDir(e); err != nil {
		srv.LogErr = err
	} else if srv.Log, err = eventlog.Open(dir); err != nil {
		srv.LogErr = err
	}
	if srv.LogErr != nil {
		fmt.Fprintf(e.stderr, "alertguard: log unavailable, verdicts still served: %v\n", srv.LogErr)
	}
	if err := srv.Serve(e.stdin, e.stdout); err != nil {
		fmt.Fprintf(e.stderr, "alertguard: %v\n", err)
		return 1
	}
	return 0
}
