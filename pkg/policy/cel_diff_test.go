package policy

// A differential test: every shipped invariant and a corpus of expressions
// in the syntax invariants use are evaluated by pkg/expr and by cel-go (the
// engine invariants ran on before) over the same inputs, and must agree.
// cel-go is linked into this test only, not into any binary (see the deps
// test in cmd/).

import (
	"fmt"
	"math/rand"
	"testing"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/ext"
)

func celEnv(t *testing.T) *cel.Env {
	t.Helper()
	env, err := cel.NewEnv(
		cel.Variable("zone", cel.StringType),
		cel.Variable("pre", cel.DynType),
		cel.Variable("post", cel.DynType),
		cel.Variable("changes", cel.DynType),
		ext.Strings(),
		cel.Function("internal_ip",
			cel.Overload("internal_ip_string", []*cel.Type{cel.StringType}, cel.BoolType,
				cel.UnaryBinding(func(v ref.Val) ref.Val { return types.Bool(InternalIP(v.Value().(string))) }))),
		cel.Function("internal_target",
			cel.Overload("internal_target_string_string", []*cel.Type{cel.StringType, cel.StringType}, cel.BoolType,
				cel.BinaryBinding(func(a, b ref.Val) ref.Val {
					return types.Bool(InternalTarget(a.Value().(string), b.Value().(string)))
				}))),
	)
	if err != nil {
		t.Fatal(err)
	}
	return env
}

// diffCorpus are expressions beyond the defaults, in the syntax operators
// write: macros, size, in, string methods, maps, ternaries, arithmetic,
// and reads that fail (a missing key) so both engines' error handling is
// compared too.
var diffCorpus = []string{
	`changes.records.all(r, r.ttl == 1 || r.ttl >= 300)`,
	`post.records.filter(r, r.name.startsWith("www.")).all(r, r.proxied)`,
	`post.records.exists_one(r, r.name == zone && r.type == 'A')`,
	`post.records.map(r, r.name).all(n, n.endsWith(zone))`,
	`post.records.map(r, r.type == 'A', r.content).all(c, !internal_ip(c))`,
	`size(post.records) <= size(pre.records) + 5`,
	`post.records.size() - pre.records.size() < 3`,
	`changes.records.all(r, r.type in ['A', 'AAAA'] ? !internal_ip(r.content) : true)`,
	`'ssl' in post.settings && post.settings['ssl'] == 'strict'`,
	`post.settings.all(k, k.size() > 0)`,
	`post.settings.exists(k, post.settings[k] == 'off')`,
	`has(post.limits.custom_rules) && post.limits.custom_rules > 0`,
	`has(post.nope)`,
	`post.settings['nope'] == 'x'`,
	`post.settings['nope'] == 'x' || true`,
	`false && post.settings['nope'] == 'x'`,
	`post.settings['nope'] == 'x' && false`,
	`changes.records.all(r, r.nope == 1)`,
	`changes.records.exists(r, r.nope == 1 || r.ttl > 100)`,
	`changes.rules.all(r, r.expression.trim().lowerAscii() != 'true')`,
	`changes.rules.exists(r, r.expression.contains('ip.src') && r.expression.matches('^ip\\.src (eq|==) '))`,
	`changes.records.all(r, r.content.split('.').size() <= 4)`,
	`changes.records.all(r, r.name.replace('.', '-').indexOf('-') >= 0 || r.name == '')`,
	`changes.records.all(r, r.name.lastIndexOf('.') < r.name.size())`,
	`zone.substring(0, 3) == 'exa' && zone.charAt(0) == 'e'`,
	`zone.upperAscii() == 'EXAMPLE.COM'`,
	`[1, 2, 3].map(x, x * 2) == [2, 4, 6]`,
	`{'a': 1, 'b': 2}.all(k, k in ['a', 'b'])`,
	`post.custom_rules % 2 == 0 || post.custom_rules / 2 >= 0`,
	`post.managed_deployed.all(id, pre.managed_deployed.exists(p, p == id))`,
	`post.tunnels.all(t, t.hostnames.size() == 0 || t.hostnames.all(h, h.endsWith('.' + zone) || h == zone))`,
	`post.records.filter(r, r.type == 'TXT').map(r, r.txt).exists(s, s.startsWith('v=spf1'))`,
	`post.custom_rules == 1.0 || post.custom_rules == 2`,
	`'a' < 'b' && 2 > 1 && 2.5 >= 2.5`,
	`int('42') == 42 && string(42) == '42'`,
	`[zone] + ['x'] == [zone, 'x']`,
	`post.records.all(r, r.priority >= 0 && r.proxied in [true, false])`,
	`changes.records.filter(r, r.type == 'MX').size() == 0 ? true : post.records.exists(r, r.type == 'MX')`,
	`-post.custom_rules <= 0`,
	`post.records[0].name != ''`,
	`post.records.all(r, r.ttl / (r.ttl - r.ttl) > 0)`,
	`post.records.exists(r, r.ttl / (r.ttl - r.ttl) > 0)`,
	`post.records.exists(r, r.ttl / (r.ttl - r.ttl) > 0 || r.type == 'A')`,
}

func diffInputs(rng *rand.Rand) []Input {
	types := []string{"A", "AAAA", "CNAME", "MX", "TXT", "NS"}
	contents := map[string][]string{
		"A": {"203.0.113.10", "10.0.0.1", "169.254.169.254", "192.0.2.1"}, "AAAA": {"2001:db8::1", "::1", "64:ff9b::a9fe:a9fe"},
		"CNAME": {"x.example.net", "db.internal", "t1.cfargotunnel.com"}, "MX": {"mail.example.com", "10.0.0.1"},
		"TXT": {`"v=spf1 -all"`, `"v=DMARC1; p=reject"`, "hello", `"v=spf1 " "include:x ~all"`}, "NS": {"ns.corp", "ns1.example.net"},
	}
	names := []string{"example.com", "www.example.com", "_dmarc.example.com", "a.example.com", ""}
	rec := func(i int) Record {
		t := types[rng.Intn(len(types))]
		c := contents[t]
		return Record{ID: fmt.Sprint(rng.Intn(6)), Type: t, Name: names[rng.Intn(len(names))], Content: c[rng.Intn(len(c))],
			TTL: []int{1, 60, 300, 3600}[rng.Intn(4)], Proxied: rng.Intn(2) == 0, Priority: rng.Intn(20)}
	}
	recs := func(n int) []Record {
		out := make([]Record, rng.Intn(n+1))
		for i := range out {
			out[i] = rec(i)
		}
		return out
	}
	settings := func() map[string]string {
		m := map[string]string{}
		for _, k := range []string{"ssl", "min_tls_version", "always_use_https"} {
			if rng.Intn(2) == 0 {
				m[k] = []string{"off", "flexible", "strict", "1.0", "1.2", "on"}[rng.Intn(6)]
			}
		}
		return m
	}
	rules := func() []Rule {
		out := make([]Rule, rng.Intn(3))
		for i := range out {
			out[i] = Rule{Action: []string{"skip", "block"}[rng.Intn(2)], Expression: []string{" true ", "(true)", "ip.src eq 192.0.2.1", "TRUE"}[rng.Intn(4)],
				SkipRuleset: []string{"", "current"}[rng.Intn(2)], SkipAllProducts: rng.Intn(2) == 0}
		}
		return out
	}
	tunnels := func() []Tunnel {
		out := make([]Tunnel, rng.Intn(3))
		for i := range out {
			out[i] = Tunnel{ID: []string{"t1", "t2"}[rng.Intn(2)], Name: "n", CatchAllLast: rng.Intn(3) > 0,
				Hostnames: []string{"app.example.com", "example.com", "other.net"}[:rng.Intn(4)]}
		}
		return out
	}
	state := func() State {
		return State{Records: recs(5), Settings: settings(), ManagedDeployed: []string{"m1", "m2"}[:rng.Intn(3)],
			CustomRules: rng.Intn(7), RatelimitRules: rng.Intn(3), Limits: Limits{CustomRules: rng.Intn(2) * 5}, Rules: rules(), Tunnels: tunnels(),
			TunnelIDs: []string{"t1", "t2"}[:rng.Intn(3)], TunnelsKnown: rng.Intn(2) == 0}
	}
	var out []Input
	for i := 0; i < 300; i++ {
		out = append(out, Input{Zone: "example.com", Pre: state(), Post: state(),
			Changes: Changes{Records: recs(3), Removed: recs(2), Settings: settings(), Rules: rules()}})
	}
	return out
}

func TestAgreesWithCEL(t *testing.T) {
	env := celEnv(t)
	ours := newEnv()
	var exprs []string
	for _, d := range Defaults() {
		exprs = append(exprs, d.Expr)
	}
	exprs = append(exprs, diffCorpus...)
	inputs := diffInputs(rand.New(rand.NewSource(14)))
	for _, src := range exprs {
		ast, iss := env.Compile(src)
		if iss != nil && iss.Err() != nil {
			t.Fatalf("cel-go does not compile %s: %v", src, iss.Err())
		}
		prg, err := env.Program(ast)
		if err != nil {
			t.Fatal(err)
		}
		mine, err := ours.Compile(src)
		if err != nil {
			t.Errorf("pkg/expr does not compile %s: %v", src, err)
			continue
		}
		agreeTrue, agreeFalse, agreeErr := 0, 0, 0
		for i, in := range inputs {
			act := map[string]any{"zone": in.Zone, "pre": stateMap(in.Pre), "post": stateMap(in.Post), "changes": changesMap(in.Changes)}
			cv, _, cerr := prg.Eval(act)
			mv, merr := mine.Eval(act)
			switch {
			case cerr != nil || types.IsError(cv):
				if merr == nil {
					t.Errorf("%s, input %d: cel-go errs (%v), pkg/expr gives %v", src, i, cerr, mv)
				}
				agreeErr++
			case merr != nil:
				t.Errorf("%s, input %d: cel-go gives %v, pkg/expr errs: %v", src, i, cv, merr)
			case cv.Value() != mv:
				t.Errorf("%s, input %d: cel-go gives %v, pkg/expr %v", src, i, cv.Value(), mv)
			case mv == true:
				agreeTrue++
			default:
				agreeFalse++
			}
			if t.Failed() && i > 5 {
				break
			}
		}
		t.Logf("%-60.60s true %3d false %3d error %3d", src, agreeTrue, agreeFalse, agreeErr)
	}
}

// Expressions cel-go rejects at compile time are rejected by pkg/expr too.
func TestRejectsWhatCELRejects(t *testing.T) {
	env := celEnv(t)
	ours := newEnv()
	for _, src := range []string{
		`changes.records.all(`, `1 + 1`, `zone + 1`, `zone.startsWith(1)`, `nope == 1`, `internal_ip(1)`, `internal_ip('a', 'b')`,
		`unknown_fn(zone)`, `zone.nope()`, `!zone`, `zone && true`, `[1, 2].all(1, true)`, `zone.size() == 'x'`,
		`1u == 1u`, `b'x' == b'x'`, `pre.records.all(r, r.name == zone`, `zone == 'unterminated`, `zone ==`, `(zone == 'a'`,
		`zone.contains('a', 'b')`, `size(zone, zone) == 1`, `'a' in zone`, `zone[0] == 'e'`, `1 == 1.0`, `1 < 1.5`,
		`{'a': 1}.a == 1`, `[1, 'a'] == [1]`, `zone ? true : false`, `true ? 1 : 'a'`, `Foo{a: 1}`, `.zone == 'x'`,
	} {
		_, iss := env.Compile(src)
		celRejects := iss != nil && iss.Err() != nil
		_, err := ours.Compile(src)
		if celRejects && err == nil {
			t.Errorf("%s: cel-go rejects it (%v), pkg/expr accepts it", src, iss.Err())
		}
		if !celRejects && err != nil {
			t.Logf("%s: cel-go accepts it, pkg/expr rejects it: %v", src, err)
		}
	}
}
