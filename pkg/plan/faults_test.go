package plan

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/audit"
	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
)

// changeOps is a plan that creates, updates and deletes: every kind of
// batch operation.
func (f *fixture) changeOps(s *Snapshot) []Op {
	f.t.Helper()
	api := f.recordByName(s, "A", "api.example.com")
	up, err := UpdateRecordOp(mainZone.Name, api, RecordValue{Type: "A", Name: "api", Content: "203.0.113.44", Proxied: true, Comment: "public API"})
	if err != nil {
		f.t.Fatal(err)
	}
	return []Op{
		f.createOp(RecordValue{Type: "A", Name: "f1", Content: "192.0.2.41"}),
		f.createOp(RecordValue{Type: "TXT", Name: "f2", Content: "fault test"}),
		up,
		DeleteRecordOp(f.recordByName(s, "A", "sip.example.com")),
	}
}

// checkConsistent asserts that journal, audit log and zone agree with the
// result: applied means the planned state, rolled_back the state before; no
// record is duplicated.
func (f *fixture) checkConsistent(r *Result, before string) {
	f.t.Helper()
	switch r.Status {
	case StatusApplied:
		if len(f.find("A", "f1.example.com")) != 1 || len(f.find("TXT", "f2.example.com")) != 1 || len(f.find("A", "sip.example.com")) != 0 ||
			f.find("A", "api.example.com")[0].Content != "203.0.113.44" {
			f.t.Fatalf("status applied but the zone is not as planned")
		}
	case StatusRolledBack:
		if f.state() != before {
			f.t.Fatalf("status rolled_back but the zone differs from before the change")
		}
	default:
		f.t.Fatalf("status %s: %s", r.Status, r.Reason)
	}
	seen := map[string]bool{}
	for _, rec := range f.records() {
		k := RecordIdentity(FromAPI(rec))
		if seen[k] {
			f.t.Fatalf("duplicate record %s", k)
		}
		seen[k] = true
	}
	es, err := (&journal{path: journalPath(f.dir)}).entries()
	if err != nil {
		f.t.Fatal(err)
	}
	var intent, outcome *Entry
	for i := range es {
		if es[i].ChangeID == r.ChangeID && es[i].Type == EntryIntent {
			intent = &es[i]
		}
		if es[i].ChangeID == r.ChangeID && es[i].Type == EntryOutcome {
			outcome = &es[i]
		}
	}
	if intent == nil || outcome == nil || outcome.Status != r.Status || len(intent.Inverse) != len(intent.Ops) {
		f.t.Fatalf("journal: intent %v outcome %+v", intent != nil, outcome)
	}
	if _, err := audit.VerifyFile(f.e.AuditPath()); err != nil {
		f.t.Fatal(err)
	}
	b, _ := os.ReadFile(f.e.AuditPath())
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	last := lines[len(lines)-1]
	if !strings.Contains(last, `"change_id":"`+r.ChangeID+`"`) || !strings.Contains(last, `"outcome":"`+r.Status+`"`) {
		f.t.Fatalf("last audit record: %s", last)
	}
	for _, secret := range []string{"203.0.113.44", "fault test", clitest.Canary} {
		if strings.Contains(string(b), secret) {
			f.t.Fatalf("the audit log holds record content or a secret: %q", secret)
		}
	}
}

func TestFaultMatrix(t *testing.T) {
	batch := "/zones/*/dns_records/batch"
	list := "/zones/*/dns_records"
	type step int
	const (
		reread step = iota
		execute
		readback
	)
	cases := []struct {
		name   string
		at     step
		fault  cfsim.Fault
		want   string // status, or "" for either applied or rolled_back
		mutate bool   // another actor changes a record before the readback
	}{
		{name: "reread 429 once", at: reread, fault: cfsim.Fault{Method: "GET", Path: list, Kind: cfsim.FaultRateLimit, Count: 1}, want: StatusApplied},
		{name: "reread 503 twice", at: reread, fault: cfsim.Fault{Method: "GET", Path: list, Kind: cfsim.FaultServerError, Status: 503, Count: 2}, want: StatusApplied},
		{name: "reread truncated", at: reread, fault: cfsim.Fault{Method: "GET", Path: list, Kind: cfsim.FaultTruncate, Count: 1}, want: StatusApplied},
		{name: "batch 429", at: execute, fault: cfsim.Fault{Method: "POST", Path: batch, Kind: cfsim.FaultRateLimit, Count: 1}, want: StatusRolledBack},
		{name: "batch 500", at: execute, fault: cfsim.Fault{Method: "POST", Path: batch, Kind: cfsim.FaultServerError, Status: 500, Count: 1}, want: StatusRolledBack},
		{name: "batch truncated (applied, answer lost)", at: execute, fault: cfsim.Fault{Method: "POST", Path: batch, Kind: cfsim.FaultTruncate, Count: 1}, want: StatusApplied},
		{name: "batch partial 1", at: execute, fault: cfsim.Fault{Method: "POST", Path: batch, Kind: cfsim.FaultPartialBatch, Ops: 1, Count: 1}, want: StatusRolledBack},
		{name: "batch partial 3", at: execute, fault: cfsim.Fault{Method: "POST", Path: batch, Kind: cfsim.FaultPartialBatch, Ops: 3, Count: 1}, want: StatusRolledBack},
		{name: "batch partial, then undo 503 once", at: execute, fault: cfsim.Fault{Method: "POST", Path: batch, Kind: cfsim.FaultPartialBatch, Ops: 2, Count: 1}, want: StatusRolledBack},
		{name: "batch timeout", at: execute, fault: cfsim.Fault{Method: "POST", Path: batch, Kind: cfsim.FaultDelay, Delay: 2 * time.Second, Count: 1}, want: StatusRolledBack},
		{name: "readback 429 once", at: readback, fault: cfsim.Fault{Method: "GET", Path: list, Kind: cfsim.FaultRateLimit, Count: 1}, want: StatusApplied},
		{name: "readback truncated twice", at: readback, fault: cfsim.Fault{Method: "GET", Path: list, Kind: cfsim.FaultTruncate, Count: 2}, want: StatusApplied},
		{name: "readback mismatch", at: readback, mutate: true, want: StatusRolledBack},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, nil)
			if c.fault.Kind == cfsim.FaultDelay {
				f.useClient(cfclient.Config{Timeout: 200 * time.Millisecond})
			}
			before := f.state()
			p := f.prepare(f.snap(), f.changeOps(f.snap())...)
			switch c.at {
			case reread, execute:
				f.sim.SetFault(c.fault)
				if strings.Contains(c.name, "undo 503") {
					f.sim.SetFault(cfsim.Fault{Method: "POST", Path: batch, Kind: cfsim.FaultServerError, Status: 503, Count: 1})
				}
			case readback:
				f.e.Hooks.AfterExecute = func(string) error {
					if c.mutate {
						rec := f.find("TXT", "f2.example.com")[0]
						if _, err := f.c.EditDNSRecord(context.Background(), mainZone.ID, rec.ID, cfclient.DNSRecordInput{Content: "changed by someone else"}); err != nil {
							t.Fatal(err)
						}
						return nil
					}
					f.sim.SetFault(c.fault)
					return nil
				}
			}
			r, err := f.e.Apply(f.ctx, p.Token, "", Gate{})
			if err != nil {
				t.Fatal(err)
			}
			f.sim.ClearFaults()
			if r.Status != c.want {
				t.Fatalf("status %s, want %s: %s", r.Status, c.want, r.Reason)
			}
			f.checkConsistent(r, before)
		})
	}
}

// useClientWith swaps in a client whose requests go through rt.
func (f *fixture) useClientWith(rt http.RoundTripper) {
	c, err := cfclient.New(cfclient.Config{Token: clitest.Canary, BaseURL: "http://127.0.0.1" + cfsim.BasePath + "/", Sandbox: true,
		HTTPClient: &http.Client{Transport: rt}, MaxRetries: -1})
	if err != nil {
		f.t.Fatal(err)
	}
	f.c = c
	f.opts.Executors = []Executor{&DNS{Client: c}, &Settings{Client: c}}
	f.e = f.fresh()
}

// useClient swaps in a client with other settings on the same simulator.
func (f *fixture) useClient(cfg cfclient.Config) {
	f.t.Helper()
	cfg.Token, cfg.BaseURL, cfg.Sandbox = clitest.Canary, "http://127.0.0.1"+cfsim.BasePath+"/", true
	cfg.HTTPClient = &http.Client{Transport: f.sim.Transport()}
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = -1
	}
	c, err := cfclient.New(cfg)
	if err != nil {
		f.t.Fatal(err)
	}
	f.c = c
	f.opts.Executors = []Executor{&DNS{Client: c}, &Settings{Client: c}}
	f.e = f.fresh()
}

func TestPersistentOutageRefusesBeforeChanging(t *testing.T) {
	f := newFixture(t, nil)
	before := f.state()
	p := f.prepare(f.snap(), f.changeOps(f.snap())...)
	f.sim.SetFault(cfsim.Fault{Method: "GET", Path: "/zones/*/dns_records", Kind: cfsim.FaultServerError, Status: 503})
	_, err := f.e.Apply(f.ctx, p.Token, "", Gate{})
	f.sim.ClearFaults()
	var pe *Error
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "nothing was changed") {
		t.Fatalf("err = %v", err)
	}
	if f.state() != before {
		t.Fatal("the zone changed")
	}
}

func TestUndoFailureIsInterruptedAndRollbackFinishes(t *testing.T) {
	f := newFixture(t, nil)
	before := f.state()
	p := f.prepare(f.snap(), f.changeOps(f.snap())...)
	f.sim.SetFault(cfsim.Fault{Method: "POST", Path: "/zones/*/dns_records/batch", Kind: cfsim.FaultPartialBatch, Ops: 2, Count: 1})
	f.sim.SetFault(cfsim.Fault{Method: "POST", Path: "/zones/*/dns_records/batch", Kind: cfsim.FaultServerError, Status: 503, Count: 2})
	r, err := f.e.Apply(f.ctx, p.Token, "", Gate{})
	if err != nil {
		t.Fatal(err)
	}
	f.sim.ClearFaults()
	if r.Status != StatusInterrupted || !strings.Contains(r.Reason, "change_rollback "+r.ChangeID) {
		t.Fatalf("%+v", r)
	}
	rb, err := f.e.Rollback(f.ctx, r.ChangeID, Gate{})
	if err != nil {
		t.Fatal(err)
	}
	if r2 := f.apply(rb.Token); r2.Status != StatusApplied || f.state() != before {
		t.Fatalf("rollback: %+v", r2)
	}
}

func TestCrashBetweenIntentAndOutcome(t *testing.T) {
	for _, at := range []string{"after intent", "after execute"} {
		t.Run(at, func(t *testing.T) {
			f := newFixture(t, nil)
			before := f.state()
			p := f.prepare(f.snap(), f.changeOps(f.snap())...)
			var crashedID string
			stop := func(id string) error { crashedID = id; return errors.New("process killed") }
			if at == "after intent" {
				f.e.Hooks.AfterIntent = stop
			} else {
				f.e.Hooks.AfterExecute = stop
			}
			if _, err := f.e.Apply(f.ctx, p.Token, "", Gate{}); !errors.Is(err, ErrStopped) {
				t.Fatalf("err = %v", err)
			}
			// A torn write at the end of the journal, as a crash may leave.
			jf, _ := os.OpenFile(journalPath(f.dir), os.O_APPEND|os.O_WRONLY, 0o600)
			jf.WriteString(`{"type":"outc`)
			jf.Close()

			e2 := f.fresh() // the restarted server
			l, err := e2.List("", "", 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Changes) != 1 || l.Changes[0].ChangeID != crashedID || l.Changes[0].Status != StatusInterrupted {
				t.Fatalf("change_list: %+v", l.Changes)
			}
			if _, err := e2.Apply(f.ctx, p.Token, "", Gate{}); err == nil || !strings.Contains(err.Error(), "already applied as change "+crashedID+" (interrupted)") {
				t.Fatalf("re-apply: %v", err)
			}
			rb, err := e2.Rollback(f.ctx, crashedID, Gate{})
			if err != nil {
				t.Fatal(err)
			}
			wantOps := 0
			if at == "after execute" {
				wantOps = 4
			}
			if len(rb.Plan.Ops) != wantOps {
				t.Fatalf("rollback ops %d, want %d: %+v", len(rb.Plan.Ops), wantOps, rb.Plan.Ops)
			}
			r, err := e2.Apply(f.ctx, rb.Token, "", Gate{})
			if err != nil || r.Status != StatusApplied {
				t.Fatalf("%+v %v", r, err)
			}
			if f.state() != before {
				t.Fatal("the rollback did not restore the zone")
			}
			l, _ = e2.List("", "", 10)
			for _, c := range l.Changes {
				if c.ChangeID == crashedID && (c.Status != StatusRolledBack || c.RolledBackBy != r.ChangeID) {
					t.Fatalf("after rollback: %+v", c)
				}
			}
		})
	}
}

// counting counts requests to the simulator.
type counting struct {
	rt http.RoundTripper
	n  atomic.Int64
}

func (c *counting) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return c.rt.RoundTrip(r)
}

func importOps(t testing.TB, n int) []Op {
	ops := make([]Op, 0, n)
	for i := 0; i < n; i++ {
		op, err := CreateRecordOp(mainZone.Name, RecordValue{Type: "A", Name: "h" + itoa(i), Content: "192.0.2." + itoa(i%250+1), TTL: 300})
		if err != nil {
			t.Fatal(err)
		}
		ops = append(ops, op)
	}
	return ops
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

func TestImport1000InAtMost10Calls(t *testing.T) {
	f := newFixture(t, func(c *cfgT) { c.Budgets.MaxOpsPerPlan = 1000 })
	cnt := &counting{rt: f.sim.Transport()}
	f.useClientWith(cnt)
	p := f.prepare(f.snap(), importOps(t, 1000)...)
	if !p.Plan.Approval.Required {
		t.Fatalf("a 1,000-record import needs approval (blast radius): %+v", p.Plan.Risk)
	}
	cnt.n.Store(0)
	r, err := f.e.Apply(f.ctx, p.Token, f.approve(p), Gate{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != StatusApplied || r.Readback.Matched != 1000 {
		t.Fatalf("%+v", r)
	}
	if n := cnt.n.Load(); n > 10 {
		t.Fatalf("applying 1,000 records took %d API calls; the target is at most 10", n)
	} else {
		t.Logf("applying 1,000 records: %d API calls", n)
	}
}

func TestSettingsFaults(t *testing.T) {
	for _, c := range []struct {
		name  string
		fault cfsim.Fault
		want  string
	}{
		{"second PATCH 503", cfsim.Fault{Method: "PATCH", Path: "/zones/*/settings/security_level", Kind: cfsim.FaultServerError, Status: 503, Count: 1}, StatusRolledBack},
		{"PATCH 429", cfsim.Fault{Method: "PATCH", Path: "/zones/*/settings/*", Kind: cfsim.FaultRateLimit, Count: 1}, StatusRolledBack},
		// The first PATCH applies but its answer is cut; the second never runs.
		{"PATCH truncated", cfsim.Fault{Method: "PATCH", Path: "/zones/*/settings/*", Kind: cfsim.FaultTruncate, Count: 1}, StatusRolledBack},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, nil)
			read := func() string {
				s, err := f.c.GetZoneSettings(f.ctx, mainZone.ID)
				if err != nil {
					t.Fatal(err)
				}
				var parts []string
				for _, x := range s {
					parts = append(parts, x.ID+"="+string(x.Value))
				}
				sortStrings(parts)
				return strings.Join(parts, ",")
			}
			before := read()
			s := f.snap(KindSetting)
			bc, _ := s.Get(KindSetting, "browser_check")
			sl, _ := s.Get(KindSetting, "security_level")
			p := f.prepare(s, SetSettingOp(bc, "off"), SetSettingOp(sl, "high"))
			f.sim.SetFault(c.fault)
			r, err := f.e.Apply(f.ctx, p.Token, "", Gate{})
			f.sim.ClearFaults()
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != c.want || read() != before {
				t.Fatalf("%+v; settings restored: %v", r, read() == before)
			}
		})
	}
}

// failNth answers the nth batch request with a 503, without passing it on.
type failNth struct {
	rt   http.RoundTripper
	nth  int64
	seen atomic.Int64
}

func (f *failNth) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/dns_records/batch") && f.seen.Add(1) == f.nth {
		body := `{"success":false,"errors":[{"code":10001,"message":"injected"}],"messages":[],"result":null}`
		return &http.Response{StatusCode: 503, Status: "503 Service Unavailable", Header: http.Header{"Content-Type": {"application/json"}},
			Body: io.NopCloser(strings.NewReader(body)), ContentLength: int64(len(body)), Request: r}, nil
	}
	return f.rt.RoundTrip(r)
}

func TestFailureInALaterBatchUndoesTheEarlierOnes(t *testing.T) {
	f := newFixture(t, func(c *cfgT) { c.Budgets.MaxOpsPerPlan = 1000; c.Approval.RiskThreshold = 100 })
	before := f.state()
	f.useClientWith(&failNth{rt: f.sim.Transport(), nth: 2})
	p := f.prepare(f.snap(), importOps(t, 450)...)
	r, err := f.e.Apply(f.ctx, p.Token, f.approve(p), Gate{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != StatusRolledBack || !strings.Contains(r.Reason, "DNS batch 2 of 3") {
		t.Fatalf("%+v", r)
	}
	if f.state() != before {
		t.Fatal("the records of the first batch were not undone")
	}
}
