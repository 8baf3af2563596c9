package wafcheck

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfclient"
)

// zone1000 is an Enterprise zone with 1,000 varied custom rules.
func zone1000() *Snapshot {
	var rs []cfclient.Rule
	for i := 0; i < 1000; i++ {
		var expr string
		switch i % 5 {
		case 0:
			expr = fmt.Sprintf(`http.request.uri.path eq "/p%d" and ip.src.country in {"KP" "IR"}`, i)
		case 1:
			expr = fmt.Sprintf(`starts_with(http.request.uri.path, "/api/v%d/") and http.request.method eq "POST"`, i)
		case 2:
			expr = fmt.Sprintf(`lower(http.user_agent) contains "bot%d" and not ip.src in $office_ips`, i)
		case 3:
			expr = fmt.Sprintf(`ip.src in {45.95.%d.0/24} or ip.src.asnum eq %d`, i%256, 64000+i)
		case 4:
			expr = fmt.Sprintf(`http.host eq "h%d.example.com" and http.request.uri.query contains "id=%d"`, i, i)
		}
		rs = append(rs, cfclient.Rule{ID: fmt.Sprintf("r%04d", i), Action: []string{"block", "managed_challenge", "log", "js_challenge"}[i%4], Expression: expr})
	}
	s := snap("enterprise", custom(rs...), goodManaged, rl(r("block", `http.request.uri.path eq "/login"`, `rl={"characteristics":["cf.colo.id","ip.src"],"period":60,"requests_per_period":10}`)))
	return s
}

func BenchmarkAnalyze1000Rules(b *testing.B) {
	s := zone1000()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		res := Analyze(s)
		if res.RulesChecked != 1003 {
			b.Fatal(res.RulesChecked)
		}
	}
	b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// cpuTime is the process's user+system CPU time (all threads, GC included).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestAnalyze1000RulesComplete(t *testing.T) {
	res := Analyze(zone1000())
	if len(res.Notes) != 0 {
		t.Errorf("analysis of 1,000 rules was cut short: %v", res.Notes)
	}
	n := 0
	for _, f := range res.Findings {
		if f.Check == "rule-log-only" {
			n++
		}
	}
	if n != 250 {
		t.Errorf("log-only findings %d, want 250", n)
	}
}
