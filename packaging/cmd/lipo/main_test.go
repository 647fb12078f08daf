package main

import (
	"bytes"
	"debug/macho"
	"encoding/binary"
	"testing"
)

// thin is the smallest Mach-O executable header Go's reader accepts, with a payload.
func thin(cpu macho.Cpu, sub uint32, payload string) []byte {
	h := make([]byte, 32)
	binary.LittleEndian.PutUint32(h[0:], macho.Magic64)
	binary.LittleEndian.PutUint32(h[4:], uint32(cpu))
	binary.LittleEndian.PutUint32(h[8:], sub)
	binary.LittleEndian.PutUint32(h[12:], uint32(macho.TypeExec))
	return append(h, payload...)
}

func TestCreate(t *testing.T) {
	arm := thin(macho.CpuArm64, 0, "arm payload")
	amd := thin(macho.CpuAmd64, 3, "amd payload, a little longer")
	fat, err := Create([][]byte{arm, amd})
	if err != nil {
		t.Fatal(err)
	}
	if got := binary.BigEndian.Uint32(fat); got != 0xcafebabe {
		t.Fatalf("magic %#x", got)
	}
	f, err := macho.NewFatFile(bytes.NewReader(fat))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Arches) != 2 {
		t.Fatalf("%d architectures", len(f.Arches))
	}
	want := map[macho.Cpu][]byte{macho.CpuArm64: arm, macho.CpuAmd64: amd}
	for _, a := range f.Arches {
		if a.Offset%(1<<14) != 0 || a.Align != 14 {
			t.Errorf("%s at offset %d, align %d", a.Cpu, a.Offset, a.Align)
		}
		if !bytes.Equal(fat[a.Offset:a.Offset+a.Size], want[a.Cpu]) {
			t.Errorf("%s: the slice is not the thin binary", a.Cpu)
		}
	}
	again, _ := Create([][]byte{amd, arm})
	if !bytes.Equal(fat, again) {
		t.Error("the order of the inputs changes the output")
	}
	if _, err := Create([][]byte{arm, arm}); err == nil {
		t.Error("the same architecture twice was accepted")
	}
	if _, err := Create([][]byte{[]byte("not mach-o")}); err == nil {
		t.Error("a non-Mach-O input was accepted")
	}
}
