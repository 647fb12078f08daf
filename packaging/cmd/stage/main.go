// Command stage lays out what a release package holds, from the same code
// and templates `alertguard install` uses (internal/install,
// manifest-templates), so a package can never name other folders, ids or
// host name than the program itself:
//
//	stage linux   -bin FILE -version V -arch ARCH -out DIR   # DIR/nfpm.yaml, DIR/files.txt, manifests, offers
//	stage windows -exe FILE -version V -arch ARCH -scope user|machine -out DIR   # DIR/alertguard.wxs, manifests
//	stage macos   -bin UNIVERSAL -version V -out DIR -pkg FILE.pkg   # the flat .pkg, DIR/files.txt
//
// files.txt lists every path the Linux package installs (make dist-test
// compares it with dpkg -L and rpm -qlp).
package main

import (
	"crypto/sha1"
	"flag"
	"fmt"

	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/alertguard/alertguard/internal/install"
	"github.com/alertguard/alertguard/internal/install/callers"
	manifesttemplates "github.com/alertguard/alertguard/manifest-templates"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: stage linux|windows|macos [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "linux":
		err = linux(os.Args[2:])
	case "windows":
		err = windows(os.Args[2:])
	case "macos":
		err = macos(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "stage:", err)
		os.Exit(1)
	}
}

// LinuxBinary is where the packages put the program.
const LinuxBinary = "/usr/bin/alertguard"

// extraLinuxDirs are system folders that `alertguard install --system` does
// not write but a package should: 64-bit Fedora/openSUSE Firefox builds
// read /usr/lib64/mozilla.
var extraLinuxDirs = []install.Target{{Browser: "firefox", Family: "firefox", ManifestDir: "/usr/lib64/mozilla/native-messaging-hosts"}}

// LinuxManifestTargets lists every system-wide manifest folder, browser by
// browser, without duplicates.
func LinuxManifestTargets() ([]install.Target, error) {
	env := install.Env{GOOS: "linux", System: true}
	var out []install.Target
	seen := map[string]bool{}
	for _, b := range install.Browsers {
		ts, err := env.Targets(b)
		if err != nil {
			return nil, err
		}
		for _, t := range append(ts, extraFor(b)...) {
			if !seen[t.ManifestDir] {
				seen[t.ManifestDir] = true
				out = append(out, t)
			}
		}
	}
	return out, nil
}

func extraFor(b string) []install.Target {
	var out []install.Target
	for _, t := range extraLinuxDirs {
		if t.Browser == b {
			out = append(out, t)
		}
	}
	return out
}

// docs are shipped with every package: the install guide and the
// managed-PC policy templates.
func docFiles(repo string) (map[string]string, error) {
	out := map[string]string{"install.md": filepath.Join(repo, "docs", "install.md")}
	pol, err := filepath.Glob(filepath.Join(repo, "manifest-templates", "policies", "*"))
	if err != nil || len(pol) == 0 {
		return nil, fmt.Errorf("no policy templates in manifest-templates/policies (%v)", err)
	}
	for _, p := range pol {
		out["policies/"+filepath.Base(p)] = p
	}
	return out, nil
}

func epoch() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Unix(0, 0).UTC()
}

// put writes a staged file with the release's fixed time.
func put(p string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return err
	}
	return os.Chtimes(p, epoch(), epoch())
}

func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return put(dst, data)
}

func linux(args []string) error {
	fl := flag.NewFlagSet("stage linux", flag.ExitOnError)
	bin := fl.String("bin", "", "the linux binary")
	version := fl.String("version", "", "package version")
	arch := fl.String("arch", "amd64", "GOARCH")
	out := fl.String("out", "", "staging folder")
	repo := fl.String("repo", ".", "repository root")
	fl.Parse(args)
	if *bin == "" || *version == "" || *out == "" {
		return fmt.Errorf("-bin, -version and -out are needed")
	}
	absBin, err := filepath.Abs(*bin)
	if err != nil {
		return err
	}
	outDir, err := filepath.Abs(*out)
	if err != nil {
		return err
	}
	targets, err := LinuxManifestTargets()
	if err != nil {
		return err
	}
	type content struct{ Src, Dst, Mode string }
	contents := []content{{absBin, LinuxBinary, "0755"}}
	for _, fam := range []string{"chromium", "firefox"} {
		m, err := install.Render(manifesttemplates.FS, fam, LinuxBinary)
		if err != nil {
			return err
		}
		if err := put(filepath.Join(outDir, "manifests", fam+".json"), m); err != nil {
			return err
		}
	}
	for _, t := range targets {
		contents = append(contents, content{filepath.Join(outDir, "manifests", t.Family+".json"), path.Join(t.ManifestDir, callers.HostName+".json"), "0644"})
	}
	offers, err := install.Offers("linux")
	if err != nil {
		return err
	}
	for _, o := range offers {
		staged := filepath.Join(outDir, "offers", filepath.FromSlash(o.Path))
		if err := put(staged, o.Content); err != nil {
			return err
		}
		contents = append(contents, content{staged, o.Path, "0644"})
	}
	docs, err := docFiles(*repo)
	if err != nil {
		return err
	}
	for _, name := range sortedKeys(docs) {
		staged := filepath.Join(outDir, "doc", filepath.FromSlash(name))
		if err := copyFile(docs[name], staged); err != nil {
			return err
		}
		contents = append(contents, content{staged, "/usr/share/doc/alertguard/" + name, "0644"})
	}
	var y strings.Builder
	fmt.Fprintf(&y, `# Generated by packaging/cmd/stage; do not edit.
name: alertguard
arch: %s
platform: linux
version: %s
version_schema: none
section: utils
priority: optional
maintainer: AlertGuard <support@alertguard.app>
vendor: AlertGuard
homepage: https://alertguard.app/
license: see /usr/share/doc/alertguard
description: |-
  Stops fake security warnings and support scams in the browser.
  The helper program of the AlertGuard browser extension, registered with
  Chrome, Chromium, Edge, Brave, Vivaldi and Firefox for every user of
  this computer (system-wide native-messaging manifests). The browsers
  then offer the extension by themselves (Chromium-family external-extension
  files; Firefox's policies.json installs it from addons.mozilla.org).
  No maintainer scripts: the package only places files, and removing it
  removes them.
mtime: %s
contents:
`, *arch, *version, epoch().Format(time.RFC3339))
	var files []string
	for _, c := range contents {
		fmt.Fprintf(&y, "  - src: %q\n    dst: %q\n    file_info:\n      mode: %s\n      mtime: %s\n", c.Src, c.Dst, c.Mode, epoch().Format(time.RFC3339))
		files = append(files, c.Dst)
	}
	slices.Sort(files)
	if err := put(filepath.Join(outDir, "nfpm.yaml"), []byte(y.String())); err != nil {
		return err
	}
	return put(filepath.Join(outDir, "files.txt"), []byte(strings.Join(files, "\n")+"\n"))
}

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// guid is a stable GUID for a name (a name-based UUID from SHA-1), so the
// same release always gets the same product and component codes.
func guid(name string) string {
	h := sha1.Sum([]byte("alertguard-msi:" + name))
	h[6] = (h[6] & 0x0f) | 0x50
	h[8] = (h[8] & 0x3f) | 0x80
	return strings.ToUpper(fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16]))
}

// Windows registrations: one native-messaging key per browser (Brave and
// Vivaldi also read Chrome's, which is written anyway), and the
// external-extension entries that make Chrome, Edge, Brave and Vivaldi
// offer the extension from their store on the next start (the person
// turns it on; nothing is force-installed).
type regKey struct{ ID, Browser, Key, Family string }

var nmKeys = []regKey{
	{"NMChrome", "chrome", `Software\Google\Chrome\NativeMessagingHosts\` + callers.HostName, "chromium"},
	{"NMChromium", "chromium", `Software\Chromium\NativeMessagingHosts\` + callers.HostName, "chromium"},
	{"NMEdge", "edge", `Software\Microsoft\Edge\NativeMessagingHosts\` + callers.HostName, "chromium"},
	{"NMBrave", "brave", `Software\BraveSoftware\Brave-Browser\NativeMessagingHosts\` + callers.HostName, "chromium"},
	{"NMVivaldi", "vivaldi", `Software\Vivaldi\NativeMessagingHosts\` + callers.HostName, "chromium"},
	{"NMFirefox", "firefox", `Software\Mozilla\NativeMessagingHosts\` + callers.HostName, "firefox"},
}

const (
	chromeStore = "https://clients2.google.com/service/update2/crx"
	edgeStore   = "https://edge.microsoft.com/extensionwebstorebase/v1/crx"
)

type extOffer struct{ ID, Browser, Key, UpdateURL string }

var extOffers = []extOffer{
	{"ExtChrome", "chrome", `Software\Google\Chrome\Extensions\` + callers.ChromiumID, chromeStore},
	{"ExtEdge", "edge", `Software\Microsoft\Edge\Extensions\` + callers.ChromiumID, edgeStore},
	{"ExtBrave", "brave", `Software\BraveSoftware\Brave-Browser\Extensions\` + callers.ChromiumID, chromeStore},
	{"ExtVivaldi", "vivaldi", `Software\Vivaldi\Extensions\` + callers.ChromiumID, chromeStore},
}

// manifestFile is the manifest's name beside the program: on Windows the
// manifest's "path" may be relative to the manifest's folder, so the
// manifests can be plain files of the package.
func manifestFile(family string) string { return callers.HostName + "." + family + ".json" }

type wxsFile struct{ ID, Name, Source string }

type wxsData struct {
	Version, MSIVersion, MSINext, ProductCode, UpgradeCode, Arch, Scope, Root string
	PerUser                                                                   bool
	Exe                                                                       string
	Manifests, Docs                                                           []wxsFile
	NM                                                                        []regKey
	Ext                                                                       []extOffer
	G                                                                         func(string) string
	ChromiumID, FirefoxID, HostName                                           string
}

func windows(args []string) error {
	fl := flag.NewFlagSet("stage windows", flag.ExitOnError)
	exe := fl.String("exe", "", "the windows binary")
	version := fl.String("version", "", "release version")
	arch := fl.String("arch", "amd64", "GOARCH")
	scope := fl.String("scope", "user", "user (per-user, no administrator) or machine")
	out := fl.String("out", "", "staging folder")
	repo := fl.String("repo", ".", "repository root")
	fl.Parse(args)
	if *exe == "" || *version == "" || *out == "" {
		return fmt.Errorf("-exe, -version and -out are needed")
	}
	if *scope != "user" && *scope != "machine" {
		return fmt.Errorf("-scope is user or machine")
	}
	outDir, err := filepath.Abs(*out)
	if err != nil {
		return err
	}
	absExe, err := filepath.Abs(*exe)
	if err != nil {
		return err
	}
	if err := copyFile(absExe, filepath.Join(outDir, "alertguard.exe")); err != nil {
		return err
	}
	d := wxsData{
		Version: *version, MSIVersion: msiVersion(*version), MSINext: msiNext(*version), Arch: *arch, Scope: *scope, PerUser: *scope == "user",
		Root: "HKCU", Exe: "alertguard.exe", NM: nmKeys, Ext: extOffers, ChromiumID: callers.ChromiumID, FirefoxID: callers.FirefoxID, HostName: callers.HostName,
		// The product code changes with every version (a major upgrade
		// replaces the old one); the upgrade code stays per scope and arch.
		ProductCode: guid("product:" + *scope + ":" + *arch + ":" + *version),
		UpgradeCode: guid("upgrade:" + *scope + ":" + *arch),
	}
	d.G = func(id string) string { return guid("component:" + *scope + ":" + *arch + ":" + id) }
	if !d.PerUser {
		d.Root = "HKLM"
	}
	for i, fam := range []string{"chromium", "firefox"} {
		m, err := install.Render(manifesttemplates.FS, fam, "alertguard.exe")
		if err != nil {
			return err
		}
		p := filepath.Join(outDir, manifestFile(fam))
		if err := put(p, m); err != nil {
			return err
		}
		d.Manifests = append(d.Manifests, wxsFile{ID: []string{"ManifestChromium", "ManifestFirefox"}[i], Name: manifestFile(fam), Source: filepath.Base(p)})
	}
	docs, err := docFiles(*repo)
	if err != nil {
		return err
	}
	for i, name := range sortedKeys(docs) {
		if !strings.HasPrefix(name, "policies/") {
			continue
		}
		if err := copyFile(docs[name], filepath.Join(outDir, filepath.FromSlash(name))); err != nil {
			return err
		}
		d.Docs = append(d.Docs, wxsFile{ID: fmt.Sprintf("Policy%d", i), Name: path.Base(name), Source: name})
	}
	var b strings.Builder
	t := template.Must(template.New("wxs").Parse(wxsTemplate))
	if err := t.Execute(&b, d); err != nil {
		return err
	}
	return put(filepath.Join(outDir, "alertguard.wxs"), []byte(b.String()))
}

// msiNext is the next X.Y.Z after the version's: 0.1.0+12.gabc → 0.1.1.
func msiNext(v string) string {
	p := strings.Split(msiVersion(v), ".")
	z, _ := strconv.Atoi(p[2])
	return p[0] + "." + p[1] + "." + strconv.Itoa(z+1)
}

// msiVersion keeps the numeric part MSI understands: 0.1.0+12.gabc → 0.1.0.12.
func msiVersion(v string) string {
	base, meta, _ := strings.Cut(v, "+")
	parts := strings.Split(base, ".")
	for len(parts) < 3 {
		parts = append(parts, "0")
	}
	n := "0"
	if meta != "" {
		n, _, _ = strings.Cut(meta, ".")
		if _, err := strconv.Atoi(n); err != nil {
			n = "0"
		}
	}
	return strings.Join(append(parts[:3], n), ".")
}

// wxsTemplate is the WiX source for wixl (msitools). Per-user by default:
// the program under %LOCALAPPDATA%\AlertGuard\bin and HKCU keys, no
// administrator needed; -scope machine: %ProgramFiles%\AlertGuard and HKLM.
// The data folder (%LOCALAPPDATA%\AlertGuard: the log and the settings) is
// never a file of the package, so uninstalling keeps it, unless the person
// asks: msiexec /x PACKAGE PURGE=1 runs the installed program's
// "uninstall --purge --data-only" as that person, before the program's own
// files go. The sequence number is explicit: this wixl puts Before= and
// After= actions at 1 or past the end, where a deferred action cannot run.
const wxsTemplate = `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by packaging/cmd/stage; do not edit. AlertGuard {{.Version}}, {{.Arch}}, {{.Scope}}. -->
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="{{.ProductCode}}" Name="AlertGuard" Language="1033" Version="{{.MSIVersion}}" Manufacturer="AlertGuard" UpgradeCode="{{.UpgradeCode}}">
    <Package Description="AlertGuard {{.Version}}" Comments="Stops fake security warnings and support scams in the browser." Manufacturer="AlertGuard" InstallerVersion="500" Compressed="yes" InstallScope="{{if .PerUser}}perUser{{else}}perMachine{{end}}"/>
    <!-- A major upgrade that also replaces the same X.Y.Z (builds between
         tags differ only in the fourth field, which Windows Installer does
         not compare, and this wixl ignores IncludeMaximum): everything
         below X.Y.(Z+1) is replaced; a newer version refuses the install. -->
    <Upgrade Id="{{.UpgradeCode}}">
      <UpgradeVersion Minimum="{{.MSIVersion}}" IncludeMinimum="no" OnlyDetect="yes" Property="NEWERVERSIONDETECTED"/>
      <UpgradeVersion Minimum="0.0.0" Maximum="{{.MSINext}}" IncludeMinimum="yes" IncludeMaximum="no" Property="OLDERVERSIONBEINGUPGRADED"/>
    </Upgrade>
    <Condition Message="A newer version of AlertGuard is already installed.">NOT NEWERVERSIONDETECTED</Condition>
    <CustomAction Id="PurgeData" FileKey="AlertGuardExe" ExeCommand="uninstall --purge --data-only" Execute="deferred" Impersonate="yes" Return="ignore"/>
    <InstallExecuteSequence>
      <RemoveExistingProducts After="InstallValidate"/>
      <Custom Action="PurgeData" Sequence="3400">REMOVE="ALL" AND PURGE="1"</Custom>
    </InstallExecuteSequence>
    <MediaTemplate EmbedCab="yes"/>
    <Property Id="ARPNOMODIFY" Value="1"/>
    <Property Id="ARPCOMMENTS" Value="Stops fake security warnings and support scams in the browser. Uninstalling keeps the log and settings in %LOCALAPPDATA%\AlertGuard unless PURGE=1 is given (msiexec /x)."/>
    <Property Id="ARPURLINFOABOUT" Value="https://alertguard.app/"/>
    <Property Id="ARPHELPLINK" Value="https://alertguard.app/help"/>
    <Directory Id="TARGETDIR" Name="SourceDir">
{{- if .PerUser}}
      <Directory Id="LocalAppDataFolder">
        <Directory Id="AGROOT" Name="AlertGuard">
          <Directory Id="INSTALLDIR" Name="bin">
            <Directory Id="DOCSDIR" Name="policies"/>
          </Directory>
        </Directory>
      </Directory>
{{- else}}
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" Name="AlertGuard">
          <Directory Id="DOCSDIR" Name="policies"/>
        </Directory>
      </Directory>
{{- end}}
    </Directory>

    <DirectoryRef Id="INSTALLDIR">
      <Component Id="Program" Guid="{{call .G "Program"}}"{{if not $.PerUser}} Win64="yes"{{end}}>
        <File Id="AlertGuardExe" Name="alertguard.exe" Source="{{.Exe}}"{{if .PerUser}} KeyPath="no"{{end}}/>
{{- if .PerUser}}
        <RegistryValue Root="HKCU" Key="Software\AlertGuard" Name="InstallDir" Type="string" Value="[INSTALLDIR]" KeyPath="yes"/>
        <RemoveFolder Id="RemoveInstallDir" On="uninstall"/>
{{- end}}
      </Component>
{{- range .Manifests}}
      <Component Id="{{.ID}}" Guid="{{call $.G .ID}}"{{if not $.PerUser}} Win64="yes"{{end}}>
        <File Id="{{.ID}}File" Name="{{.Name}}" Source="{{.Source}}"{{if $.PerUser}} KeyPath="no"{{end}}/>
{{- if $.PerUser}}
        <RegistryValue Root="HKCU" Key="Software\AlertGuard\Components" Name="{{.ID}}" Type="integer" Value="1" KeyPath="yes"/>
{{- end}}
      </Component>
{{- end}}
{{- range .NM}}
      <Component Id="{{.ID}}" Guid="{{call $.G .ID}}"{{if not $.PerUser}} Win64="yes"{{end}}>
        <RegistryValue Root="{{$.Root}}" Key="{{.Key}}" Type="string" Value="[INSTALLDIR]{{$.HostName}}.{{.Family}}.json" KeyPath="yes"/>
      </Component>
{{- end}}
{{- range .Ext}}
      <!-- Chrome documents these keys under WOW6432Node on 64-bit Windows: a 32-bit component. -->
      <Component Id="{{.ID}}" Guid="{{call $.G .ID}}"{{if not $.PerUser}} Win64="no"{{end}}>
        <RegistryValue Root="{{$.Root}}" Key="{{.Key}}" Name="update_url" Type="string" Value="{{.UpdateURL}}" KeyPath="yes"/>
      </Component>
{{- end}}
    </DirectoryRef>

{{- if .PerUser}}
    <DirectoryRef Id="AGROOT">
      <!-- Removed on uninstall only when empty: the log and settings stay. -->
      <Component Id="DataRoot" Guid="{{call .G "DataRoot"}}">
        <RegistryValue Root="HKCU" Key="Software\AlertGuard\Components" Name="DataRoot" Type="integer" Value="1" KeyPath="yes"/>
        <RemoveFolder Id="RemoveDataRoot" On="uninstall"/>
      </Component>
    </DirectoryRef>
{{- end}}

    <DirectoryRef Id="DOCSDIR">
      <Component Id="Policies" Guid="{{call .G "Policies"}}"{{if not $.PerUser}} Win64="yes"{{end}}>
{{- range .Docs}}
        <File Id="{{.ID}}" Name="{{.Name}}" Source="{{.Source}}" KeyPath="no"/>
{{- end}}
{{- if .PerUser}}
        <RegistryValue Root="HKCU" Key="Software\AlertGuard\Components" Name="Policies" Type="integer" Value="1" KeyPath="yes"/>
        <RemoveFolder Id="RemoveDocsDir" On="uninstall"/>
{{- else}}
        <RegistryValue Root="HKLM" Key="Software\AlertGuard\Components" Name="Policies" Type="integer" Value="1" KeyPath="yes"/>
{{- end}}
      </Component>
    </DirectoryRef>

    <Feature Id="AlertGuard" Title="AlertGuard" Level="1">
      <ComponentRef Id="Program"/>
{{- range .Manifests}}
      <ComponentRef Id="{{.ID}}"/>
{{- end}}
{{- range .NM}}
      <ComponentRef Id="{{.ID}}"/>
{{- end}}
{{- range .Ext}}
      <ComponentRef Id="{{.ID}}"/>
{{- end}}
      <ComponentRef Id="Policies"/>
{{- if .PerUser}}
      <ComponentRef Id="DataRoot"/>
{{- end}}
    </Feature>
  </Product>
</Wix>
`
