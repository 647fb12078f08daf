package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/alertguard/alertguard/internal/family"
	"github.com/alertguard/alertguard/internal/family/guardian"
)

const guardianUsage = `Usage:
  alertguard guardian set-pin     set or change the guardian PIN (asks for the current one)
  alertguard guardian clear-pin   remove the PIN (asks for it)
  alertguard guardian status      whether a PIN is set and whether checks are locked
  alertguard guardian alerts …    tell the guardian by e-mail, ntfy, webhook or LINE (alertguard guardian alerts --help)
PINs are read from the terminal without echo, or one per line from standard input.`

const sitesUsage = `Usage:
  alertguard sites list [--json]
  alertguard sites add allow|block SITE...      allowing needs the guardian PIN
  alertguard sites remove allow|block SITE...   unblocking needs the guardian PIN`

const protectionUsage = `Usage:
  alertguard protection status
  alertguard protection pause [--for DURATION]   needs the guardian PIN; at most 24h (default 1h)
  alertguard protection resume`

func openFamily(e env) (*family.Settings, error) {
	dir, err := dataDir(e)
	if err != nil {
		return nil, fmt.Errorf("finding the data folder: %w", err)
	}
	return family.Open(dir), nil
}

// pinReader asks for PINs: hidden on a terminal, else one per line.
type pinReader struct {
	e   env
	in  *bufio.Reader
	tty int // file descriptor of the terminal, or -1
}

func newPINReader(e env) *pinReader {
	p := &pinReader{e: e, in: bufio.NewReader(e.stdin), tty: -1}
	if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = int(f.Fd())
	}
	return p
}

func (p *pinReader) read(prompt string) (string, error) {
	if p.tty >= 0 {
		fmt.Fprint(p.e.stderr, prompt)
		b, err := term.ReadPassword(p.tty)
		fmt.Fprintln(p.e.stderr)
		return string(b), err
	}
	line, err := p.in.ReadString('\n')
	if err != nil && (!errors.Is(err, io.EOF) || line == "") {
		return "", fmt.Errorf("reading the PIN from standard input: %w", err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// currentPIN asks for the PIN when one is set.
func (p *pinReader) currentPIN(f *family.Settings) (string, error) {
	if !f.PINSet() {
		return "", nil
	}
	return p.read("Guardian PIN: ")
}

// pinFailure: exit 3 for a refused PIN, 2 for a malformed request, 1 for
// anything else.
func pinFailure(e env, cmd string, err error) int {
	fmt.Fprintf(e.stderr, "alertguard %s: %v\n", cmd, err)
	switch {
	case guardian.IsPINError(err):
		return 3
	case family.IsBadInput(err):
		return 2
	}
	return 1
}

func subcommand(args []string, usage string, e env, names ...string) (string, []string, int, bool) {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
		fmt.Fprintln(e.stdout, usage)
		return "", nil, 0, false
	}
	for _, n := range names {
		if len(args) > 0 && args[0] == n {
			return n, args[1:], 0, true
		}
	}
	fmt.Fprintln(e.stderr, usage)
	return "", nil, 2, false
}

func runGuardian(args []string, e env) int {
	if len(args) > 0 && args[0] == "alerts" {
		return runAlerts(args[1:], e)
	}
	cmd, rest, code, ok := subcommand(args, guardianUsage, e, "set-pin", "clear-pin", "status")
	if !ok {
		return code
	}
	fs := newFlags("guardian "+cmd, "guardian "+cmd, e)
	if done, code := parseFlags(fs, rest, e); done {
		return code
	}
	f, err := openFamily(e)
	if err != nil {
		return pinFailure(e, "guardian", err)
	}
	if cmd == "status" {
		return guardianStatus(f, e)
	}
	p := newPINReader(e)
	old, err := p.currentPIN(f)
	if err != nil {
		return pinFailure(e, "guardian", err)
	}
	if cmd == "clear-pin" {
		if err := f.ClearPIN(old); err != nil {
			return pinFailure(e, "guardian clear-pin", err)
		}
		fmt.Fprintln(e.stdout, "The guardian PIN is removed.")
		return 0
	}
	pin, err := p.read("New PIN (4 or more characters): ")
	if err == nil && p.tty >= 0 {
		var again string
		if again, err = p.read("New PIN again: "); err == nil && again != pin {
			err = errors.New("the two PINs differ")
		}
	}
	if err == nil {
		err = f.SetPIN(old, pin)
	}
	if err != nil {
		return pinFailure(e, "guardian set-pin", err)
	}
	fmt.Fprintln(e.stdout, "The guardian PIN is set. It is needed to continue to a blocked page, to pause protection and to allow a site.")
	return 0
}

func guardianStatus(f *family.Settings, e env) int {
	c, err := f.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard guardian: %v (defaults in use)\n", err)
	}
	if c.Guardian.PINHash == "" {
		fmt.Fprintln(e.stdout, "No guardian PIN is set.")
		return 0
	}
	fmt.Fprintf(e.stdout, "A guardian PIN is set (since %s).\n", localTime(c.Guardian.SetAt, e.zone()))
	if c.PINAttempts.Failures > 0 {
		fmt.Fprintf(e.stdout, "Wrong PINs in a row: %d.\n", c.PINAttempts.Failures)
	}
	if t, err := time.Parse(time.RFC3339, c.PINAttempts.LockedUntil); err == nil && time.Now().Before(t) {
		fmt.Fprintf(e.stdout, "PIN checks are locked until %s.\n", localTime(c.PINAttempts.LockedUntil, e.zone()))
	}
	return 0
}

func runSites(args []string, e env) int {
	cmd, rest, code, ok := subcommand(args, sitesUsage, e, "list", "add", "remove")
	if !ok {
		return code
	}
	fs := newFlags("sites "+cmd, "sites "+cmd, e)
	asJSON := fs.Bool("json", false, "print the lists as JSON")
	if done, code := parseFlags(fs, rest, e); done {
		return code
	}
	f, err := openFamily(e)
	if err != nil {
		return pinFailure(e, "sites", err)
	}
	if cmd == "list" {
		return sitesList(f, *asJSON, e)
	}
	if fs.NArg() < 2 {
		fmt.Fprintln(e.stderr, sitesUsage)
		return 2
	}
	ch, err := family.NewSiteChange(cmd == "add", fs.Arg(0), fs.Args()[1:]...)
	if err != nil {
		return pinFailure(e, "sites", err)
	}
	pin := ""
	if ch.NeedsPIN() {
		if pin, err = newPINReader(e).currentPIN(f); err != nil {
			return pinFailure(e, "sites", err)
		}
	}
	if err := f.EditSites(ch, pin); err != nil {
		return pinFailure(e, "sites", err)
	}
	return sitesList(f, false, e)
}

func sitesList(f *family.Settings, asJSON bool, e env) int {
	c, err := f.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard sites: %v (defaults in use)\n", err)
	}
	if asJSON {
		b, _ := json.Marshal(c.Sites)
		fmt.Fprintf(e.stdout, "%s\n", b)
		return 0
	}
	for _, l := range []struct {
		name  string
		sites []string
	}{{"Allowed (never blocked)", c.Sites.Allow}, {"Blocked (always blocked)", c.Sites.Block}} {
		fmt.Fprintf(e.stdout, "%s: %d\n", l.name, len(l.sites))
		for _, s := range l.sites {
			fmt.Fprintf(e.stdout, "  %s\n", s)
		}
	}
	return 0
}

func runProtection(args []string, e env) int {
	cmd, rest, code, ok := subcommand(args, protectionUsage, e, "status", "pause", "resume")
	if !ok {
		return code
	}
	fs := newFlags("protection "+cmd, "protection "+cmd, e)
	d := fs.Duration("for", time.Hour, "how long to pause (at most 24h)")
	if done, code := parseFlags(fs, rest, e); done {
		return code
	}
	f, err := openFamily(e)
	if err != nil {
		return pinFailure(e, "protection", err)
	}
	switch cmd {
	case "pause":
		if err := family.CheckPause(*d); err != nil {
			return pinFailure(e, "protection pause", err)
		}
		pin, err := newPINReader(e).currentPIN(f)
		if err == nil {
			err = f.Pause(*d, pin)
		}
		if err != nil {
			return pinFailure(e, "protection pause", err)
		}
	case "resume":
		if err := f.Resume(); err != nil {
			return pinFailure(e, "protection resume", err)
		}
	}
	c, err := f.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard protection: %v (defaults in use)\n", err)
	}
	if c.Paused(time.Now()) {
		fmt.Fprintf(e.stdout, "Protection is paused until %s.\n", localTime(c.PausedUntil, e.zone()))
	} else {
		fmt.Fprintln(e.stdout, "Protection is on.")
	}
	return 0
}
