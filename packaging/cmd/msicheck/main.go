// Command msicheck inspects a built AlertGuard .msi with msiinfo and
// msiextract (msitools) and fails when it is wrong:
//
//   - the File, Component, Directory, Registry, Property and
//     InstallExecuteSequence tables, normalised (sizes, version, product
//     code), equal a golden dump (-golden FILE; -update rewrites it);
//
//   - the program is installed in INSTALLDIR;
//
//   - each of Chrome, Chromium, Edge, Brave, Vivaldi and Firefox has exactly
//     one native-messaging registry value, under HKCU (-scope user) or HKLM
//     (-scope machine), pointing at a manifest file the package installs
//     beside the program, and that manifest (extracted from the package)
//     names jp.alertguard.host, AlertGuard's extension id and alertguard.exe;
//
//   - the product registers itself for Apps & features (RegisterProduct,
//     PublishProduct, a ProductName, not hidden by ARPSYSTEMCOMPONENT);
//
//   - nothing force-installs an extension (no policy keys);
//
//   - msiexec /x PACKAGE PURGE=1 removes the log and settings: a deferred,
//     impersonated action runs the installed program's
//     "uninstall --purge --data-only" before its files are removed, and only
//     then.
//
//     msicheck -scope user|machine -golden FILE [-update] PACKAGE.msi
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

const (
	hostName   = "jp.alertguard.host"
	chromiumID = "ealcpimlhlabpbneglbjhodkadilbele"
	firefoxID  = "alertguard@alertguard.app"
)

// nmKeys: where each browser looks for the host on Windows, and the
// manifest family it needs. Written out here, not shared with the
// generator, so a mistake there is caught.
var nmKeys = map[string]struct{ key, family string }{
	"chrome":   {`Software\Google\Chrome\NativeMessagingHosts\jp.alertguard.host`, "chromium"},
	"chromium": {`Software\Chromium\NativeMessagingHosts\jp.alertguard.host`, "chromium"},
	"edge":     {`Software\Microsoft\Edge\NativeMessagingHosts\jp.alertguard.host`, "chromium"},
	"brave":    {`Software\BraveSoftware\Brave-Browser\NativeMessagingHosts\jp.alertguard.host`, "chromium"},
	"vivaldi":  {`Software\Vivaldi\NativeMessagingHosts\jp.alertguard.host`, "chromium"},
	"firefox":  {`Software\Mozilla\NativeMessagingHosts\jp.alertguard.host`, "firefox"},
}

var tables = []string{"Directory", "Component", "File", "Registry", "Property", "InstallExecuteSequence", "CustomAction"}

func main() {
	scope := flag.String("scope", "user", "user or machine")
	golden := flag.String("golden", "", "golden dump to compare with")
	update := flag.Bool("update", false, "rewrite the golden dump")
	flag.Parse()
	if flag.NArg() != 1 || *golden == "" {
		fmt.Fprintln(os.Stderr, "usage: msicheck -scope user|machine -golden FILE [-update] PACKAGE.msi")
		os.Exit(2)
	}
	problems, err := check(flag.Arg(0), *scope, *golden, *update)
	if err != nil {
		fmt.Fprintln(os.Stderr, "msicheck:", err)
		os.Exit(1)
	}
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "msicheck:", flag.Arg(0)+":", p)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
	fmt.Printf("msicheck: %s: program, 6 browser registrations, Apps & features entry, golden tables: ok\n", flag.Arg(0))
}

type table struct {
	cols []string
	rows []map[string]string
}

func export(msi, name string) (table, string, error) {
	out, err := exec.Command("msiinfo", "export", msi, name).Output()
	if err != nil {
		return table{}, "", fmt.Errorf("msiinfo export %s: %w", name, err)
	}
	lines := strings.Split(strings.TrimRight(strings.ReplaceAll(string(out), "\r\n", "\n"), "\n"), "\n")
	if len(lines) < 3 {
		return table{}, "", fmt.Errorf("table %s: %d lines", name, len(lines))
	}
	t := table{cols: strings.Split(lines[0], "\t")}
	for _, l := range lines[3:] {
		f := strings.Split(l, "\t")
		r := map[string]string{}
		for i, c := range t.cols {
			if i < len(f) {
				r[c] = f[i]
			}
		}
		t.rows = append(t.rows, r)
	}
	return t, string(out), nil
}

func check(msi, scope, golden string, update bool) ([]string, error) {
	var problems []string
	bad := func(format string, a ...any) { problems = append(problems, fmt.Sprintf(format, a...)) }
	ts := map[string]table{}
	var dump strings.Builder
	for _, name := range tables {
		t, raw, err := export(msi, name)
		if err != nil {
			return nil, err
		}
		ts[name] = t
		fmt.Fprintf(&dump, "== %s\n%s", name, normalise(name, raw))
	}

	// The program, in INSTALLDIR.
	dirOf := map[string]string{}
	for _, c := range ts["Component"].rows {
		dirOf[c["Component"]] = c["Directory_"]
	}
	files := map[string]string{} // FileName in INSTALLDIR -> File key
	for _, f := range ts["File"].rows {
		name := f["FileName"]
		if i := strings.IndexByte(name, '|'); i >= 0 {
			name = name[i+1:]
		}
		if dirOf[f["Component_"]] == "INSTALLDIR" {
			files[name] = f["File"]
		}
	}
	if files["alertguard.exe"] == "" {
		bad("alertguard.exe is not installed in INSTALLDIR")
	}

	// One registry value per browser, pointing at an installed manifest.
	root := map[string]string{"user": "1", "machine": "2"}[scope]
	if root == "" {
		return nil, fmt.Errorf("-scope is user or machine")
	}
	manifests := map[string]string{}
	if ok, err := extract(msi, manifests); err != nil {
		return nil, err
	} else if !ok {
		bad("msiextract found no manifests")
	}
	for _, b := range []string{"chrome", "chromium", "edge", "brave", "vivaldi", "firefox"} {
		want := nmKeys[b]
		var hits []map[string]string
		for _, r := range ts["Registry"].rows {
			if strings.EqualFold(r["Key"], want.key) {
				hits = append(hits, r)
			}
		}
		if len(hits) != 1 {
			bad("%s: %d registry values under %s, want 1", b, len(hits), want.key)
			continue
		}
		r := hits[0]
		if r["Root"] != root {
			bad("%s: registry root %s, want %s (%s)", b, r["Root"], root, scope)
		}
		if r["Name"] != "" {
			bad("%s: value %q, want the key's default value", b, r["Name"])
		}
		file, ok := strings.CutPrefix(r["Value"], "[INSTALLDIR]")
		if !ok || files[file] == "" {
			bad("%s: %s points at %q, not at a manifest installed in INSTALLDIR", b, want.key, r["Value"])
			continue
		}
		if err := checkManifest(manifests[file], want.family); err != nil {
			bad("%s: manifest %s: %v", b, file, err)
		}
	}

	// Apps & features.
	props := map[string]string{}
	for _, r := range ts["Property"].rows {
		props[r["Property"]] = r["Value"]
	}
	if props["ProductName"] != "AlertGuard" || props["Manufacturer"] == "" {
		bad("ProductName %q, Manufacturer %q", props["ProductName"], props["Manufacturer"])
	}
	if props["ARPSYSTEMCOMPONENT"] != "" {
		bad("ARPSYSTEMCOMPONENT hides the entry in Apps & features")
	}
	var actions []string
	for _, r := range ts["InstallExecuteSequence"].rows {
		actions = append(actions, r["Action"])
	}
	for _, a := range []string{"RegisterProduct", "PublishProduct", "WriteRegistryValues", "RemoveRegistryValues", "InstallFiles", "RemoveFiles"} {
		if !slices.Contains(actions, a) {
			bad("InstallExecuteSequence lacks %s", a)
		}
	}
	for _, r := range ts["Registry"].rows {
		if strings.Contains(strings.ToLower(r["Key"]), `\policies\`) || strings.Contains(r["Key"], "Forcelist") {
			bad("registry key %s: no policy or force-install from the installer", r["Key"])
		}
	}

	problems = append(problems, checkPurge(ts["CustomAction"], ts["InstallExecuteSequence"])...)

	if update {
		return problems, os.WriteFile(golden, []byte(dump.String()), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		return nil, err
	}
	if string(want) != dump.String() {
		got := filepath.Join(os.TempDir(), filepath.Base(golden)+".got")
		os.WriteFile(got, []byte(dump.String()), 0o644)
		bad("tables differ from %s (written: %s; diff them, and if the change is right: make dist-golden)", golden, got)
	}
	return problems, nil
}

// Custom action type bits (Windows Installer).
const (
	caExeFromFile    = 18   // run a file the package installs
	caContinue       = 64   // its exit code does not stop the uninstall
	caInScript       = 1024 // deferred: runs while files are removed
	caNoImpersonate  = 2048 // would run as SYSTEM, not as the person
	purgeCommand     = "uninstall --purge --data-only"
	purgeCondition   = `REMOVE="ALL" AND PURGE="1"`
	purgeProgramFile = "AlertGuardExe"
)

// checkPurge: the PURGE=1 action runs the installed program as the person,
// after InstallInitialize (deferred actions run only there) and before
// RemoveFiles (the program must still be there), only on a full removal
// with PURGE=1.
func checkPurge(ca, seq table) []string {
	var actions []map[string]string
	for _, r := range ca.rows {
		if r["Target"] == purgeCommand {
			actions = append(actions, r)
		}
	}
	if len(actions) != 1 {
		return []string{fmt.Sprintf("%d custom actions run %q, want 1 (PURGE=1)", len(actions), purgeCommand)}
	}
	a := actions[0]
	var problems []string
	typ, _ := strconv.Atoi(a["Type"])
	if typ&0x3f != caExeFromFile || a["Source"] != purgeProgramFile {
		problems = append(problems, fmt.Sprintf("%s: type %d source %q, want the installed %s", a["Action"], typ, a["Source"], purgeProgramFile))
	}
	if typ&caInScript == 0 || typ&caNoImpersonate != 0 || typ&caContinue == 0 {
		problems = append(problems, fmt.Sprintf("%s: type %d, want deferred, as the person, not stopping the uninstall", a["Action"], typ))
	}
	at := map[string]int{}
	cond := map[string]string{}
	for _, r := range seq.rows {
		at[r["Action"]], _ = strconv.Atoi(r["Sequence"])
		cond[r["Action"]] = r["Condition"]
	}
	n, ok := at[a["Action"]]
	if !ok || n <= at["InstallInitialize"] || n >= at["RemoveFiles"] {
		problems = append(problems, fmt.Sprintf("%s: sequence %d, want between InstallInitialize (%d) and RemoveFiles (%d)", a["Action"], n, at["InstallInitialize"], at["RemoveFiles"]))
	}
	if ok && cond[a["Action"]] != purgeCondition {
		problems = append(problems, fmt.Sprintf("%s: condition %q, want %q", a["Action"], cond[a["Action"]], purgeCondition))
	}
	return problems
}

var (
	reVersion = regexp.MustCompile(`(?m)^(ProductVersion)\t.*$`)
)

// normalise hides what changes with every build: file sizes (the program,
// the docs), the version and the product code (derived from the version).
func normalise(name, raw string) string {
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	switch name {
	case "File":
		lines := strings.Split(raw, "\n")
		for i, l := range lines {
			if f := strings.Split(l, "\t"); i >= 3 && len(f) > 3 {
				f[3] = "<size>"
				lines[i] = strings.Join(f, "\t")
			}
		}
		raw = strings.Join(lines, "\n")
	case "Property":
		raw = reVersion.ReplaceAllString(raw, "${1}\t<version>")
		raw = regexp.MustCompile(`(?m)^(ProductCode\t).*$`).ReplaceAllString(raw, "${1}<product code>")
	}
	return raw
}

// extract unpacks the package's files and keeps the manifests by name.
func extract(msi string, into map[string]string) (bool, error) {
	dir, err := os.MkdirTemp("", "msicheck-")
	if err != nil {
		return false, err
	}
	defer os.RemoveAll(dir)
	if out, err := exec.Command("msiextract", "-C", dir, msi).CombinedOutput(); err != nil {
		return false, fmt.Errorf("msiextract: %v: %s", err, out)
	}
	found := false
	err = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasPrefix(info.Name(), hostName+".") {
			b, rerr := os.ReadFile(p)
			if rerr != nil {
				return rerr
			}
			into[info.Name()] = string(b)
			found = true
		}
		return err
	})
	return found, err
}

func checkManifest(content, family string) error {
	var m struct {
		Name              string   `json:"name"`
		Path              string   `json:"path"`
		Type              string   `json:"type"`
		AllowedOrigins    []string `json:"allowed_origins"`
		AllowedExtensions []string `json:"allowed_extensions"`
	}
	if err := json.Unmarshal([]byte(content), &m); err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	if m.Name != hostName || m.Type != "stdio" {
		return fmt.Errorf("name %q type %q", m.Name, m.Type)
	}
	// Relative to the manifest's folder (allowed on Windows): the program beside it.
	if m.Path != "alertguard.exe" {
		return fmt.Errorf("path %q, want alertguard.exe beside the manifest", m.Path)
	}
	switch family {
	case "chromium":
		if !slices.Equal(m.AllowedOrigins, []string{"chrome-extension://" + chromiumID + "/"}) {
			return fmt.Errorf("allowed_origins %v", m.AllowedOrigins)
		}
	case "firefox":
		if !slices.Equal(m.AllowedExtensions, []string{firefoxID}) {
			return fmt.Errorf("allowed_extensions %v", m.AllowedExtensions)
		}
	}
	return nil
}
