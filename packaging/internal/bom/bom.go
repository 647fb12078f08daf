// Package bom writes and reads the bill of materials ("Bom") a macOS flat
// package carries beside its Payload: every path the package installs,
// with mode, owner, size and checksum, which Installer records in its
// receipt (pkgutil --files) and lsbom prints.
//
// The layout follows the format notes in bomutils' bom.h (read for
// reference, not copied): a 512-byte header ("BOMStore", version 1),
// named variables (BomInfo, Paths, HLIndex, VIndex, Size64) pointing into
// a table of blocks, all numbers big-endian. Paths is a B-tree of leaves of
// at most 256 paths, each path a BOMPathInfo1 (id, info block), a
// BOMPathInfo2 (type, mode, owner, time, size, checksum, link) and a
// BOMFile (parent id, name).
package bom

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
)

// Type bits of Mode, as in stat(2) and cpio.
const (
	TypeMask = 0o170000
	TypeDir  = 0o040000
	TypeReg  = 0o100000
	TypeLink = 0o120000
)

// Entry is one path of the bill of materials. Path is "." for the root
// or "./a/b"; Checksum is the POSIX cksum of a file's content (Checksum).
type Entry struct {
	Path     string
	Mode     uint32
	UID, GID uint32
	MTime    uint32
	Size     uint32
	Checksum uint32
	Link     string
}

const (
	headerSize = 512
	leafMax    = 256
	// pathInfo2 types.
	kindFile = 1
	kindDir  = 2
	kindLink = 3
	// Reading limits: a Bom is a few kilobytes per hundred paths.
	maxBlocks = 1 << 20
	maxPaths  = 1 << 18
	maxName   = 4096
)

// store accumulates blocks; block 0 is the null block.
type store struct {
	blocks [][]byte
}

func (s *store) add(b []byte) uint32 {
	if len(s.blocks) == 0 {
		s.blocks = append(s.blocks, nil)
	}
	s.blocks = append(s.blocks, b)
	return uint32(len(s.blocks) - 1)
}

func be(vals ...any) []byte {
	var b bytes.Buffer
	for _, v := range vals {
		switch v := v.(type) {
		case string:
			b.WriteString(v)
		case []byte:
			b.Write(v)
		default:
			binary.Write(&b, binary.BigEndian, v) // fixed-size values only: cannot fail
		}
	}
	return b.Bytes()
}

func tree(child, blockSize, count uint32) []byte {
	return be("tree", uint32(1), child, blockSize, count, uint8(0))
}

// node is a path in the tree being written.
type node struct {
	e        Entry
	name     string
	children []*node
}

// build checks the entries and links them into a tree under ".".
func build(entries []Entry) (*node, int, error) {
	byPath := map[string]*node{}
	for _, e := range entries {
		if e.Path != "." && (!strings.HasPrefix(e.Path, "./") || path.Clean(e.Path) != e.Path[2:] || strings.HasPrefix(e.Path[2:], "..")) {
			return nil, 0, fmt.Errorf("bom: path %q is not \".\" or a clean \"./a/b\"", e.Path)
		}
		if strings.IndexByte(e.Path, 0) >= 0 || len(path.Base(e.Path)) >= maxName {
			return nil, 0, fmt.Errorf("bom: bad path %q", e.Path)
		}
		switch e.Mode & TypeMask {
		case TypeDir, TypeReg:
			if e.Link != "" {
				return nil, 0, fmt.Errorf("bom: %s: a link target on a non-link", e.Path)
			}
		case TypeLink:
			if e.Link == "" || strings.IndexByte(e.Link, 0) >= 0 {
				return nil, 0, fmt.Errorf("bom: %s: bad link target", e.Path)
			}
		default:
			return nil, 0, fmt.Errorf("bom: %s: unsupported type %o", e.Path, e.Mode&TypeMask)
		}
		if e.Mode > 0xffff {
			return nil, 0, fmt.Errorf("bom: %s: mode %o too large", e.Path, e.Mode)
		}
		if byPath[e.Path] != nil {
			return nil, 0, fmt.Errorf("bom: %s twice", e.Path)
		}
		byPath[e.Path] = &node{e: e, name: path.Base(e.Path)}
	}
	root := byPath["."]
	if root == nil {
		return nil, 0, errors.New(`bom: no "." entry`)
	}
	if root.e.Mode&TypeMask != TypeDir {
		return nil, 0, errors.New(`bom: "." is not a directory`)
	}
	for p, n := range byPath {
		if p == "." {
			continue
		}
		parent := byPath["./"+path.Dir(p[2:])]
		if path.Dir(p[2:]) == "." {
			parent = root
		}
		if parent == nil || parent.e.Mode&TypeMask != TypeDir {
			return nil, 0, fmt.Errorf("bom: %s: its folder is not listed as a directory", p)
		}
		parent.children = append(parent.children, n)
	}
	for _, n := range byPath {
		slices.SortFunc(n.children, func(a, b *node) int { return strings.Compare(a.name, b.name) })
	}
	return root, len(byPath), nil
}

// Write writes the bill of materials of entries, which must include "."
// and every folder of every path.
func Write(w io.Writer, entries []Entry) error {
	root, num, err := build(entries)
	if err != nil {
		return err
	}
	var s store
	type named struct {
		name  string
		block uint32
	}
	var vars []named
	info := be(uint32(1), uint32(num+1), uint32(1), uint32(0), uint32(0), uint32(0), uint32(0))
	vars = append(vars, named{"BomInfo", s.add(info)})

	// Breadth first, parents before children; ids from 1 ("." has parent 0).
	type queued struct {
		n      *node
		parent uint32
	}
	queue := []queued{{root, 0}}
	var leaves [][]byte
	var leafLast []uint32 // the last BOMFile block of each leaf
	var cur bytes.Buffer
	count, id := 0, uint32(0)
	var lastFile uint32
	flush := func() {
		leaves = append(leaves, be(uint16(1), uint16(count), uint32(0), uint32(0), cur.Bytes()))
		leafLast = append(leafLast, lastFile)
		cur.Reset()
		count = 0
	}
	for len(queue) > 0 {
		q := queue[0]
		queue = queue[1:]
		id++
		e := q.n.e
		kind, link := uint8(kindFile), []byte(nil)
		switch e.Mode & TypeMask {
		case TypeDir:
			kind = kindDir
		case TypeLink:
			kind, link = kindLink, append([]byte(e.Link), 0)
		}
		info2 := be(kind, uint8(1), uint16(3), uint16(e.Mode), e.UID, e.GID, e.MTime, e.Size, uint8(1), e.Checksum, uint32(len(link)), link)
		info1 := be(id, s.add(info2))
		file := be(q.parent, q.n.name, uint8(0))
		lastFile = s.add(file)
		cur.Write(be(s.add(info1), lastFile))
		count++
		if count == leafMax {
			flush()
		}
		for _, c := range q.n.children {
			queue = append(queue, queued{c, id})
		}
	}
	if count > 0 {
		flush()
	}
	// Leaves are added once their neighbours' block numbers are known.
	first := uint32(len(s.blocks)) // the block number the first leaf gets
	var leafIDs []uint32
	for i, l := range leaves {
		fwd, back := uint32(0), uint32(0)
		if i+1 < len(leaves) {
			fwd = first + uint32(i) + 1
		}
		if i > 0 {
			back = first + uint32(i) - 1
		}
		binary.BigEndian.PutUint32(l[4:], fwd)
		binary.BigEndian.PutUint32(l[8:], back)
		leafIDs = append(leafIDs, s.add(l))
	}
	child := leafIDs[0]
	if len(leaves) > 1 {
		var idx bytes.Buffer
		for i, l := range leafIDs {
			idx.Write(be(l, leafLast[i]))
		}
		child = s.add(be(uint16(0), uint16(len(leaves)), uint32(0), uint32(0), idx.Bytes()))
	}
	vars = append(vars, named{"Paths", s.add(tree(child, 4096, uint32(num)))})
	empty := func() uint32 { return s.add(be(uint16(1), uint16(0), uint32(0), uint32(0))) }
	vars = append(vars, named{"HLIndex", s.add(tree(empty(), 4096, 0))})
	vtree := s.add(tree(empty(), 128, 0))
	vars = append(vars, named{"VIndex", s.add(be(uint32(1), vtree, uint32(0), uint8(0)))})
	vars = append(vars, named{"Size64", s.add(tree(empty(), 4096, 0))})

	var vb bytes.Buffer
	vb.Write(be(uint32(len(vars))))
	for _, v := range vars {
		vb.Write(be(v.block, uint8(len(v.name)), v.name))
	}
	var data bytes.Buffer
	var table bytes.Buffer
	table.Write(be(uint32(len(s.blocks)), uint32(0), uint32(0)))
	at := uint32(headerSize + vb.Len())
	for _, b := range s.blocks[1:] {
		table.Write(be(at, uint32(len(b))))
		data.Write(b)
		at += uint32(len(b))
	}
	table.Write(be(uint32(0), make([]byte, 16))) // the free list: none, and two null pointers
	hdr := be("BOMStore", uint32(1), uint32(len(s.blocks)-1), at, uint32(table.Len()), uint32(headerSize), uint32(vb.Len()))
	hdr = append(hdr, make([]byte, headerSize-len(hdr))...)
	_, err = w.Write(slices.Concat(hdr, vb.Bytes(), data.Bytes(), table.Bytes()))
	return err
}

// Checksum is the POSIX cksum of data (CRC-32, polynomial 0x04C11DB7,
// most significant bit first, the length appended, complemented), the
// checksum a Bom records for a file.
func Checksum(data []byte) uint32 {
	var crc uint32
	update := func(b byte) {
		crc ^= uint32(b) << 24
		for i := 0; i < 8; i++ {
			if crc&0x80000000 != 0 {
				crc = crc<<1 ^ 0x04C11DB7
			} else {
				crc <<= 1
			}
		}
	}
	for _, b := range data {
		update(b)
	}
	for n := len(data); n > 0; n >>= 8 {
		update(byte(n))
	}
	return ^crc
}
