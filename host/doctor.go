package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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

// doctorDeps is what doctor reads of the machine, so tests give it a fake
// file system, registry and host.
type doctorDeps struct {
	fs   install.Prober
	reg  install.Registry // nil where there is none
	ping func(bin string, args []string) (string, error)
}

// doctorReport collects the findings: each line, the problems, the
// browsers one install command would fix, and the browsers protected.
type doctorReport struct {
	out       io.Writer
	problems  int
	fix       []string // this user's registration
	fixSystem []string // the registration for all users
	protected int
}

func (r *doctorReport) addFix(b string, system bool) {
	list := &r.fix
	if system {
		list = &r.fixSystem
	}
	if !slices.Contains(*list, b) {
		*list = append(*list, b)
	}
}

func (r *doctorReport) say(ok bool, format string, a ...any) {
	mark := "ok  "
	if !ok {
		mark = "FIX "
		r.problems++
	}
	fmt.Fprintf(r.out, "%s %s\n", mark, fmt.Sprintf(format, a...))
}

func (r *doctorReport) info(format string, a ...any) {
	fmt.Fprintf(r.out, "     "+format+"\n", a...)
}

// runDoctor checks every browser and says what to fix, in plain words.
func runDoctor(args []string, e env) int {
	return doctorWith(args, e, doctorDeps{fs: install.OSFS{}, reg: install.SystemRegistry(), ping: ping})
}

// doctorWith exits 0 when everything is in order and 1 when something
// needs fixing: no browser protected, a browser without AlertGuard, a
// registration that does not work, settings or signatures in trouble.
func doctorWith(args []string, e env, d doctorDeps) int {
	f, done, code := parseInstallFlags("doctor", args, e, false)
	if done {
		return code
	}
	o := f.options(e)
	r := &doctorReport{out: e.stdout}
	doctorSignatures(e, r.say)
	if dir, err := dataDir(e); err != nil {
		r.say(false, "data folder: %v. Fix: set HOME (or LOCALAPPDATA on Windows).", err)
	} else if err := writable(dir); err != nil {
		r.say(false, "data folder %s is not writable: %v. Fix: give this user write access to it.", dir, err)
	} else {
		r.say(true, "data folder %s", dir)
		doctorConfig(dir, e.zone(), r.say)
	}
	for _, b := range install.Browsers {
		if o.UserDataDir != "" && b != "chromium" {
			continue
		}
		if f.browser != "all" && !strings.Contains(","+f.browser+",", ","+b+",") {
			continue
		}
		doctorBrowser(o, b, d, r)
		doctorOffer(o, b, d, r)
	}
	if r.protected == 0 {
		r.say(false, "No browser is protected: AlertGuard works in none of them.")
	}
	if r.problems == 0 {
		fmt.Fprintln(e.stdout, "Everything is in order.")
		return 0
	}
	fmt.Fprintf(e.stdout, "%d problem(s) found.\n", r.problems)
	if len(r.fix) > 0 {
		fmt.Fprintf(e.stdout, "Fix: %s\n", installCommand(f, false, r.fix))
	}
	if len(r.fixSystem) > 0 {
		fmt.Fprintf(e.stdout, "Fix (for all users, as administrator): reinstall the AlertGuard package, or %s\n", installCommand(f, true, r.fixSystem))
	}
	return 1
}

// installCommand is the one command that registers AlertGuard with the
// browsers that need it, with the scope doctor was asked about.
func installCommand(f *installFlags, system bool, browsers []string) string {
	cmd := "alertguard install --browser " + strings.Join(browsers, ",")
	if system {
		cmd += " --system"
	}
	if f.userDataDir != "" {
		cmd += " --user-data-dir " + quoteArg(f.userDataDir)
	}
	return cmd
}

func quoteArg(s string) string {
	if strings.ContainsAny(s, " \t'\"") {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
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
func doctorConfig(dir string, loc *time.Location, say func(bool, string, ...any)) {
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
		say(false, "protection is paused until %s. Fix: alertguard protection resume", localTime(c.PausedUntil, loc))
	}
	doctorAlerts(dir, say)
}

// doctorBrowser tells apart: not installed (nothing to do), installed but
// AlertGuard not registered, registered but broken, and all good. Both
// scopes count: this user's registration (alertguard install) and the
// one for all users (the .deb/.rpm, the all-users .msi, install --system).
// Browsers read this user's first, so a broken one there is a problem even
// when the one for all users works.
func doctorBrowser(o install.Options, b string, d doctorDeps, r *doctorReport) {
	scopes, err := scopeRegistrations(o, b, d)
	if err != nil {
		r.say(false, "%s: %v", b, err)
		return
	}
	prog := o.UserDataDir // a custom profile: the browser is whatever uses it
	if prog == "" {
		if prog, err = install.FindProgram(d.fs, o.Env, b); err != nil {
			r.say(false, "%s: %v", b, err)
			return
		}
	}
	var registered []scopeRegs
	var missing []string
	for _, s := range scopes {
		if slices.ContainsFunc(s.regs, func(g registration) bool { return g.found }) {
			registered = append(registered, s)
		}
		for _, g := range s.regs {
			missing = append(missing, g.where)
		}
	}
	switch {
	case len(registered) == 0 && prog == "":
		r.info("%s: not installed on this computer", b)
		return
	case len(registered) == 0:
		r.say(false, "%s is installed (%s), but AlertGuard is not registered with it (%s missing).", b, prog, strings.Join(missing, ", "))
		r.addFix(b, o.Env.System)
		return
	}
	ok := true
	for _, s := range registered {
		if !checkScope(b, s, d, r) {
			ok = false
			r.addFix(b, s.system)
		}
	}
	switch {
	case ok && prog == "":
		// A registration left behind protects nothing until the browser is there.
		r.info("%s: the browser itself was not found; its registration is in place for when it is installed", b)
	case ok:
		r.protected++
	}
}

// checkScope checks every place of one scope; a place missing beside a
// present one (Brave reads two folders) is reported too.
func checkScope(b string, s scopeRegs, d doctorDeps, r *doctorReport) bool {
	ok := true
	for _, g := range s.regs {
		if !g.found {
			r.say(false, "%s: AlertGuard is registered %s, but %s is missing.", b, scopeWords(s.system), g.where)
			ok = false
			continue
		}
		ok = checkManifest(b, g.path, scopeWords(s.system), d, r) && ok
	}
	return ok
}

func scopeWords(system bool) string {
	if system {
		return "for all users"
	}
	return "for this user"
}

// scopeRegs are a browser's registrations in one scope.
type scopeRegs struct {
	system bool
	regs   []registration
}

// scopeRegistrations lists this user's places, then the all-users places;
// a custom profile (--user-data-dir) has only its own.
func scopeRegistrations(o install.Options, b string, d doctorDeps) ([]scopeRegs, error) {
	var out []scopeRegs
	for _, system := range []bool{false, true} {
		oo := o
		oo.Browsers = []string{b}
		oo.Env.System = system
		plan, err := install.PlanInstall(oo, manifesttemplates.FS)
		if err != nil {
			if system != o.Env.System {
				continue // the other scope cannot be located (no HOME, no %ProgramFiles%)
			}
			return nil, err
		}
		out = append(out, scopeRegs{system: system, regs: registrations(plan, d)})
		if o.UserDataDir != "" {
			break
		}
	}
	return out, nil
}

// registration is one place a browser looks for the manifest, and whether
// AlertGuard is there (on Windows, the registry key must point at the file).
type registration struct {
	path, where string
	found       bool
}

func registrations(plan []install.Action, d doctorDeps) []registration {
	var out []registration
	for i, a := range plan {
		if a.Kind != install.WriteManifest {
			continue
		}
		g := registration{path: a.Path, where: a.Path}
		if i+1 < len(plan) && plan[i+1].Kind == install.SetRegistry {
			key := plan[i+1].Key
			g.where = key
			v, err := getDefault(d.reg, key)
			if err != nil || v == "" {
				out = append(out, g)
				continue
			}
			g.path = v // the .msi puts the manifest beside the program
		}
		_, err := d.fs.Stat(g.path)
		g.found = err == nil
		out = append(out, g)
	}
	return out
}

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

func getDefault(reg install.Registry, key string) (string, error) {
	if reg == nil {
		return "", errors.New("no registry on this system")
	}
	return reg.GetDefault(key)
}

func checkManifest(b, p, scope string, d doctorDeps, r *doctorReport) bool {
	data, err := d.fs.ReadFile(p)
	if err != nil {
		r.say(false, "%s: the registration file %s cannot be read (%v).", b, p, err)
		return false
	}
	var m struct {
		Name              string   `json:"name"`
		Path              string   `json:"path"`
		Type              string   `json:"type"`
		AllowedOrigins    []string `json:"allowed_origins"`
		AllowedExtensions []string `json:"allowed_extensions"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		r.say(false, "%s: the registration file %s is damaged (%v).", b, p, err)
		return false
	}
	args := []string{"chrome-extension://" + callers.ChromiumID + "/"}
	allowed := slices.Contains(m.AllowedOrigins, args[0])
	if b == "firefox" {
		args = []string{p, callers.FirefoxID}
		allowed = slices.Contains(m.AllowedExtensions, callers.FirefoxID)
	}
	if m.Name != callers.HostName || m.Type != "stdio" || !allowed {
		r.say(false, "%s: the registration file %s does not allow AlertGuard's extension.", b, p)
		return false
	}
	m.Path = hostPath(runtime.GOOS, p, m.Path)
	st, err := d.fs.Stat(m.Path)
	if err != nil || st.IsDir() || (!strings.HasSuffix(strings.ToLower(m.Path), ".exe") && st.Mode().Perm()&0o111 == 0) {
		r.say(false, "%s: AlertGuard is registered %s, but its program %s is missing or cannot run.", b, scope, m.Path)
		return false
	}
	version, err := d.ping(m.Path, args)
	if err != nil {
		r.say(false, "%s: the program %s does not answer (%v).", b, m.Path, err)
		return false
	}
	r.say(true, "%s: registered %s in %s; the host answers (version %s)", b, scope, p, version)
	return true
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

// storeName is where the person adds the extension when no offer does.
func storeName(b string) string {
	switch b {
	case "edge":
		return "Edge Add-ons"
	case "firefox":
		return "addons.mozilla.org"
	}
	return "the Chrome Web Store"
}

// doctorOffer reports, for an installed browser on Linux and macOS,
// whether the packages' offer is in place so the browser adds the
// extension by itself (docs/install.md). An offer missing is not a
// problem (the extension may come from the store); one that names
// another source is, for the package wrote it.
func doctorOffer(o install.Options, b string, d doctorDeps, r *doctorReport) {
	if o.UserDataDir != "" {
		return
	}
	offers, err := install.Offers(o.Env.GOOS)
	if err != nil {
		return // Windows: the .msi's registry values
	}
	if prog, err := install.FindProgram(d.fs, o.Env, b); err != nil || prog == "" {
		return
	}
	var mine []install.Offer
	for _, of := range offers {
		if of.Browser == b {
			mine = append(mine, of)
		}
	}
	if len(mine) == 0 {
		r.info("%s: cannot offer the extension by itself here; add AlertGuard from %s", b, storeName(b))
		return
	}
	var missing, foreign []string
	for _, of := range mine {
		data, err := d.fs.ReadFile(of.Path)
		if err != nil {
			missing = append(missing, of.Path)
			continue
		}
		err = install.CheckOffer(of, data)
		switch {
		case err == nil:
			r.say(true, "%s: offers the AlertGuard extension by itself (%s)", b, of.Path)
			return
		case of.Kind == install.OfferExternal:
			r.say(false, "%s: the extension offer %s %v. Fix: reinstall the AlertGuard package.", b, of.Path, err)
			return
		default:
			foreign = append(foreign, fmt.Sprintf("%s %v", of.Path, err))
		}
	}
	if len(foreign) > 0 {
		r.info("%s: the policies in place do not add AlertGuard (%s); add it from %s", b, strings.Join(foreign, "; "), storeName(b))
		return
	}
	r.info("%s: does not offer the extension by itself (no %s); add AlertGuard from %s", b, strings.Join(missing, " or "), storeName(b))
}
