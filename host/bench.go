package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// runBench times the analysis of saved pages: per-page median, p99 and max,
// the ratio to goquery's parse alone (of the medians, of the totals over
// every page, and each page's own ratio), and memory; and, when inputs
// carry a screenshot, the OCR reading of each.
func runBench(args []string, e env) int {
	fs := newFlags("bench", "bench [--runs N | --startup N | --scan N] PATH... (files or folders of saved pages, snapshot .json, screenshots .jpg/.png)", e)
	runs := fs.Int("runs", 20, "judge every page `N` times")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the judging to `FILE` (go tool pprof reads it)")
	startup := fs.Int("startup", 0, "instead, start the host `N` times as a browser does and time each first verdict (on the first page named, or a one-line page)")
	scanRuns := fs.Int("scan", 0, "instead, run `scan PATH...` `N` times as a new process and compare it with parsing the same pages")
	hostBin := fs.String("host", "", "with --startup or --scan: the binary to start (default: this one), to compare two builds")
	if done, code := parseFlags(fs, args, e); done {
		return code
	}
	if *startup > 0 || *scanRuns > 0 {
		return benchProcess(e, fs.Args(), *hostBin, *startup, *scanRuns)
	}
	if fs.NArg() == 0 || *runs < 1 {
		fmt.Fprintln(e.stderr, "alertguard bench: name at least one file or folder, and --runs of 1 or more")
		return 2
	}
	start := time.Now()
	j, err := newJudge(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard: %v\n", err)
		return 1
	}
	loadTime := time.Since(start)
	var pages []*snapshot.Snapshot
	for _, in := range benchInputs(fs.Args()) {
		s, err := benchLoad(in.path)
		if in.err != nil || err != nil {
			fmt.Fprintf(e.stderr, "alertguard bench: %s: skipped\n", in.path)
			continue
		}
		pages = append(pages, s)
	}
	if len(pages) == 0 {
		fmt.Fprintln(e.stderr, "alertguard bench: no pages")
		return 1
	}
	if *cpuprofile != "" {
		stop, err := startCPUProfile(*cpuprofile)
		if err != nil {
			fmt.Fprintf(e.stderr, "alertguard bench: %v\n", err)
			return 1
		}
		defer stop()
	}
	var analyse, parse, pictured []time.Duration
	var cpu [2]time.Duration                             // the process's CPU time while judging and while parsing the pages without a screenshot
	perPage := make([][2][]time.Duration, 0, len(pages)) // each page's analysis and parse times
	var peak uint64
	var ms runtime.MemStats
	for r := 0; r < *runs; r++ {
		k := 0
		for _, p := range pages {
			s := *p
			c0, t0 := processCPU(), time.Now()
			j.Judge(&s)
			a, c1 := time.Since(t0), processCPU()
			if p.Screenshot != nil { // OCR: timed apart below, and not a parse's worth of work
				pictured = append(pictured, a)
				continue
			}
			t0 = time.Now()
			parseOnly(p)
			pt, c2 := time.Since(t0), processCPU()
			cpu[0], cpu[1] = cpu[0]+c1-c0, cpu[1]+c2-c1
			analyse, parse = append(analyse, a), append(parse, pt)
			if r == 0 {
				perPage = append(perPage, [2][]time.Duration{})
			}
			perPage[k][0], perPage[k][1] = append(perPage[k][0], a), append(perPage[k][1], pt)
			k++
		}
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
	}
	fmt.Fprintf(e.stdout, "pages %d × %d runs on %s/%s, %d CPUs\n", len(pages), *runs, runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	fmt.Fprintf(e.stdout, "signature load  %v\n", loadTime.Round(time.Microsecond))
	if len(perPage) > 0 {
		printRatios(e.stdout, analyse, parse, perPage)
		if processCPU() > 0 { // measured here (not on every system)
			fmt.Fprintf(e.stdout, "all pages, CPU   analysis %v, parse %v  (ratio %.1f; the process's user + system time, every thread: steadier than wall time on a busy machine)\n",
				cpu[0].Round(time.Millisecond), cpu[1].Round(time.Millisecond), float64(cpu[0])/float64(max(cpu[1], 1)))
		}
	}
	if len(pictured) > 0 {
		med, _, worst := stats(pictured)
		fmt.Fprintf(e.stdout, "with screenshot %d pages, judged with OCR, apart from the ratios: median %v  max %v\n", len(pictured) / *runs, med, worst)
	}
	fmt.Fprintf(e.stdout, "heap in use     peak %.1f MiB\n", float64(peak)/(1<<20))
	benchOCR(e.stdout, pages, *runs, j.Analyzer.OCR)
	return 0
}

// printRatios says the judging and parse times of the pages without a
// screenshot, and their three ratios.
func printRatios(w io.Writer, analyse, parse []time.Duration, perPage [][2][]time.Duration) {
	ratios := pageRatios(perPage)
	total, ptotal := sum(analyse), sum(parse)
	med, p99, worst := stats(analyse)
	pmed, _, _ := stats(parse)
	fmt.Fprintf(w, "analysis/page   median %v  p99 %v  max %v\n", med, p99, worst)
	fmt.Fprintf(w, "parse only      median %v  (analysis/parse ratio %.1f)\n", pmed, float64(med)/float64(max(pmed, 1)))
	fmt.Fprintf(w, "all pages       analysis %v, parse %v  (ratio %.1f)\n", total.Round(time.Millisecond), ptotal.Round(time.Millisecond), float64(total)/float64(max(ptotal, 1)))
	fmt.Fprintf(w, "each page       analysis/parse ratio of its medians: median %.1f, p75 %.1f\n", ratios[len(ratios)/2], ratios[len(ratios)*3/4])
}

// benchProcess runs the whole-process measures on this binary.
func benchProcess(e env, args []string, bin string, startup, scanRuns int) int {
	var err error
	switch {
	case bin != "":
	case e.executable != nil:
		bin, err = e.executable()
	default:
		bin, err = os.Executable()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard bench: %v\n", err)
		return 1
	}
	fmt.Fprintf(e.stdout, "%s on %s/%s, %d CPUs\n", bin, runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	if startup > 0 {
		var page *snapshot.Snapshot
		if ins := benchInputs(args); len(ins) > 0 && ins[0].err == nil {
			page, _ = benchLoad(ins[0].path)
		}
		if err := benchStartup(e.stdout, bin, page, startup); err != nil {
			fmt.Fprintf(e.stderr, "alertguard bench: %v\n", err)
			return 1
		}
	}
	if scanRuns > 0 {
		if err := benchScan(e.stdout, bin, args, scanRuns); err != nil {
			fmt.Fprintf(e.stderr, "alertguard bench: %v\n", err)
			return 1
		}
	}
	return 0
}

// parseOnly parses what judging parses of a snapshot before reading it:
// the page and the frames saved with it.
func parseOnly(s *snapshot.Snapshot) {
	_, _ = goquery.NewDocumentFromReader(strings.NewReader(s.HTML))
	for _, f := range s.Frames {
		if f.HTML != "" {
			_, _ = goquery.NewDocumentFromReader(strings.NewReader(f.HTML))
		}
	}
}

// startCPUProfile profiles until the returned stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// pageRatios is each page's median analysis over its median parse, sorted:
// the ratio of the medians over all samples compares different pages (the
// median analysis is not the median parse's page) and moves with the
// steepness of both distributions.
func pageRatios(perPage [][2][]time.Duration) []float64 {
	out := make([]float64, 0, len(perPage))
	for _, p := range perPage {
		out = append(out, float64(median(p[0]))/float64(max(median(p[1]), 1)))
	}
	sort.Float64s(out)
	return out
}

// median sorts d and returns its middle, unrounded (a small page parses
// in a few microseconds).
func median(d []time.Duration) time.Duration {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d[len(d)/2]
}

func sum(d []time.Duration) time.Duration {
	var t time.Duration
	for _, x := range d {
		t += x
	}
	return t
}

func stats(d []time.Duration) (med, p99, worst time.Duration) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d[len(d)/2].Round(time.Microsecond), d[len(d)*99/100].Round(time.Microsecond), d[len(d)-1].Round(time.Microsecond)
}
