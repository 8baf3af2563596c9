package plan

import (
	"testing"
)

// zone1000Rules is a zone snapshot holding 1,000 custom rules (no API).
func zone1000Rules(b testing.TB, f *fixture) *Snapshot {
	s := newSnapshot(mainZone)
	x := &Rules{RuleKind: KindCustomRule}
	objs := make([]Object, 0, 1000)
	for i := 0; i < 1000; i++ {
		v := RuleValue{Ref: "r" + itoa(i), Position: i + 1, Action: "block", Enabled: true,
			Expression: `(http.request.uri.path eq "/p` + itoa(i) + `" and ip.src.country eq "KP")`, Description: "rule " + itoa(i)}
		o, err := x.Object("id"+itoa(i), RuleJSON(v))
		if err != nil {
			b.Fatal(err)
		}
		objs = append(objs, o)
	}
	s.set(KindCustomRule, objs)
	return s
}

// BenchmarkPlanRule1000Zone plans adding one narrow block rule at the top
// of a 1,000-rule zone read before (API time excluded).
func BenchmarkPlanRule1000Zone(b *testing.B) {
	f := newFixture(b, nil)
	f.opts.Executors = append(f.opts.Executors, RuleExecutors(f.c, nil)...)
	f.e = f.fresh()
	s := zone1000Rules(b, f)
	op := CreateRuleOp(KindCustomRule, RuleValue{Ref: "new", Position: 1, Action: "block", Enabled: true,
		Expression: `(http.request.uri.path eq "/wp-admin" and ip.src in {203.0.113.0/24})`})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f.e.Prepare(f.ctx, s, Request{Tool: "bench", Action: "create", Ops: []Op{op}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPlanSkip1000Zone plans a narrow skip rule at the top of a
// 1,000-rule zone: the effect model replays it and proves which later
// rules it makes unreachable (at most maxUnreachableChecks).
func BenchmarkPlanSkip1000Zone(b *testing.B) {
	f := newFixture(b, nil)
	f.opts.Executors = append(f.opts.Executors, RuleExecutors(f.c, nil)...)
	f.e = f.fresh()
	s := zone1000Rules(b, f)
	op := CreateRuleOp(KindCustomRule, RuleValue{Ref: "new", Position: 1, Action: "skip", Enabled: true,
		Expression: `(ip.src in {198.51.100.0/24} and http.request.uri.path eq "/health")`, ActionParameters: []byte(`{"ruleset":"current"}`)})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f.e.Prepare(f.ctx, s, Request{Tool: "bench", Action: "create", Ops: []Op{op}}); err != nil {
			b.Fatal(err)
		}
	}
}
