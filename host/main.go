// Command alertguard is AlertGuard's judge. Started by a browser it speaks
// native messaging on stdin/stdout; started by a person it is a CLI.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/alertguard/alertguard/internal/install/callers"
	"github.com/alertguard/alertguard/internal/platform/datadir"
)

// Version of the host; the signature set has its own version. Release
// builds set it from `git describe` (-ldflags -X main.Version=…, packaging/dist.mk).
var Version = "0.1.0"

const usage = `alertguard — stops fake security warnings and support scams

Usage:
  alertguard scan [--json] [--url URL] [--snapshot] PATH...   judge saved pages or snapshots
  alertguard log list [--json] [--since DURATION]             blocked and warned pages
  alertguard log show ID                                      one log entry
  alertguard log export [--html FILE] [--csv FILE] [--lang ja|en] [--since DURATION]   a report to review or print
  alertguard guardian set-pin|clear-pin|status                the guardian PIN
  alertguard guardian alerts on|off|email|ntfy|webhook|line|test|status   alerts to the guardian
  alertguard sites list|add|remove [allow|block SITE...]     sites always allowed or always blocked
  alertguard protection status|pause [--for 1h]|resume        pause protection (needs the PIN)
  alertguard signatures list|test                             the detection rules
  alertguard install [--browser NAME|all] [--system] [--user-data-dir DIR] [--print] [--dry-run]
  alertguard uninstall [same options]                         remove the registration (the log stays)
  alertguard doctor [--browser NAME|all] [--system] [--user-data-dir DIR]   check every browser
  alertguard bench [--runs N] PATH...                         time the analysis of saved pages
  alertguard bench --startup N | --scan N [PATH...]           time cold starts, or scan as a process
  alertguard version

Started by a browser (argv[1] = chrome-extension://ID/, or the manifest path
and the add-on id for Firefox) it speaks native messaging.
Run "alertguard COMMAND --help" for a command's options.
`

// env is what commands get instead of globals.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	executable     func() (string, error) // the running binary, for install
	now            func() time.Time       // nil: the clock
	loc            *time.Location         // nil: the local time zone
}

func (e env) clock() time.Time {
	if e.now != nil {
		return e.now()
	}
	return time.Now()
}

func (e env) zone() *time.Location {
	if e.loc != nil {
		return e.loc
	}
	return time.Local
}

func main() {
	tuneGC(os.Getenv)
	e := env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, executable: os.Executable}
	os.Exit(run(os.Args[1:], e))
}

func run(args []string, e env) int {
	if caller, native := callers.Detect(args); native {
		return runNative(caller, e)
	}
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return 2
	}
	cmds := map[string]func([]string, env) int{
		"scan": runScan, "log": runLog, "signatures": runSignatures, "version": runVersion, "bench": runBench,
		"install": runInstall, "uninstall": runUninstall, "doctor": runDoctor,
		"guardian": runGuardian, "sites": runSites, "protection": runProtection,
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(e.stdout, usage)
		return 0
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "alertguard: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	return cmd(args[1:], e)
}

// newFlags makes a flag set whose --help prints the usage once, to stdout,
// and exits 0; a wrong option prints the error and the usage to stderr.
func newFlags(name, synopsis string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {} // parseFlags prints the usage, once
	return withSynopsis(fs, synopsis)
}

func withSynopsis(fs *flag.FlagSet, synopsis string) *flag.FlagSet {
	fs.Var(&synopsisHolder{synopsis}, synopsisFlag, "")
	return fs
}

// synopsisFlag is a hidden flag that carries the synopsis; it is never
// listed and never parsed from the command line (its name has a space).
const synopsisFlag = "synopsis "

type synopsisHolder struct{ s string }

func (h *synopsisHolder) String() string   { return h.s }
func (h *synopsisHolder) Set(string) error { return errors.New("not an option") }

// printUsage writes the synopsis and the options, spelled --name as the
// synopsis spells them.
func printUsage(w io.Writer, fs *flag.FlagSet) {
	syn := ""
	if f := fs.Lookup(synopsisFlag); f != nil {
		syn = f.Value.String()
	}
	fmt.Fprintf(w, "Usage: alertguard %s\n", syn)
	first := true
	fs.VisitAll(func(f *flag.Flag) {
		if f.Name == synopsisFlag {
			return
		}
		if first {
			fmt.Fprint(w, "\nOptions:\n")
			first = false
		}
		name, usage := flag.UnquoteUsage(f)
		fmt.Fprintf(w, "  --%s", f.Name)
		if name != "" {
			fmt.Fprintf(w, " %s", name)
		}
		fmt.Fprintf(w, "\n        %s", usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "0s" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// optionError words the flag package's errors with options spelled --name.
func optionError(err error) string {
	msg := err.Error()
	msg = strings.Replace(msg, "flag provided but not defined: -", "unknown option --", 1)
	msg = strings.Replace(msg, " for flag -", " for option --", 1)
	return strings.Replace(msg, "flag needs an argument: -", "option needs a value: --", 1)
}

// parseFlags returns (done, code): done when the command should stop.
func parseFlags(fs *flag.FlagSet, args []string, e env) (bool, int) {
	out := fs.Output()
	fs.SetOutput(io.Discard) // the flag package's own messages say -name; ours say --name
	err := fs.Parse(args)
	fs.SetOutput(out)
	if errors.Is(err, flag.ErrHelp) {
		printUsage(e.stdout, fs)
		return true, 0
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard %s: %s\n", fs.Name(), optionError(err))
		printUsage(e.stderr, fs)
		return true, 2
	}
	return false, 0
}

func dataDir(e env) (string, error) {
	return datadir.Lookup{GOOS: runtime.GOOS, Getenv: e.getenv}.Dir()
}

func runVersion(args []string, e env) int {
	fs := newFlags("version", "version", e)
	if done, code := parseFlags(fs, args, e); done {
		return code
	}
	a, err := loadAnalyzer(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard: %v\n", err)
		return 1
	}
	fmt.Fprintf(e.stdout, "alertguard %s (signatures %s, %s/%s)\n", Version, a.Set.Version, runtime.GOOS, runtime.GOARCH)
	return 0
}
