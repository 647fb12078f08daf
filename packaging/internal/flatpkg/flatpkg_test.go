package flatpkg

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/packaging/internal/cpio"
	"github.com/alertguard/alertguard/packaging/internal/xar"
)

var sample = Package{
	Identifier: "jp.example.pkg",
	Version:    "1.2.3+4.gabc",
	Title:      "Example App",
	MinOS:      "12.0",
	MTime:      time.Unix(1700000000, 0),
	Files: []File{
		{Path: "/Library/Application Support/Example/prog", Mode: 0o755, Data: []byte("#!/bin/sh\necho hi\n")},
		{Path: "/Library/Google/Chrome/NativeMessagingHosts/x.json", Mode: 0o644, Data: []byte(`{"a":1}`)},
	},
	Scripts:    map[string][]byte{"postinstall": []byte("#!/bin/sh\nexit 0\n")},
	Conclusion: map[string][]byte{"en": []byte("<p>Done.</p>"), "ja": []byte("<p>完了</p>")},
}

func build(t testing.TB, p Package) []byte {
	var b bytes.Buffer
	if err := p.Build(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestBuildInspect(t *testing.T) {
	data := build(t, sample)
	if !bytes.Equal(data, build(t, sample)) {
		t.Fatal("two builds differ: not reproducible")
	}
	c, err := Inspect(data)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range c.Payload {
		names = append(names, e.Name)
	}
	want := ". ./Library ./Library/Application Support ./Library/Application Support/Example ./Library/Application Support/Example/prog ./Library/Google ./Library/Google/Chrome ./Library/Google/Chrome/NativeMessagingHosts ./Library/Google/Chrome/NativeMessagingHosts/x.json"
	if strings.Join(names, " ") != want {
		t.Fatalf("payload %q\nwant %q", strings.Join(names, " "), want)
	}
	for _, e := range c.Payload {
		if e.Name == "./Library/Application Support" && e.GID != 80 {
			t.Errorf("Application Support is not root:admin as on a Mac: gid %d", e.GID)
		}
	}
	if len(c.Scripts) != 2 || c.Scripts[1].Name != "./postinstall" || c.Scripts[1].Mode != 0o100755 {
		t.Fatalf("scripts %+v", c.Scripts)
	}
	for _, s := range []string{`identifier="jp.example.pkg"`, `version="1.2.3+4.gabc"`, `install-location="/"`, `numberOfFiles="9"`, `<postinstall file="./postinstall"/>`} {
		if !bytes.Contains(c.PackageInfo, []byte(s)) {
			t.Errorf("PackageInfo lacks %s:\n%s", s, c.PackageInfo)
		}
	}
	if string(c.Resources["ja.lproj/conclusion.html"]) != "<p>完了</p>" || string(c.Resources["en.lproj/conclusion.html"]) != "<p>Done.</p>" || len(c.Resources) != 2 {
		t.Errorf("resources %q", c.Resources)
	}
	for _, s := range []string{`<conclusion file="conclusion.html" mime-type="text/html"/>`, `<title>Example App</title>`, `hostArchitectures="x86_64,arm64"`, `<os-version min="12.0"/>`, `>#exampleapp.pkg</pkg-ref>`, `enable_localSystem="true"`} {
		if !bytes.Contains(c.Distribution, []byte(s)) {
			t.Errorf("Distribution lacks %s:\n%s", s, c.Distribution)
		}
	}
}

// bsdtar (libarchive) unpacks the xar, and GNU cpio the Payload inside it.
func TestIndependentReaders(t *testing.T) {
	for _, tool := range []string{"bsdtar", "cpio", "gzip"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install libarchive-tools cpio)", tool)
		}
	}
	dir := t.TempDir()
	pkg := filepath.Join(dir, "x.pkg")
	if err := os.WriteFile(pkg, build(t, sample), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(name string, args ...string) string {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		return string(out)
	}
	run("bsdtar", "-xf", pkg)
	if err := os.MkdirAll(filepath.Join(dir, "root"), 0o755); err != nil {
		t.Fatal(err)
	}
	run("sh", "-c", "cd root && gzip -dc ../exampleapp.pkg/Payload | cpio -idm --quiet")
	got, err := os.ReadFile(filepath.Join(dir, "root/Library/Application Support/Example/prog"))
	if err != nil || string(got) != "#!/bin/sh\necho hi\n" {
		t.Fatalf("prog: %q %v", got, err)
	}
	if st, _ := os.Stat(filepath.Join(dir, "root/Library/Application Support/Example/prog")); st.Mode().Perm() != 0o755 {
		t.Fatalf("prog mode %v", st.Mode())
	}
}

func TestBuildRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(p *Package)
	}{
		{"relative path", func(p *Package) { p.Files = []File{{Path: "Library/x", Mode: 0o644}} }},
		{"unclean path", func(p *Package) { p.Files = []File{{Path: "/Library/../x", Mode: 0o644}} }},
		{"twice", func(p *Package) { p.Files = append(p.Files, p.Files[0]) }},
		{"file and folder", func(p *Package) {
			p.Files = []File{{Path: "/a", Mode: 0o644}, {Path: "/a/b", Mode: 0o644}}
		}},
		{"type bits in mode", func(p *Package) { p.Files = []File{{Path: "/a", Mode: 0o100644}} }},
		{"unknown script", func(p *Package) { p.Scripts = map[string][]byte{"preflight": nil} }},
		{"no identifier", func(p *Package) { p.Identifier = "" }},
		{"bad language", func(p *Package) { p.Conclusion = map[string][]byte{"../x": nil} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := sample
			p.Files = append([]File{}, sample.Files...)
			tc.edit(&p)
			if err := p.Build(&bytes.Buffer{}); err == nil {
				t.Fatal("Build succeeded")
			}
		})
	}
}

func FuzzInspect(f *testing.F) {
	f.Add(build(f, sample))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Inspect(data)
		if err != nil {
			return
		}
		if len(c.Bom) != len(c.Payload) {
			t.Fatalf("Inspect accepted a Bom of %d paths for a payload of %d", len(c.Bom), len(c.Payload))
		}
	})
}

// A Bom that does not match the Payload is refused.
func TestInspectRefusesMismatch(t *testing.T) {
	es, err := sample.entries()
	if err != nil {
		t.Fatal(err)
	}
	payload, err := gzipCpio(es, sample.MTime)
	if err != nil {
		t.Fatal(err)
	}
	changed := append([]cpio.Entry{}, es...)
	changed[len(changed)-1].Data = []byte("other")
	for _, tc := range []struct {
		name string
		bom  []cpio.Entry
		want string
	}{
		{"content", changed, "the Bom says"},
		{"missing path", es[:len(es)-1], "lists 8 paths"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Bom(tc.bom)
			if err != nil {
				t.Fatal(err)
			}
			var x bytes.Buffer
			err = xar.Write(&x, []xar.File{
				{Name: "Distribution", Mode: 0o644, Data: []byte(sample.distribution(es))},
				{Name: "a.pkg", Mode: 0o755, Dir: true, Children: []xar.File{
					{Name: "Bom", Mode: 0o644, Data: b},
					{Name: "PackageInfo", Mode: 0o644, Data: []byte(sample.packageInfo(es))},
					{Name: "Payload", Mode: 0o644, Data: payload},
				}},
			}, sample.MTime)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Inspect(x.Bytes()); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Inspect: %v, want %q", err, tc.want)
			}
		})
	}
}
