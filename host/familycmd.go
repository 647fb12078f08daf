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

	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/family/guardian"
	"github.com/alertguard/alertguard/internal/family/sites"
	"github.com/alertguard/alertguard/internal/nativehost"
)

const guardianUsage = `Usage:
  alertguard guardian set-pin     set or change the guardian PIN (asks for the current one)
  alertguard guardian clear-pin   remove the PIN (asks for it)
  alertguard guardian status      whether a PIN is set and whether checks are locked
PINs are read from the terminal without echo, or one per line from standard input.`

const sitesUsage = `Usage:
  alertguard sites list [--json]
  alertguard sites add allow|block SITE...      allowing needs the guardian PIN
  alertguard sites remove allow|block SITE...   unblocking needs the guardian PIN`

const protectionUsage = `Usage:
  alertguard protection status
  alertguard protection pause [--for DURATION]   needs the guardian PIN; at most 24h (default 1h)
  alertguard protection resume`

func openGuard(e env) (*guardian.Guard, error) {
	dir, err := dataDir(e)
	if err != nil {
		return nil, fmt.Errorf("finding the data folder: %w", err)
	}
	return guardian.New(dir), nil
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
func (p *pinReader) currentPIN(g *guardian.Guard) (string, error) {
	c, err := g.Store.Load()
	if err != nil || c.Guardian.PINHash == "" {
		return "", nil
	}
	return p.read("Guardian PIN: ")
}

func pinFailure(e env, cmd string, err error) int {
	fmt.Fprintf(e.stderr, "alertguard %s: %v\n", cmd, err)
	if guardian.IsPINError(err) {
		return 3
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
	cmd, rest, code, ok := subcommand(args, guardianUsage, e, "set-pin", "clear-pin", "status")
	if !ok {
		return code
	}
	fs := newFlags("guardian "+cmd, "guardian "+cmd, e)
	if done, code := parseFlags(fs, rest, e); done {
		return code
	}
	g, err := openGuard(e)
	if err != nil {
		return pinFailure(e, "guardian", err)
	}
	if cmd == "status" {
		return guardianStatus(g, e)
	}
	p := newPINReader(e)
	old, err := p.currentPIN(g)
	if err != nil {
		return pinFailure(e, "guardian", err)
	}
	if cmd == "clear-pin" {
		if err := g.ClearPIN(old); err != nil {
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
		err = g.SetPIN(old, pin)
	}
	if err != nil {
		return pinFailure(e, "guardian set-pin", err)
	}
	fmt.Fprintln(e.stdout, "The guardian PIN is set. It is needed to continue to a blocked page, to pause protection and to allow a site.")
	return 0
}

func guardianStatus(g *guardian.Guard, e env) int {
	c, err := g.Store.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard guardian: %v (defaults in use)\n", err)
	}
	if c.Guardian.PINHash == "" {
		fmt.Fprintln(e.stdout, "No guardian PIN is set.")
		return 0
	}
	fmt.Fprintf(e.stdout, "A guardian PIN is set (since %s).\n", c.Guardian.SetAt)
	if c.PINAttempts.Failures > 0 {
		fmt.Fprintf(e.stdout, "Wrong PINs in a row: %d.\n", c.PINAttempts.Failures)
	}
	if t, err := time.Parse(time.RFC3339, c.PINAttempts.LockedUntil); err == nil && time.Now().Before(t) {
		fmt.Fprintf(e.stdout, "PIN checks are locked until %s.\n", c.PINAttempts.LockedUntil)
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
	g, err := openGuard(e)
	if err != nil {
		return pinFailure(e, "sites", err)
	}
	if cmd == "list" {
		return sitesList(g, *asJSON, e)
	}
	if fs.NArg() < 2 || (fs.Arg(0) != sites.Allow && fs.Arg(0) != sites.Block) {
		fmt.Fprintln(e.stderr, sitesUsage)
		return 2
	}
	list := fs.Arg(0)
	var names []string
	for _, raw := range fs.Args()[1:] {
		n, err := sites.Normalize(raw)
		if err != nil {
			fmt.Fprintf(e.stderr, "alertguard sites: %v\n", err)
			return 2
		}
		names = append(names, n)
	}
	change := func(c *config.Config) error {
		return sites.Edit(&c.Sites.Allow, &c.Sites.Block, cmd == "add", list, config.MaxSites, names...)
	}
	if sites.Loosens(cmd == "add", list) {
		pin, err := newPINReader(e).currentPIN(g)
		if err == nil {
			err = g.Do(pin, change)
		}
		if err != nil {
			return pinFailure(e, "sites", err)
		}
	} else if err := g.Store.Update(change); err != nil {
		return pinFailure(e, "sites", err)
	}
	return sitesList(g, false, e)
}

func sitesList(g *guardian.Guard, asJSON bool, e env) int {
	c, err := g.Store.Load()
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
	g, err := openGuard(e)
	if err != nil {
		return pinFailure(e, "protection", err)
	}
	switch cmd {
	case "pause":
		if *d < time.Minute || *d > nativehost.MaxPauseMinutes*time.Minute {
			fmt.Fprintln(e.stderr, "alertguard protection pause: --for must be between 1m and 24h")
			return 2
		}
		pin, err := newPINReader(e).currentPIN(g)
		if err == nil {
			err = g.Do(pin, func(c *config.Config) error { c.Pause(time.Now(), *d); return nil })
		}
		if err != nil {
			return pinFailure(e, "protection pause", err)
		}
	case "resume":
		if err := g.Store.Update(func(c *config.Config) error { c.PausedUntil = ""; return nil }); err != nil {
			return pinFailure(e, "protection resume", err)
		}
	}
	c, err := g.Store.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard protection: %v (defaults in use)\n", err)
	}
	if c.Paused(time.Now()) {
		fmt.Fprintf(e.stdout, "Protection is paused until %s.\n", c.PausedUntil)
	} else {
		fmt.Fprintln(e.stdout, "Protection is on.")
	}
	return 0
}
