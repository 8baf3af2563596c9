package layer0

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// processCPU is the CPU time of the whole process (every thread, the
// garbage collector's included).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

type coldCosts struct {
	NewCPU, FirstCallCPU, FirstTextCPU time.Duration
	NewAlloc                           uint64
}

// TestColdChild is the child of BenchmarkColdStart: in a fresh process it
// builds a classifier, then classifies a first tool call and a first text,
// and prints what each cost.
func TestColdChild(t *testing.T) {
	if os.Getenv("LAYER0_COLD_CHILD") != "1" {
		t.Skip("run by BenchmarkColdStart")
	}
	if builtinRules != nil || catalogue != nil {
		t.Fatal("the tables are built before New: the cold start would not count building them")
	}
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	var c coldCosts
	t0 := processCPU()
	cl, err := New(Options{ReceiptKey: testKey})
	if err != nil {
		t.Fatal(err)
	}
	t1 := processCPU()
	runtime.ReadMemStats(&m1)
	if _, err := cl.ClassifyToolCall("dns_record_manage", map[string]any{"action": "update", "zone": "example.com",
		"record": map[string]any{"type": "CNAME", "name": "www", "content": "origin.example.net", "proxied": true, "comment": "move www to the new origin"}}); err != nil {
		t.Fatal(err)
	}
	t2 := processCPU()
	if _, err := cl.ClassifyText(benchAttack); err != nil {
		t.Fatal(err)
	}
	t3 := processCPU()
	c.NewCPU, c.FirstCallCPU, c.FirstTextCPU, c.NewAlloc = t1-t0, t2-t1, t3-t2, m1.TotalAlloc-m0.TotalAlloc
	_ = json.NewEncoder(os.Stdout).Encode(c)
}

// BenchmarkColdStart measures, in fresh processes, the cost of building the
// classifier and of the first classifications after it (which compile the
// expressions they reach): what a server's first tool call pays.
func BenchmarkColdStart(b *testing.B) {
	exe, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	var sum coldCosts
	n := 0
	for b.Loop() {
		cmd := exec.Command(exe, "-test.run", "^TestColdChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), "LAYER0_COLD_CHILD=1")
		out, err := cmd.Output()
		if err != nil {
			b.Fatalf("%v: %s", err, out)
		}
		var c coldCosts
		dec := json.NewDecoder(bytes.NewReader(out))
		if err := dec.Decode(&c); err != nil {
			b.Fatalf("child output %q: %v", out, err)
		}
		sum.NewCPU += c.NewCPU
		sum.FirstCallCPU += c.FirstCallCPU
		sum.FirstTextCPU += c.FirstTextCPU
		sum.NewAlloc += c.NewAlloc
		n++
	}
	b.ReportMetric(float64(sum.NewCPU.Microseconds())/float64(n)/1000, "new-cpu-ms")
	b.ReportMetric(float64(sum.FirstCallCPU.Microseconds())/float64(n)/1000, "first-call-cpu-ms")
	b.ReportMetric(float64(sum.FirstTextCPU.Microseconds())/float64(n)/1000, "first-attack-text-cpu-ms")
	b.ReportMetric(float64(sum.NewAlloc)/float64(n)/1e6, "new-alloc-MB")
}
