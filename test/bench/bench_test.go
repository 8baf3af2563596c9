// Package bench measures each binary from exec to the first tools/list
// answer over stdio (the start-up goal is ≤ 20 ms median), its resident
// memory after tools/list (≤ 20 MB) and the size of its tools/list JSON
// (≤ 16 KB). Run with `make bench` (CFPLANE_BIN points at bin/).
package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
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
	start := time.Now()
	cmd := exec.Command(bin, "--sandbox="+sandboxURL, "--log-level", "error")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "XDG_STATE_HOME=" + os.TempDir()}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return sample{}, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return sample{}, err
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		return sample{}, err
	}
	defer func() { _ = stdin.Close(); _ = cmd.Wait() }()
	r := bufio.NewReaderSize(stdout, 1<<20)
	send := func(s string) error { _, err := io.WriteString(stdin, s+"\n"); return err }
	wait := func(id int) ([]byte, error) {
		for {
			line, err := r.ReadBytes('\n')
			if err != nil {
				return nil, err
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
		return sample{}, err
	}
	if _, err := wait(1); err != nil {
		return sample{}, err
	}
	if err := send(`{"jsonrpc":"2.0","method":"notifications/initialized"}`); err != nil {
		return sample{}, err
	}
	if err := send(`{"jsonrpc":"2.0","id":2,"method":"tools/list"}`); err != nil {
		return sample{}, err
	}
	line, err := wait(2)
	if err != nil {
		return sample{}, err
	}
	s := sample{toFirstList: time.Since(start)}
	var resp struct {
		Result json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(line, &resp); err != nil {
		return sample{}, err
	}
	s.listBytes = len(resp.Result)
	s.rssKB = rssKB(cmd.Process.Pid)
	return s, nil
}

func rssKB(pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
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
