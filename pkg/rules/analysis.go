package rules

import (
	"net/netip"
	"sort"
	"strings"
)

// Analysis summarises a tree for rule-set analysis.
type Analysis struct {
	Fields    []string `json:"fields"`
	Functions []string `json:"functions"`
	Lists     []string `json:"lists"`
	// AlwaysTrue / AlwaysFalse are set when the expression is constant in
	// the simple cases this package recognises (literals, x or not x,
	// x and not x, cf.threat_score comparisons, catch-all IP sets, …).
	AlwaysTrue  bool `json:"always_true"`
	AlwaysFalse bool `json:"always_false"`
	Cost        Cost `json:"cost"`
}

// Analyze returns the fields, functions and lists used, constant-ness and
// the cost of a tree.
func Analyze(n Node) Analysis {
	a := Analysis{Fields: FieldsUsed(n), Functions: FunctionsUsed(n), Lists: []string{}, Cost: EstimateCost(n)}
	seen := map[string]bool{}
	walk(n, func(x Node) {
		if l, ok := x.(*ListRef); ok && !seen[l.Name] {
			seen[l.Name] = true
			a.Lists = append(a.Lists, l.Name)
		}
	})
	sort.Strings(a.Lists)
	if v, ok := ConstValue(n); ok {
		a.AlwaysTrue, a.AlwaysFalse = v, !v
	}
	return a
}

// FieldsUsed lists the distinct field names in a tree, sorted.
func FieldsUsed(n Node) []string {
	set := map[string]bool{}
	walk(n, func(x Node) {
		if f, ok := x.(*Field); ok {
			set[f.Name] = true
		}
	})
	return sortedKeys(set)
}

// FunctionsUsed lists the distinct function names in a tree, sorted.
func FunctionsUsed(n Node) []string {
	set := map[string]bool{}
	walk(n, func(x Node) {
		if c, ok := x.(*Call); ok {
			set[c.Name] = true
		}
	})
	return sortedKeys(set)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ConstValue reports whether a tree always evaluates to the same result on
// every request, for the simple cases: literals, x or not x, x and not x,
// x xor x, comparisons of cf.threat_score (always 0), IP sets covering
// every address, empty sets, wildcard "*", contains "", len(field) ge 0 on
// un-indexed fields, their combinations with and, or, xor and not, and
// contradictions such as http.host eq "a" and http.host eq "b" or
// cf.waf.score lt 5 and cf.waf.score gt 10 (and the negations of those).
func ConstValue(n Node) (value bool, known bool) {
	if v, ok := constValue(n); ok {
		return v, true
	}
	// Contradictions: every disjunct requires a field to take a value no
	// value satisfies (http.host eq "a" and http.host eq "b").
	if n, ok := n.(*Logical); ok {
		if unsatisfiable(n, false) {
			return false, true
		}
		if unsatisfiable(n, true) {
			return true, true
		}
	}
	return false, false
}

func unsatisfiable(n Node, neg bool) bool {
	d, ok := dnf(n, neg)
	if !ok {
		return false
	}
	for _, c := range d {
		if !clauseUnsat(c) {
			return false
		}
	}
	return true
}

// clauseUnsat proves that no request satisfies every atom of c: string
// fields whose positive atoms enumerate their values, integer fields whose
// ranges leave nothing, IP fields whose ranges are empty or excluded.
func clauseUnsat(c clause) bool {
	byField := map[string][]atom{}
	for _, a := range c {
		if a.opaque == "" {
			byField[a.field] = append(byField[a.field], a)
		}
	}
	for name, atoms := range byField {
		fi := LookupField(name)
		if fi == nil {
			continue
		}
		switch fi.Type {
		case TypeInt:
			r := []irange{{-1 << 63, 1<<63 - 1}}
			for _, a := range atoms {
				if !a.neg {
					r = intersectInts(r, a.ints)
				}
			}
			for _, a := range atoms {
				if a.neg {
					r = subtractInts(r, a.ints)
				}
			}
			if len(r) == 0 {
				return true
			}
		case TypeIP:
			var r []iprange
			havePos := false
			for _, a := range atoms {
				if a.neg {
					continue
				}
				if !havePos {
					r, havePos = append([]iprange(nil), a.ips...), true
				} else {
					r = intersectIPs(r, a.ips)
				}
			}
			if !havePos {
				continue
			}
			for _, a := range atoms {
				if a.neg && len(r) > 0 && ipsSubset(r, a.ips) {
					r = nil
				}
			}
			if len(r) == 0 {
				return true
			}
		case TypeBytes:
			for _, a := range atoms {
				if a.neg || a.hasPS {
					continue
				}
				sat := false
				for _, s := range a.strs {
					if satisfiesAll(atoms, func(x *atom) bool { return x.satisfiesString(s) }) {
						sat = true
						break
					}
				}
				if !sat {
					return true
				}
			}
		}
	}
	return false
}

func intersectInts(a, b []irange) []irange {
	var out []irange
	for _, x := range a {
		for _, y := range b {
			lo, hi := max(x.lo, y.lo), min(x.hi, y.hi)
			if lo <= hi {
				out = append(out, irange{lo, hi})
			}
		}
	}
	return out
}

func subtractInts(a, b []irange) []irange {
	out := a
	for _, y := range b {
		var next []irange
		for _, x := range out {
			if y.hi < x.lo || y.lo > x.hi {
				next = append(next, x)
				continue
			}
			if y.lo > x.lo {
				next = append(next, irange{x.lo, y.lo - 1})
			}
			if y.hi < x.hi {
				next = append(next, irange{y.hi + 1, x.hi})
			}
		}
		out = next
	}
	return out
}

func intersectIPs(a, b []iprange) []iprange {
	var out []iprange
	for _, x := range a {
		for _, y := range b {
			if x.lo.Is4() != y.lo.Is4() {
				continue
			}
			lo, hi := x.lo, x.hi
			if lo.Less(y.lo) {
				lo = y.lo
			}
			if y.hi.Less(hi) {
				hi = y.hi
			}
			if lo.Compare(hi) <= 0 {
				out = append(out, iprange{lo, hi})
			}
		}
	}
	return out
}

func constValue(n Node) (value bool, known bool) {
	switch x := n.(type) {
	case *BoolLit:
		return x.Value, true
	case *Not:
		v, ok := constValue(x.X)
		return !v, ok
	case *Logical:
		a, aok := constValue(x.X)
		b, bok := constValue(x.Y)
		switch x.Op {
		case OpAnd:
			if (aok && !a) || (bok && !b) || complementary(x.X, x.Y) {
				return false, true
			}
			if aok && bok {
				return true, true
			}
		case OpOr:
			if (aok && a) || (bok && b) || complementary(x.X, x.Y) {
				return true, true
			}
			if aok && bok {
				return false, true
			}
		case OpXor:
			if aok && bok {
				return a != b, true
			}
			if Equal(x.X, x.Y) {
				return false, true
			}
			if complementary(x.X, x.Y) {
				return true, true
			}
		}
		return false, false
	case *Compare:
		return constCompare(x)
	}
	return false, false
}

func complementary(a, b Node) bool {
	if na, ok := a.(*Not); ok && Equal(na.X, b) {
		return true
	}
	if nb, ok := b.(*Not); ok && Equal(nb.X, a) {
		return true
	}
	return false
}

func plainField(n Node) (*FieldInfo, bool) {
	f, ok := n.(*Field)
	if !ok || len(f.Index) > 0 {
		return nil, false
	}
	fi := LookupField(f.Name)
	return fi, fi != nil
}

func constCompare(x *Compare) (bool, bool) {
	if s, ok := x.RHS.(*Set); ok && len(s.Elems) == 0 {
		return false, true
	}
	fi, plain := plainField(x.LHS)
	if plain && fi.Name == "cf.threat_score" {
		if lit, ok := x.RHS.(*IntLit); ok {
			return compare(&bnode{op: x.Op, n: lit.Value}, intV(0), nil), true
		}
	}
	if plain && fi.Type == TypeIP && x.Op == OpIn {
		if s, ok := x.RHS.(*Set); ok {
			var v4, v6 bool
			for _, e := range s.Elems {
				if ip, ok := e.(*IPLit); ok && ip.Bits == 0 {
					v4 = v4 || ip.Addr.Is4()
					v6 = v6 || ip.Addr.Is6()
				}
			}
			if v4 && v6 && fi.Name == "ip.src" {
				return true, true
			}
		}
	}
	if plain && fi.Type == TypeBytes {
		if s, ok := x.RHS.(*StringLit); ok {
			if (x.Op == OpWildcard || x.Op == OpStrictWildcard) && s.Value == "*" {
				return true, true
			}
			if x.Op == OpContains && s.Value == "" {
				return true, true
			}
		}
	}
	if c, ok := x.LHS.(*Call); ok && c.Name == "len" && len(c.Index) == 0 && len(c.Args) == 1 {
		if _, plainArg := plainField(c.Args[0]); plainArg {
			if lit, ok := x.RHS.(*IntLit); ok && lit.Value <= 0 && (x.Op == OpGe || (x.Op == OpGt && lit.Value < 0)) {
				return true, true
			}
			if lit, ok := x.RHS.(*IntLit); ok && lit.Value <= 0 && (x.Op == OpLt || (x.Op == OpLe && lit.Value < 0)) {
				return false, true
			}
		}
	}
	return false, false
}

// ---------------------------------------------------------------------------
// Containment.

// atom is one modelled condition on an un-indexed field.
type atom struct {
	field  string
	neg    bool
	opaque string // canonical text of a condition that is not modelled
	strs   []string
	prefix string
	suffix string
	fold   bool // prefix/suffix compared case-insensitively
	hasPS  bool
	ints   []irange
	ips    []iprange
}

type clause []atom

const maxClauses = 256

// dnf converts a tree to a disjunction of conjunctions of atoms; ok is
// false when the conversion would be too large.
func dnf(n Node, neg bool) ([]clause, bool) {
	budget := 20000
	return dnfB(n, neg, &budget)
}

func dnfB(n Node, neg bool, budget *int) ([]clause, bool) {
	*budget--
	if *budget < 0 {
		return nil, false
	}
	switch x := n.(type) {
	case *BoolLit:
		if x.Value != neg {
			return []clause{{}}, true
		}
		return nil, true
	case *Not:
		return dnfB(x.X, !neg, budget)
	case *Logical:
		if x.Op == OpXor {
			// a xor b == (a and not b) or (not a and b);
			// not (a xor b) == (a and b) or (not a and not b).
			pa, ok1 := dnfB(x.X, false, budget)
			na, ok2 := dnfB(x.X, true, budget)
			pb, ok3 := dnfB(x.Y, false, budget)
			nb, ok4 := dnfB(x.Y, true, budget)
			if !ok1 || !ok2 || !ok3 || !ok4 {
				return nil, false
			}
			var l, r []clause
			var okl, okr bool
			if neg {
				l, okl = andClauses(pa, pb)
				r, okr = andClauses(na, nb)
			} else {
				l, okl = andClauses(pa, nb)
				r, okr = andClauses(na, pb)
			}
			if !okl || !okr || len(l)+len(r) > maxClauses {
				return nil, false
			}
			return append(l, r...), true
		}
		op := x.Op
		if neg {
			if op == OpAnd {
				op = OpOr
			} else {
				op = OpAnd
			}
		}
		a, ok1 := dnfB(x.X, neg, budget)
		if !ok1 {
			return nil, false
		}
		b, ok2 := dnfB(x.Y, neg, budget)
		if !ok2 {
			return nil, false
		}
		if op == OpOr {
			if len(a)+len(b) > maxClauses {
				return nil, false
			}
			return append(append([]clause{}, a...), b...), true
		}
		return andClauses(a, b)
	case *Compare:
		at := toAtom(x)
		at.neg = at.neg != neg
		return []clause{{at}}, true
	}
	return nil, false
}

func andClauses(a, b []clause) ([]clause, bool) {
	if len(a)*len(b) > maxClauses {
		return nil, false
	}
	var out []clause
	for _, ca := range a {
		for _, cb := range b {
			out = append(out, append(append(clause{}, ca...), cb...))
		}
	}
	return out, true
}

func toAtom(x *Compare) atom {
	opaque := atom{opaque: Print(x)}
	if c, ok := x.LHS.(*Call); ok && (c.Name == "starts_with" || c.Name == "ends_with") && x.Op == OpIsTrue && len(c.Index) == 0 {
		fi, plain := plainField(c.Args[0])
		lit, isLit := c.Args[1].(*StringLit)
		if plain && isLit && fi.Type == TypeBytes {
			a := atom{field: fi.Name, hasPS: true}
			if c.Name == "starts_with" {
				a.prefix = lit.Value
			} else {
				a.suffix = lit.Value
			}
			return a
		}
		return opaque
	}
	fi, plain := plainField(x.LHS)
	if !plain {
		return opaque
	}
	a := atom{field: fi.Name}
	switch fi.Type {
	case TypeBytes:
		switch x.Op {
		case OpEq:
			a.strs = []string{x.RHS.(*StringLit).Value}
		case OpIn:
			s, ok := x.RHS.(*Set)
			if !ok {
				return opaque
			}
			for _, e := range s.Elems {
				a.strs = append(a.strs, e.(*StringLit).Value)
			}
		case OpWildcard, OpStrictWildcard:
			w, msg := compileWildcard(x.RHS.(*StringLit).Value, x.Op == OpStrictWildcard)
			if msg != "" {
				return opaque
			}
			a.fold = x.Op == OpWildcard
			switch {
			case w.stars() == 0:
				if a.fold && hasASCIILetter(w.segs[0]) {
					return opaque
				}
				a.strs = []string{w.segs[0]}
			case w.stars() == 1 && w.segs[1] == "":
				a.hasPS, a.prefix = true, w.segs[0]
			case w.stars() == 1 && w.segs[0] == "":
				a.hasPS, a.suffix = true, w.segs[1]
			default:
				return opaque
			}
		default:
			return opaque
		}
	case TypeInt:
		lit, isInt := x.RHS.(*IntLit)
		const lo, hi = -1 << 63, 1<<63 - 1
		switch x.Op {
		case OpEq:
			a.ints = []irange{{lit.Value, lit.Value}}
		case OpLt:
			if lit.Value == lo {
				return opaque
			}
			a.ints = []irange{{lo, lit.Value - 1}}
		case OpLe:
			a.ints = []irange{{lo, lit.Value}}
		case OpGt:
			if lit.Value == hi {
				return opaque
			}
			a.ints = []irange{{lit.Value + 1, hi}}
		case OpGe:
			a.ints = []irange{{lit.Value, hi}}
		case OpIn:
			s, ok := x.RHS.(*Set)
			if !ok {
				return opaque
			}
			var rs []irange
			for _, e := range s.Elems {
				switch v := e.(type) {
				case *IntLit:
					rs = append(rs, irange{v.Value, v.Value})
				case *IntRange:
					rs = append(rs, irange{v.Lo, v.Hi})
				}
			}
			a.ints = mergeInts(rs)
		default:
			return opaque
		}
		_ = isInt
	case TypeIP:
		switch x.Op {
		case OpEq:
			ip := x.RHS.(*IPLit).Addr
			a.ips = []iprange{{ip, ip}}
		case OpIn:
			s, ok := x.RHS.(*Set)
			if !ok {
				return opaque
			}
			var rs []iprange
			for _, e := range s.Elems {
				switch v := e.(type) {
				case *IPLit:
					p := v.Prefix()
					rs = append(rs, iprange{p.Masked().Addr(), lastAddr(p)})
				case *IPRange:
					rs = append(rs, iprange{v.Lo, v.Hi})
				}
			}
			a.ips = mergeIPs(rs)
		default:
			return opaque
		}
	default:
		return opaque
	}
	return a
}

func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// matchesPS reports whether s satisfies a prefix/suffix atom.
func (a *atom) matchesPS(s string) bool {
	if a.fold {
		return len(s) >= len(a.prefix) && asciiEqualFold(s[:len(a.prefix)], a.prefix) &&
			len(s) >= len(a.suffix) && asciiEqualFold(s[len(s)-len(a.suffix):], a.suffix)
	}
	return strings.HasPrefix(s, a.prefix) && strings.HasSuffix(s, a.suffix)
}

// satisfies reports whether a concrete string satisfies the (positive) atom.
func (a *atom) satisfiesString(s string) bool {
	if a.hasPS {
		return a.matchesPS(s)
	}
	for _, t := range a.strs {
		if s == t {
			return true
		}
	}
	return false
}

func intsSubset(b, a []irange) bool {
	for _, r := range b {
		ok := false
		for _, s := range a {
			if s.lo <= r.lo && r.hi <= s.hi {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func intsDisjoint(b, a []irange) bool {
	for _, r := range b {
		for _, s := range a {
			if r.lo <= s.hi && s.lo <= r.hi {
				return false
			}
		}
	}
	return true
}

func ipsSubset(b, a []iprange) bool {
	for _, r := range b {
		ok := false
		for _, s := range a {
			if r.lo.Is4() == s.lo.Is4() && s.lo.Compare(r.lo) <= 0 && r.hi.Compare(s.hi) <= 0 {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func ipsDisjoint(b, a []iprange) bool {
	for _, r := range b {
		for _, s := range a {
			if r.lo.Is4() == s.lo.Is4() && r.lo.Compare(s.hi) <= 0 && s.lo.Compare(r.hi) <= 0 {
				return false
			}
		}
	}
	return true
}

// implies reports whether atom b (on a request) guarantees atom a.
func implies(b, a atom) bool {
	if a.opaque != "" || b.opaque != "" {
		return a.opaque == b.opaque && a.neg == b.neg
	}
	if a.field != b.field {
		return false
	}
	switch {
	case a.ints != nil || b.ints != nil:
		switch {
		case !a.neg && !b.neg:
			return intsSubset(b.ints, a.ints)
		case a.neg && b.neg:
			return intsSubset(a.ints, b.ints)
		case a.neg && !b.neg:
			return intsDisjoint(b.ints, a.ints)
		}
		return false
	case a.ips != nil || b.ips != nil:
		switch {
		case !a.neg && !b.neg:
			return ipsSubset(b.ips, a.ips)
		case a.neg && b.neg:
			return ipsSubset(a.ips, b.ips)
		case a.neg && !b.neg:
			return ipsDisjoint(b.ips, a.ips)
		}
		return false
	}
	// Strings.
	switch {
	case !a.neg && !b.neg:
		if !b.hasPS {
			for _, s := range b.strs {
				if !a.satisfiesString(s) {
					return false
				}
			}
			return true
		}
		if !a.hasPS {
			return false
		}
		// b: prefix q / suffix t; a: prefix p / suffix u.
		if a.fold == b.fold || (!b.fold && a.fold) {
			preOK := hasPrefixFold(b.prefix, a.prefix, a.fold)
			sufOK := hasSuffixFold(b.suffix, a.suffix, a.fold)
			return preOK && sufOK
		}
		return false
	case a.neg && !b.neg:
		// every value allowed by b lies outside a's set
		if a.hasPS {
			if b.hasPS {
				return false
			}
			for _, s := range b.strs {
				if a.satisfiesString(s) {
					return false
				}
			}
			return true
		}
		if !b.hasPS {
			for _, s := range b.strs {
				if a.satisfiesString(s) {
					return false
				}
			}
			return true
		}
		for _, s := range a.strs {
			if b.satisfiesString(s) {
				return false
			}
		}
		return true
	case a.neg && b.neg:
		// complement(b) ⊆ complement(a)  <=>  a ⊆ b
		return implies(atom{field: a.field, strs: a.strs, prefix: a.prefix, suffix: a.suffix, fold: a.fold, hasPS: a.hasPS},
			atom{field: b.field, strs: b.strs, prefix: b.prefix, suffix: b.suffix, fold: b.fold, hasPS: b.hasPS})
	}
	return false
}

func hasPrefixFold(s, p string, fold bool) bool {
	if fold {
		return len(s) >= len(p) && asciiEqualFold(s[:len(p)], p)
	}
	return strings.HasPrefix(s, p)
}

func hasSuffixFold(s, p string, fold bool) bool {
	if fold {
		return len(s) >= len(p) && asciiEqualFold(s[len(s)-len(p):], p)
	}
	return strings.HasSuffix(s, p)
}

// clauseImplies: every atom of ca is implied by some atom of cb.
func clauseImplies(cb, ca clause) bool {
	for _, a := range ca {
		ok := false
		for _, b := range cb {
			if implies(b, a) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// Contains reports whether every request matched by b is also matched by a
// (a "shadows" b). decided is false when this package cannot tell: it
// proves containment for conditions on un-indexed fields — IP/CIDR sets
// and ranges, string equality and sets, prefixes and suffixes
// (starts_with, ends_with, wildcard "x*" / "*x"), integer ranges — combined
// with and, or, xor and not, plus syntactically identical conditions; it
// disproves containment by finding a request that b matches and a does not.
func Contains(a, b Node) (contains bool, decided bool) {
	if v, ok := ConstValue(a); ok && v {
		return true, true
	}
	if v, ok := ConstValue(b); ok && !v {
		return true, true
	}
	da, ok1 := dnf(a, false)
	db, ok2 := dnf(b, false)
	if ok1 && ok2 {
		proved := true
		for _, cb := range db {
			if clauseUnsat(cb) {
				continue // matches nothing
			}
			found := false
			for _, ca := range da {
				if clauseImplies(cb, ca) {
					found = true
					break
				}
			}
			if !found {
				proved = false
				break
			}
		}
		if proved {
			return true, true
		}
	}
	// Look for a counterexample.
	pa, err1 := compileTree(a)
	pb, err2 := compileTree(b)
	if err1 != nil || err2 != nil || !ok2 {
		return false, false
	}
	for _, cb := range db {
		for _, w := range witnesses(cb) {
			if pb.Eval(w, nil) && !pa.Eval(w, nil) {
				return false, true
			}
		}
	}
	return false, false
}

func compileTree(n Node) (*Program, error) {
	ch, err := checkTree(Print(n), n, Options{})
	if err != nil {
		return nil, err
	}
	cc := &compiler{c: ch.c}
	return &Program{checked: ch, root: cc.bool(ch.Root, nil)}, nil
}

// witnesses builds candidate requests satisfying clause cb: for every
// constrained field it enumerates values that satisfy the clause's atoms on
// that field, and varies the unconstrained fields.
func witnesses(cb clause) []*Request {
	for _, at := range cb {
		if at.opaque != "" {
			return nil
		}
	}
	type choice struct {
		fi    *FieldInfo
		cands []value
	}
	var choices []choice
	seen := map[string]bool{}
	most := 3
	for _, at := range cb {
		if seen[at.field] {
			continue
		}
		seen[at.field] = true
		fi := LookupField(at.field)
		if fi == nil {
			return nil
		}
		cands := witnessValues(fi, cb)
		if len(cands) == 0 {
			return nil // contradictory clause: matches nothing
		}
		choices = append(choices, choice{fi, cands})
		most = max(most, len(cands))
	}
	most = min(most, 32)
	var out []*Request
	for k := 0; k < most; k++ {
		r := &Request{Method: "GET", Host: "witness.invalid", Path: "/witness", SrcIP: netip.MustParseAddr("203.0.113.77"), Fields: map[string]any{}}
		switch k % 3 {
		case 1:
			r.Method, r.Host, r.Path, r.SrcIP = "PATCH", "other.invalid", "/other/path", netip.MustParseAddr("2001:db8::77")
		case 2:
			r.Method, r.Host, r.Path, r.SrcIP = "", "", "", netip.MustParseAddr("198.51.100.200")
		}
		ok := true
		for _, c := range choices {
			if !setFieldValue(r, c.fi, c.cands[k%len(c.cands)]) {
				ok = false
				break
			}
		}
		if ok {
			r.Prepare()
			out = append(out, r)
		}
	}
	return out
}

// witnessValues lists values of field fi that satisfy every atom of cb on fi.
func witnessValues(fi *FieldInfo, cb clause) []value {
	var same []atom
	for _, x := range cb {
		if x.opaque == "" && x.field == fi.Name {
			same = append(same, x)
		}
	}
	var out []value
	switch fi.Type {
	case TypeBytes:
		cands := []string{"", "witness", "/x", "\x00w"}
		for _, x := range same {
			cands = append(cands, x.strs...)
			if x.hasPS {
				cands = append(cands, x.prefix+x.suffix, x.prefix+"w"+x.suffix)
			}
		}
		n := len(cands)
		for i := 0; i < n; i++ {
			cands = append(cands, asciiUpper(cands[i]), asciiLower(cands[i]))
		}
		dup := map[string]bool{}
		for _, c := range cands {
			if !dup[c] && satisfiesAll(same, func(a *atom) bool { return a.satisfiesString(c) }) {
				dup[c] = true
				out = append(out, bytesV(c))
			}
		}
	case TypeInt:
		cands := []int64{0, 1, -1, 1 << 40}
		for _, x := range same {
			for _, rg := range x.ints {
				cands = append(cands, rg.lo, rg.hi)
				if rg.lo > -1<<63 {
					cands = append(cands, rg.lo-1)
				}
				if rg.hi < 1<<63-1 {
					cands = append(cands, rg.hi+1)
				}
			}
		}
		dup := map[int64]bool{}
		for _, c := range cands {
			if !dup[c] && satisfiesAll(same, func(a *atom) bool { return inIntRanges(c, a.ints) }) {
				dup[c] = true
				out = append(out, intV(c))
			}
		}
	case TypeIP:
		cands := []netip.Addr{netip.MustParseAddr("203.0.113.77"), netip.MustParseAddr("2001:db8::77")}
		for _, x := range same {
			for _, rg := range x.ips {
				cands = append(cands, rg.lo, rg.hi)
				if p := rg.lo.Prev(); p.IsValid() {
					cands = append(cands, p)
				}
				if n := rg.hi.Next(); n.IsValid() {
					cands = append(cands, n)
				}
			}
		}
		dup := map[netip.Addr]bool{}
		for _, c := range cands {
			if !dup[c] && satisfiesAll(same, func(a *atom) bool { return inIPRanges(c, a.ips) }) {
				dup[c] = true
				out = append(out, ipV(c))
			}
		}
	}
	return out
}

func satisfiesAll(atoms []atom, pos func(a *atom) bool) bool {
	for i := range atoms {
		if pos(&atoms[i]) == atoms[i].neg {
			return false
		}
	}
	return true
}

func inIntRanges(n int64, rs []irange) bool {
	for _, r := range rs {
		if r.lo <= n && n <= r.hi {
			return true
		}
	}
	return false
}

func inIPRanges(a netip.Addr, rs []iprange) bool {
	for _, r := range rs {
		if a.Is4() == r.lo.Is4() && r.lo.Compare(a) <= 0 && a.Compare(r.hi) <= 0 {
			return true
		}
	}
	return false
}

// setFieldValue stores v in the request field named by fi.
func setFieldValue(r *Request, fi *FieldInfo, v value) bool {
	switch fi.Name {
	case "http.request.method":
		r.Method = v.s
	case "http.host":
		r.Host = v.s
	case "http.request.uri.path":
		r.Path = v.s
	case "http.request.uri.query":
		r.Query = v.s
	case "http.request.uri":
		r.URI = v.s
	case "http.request.full_uri":
		r.FullURI = v.s
	case "http.request.uri.path.extension":
		r.Extension = v.s
	case "http.user_agent":
		r.UserAgent = v.s
	case "http.referer":
		r.Referer = v.s
	case "ip.src.country", "ip.geoip.country":
		r.Country = v.s
	case "ip.src.continent", "ip.geoip.continent":
		r.Continent = v.s
	case "ip.src.asnum", "ip.geoip.asnum":
		r.ASN = v.n
	case "ip.src":
		r.SrcIP = v.ip
	case "cf.edge.server_ip":
		r.EdgeServerIP = v.ip
	case "cf.edge.server_port":
		r.EdgeServerPort = v.n
	case "cf.bot_management.score":
		r.BotScore = v.n
	case "cf.waf.score":
		r.WAFScore = v.n
	case "http.request.version":
		r.Version = v.s
	default:
		if _, ok := structGetters[fi.Name]; ok {
			return false // backed by a struct field without a setter here
		}
		switch v.k {
		case vBytes:
			r.Fields[fi.Name] = v.s
		case vInt:
			r.Fields[fi.Name] = v.n
		case vIP:
			r.Fields[fi.Name] = v.ip
		default:
			return false
		}
	}
	return true
}
