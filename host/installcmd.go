package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/alertguard/alertguard/internal/install"
	manifesttemplates "github.com/alertguard/alertguard/manifest-templates"
)

// installFlags are shared by install, uninstall and doctor.
type installFlags struct {
	browser, userDataDir string
	system, print, dry   bool
	purge, dataOnly      bool // uninstall only
}

func parseInstallFlags(name string, args []string, e env, withWrite bool) (*installFlags, bool, int) {
	usage := name + " [--browser NAME|all] [--system] [--user-data-dir DIR] [--print] [--dry-run]"
	if name == "uninstall" {
		usage += " [--purge [--data-only]]"
	}
	fs := newFlags(name, usage, e)
	f := &installFlags{}
	fs.StringVar(&f.browser, "browser", "all", "`NAME`: chrome, chromium, edge, brave, vivaldi, firefox, or all")
	fs.BoolVar(&f.system, "system", false, "machine-wide (needs administrator rights) instead of for this user")
	fs.StringVar(&f.userDataDir, "user-data-dir", "", "a custom Chromium profile `DIR`: register in DIR/NativeMessagingHosts only")
	if withWrite {
		fs.BoolVar(&f.print, "print", false, "show what would be written where, with the manifests, and write nothing")
		fs.BoolVar(&f.dry, "dry-run", false, "list the steps and write nothing")
	}
	if name == "uninstall" {
		fs.BoolVar(&f.purge, "purge", false, "also remove this user's data folder: the log of blocked pages and the settings")
		fs.BoolVar(&f.dataOnly, "data-only", false, "with --purge: remove only the data folder and keep the program (the .msi's PURGE=1 uses it)")
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
		Env: install.Env{GOOS: runtime.GOOS, System: f.system, Home: home, LocalAppData: e.getenv("LOCALAPPDATA"), ProgramFiles: e.getenv("ProgramFiles"),
			ProgramFilesX86: e.getenv("ProgramFiles(x86)"), PathDirs: filepath.SplitList(e.getenv("PATH"))},
		Browsers:    strings.Split(f.browser, ","),
		UserDataDir: f.userDataDir,
	}
	if e.executable != nil {
		o.Source, _ = e.executable()
	}
	return o
}

func runInstall(args []string, e env) int {
	return runPlan("install", args, e, install.OSFS{}, install.SystemRegistry())
}
func runUninstall(args []string, e env) int {
	return runPlan("uninstall", args, e, install.OSFS{}, install.SystemRegistry())
}

// runPlan installs or uninstalls through fsys and reg (fakes in tests).
func runPlan(name string, args []string, e env, fsys install.FS, reg install.Registry) int {
	f, done, code := parseInstallFlags(name, args, e, true)
	if done {
		return code
	}
	if f.dataOnly && !f.purge {
		fmt.Fprintf(e.stderr, "alertguard %s: --data-only goes with --purge\n", name)
		return 2
	}
	o := f.options(e)
	data, dataErr := dataDir(e)
	var plan []install.Action
	var err error
	if name == "install" {
		plan, err = install.PlanInstall(o, manifesttemplates.FS)
	} else {
		if f.purge {
			if dataErr != nil {
				fmt.Fprintf(e.stderr, "alertguard %s --purge: the data folder: %v\n", name, dataErr)
				return 1
			}
			o.PurgeDir, o.DataOnly = data, f.dataOnly
		}
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
	if err := install.Apply(plan, fsys, reg); err != nil {
		fmt.Fprintf(e.stderr, "alertguard %s: %v\n", name, err)
		if errors.Is(err, os.ErrPermission) {
			fmt.Fprintln(e.stderr, "Fix: run it again as administrator (sudo), or without --system.")
		}
		return 1
	}
	switch {
	case name == "install":
		fmt.Fprintln(e.stdout, "Done. Restart the browser, then check with: alertguard doctor")
	case f.purge && f.dataOnly:
		fmt.Fprintf(e.stdout, "Done. Removed the log of blocked pages and the settings from %s; the program stays.\n", data)
	case f.purge:
		fmt.Fprintf(e.stdout, "Done. Removed %s: the log of blocked pages and the settings.\n", data)
	case dataErr == nil:
		fmt.Fprintf(e.stdout, "Done. The log of blocked pages and the settings stay in %s; to remove them too: alertguard uninstall --purge\n", data)
	default:
		fmt.Fprintln(e.stdout, "Done. The log of blocked pages and the settings were kept.")
	}
	return 0
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
