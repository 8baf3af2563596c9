package telemetry

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cfplane/cfplane/pkg/textmetrics"
)

// registerRuntime adds the Go runtime and process metrics that Prometheus'
// Go and process collectors export under the same names, read at scrape
// time: goroutines, threads, GOMAXPROCS, heap and memory obtained from the
// OS, the last GC; CPU time, resident and virtual memory, open file
// descriptors and start time (process_* on Linux only, from /proc/self).
func registerRuntime(r *textmetrics.Registry) {
	var (
		mu   sync.Mutex
		ms   runtime.MemStats
		read time.Time
	)
	// One ReadMemStats (a short stop of the world) per scrape, not per
	// metric.
	mem := func(f func(*runtime.MemStats) float64) func() float64 {
		return func() float64 {
			mu.Lock()
			defer mu.Unlock()
			if time.Since(read) > time.Second {
				runtime.ReadMemStats(&ms)
				read = time.Now()
			}
			return f(&ms)
		}
	}
	r.GaugeFunc("go_goroutines", "Number of goroutines that currently exist.", func() float64 { return float64(runtime.NumGoroutine()) })
	r.GaugeFunc("go_threads", "Number of OS threads created.", func() float64 { n, _ := runtime.ThreadCreateProfile(nil); return float64(n) })
	r.GaugeFunc("go_sched_gomaxprocs_threads", "The current runtime.GOMAXPROCS setting.", func() float64 { return float64(runtime.GOMAXPROCS(0)) })
	r.GaugeFunc("go_memstats_alloc_bytes", "Number of bytes allocated in heap and currently in use.", mem(func(m *runtime.MemStats) float64 { return float64(m.HeapAlloc) }))
	r.CounterFunc("go_memstats_alloc_bytes_total", "Total number of bytes allocated in heap until now, even if released already.", mem(func(m *runtime.MemStats) float64 { return float64(m.TotalAlloc) }))
	r.GaugeFunc("go_memstats_heap_inuse_bytes", "Number of heap bytes that are in use.", mem(func(m *runtime.MemStats) float64 { return float64(m.HeapInuse) }))
	r.GaugeFunc("go_memstats_sys_bytes", "Number of bytes obtained from system.", mem(func(m *runtime.MemStats) float64 { return float64(m.Sys) }))
	r.GaugeFunc("go_memstats_last_gc_time_seconds", "Number of seconds since 1970 of last garbage collection.", mem(func(m *runtime.MemStats) float64 { return float64(m.LastGC) / 1e9 }))
	r.CounterFunc("go_gc_cycles_total", "Number of completed GC cycles.", mem(func(m *runtime.MemStats) float64 { return float64(m.NumGC) }))

	if _, err := procStat(); err != nil {
		return // no /proc: no process metrics
	}
	stat := func(f func(procStatus) float64) func() float64 {
		return func() float64 {
			s, err := procStat()
			if err != nil {
				return 0
			}
			return f(s)
		}
	}
	r.CounterFunc("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", stat(func(s procStatus) float64 { return s.cpuSeconds }))
	r.GaugeFunc("process_resident_memory_bytes", "Resident memory size in bytes.", stat(func(s procStatus) float64 { return s.rssBytes }))
	r.GaugeFunc("process_virtual_memory_bytes", "Virtual memory size in bytes.", stat(func(s procStatus) float64 { return s.vsizeBytes }))
	r.GaugeFunc("process_start_time_seconds", "Start time of the process since unix epoch in seconds.", stat(func(s procStatus) float64 { return s.startSeconds }))
	r.GaugeFunc("process_open_fds", "Number of open file descriptors.", func() float64 {
		ents, err := os.ReadDir("/proc/self/fd")
		if err != nil {
			return 0
		}
		return float64(len(ents))
	})
}

type procStatus struct {
	cpuSeconds, rssBytes, vsizeBytes, startSeconds float64
}

// userHZ is the unit of the clock-tick fields of /proc/PID/stat (USER_HZ,
// 100 on every Linux architecture Go supports).
const userHZ = 100

// procStat reads /proc/self/stat (and the boot time from /proc/stat).
func procStat() (procStatus, error) {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return procStatus{}, err
	}
	// The command name (field 2) is in parentheses and may hold spaces:
	// fields are counted after its closing parenthesis, from field 3.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return procStatus{}, os.ErrInvalid
	}
	f := strings.Fields(s[i+1:])
	field := func(n int) float64 { // n: the field's number in proc(5)
		if n-3 >= len(f) {
			return 0
		}
		v, _ := strconv.ParseFloat(f[n-3], 64)
		return v
	}
	if len(f) < 22 {
		return procStatus{}, os.ErrInvalid
	}
	out := procStatus{
		cpuSeconds: (field(14) + field(15)) / userHZ,
		vsizeBytes: field(23),
		rssBytes:   field(24) * float64(os.Getpagesize()),
	}
	if boot, err := bootTime(); err == nil {
		out.startSeconds = boot + field(22)/userHZ
	}
	return out, nil
}

// bootTime is the btime line of /proc/stat: the boot time in seconds since
// the epoch.
func bootTime() (float64, error) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "btime "); ok {
			return strconv.ParseFloat(strings.TrimSpace(v), 64)
		}
	}
	return 0, os.ErrNotExist
}
