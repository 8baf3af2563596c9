package plan

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfclient"
)

// ruleFixture is a fixture whose engine also manages ruleset rules.
func ruleFixture(t *testing.T) *fixture {
	t.Helper()
	f := newFixture(t, nil)
	f.opts.Executors = append([]Executor{&DNS{Client: f.c}, &Settings{Client: f.c}}, RuleExecutors(f.c, nil)...)
	f.e = f.fresh()
	return f
}

func (f *fixture) ruleObj(kind, ref string) Object {
	f.t.Helper()
	for _, o := range f.snap(kind).Objects(kind) {
		if o.Identity == ref {
			return o
		}
	}
	f.t.Fatalf("no %s rule %s", kind, ref)
	return Object{}
}

func (f *fixture) liveRule(phase, id string) cfclient.Rule {
	f.t.Helper()
	rs, err := f.c.GetPhaseEntrypoint(f.ctx, mainZone.ID, phase)
	if err != nil {
		f.t.Fatal(err)
	}
	for _, r := range rs.Rules {
		if r.ID == id {
			return r
		}
	}
	f.t.Fatalf("no rule %s in %s", id, phase)
	return cfclient.Rule{}
}

func (f *fixture) mustApply(ops ...Op) *Result {
	f.t.Helper()
	kinds := map[string]bool{}
	var ks []string
	for _, op := range ops {
		if !kinds[op.Kind] {
			kinds[op.Kind] = true
			ks = append(ks, op.Kind)
		}
	}
	r := f.apply(f.prepare(f.snap(ks...), ops...).Token)
	if r.Status != StatusApplied {
		f.t.Fatalf("%s: %s (readback %+v)", r.Status, r.Reason, r.Readback)
	}
	return r
}

// TestSkipAndRateLimitCreatesApplyWithServerDefaults: the API adds logging
// {enabled: true} to a skip rule and requests_to_origin/mitigation_timeout
// to a rate limit; the readback accepts these defaults instead of rolling
// the creates back.
func TestSkipAndRateLimitCreatesApplyWithServerDefaults(t *testing.T) {
	f := ruleFixture(t)
	skip := RuleValue{Ref: "skip_office", Position: 1, Action: "skip", Expression: `ip.src in {192.0.2.0/24}`, Enabled: true,
		ActionParameters: json.RawMessage(`{"ruleset":"current"}`)}
	r := f.mustApply(CreateRuleOp(KindCustomRule, skip))
	if len(r.Readback.Mismatches) != 0 || len(r.Readback.ServerAdded) != 0 {
		t.Fatalf("readback %+v", r.Readback)
	}
	o := f.ruleObj(KindCustomRule, "skip_office")
	if v, _ := DecodeRule(o.Value); string(v.Logging) != `{"enabled":true}` {
		t.Fatalf("live skip rule %s", o.Value)
	}
	rl := RuleValue{Ref: "rl_login", Position: 1, Action: "block", Expression: `http.request.uri.path eq "/login"`, Enabled: true,
		RateLimit: json.RawMessage(`{"characteristics":["ip.src","cf.colo.id"],"period":60,"requests_per_period":10}`)}
	f.mustApply(CreateRuleOp(KindRateLimitRule, rl))
	o = f.ruleObj(KindRateLimitRule, "rl_login")
	if !strings.Contains(string(o.Value), `"requests_to_origin":false`) || !strings.Contains(string(o.Value), `"mitigation_timeout":0`) {
		t.Fatalf("live rate limit %s", o.Value)
	}
}

// TestRuleUpdatesKeepExposedCredentialCheck: enable, disable, edit and
// move of a rule send the whole definition, so exposed_credential_check
// (and any field cfplane does not model) survives the PATCH.
func TestRuleUpdatesKeepExposedCredentialCheck(t *testing.T) {
	f := ruleFixture(t)
	ecc := json.RawMessage(`{"password_expression":"url_decode(http.request.body.form[\"pass\"][0])","username_expression":"url_decode(http.request.body.form[\"user\"][0])"}`)
	en := true
	rs, err := f.c.GetPhaseEntrypoint(f.ctx, mainZone.ID, cfclient.PhaseCustom)
	if err != nil {
		t.Fatal(err)
	}
	rs, err = f.c.CreateRule(f.ctx, mainZone.ID, rs.ID, cfclient.Rule{Action: "managed_challenge", Expression: `http.request.uri.path eq "/login"`,
		Ref: "creds", Enabled: &en, ExposedCredentialCheck: ecc}, nil)
	if err != nil {
		t.Fatal(err)
	}
	id := rs.Rules[len(rs.Rules)-1].ID
	steps := []struct {
		name string
		mod  func(*RuleValue)
	}{
		{"disable", func(v *RuleValue) { v.Enabled = false }},
		{"enable", func(v *RuleValue) { v.Enabled = true }},
		{"edit", func(v *RuleValue) {
			v.Expression = `http.request.uri.path in {"/login" "/signin"}`
			v.Description = "login"
		}},
		{"move", func(v *RuleValue) { v.Position = 1 }},
	}
	for _, st := range steps {
		cur := f.ruleObj(KindCustomRule, "creds")
		v, err := DecodeRule(cur.Value)
		if err != nil {
			t.Fatal(err)
		}
		st.mod(&v)
		f.mustApply(UpdateRuleOp(cur, v))
		got := f.liveRule(cfclient.PhaseCustom, id)
		if string(canonJSON(got.ExposedCredentialCheck)) != string(ecc) {
			t.Fatalf("%s dropped exposed_credential_check: %s", st.name, got.ExposedCredentialCheck)
		}
	}
	// The plan value carries it, so an undo re-creates it too.
	if !strings.Contains(string(f.ruleObj(KindCustomRule, "creds").Value), `"exposed_credential_check"`) {
		t.Fatal("rule value lacks exposed_credential_check")
	}
}

// TestSkipToBlockDropsLogging: a skip rule (which has logging) becomes a
// block rule; the update does not send logging (20018) and applies.
func TestSkipToBlockDropsLogging(t *testing.T) {
	f := ruleFixture(t)
	f.mustApply(CreateRuleOp(KindCustomRule, RuleValue{Ref: "sk", Position: 1, Action: "skip", Expression: "ip.src eq 192.0.2.1", Enabled: true,
		ActionParameters: json.RawMessage(`{"ruleset":"current"}`), Logging: json.RawMessage(`{"enabled":false}`)}))
	cur := f.ruleObj(KindCustomRule, "sk")
	v, _ := DecodeRule(cur.Value)
	v.Action, v.ActionParameters = "block", nil
	op := UpdateRuleOp(cur, v)
	if strings.Contains(string(op.After), "logging") {
		t.Fatalf("planned block rule keeps logging: %s", op.After)
	}
	f.mustApply(op)
	if got := f.liveRule(cfclient.PhaseCustom, cur.ID); got.Action != "block" || len(got.Logging) != 0 {
		t.Fatalf("live rule %+v", got)
	}
}

// TestRollbackOfDeletedRecordsRestoresSettingsAndData: undoing a delete
// re-creates the records with their settings and HTTPS data.
func TestRollbackOfDeletedRecordsRestoresSettingsAndData(t *testing.T) {
	f := newFixture(t, nil)
	cn, err := f.c.CreateDNSRecord(f.ctx, mainZone.ID, cfclient.DNSRecordInput{Type: "CNAME", Name: "flat." + mainZone.Name,
		Content: "origin.example.net", Settings: json.RawMessage(`{"flatten_cname":true}`)})
	if err != nil {
		t.Fatal(err)
	}
	h, err := f.c.CreateDNSRecord(f.ctx, mainZone.ID, cfclient.DNSRecordInput{Type: "HTTPS", Name: "svc." + mainZone.Name,
		Data: json.RawMessage(`{"priority":1,"target":".","value":"alpn=\"h3,h2\""}`)})
	if err != nil {
		t.Fatal(err)
	}
	before := f.state()
	s := f.snap()
	var ops []Op
	for _, id := range []string{cn.ID, h.ID} {
		o, ok := s.Get(KindDNS, id)
		if !ok {
			t.Fatalf("record %s not read", id)
		}
		ops = append(ops, DeleteRecordOp(o))
	}
	r := f.apply(f.prepare(s, ops...).Token)
	if r.Status != StatusApplied || len(f.find("CNAME", "flat."+mainZone.Name)) != 0 {
		t.Fatalf("delete: %+v", r)
	}
	rb, err := f.e.Rollback(f.ctx, r.ChangeID, Gate{})
	if err != nil {
		t.Fatal(err)
	}
	if r2 := f.apply(rb.Token); r2.Status != StatusApplied {
		t.Fatalf("rollback: %+v", r2)
	}
	if f.state() != before {
		t.Fatalf("state after rollback differs:\n%s\nwant\n%s", f.state(), before)
	}
	c := f.find("CNAME", "flat."+mainZone.Name)
	hs := f.find("HTTPS", "svc."+mainZone.Name)
	if len(c) != 1 || string(canonJSON(c[0].Settings)) != `{"flatten_cname":true}` {
		t.Fatalf("CNAME restored without settings: %+v", c)
	}
	if len(hs) != 1 || string(canonJSON(hs[0].Data)) != `{"priority":1,"target":".","value":"alpn=\"h3,h2\""}` {
		t.Fatalf("HTTPS restored without data: %+v", hs)
	}
}

// TestReadOnlyRecordRefused: a record with meta.read_only cannot be planned
// on: an update fails when planned, a delete when prepared.
func TestReadOnlyRecordRefused(t *testing.T) {
	f := newFixture(t, nil)
	mx, err := f.c.CreateDNSRecord(f.ctx, mainZone.ID, cfclient.DNSRecordInput{Type: "MX", Name: "mail." + mainZone.Name,
		Content: "route1.mx.cloudflare.net", Priority: intPtr(13)})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.sim.SetRecordReadOnly(mainZone.ID, mx.ID, true); err != nil {
		t.Fatal(err)
	}
	s := f.snap()
	cur, _ := s.Get(KindDNS, mx.ID)
	v, _ := DecodeRecord(cur.Value)
	if !v.ReadOnly {
		t.Fatalf("read-only not read: %s", cur.Value)
	}
	v.Content = "other.example.net"
	if _, err := UpdateRecordOp(mainZone.Name, cur, v); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("update: %v", err)
	}
	_, err = f.e.Prepare(f.ctx, s, Request{Tool: "test", Action: "test", Ops: []Op{DeleteRecordOp(cur)}})
	if err == nil || !strings.Contains(err.Error(), "read-only (meta.read_only)") || !strings.Contains(err.Error(), "Email Routing") {
		t.Fatalf("delete: %v", err)
	}
}

func intPtr(i int) *int { return &i }

// TestReadbackDiff: planned keys compare semantically; server additions
// are reported apart; a planned field that came back different is a diff.
func TestReadbackDiff(t *testing.T) {
	cases := []struct {
		kind, planned, got string
		diffs, added       string
	}{
		{KindCustomRule, `{"action":"skip","enabled":true}`, `{"action":"skip","enabled":true,"logging":{"enabled":true}}`, "", ""},
		{KindCustomRule, `{"action":"block"}`, `{"action":"block","logging":{"enabled":true}}`, "", ""},
		{KindRateLimitRule, `{"ratelimit":{"period":60}}`, `{"ratelimit":{"period":60.0,"requests_to_origin":false,"mitigation_timeout":0}}`, "", ""},
		{KindRateLimitRule, `{"ratelimit":{"characteristics":["ip.src","cf.colo.id"]}}`, `{"ratelimit":{"characteristics":["cf.colo.id","ip.src"]}}`, "", ""},
		{KindRateLimitRule, `{"ratelimit":{"period":60}}`, `{"ratelimit":{"period":600}}`, "ratelimit.period", ""},
		{KindDNS, `{"tags":["a","b"],"proxied":false}`, `{"tags":["b","a"]}`, "", ""},
		{KindDNS, `{"content":"x"}`, `{"content":"x","private_routing":true}`, "", "private_routing"},
		{KindDNS, `{"content":"x","comment":"c"}`, `{"content":"y"}`, "comment,content", ""},
		{KindCustomRule, `{"action":"log","x":[{"a":1},{"a":2}]}`, `{"action":"log","x":[{"a":2},{"a":1}]}`, "x[0].a,x[1].a", ""},
	}
	for i, c := range cases {
		d, a := readbackDiff(c.kind, json.RawMessage(c.planned), json.RawMessage(c.got))
		if strings.Join(d, ",") != c.diffs || strings.Join(a, ",") != c.added {
			t.Errorf("%d: diffs %v added %v, want %q %q", i, d, a, c.diffs, c.added)
		}
	}
}

// TestReadbackMismatchStillRollsBack: a planned field that comes back
// different rolls the apply back. The plan (not normalised on purpose)
// sends a CNAME target in upper case; the API stores it in lower case.
func TestReadbackMismatchStillRollsBack(t *testing.T) {
	f := newFixture(t, nil)
	before := f.state()
	v := RecordValue{Type: "CNAME", Name: "drift." + mainZone.Name, Content: "Target.Example.NET", TTL: 300}
	op := Op{Kind: KindDNS, Action: ActionCreate, Object: "dns_record " + RecordLabel(v), Identity: RecordIdentity(v),
		Before: json.RawMessage("null"), After: recordJSON(v)}
	r := f.apply(f.prepare(f.snap(), op).Token)
	if r.Status != StatusRolledBack || !strings.Contains(r.Reason, "content") || f.state() != before {
		t.Fatalf("%+v", r)
	}
}
