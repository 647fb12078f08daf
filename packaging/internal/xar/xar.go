// Package xar writes and reads xar archives, the container of a macOS flat
// package (.pkg): a 28-byte header, a zlib-compressed XML table of
// contents, then the heap holding the table's SHA-1 and each file's data.
// Files are stored as they are (application/octet-stream); the reader also
// takes zlib-compressed ("application/x-gzip") data, as Apple's tools
// write it. No signatures: productsign or rcodesign add one afterwards.
package xar

import (
	"bytes"
	"compress/zlib"
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"time"
)

const (
	magic      = 0x78617221 // "xar!"
	headerSize = 28
	cksumSHA1  = 1
	octet      = "application/octet-stream"
	zlibData   = "application/x-gzip"
	// Reading limits.
	maxTOC   = 16 << 20
	maxFiles = 1 << 16
	maxData  = 1 << 30
	maxDepth = 64
)

// File is a member: a directory (Dir, with Children) or a regular file
// (Data). Mode is the permission bits.
type File struct {
	Name     string
	Mode     uint32
	Dir      bool
	Data     []byte
	Children []File
}

type tocXML struct {
	XMLName xml.Name `xml:"xar"`
	TOC     struct {
		Checksum     checksumXML `xml:"checksum"`
		CreationTime string      `xml:"creation-time"`
		Files        []fileXML   `xml:"file"`
	} `xml:"toc"`
}

type checksumXML struct {
	Style  string `xml:"style,attr"`
	Offset uint64 `xml:"offset"`
	Size   uint64 `xml:"size"`
}

type hashXML struct {
	Style string `xml:"style,attr"`
	Value string `xml:",chardata"`
}

type dataXML struct {
	Length   uint64 `xml:"length"`
	Offset   uint64 `xml:"offset"`
	Size     uint64 `xml:"size"`
	Encoding struct {
		Style string `xml:"style,attr"`
	} `xml:"encoding"`
	Extracted hashXML `xml:"extracted-checksum"`
	Archived  hashXML `xml:"archived-checksum"`
}

type fileXML struct {
	ID    int       `xml:"id,attr"`
	Data  *dataXML  `xml:"data,omitempty"`
	Mtime string    `xml:"mtime"`
	Group string    `xml:"group"`
	GID   int       `xml:"gid"`
	User  string    `xml:"user"`
	UID   int       `xml:"uid"`
	Mode  string    `xml:"mode"`
	Type  string    `xml:"type"`
	Name  string    `xml:"name"`
	Files []fileXML `xml:"file"`
}

func validName(n string) bool {
	return n != "" && n != "." && n != ".." && !strings.ContainsAny(n, "/\x00")
}

// Write writes files (the archive's top level) with every time stamp set to mtime.
func Write(w io.Writer, files []File, mtime time.Time) error {
	var heap bytes.Buffer
	heap.Write(make([]byte, sha1.Size)) // the table's checksum goes first
	var toc tocXML
	ts := mtime.UTC().Format("2006-01-02T15:04:05Z")
	toc.TOC.Checksum = checksumXML{Style: "sha1", Offset: 0, Size: sha1.Size}
	toc.TOC.CreationTime = ts
	id := 0
	var conv func(fs []File) ([]fileXML, error)
	conv = func(fs []File) ([]fileXML, error) {
		var out []fileXML
		seen := map[string]bool{}
		for _, f := range fs {
			if !validName(f.Name) || seen[f.Name] {
				return nil, fmt.Errorf("xar: bad or repeated name %q", f.Name)
			}
			seen[f.Name] = true
			id++
			x := fileXML{ID: id, Mtime: ts, Group: "wheel", User: "root", Mode: fmt.Sprintf("%04o", f.Mode&0o7777), Name: f.Name, Type: "file"}
			if f.Dir {
				if len(f.Data) > 0 {
					return nil, fmt.Errorf("xar: directory %s with data", f.Name)
				}
				x.Type = "directory"
				kids, err := conv(f.Children)
				if err != nil {
					return nil, err
				}
				x.Files = kids
			} else {
				if len(f.Children) > 0 {
					return nil, fmt.Errorf("xar: file %s with children", f.Name)
				}
				sum := sha1.Sum(f.Data)
				h := hex.EncodeToString(sum[:])
				d := &dataXML{Length: uint64(len(f.Data)), Offset: uint64(heap.Len()), Size: uint64(len(f.Data)),
					Extracted: hashXML{"sha1", h}, Archived: hashXML{"sha1", h}}
				d.Encoding.Style = octet
				x.Data = d
				heap.Write(f.Data)
			}
			out = append(out, x)
		}
		return out, nil
	}
	var err error
	if toc.TOC.Files, err = conv(files); err != nil {
		return err
	}
	body, err := xml.MarshalIndent(toc, "", " ")
	if err != nil {
		return fmt.Errorf("xar: table of contents: %w", err)
	}
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression) // a valid level: cannot fail
	zw.Write([]byte(xml.Header))
	zw.Write(body)
	if err := zw.Close(); err != nil {
		return err
	}
	sum := sha1.Sum(z.Bytes())
	h := heap.Bytes()
	copy(h, sum[:])
	hdr := make([]byte, headerSize)
	binary.BigEndian.PutUint32(hdr[0:], magic)
	binary.BigEndian.PutUint16(hdr[4:], headerSize)
	binary.BigEndian.PutUint16(hdr[6:], 1)
	binary.BigEndian.PutUint64(hdr[8:], uint64(z.Len()))
	binary.BigEndian.PutUint64(hdr[16:], uint64(len(body)+len(xml.Header)))
	binary.BigEndian.PutUint32(hdr[24:], cksumSHA1)
	for _, b := range [][]byte{hdr, z.Bytes(), h} {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// Entry is a member read back, with its full slash-separated path.
type Entry struct {
	Path string
	Mode uint32
	Dir  bool
	Data []byte
}

// Read parses an archive, checks the table's and every file's SHA-1, and
// returns its members, parents before children.
func Read(data []byte) ([]Entry, error) {
	es, err := read(data)
	if err != nil {
		return nil, fmt.Errorf("xar: %w", err)
	}
	return es, nil
}

func read(data []byte) ([]Entry, error) {
	if len(data) < headerSize || binary.BigEndian.Uint32(data) != magic {
		return nil, errors.New("not a xar archive")
	}
	hsize := int(binary.BigEndian.Uint16(data[4:]))
	clen := binary.BigEndian.Uint64(data[8:])
	ulen := binary.BigEndian.Uint64(data[16:])
	if hsize < headerSize || hsize > len(data) || clen > maxTOC || ulen > maxTOC || uint64(hsize)+clen > uint64(len(data)) {
		return nil, fmt.Errorf("header: size %d, table %d/%d bytes do not fit %d", hsize, clen, ulen, len(data))
	}
	if alg := binary.BigEndian.Uint32(data[24:]); alg != cksumSHA1 {
		return nil, fmt.Errorf("checksum algorithm %d, only SHA-1 (1) is read", alg)
	}
	ztoc := data[hsize : uint64(hsize)+clen]
	heap := data[uint64(hsize)+clen:]
	zr, err := zlib.NewReader(bytes.NewReader(ztoc))
	if err != nil {
		return nil, fmt.Errorf("table of contents: %w", err)
	}
	raw, err := io.ReadAll(io.LimitReader(zr, maxTOC+1))
	if err != nil || uint64(len(raw)) != ulen {
		return nil, fmt.Errorf("table of contents: %d bytes, header says %d (%v)", len(raw), ulen, err)
	}
	var toc tocXML
	if err := xml.Unmarshal(raw, &toc); err != nil {
		return nil, fmt.Errorf("table of contents: %w", err)
	}
	c := toc.TOC.Checksum
	if c.Style != "sha1" || c.Size != sha1.Size || c.Offset > uint64(len(heap)) || uint64(len(heap))-c.Offset < sha1.Size {
		return nil, fmt.Errorf("table checksum %q at %d+%d", c.Style, c.Offset, c.Size)
	}
	if sum := sha1.Sum(ztoc); !bytes.Equal(sum[:], heap[c.Offset:c.Offset+sha1.Size]) {
		return nil, errors.New("the table of contents does not match its SHA-1")
	}
	var out []Entry
	var walk func(fs []fileXML, dir string, depth int) error
	walk = func(fs []fileXML, dir string, depth int) error {
		if depth > maxDepth {
			return errors.New("folders nested too deep")
		}
		for _, f := range fs {
			if len(out) >= maxFiles {
				return errors.New("too many files")
			}
			if !validName(f.Name) {
				return fmt.Errorf("bad name %q", f.Name)
			}
			var mode uint32
			if _, err := fmt.Sscanf(f.Mode, "%o", &mode); err != nil || mode > 0o7777 {
				return fmt.Errorf("%s: bad mode %q", f.Name, f.Mode)
			}
			e := Entry{Path: path.Join(dir, f.Name), Mode: mode}
			switch f.Type {
			case "directory":
				e.Dir = true
				out = append(out, e)
				if err := walk(f.Files, e.Path, depth+1); err != nil {
					return err
				}
				continue
			case "file":
			default:
				return fmt.Errorf("%s: type %q not read", e.Path, f.Type)
			}
			if len(f.Files) > 0 {
				return fmt.Errorf("%s: a file with children", e.Path)
			}
			if f.Data != nil {
				if e.Data, err = extract(f.Data, heap); err != nil {
					return fmt.Errorf("%s: %w", e.Path, err)
				}
			}
			out = append(out, e)
		}
		return nil
	}
	if err := walk(toc.TOC.Files, "", 0); err != nil {
		return nil, err
	}
	return out, nil
}

func checkSum(h hashXML, b []byte) error {
	if h.Style != "sha1" {
		return fmt.Errorf("checksum style %q", h.Style)
	}
	sum := sha1.Sum(b)
	if hex.EncodeToString(sum[:]) != strings.ToLower(strings.TrimSpace(h.Value)) {
		return errors.New("SHA-1 mismatch")
	}
	return nil
}

func extract(d *dataXML, heap []byte) ([]byte, error) {
	if d.Offset > uint64(len(heap)) || d.Length > uint64(len(heap))-d.Offset || d.Size > maxData {
		return nil, fmt.Errorf("data %d+%d outside the heap (%d)", d.Offset, d.Length, len(heap))
	}
	arch := heap[d.Offset : d.Offset+d.Length]
	if err := checkSum(d.Archived, arch); err != nil {
		return nil, fmt.Errorf("archived data: %w", err)
	}
	var out []byte
	switch d.Encoding.Style {
	case octet, "":
		out = arch
	case zlibData:
		zr, err := zlib.NewReader(bytes.NewReader(arch))
		if err != nil {
			return nil, err
		}
		if out, err = io.ReadAll(io.LimitReader(zr, int64(d.Size)+1)); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("encoding %q not read", d.Encoding.Style)
	}
	if uint64(len(out)) != d.Size {
		return nil, fmt.Errorf("%d bytes, the table says %d", len(out), d.Size)
	}
	if err := checkSum(d.Extracted, out); err != nil {
		return nil, fmt.Errorf("extracted data: %w", err)
	}
	return out, nil
}
