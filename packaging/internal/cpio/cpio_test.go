package cpio

import (
	"bytes"
	"os/exec"
	"reflect"
	"strings"
	"testing"
)

var sample = []Entry{
	{Name: ".", Mode: TypeDir | 0o755, MTime: 1700000000},
	{Name: "./Library", Mode: TypeDir | 0o755, MTime: 1700000000},
	{Name: "./Library/a b.json", Mode: TypeReg | 0o644, UID: 0, GID: 80, MTime: 1700000000, Data: []byte(`{"x":1}` + "\n")},
	{Name: "./Library/prog", Mode: TypeReg | 0o755, MTime: 1700000001, Data: bytes.Repeat([]byte{0, 1, 2}, 1000)},
	{Name: "./Library/link", Mode: TypeLink | 0o755, MTime: 1700000000, Data: []byte("prog")},
	{Name: "./Library/empty", Mode: TypeReg | 0o600, MTime: 0},
}

func write(t testing.TB, es []Entry) []byte {
	var b bytes.Buffer
	w := NewWriter(&b)
	for _, e := range es {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestRoundTrip(t *testing.T) {
	got, err := Read(bytes.NewReader(write(t, sample)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, sample) {
		t.Fatalf("read back\n%+v\nwant\n%+v", got, sample)
	}
}

// GNU cpio, an independent reader, lists what the writer wrote.
func TestGNUCpioReads(t *testing.T) {
	if _, err := exec.LookPath("cpio"); err != nil {
		t.Skip("cpio not installed (apt-get install cpio)")
	}
	cmd := exec.Command("cpio", "-it", "--quiet")
	cmd.Stdin = bytes.NewReader(write(t, sample))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range sample {
		want = append(want, e.Name)
	}
	if got := strings.Split(strings.TrimSpace(string(out)), "\n"); !reflect.DeepEqual(got, want) {
		t.Fatalf("cpio -it: %q, want %q", got, want)
	}
}

func TestWriteRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		e    Entry
	}{
		{"empty name", Entry{Mode: TypeReg}},
		{"NUL in name", Entry{Name: "a\x00b", Mode: TypeReg}},
		{"device", Entry{Name: "dev", Mode: 0o020644}},
		{"dir with data", Entry{Name: "d", Mode: TypeDir | 0o755, Data: []byte("x")}},
		{"uid too large", Entry{Name: "u", Mode: TypeReg, UID: 1 << 20}},
		{"negative time", Entry{Name: "t", Mode: TypeReg, MTime: -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := NewWriter(&bytes.Buffer{}).Write(tc.e); err == nil {
				t.Fatalf("Write(%+v) succeeded", tc.e)
			}
		})
	}
}

func TestReadRefuses(t *testing.T) {
	good := write(t, sample)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", append([]byte("070701"), good[6:]...)},
		{"truncated data", good[:200]},
		{"no trailer", good[:len(good)-90]},
		{"not octal", append(append([]byte{}, good[:10]...), append([]byte("9"), good[11:]...)...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(tc.data)); err == nil {
				t.Fatal("Read succeeded")
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add(write(f, sample))
	f.Add(write(f, nil))
	f.Fuzz(func(t *testing.T, data []byte) {
		es, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Whatever reads must write back and read back the same.
		var b bytes.Buffer
		w := NewWriter(&b)
		for _, e := range es {
			if e.Mode&TypeMask != TypeReg && e.Mode&TypeMask != TypeDir && e.Mode&TypeMask != TypeLink || e.Mode&TypeMask == TypeDir && len(e.Data) > 0 {
				return
			}
			if err := w.Write(e); err != nil {
				t.Fatalf("rewrite %+v: %v", e, err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		again, err := Read(&b)
		if err != nil || !reflect.DeepEqual(again, es) {
			t.Fatalf("round trip: %v\n%+v\n%+v", err, again, es)
		}
	})
}
