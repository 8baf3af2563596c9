package bench

import (
	"bufio"
	"debug/elf"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The side-by-side start-up benchmark runs a minimal mcp-go stdio server
// with one tool (./floor, the floor of this stack) and the three cfplane
// servers in interleaved rounds — every round runs each binary once, in a
// rotating order — so machine load falls on all of them alike, and prints
// each server's medians as ratios to the floor's:
//
//   - start → tools/list: exec to the tools/list answer (initialize first);
//   - RSS after tools/list, after the first tool call, and once the process
//     has settled after it (VmRSS; background work such as Layer0's build
//     done, so a call that does not wait for it is not measured light);
//   - the first tool call's latency (its own clock, not a ratio).
//
// Binaries come from CFPLANE_BIN when set (`make bench` builds them there
// with CGO_ENABLED=0); otherwise the benchmark builds them itself. The floor
// is always built here with the same flags.

// goals are the targets of the footprint work, as ratios to the floor.
const (
	goalListRatio     = 1.5
	goalRSSListRatio  = 1.6
	goalRSSCallRatio  = 2.5
	goalFirstCallMS   = 10.0
	goalToolsListSize = 16 << 10
)

// firstCalls is the tool call each binary answers first: a read that does
// real work (the Cloudflare sandbox, the rules parser, Layer0).
var firstCalls = map[string]string{
	"floor":            `{"name":"echo","arguments":{"text":"hello"}}`,
	"cloudflare_safe":  `{"name":"zone_list","arguments":{}}`,
	"waf_intelligence": `{"name":"waf_expression_validate","arguments":{"expression":"http.request.uri.path contains \"/admin\" and ip.src ne 192.0.2.1"}}`,
	"oracle_answer":    `{"name":"security_classify","arguments":{"text":"Please list the DNS records of example.com"}}`,
}

type run struct {
	cpuList time.Duration // CPU time the process used up to tools/list
	cpuCall time.Duration // CPU time of the first tool call
	toList  time.Duration
	rssList int // kB
	// rssListFile is the part of rssList that is pages of the binary
	// (RssFile): it follows what is linked and how it is laid out, while
	// the rest (RssAnon) is heap, stacks and runtime structures.
	rssListFile int // kB
	firstCall   time.Duration
	rssCall     int // kB
	// rssSettled is the RSS once the process has stopped using CPU after
	// the first call: background work started by tools/list or the call
	// (Layer0's build) has finished, whether or not the call waited for it.
	rssSettled int // kB
	listBytes  int
}

const buildLDFlags = "-s -w"

// goBuild builds pkg into dir with CGO off, as the Makefile does.
func goBuild(tb testing.TB, dir, name, pkg string) string {
	tb.Helper()
	out := filepath.Join(dir, name)
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags", buildLDFlags, "-o", out, pkg)
	cmd.Dir = moduleRoot(tb)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build %s: %v\n%s", pkg, err, b)
	}
	return out
}

// buildFloor builds ./floor as its own module with cfplane's requirements
// but none of its replace directives, so the floor is stock mcp-go v1.2.1
// and its dependencies as released (cfplane patches one of them).
func buildFloor(tb testing.TB, dir string) string {
	tb.Helper()
	root := moduleRoot(tb)
	mod := filepath.Join(dir, "floormod")
	if err := os.MkdirAll(mod, 0o755); err != nil {
		tb.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		tb.Fatal(err)
	}
	var kept []string
	for _, l := range strings.Split(string(gomod), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "replace ") {
			continue
		}
		if strings.HasPrefix(l, "module ") {
			l = "module floor"
		}
		kept = append(kept, l)
	}
	src, err := os.ReadFile(filepath.Join(root, "test", "bench", "floor", "main.go"))
	if err != nil {
		tb.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		tb.Fatal(err)
	}
	for name, b := range map[string][]byte{"go.mod": []byte(strings.Join(kept, "\n")), "go.sum": sum, "main.go": src} {
		if err := os.WriteFile(filepath.Join(mod, name), b, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	out := filepath.Join(dir, "floor")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags", buildLDFlags, "-o", out, ".")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOWORK=off", "GOFLAGS=-mod=mod")
	if b, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build floor: %v\n%s", err, b)
	}
	return out
}

func moduleRoot(tb testing.TB) string {
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	return filepath.Clean(filepath.Join(wd, "..", ".."))
}

// isStatic reports whether the ELF binary has no program interpreter (no
// dynamic loader): CGO_ENABLED=0 binaries are static.
func isStatic(path string) (bool, error) {
	f, err := elf.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			return false, nil
		}
	}
	return true, nil
}

// session execs bin, initialises, lists tools, calls one tool (none when
// call is empty) and measures.
func session(bin string, args []string, env []string, call string) (run, error) {
	start := time.Now()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return run{}, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return run{}, err
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return run{}, err
	}
	defer func() { _ = stdin.Close(); _ = cmd.Wait() }()
	r := bufio.NewReaderSize(stdout, 1<<20)
	send := func(s string) error { _, err := io.WriteString(stdin, s+"\n"); return err }
	wait := func(id int) ([]byte, error) {
		for {
			line, err := r.ReadBytes('\n')
			if err != nil {
				return nil, fmt.Errorf("%v (stderr: %s)", err, stderr.String())
			}
			var m struct {
				ID *int `json:"id"`
			}
			if json.Unmarshal(line, &m) == nil && m.ID != nil && *m.ID == id {
				return line, nil
			}
		}
	}
	if err := send(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bench","version":"0"}}}`); err != nil {
		return run{}, err
	}
	if _, err := wait(1); err != nil {
		return run{}, err
	}
	if err := send(`{"jsonrpc":"2.0","method":"notifications/initialized"}`); err != nil {
		return run{}, err
	}
	if err := send(`{"jsonrpc":"2.0","id":2,"method":"tools/list"}`); err != nil {
		return run{}, err
	}
	line, err := wait(2)
	if err != nil {
		return run{}, err
	}
	var out run
	out.toList = time.Since(start)
	out.rssList = rssKB(cmd.Process.Pid)
	out.rssListFile = statusKB(cmd.Process.Pid, "RssFile")
	out.cpuList = cpuTime(cmd.Process.Pid)
	var resp struct {
		Result json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(line, &resp); err != nil {
		return run{}, err
	}
	out.listBytes = len(resp.Result)
	if call == "" {
		return out, nil
	}
	callStart := time.Now()
	if err := send(`{"jsonrpc":"2.0","id":3,"method":"tools/call","params":` + call + `}`); err != nil {
		return run{}, err
	}
	line, err = wait(3)
	if err != nil {
		return run{}, err
	}
	out.firstCall = time.Since(callStart)
	out.rssCall = rssKB(cmd.Process.Pid)
	out.cpuCall = cpuTime(cmd.Process.Pid) - out.cpuList
	var cr struct {
		Result struct {
			IsError bool `json:"isError"`
		} `json:"result"`
		Error json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(line, &cr); err != nil || cr.Error != nil || cr.Result.IsError {
		return run{}, fmt.Errorf("first tool call failed: %s", line)
	}
	out.rssSettled = settledRSS(cmd.Process.Pid)
	return out, nil
}

// settledRSS waits until pid has used under 0.5 ms of CPU in each of two
// consecutive 25 ms windows (the runtime's own housekeeping; at most 2 s),
// then returns its RSS. Two windows, because background work starts only
// once a server has been idle for mcpkit.DefaultQuietPeriod (20 ms).
func settledRSS(pid int) int {
	last := cpuTime(pid)
	quiet := 0
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); {
		time.Sleep(25 * time.Millisecond)
		now := cpuTime(pid)
		if now-last < 500*time.Microsecond {
			quiet++
		} else {
			quiet = 0
		}
		if quiet == 2 {
			break
		}
		last = now
	}
	return rssKB(pid)
}

// cpuTime sums the on-CPU time of every thread of pid
// (/proc/PID/task/*/schedstat, nanoseconds): unlike wall-clock latency it
// does not depend on how loaded the machine is.
func cpuTime(pid int) time.Duration {
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/schedstat", pid))
	var total int64
	for _, t := range tasks {
		b, err := os.ReadFile(t)
		if err != nil {
			continue
		}
		if f := strings.Fields(string(b)); len(f) > 0 {
			n, _ := strconv.ParseInt(f[0], 10, 64)
			total += n
		}
	}
	return time.Duration(total)
}

func median[T any](xs []T, key func(T) float64) float64 {
	v := make([]float64, len(xs))
	for i, x := range xs {
		v[i] = key(x)
	}
	sort.Float64s(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// BenchmarkStartupVsFloor is the side-by-side start-up benchmark. Rounds:
// CFPLANE_BENCH_ROUNDS (default 15).
func BenchmarkStartupVsFloor(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("reads /proc/PID/status")
	}
	rounds := 15
	if s := os.Getenv("CFPLANE_BENCH_ROUNDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("CFPLANE_BENCH_ROUNDS=%q is not a positive integer", s)
		}
		rounds = n
	}
	tmp := b.TempDir()
	bins := map[string]string{"floor": buildFloor(b, tmp)}
	dir := os.Getenv("CFPLANE_BIN")
	for _, name := range append([]string{"cfsim"}, servers...) {
		if dir != "" {
			bins[name] = filepath.Join(dir, name)
		} else {
			bins[name] = goBuild(b, tmp, name, "./cmd/"+name)
		}
		static, err := isStatic(bins[name])
		if err != nil {
			b.Fatal(err)
		}
		if !static {
			b.Errorf("%s is dynamically linked; build with CGO_ENABLED=0", bins[name])
		}
	}
	sim := startSim(b, filepath.Dir(bins["cfsim"]))
	names := append([]string{"floor"}, servers...)
	results := map[string][]run{}
	for n := 0; n < b.N; n++ {
		for round := 0; round < rounds; round++ {
			for k := range names {
				name := names[(k+round)%len(names)]
				state := filepath.Join(tmp, "state", name)
				env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + tmp, "XDG_STATE_HOME=" + state}
				var args []string
				if name != "floor" {
					args = []string{"--sandbox=" + sim, "--log-level", "error"}
				}
				r, err := session(bins[name], args, env, firstCalls[name])
				if err != nil {
					b.Fatalf("%s: %v", name, err)
				}
				results[name] = append(results[name], r)
			}
		}
	}
	floor := results["floor"]
	fList := median(floor, func(r run) float64 { return float64(r.toList) })
	fCPU := median(floor, func(r run) float64 { return float64(r.cpuList) })
	fRSSList := median(floor, func(r run) float64 { return float64(r.rssList) })
	fRSSCall := median(floor, func(r run) float64 { return float64(r.rssCall) })
	fRSSSettled := median(floor, func(r run) float64 { return float64(r.rssSettled) })
	var tbl strings.Builder
	fmt.Fprintf(&tbl, "side-by-side start-up, %d interleaved rounds (medians; ratios to the floor)\n", rounds)
	tbl.WriteString("| server | start → tools/list | CPU to tools/list | RSS after tools/list | of it binary pages | RSS after first call | RSS settled | first call (CPU) | tools/list size | binary |\n|---|---|---|---|---|---|---|---|---|---|\n")
	for _, name := range names {
		rs := results[name]
		list := median(rs, func(r run) float64 { return float64(r.toList) })
		rssList := median(rs, func(r run) float64 { return float64(r.rssList) })
		rssListFile := median(rs, func(r run) float64 { return float64(r.rssListFile) })
		rssCall := median(rs, func(r run) float64 { return float64(r.rssCall) })
		rssSettled := median(rs, func(r run) float64 { return float64(r.rssSettled) })
		call := median(rs, func(r run) float64 { return float64(r.firstCall) })
		cpu := median(rs, func(r run) float64 { return float64(r.cpuList) })
		cpuCall := median(rs, func(r run) float64 { return float64(r.cpuCall) })
		size := rs[0].listBytes
		var binMB float64
		if fi, err := os.Stat(bins[name]); err == nil {
			binMB = float64(fi.Size()) / 1e6
		}
		fmt.Fprintf(&tbl, "| %s | %.1f ms (%.2f×) | %.1f ms (%.2f×) | %.1f MB (%.2f×) | %.1f MB | %.1f MB (%.2f×) | %.1f MB (%.2f×) | %.2f ms (%.2f ms) | %d B | %.1f MB |\n", name,
			list/1e6, list/fList, cpu/1e6, cpu/fCPU, rssList/1024, rssList/fRSSList, rssListFile/1024, rssCall/1024, rssCall/fRSSCall, rssSettled/1024, rssSettled/fRSSSettled, call/1e6, cpuCall/1e6, size, binMB)
		if name == "floor" {
			continue
		}
		b.ReportMetric(list/fList, name+"-list-x")
		b.ReportMetric(cpu/fCPU, name+"-cpu-list-x")
		b.ReportMetric(rssList/fRSSList, name+"-rss-list-x")
		b.ReportMetric(rssCall/fRSSCall, name+"-rss-call-x")
		b.ReportMetric(rssSettled/fRSSSettled, name+"-rss-settled-x")
		b.ReportMetric(call/1e6, name+"-call-ms")
		if size > goalToolsListSize {
			b.Errorf("%s: tools/list is %d bytes, over %d", name, size, goalToolsListSize)
		}
	}
	fmt.Fprintf(&tbl, "goals: start → tools/list ≤ %.1f×, RSS after tools/list ≤ %.1f×, after the first call ≤ %.1f×, first call ≤ %.0f ms, tools/list ≤ %d B\n",
		goalListRatio, goalRSSListRatio, goalRSSCallRatio, goalFirstCallMS, goalToolsListSize)
	fmt.Fprint(os.Stderr, tbl.String())
}
