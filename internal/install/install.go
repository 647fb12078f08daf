package install

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"text/template"

	"github.com/alertguard/alertguard/internal/install/callers"
)

// HostName is the native-messaging host's name.
const HostName = callers.HostName

// FS is the file-system access install needs.
type FS interface {
	MkdirAll(path string, perm fs.FileMode) error
	WriteFile(path string, data []byte, perm fs.FileMode) error
	ReadFile(path string) ([]byte, error)
	Remove(path string) error
	RemoveAll(path string) error
	ReadDirNames(path string) ([]string, error)
}

// Registry is the Windows registry access install needs. Keys are written
// with their root: `HKCU\Software\…`.
type Registry interface {
	SetDefault(key, value string) error
	GetDefault(key string) (string, error)
	DeleteKey(key string) error
}

// Action kinds.
const (
	CopyBinary    = "copy-binary"
	WriteManifest = "write-manifest"
	SetRegistry   = "set-registry"
	RemoveFile    = "remove-file"
	DeleteKey     = "delete-key"
	PurgeData     = "purge-data"
)

// Action is one step of a plan.
type Action struct {
	Kind    string
	Browser string
	Path    string // file written or removed
	Source  string // CopyBinary: the running binary
	Key     string // registry key
	Value   string // registry default value
	Content []byte // WriteManifest
	Keep    string // PurgeData: a child folder left in place (the program's)
}

func (a Action) String() string {
	switch a.Kind {
	case CopyBinary:
		return fmt.Sprintf("copy   %s -> %s", a.Source, a.Path)
	case WriteManifest:
		return fmt.Sprintf("write  %s (%s)", a.Path, a.Browser)
	case SetRegistry:
		return fmt.Sprintf("set    %s = %s (%s)", a.Key, a.Value, a.Browser)
	case RemoveFile:
		return fmt.Sprintf("remove %s", a.Path)
	case DeleteKey:
		return fmt.Sprintf("delete %s (%s)", a.Key, a.Browser)
	case PurgeData:
		if a.Keep != "" {
			return fmt.Sprintf("purge  %s except %s (the log of blocked pages and the settings)", a.Path, a.Keep)
		}
		return fmt.Sprintf("purge  %s (the log of blocked pages and the settings)", a.Path)
	}
	return a.Kind
}

// Options choose what to install.
type Options struct {
	Env         Env
	Browsers    []string // empty or "all": every browser
	UserDataDir string   // a custom Chromium profile: its NativeMessagingHosts only
	Source      string   // the binary to copy
	// Uninstall only: PurgeDir is the data folder to remove as well (the
	// log and settings); DataOnly removes just that and keeps the program
	// (the .msi's PURGE=1 runs it before removing its own files).
	PurgeDir string
	DataOnly bool
}

func (o Options) browsers() ([]string, error) {
	if len(o.Browsers) == 0 || (len(o.Browsers) == 1 && o.Browsers[0] == "all") {
		return Browsers, nil
	}
	for _, b := range o.Browsers {
		if !slices.Contains(Browsers, b) {
			return nil, fmt.Errorf("unknown browser %q (one of %s, or all)", b, strings.Join(Browsers, ", "))
		}
	}
	return o.Browsers, nil
}

// targets resolves the browser list to manifest locations, without
// duplicates (Brave shares Chrome's folder and key).
func (o Options) targets() ([]Target, error) {
	if o.UserDataDir != "" {
		return []Target{{Browser: "chromium", Family: "chromium", ManifestDir: o.Env.join(o.UserDataDir, "NativeMessagingHosts")}}, nil
	}
	bs, err := o.browsers()
	if err != nil {
		return nil, err
	}
	var out []Target
	seen := map[string]bool{}
	for _, b := range bs {
		ts, err := o.Env.Targets(b)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			k := t.ManifestDir + "|" + t.RegistryKey
			if !seen[k] {
				seen[k] = true
				out = append(out, t)
			}
		}
	}
	return out, nil
}

// BinaryPath is where the installed host lives.
func (o Options) BinaryPath() (string, error) {
	dir, err := o.Env.InstallDir()
	if err != nil {
		return "", err
	}
	p := o.Env.join(dir, o.Env.BinaryName())
	return p, o.Env.CheckPath(p)
}

// resolve returns the binary's place and the manifest targets.
func (o Options) resolve() (string, []Target, error) {
	bin, err := o.BinaryPath()
	if err != nil {
		return "", nil, err
	}
	ts, err := o.targets()
	return bin, ts, err
}

// ManifestPath is a target's manifest file.
func (o Options) ManifestPath(t Target) string {
	return o.Env.join(t.ManifestDir, HostName+".json")
}

// PlanInstall lists every step, in order. templates holds
// chromium.json.tmpl and firefox.json.tmpl.
func PlanInstall(o Options, templates fs.FS) ([]Action, error) {
	bin, ts, err := o.resolve()
	if err != nil {
		return nil, err
	}
	plan := []Action{{Kind: CopyBinary, Source: o.Source, Path: bin}}
	for _, t := range ts {
		content, err := Render(templates, t.Family, bin)
		if err != nil {
			return nil, err
		}
		mp := o.ManifestPath(t)
		plan = append(plan, Action{Kind: WriteManifest, Browser: t.Browser, Path: mp, Content: content})
		if t.RegistryKey != "" {
			plan = append(plan, Action{Kind: SetRegistry, Browser: t.Browser, Key: t.RegistryKey, Value: mp})
		}
	}
	return plan, nil
}

// PlanUninstall removes manifests, registry keys and the binary; the log
// and settings in the data folder stay unless PurgeDir names it.
func PlanUninstall(o Options) ([]Action, error) {
	purge, err := o.purge()
	if err != nil || o.DataOnly {
		return purge, err
	}
	bin, ts, err := o.resolve()
	if err != nil {
		return nil, err
	}
	var plan []Action
	for _, t := range ts {
		if t.RegistryKey != "" {
			plan = append(plan, Action{Kind: DeleteKey, Browser: t.Browser, Key: t.RegistryKey})
		}
		plan = append(plan, Action{Kind: RemoveFile, Browser: t.Browser, Path: o.ManifestPath(t)})
	}
	if o.UserDataDir == "" {
		plan = append(plan, Action{Kind: RemoveFile, Path: bin})
	}
	return append(plan, purge...), nil
}

// purge is the step that removes the data folder. Its name must be
// AlertGuard's, so a mistaken ALERTGUARD_DATA_DIR (a home folder, say)
// is never emptied. With DataOnly the program's folder inside it stays.
func (o Options) purge() ([]Action, error) {
	if o.PurgeDir == "" {
		if o.DataOnly {
			return nil, errors.New("nothing to remove: the data folder is unknown")
		}
		return nil, nil
	}
	if !strings.EqualFold(baseOf(o.PurgeDir), "alertguard") {
		return nil, fmt.Errorf("the data folder %s is not named alertguard; remove it yourself if it holds nothing else", o.PurgeDir)
	}
	a := Action{Kind: PurgeData, Path: o.PurgeDir}
	if dir, err := o.Env.InstallDir(); o.DataOnly && err == nil && dirOf(dir) == o.PurgeDir {
		a.Keep = baseOf(dir)
	}
	return []Action{a}, nil
}

func baseOf(p string) string {
	p = strings.TrimRight(p, `/\`)
	return p[strings.LastIndexAny(p, `/\`)+1:]
}

// Render fills a family's manifest template for the binary at bin.
func Render(templates fs.FS, family, bin string) ([]byte, error) {
	t, err := template.New(family+".json.tmpl").Funcs(template.FuncMap{
		"json": func(s string) (string, error) { b, err := json.Marshal(s); return string(b), err },
	}).ParseFS(templates, family+".json.tmpl")
	if err != nil {
		return nil, fmt.Errorf("reading %s manifest template: %w", family, err)
	}
	var buf bytes.Buffer
	data := struct {
		Name, Path              string
		ChromiumIDs, FirefoxIDs []string
	}{HostName, bin, []string{callers.ChromiumID}, []string{callers.FirefoxID}}
	if err := t.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("rendering %s manifest: %w", family, err)
	}
	if !json.Valid(buf.Bytes()) {
		return nil, fmt.Errorf("%s manifest template does not give valid JSON", family)
	}
	return buf.Bytes(), nil
}

// Apply carries out a plan. It is idempotent: files whose content is
// already right are not rewritten; missing files and keys on removal are fine.
func Apply(plan []Action, fsys FS, reg Registry) error {
	for _, a := range plan {
		if err := apply(a, fsys, reg); err != nil {
			return fmt.Errorf("%s: %w", a, err)
		}
	}
	return nil
}

func apply(a Action, fsys FS, reg Registry) error {
	switch a.Kind {
	case CopyBinary:
		data, err := fsys.ReadFile(a.Source)
		if err != nil {
			return fmt.Errorf("reading the running binary: %w", err)
		}
		return writeIfChanged(fsys, a.Path, data, 0o755)
	case WriteManifest:
		return writeIfChanged(fsys, a.Path, a.Content, 0o644)
	case SetRegistry:
		if reg == nil {
			return errors.New("no registry on this system")
		}
		if v, err := reg.GetDefault(a.Key); err == nil && v == a.Value {
			return nil
		}
		return reg.SetDefault(a.Key, a.Value)
	case RemoveFile:
		if err := fsys.Remove(a.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return nil
	case PurgeData:
		return purgeData(fsys, a)
	case DeleteKey:
		if reg == nil {
			return errors.New("no registry on this system")
		}
		if err := reg.DeleteKey(a.Key); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return nil
	}
	return fmt.Errorf("unknown action %q", a.Kind)
}

// purgeData removes the data folder, or all of it but a.Keep.
func purgeData(fsys FS, a Action) error {
	if a.Keep == "" {
		return fsys.RemoveAll(a.Path)
	}
	names, err := fsys.ReadDirNames(a.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, n := range names {
		if n != a.Keep {
			if err := fsys.RemoveAll(a.Path + sepOf(a.Path) + n); err != nil {
				return err
			}
		}
	}
	return nil
}

func sepOf(p string) string {
	if strings.Contains(p, `\`) && !strings.Contains(p, "/") {
		return `\`
	}
	return "/"
}

func writeIfChanged(fsys FS, p string, data []byte, perm fs.FileMode) error {
	if old, err := fsys.ReadFile(p); err == nil && bytes.Equal(old, data) {
		return nil
	}
	if err := fsys.MkdirAll(dirOf(p), 0o755); err != nil {
		return err
	}
	return fsys.WriteFile(p, data, perm)
}

func dirOf(p string) string {
	i := strings.LastIndexAny(p, `/\`)
	if i <= 0 {
		return "."
	}
	return p[:i]
}

// OSFS is the real file system.
type OSFS struct{}

// MkdirAll creates a folder and its parents.
func (OSFS) MkdirAll(p string, perm fs.FileMode) error { return os.MkdirAll(p, perm) }

// WriteFile writes through a temporary file and a rename, so a browser
// never reads half a manifest and a running host binary is not overwritten
// in place.
func (OSFS) WriteFile(p string, data []byte, perm fs.FileMode) error {
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, data, perm); err != nil {
		return err
	}
	if err := os.Chmod(tmp, perm); err != nil {
		return err
	}
	return os.Rename(tmp, p)
}

// ReadFile reads a file.
func (OSFS) ReadFile(p string) ([]byte, error) { return os.ReadFile(p) }

// Remove removes a file.
func (OSFS) Remove(p string) error { return os.Remove(p) }

// RemoveAll removes a folder and what it holds.
func (OSFS) RemoveAll(p string) error { return os.RemoveAll(p) }

// ReadDirNames lists a folder's entries.
func (OSFS) ReadDirNames(p string) ([]string, error) {
	es, err := os.ReadDir(p)
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names, err
}
