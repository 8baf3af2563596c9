// Package bench measures each binary from exec to the first tools/list
// answer over stdio (the start-up goal is ≤ 20 ms median), its resident
// memory after tools/list (≤ 20 MB) and the size of its tools/list JSON
// (≤ 16 KB). Run with `make bench` (CFPLANE_BIN points at bin/).
package bench

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

var servers = []string{"cloudflare_safe", "waf_intelligence", "oracle_answer"}

func binDir(b *testing.B) string {
	dir := os.Getenv("CFPLANE_BIN")
	if dir == "" {
		b.Skip("CFPLANE_BIN is not set; run `make bench`")
	}
	return dir
}

type sample struct {
	toFirstList time.Duration
	rssKB       int
	listBytes   int
}

// startSim runs cfsim on a free loopback port, as a deployment's servers
// would reach Cloudflare: over the network, not inside their own process.
func startSim(b *testing.B, dir string) string {
	b.Helper()
	cmd := exec.Command(filepath.Join(dir, "cfsim"), "--addr", "127.0.0.1:0", "--quiet")
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		b.Fatalf("cfsim did not start: %v", err)
	}
	i := strings.Index(line, "http://")
	if i < 0 {
		b.Fatalf("cfsim printed no URL: %q", line)
	}
	return strings.TrimSpace(line[i:])
}

// startToToolsList execs the binary, initialises and lists tools over stdio.
func startToToolsList(bin, sandboxURL string) (sample, error) {
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "XDG_STATE_HOME=" + os.TempDir()}
	r, err := session(bin, []string{"--sandbox=" + sandboxURL, "--log-level", "error"}, env, "")
	return sample{toFirstList: r.toList, rssKB: r.rssList, listBytes: r.listBytes}, err
}

func rssKB(pid int) int { return statusKB(pid, "VmRSS") }

// statusKB reads one kB field of /proc/PID/status (VmRSS, RssFile, RssAnon).
func statusKB(pid int, field string) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, field+":") {
			f := strings.Fields(l)
			if len(f) >= 2 {
				n, _ := strconv.Atoi(f[1])
				return n
			}
		}
	}
	return 0
}

// BenchmarkStartToToolsList reports, per binary, the median exec→tools/list
// time, the RSS after tools/list and the tools/list size.
func BenchmarkStartToToolsList(b *testing.B) {
	dir := binDir(b)
	url := startSim(b, dir)
	for _, name := range servers {
		b.Run(name, func(b *testing.B) {
			bin := filepath.Join(dir, name)
			var samples []sample
			for i := 0; i < b.N; i++ {
				s, err := startToToolsList(bin, url)
				if err != nil {
					b.Fatalf("%s: %v", name, err)
				}
				samples = append(samples, s)
			}
			sort.Slice(samples, func(i, j int) bool { return samples[i].toFirstList < samples[j].toFirstList })
			med := samples[len(samples)/2]
			var maxRSS int
			for _, s := range samples {
				maxRSS = max(maxRSS, s.rssKB)
			}
			b.ReportMetric(float64(med.toFirstList.Microseconds())/1000, "median-ms")
			b.ReportMetric(float64(maxRSS)/1024, "max-rss-MB")
			b.ReportMetric(float64(med.listBytes), "tools-list-B")
		})
	}
}
