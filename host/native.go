package main

import (
	"context"
	"fmt"
	"time"

	"github.com/alertguard/alertguard/internal/family"
	"github.com/alertguard/alertguard/internal/family/alerts"
	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/family/session"
	"github.com/alertguard/alertguard/internal/install/callers"
	"github.com/alertguard/alertguard/internal/judge"
	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/nativehost"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

// loadAnalyzer uses the external signature set in the data folder when
// there is a good one, else the embedded set; a bad external set is said on
// stderr (and by doctor) and never stops protection.
func loadAnalyzer(e env) (*analysis.Analyzer, error) {
	a, origin, err := loadAnalyzerOrigin(e)
	if origin.Problem != nil {
		fmt.Fprintf(e.stderr, "alertguard: %v; the built-in signatures are used\n", origin.Problem)
	}
	return a, err
}

func loadAnalyzerOrigin(e env) (*analysis.Analyzer, analysis.Origin, error) {
	dir, err := dataDir(e)
	if err != nil {
		dir = ""
	}
	return analysis.Load(dir)
}

// runNative serves a browser. Diagnostics go to stderr, which browsers keep
// in their own log; stdout carries frames only.
func runNative(c callers.Caller, e env) int {
	if err := c.Check(); err != nil {
		fmt.Fprintf(e.stderr, "alertguard: refused: %v\n", err)
		nativehost.Refuse(e.stdout, err.Error())
		return 1
	}
	a, err := loadAnalyzer(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard: %v\n", err)
		return 1
	}
	srv := &nativehost.Server{Judge: &judge.Judge{Analyzer: a, Now: e.clock}, Browser: c.Browser, Version: Version, Diag: e.stderr}
	srv.Judge.Settings = srv.Settings
	if dir, err := dataDir(e); err != nil {
		srv.LogErr = err
	} else {
		srv.Family = family.Open(dir)
		srv.Alerts = alerts.New(dir)
		if srv.Log, err = eventlog.Open(dir); err != nil {
			srv.LogErr = err
		} else if err := useSessions(srv.Judge, srv.Log, srv.Alerts, a); err != nil {
			fmt.Fprintf(e.stderr, "alertguard: scam sessions off: %v\n", err)
		}
	}
	if srv.LogErr != nil {
		fmt.Fprintf(e.stderr, "alertguard: log unavailable, verdicts still served: %v\n", srv.LogErr)
	}
	// Queued alerts go out in the background while the browser runs; what
	// is left when it closes waits in the queue for the next start.
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go srv.RunAlerts(ctx)
	err = srv.Serve(e.stdin, e.stdout)
	stop()
	srv.FinishAlerts(5 * time.Second)
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard: %v\n", err)
		return 1
	}
	return 0
}

// useSessions lets the judge warn about a scam's next step during a scam
// session, with the guardian's window (alerts.json, 24 h by default).
func useSessions(j *judge.Judge, log *eventlog.Log, al *alerts.Service, a *analysis.Analyzer) error {
	lists, err := session.LoadLists()
	if err != nil {
		return err
	}
	t := &session.Tracker{Log: log, Lists: lists, Advice: a.Catalog, Now: j.Now,
		Window: func() time.Duration { s, _ := al.Settings(); return s.Session() }}
	if t.Now == nil {
		t.Now = time.Now
	}
	j.Session = t.Policy
	return nil
}

// newJudge is the judge the command line uses: the signature set and this
// user's family settings (site lists, pause), as the browser's host would
// use them. A broken settings file is said once on stderr and the defaults
// are used.
func newJudge(e env) (*judge.Judge, error) {
	a, err := loadAnalyzer(e)
	if err != nil {
		return nil, err
	}
	j := &judge.Judge{Analyzer: a, Now: e.clock}
	dir, err := dataDir(e)
	if err != nil {
		return j, nil
	}
	fam := family.Open(dir)
	c, err := fam.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard: %v; the default settings are used\n", err)
	}
	j.Settings = func() *config.Config { return c }
	return j, nil
}
