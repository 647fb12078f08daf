package main

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/alertguard/alertguard/internal/install"
	"github.com/alertguard/alertguard/internal/install/callers"
	manifesttemplates "github.com/alertguard/alertguard/manifest-templates"
	"github.com/alertguard/alertguard/packaging/internal/flatpkg"
)

// The macOS package's names and places.
const (
	MacPkgID     = "jp.alertguard.pkg"
	MacDir       = "/Library/Application Support/AlertGuard"
	MacBinary    = MacDir + "/alertguard"
	MacUninstall = MacDir + "/uninstall"
	// MacMinOS: Go 1.26 programs need macOS 12 Monterey.
	MacMinOS = "12.0"
)

// macFiles lays out what the .pkg installs: the universal program, the
// all-users native-messaging manifests of every browser (the folders of
// `alertguard install --system`), the offers that make each browser add
// the extension by itself, the policy templates and the uninstaller.
func macFiles(bin []byte, repo string) ([]flatpkg.File, error) {
	files := []flatpkg.File{{Path: MacBinary, Mode: 0o755, Data: bin}}
	manifests := map[string][]byte{}
	for _, fam := range []string{"chromium", "firefox"} {
		m, err := install.Render(manifesttemplates.FS, fam, MacBinary)
		if err != nil {
			return nil, err
		}
		manifests[fam] = m
	}
	env := install.Env{GOOS: "darwin", System: true}
	seen := map[string]bool{}
	for _, b := range install.Browsers {
		ts, err := env.Targets(b)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			p := path.Join(t.ManifestDir, callers.HostName+".json")
			if !seen[p] {
				seen[p] = true
				files = append(files, flatpkg.File{Path: p, Mode: 0o644, Data: manifests[t.Family]})
			}
		}
	}
	offers, err := install.Offers("darwin")
	if err != nil {
		return nil, err
	}
	for _, o := range offers {
		files = append(files, flatpkg.File{Path: o.Path, Mode: 0o644, Data: o.Content})
	}
	docs, err := docFiles(repo)
	if err != nil {
		return nil, err
	}
	for _, name := range sortedKeys(docs) {
		if !strings.HasPrefix(name, "policies/") {
			continue
		}
		data, err := os.ReadFile(docs[name])
		if err != nil {
			return nil, err
		}
		files = append(files, flatpkg.File{Path: MacDir + "/" + name, Mode: 0o644, Data: data})
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	paths = append(paths, MacUninstall)
	slices.Sort(paths)
	files = append(files, flatpkg.File{Path: MacUninstall, Mode: 0o755, Data: uninstallScript(paths)})
	return files, nil
}

// postinstall does only what a package must: it checks that the program
// runs on this Mac, so a broken install says so in Installer rather than
// leaving browsers with a host that cannot start. No network, nothing
// written, nothing per user.
const postinstall = `#!/bin/sh
# AlertGuard postinstall: check that the installed program runs here.
prog="` + MacBinary + `"
if ! "$prog" version; then
  echo "AlertGuard: $prog does not run on this Mac" >&2
  exit 1
fi
exit 0
`

// uninstallScript removes every file the package placed, the folders it
// made when they are left empty, and Installer's receipt. The person's
// own log and settings (~/Library/Application Support/AlertGuard) stay.
func uninstallScript(paths []string) []byte {
	var b bytes.Buffer
	b.WriteString(`#!/bin/sh
# Removes AlertGuard installed from AlertGuard-VERSION.pkg (docs/install.md):
#   sudo "` + MacUninstall + `"
# Each person's log and settings stay in ~/Library/Application Support/AlertGuard;
# to remove them too, first run as that person:
#   "` + MacBinary + `" uninstall --purge --data-only
set -u
if [ "$(id -u)" != 0 ]; then
  echo "Run it as administrator: sudo \"$0\"" >&2
  exit 1
fi
`)
	dirs := map[string]bool{}
	for _, p := range paths {
		fmt.Fprintf(&b, "rm -f %s\n", shellQuote(p))
		for d := path.Dir(p); d != "/" && d != "/Library" && d != "/Library/Application Support" && d != "/Library/Preferences"; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	var ds []string
	for d := range dirs {
		ds = append(ds, d)
	}
	// Deepest first, so a parent is tried after its children.
	slices.SortFunc(ds, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.Count(b, "/"), strings.Count(a, "/")), strings.Compare(a, b))
	})
	for _, d := range ds {
		fmt.Fprintf(&b, "rmdir %s 2>/dev/null\n", shellQuote(d))
	}
	fmt.Fprintf(&b, "pkgutil --forget %s >/dev/null 2>&1\necho \"AlertGuard is removed. Restart the browsers.\"\n", MacPkgID)
	return b.Bytes()
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func macos(args []string) error {
	fl := flag.NewFlagSet("stage macos", flag.ExitOnError)
	bin := fl.String("bin", "", "the universal (x86_64 + arm64) program")
	version := fl.String("version", "", "package version")
	out := fl.String("out", "", "staging folder: files.txt, the scripts")
	pkg := fl.String("pkg", "", "the .pkg to write")
	repo := fl.String("repo", ".", "repository root")
	fl.Parse(args)
	if *bin == "" || *version == "" || *out == "" || *pkg == "" {
		return fmt.Errorf("-bin, -version, -out and -pkg are needed")
	}
	data, err := os.ReadFile(*bin)
	if err != nil {
		return err
	}
	files, err := macFiles(data, *repo)
	if err != nil {
		return err
	}
	// The last page Installer shows: restart the browsers, they add the extension.
	conclusion := map[string][]byte{}
	for _, lang := range []string{"en", "ja"} {
		if conclusion[lang], err = os.ReadFile(filepath.Join(*repo, "packaging", "macos", "conclusion."+lang+".html")); err != nil {
			return err
		}
	}
	p := flatpkg.Package{Identifier: MacPkgID, Version: *version, Title: "AlertGuard", MinOS: MacMinOS, Files: files,
		Scripts: map[string][]byte{"postinstall": []byte(postinstall)}, Conclusion: conclusion, MTime: epoch()}
	var b bytes.Buffer
	if err := p.Build(&b); err != nil {
		return err
	}
	var list []string
	for _, f := range files {
		list = append(list, f.Path)
	}
	slices.Sort(list)
	if err := put(filepath.Join(*out, "files.txt"), []byte(strings.Join(list, "\n")+"\n")); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(*pkg), 0o755); err != nil {
		return err
	}
	return os.WriteFile(*pkg, b.Bytes(), 0o644)
}
