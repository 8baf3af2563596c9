package wafcheck

import (
	"net/netip"
	"strconv"
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
)

// A cheap necessary condition for "rule a catches everything rule b
// matches", checked before the full containment proof: a conjunction in a
// that requires a field to equal (start with, end with, contain) a literal
// can only hold for all of b's requests when b mentions a matching literal
// for that field; an IP condition in a needs an overlapping IP literal in
// b. A disjunction in a needs one of its disjuncts to pass.

type atom struct {
	field string
	kind  string // eq, prefix, suffix, contains, ip
	lits  []string
	ips   []netip.Prefix
}

// literals are the values a rule mentions, per field.
type literals struct {
	strs map[string][]string
	ips  map[string][]netip.Prefix
}

func baseField(n rules.Node) string {
	switch x := n.(type) {
	case *rules.Field:
		if len(x.Index) == 0 {
			return x.Name
		}
		return x.Name + "[]"
	case *rules.Call:
		if len(x.Args) > 0 && (x.Name == "lower" || x.Name == "upper" || x.Name == "url_decode") {
			return baseField(x.Args[0])
		}
	}
	return ""
}

func litString(n rules.Node) (string, bool) {
	switch x := n.(type) {
	case *rules.StringLit:
		return x.Value, true
	case *rules.IntLit:
		return strconv.FormatInt(x.Value, 10), true
	}
	return "", false
}

func ipOf(n rules.Node) (netip.Prefix, bool) {
	switch x := n.(type) {
	case *rules.IPLit:
		return x.Prefix(), true
	case *rules.IPRange:
		return netip.PrefixFrom(x.Lo, 0), true // a range: treat as overlapping anything of its family
	}
	return netip.Prefix{}, false
}

// disjuncts splits a tree at top-level or.
func disjuncts(n rules.Node) []rules.Node {
	if l, ok := n.(*rules.Logical); ok && l.Op == rules.OpOr {
		return append(disjuncts(l.X), disjuncts(l.Y)...)
	}
	return []rules.Node{n}
}

// required collects the atoms a conjunction requires.
func required(n rules.Node, out []atom) []atom {
	switch x := n.(type) {
	case *rules.Logical:
		if x.Op == rules.OpAnd {
			return required(x.Y, required(x.X, out))
		}
	case *rules.Compare:
		if c, ok := x.LHS.(*rules.Call); ok && x.Op == rules.OpIsTrue && (c.Name == "starts_with" || c.Name == "ends_with") && len(c.Args) == 2 {
			f := baseField(c.Args[0])
			if s, ok := litString(c.Args[1]); ok && f != "" {
				kind := "prefix"
				if c.Name == "ends_with" {
					kind = "suffix"
				}
				return append(out, atom{field: f, kind: kind, lits: []string{s}})
			}
			return out
		}
		f := baseField(x.LHS)
		if f == "" {
			return out
		}
		switch x.Op {
		case rules.OpEq, rules.OpContains:
			kind := "eq"
			if x.Op == rules.OpContains {
				kind = "contains"
			}
			if s, ok := litString(x.RHS); ok {
				return append(out, atom{field: f, kind: kind, lits: []string{s}})
			}
			if p, ok := ipOf(x.RHS); ok {
				return append(out, atom{field: f, kind: "ip", ips: []netip.Prefix{p}})
			}
		case rules.OpIn:
			set, ok := x.RHS.(*rules.Set)
			if !ok {
				return out
			}
			a := atom{field: f, kind: "eq"}
			for _, el := range set.Elems {
				if s, ok := litString(el); ok {
					a.lits = append(a.lits, s)
				} else if p, ok := ipOf(el); ok {
					a.kind = "ip"
					a.ips = append(a.ips, p)
				} else {
					return out // ranges of integers: no requirement
				}
			}
			return append(out, a)
		}
	}
	return out
}

func collectLiterals(n rules.Node) literals {
	l := literals{strs: map[string][]string{}, ips: map[string][]netip.Prefix{}}
	walkNode(n, func(x rules.Node) {
		switch c := x.(type) {
		case *rules.Compare:
			f := baseField(c.LHS)
			if call, ok := c.LHS.(*rules.Call); ok && (call.Name == "starts_with" || call.Name == "ends_with") && len(call.Args) == 2 {
				if s, ok := litString(call.Args[1]); ok {
					bf := baseField(call.Args[0])
					l.strs[bf] = append(l.strs[bf], s)
				}
				return
			}
			if f == "" {
				return
			}
			var elems []rules.Node
			if set, ok := c.RHS.(*rules.Set); ok {
				elems = set.Elems
			} else if c.RHS != nil {
				elems = []rules.Node{c.RHS}
			}
			for _, el := range elems {
				if s, ok := litString(el); ok {
					l.strs[f] = append(l.strs[f], s)
				} else if p, ok := ipOf(el); ok {
					l.ips[f] = append(l.ips[f], p)
				}
			}
		}
	})
	return l
}

func (a atom) satisfiedBy(l literals) bool {
	if a.kind == "ip" {
		for _, p := range l.ips[a.field] {
			for _, q := range a.ips {
				if p.Bits() == 0 || q.Bits() == 0 || p.Overlaps(q) {
					return true
				}
			}
		}
		return false
	}
	for _, s := range l.strs[a.field] {
		ls := strings.ToLower(s)
		for _, want := range a.lits {
			lw := strings.ToLower(want)
			switch a.kind {
			case "eq":
				if ls == lw {
					return true
				}
			case "prefix":
				if strings.HasPrefix(ls, lw) {
					return true
				}
			case "suffix":
				if strings.HasSuffix(ls, lw) {
					return true
				}
			case "contains":
				if strings.Contains(ls, lw) {
					return true
				}
			}
		}
	}
	return false
}

// mayContain is false when a certainly does not catch everything b
// matches; true means "run the full proof".
func mayContain(aReq [][]atom, bLits literals) bool {
	for _, conj := range aReq {
		ok := true
		for _, at := range conj {
			if !at.satisfiedBy(bLits) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func requiredByDisjunct(n rules.Node) [][]atom {
	var out [][]atom
	for _, d := range disjuncts(n) {
		out = append(out, required(d, nil))
	}
	return out
}
