package main

import (
	"encoding/binary"
	"io"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/alertguard/alertguard/internal/install/callers"
)

// BenchmarkStartupToFirstVerdict starts the real binary as a browser would
// and times until the first verdict frame arrives.
func BenchmarkStartupToFirstVerdict(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "alertguard")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	req := []byte(`{"id":"1","type":"analyze","snapshot":{"url":"https://x.example/","html":"<p>hello</p>"}}`)
	frame := make([]byte, 4+len(req))
	binary.NativeEndian.PutUint32(frame, uint32(len(req)))
	copy(frame[4:], req)
	dataDir := b.TempDir()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(bin, "chrome-extension://"+callers.ChromiumID+"/")
		cmd.Env = []string{"ALERTGUARD_DATA_DIR=" + dataDir}
		stdin, _ := cmd.StdinPipe()
		stdout, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		stdin.Write(frame)
		var hdr [4]byte
		if _, err := io.ReadFull(stdout, hdr[:]); err != nil {
			b.Fatal(err)
		}
		body := make([]byte, binary.NativeEndian.Uint32(hdr[:]))
		if _, err := io.ReadFull(stdout, body); err != nil {
			b.Fatal(err)
		}
		stdin.Close()
		cmd.Wait()
	}
}
