// Command lipo joins thin Mach-O binaries into one universal ("fat")
// binary, as Apple's `lipo -create` does, for the macOS release: Debian has
// no lipo. `lipo -verify FILE ARCH...` checks a universal binary with Go's
// own Mach-O reader.
//
//	lipo -output OUT THIN...
//	lipo -verify FILE x86_64 arm64
package main

import (
	"debug/macho"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
)

func main() {
	out := flag.String("output", "", "the universal binary to write")
	verify := flag.String("verify", "", "a universal binary to check; the arguments are the architectures it must hold")
	flag.Parse()
	var err error
	switch {
	case *verify != "":
		err = Verify(*verify, flag.Args())
	case *out != "" && flag.NArg() > 0:
		var thins [][]byte
		for _, p := range flag.Args() {
			b, rerr := os.ReadFile(p)
			if rerr != nil {
				err = rerr
				break
			}
			thins = append(thins, b)
		}
		if err == nil {
			var fat []byte
			if fat, err = Create(thins); err == nil {
				err = os.WriteFile(*out, fat, 0o755)
			}
		}
	default:
		err = errors.New("usage: lipo -output OUT THIN... | lipo -verify FILE ARCH...")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "lipo:", err)
		os.Exit(1)
	}
}

const (
	fatMagic = 0xcafebabe
	align    = 14 // 2^14 = 16 KiB, the arm64 page size; lipo uses it for both
)

// Create lays the thin binaries out after a fat header, each at an offset
// aligned to 2^14.
func Create(thins [][]byte) ([]byte, error) {
	type arch struct {
		cpu, sub uint32
		data     []byte
	}
	var archs []arch
	for i, t := range thins {
		f, err := macho.NewFile(bytesReader(t))
		if err != nil {
			return nil, fmt.Errorf("input %d is not a thin Mach-O file: %w", i+1, err)
		}
		for _, a := range archs {
			if a.cpu == uint32(f.Cpu) {
				return nil, fmt.Errorf("input %d: architecture %s given twice", i+1, f.Cpu)
			}
		}
		archs = append(archs, arch{uint32(f.Cpu), f.SubCpu, t})
	}
	// Apple's lipo sorts by alignment then cpu type; a stable order makes the output reproducible.
	slices.SortFunc(archs, func(a, b arch) int { return int(a.cpu) - int(b.cpu) })
	hdr := 8 + 20*len(archs)
	off := roundUp(hdr)
	out := make([]byte, 8, off)
	binary.BigEndian.PutUint32(out[0:], fatMagic)
	binary.BigEndian.PutUint32(out[4:], uint32(len(archs)))
	offsets := make([]int, len(archs))
	for i, a := range archs {
		offsets[i] = off
		var e [20]byte
		binary.BigEndian.PutUint32(e[0:], a.cpu)
		binary.BigEndian.PutUint32(e[4:], a.sub)
		binary.BigEndian.PutUint32(e[8:], uint32(off))
		binary.BigEndian.PutUint32(e[12:], uint32(len(a.data)))
		binary.BigEndian.PutUint32(e[16:], align)
		out = append(out, e[:]...)
		off = roundUp(off + len(a.data))
		if off > 1<<32-1 {
			return nil, errors.New("too large for a 32-bit fat header")
		}
	}
	for i, a := range archs {
		out = append(out, make([]byte, offsets[i]-len(out))...)
		out = append(out, a.data...)
	}
	return out, nil
}

func roundUp(n int) int { return (n + 1<<align - 1) &^ (1<<align - 1) }

// Verify opens a universal binary and checks it holds exactly the given
// architectures (Go's names for macho.Cpu: x86_64 is CpuAmd64, arm64 CpuArm64).
func Verify(p string, want []string) error {
	f, err := macho.OpenFat(p)
	if err != nil {
		return err
	}
	defer f.Close()
	var got []string
	for _, a := range f.Arches {
		if a.Type != macho.TypeExec {
			return fmt.Errorf("%s: the %s part is not an executable", p, a.Cpu)
		}
		switch a.Cpu {
		case macho.CpuAmd64:
			got = append(got, "x86_64")
		case macho.CpuArm64:
			got = append(got, "arm64")
		default:
			got = append(got, a.Cpu.String())
		}
	}
	slices.Sort(got)
	w := slices.Clone(want)
	slices.Sort(w)
	if !slices.Equal(got, w) {
		return fmt.Errorf("%s holds %v, want %v", p, got, w)
	}
	fmt.Printf("%s: universal binary with %v\n", p, got)
	return nil
}

type byteReaderAt []byte

func (b byteReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(b)) {
		return 0, io.EOF
	}
	n := copy(p, b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func bytesReader(b []byte) byteReaderAt { return byteReaderAt(b) }
