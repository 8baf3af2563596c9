package threatintel

import (
	"fmt"
	"net/netip"
	"strings"

	"go4.org/netipx"
)

// STIX 2.1 patterning, the subset that carries network indicators:
//
//	pattern     := observation { "OR" observation }
//	observation := "[" expr "]"
//	expr        := and { "OR" and }
//	and         := term { "AND" term }
//	term        := "(" expr ")" | comparison
//	comparison  := path ( "=" | "ISSUBSET" ) string | path "IN" "(" string { "," string } ")"
//	path        := ("ipv4-addr" | "ipv6-addr") ":value"
//
// OR is a union of address sets, AND an intersection. Observation
// operators other than OR (AND, FOLLOWEDBY), qualifiers (WITHIN, REPEATS,
// START/STOP), other object types and other operators are refused with a
// message naming what was found.

type stixTok struct {
	kind string // "[", "]", "(", ")", ",", "str", "word", "op"
	text string
	pos  int
}

func stixLex(s string) ([]stixTok, error) {
	var out []stixTok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case strings.IndexByte("[](),", c) >= 0:
			out = append(out, stixTok{kind: string(c), text: string(c), pos: i})
			i++
		case c == '\'':
			var b strings.Builder
			j := i + 1
			closed := false
			for j < len(s) {
				if s[j] == '\\' && j+1 < len(s) {
					b.WriteByte(s[j+1])
					j += 2
					continue
				}
				if s[j] == '\'' {
					closed = true
					j++
					break
				}
				b.WriteByte(s[j])
				j++
			}
			if !closed {
				return nil, fmt.Errorf("unterminated string at offset %d", i)
			}
			out = append(out, stixTok{kind: "str", text: b.String(), pos: i})
			i = j
		case c == '=' || c == '!' || c == '<' || c == '>':
			j := i + 1
			if j < len(s) && s[j] == '=' {
				j++
			}
			out = append(out, stixTok{kind: "op", text: s[i:j], pos: i})
			i = j
		default:
			j := i
			for j < len(s) && strings.IndexByte(" \t\r\n[](),='!<>", s[j]) < 0 {
				j++
			}
			if j == i {
				return nil, fmt.Errorf("unexpected character %q at offset %d", c, i)
			}
			out = append(out, stixTok{kind: "word", text: s[i:j], pos: i})
			i = j
		}
	}
	return out, nil
}

type stixParser struct {
	toks []stixTok
	i    int
}

func (p *stixParser) peek() *stixTok {
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return nil
}

func (p *stixParser) next() *stixTok {
	t := p.peek()
	if t != nil {
		p.i++
	}
	return t
}

func (p *stixParser) isWord(w string) bool {
	t := p.peek()
	return t != nil && t.kind == "word" && strings.EqualFold(t.text, w)
}

// ParseSTIXPattern returns the address set a pattern denotes.
func ParseSTIXPattern(pattern string) (*netipx.IPSet, error) {
	toks, err := stixLex(pattern)
	if err != nil {
		return nil, err
	}
	p := &stixParser{toks: toks}
	var b netipx.IPSetBuilder
	for {
		set, err := p.observation()
		if err != nil {
			return nil, err
		}
		b.AddSet(set)
		if p.peek() == nil {
			break
		}
		switch {
		case p.isWord("OR"):
			p.next()
		case p.isWord("AND"), p.isWord("FOLLOWEDBY"):
			return nil, fmt.Errorf("observation operator %s is not supported: it correlates several observations and yields no address list (only OR between observations is)", strings.ToUpper(p.peek().text))
		case p.isWord("WITHIN"), p.isWord("REPEATS"), p.isWord("START"), p.isWord("STOP"):
			return nil, fmt.Errorf("qualifier %s is not supported; only plain address observations are", strings.ToUpper(p.peek().text))
		default:
			return nil, fmt.Errorf("unexpected %q after an observation", p.peek().text)
		}
	}
	return b.IPSet()
}

func (p *stixParser) observation() (*netipx.IPSet, error) {
	t := p.next()
	if t == nil || t.kind != "[" {
		if t != nil && t.kind == "(" {
			return nil, fmt.Errorf("grouping of observations with ( ) is not supported")
		}
		return nil, fmt.Errorf("a pattern observation starts with [")
	}
	s, err := p.expr()
	if err != nil {
		return nil, err
	}
	if t := p.next(); t == nil || t.kind != "]" {
		return nil, fmt.Errorf("missing ] at the end of an observation")
	}
	return s, nil
}

func (p *stixParser) expr() (*netipx.IPSet, error) {
	var b netipx.IPSetBuilder
	for {
		s, err := p.and()
		if err != nil {
			return nil, err
		}
		b.AddSet(s)
		if !p.isWord("OR") {
			return b.IPSet()
		}
		p.next()
	}
}

func (p *stixParser) and() (*netipx.IPSet, error) {
	acc, err := p.term()
	if err != nil {
		return nil, err
	}
	for p.isWord("AND") {
		p.next()
		s, err := p.term()
		if err != nil {
			return nil, err
		}
		var b netipx.IPSetBuilder
		b.AddSet(acc)
		b.Intersect(s)
		if acc, err = b.IPSet(); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

func (p *stixParser) term() (*netipx.IPSet, error) {
	if t := p.peek(); t != nil && t.kind == "(" {
		p.next()
		s, err := p.expr()
		if err != nil {
			return nil, err
		}
		if t := p.next(); t == nil || t.kind != ")" {
			return nil, fmt.Errorf("missing )")
		}
		return s, nil
	}
	return p.comparison()
}

func (p *stixParser) comparison() (*netipx.IPSet, error) {
	t := p.next()
	if t == nil || t.kind != "word" {
		return nil, fmt.Errorf("expected an object path such as ipv4-addr:value")
	}
	path := strings.ToLower(t.text)
	neg := false
	if p.isWord("NOT") {
		neg = true
		p.next()
	}
	obj, prop, _ := strings.Cut(path, ":")
	if obj != "ipv4-addr" && obj != "ipv6-addr" {
		return nil, fmt.Errorf("object type %s is not a network address (only ipv4-addr and ipv6-addr are turned into IP lists)", obj)
	}
	if prop != "value" {
		return nil, fmt.Errorf("property %s is not supported; use %s:value", path, obj)
	}
	op := p.next()
	if op == nil {
		return nil, fmt.Errorf("comparison on %s has no operator", path)
	}
	if neg {
		return nil, fmt.Errorf("NOT %s is not supported: a negated comparison does not denote a finite address list", op.text)
	}
	var vals []string
	switch {
	case op.kind == "op" && op.text == "=", op.kind == "word" && strings.EqualFold(op.text, "ISSUBSET"):
		v := p.next()
		if v == nil || v.kind != "str" {
			return nil, fmt.Errorf("%s %s needs a quoted value", path, op.text)
		}
		vals = []string{v.text}
	case op.kind == "word" && strings.EqualFold(op.text, "IN"):
		if t := p.next(); t == nil || t.kind != "(" {
			return nil, fmt.Errorf("IN needs a list ('a', 'b')")
		}
		for {
			v := p.next()
			if v == nil || v.kind != "str" {
				return nil, fmt.Errorf("IN list needs quoted values")
			}
			vals = append(vals, v.text)
			t := p.next()
			if t != nil && t.kind == ")" {
				break
			}
			if t == nil || t.kind != "," {
				return nil, fmt.Errorf("IN list: expected , or )")
			}
		}
	default:
		return nil, fmt.Errorf("operator %s is not supported on %s (accepted: =, ISSUBSET, IN)", op.text, path)
	}
	var b netipx.IPSetBuilder
	for _, v := range vals {
		pfx, err := parseEntry(v)
		if err != nil {
			return nil, fmt.Errorf("%s value %q: %v", path, v, err)
		}
		if (obj == "ipv4-addr") != pfx.Addr().Is4() {
			return nil, fmt.Errorf("%s value %q is the other address family", path, v)
		}
		b.AddPrefix(pfx)
	}
	return b.IPSet()
}

// parseEntry reads an address or CIDR; host bits are cleared.
func parseEntry(s string) (netip.Prefix, error) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "/") {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return netip.Prefix{}, fmt.Errorf("not a CIDR")
		}
		if p.Addr().Is4In6() {
			p = netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
		}
		return p.Masked(), nil
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Prefix{}, fmt.Errorf("not an IP address or CIDR")
	}
	a = a.Unmap().WithZone("")
	return netip.PrefixFrom(a, a.BitLen()), nil
}
