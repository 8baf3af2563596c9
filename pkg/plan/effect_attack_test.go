package plan

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/config"
)

// attackFixture is the default configuration (risk_threshold 60, the
// default protected records) with every executor and the account reader.
func attackFixture(t *testing.T, mod func(*config.Config)) *fixture {
	t.Helper()
	f := newFixture(t, func(c *config.Config) {
		c.Approval.RiskThreshold = config.Default().Approval.RiskThreshold
		if mod != nil {
			mod(c)
		}
	})
	f.allExecutors()
	return f
}

func (f *fixture) allExecutors() {
	f.opts.Executors = append([]Executor{&DNS{Client: f.c}, &Settings{Client: f.c}, &Lists{Client: f.c, Polls: 20, Interval: 5_000_000}},
		RuleExecutors(f.c, nil)...)
	f.opts.Account = f.c
	f.e = f.fresh()
}

func (f *fixture) plan(kinds []string, build func(s *Snapshot) []Op) (*Prepared, error) {
	f.t.Helper()
	s, err := f.e.Read(f.ctx, mainZone, kinds...)
	if err != nil {
		f.t.Fatal(err)
	}
	return f.e.Prepare(f.ctx, s, Request{Tool: "test", Action: "test", Ops: build(s)})
}

func ruleByRef(t testing.TB, s *Snapshot, kind, desc string) Object {
	t.Helper()
	for _, o := range s.Objects(kind) {
		v, _ := DecodeRule(o.Value)
		if v.Description == desc {
			return o
		}
	}
	t.Fatalf("no %s %q", kind, desc)
	return Object{}
}

func skipRule(expr string) RuleValue {
	return RuleValue{Ref: "skipall", Position: 1, Action: "skip", Enabled: true, Expression: expr,
		ActionParameters: json.RawMessage(`{"ruleset":"current","phases":["http_ratelimit","http_request_firewall_managed"]}`)}
}

func mustUpdate(t testing.TB, cur Object, v RecordValue) Op {
	t.Helper()
	old, _ := DecodeRecord(cur.Value)
	if v.Type == "" {
		v.Type = old.Type
	}
	if v.Name == "" {
		v.Name = old.Name
	}
	if v.Content == "" && v.Data == nil {
		v.Content = old.Content
	}
	v.TTL, v.Proxied, v.Comment = old.TTL, old.Proxied, old.Comment
	op, err := UpdateRecordOp(mainZone.Name, cur, v)
	if err != nil {
		t.Fatal(err)
	}
	return op
}

// TestAttacksNeedApproval: each change of the attacks 1–3 is
// planned under the default configuration; each needs a person.
func TestAttacksNeedApproval(t *testing.T) {
	dns := []string{KindDNS}
	custom := []string{KindCustomRule}
	cases := []struct {
		name  string
		kinds []string
		build func(t *testing.T, f *fixture, s *Snapshot) []Op
	}{
		{"skip ssl or not ssl", custom, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{CreateRuleOp(KindCustomRule, skipRule("ssl or not ssl"))}
		}},
		{"skip two halves of IPv4", custom, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{CreateRuleOp(KindCustomRule, skipRule("ip.src in {0.0.0.0/1 128.0.0.0/1}"))}
		}},
		{"skip method ne NOPE", custom, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{CreateRuleOp(KindCustomRule, skipRule(`http.request.method ne "NOPE"`))}
		}},
		{"rename www CNAME", dns, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{mustUpdate(t, f.recordByName(s, "CNAME", "www.example.com"), RecordValue{Name: "www2"})}
		}},
		{"apex A to an outside address", dns, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{mustUpdate(t, f.recordByName(s, "A", "example.com"), RecordValue{Content: "45.33.32.156"})}
		}},
		{"NS delegation to an outside server", dns, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{mustUpdate(t, f.recordByName(s, "NS", "internal.example.com"), RecordValue{Content: "ns1.attacker.example"})}
		}},
		{"CAA retyped to TXT", dns, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{mustUpdate(t, f.recordByName(s, "CAA", "example.com"), RecordValue{Type: "TXT", Content: "hello"})}
		}},
		{"MX records retyped to TXT", dns, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			var ops []Op
			for _, o := range s.Objects(KindDNS) {
				if o.Slot == "MX example.com" {
					ops = append(ops, mustUpdate(t, o, RecordValue{Type: "TXT", Content: "hello " + o.ID}))
				}
			}
			return ops
		}},
		{"block rule rewritten to never match", custom, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			cur := ruleByRef(t, s, KindCustomRule, "Block BadBot")
			v, _ := DecodeRule(cur.Value)
			v.Expression = `http.request.uri.path eq "/never-ever"`
			return []Op{UpdateRuleOp(cur, v)}
		}},
		{"blocked list emptied", []string{KindIPList}, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			cur, _ := s.Get(KindIPList, cfsim.SeedListBlockedID)
			v, _ := DecodeList(cur.Value)
			v.Items = nil
			return []Op{UpdateListOp(cur, v)}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := attackFixture(t, nil)
			s, err := f.e.Read(f.ctx, mainZone, c.kinds...)
			if err != nil {
				t.Fatal(err)
			}
			p, err := f.e.Prepare(f.ctx, s, Request{Tool: "test", Action: "test", Ops: c.build(t, f, s)})
			if err != nil {
				t.Logf("ATTACK %s: refused at plan: %v", c.name, err)
				return
			}
			t.Logf("ATTACK %s: risk %d approval %v invariants_ok %v effects %q", c.name, p.Plan.Risk.Score, p.Plan.Approval.Required, p.Plan.InvariantsOK(), p.Plan.Effects)
			if c.name == "MX records retyped to TXT" && p.Plan.InvariantsOK() {
				t.Errorf("mx_kept holds for an MX retyped to TXT: %+v", p.Plan.Invariants)
			}
			if !p.Plan.Approval.Required && p.Plan.InvariantsOK() {
				t.Errorf("planned without approval: risk %d %v", p.Plan.Risk.Score, p.Plan.Risk.Reasons)
			}
		})
	}
}

// TestListReferencedOutsideAllowedZones: a list a skip rule of another
// zone references cannot be widened from a zone the configuration allows.
func TestListReferencedOutsideAllowedZones(t *testing.T) {
	widen := func(t *testing.T, f *fixture) (*Prepared, error) {
		// A skip rule in example.shop keyed on $office_ips.
		rs, err := f.c.GetPhaseEntrypoint(f.ctx, cfsim.SeedZoneShopID, cfclient.PhaseCustom)
		if err != nil {
			t.Fatal(err)
		}
		en := true
		if _, err := f.c.CreateRule(f.ctx, cfsim.SeedZoneShopID, rs.ID, cfclient.Rule{Action: "skip", Expression: "ip.src in $office_ips", Enabled: &en,
			ActionParameters: json.RawMessage(`{"ruleset":"current","phases":["http_ratelimit","http_request_firewall_managed"]}`)}, &cfclient.RulePosition{Index: 1}); err != nil {
			t.Fatal(err)
		}
		return f.plan([]string{KindIPList}, func(s *Snapshot) []Op {
			cur, _ := s.Get(KindIPList, cfsim.SeedListOfficeID)
			v, _ := DecodeList(cur.Value)
			for i := 1; i <= 223; i++ {
				v.Items = append(v.Items, ListItemValue{IP: itoa(i) + ".0.0.0/8"})
			}
			return []Op{UpdateListOp(cur, NormalizeList(v))}
		})
	}
	t.Run("zone not allowed", func(t *testing.T) {
		f := attackFixture(t, func(c *config.Config) { c.Zones.Allow = []string{"example.com"} })
		p, err := widen(t, f)
		if err == nil {
			t.Fatalf("ATTACK list across zones: planned, risk %d approval %v", p.Plan.Risk.Score, p.Plan.Approval.Required)
		}
		if !strings.Contains(err.Error(), "example.shop") || !strings.Contains(err.Error(), "zones.allow") {
			t.Errorf("error: %v", err)
		}
		t.Logf("ATTACK list across zones: refused: %v", err)
	})
	t.Run("zone allowed", func(t *testing.T) {
		f := attackFixture(t, nil)
		p, err := widen(t, f)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("ATTACK list widening a skip: risk %d approval %v effects %q", p.Plan.Risk.Score, p.Plan.Approval.Required, p.Plan.Effects)
		if !p.Plan.Approval.Required {
			t.Errorf("widening a skip rule's list to most of IPv4 planned without approval: %+v", p.Plan.Risk)
		}
		// The configuration in force at apply allows only example.com.
		f.cfg.Zones.Allow = []string{"example.com"}
		f.e = f.fresh()
		_, err = f.e.Apply(f.ctx, p.Token, approvalFor(t, f, p), Gate{})
		t.Logf("ATTACK list across zones, allowlist narrowed before apply: %v", err)
		if err == nil || !strings.Contains(err.Error(), "example.shop") {
			t.Fatalf("applied a list change used by a zone outside zones.allow: %v", err)
		}
	})
}

// A narrow skip of the remaining rules names the later rules it makes
// unreachable (proved by containment).
func TestSkipNamesUnreachableRules(t *testing.T) {
	f := attackFixture(t, nil)
	p, err := f.plan([]string{KindCustomRule}, func(s *Snapshot) []Op {
		return []Op{CreateRuleOp(KindCustomRule, RuleValue{Ref: "ua", Position: 1, Action: "skip", Enabled: true,
			Expression: `http.user_agent contains "BadBot"`, ActionParameters: json.RawMessage(`{"ruleset":"current"}`)})}
	})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(p.Plan.Effects, "|")
	if !strings.Contains(got, "unreachable") || !strings.Contains(got, "Block BadBot") {
		t.Fatalf("effects: %q", p.Plan.Effects)
	}
}
