package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/install"
	"github.com/alertguard/alertguard/internal/install/callers"
	"github.com/alertguard/alertguard/internal/judging/analysis"
	manifesttemplates "github.com/alertguard/alertguard/manifest-templates"
)

// installFlags are shared by install, uninstall and doctor.
type installFlags struct {
	browser, userDataDir string
	system, print, dry   bool
}

func parseInstallFlags(name string, args []string, e env, withWrite bool) (*installFlags, bool, int) {
	fs := newFlags(name, name+" [--browser NAME|all] [--system] [--user-data-dir DIR] [--print] [--dry-run]", e)
	f := &installFlags{}
	fs.StringVar(&f.browser, "browser", "all", "`NAME`: chrome, chromium, edge, brave, vivaldi, firefox, or all")
	fs.BoolVar(&f.system, "system", false, "machine-wide (needs administrator rights) instead of for this user")
	fs.StringVar(&f.userDataDir, "user-data-dir", "", "a custom Chromium profile `DIR`: register in DIR/NativeMessagingHosts only")
	if withWrite {
		fs.BoolVar(&f.print, "print", false, "show what would be written where, with the manifests, and write nothing")
		fs.BoolVar(&f.dry, "dry-run", false, "list the steps and write nothing")
	}
	done, code := parseFlags(fs, args, e)
	return f, done, code
}

func (f *installFlags) options(e env) install.Options {
	home := e.getenv("HOME")
	if home == "" && runtime.GOOS != "windows" {
		home, _ = os.UserHomeDir()
	}
	o := install.Options{
		Env:         install.Env{GOOS: runtime.GOOS, System: f.system, Home: home, LocalAppData: e.getenv("LOCALAPPDATA"), ProgramFiles: e.getenv("ProgramFiles")},
		Browsers:    strings.Split(f.browser, ","),
		UserDataDir: f.userDataDir,
	}
	if e.executable != nil {
		o.Source, _ = e.executable()
	}
	return o
}

func runInstall(args []string, e env) int   { return runPlan("install", args, e) }
func runUninstall(args []string, e env) int { return runPlan("uninstall", args, e) }

func runPlan(name string, args []string, e env) int {
	f, done, code := parseInstallFlags(name, args, e, true)
	if done {
		return code
	}
	o := f.options(e)
	var plan []install.Action
	var err error
	if name == "install" {
		plan, err = install.PlanInstall(o, manifesttemplates.FS)
	} else {
		plan, err = install.PlanUninstall(o)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard %s: %v\n", name, err)
		return 1
	}
	for _, a := range plan {
		fmt.Fprintln(e.stdout, a)
		if f.print && a.Kind == install.WriteManifest {
			fmt.Fprintf(e.stdout, "%s\n", a.Content)
		}
	}
	if f.print || f.dry {
		return 0
	}
	if err := install.Apply(plan, install.OSFS{}, install.SystemRegistry()); err != nil {
		fmt.Fprintf(e.stderr, "alertguard %s: %v\n", name, err)
		if errors.Is(err, os.ErrPermission) {
			fmt.Fprintln(e.stderr, "Fix: run it again as administrator (sudo), or without --system.")
		}
		return 1
	}
	if name == "install" {
		fmt.Fprintln(e.stdout, "Done. Restart the browser, then check with: alertguard doctor")
	} else {
		fmt.Fprintln(e.stdout, "Done. The log of blocked pages was kept.")
	}
	return 0
}

// runDoctor checks every registration and says what to fix, in plain words.
func runDoctor(args []string, e env) int {
	f, done, code := parseInstallFlags("doctor", args, e, false)
	if done {
		return code
	}
	o := f.options(e)
	problems := 0
	say := func(ok bool, format string, a ...any) {
		mark := "ok  "
		if !ok {
			mark = "FIX "
			problems++
		}
		fmt.Fprintf(e.stdout, "%s %s\n", mark, fmt.Sprintf(format, a...))
	}
	doctorSignatures(e, say)
	if dir, err := dataDir(e); err != nil {
		say(false, "data folder: %v. Fix: set HOME (or LOCALAPPDATA on Windows).", err)
	} else if err := writable(dir); err != nil {
		say(false, "data folder %s is not writable: %v. Fix: give this user write access to it.", dir, err)
	} else {
		say(true, "data folder %s", dir)
		doctorConfig(dir, say)
	}
	for _, b := range install.Browsers {
		if o.UserDataDir != "" && b != "chromium" {
			continue
		}
		if f.browser != "all" && !strings.Contains(","+f.browser+",", ","+b+",") {
			continue
		}
		doctorBrowser(o, b, say, func(format string, a ...any) { fmt.Fprintf(e.stdout, "     "+format+"\n", a...) })
	}
	if problems > 0 {
		fmt.Fprintf(e.stdout, "%d problem(s) found.\n", problems)
		return 1
	}
	fmt.Fprintln(e.stdout, "Everything is in order.")
	return 0
}

func doctorSignatures(e env, say func(bool, string, ...any)) {
	a, origin, err := loadAnalyzerOrigin(e)
	switch {
	case err != nil:
		say(false, "signatures: %v. Fix: reinstall AlertGuard.", err)
	case origin.Problem != nil:
		say(false, "signatures: %v. The built-in set %s is protecting meanwhile. Fix: replace or remove that folder.", origin.Problem, a.Set.Version)
	case origin.Source == analysis.Embedded:
		say(true, "signatures: built-in set %s", a.Set.Version)
	default:
		say(true, "signatures: set %s from %s", a.Set.Version, origin.Source)
	}
}

// doctorConfig reports the guardian's settings file.
func doctorConfig(dir string, say func(bool, string, ...any)) {
	store := config.Store{Dir: dir}
	c, err := store.Load()
	if err != nil {
		say(false, "settings: %v. The defaults are used (no PIN, no site lists). Fix: set the PIN and lists again; the next change sets the bad file aside.", err)
		return
	}
	pin := "no guardian PIN"
	if c.Guardian.PINHash != "" {
		pin = "guardian PIN set"
	}
	say(true, "settings: %s, %d allowed and %d blocked site(s)", pin, len(c.Sites.Allow), len(c.Sites.Block))
	if c.Paused(time.Now()) {
		say(false, "protection is paused until %s. Fix: alertguard protection resume", c.PausedUntil)
	}
}

func doctorBrowser(o install.Options, b string, say func(bool, string, ...any), info func(string, ...any)) {
	oo := o
	oo.Browsers = []string{b}
	plan, err := install.PlanInstall(oo, manifesttemplates.FS)
	if err != nil {
		say(false, "%s: %v", b, err)
		return
	}
	for _, a := range plan {
		if a.Kind != install.WriteManifest {
			continue
		}
		if o.UserDataDir == "" && !browserPresent(o.Env, a.Path) {
			info("%s: not installed on this computer (skipped)", b)
			return
		}
		checkManifest(b, registeredManifest(plan, a, systemRegistry()), say)
	}
}

// systemRegistry is the registry doctor reads (a variable for tests).
var systemRegistry = install.SystemRegistry

// registeredManifest is the manifest a browser will really read: on
// Windows the one the registry key names, which the .msi installer puts
// beside the program rather than where `alertguard install` would;
// elsewhere the planned file.
func registeredManifest(plan []install.Action, m install.Action, reg install.Registry) string {
	if reg == nil {
		return m.Path
	}
	for _, a := range plan {
		if a.Kind == install.SetRegistry && a.Value == m.Path {
			if v, err := reg.GetDefault(a.Key); err == nil && v != "" {
				return v
			}
		}
	}
	return m.Path
}

// hostPath resolves a manifest's "path": on Windows it may be relative to
// the manifest's folder (the .msi installs it so).
func hostPath(goos, manifest, p string) string {
	if goos == "windows" && !filepath.IsAbs(p) {
		return filepath.Join(filepath.Dir(manifest), p)
	}
	return p
}

// browserPresent guesses whether a browser is installed: its profile folder
// (the parent of NativeMessagingHosts) exists. On Windows, every browser is checked.
func browserPresent(env install.Env, manifestPath string) bool {
	if env.GOOS == "windows" || env.System {
		return true
	}
	_, err := os.Stat(filepath.Dir(filepath.Dir(manifestPath)))
	return err == nil
}

func checkManifest(b, p string, say func(bool, string, ...any)) {
	data, err := os.ReadFile(p)
	if err != nil {
		say(false, "%s: AlertGuard is not registered (%s missing). Fix: alertguard install --browser %s", b, p, b)
		return
	}
	var m struct {
		Name              string   `json:"name"`
		Path              string   `json:"path"`
		Type              string   `json:"type"`
		AllowedOrigins    []string `json:"allowed_origins"`
		AllowedExtensions []string `json:"allowed_extensions"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		say(false, "%s: the registration file %s is damaged (%v). Fix: alertguard install --browser %s", b, p, err, b)
		return
	}
	args := []string{"chrome-extension://" + callers.ChromiumID + "/"}
	allowed := slices.Contains(m.AllowedOrigins, args[0])
	if b == "firefox" {
		args = []string{p, callers.FirefoxID}
		allowed = slices.Contains(m.AllowedExtensions, callers.FirefoxID)
	}
	if m.Name != callers.HostName || m.Type != "stdio" || !allowed {
		say(false, "%s: the registration file %s does not allow AlertGuard's extension. Fix: alertguard install --browser %s", b, p, b)
		return
	}
	m.Path = hostPath(runtime.GOOS, p, m.Path)
	st, err := os.Stat(m.Path)
	if err != nil || st.IsDir() || (runtime.GOOS != "windows" && st.Mode().Perm()&0o111 == 0) {
		say(false, "%s: the program %s is missing or cannot run. Fix: alertguard install --browser %s", b, m.Path, b)
		return
	}
	version, err := ping(m.Path, args)
	if err != nil {
		say(false, "%s: the program %s does not answer (%v). Fix: alertguard install --browser %s", b, m.Path, err, b)
		return
	}
	say(true, "%s: registered in %s; the host answers (version %s)", b, p, version)
}

// ping starts the host as the browser would and asks for a pong.
func ping(bin string, args []string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req := []byte(`{"id":"doctor","type":"ping"}`)
	in := make([]byte, 4+len(req))
	binary.NativeEndian.PutUint32(in, uint32(len(req)))
	copy(in[4:], req)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if len(out) < 4 {
		if err == nil {
			err = errors.New("no reply")
		}
		return "", err
	}
	n := binary.NativeEndian.Uint32(out[:4])
	if int(n) > len(out)-4 {
		return "", io.ErrUnexpectedEOF
	}
	var pong struct{ Type, Version string }
	if err := json.Unmarshal(out[4:4+n], &pong); err != nil || pong.Type != "pong" {
		return "", fmt.Errorf("unexpected reply %q", out[4:4+n])
	}
	return pong.Version, nil
}

func writable(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".doctor-*")
	if err != nil {
		return err
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}
