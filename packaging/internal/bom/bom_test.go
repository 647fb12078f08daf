package bom

import (
	"bytes"
	"fmt"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func dir(p string) Entry { return Entry{Path: p, Mode: TypeDir | 0o755, MTime: 1700000000} }

func file(p, content string) Entry {
	return Entry{Path: p, Mode: TypeReg | 0o644, GID: 80, MTime: 1700000000, Size: uint32(len(content)), Checksum: Checksum([]byte(content))}
}

var sample = []Entry{
	dir("."),
	dir("./Library"),
	dir("./Library/Application Support"),
	{Path: "./Library/Application Support/link", Mode: TypeLink | 0o755, Link: "target"},
	file("./Library/Application Support/prog", "program"),
	dir("./Library/Google"),
	file("./Library/Google/x.json", "{}"),
}

func roundTrip(t testing.TB, es []Entry) []Entry {
	var b bytes.Buffer
	if err := Write(&b, es); err != nil {
		t.Fatal(err)
	}
	got, err := Read(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestRoundTrip(t *testing.T) {
	many := []Entry{dir("."), dir("./d")}
	for i := 0; i < 600; i++ { // three leaves and a branch node
		many = append(many, file(fmt.Sprintf("./d/f%03d", i), strconv.Itoa(i)))
	}
	for _, tc := range []struct {
		name string
		in   []Entry
	}{{"sample", sample}, {"root only", []Entry{dir(".")}}, {"600 files", many}} {
		t.Run(tc.name, func(t *testing.T) {
			got := roundTrip(t, tc.in)
			// Read gives breadth-first order: parents before children, names sorted.
			want := map[string]Entry{}
			for _, e := range tc.in {
				want[e.Path] = e
			}
			if len(got) != len(tc.in) {
				t.Fatalf("%d paths back, want %d", len(got), len(tc.in))
			}
			depth := 0
			for i, e := range got {
				if !reflect.DeepEqual(e, want[e.Path]) {
					t.Fatalf("%s: %+v, want %+v", e.Path, e, want[e.Path])
				}
				if d := strings.Count(e.Path, "/"); d < depth {
					t.Fatalf("path %d %s comes after a deeper one", i, e.Path)
				} else {
					depth = d
				}
			}
		})
	}
}

// The checksum is the one cksum(1) prints.
func TestChecksumIsCksum(t *testing.T) {
	if _, err := exec.LookPath("cksum"); err != nil {
		t.Skip("no cksum")
	}
	for _, s := range []string{"", "a", "program", strings.Repeat("0123456789", 1000)} {
		cmd := exec.Command("cksum")
		cmd.Stdin = strings.NewReader(s)
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		want, _ := strconv.ParseUint(strings.Fields(string(out))[0], 10, 32)
		if got := Checksum([]byte(s)); got != uint32(want) {
			t.Errorf("Checksum(%d bytes) = %d, cksum says %d", len(s), got, want)
		}
	}
}

// Golden bytes of the format notes' fixed parts: header, variables and
// the path records of a two-path Bom.
func TestLayout(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, []Entry{dir("."), file("./a", "x")}); err != nil {
		t.Fatal(err)
	}
	d := b.Bytes()
	if string(d[:8]) != "BOMStore" || d[11] != 1 {
		t.Fatalf("header %q", d[:12])
	}
	if !bytes.Contains(d, []byte("\x07BomInfo")) || !bytes.Contains(d, []byte("\x05Paths")) || !bytes.Contains(d, []byte("\x07HLIndex")) || !bytes.Contains(d, []byte("\x06VIndex")) || !bytes.Contains(d, []byte("\x06Size64")) {
		t.Fatal("a variable is missing")
	}
	// "." has parent 0, "a" parent 1 (the id of ".").
	if !bytes.Contains(d, []byte("\x00\x00\x00\x00.\x00")) || !bytes.Contains(d, []byte("\x00\x00\x00\x01a\x00")) {
		t.Fatal("BOMFile records wrong")
	}
	// BOMPathInfo2 of "a": type 1, 1, architecture 3, mode 0100644, uid 0, gid 80.
	if !bytes.Contains(d, []byte{1, 1, 0, 3, 0x81, 0xa4, 0, 0, 0, 0, 0, 0, 0, 80}) {
		t.Fatal("BOMPathInfo2 of a wrong")
	}
}

func TestWriteRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []Entry
	}{
		{"no root", []Entry{dir("./a")}},
		{"missing folder", []Entry{dir("."), file("./a/b", "")}},
		{"folder is a file", []Entry{dir("."), file("./a", ""), file("./a/b", "")}},
		{"unclean", []Entry{dir("."), file("./a/../b", "")}},
		{"absolute", []Entry{dir("."), file("/a", "")}},
		{"twice", []Entry{dir("."), file("./a", ""), file("./a", "")}},
		{"device", []Entry{dir("."), {Path: "./d", Mode: 0o020644}}},
		{"link without target", []Entry{dir("."), {Path: "./l", Mode: TypeLink | 0o777}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := Write(&bytes.Buffer{}, tc.in); err == nil {
				t.Fatal("Write succeeded")
			}
		})
	}
}

func TestReadRefuses(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, sample); err != nil {
		t.Fatal(err)
	}
	good := b.Bytes()
	corrupt := func(off int, v byte) []byte {
		c := bytes.Clone(good)
		c[off] = v
		return c
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"magic", corrupt(0, 'X')},
		{"version", corrupt(11, 2)},
		{"index offset", corrupt(16, 0x7f)},
		{"truncated", good[:len(good)/2]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Read(tc.data); err == nil {
				t.Fatal("Read succeeded")
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	var b bytes.Buffer
	if err := Write(&b, sample); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		es, err := Read(data)
		if err != nil {
			return
		}
		// What reads back is a valid tree: writing it again and reading
		// gives the same paths.
		var w bytes.Buffer
		if err := Write(&w, es); err != nil {
			return // e.g. a device type or odd mode the writer refuses
		}
		again, err := Read(w.Bytes())
		if err != nil || len(again) != len(es) {
			t.Fatalf("rewrite: %v, %d paths, want %d", err, len(again), len(es))
		}
	})
}
