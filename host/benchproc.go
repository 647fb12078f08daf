package main

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"time"

	"github.com/alertguard/alertguard/internal/install/callers"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/protocol"
)

// The whole-process measures of bench: what a browser waits for when it
// starts the host (start to first verdict), and what `scan` costs as a
// process (start, loading, reading the files, judging, printing) against
// parsing the same pages. Each run is a new process of the real binary.

// benchStartup starts the host runs times as a browser does, sends one
// framed snapshot and times until the verdict frame is read.
func benchStartup(w io.Writer, bin string, page *snapshot.Snapshot, runs int) error {
	frame, err := analyzeFrame(page)
	if err != nil {
		return fmt.Errorf("startup: %w", err)
	}
	dataDir, err := os.MkdirTemp("", "alertguard-bench-")
	if err != nil {
		return fmt.Errorf("startup: %w", err)
	}
	defer os.RemoveAll(dataDir)
	var took, cpu []time.Duration
	for r := 0; r < runs; r++ {
		d, c, err := firstVerdict(bin, dataDir, frame)
		if err != nil {
			return fmt.Errorf("startup: run %d: %w", r+1, err)
		}
		took, cpu = append(took, d), append(cpu, c)
	}
	med, p90, worst := quantiles(took)
	cm, cp90, _ := quantiles(cpu)
	fmt.Fprintf(w, "start to first verdict  median %v  p90 %v  max %v  (%d cold starts, %d-byte request)\n", med, p90, worst, runs, len(frame)-4)
	fmt.Fprintf(w, "host process CPU        median %v  p90 %v  (start to exit, all threads)\n", cm, cp90)
	return nil
}

// analyzeFrame is the native-messaging frame of an analyze request for
// page (nil: a one-line page).
func analyzeFrame(page *snapshot.Snapshot) ([]byte, error) {
	if page == nil {
		page = &snapshot.Snapshot{URL: benchURL, HTML: "<p>hello</p>", Reason: "load"}
	}
	snap, err := json.Marshal(page)
	if err != nil {
		return nil, err
	}
	req, err := json.Marshal(struct {
		protocol.Header
		protocol.AnalyzeRequest
	}{protocol.Header{ID: "1", Type: protocol.TypeAnalyze}, protocol.AnalyzeRequest{Snapshot: snap}})
	if err != nil {
		return nil, err
	}
	return append(binary.NativeEndian.AppendUint32(nil, uint32(len(req))), req...), nil
}

// firstVerdict times one cold start of the host up to its first reply,
// and says the CPU time of the whole process (steadier on a shared
// machine: a busy neighbour delays the reply but does not add to it).
func firstVerdict(bin, dataDir string, frame []byte) (wall, cpu time.Duration, err error) {
	cmd := exec.Command(bin, "chrome-extension://"+callers.ChromiumID+"/")
	cmd.Env = []string{"ALERTGUARD_DATA_DIR=" + dataDir, "HOME=" + dataDir}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return 0, 0, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return 0, 0, err
	}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	body, err := oneReply(stdin, stdout, frame)
	wall = time.Since(t0)
	stdin.Close() // the browser went away: the host ends
	if werr := cmd.Wait(); err == nil && werr != nil {
		err = fmt.Errorf("host: %w", werr)
	}
	if err != nil {
		return 0, 0, err
	}
	var h protocol.Header
	if json.Unmarshal(body, &h) != nil || h.Type != protocol.TypeVerdict {
		return 0, 0, fmt.Errorf("the reply is not a verdict: %.200s", body)
	}
	return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
}

// oneReply sends one frame and reads one back.
func oneReply(stdin io.Writer, stdout io.Reader, frame []byte) ([]byte, error) {
	if _, err := stdin.Write(frame); err != nil {
		return nil, err
	}
	var hdr [4]byte
	if _, err := io.ReadFull(stdout, hdr[:]); err != nil {
		return nil, fmt.Errorf("no reply: %w", err)
	}
	body := make([]byte, binary.NativeEndian.Uint32(hdr[:]))
	if _, err := io.ReadFull(stdout, body); err != nil {
		return nil, fmt.Errorf("short reply: %w", err)
	}
	return body, nil
}

// benchScan runs `scan` over args as a new process runs times and compares
// its wall and CPU time with parsing the pages scan reads, in this
// process, once each per pass (the median pass).
func benchScan(w io.Writer, bin string, args []string, runs int) error {
	var pages []*snapshot.Snapshot
	for _, in := range expand(args) {
		if in.err != nil {
			continue
		}
		if s, _, err := load(in.path, "", false, nil); err == nil {
			pages = append(pages, s)
		}
	}
	if len(pages) == 0 {
		return fmt.Errorf("scan: no pages")
	}
	dataDir, err := os.MkdirTemp("", "alertguard-bench-")
	if err != nil {
		return fmt.Errorf("scan: %w", err)
	}
	defer os.RemoveAll(dataDir)
	var wall, cpu, parse, parseCPU []time.Duration
	for r := 0; r < runs; r++ {
		cmd := exec.Command(bin, append([]string{"scan"}, args...)...)
		cmd.Env = []string{"ALERTGUARD_DATA_DIR=" + dataDir, "HOME=" + dataDir}
		t0 := time.Now()
		if err := cmd.Run(); err != nil {
			if _, judged := err.(*exec.ExitError); !judged { // exit 1: some input could not be judged
				return fmt.Errorf("scan: %w", err)
			}
		}
		wall = append(wall, time.Since(t0))
		cpu = append(cpu, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		t0, c0 := time.Now(), processCPU()
		for _, p := range pages {
			parseOnly(p)
		}
		parse, parseCPU = append(parse, time.Since(t0)), append(parseCPU, processCPU()-c0)
	}
	wm, wp90, _ := quantiles(wall)
	cm, cp90, _ := quantiles(cpu)
	pm, _, _ := quantiles(parse)
	pcm, _, _ := quantiles(parseCPU)
	fmt.Fprintf(w, "scan process    %d pages × %d runs: wall median %v p90 %v, CPU median %v p90 %v\n", len(pages), runs, wm, wp90, cm, cp90)
	fmt.Fprintf(w, "parse only      all %d pages, median pass: wall %v, CPU %v  (scan/parse ratio: wall %.2f, CPU %.2f)\n", len(pages), pm, pcm,
		float64(wm)/float64(max(pm, 1)), float64(cm)/float64(max(pcm, 1)))
	return nil
}

// quantiles: the median, p90 and max of d, rounded to the microsecond.
func quantiles(d []time.Duration) (med, p90, worst time.Duration) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	r := func(x time.Duration) time.Duration { return x.Round(time.Microsecond) }
	return r(d[len(d)/2]), r(d[len(d)*9/10]), r(d[len(d)-1])
}
