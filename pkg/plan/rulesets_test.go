package plan

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/policy"
)

// fakeRulesets records the rule calls it gets.
type fakeRulesets struct {
	missing bool
	calls   []string
	bodies  []string
}

func (f *fakeRulesets) GetZone(context.Context, string) (cfclient.Zone, error) {
	return cfclient.Zone{Plan: cfclient.Ref{Name: "Pro Website"}}, nil
}
func (f *fakeRulesets) GetPhaseEntrypoint(context.Context, string, string) (cfclient.Ruleset, error) {
	if f.missing {
		return cfclient.Ruleset{}, cfclient.ErrNotFound
	}
	return cfclient.Ruleset{ID: strings.Repeat("e", 32)}, nil
}
func (f *fakeRulesets) rec(call string, r any) {
	b, _ := json.Marshal(r)
	f.calls, f.bodies = append(f.calls, call), append(f.bodies, string(b))
}
func (f *fakeRulesets) UpdatePhaseEntrypoint(_ context.Context, _, phase string, u cfclient.RulesetUpdate) (cfclient.Ruleset, error) {
	f.rec("put "+phase, u)
	return cfclient.Ruleset{ID: strings.Repeat("e", 32)}, nil
}
func (f *fakeRulesets) CreateRule(_ context.Context, _, _ string, r cfclient.Rule, pos *cfclient.RulePosition) (cfclient.Ruleset, error) {
	f.rec("post "+r.Ref+" at "+strconv.Itoa(pos.Index), r)
	return cfclient.Ruleset{ID: strings.Repeat("e", 32)}, nil
}
func (f *fakeRulesets) UpdateRule(_ context.Context, _, _, id string, r cfclient.Rule, pos *cfclient.RulePosition) (cfclient.Ruleset, error) {
	f.rec("patch "+id+" at "+strconv.Itoa(pos.Index), r)
	return cfclient.Ruleset{ID: strings.Repeat("e", 32)}, nil
}
func (f *fakeRulesets) DeleteRule(_ context.Context, _, _, id string) (cfclient.Ruleset, error) {
	f.rec("delete "+id, nil)
	return cfclient.Ruleset{ID: strings.Repeat("e", 32)}, nil
}

func ruleObj(t *testing.T, x *Rules, id string, v RuleValue) Object {
	t.Helper()
	o, err := x.Object(id, RuleJSON(v))
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestRulesExecuteUsesRuleEndpoints(t *testing.T) {
	f := &fakeRulesets{}
	x := &Rules{Client: f, RuleKind: KindCustomRule}
	skip := RuleValue{Ref: "s", Position: 2, Action: "skip", Expression: "true", Enabled: true,
		ActionParameters: json.RawMessage(`{"ruleset":"current"}`), Logging: json.RawMessage(`{"enabled":false}`)}
	cur := ruleObj(t, x, strings.Repeat("1", 32), skip)
	block := skip
	block.Action, block.ActionParameters, block.Logging, block.Position = "block", nil, nil, 1
	del := ruleObj(t, x, strings.Repeat("2", 32), RuleValue{Ref: "d", Position: 5, Action: "block", Expression: "true"})
	ops := []Op{
		CreateRuleOp(KindCustomRule, RuleValue{Ref: "new", Position: 3, Action: "block", Expression: "true", Enabled: true}),
		UpdateRuleOp(cur, block),
		DeleteRuleOp(del),
	}
	if err := x.Execute(context.Background(), strings.Repeat("z", 32), ops); err != nil {
		t.Fatal(err)
	}
	want := []string{"delete " + strings.Repeat("2", 32), "patch " + strings.Repeat("1", 32) + " at 1", "post new at 3"}
	if strings.Join(f.calls, "|") != strings.Join(want, "|") {
		t.Fatalf("calls %q, want %q", f.calls, want)
	}
	// The PATCH is the complete new definition (the API replaces the
	// rule): fields the plan drops are simply absent.
	if strings.Contains(f.bodies[1], `"action_parameters"`) || strings.Contains(f.bodies[1], `"logging"`) || strings.Contains(f.bodies[1], `"ratelimit"`) ||
		!strings.Contains(f.bodies[1], `"expression":"true"`) || !strings.Contains(f.bodies[1], `"ref":"s"`) {
		t.Fatalf("patch body: %s", f.bodies[1])
	}
	// A phase without an entry point: the create makes it with one rule.
	g := &fakeRulesets{missing: true}
	if err := (&Rules{Client: g, RuleKind: KindManagedRule}).Execute(context.Background(), strings.Repeat("z", 32), ops[:1]); err != nil {
		t.Fatal(err)
	}
	if len(g.calls) != 1 || g.calls[0] != "put http_request_firewall_managed" || !strings.Contains(g.bodies[0], `"ref":"new"`) {
		t.Fatalf("calls %q %q", g.calls, g.bodies)
	}
}

func TestRulesPolicyAndLimits(t *testing.T) {
	f := &fakeRulesets{missing: true}
	zone := Zone{ID: strings.Repeat("z", 32), Name: "example.com"}
	custom := &Rules{Client: f, RuleKind: KindCustomRule}
	if _, err := custom.Read(context.Background(), zone.ID); err != nil {
		t.Fatal(err)
	}
	var st policy.State
	objs := []Object{
		ruleObj(t, custom, "a", RuleValue{Ref: "a", Action: "skip", Expression: "true", Enabled: true, ActionParameters: json.RawMessage(`{"products":["zoneLockdown","uaBlock","bic","hot","securityLevel","rateLimit","waf"]}`)}),
		ruleObj(t, custom, "b", RuleValue{Ref: "b", Action: "skip", Expression: "true", Enabled: true, ActionParameters: json.RawMessage(`{"phases":["http_ratelimit"]}`)}),
		ruleObj(t, custom, "c", RuleValue{Ref: "c", Action: "skip", Expression: "true", Enabled: true, ActionParameters: json.RawMessage(`{"ruleset":"current"}`)}),
	}
	custom.Policy(objs, &st)
	custom.ZoneState(zone, &st)
	if st.CustomRules != 3 || st.Limits.CustomRules != 20 || st.Limits.RatelimitRules != 0 || len(st.Rules) != 3 ||
		!st.Rules[0].SkipAllProducts || st.Rules[1].SkipAllProducts || st.Rules[2].SkipRuleset != "current" {
		t.Fatalf("state: %+v", st)
	}
	managed := &Rules{RuleKind: KindManagedRule}
	var ms policy.State
	exec := func(id string, enabled bool, ov string) Object {
		ap := `{"id":"` + id + `"` + ov + `}`
		return ruleObj(t, managed, id, RuleValue{Ref: id, Action: "execute", Expression: "true", Enabled: enabled, ActionParameters: json.RawMessage(ap)})
	}
	managed.Policy([]Object{exec("m1", true, ""), exec("m2", false, ""), exec("m3", true, `,"overrides":{"enabled":false}`), exec("m4", true, `,"overrides":{"action":"log"}`)}, &ms)
	if strings.Join(ms.ManagedDeployed, ",") != "m1,m4" {
		t.Fatalf("deployed: %v", ms.ManagedDeployed)
	}
	for plan, want := range map[string]policy.Limits{"Free Website": {CustomRules: 5, RatelimitRules: 1}, "Business Website": {CustomRules: 100, RatelimitRules: 5},
		"Enterprise Website": {CustomRules: 1000, RatelimitRules: 100}, "Custom": {}} {
		if got := PlanLimits(plan); got != want {
			t.Errorf("%s: %+v", plan, got)
		}
	}
}

func TestRulesAssess(t *testing.T) {
	prot := strings.Repeat("1", 32)
	x := &Rules{RuleKind: KindCustomRule, Protected: []string{prot}}
	base := RuleValue{Ref: "r", Position: 2, Action: "block", Expression: "true", Description: "Block", Enabled: true}
	cur := ruleObj(t, x, prot, base)
	off, logv, moved := base, base, base
	off.Enabled, logv.Action, moved.Position = false, "log", 4
	for _, c := range []struct {
		op        Op
		reason    string
		overrides int
	}{
		{DeleteRuleOp(cur), `destructive: deletes waf_custom_rule "Block"`, 1},
		{UpdateRuleOp(cur, off), "destructive: disables", 1},
		{UpdateRuleOp(cur, logv), "weakens waf_custom_rule \"Block\" (id " + prot + "): action block → log", 1},
		{UpdateRuleOp(cur, moved), "from position 2 to 4", 1},
		{CreateRuleOp(KindCustomRule, RuleValue{Ref: "n", Action: "skip", Expression: "true", Enabled: true, ActionParameters: json.RawMessage(`{"phases":["http_ratelimit","http_request_firewall_managed","http_request_sbfm"]}`)}),
			"skip rule: matching requests skip phases http_ratelimit, http_request_firewall_managed, http_request_sbfm (all of them)", 0},
	} {
		_, reasons, ov := x.Assess(Zone{Name: "example.com"}, c.op, nil)
		if !strings.Contains(strings.Join(reasons, "|"), c.reason) || len(ov) != c.overrides {
			t.Errorf("%s %s: reasons %q overrides %v; want %q", c.op.Action, c.op.Object, reasons, ov, c.reason)
		}
	}
	m := &Rules{RuleKind: KindManagedRule}
	ex := RuleValue{Ref: "e", Action: "execute", Expression: "true", Enabled: true, ActionParameters: json.RawMessage(`{"id":"` + ManagedOWASPID + `"}`)}
	mc := ruleObj(t, m, strings.Repeat("2", 32), ex)
	lg := ex
	lg.ActionParameters = json.RawMessage(`{"id":"` + ManagedOWASPID + `","overrides":{"action":"log"}}`)
	if _, r, _ := m.Assess(Zone{}, UpdateRuleOp(mc, lg), nil); !strings.Contains(strings.Join(r, "|"), "Cloudflare OWASP Core Ruleset overridden to log") {
		t.Errorf("log override: %q", r)
	}
	if _, r, _ := m.Assess(Zone{}, DeleteRuleOp(mc), nil); !strings.Contains(strings.Join(r, "|"), "removes managed ruleset Cloudflare OWASP Core Ruleset") {
		t.Errorf("delete: %q", r)
	}
}
