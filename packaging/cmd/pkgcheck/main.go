// Command pkgcheck is make dist-test's own reading of the macOS .pkg,
// beside bsdtar and GNU cpio:
//
//	pkgcheck -root DIR -files files.txt AlertGuard-V.pkg
//
// It reads the archive with packaging/internal/flatpkg (the xar's SHA-1s,
// the Bom read back and held to the Payload entry by entry), prints the
// Bom as lsbom would, and checks the tree that bsdtar and cpio unpacked
// into DIR: exactly the files of files.txt, each native-messaging
// manifest runs the installed program for AlertGuard's extension only,
// each offer names the store, and the postinstall stays off the network.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/alertguard/alertguard/internal/install"
	"github.com/alertguard/alertguard/internal/install/callers"
	"github.com/alertguard/alertguard/packaging/internal/bom"
	"github.com/alertguard/alertguard/packaging/internal/flatpkg"
)

const macBinary = "/Library/Application Support/AlertGuard/alertguard"

func main() {
	root := flag.String("root", "", "the Payload as bsdtar and cpio unpacked it")
	files := flag.String("files", "", "files.txt from stage macos")
	flag.Parse()
	if flag.NArg() != 1 || *root == "" || *files == "" {
		fmt.Fprintln(os.Stderr, "usage: pkgcheck -root DIR -files files.txt PKG")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *root, *files); err != nil {
		fmt.Fprintln(os.Stderr, "pkgcheck:", err)
		os.Exit(1)
	}
}

func run(pkg, root, filesTxt string) error {
	data, err := os.ReadFile(pkg)
	if err != nil {
		return err
	}
	c, err := flatpkg.Inspect(data)
	if err != nil {
		return err
	}
	for _, e := range c.Bom {
		if e.Mode&bom.TypeMask == bom.TypeReg {
			fmt.Printf("%s\t%o\t%d/%d\t%d\t%d\n", e.Path, e.Mode, e.UID, e.GID, e.Size, e.Checksum)
		} else {
			fmt.Printf("%s\t%o\t%d/%d\n", e.Path, e.Mode, e.UID, e.GID)
		}
	}
	want, err := os.ReadFile(filesTxt)
	if err != nil {
		return err
	}
	var inBom []string
	for _, e := range c.Bom {
		if e.Mode&bom.TypeMask == bom.TypeReg {
			inBom = append(inBom, strings.TrimPrefix(e.Path, "."))
		}
	}
	slices.Sort(inBom)
	if got := strings.Join(inBom, "\n") + "\n"; got != string(want) {
		return fmt.Errorf("the Bom's files differ from files.txt:\n%s\nwant\n%s", got, want)
	}
	var unpacked []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			unpacked = append(unpacked, "/"+filepath.ToSlash(strings.TrimPrefix(p, filepath.Clean(root)+string(filepath.Separator))))
		}
		return err
	})
	if err != nil {
		return err
	}
	slices.Sort(unpacked)
	if got := strings.Join(unpacked, "\n") + "\n"; got != string(want) {
		return fmt.Errorf("cpio unpacked other files than files.txt:\n%s", got)
	}
	if err := checkManifests(root, unpacked); err != nil {
		return err
	}
	if err := checkOffers(root); err != nil {
		return err
	}
	if len(c.Scripts) != 2 || c.Scripts[1].Name != "./postinstall" {
		return fmt.Errorf("scripts: want only postinstall")
	}
	post := string(c.Scripts[1].Data)
	for _, bad := range []string{"curl", "http", "/Users", "$HOME", "launchctl"} {
		if strings.Contains(post, bad) {
			return fmt.Errorf("the postinstall mentions %q", bad)
		}
	}
	fmt.Fprintf(os.Stderr, "pkgcheck: %s: %d Bom paths equal the Payload; %d files as files.txt; manifests and offers right\n", pkg, len(c.Bom), len(unpacked))
	return nil
}

func checkManifests(root string, files []string) error {
	n := 0
	for _, f := range files {
		if !strings.HasSuffix(f, "/"+callers.HostName+".json") {
			continue
		}
		n++
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f)))
		if err != nil {
			return err
		}
		var m struct {
			Name              string   `json:"name"`
			Path              string   `json:"path"`
			Type              string   `json:"type"`
			AllowedOrigins    []string `json:"allowed_origins"`
			AllowedExtensions []string `json:"allowed_extensions"`
		}
		if err := json.Unmarshal(data, &m); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		ok := m.Name == callers.HostName && m.Path == macBinary && m.Type == "stdio"
		if strings.Contains(f, "/Mozilla/") {
			ok = ok && slices.Equal(m.AllowedExtensions, []string{callers.FirefoxID}) && m.AllowedOrigins == nil
		} else {
			ok = ok && slices.Equal(m.AllowedOrigins, []string{"chrome-extension://" + callers.ChromiumID + "/"}) && m.AllowedExtensions == nil
		}
		if !ok {
			return fmt.Errorf("%s: wrong manifest %+v", f, m)
		}
	}
	env := install.Env{GOOS: "darwin", System: true}
	want := map[string]bool{}
	for _, b := range install.Browsers {
		ts, err := env.Targets(b)
		if err != nil {
			return err
		}
		for _, t := range ts {
			want[t.ManifestDir] = true
		}
	}
	if n != len(want) || n == 0 {
		return fmt.Errorf("%d manifests, want one in each of %d folders", n, len(want))
	}
	return nil
}

func checkOffers(root string) error {
	offers, err := install.Offers("darwin")
	if err != nil {
		return err
	}
	for _, o := range offers {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(o.Path)))
		if err != nil {
			return fmt.Errorf("offer for %s: %w", o.Browser, err)
		}
		if err := install.CheckOffer(o, data); err != nil {
			return fmt.Errorf("%s: %w", o.Path, err)
		}
	}
	return nil
}
