package bom

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// reader holds a Bom file and its block table, every access bounded.
type reader struct {
	data   []byte
	blocks [][2]uint32
}

func (r *reader) block(i uint32) ([]byte, error) {
	if i == 0 || int(i) >= len(r.blocks) {
		return nil, fmt.Errorf("block %d out of range (%d blocks)", i, len(r.blocks))
	}
	p := r.blocks[i]
	if uint64(p[0])+uint64(p[1]) > uint64(len(r.data)) {
		return nil, fmt.Errorf("block %d (%d+%d) past the end (%d)", i, p[0], p[1], len(r.data))
	}
	return r.data[p[0] : p[0]+p[1]], nil
}

func u32(b []byte, off int) (uint32, error) {
	if off < 0 || off+4 > len(b) {
		return 0, errors.New("short block")
	}
	return binary.BigEndian.Uint32(b[off:]), nil
}

func u16(b []byte, off int) (uint16, error) {
	if off < 0 || off+2 > len(b) {
		return 0, errors.New("short block")
	}
	return binary.BigEndian.Uint16(b[off:]), nil
}

// Read parses a Bom and returns its paths in the file's order, each with
// its full path rebuilt from the parent ids.
func Read(data []byte) ([]Entry, error) {
	es, err := read(data)
	if err != nil {
		return nil, fmt.Errorf("bom: %w", err)
	}
	return es, nil
}

func read(data []byte) ([]Entry, error) {
	if len(data) < 32 || string(data[:8]) != "BOMStore" {
		return nil, errors.New("not a Bom (no BOMStore header)")
	}
	if v, _ := u32(data, 8); v != 1 {
		return nil, fmt.Errorf("version %d, want 1", v)
	}
	indexOff, _ := u32(data, 16)
	varsOff, _ := u32(data, 24)
	r := &reader{data: data}
	n, err := u32(data, int(indexOff))
	if err != nil || n > maxBlocks || uint64(indexOff)+4+uint64(n)*8 > uint64(len(data)) {
		return nil, fmt.Errorf("block table at %d: %d entries do not fit", indexOff, n)
	}
	for i := uint32(0); i < n; i++ {
		a, _ := u32(data, int(indexOff)+4+int(i)*8)
		l, _ := u32(data, int(indexOff)+8+int(i)*8)
		r.blocks = append(r.blocks, [2]uint32{a, l})
	}
	vars, err := readVars(data, varsOff)
	if err != nil {
		return nil, err
	}
	pi, ok := vars["Paths"]
	if !ok {
		return nil, errors.New("no Paths variable")
	}
	t, err := r.block(pi)
	if err != nil || len(t) < 21 || string(t[:4]) != "tree" {
		return nil, fmt.Errorf("Paths is not a tree (%v)", err)
	}
	child, _ := u32(t, 8)
	count, _ := u32(t, 16)
	es, err := r.paths(child)
	if err != nil {
		return nil, err
	}
	if uint32(len(es)) != count {
		return nil, fmt.Errorf("the tree says %d paths, its leaves hold %d", count, len(es))
	}
	return es, nil
}

func readVars(data []byte, off uint32) (map[string]uint32, error) {
	n, err := u32(data, int(off))
	if err != nil || n > 64 {
		return nil, fmt.Errorf("variables at %d: bad count", off)
	}
	out := map[string]uint32{}
	at := int(off) + 4
	for i := uint32(0); i < n; i++ {
		idx, err := u32(data, at)
		if err != nil || at+5 > len(data) {
			return nil, errors.New("variables cut short")
		}
		l := int(data[at+4])
		if at+5+l > len(data) {
			return nil, errors.New("variable name cut short")
		}
		out[string(data[at+5:at+5+l])] = idx
		at += 5 + l
	}
	return out, nil
}

// paths walks down to the first leaf, then along the leaves' forward links.
func (r *reader) paths(child uint32) ([]Entry, error) {
	var raws []pathRec
	seen := map[uint32]bool{}
	for depth := 0; ; depth++ {
		b, err := r.block(child)
		if err != nil {
			return nil, fmt.Errorf("paths node: %w", err)
		}
		leaf, err := u16(b, 0)
		if err != nil || depth > 16 {
			return nil, errors.New("paths node too short or too deep")
		}
		if leaf == 1 {
			break
		}
		if child, err = u32(b, 12); err != nil {
			return nil, errors.New("empty branch node")
		}
	}
	for child != 0 {
		if seen[child] || len(seen) > maxPaths/leafMax+1 {
			return nil, errors.New("the leaves' links loop")
		}
		seen[child] = true
		b, err := r.block(child)
		if err != nil {
			return nil, fmt.Errorf("leaf: %w", err)
		}
		if isLeaf, _ := u16(b, 0); isLeaf != 1 {
			return nil, errors.New("a forward link leads to a branch node")
		}
		cnt, err := u16(b, 2)
		if err != nil || 12+int(cnt)*8 > len(b) {
			return nil, errors.New("leaf shorter than its count")
		}
		for i := 0; i < int(cnt); i++ {
			i0, _ := u32(b, 12+i*8)
			i1, _ := u32(b, 16+i*8)
			p, err := r.path(i0, i1)
			if err != nil {
				return nil, err
			}
			raws = append(raws, p)
			if len(raws) > maxPaths {
				return nil, errors.New("too many paths")
			}
		}
		child, _ = u32(b, 4)
	}
	full := map[uint32]string{}
	var out []Entry
	for _, p := range raws {
		switch {
		case p.parent == 0 && p.name == ".":
			p.e.Path = "."
		case p.parent == 0:
			return nil, fmt.Errorf("path %q has no parent", p.name)
		default:
			dir, ok := full[p.parent]
			if !ok {
				return nil, fmt.Errorf("path %q: parent %d not listed before it", p.name, p.parent)
			}
			p.e.Path = dir + "/" + p.name
		}
		if _, dup := full[p.id]; dup {
			return nil, fmt.Errorf("id %d twice", p.id)
		}
		full[p.id] = p.e.Path
		out = append(out, p.e)
	}
	return out, nil
}

type pathRec struct {
	id, parent uint32
	name       string
	e          Entry
}

func (r *reader) path(i0, i1 uint32) (pathRec, error) {
	var p pathRec
	b1, err := r.block(i0)
	if err != nil || len(b1) < 8 {
		return p, fmt.Errorf("path info: %v", err)
	}
	p.id, _ = u32(b1, 0)
	i2, _ := u32(b1, 4)
	b2, err := r.block(i2)
	if err != nil || len(b2) < 31 {
		return p, fmt.Errorf("path info 2: too short (%v)", err)
	}
	mode, _ := u16(b2, 4)
	p.e.Mode = uint32(mode)
	p.e.UID, _ = u32(b2, 6)
	p.e.GID, _ = u32(b2, 10)
	p.e.MTime, _ = u32(b2, 14)
	p.e.Size, _ = u32(b2, 18)
	p.e.Checksum, _ = u32(b2, 23)
	ll, _ := u32(b2, 27)
	if uint64(31)+uint64(ll) > uint64(len(b2)) {
		return p, errors.New("link name past its block")
	}
	if ll > 0 {
		p.e.Link = string(bytes.TrimRight(b2[31:31+ll], "\x00"))
	}
	kinds := map[uint8]uint32{kindFile: TypeReg, kindDir: TypeDir, kindLink: TypeLink}
	if want, ok := kinds[b2[0]]; !ok || p.e.Mode&TypeMask != want {
		return p, fmt.Errorf("path type %d does not match mode %o", b2[0], p.e.Mode)
	}
	f, err := r.block(i1)
	if err != nil || len(f) < 6 {
		return p, fmt.Errorf("file record: too short (%v)", err)
	}
	p.parent, _ = u32(f, 0)
	name, _, ok := bytes.Cut(f[4:], []byte{0})
	if !ok || len(name) == 0 || len(name) >= maxName || bytes.IndexByte(name, '/') >= 0 || (string(name) == "." && p.parent != 0) || string(name) == ".." {
		return p, fmt.Errorf("bad file name %q", name)
	}
	p.name = string(name)
	return p, nil
}
