// Package flatpkg assembles a macOS product archive (a "flat" .pkg, what
// productbuild writes) from a list of files: a xar holding Distribution
// and one component package (PackageInfo, Bom, a gzip'ed cpio Payload and
// a gzip'ed cpio Scripts archive). Installer shows it as one
// double-click install: Continue, Install, done.
package flatpkg

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/alertguard/alertguard/packaging/internal/bom"
	"github.com/alertguard/alertguard/packaging/internal/cpio"
	"github.com/alertguard/alertguard/packaging/internal/xar"
)

// File is one file the package installs: an absolute path on the Mac,
// its permissions and content. Folders are derived from the paths.
type File struct {
	Path string
	Mode uint32
	Data []byte
}

// Package describes the product.
type Package struct {
	Identifier string // e.g. jp.alertguard.pkg
	Version    string
	Title      string
	MinOS      string // e.g. 12.0
	Files      []File
	Scripts    map[string][]byte // "preinstall", "postinstall": run by Installer as root
	// Conclusion is the last page Installer shows, HTML per language
	// ("en", "ja"): Resources/<lang>.lproj/conclusion.html.
	Conclusion map[string][]byte
	MTime      time.Time
}

// ComponentName is the component package's folder inside the archive.
func (p Package) ComponentName() string {
	return strings.ToLower(strings.ReplaceAll(p.Title, " ", "")) + ".pkg"
}

// folderOwners: folders macOS itself has, with the owner and mode they
// have there, so installing never changes them. Others are root:wheel 0755.
var folderGroup = map[string]uint32{"./Library/Application Support": 80} // admin

// entries lays out the payload: ".", every folder, every file, sorted.
func (p Package) entries() ([]cpio.Entry, error) {
	mt := p.MTime.Unix()
	byPath := map[string]cpio.Entry{".": {Name: ".", Mode: cpio.TypeDir | 0o755, MTime: mt}}
	for _, f := range p.Files {
		if !path.IsAbs(f.Path) || path.Clean(f.Path) != f.Path || f.Path == "/" {
			return nil, fmt.Errorf("flatpkg: %q is not a clean absolute path", f.Path)
		}
		name := "." + f.Path
		if _, dup := byPath[name]; dup {
			return nil, fmt.Errorf("flatpkg: %s twice", f.Path)
		}
		if f.Mode&^0o7777 != 0 {
			return nil, fmt.Errorf("flatpkg: %s: mode %o has more than permission bits", f.Path, f.Mode)
		}
		byPath[name] = cpio.Entry{Name: name, Mode: cpio.TypeReg | f.Mode, MTime: mt, Data: f.Data}
		for d := path.Dir(f.Path); d != "/"; d = path.Dir(d) {
			dn := "." + d
			if e, ok := byPath[dn]; ok && e.Mode&cpio.TypeMask != cpio.TypeDir {
				return nil, fmt.Errorf("flatpkg: %s is both a file and a folder", d)
			}
			byPath[dn] = cpio.Entry{Name: dn, Mode: cpio.TypeDir | 0o755, GID: folderGroup[dn], MTime: mt}
		}
	}
	var out []cpio.Entry
	for _, e := range byPath {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b cpio.Entry) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

func gzipCpio(es []cpio.Entry, mt time.Time) ([]byte, error) {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression) // a valid level: cannot fail
	zw.ModTime = mt
	w := cpio.NewWriter(zw)
	for _, e := range es {
		if err := w.Write(e); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Bom is the bill of materials of the payload entries.
func Bom(es []cpio.Entry) ([]byte, error) {
	var bs []bom.Entry
	for _, e := range es {
		be := bom.Entry{Path: e.Name, Mode: e.Mode, UID: e.UID, GID: e.GID, MTime: uint32(e.MTime)}
		if e.Mode&cpio.TypeMask == cpio.TypeReg {
			be.Size, be.Checksum = uint32(len(e.Data)), bom.Checksum(e.Data)
		}
		bs = append(bs, be)
	}
	var b bytes.Buffer
	if err := bom.Write(&b, bs); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func installKBytes(es []cpio.Entry) int {
	n := 0
	for _, e := range es {
		n += (len(e.Data) + 1023) / 1024
	}
	return n
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // into a strings.Builder: cannot fail
	return b.String()
}

func (p Package) packageInfo(es []cpio.Entry) string {
	var scripts strings.Builder
	for _, name := range sortedScripts(p.Scripts) {
		fmt.Fprintf(&scripts, "    <%s file=\"./%s\"/>\n", name, name)
	}
	return fmt.Sprintf(`<?xml version="1.0" encoding="utf-8"?>
<pkg-info format-version="2" identifier="%s" version="%s" install-location="/" auth="root" generator-version="alertguard-flatpkg">
  <payload numberOfFiles="%d" installKBytes="%d"/>
  <scripts>
%s  </scripts>
</pkg-info>
`, esc(p.Identifier), esc(p.Version), len(es), installKBytes(es), scripts.String())
}

func (p Package) distribution(es []cpio.Entry) string {
	return fmt.Sprintf(`<?xml version="1.0" encoding="utf-8"?>
<installer-gui-script minSpecVersion="2">
  <title>%s</title>
  <options customize="never" require-scripts="false" hostArchitectures="x86_64,arm64"/>
  <domains enable_localSystem="true" enable_anywhere="false" enable_currentUserHome="false"/>
  <volume-check>
    <allowed-os-versions>
      <os-version min="%s"/>
    </allowed-os-versions>
  </volume-check>
%s  <choices-outline>
    <line choice="default">
      <line choice="%s"/>
    </line>
  </choices-outline>
  <choice id="default"/>
  <choice id="%s" visible="false">
    <pkg-ref id="%s"/>
  </choice>
  <pkg-ref id="%s" version="%s" onConclusion="none" installKBytes="%d">#%s</pkg-ref>
</installer-gui-script>
`, esc(p.Title), esc(p.MinOS), p.conclusionRef(), esc(p.Identifier), esc(p.Identifier), esc(p.Identifier), esc(p.Identifier), esc(p.Version), installKBytes(es), esc(p.ComponentName()))
}

func (p Package) conclusionRef() string {
	if len(p.Conclusion) == 0 {
		return ""
	}
	return "  <conclusion file=\"conclusion.html\" mime-type=\"text/html\"/>\n"
}

// resources is the Resources folder: one <lang>.lproj per language.
func (p Package) resources() ([]xar.File, error) {
	var langs []xar.File
	for _, lang := range sortedScripts(p.Conclusion) {
		if lang == "" || strings.ContainsAny(lang, "/.\x00") {
			return nil, fmt.Errorf("flatpkg: bad language %q", lang)
		}
		langs = append(langs, xar.File{Name: lang + ".lproj", Mode: 0o755, Dir: true, Children: []xar.File{
			{Name: "conclusion.html", Mode: 0o644, Data: p.Conclusion[lang]},
		}})
	}
	if len(langs) == 0 {
		return nil, nil
	}
	return []xar.File{{Name: "Resources", Mode: 0o755, Dir: true, Children: langs}}, nil
}

func sortedScripts(m map[string][]byte) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// Build writes the product archive.
func (p Package) Build(w io.Writer) error {
	if p.Identifier == "" || p.Version == "" || p.Title == "" || p.MinOS == "" {
		return fmt.Errorf("flatpkg: identifier, version, title and minimum macOS are needed")
	}
	es, err := p.entries()
	if err != nil {
		return err
	}
	payload, err := gzipCpio(es, p.MTime)
	if err != nil {
		return fmt.Errorf("flatpkg: payload: %w", err)
	}
	bomData, err := Bom(es)
	if err != nil {
		return fmt.Errorf("flatpkg: %w", err)
	}
	mt := p.MTime.Unix()
	scriptEntries := []cpio.Entry{{Name: ".", Mode: cpio.TypeDir | 0o755, MTime: mt}}
	for _, name := range sortedScripts(p.Scripts) {
		if name != "preinstall" && name != "postinstall" {
			return fmt.Errorf("flatpkg: unknown script %q", name)
		}
		scriptEntries = append(scriptEntries, cpio.Entry{Name: "./" + name, Mode: cpio.TypeReg | 0o755, MTime: mt, Data: p.Scripts[name]})
	}
	scripts, err := gzipCpio(scriptEntries, p.MTime)
	if err != nil {
		return fmt.Errorf("flatpkg: scripts: %w", err)
	}
	component := []xar.File{
		{Name: "Bom", Mode: 0o644, Data: bomData},
		{Name: "PackageInfo", Mode: 0o644, Data: []byte(p.packageInfo(es))},
		{Name: "Payload", Mode: 0o644, Data: payload},
	}
	if len(p.Scripts) > 0 {
		component = append(component, xar.File{Name: "Scripts", Mode: 0o644, Data: scripts})
	}
	res, err := p.resources()
	if err != nil {
		return err
	}
	return xar.Write(w, append([]xar.File{
		{Name: "Distribution", Mode: 0o644, Data: []byte(p.distribution(es))},
		{Name: p.ComponentName(), Mode: 0o755, Dir: true, Children: component},
	}, res...), p.MTime)
}
