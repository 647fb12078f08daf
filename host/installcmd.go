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
