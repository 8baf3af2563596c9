package plan

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/config"
)

var mainZone = Zone{ID: cfsim.SeedZoneMainID, Name: cfsim.SeedZoneMain}

type fixture struct {
	e    *Engine
	sim  *cfsim.Sim
	c    *cfclient.Client
	cfg  *config.Config
	ctx  context.Context
	t    testing.TB
	dir  string
	opts Options
}

type cfgT = config.Config

func newFixture(t testing.TB, mod func(*config.Config)) *fixture {
	t.Helper()
	t.Setenv(PlanKeyEnv, "")
	cfg := config.Default()
	cfg.StateDir = t.TempDir()
	cfg.Approval.RiskThreshold = 100
	if mod != nil {
		mod(cfg)
	}
	d, sim := clitest.Deps(t, cfg)
	f := &fixture{sim: sim, c: d.Client, cfg: cfg, ctx: context.Background(), t: t, dir: cfg.StateDir}
	f.opts = Options{Config: cfg, Executors: []Executor{&DNS{Client: d.Client}, &Settings{Client: d.Client}},
		Recovery: RecoveryTiming{Interval: 20 * time.Millisecond, Quiet: 300 * time.Millisecond}}
	f.e = f.fresh()
	return f
}

// fresh is a new engine on the same state folder (a restarted server).
func (f *fixture) fresh() *Engine {
	e, err := New(f.opts)
	if err != nil {
		f.t.Fatal(err)
	}
	return e
}

func (f *fixture) snap(kinds ...string) *Snapshot {
	f.t.Helper()
	if len(kinds) == 0 {
		kinds = []string{KindDNS}
	}
	s, err := f.e.Read(f.ctx, mainZone, kinds...)
	if err != nil {
		f.t.Fatal(err)
	}
	return s
}

func (f *fixture) records() []cfclient.DNSRecord {
	f.t.Helper()
	p, err := f.c.ListDNSRecords(f.ctx, mainZone.ID, cfclient.DNSFilter{}, 0)
	if err != nil {
		f.t.Fatal(err)
	}
	return p.Items
}

// state is a comparable digest of the zone's records (ids excluded, so a
// record restored under a new id compares equal).
func (f *fixture) state() string {
	f.t.Helper()
	var lines []string
	for _, r := range f.records() {
		lines = append(lines, string(recordJSON(FromAPI(r))))
	}
	sortStrings(lines)
	return strings.Join(lines, "\n")
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func (f *fixture) find(typ, name string) []cfclient.DNSRecord {
	var out []cfclient.DNSRecord
	for _, r := range f.records() {
		if r.Type == typ && r.Name == name {
			out = append(out, r)
		}
	}
	return out
}

func (f *fixture) createOp(v RecordValue) Op {
	f.t.Helper()
	op, err := CreateRecordOp(mainZone.Name, v)
	if err != nil {
		f.t.Fatal(err)
	}
	return op
}

func (f *fixture) prepare(s *Snapshot, ops ...Op) *Prepared {
	f.t.Helper()
	p, err := f.e.Prepare(f.ctx, s, Request{Tool: "test", Action: "test", Ops: ops})
	if err != nil {
		f.t.Fatal(err)
	}
	return p
}

func (f *fixture) apply(tok string) *Result {
	f.t.Helper()
	r, err := f.e.Apply(f.ctx, tok, "", Gate{})
	if err != nil {
		f.t.Fatal(err)
	}
	return r
}

func (f *fixture) recordByName(s *Snapshot, typ, name string) Object {
	f.t.Helper()
	for _, o := range s.Objects(KindDNS) {
		v, _ := DecodeRecord(o.Value)
		if v.Type == typ && v.Name == name {
			return o
		}
	}
	f.t.Fatalf("no %s %s", typ, name)
	return Object{}
}

func TestCreateApplyRollback(t *testing.T) {
	f := newFixture(t, nil)
	before := f.state()
	p := f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: "new", Content: "192.0.2.10", TTL: 300}))
	if f.state() != before {
		t.Fatal("planning changed the zone")
	}
	if len(p.Plan.Fingerprints) != 1 || !strings.Contains(p.Plan.Fingerprints[0].Object, "absent") {
		t.Errorf("a create is fingerprinted by absence: %+v", p.Plan.Fingerprints)
	}
	r := f.apply(p.Token)
	if r.Status != StatusApplied || r.Readback.Matched != 1 || !strings.HasPrefix(r.ChangeID, "chg_") {
		t.Fatalf("apply: %+v", r)
	}
	if got := f.find("A", "new.example.com"); len(got) != 1 || got[0].Content != "192.0.2.10" || got[0].TTL != 300 {
		t.Fatalf("record after apply: %+v", got)
	}
	rb, err := f.e.Rollback(f.ctx, r.ChangeID, Gate{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rb.Plan.Ops) != 1 || rb.Plan.Ops[0].Action != ActionDelete || rb.Plan.RollbackOf != r.ChangeID {
		t.Fatalf("rollback plan: %+v", rb.Plan.Ops)
	}
	r2 := f.apply(rb.Token)
	if r2.Status != StatusApplied || f.state() != before {
		t.Fatalf("rollback apply: %+v", r2)
	}
	l, err := f.e.List("", "", 50)
	if err != nil {
		t.Fatal(err)
	}
	st := map[string]string{}
	for _, c := range l.Changes {
		st[c.ChangeID] = c.Status
	}
	if st[r.ChangeID] != StatusRolledBack || st[r2.ChangeID] != StatusApplied {
		t.Errorf("change_list statuses: %v", st)
	}
	if _, err := f.e.Apply(f.ctx, p.Token, "", Gate{}); err == nil || !strings.Contains(err.Error(), "already applied") {
		t.Errorf("re-applying a plan: %v", err)
	}
}

func TestUpdateAndDeleteRoundTrip(t *testing.T) {
	f := newFixture(t, nil)
	before := f.state()
	s := f.snap()
	api := f.recordByName(s, "A", "api.example.com")
	ftp := f.recordByName(s, "A", "ftp.example.com")
	up, err := UpdateRecordOp(mainZone.Name, api, RecordValue{Type: "A", Name: "api", Content: "203.0.113.21", Proxied: true, Comment: "moved"})
	if err != nil {
		t.Fatal(err)
	}
	p := f.prepare(s, up, DeleteRecordOp(ftp))
	if p.Plan.Risk.Score < 25 || !strings.Contains(strings.Join(p.Plan.Risk.Reasons, "|"), "destructive: ftp.example.com stops resolving") {
		t.Errorf("risk: %+v", p.Plan.Risk)
	}
	r := f.apply(p.Token)
	if r.Status != StatusApplied {
		t.Fatalf("%+v", r)
	}
	if got := f.find("A", "api.example.com"); len(got) != 1 || got[0].Content != "203.0.113.21" || got[0].Comment != "moved" || got[0].ID != api.ID {
		t.Fatalf("updated: %+v", got)
	}
	if len(f.find("A", "ftp.example.com")) != 0 {
		t.Fatal("ftp not deleted")
	}
	rb, err := f.e.Rollback(f.ctx, r.ChangeID, Gate{})
	if err != nil {
		t.Fatal(err)
	}
	if r2 := f.apply(rb.Token); r2.Status != StatusApplied {
		t.Fatalf("%+v", r2)
	}
	if f.state() != before {
		t.Fatal("rollback did not restore the zone")
	}
}

func TestSecondPlanOnSameRecordIsRefused(t *testing.T) {
	f := newFixture(t, nil)
	s := f.snap()
	api := f.recordByName(s, "A", "api.example.com")
	op1, _ := UpdateRecordOp(mainZone.Name, api, RecordValue{Type: "A", Name: "api", Content: "203.0.113.31", Proxied: true})
	op2, _ := UpdateRecordOp(mainZone.Name, api, RecordValue{Type: "A", Name: "api", Content: "203.0.113.32", Proxied: true})
	p1, p2 := f.prepare(s, op1), f.prepare(s, op2)
	f.apply(p1.Token)
	after1 := f.state()
	_, err := f.e.Apply(f.ctx, p2.Token, "", Gate{})
	if err == nil || !strings.Contains(err.Error(), "was modified") || !strings.Contains(err.Error(), "make a new plan") {
		t.Fatalf("second apply: %v", err)
	}
	if f.state() != after1 {
		t.Fatal("a refused apply changed the zone")
	}
	// Two creates of the same record: the second finds it exists.
	s = f.snap()
	c1 := f.prepare(s, f.createOp(RecordValue{Type: "TXT", Name: "x", Content: "hello"}))
	c2 := f.prepare(s, f.createOp(RecordValue{Type: "TXT", Name: "x", Content: "hello"}))
	f.apply(c1.Token)
	if _, err := f.e.Apply(f.ctx, c2.Token, "", Gate{}); err == nil || !strings.Contains(err.Error(), "now exists") {
		t.Fatalf("second create: %v", err)
	}
	if n := len(f.find("TXT", "x.example.com")); n != 1 {
		t.Fatalf("%d records, want 1", n)
	}
}

func TestEveryRecordTypeReadsBackAsPlanned(t *testing.T) {
	f := newFixture(t, nil)
	prio := func(p int) *int { return &p }
	recs := []RecordValue{
		{Type: "A", Name: "t-a", Content: "192.0.2.1", Proxied: true},
		{Type: "AAAA", Name: "t-aaaa", Content: "2001:DB8:0:0::1", TTL: 120},
		{Type: "CNAME", Name: "t-cname", Content: "Target.Example.NET.", TTL: 60},
		{Type: "MX", Name: "t-mx", Content: "mx.example.net", Priority: prio(5)},
		{Type: "TXT", Name: "t-txt", Content: `"v=spf1 -all"`, Comment: "c"},
		{Type: "NS", Name: "t-ns", Content: "ns1.example.net"},
		{Type: "PTR", Name: "t-ptr", Content: "host.example.net"},
		{Type: "CAA", Name: "t-caa", Content: `0 issue "letsencrypt.org"`},
		{Type: "CAA", Name: "t-caa2", Data: json.RawMessage(`{"flags":128,"tag":"iodef","value":"mailto:x@example.com"}`)},
		{Type: "SRV", Name: "_x._tcp", Content: "5 5060 sip.example.com", Priority: prio(10)},
		{Type: "SRV", Name: "_y._udp", Data: json.RawMessage(`{"priority":1,"weight":2,"port":3,"target":"T.example.com."}`)},
	}
	var ops []Op
	for _, r := range recs {
		ops = append(ops, f.createOp(r))
	}
	r := f.apply(f.prepare(f.snap(), ops...).Token)
	if r.Status != StatusApplied {
		t.Fatalf("%+v", r)
	}
}

type cfgWindow = config.ChangeWindow

var osStat = os.Stat

func TestConcurrentAppliesOfOnePlan(t *testing.T) {
	f := newFixture(t, nil)
	p := f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: "race", Content: "192.0.2.5"}))
	type out struct {
		r   *Result
		err error
	}
	ch := make(chan out, 4)
	for i := 0; i < 4; i++ {
		e := f.fresh() // replicas sharing the state folder
		go func() {
			r, err := e.Apply(context.Background(), p.Token, "", Gate{})
			ch <- out{r, err}
		}()
	}
	applied := 0
	for i := 0; i < 4; i++ {
		o := <-ch
		if o.err == nil && o.r.Status == StatusApplied {
			applied++
		} else if o.err == nil {
			t.Errorf("unexpected result %+v", o.r)
		}
	}
	if applied != 1 || len(f.find("A", "race.example.com")) != 1 {
		t.Fatalf("%d applies succeeded; want exactly 1", applied)
	}
}

func TestLayer0StrictAtApply(t *testing.T) {
	f := newFixture(t, nil)
	p := f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: "strict", Content: "192.0.2.6"}))
	f.cfg.Layer0.Strict = true
	if _, err := f.e.Apply(f.ctx, p.Token, "", Gate{}); err == nil || !strings.Contains(err.Error(), "layer0.strict") {
		t.Fatalf("err = %v", err)
	}
	if r, err := f.e.Apply(f.ctx, p.Token, "", Gate{ReceiptID: "l0r_1"}); err != nil || r.Status != StatusApplied || r.ReceiptID != "l0r_1" {
		t.Fatalf("with a receipt: %+v %v", r, err)
	}
}

func TestCancelledCallStillFinishes(t *testing.T) {
	f := newFixture(t, nil)
	p := f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: "cancel", Content: "192.0.2.8"}))
	ctx, cancel := context.WithCancel(context.Background())
	f.e.Hooks.AfterIntent = func(string) error { cancel(); return nil }
	r, err := f.e.Apply(ctx, p.Token, "", Gate{})
	if err != nil || r.Status != StatusApplied || len(f.find("A", "cancel.example.com")) != 1 {
		t.Fatalf("%+v %v", r, err)
	}
}

func TestOldPlanBodiesAreSwept(t *testing.T) {
	f := newFixture(t, nil)
	old := f.prepare(f.snap(), f.createOp(RecordValue{Type: "A", Name: "old", Content: "192.0.2.9"}))
	path := f.e.planPath(old.Plan.ID)
	ago := time.Now().Add(-PlanRetention - time.Hour)
	if err := os.Chtimes(path, ago, ago); err != nil {
		t.Fatal(err)
	}
	e2 := f.fresh()
	if _, err := e2.Prepare(f.ctx, f.snap(), Request{Tool: "t", Action: "t", Ops: []Op{f.createOp(RecordValue{Type: "A", Name: "new", Content: "192.0.2.9"})}}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("an old plan body was kept: %v", err)
	}
}
