package rules

import (
	"net/netip"
	"testing"
)

func TestPrintHandBuiltTrees(t *testing.T) {
	ssl := &Compare{LHS: &Field{Name: "ssl"}, Op: OpIsTrue}
	bot := &Compare{LHS: &Field{Name: "cf.client.bot"}, Op: OpIsTrue}
	host := &Compare{LHS: &Field{Name: "http.host"}, Op: OpEq, RHS: &StringLit{Value: "a\"b\\c\x01é"}}
	cases := []struct {
		n    Node
		want string
	}{
		{&Logical{Op: OpAnd, X: ssl, Y: &Logical{Op: OpAnd, X: bot, Y: host}}, `ssl and (cf.client.bot and http.host eq "a\"b\\c\x01é")`},
		{&Logical{Op: OpAnd, X: &Logical{Op: OpAnd, X: ssl, Y: bot}, Y: host}, `ssl and cf.client.bot and http.host eq "a\"b\\c\x01é"`},
		{&Logical{Op: OpAnd, X: &Logical{Op: OpOr, X: ssl, Y: bot}, Y: ssl}, `(ssl or cf.client.bot) and ssl`},
		{&Logical{Op: OpOr, X: &Logical{Op: OpAnd, X: ssl, Y: bot}, Y: ssl}, `ssl and cf.client.bot or ssl`},
		{&Logical{Op: OpXor, X: ssl, Y: &Logical{Op: OpOr, X: bot, Y: ssl}}, `ssl xor (cf.client.bot or ssl)`},
		{&Not{X: &Logical{Op: OpOr, X: ssl, Y: bot}}, `not (ssl or cf.client.bot)`},
		{&Not{X: &Not{X: ssl}}, `not not ssl`},
		{&Compare{LHS: &Field{Name: "ip.src"}, Op: OpIn, RHS: &Set{Elems: []Node{
			&IPLit{Addr: netip.MustParseAddr("10.0.0.0"), Bits: 8}, &IPLit{Addr: netip.MustParseAddr("2001:db8::1"), Bits: -1},
			&IPRange{Lo: netip.MustParseAddr("1.1.1.1"), Hi: netip.MustParseAddr("1.1.1.9")}}}}, `ip.src in {10.0.0.0/8 2001:db8::1 1.1.1.1..1.1.1.9}`},
		{&Compare{LHS: &Call{Name: "any", Args: []Node{&Compare{LHS: &Field{Name: "http.request.headers", Index: []Index{{Kind: IndexKey, Key: "x"}, {Kind: IndexEach}}}, Op: OpEq, RHS: &StringLit{Value: "y"}}}}, Op: OpIsTrue},
			`any(http.request.headers["x"][*] eq "y")`},
		{&Compare{LHS: &Field{Name: "http.request.uri.path"}, Op: OpMatches, RHS: &RegexLit{Pattern: `a"b`}}, `http.request.uri.path matches r#"a"b"#`},
		{&Compare{LHS: &Field{Name: "http.request.uri.path"}, Op: OpMatches, RHS: &RegexLit{Pattern: `"#`}}, `http.request.uri.path matches r##""#"##`},
		{&Compare{LHS: &Field{Name: "http.request.uri.path"}, Op: OpMatches, RHS: &RegexLit{Pattern: `[`}}, `http.request.uri.path matches r"["`},
		{&Compare{LHS: &Field{Name: "http.request.uri.path"}, Op: OpMatches, RHS: &RegexLit{Pattern: "a\nb"}}, "http.request.uri.path matches r\"a\nb\""},
		{&Compare{LHS: &Field{Name: "cf.edge.server_port"}, Op: OpIn, RHS: &Set{Elems: []Node{&IntRange{Lo: -1, Hi: 5}, &IntLit{Value: 8}}}}, `cf.edge.server_port in {-1..5 8}`},
		{&Compare{LHS: &Field{Name: "ip.src"}, Op: OpIn, RHS: &ListRef{Name: "cf.vpn"}}, `ip.src in $cf.vpn`},
		{&BoolLit{Value: false}, `false`},
	}
	for _, c := range cases {
		got := Print(c.n)
		if got != c.want {
			t.Errorf("Print =\n %s\nwant\n %s", got, c.want)
			continue
		}
		back, err := Parse(got)
		if err != nil {
			t.Errorf("%s: %v", got, err)
			continue
		}
		if !Equal(back, c.n) {
			t.Errorf("Parse(Print(n)) != n for %s (got %s)", got, Print(back))
		}
	}
}

func TestEqualIgnoresPositionsOnly(t *testing.T) {
	a := mustParse(t, `http.host eq "a" and any(http.request.headers.names[*] eq "b")`)
	b := mustParse(t, "  http.host  ==  \"a\"\n&& any( http.request.headers.names [*] == \"b\" )")
	if !Equal(a, b) {
		t.Error("trees differing only in layout are not Equal")
	}
	for _, other := range []string{
		`http.host eq "b" and any(http.request.headers.names[*] eq "b")`,
		`http.host ne "a" and any(http.request.headers.names[*] eq "b")`,
		`http.host eq "a" or any(http.request.headers.names[*] eq "b")`,
		`http.host eq "a" and all(http.request.headers.names[*] eq "b")`,
		`http.host eq "a" and any(http.request.headers.names[0] eq "b")`,
		`any(http.request.headers.names[*] eq "b") and http.host eq "a"`,
	} {
		if Equal(a, mustParse(t, other)) {
			t.Errorf("Equal reports %s equal to %s", other, Print(a))
		}
	}
}

func TestErrorPositionsCountCharacters(t *testing.T) {
	_, err := Parse("http.host eq \"日本\" and ⏎ EQ")
	l := err.(ErrorList)
	if l[0].Line != 1 || l[0].Column != 23 {
		t.Errorf("position %d:%d, want 1:23 (characters, not bytes): %v", l[0].Line, l[0].Column, err)
	}
}
