package xar

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

var when = time.Unix(1700000000, 0)

var sample = []File{
	{Name: "Distribution", Mode: 0o644, Data: []byte("<installer-gui-script/>\n")},
	{Name: "alertguard.pkg", Mode: 0o755, Dir: true, Children: []File{
		{Name: "Bom", Mode: 0o644, Data: []byte("BOMStore")},
		{Name: "Payload", Mode: 0o644, Data: bytes.Repeat([]byte{0, 0xff}, 5000)},
		{Name: "empty", Mode: 0o600},
	}},
}

var sampleRead = []Entry{
	{Path: "Distribution", Mode: 0o644, Data: []byte("<installer-gui-script/>\n")},
	{Path: "alertguard.pkg", Mode: 0o755, Dir: true},
	{Path: "alertguard.pkg/Bom", Mode: 0o644, Data: []byte("BOMStore")},
	{Path: "alertguard.pkg/Payload", Mode: 0o644, Data: bytes.Repeat([]byte{0, 0xff}, 5000)},
	{Path: "alertguard.pkg/empty", Mode: 0o600, Data: []byte{}},
}

func archive(t testing.TB, fs []File) []byte {
	var b bytes.Buffer
	if err := Write(&b, fs, when); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestRoundTrip(t *testing.T) {
	got, err := Read(archive(t, sample))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, sampleRead) {
		t.Fatalf("read back\n%+v\nwant\n%+v", got, sampleRead)
	}
	if !bytes.Equal(archive(t, sample), archive(t, sample)) {
		t.Fatal("two writes differ: not reproducible")
	}
}

// libarchive's bsdtar, an independent reader, lists and extracts it.
func TestBsdtarReads(t *testing.T) {
	if _, err := exec.LookPath("bsdtar"); err != nil {
		t.Skip("bsdtar not installed (apt-get install libarchive-tools)")
	}
	dir := t.TempDir()
	a := filepath.Join(dir, "a.xar")
	if err := os.WriteFile(a, archive(t, sample), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("bsdtar", "-xvf", a, "-C", dir).CombinedOutput()
	if err != nil {
		t.Fatalf("bsdtar: %v\n%s", err, out)
	}
	for _, e := range sampleRead {
		p := filepath.Join(dir, e.Path)
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if e.Dir != st.IsDir() || st.Mode().Perm() != os.FileMode(e.Mode) {
			t.Errorf("%s: mode %v, want %o dir=%v", e.Path, st.Mode(), e.Mode, e.Dir)
		}
		if !e.Dir {
			if b, _ := os.ReadFile(p); !bytes.Equal(b, e.Data) {
				t.Errorf("%s: content differs", e.Path)
			}
		}
	}
}

func TestWriteRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		fs   []File
	}{
		{"slash", []File{{Name: "a/b"}}},
		{"dotdot", []File{{Name: ".."}}},
		{"empty", []File{{Name: ""}}},
		{"twice", []File{{Name: "a"}, {Name: "a"}}},
		{"dir with data", []File{{Name: "d", Dir: true, Data: []byte("x")}}},
		{"file with children", []File{{Name: "f", Children: []File{{Name: "x"}}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := Write(&bytes.Buffer{}, tc.fs, when); err == nil {
				t.Fatal("Write succeeded")
			}
		})
	}
}

func TestReadRefuses(t *testing.T) {
	good := archive(t, sample)
	flip := func(off int) []byte {
		c := bytes.Clone(good)
		c[off] ^= 1
		return c
	}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a xar"},
		{"magic", flip(0), "not a xar"},
		{"checksum algorithm", flip(27), "algorithm"},
		{"table damaged", flip(40), ""},
		{"table checksum", flip(headerSize + int(binary.BigEndian.Uint64(good[8:])) + 3), "does not match its SHA-1"},
		{"payload damaged", flip(len(good) - 1), "SHA-1 mismatch"},
		{"truncated", good[:len(good)-1], "outside the heap"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Read: %v, want an error with %q", err, tc.want)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add(archive(f, sample))
	f.Add(archive(f, nil))
	f.Fuzz(func(t *testing.T, data []byte) {
		es, err := Read(data)
		if err != nil {
			return
		}
		for _, e := range es {
			for _, part := range strings.Split(e.Path, "/") {
				if !validName(part) {
					t.Fatalf("path %q has a bad part %q", e.Path, part)
				}
			}
			if e.Dir && len(e.Data) > 0 {
				t.Fatalf("directory %q with data", e.Path)
			}
		}
	})
}
