package flatpkg

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/alertguard/alertguard/packaging/internal/bom"
	"github.com/alertguard/alertguard/packaging/internal/cpio"
	"github.com/alertguard/alertguard/packaging/internal/xar"
)

// Contents is a product archive read back.
type Contents struct {
	Distribution []byte
	PackageInfo  []byte
	Bom          []bom.Entry
	Payload      []cpio.Entry
	Scripts      []cpio.Entry
	Resources    map[string][]byte // path under Resources/ → content
}

const maxUnpacked = 1 << 30

func gunzipCpio(name string, data []byte) ([]cpio.Entry, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	es, err := cpio.Read(io.LimitReader(zr, maxUnpacked))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return es, nil
}

// Inspect reads a product archive with exactly one component package and
// checks that its Bom lists exactly the Payload's paths, with the same
// type, mode, owner, size and checksum, and that PackageInfo counts them.
func Inspect(data []byte) (*Contents, error) {
	es, err := xar.Read(data)
	if err != nil {
		return nil, err
	}
	var c Contents
	comp := ""
	files := map[string][]byte{}
	for _, e := range es {
		switch {
		case e.Path == "Distribution":
			c.Distribution = e.Data
		case e.Dir && !strings.Contains(e.Path, "/") && strings.HasSuffix(e.Path, ".pkg"):
			if comp != "" {
				return nil, fmt.Errorf("flatpkg: two component packages, %s and %s", comp, e.Path)
			}
			comp = e.Path
		case !e.Dir && strings.HasPrefix(e.Path, "Resources/"):
			if c.Resources == nil {
				c.Resources = map[string][]byte{}
			}
			c.Resources[strings.TrimPrefix(e.Path, "Resources/")] = e.Data
		case !e.Dir:
			files[e.Path] = e.Data
		}
	}
	if c.Distribution == nil || comp == "" {
		return nil, fmt.Errorf("flatpkg: no Distribution or no component package")
	}
	for _, need := range []string{"PackageInfo", "Bom", "Payload"} {
		if files[comp+"/"+need] == nil {
			return nil, fmt.Errorf("flatpkg: %s/%s is missing", comp, need)
		}
	}
	c.PackageInfo = files[comp+"/PackageInfo"]
	if c.Bom, err = bom.Read(files[comp+"/Bom"]); err != nil {
		return nil, err
	}
	if c.Payload, err = gunzipCpio("Payload", files[comp+"/Payload"]); err != nil {
		return nil, fmt.Errorf("flatpkg: %w", err)
	}
	if s, ok := files[comp+"/Scripts"]; ok {
		if c.Scripts, err = gunzipCpio("Scripts", s); err != nil {
			return nil, fmt.Errorf("flatpkg: %w", err)
		}
	}
	if err := c.checkBom(); err != nil {
		return nil, err
	}
	var info struct {
		Payload struct {
			Files int `xml:"numberOfFiles,attr"`
		} `xml:"payload"`
	}
	if err := xml.Unmarshal(c.PackageInfo, &info); err != nil {
		return nil, fmt.Errorf("flatpkg: PackageInfo: %w", err)
	}
	if info.Payload.Files != len(c.Payload) {
		return nil, fmt.Errorf("flatpkg: PackageInfo counts %d files, the Payload holds %d", info.Payload.Files, len(c.Payload))
	}
	return &c, nil
}

func (c *Contents) checkBom() error {
	inBom := map[string]bom.Entry{}
	for _, b := range c.Bom {
		inBom[b.Path] = b
	}
	if len(inBom) != len(c.Payload) {
		return fmt.Errorf("flatpkg: the Bom lists %d paths, the Payload holds %d", len(inBom), len(c.Payload))
	}
	for _, p := range c.Payload {
		b, ok := inBom[p.Name]
		if !ok {
			return fmt.Errorf("flatpkg: %s is in the Payload, not in the Bom", p.Name)
		}
		want := bom.Entry{Path: p.Name, Mode: p.Mode, UID: p.UID, GID: p.GID, MTime: uint32(p.MTime)}
		if p.Mode&cpio.TypeMask == cpio.TypeReg {
			want.Size, want.Checksum = uint32(len(p.Data)), bom.Checksum(p.Data)
		}
		if b != want {
			return fmt.Errorf("flatpkg: %s: the Bom says %+v, the Payload %+v", p.Name, b, want)
		}
	}
	return nil
}
