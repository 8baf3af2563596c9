package policy

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/config"
)

func mustSet(t *testing.T, extra ...Invariant) *Set {
	t.Helper()
	s, err := Compile(extra)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func result(rs []Result, id string) Result {
	for _, r := range rs {
		if r.ID == id {
			return r
		}
	}
	return Result{ID: "missing"}
}

var base = []Record{
	{ID: "1", Type: "A", Name: "example.com", Content: "203.0.113.10"},
	{ID: "2", Type: "MX", Name: "example.com", Content: "mail.example.com", Priority: 10},
	{ID: "3", Type: "TXT", Name: "example.com", Content: `"v=spf1 -all"`},
	{ID: "4", Type: "TXT", Name: "_dmarc.example.com", Content: `"v=DMARC1; p=reject"`},
}

func without(recs []Record, id string) []Record {
	var out []Record
	for _, r := range recs {
		if r.ID != id {
			out = append(out, r)
		}
	}
	return out
}

func TestDefaults(t *testing.T) {
	s := mustSet(t)
	get := func(id string) Record {
		for _, r := range base {
			if r.ID == id {
				return r
			}
		}
		return Record{}
	}
	cases := []struct {
		name string
		in   Input
		fail string // the invariant expected to fail; "" = all hold
	}{
		{name: "no change", in: Input{Pre: State{Records: base}, Post: State{Records: base}}},
		{name: "apex removed", fail: "apex_resolves", in: Input{Pre: State{Records: base}, Post: State{Records: without(base, "1")}, Changes: Changes{Removed: []Record{get("1")}}}},
		{name: "mx removed", fail: "mx_kept", in: Input{Pre: State{Records: base}, Post: State{Records: without(base, "2")}, Changes: Changes{Removed: []Record{get("2")}}}},
		{name: "spf removed", fail: "spf_kept", in: Input{Pre: State{Records: base}, Post: State{Records: without(base, "3")}, Changes: Changes{Removed: []Record{get("3")}}}},
		{name: "spf rewritten away", fail: "spf_kept", in: Input{Pre: State{Records: base},
			Post:    State{Records: append(without(base, "3"), Record{ID: "3", Type: "TXT", Name: "example.com", Content: "hello"})},
			Changes: Changes{Records: []Record{{ID: "3", Type: "TXT", Name: "example.com", Content: "hello"}}}}},
		{name: "dmarc removed", fail: "dmarc_kept", in: Input{Pre: State{Records: base}, Post: State{Records: without(base, "4")}, Changes: Changes{Removed: []Record{get("4")}}}},
		{name: "second spf", fail: "single_spf", in: Input{Pre: State{Records: base},
			Post:    State{Records: append(base, Record{Type: "TXT", Name: "example.com", Content: "v=spf1 include:x ~all"})},
			Changes: Changes{Records: []Record{{Type: "TXT", Name: "example.com", Content: "v=spf1 include:x ~all"}}}}},
		{name: "private A", fail: "no_internal_targets", in: Input{Changes: Changes{Records: []Record{{Type: "A", Name: "x.example.com", Content: "10.1.2.3"}}}}},
		{name: "metadata A", fail: "no_internal_targets", in: Input{Changes: Changes{Records: []Record{{Type: "A", Name: "x.example.com", Content: "169.254.169.254"}}}}},
		{name: "loopback AAAA", fail: "no_internal_targets", in: Input{Changes: Changes{Records: []Record{{Type: "AAAA", Name: "x.example.com", Content: "::1"}}}}},
		{name: "ssl flexible", fail: "ssl_not_weak", in: Input{Changes: Changes{Settings: map[string]string{"ssl": "flexible"}}}},
		{name: "ssl strict ok", in: Input{Changes: Changes{Settings: map[string]string{"ssl": "strict"}}}},
		{name: "tls 1.0", fail: "min_tls_12", in: Input{Changes: Changes{Settings: map[string]string{"min_tls_version": "1.0"}}}},
		{name: "managed undeployed", fail: "managed_stays_deployed", in: Input{Pre: State{ManagedDeployed: []string{"m1"}}}},
		{name: "skip all for true", fail: "no_skip_all_match_all", in: Input{Changes: Changes{Rules: []Rule{{Action: "skip", Expression: " true ", SkipRuleset: "current"}}}}},
		{name: "skip narrow ok", in: Input{Changes: Changes{Rules: []Rule{{Action: "skip", Expression: `ip.src eq 192.0.2.1`, SkipRuleset: "current"}}}}},
		{name: "over plan limit", fail: "rule_counts_within_plan", in: Input{Post: State{CustomRules: 6, Limits: Limits{CustomRules: 5}}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.in.Zone = "example.com"
			rs := s.Check(c.in)
			for _, r := range rs {
				if r.ID == c.fail && r.OK {
					t.Errorf("%s holds; want it to fail", r.ID)
				}
				if r.ID != c.fail && !r.OK {
					t.Errorf("%s fails: %s", r.ID, r.Message)
				}
			}
		})
	}
}

func TestOperatorInvariants(t *testing.T) {
	s := mustSet(t, Invariant{ID: "no_ttl_below_300", Expr: `changes.records.all(r, r.ttl == 1 || r.ttl >= 300)`, Message: "TTL at least 300"})
	rs := s.Check(Input{Changes: Changes{Records: []Record{{Type: "A", Name: "a", Content: "192.0.2.1", TTL: 60}}}})
	if r := result(rs, "no_ttl_below_300"); r.OK || !strings.Contains(r.Message, "TTL at least 300") {
		t.Errorf("%+v", r)
	}
	for _, c := range []struct{ expr, want string }{
		{"changes.records.all(", "bad: the CEL expression does not compile"},
		{"1 + 1", "bad: the expression is of type int"},
		{strings.Repeat("x", MaxExprLen+1), "at most 4096"},
	} {
		if _, err := Compile([]Invariant{{ID: "bad", Expr: c.expr}}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v", c.expr[:min(len(c.expr), 20)], err)
		}
	}
	if _, err := Compile([]Invariant{{ID: "apex_resolves", Expr: "true"}}); err == nil || !strings.Contains(err.Error(), "used twice") {
		t.Errorf("duplicate of a default: %v", err)
	}
	// An evaluation error fails closed.
	s = mustSet(t, Invariant{ID: "missing_key", Expr: `post.settings['nope'] == 'x'`})
	if r := result(s.Check(Input{}), "missing_key"); r.OK {
		t.Errorf("an evaluation error must fail the invariant: %+v", r)
	}
}

func TestFromConfig(t *testing.T) {
	cfg, err := config.Parse("t.yaml", []byte("invariants:\n  - id: x1\n    expr: 'zone != \"\"'\n"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := FromConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if ids := s.IDs(); ids[len(ids)-1] != "x1" || len(ids) != len(Defaults())+1 {
		t.Errorf("ids %v", ids)
	}
}

func TestInternalIP(t *testing.T) {
	for ip, want := range map[string]bool{
		"10.0.0.1": true, "172.16.5.4": true, "192.168.1.1": true, "127.0.0.1": true, "169.254.1.1": true,
		"100.64.0.1": true, "0.0.0.0": true, "::1": true, "fe80::1": true, "fd00:ec2::254": true, "::ffff:10.0.0.1": true,
		"203.0.113.10": false, "198.51.100.7": false, "2001:db8::1": false, "8.8.8.8": false, "not-an-ip": false,
	} {
		if InternalIP(ip) != want {
			t.Errorf("InternalIP(%s) = %v", ip, !want)
		}
	}
}

func TestTXTText(t *testing.T) {
	for in, want := range map[string]string{
		`"v=spf1 -all"`:              "v=spf1 -all",
		`"v=spf1 " "include:x -all"`: "v=spf1 include:x -all",
		`v=DMARC1; p=none`:           "v=DMARC1; p=none",
		`"a\"b"`:                     `a"b`,
	} {
		if got := TXTText("TXT", in); got != want {
			t.Errorf("TXTText(%s) = %q", in, got)
		}
	}
}

func BenchmarkCheck1000(b *testing.B) {
	s, _ := Compile(nil)
	var recs []Record
	for i := 0; i < 1000; i++ {
		recs = append(recs, Record{ID: "x", Type: "A", Name: "h.example.com", Content: "192.0.2.1"})
	}
	in := Input{Zone: "example.com", Pre: State{Records: base}, Post: State{Records: append(base, recs...)}, Changes: Changes{Records: recs}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Check(in)
	}
}

func TestTunnelCNAMETargetExists(t *testing.T) {
	s := mustSet(t)
	const t1, t2 = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"
	cname := func(name, id string, proxied bool) Record {
		return Record{Type: "CNAME", Name: name, Content: id + ".cfargotunnel.com", Proxied: proxied}
	}
	a := cname("app.example.com", t1, true)
	cases := []struct {
		name string
		in   Input
		ok   bool
	}{
		{"tunnel exists", Input{Post: State{Records: []Record{a}, TunnelIDs: []string{t1}, TunnelsKnown: true}}, true},
		{"new CNAME to a missing tunnel", Input{Post: State{Records: []Record{cname("b.example.com", t2, true)}, TunnelIDs: []string{t1}, TunnelsKnown: true}}, false},
		{"unproxied is not a tunnel route", Input{Post: State{Records: []Record{cname("b.example.com", t2, false)}, TunnelIDs: []string{t1}, TunnelsKnown: true}}, true},
		{"the plan deletes the tunnel a CNAME uses", Input{Pre: State{Records: []Record{a}, TunnelIDs: []string{t1}, TunnelsKnown: true},
			Post: State{Records: []Record{a}, TunnelsKnown: true}}, false},
		{"dangling before, not this plan's doing", Input{Pre: State{Records: []Record{a}, TunnelsKnown: true}, Post: State{Records: []Record{a}, TunnelsKnown: true}}, true},
		// A CI plan knows only the tunnels it manages: an unknown target is
		// not blamed, a tunnel the plan removes is.
		{"ci: unknown tunnel", Input{Post: State{Records: []Record{a}}}, true},
		{"ci: tunnel removed by the plan", Input{Pre: State{Records: []Record{a}, TunnelIDs: []string{t1}}, Post: State{Records: []Record{a}}}, false},
	}
	for _, c := range cases {
		c.in.Zone = "example.com"
		if r := result(s.Check(c.in), "tunnel_cname_target_exists"); r.OK != c.ok {
			t.Errorf("%s: ok=%v, want %v (%+v)", c.name, r.OK, c.ok, r)
		}
	}
}
