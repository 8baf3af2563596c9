package plan

import (
	"testing"
)

// BenchmarkPlanImport1000 is the plan for importing 1,000 records over a
// zone already read (API time excluded): fingerprints, post-state,
// invariants, risk, the stored body, the token and the audit record.
// Target: ≤ 50 ms.
func BenchmarkPlanImport1000(b *testing.B) {
	f := newFixture(b, func(c *cfgT) { c.Budgets.MaxOpsPerPlan = 1000 })
	s, err := f.e.Read(f.ctx, mainZone, KindDNS)
	if err != nil {
		b.Fatal(err)
	}
	ops := importOps(b, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f.e.Prepare(f.ctx, s, Request{Tool: "bench", Action: "import", Ops: ops}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPlanImport1000Compute is the same plan without the disk writes:
// fingerprints, invariants and risk.
func BenchmarkPlanImport1000Compute(b *testing.B) {
	f := newFixture(b, nil)
	s, err := f.e.Read(f.ctx, mainZone, KindDNS)
	if err != nil {
		b.Fatal(err)
	}
	ops := importOps(b, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, op := range ops {
			if _, err := fingerprintOf(s, op); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := f.e.invariants(f.ctx, s, ops); err != nil {
			b.Fatal(err)
		}
		effs, err := f.e.effects(f.ctx, s, ops)
		if err != nil {
			b.Fatal(err)
		}
		f.e.decide(mainZone, ops, effs, prior{})
	}
}

// BenchmarkApplyImport1000 applies a 1,000-record import to a fresh
// sandbox each time and reports the API calls it took (target ≤ 10).
func BenchmarkApplyImport1000(b *testing.B) {
	var calls int64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f := newFixture(b, func(c *cfgT) { c.Budgets.MaxOpsPerPlan = 1000 })
		cnt := &counting{rt: f.sim.Transport()}
		f.useClientWith(cnt)
		p := f.prepare(f.snap(), importOps(b, 1000)...)
		cnt.n.Store(0)
		b.StartTimer()
		r, err := f.e.Apply(f.ctx, p.Token, f.approve(p), Gate{})
		if err != nil || r.Status != StatusApplied {
			b.Fatalf("%+v %v", r, err)
		}
		calls += cnt.n.Load()
	}
	b.ReportMetric(float64(calls)/float64(b.N), "api-calls/op")
}
