package rules

import (
	"fmt"
	"net/netip"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// ListResolver answers membership in named lists ($name). A nil resolver
// makes every `in $list` comparison false.
type ListResolver interface {
	ContainsIP(list string, ip netip.Addr) bool
	ContainsString(list string, s string) bool // hostname lists
	ContainsInt(list string, n int64) bool     // ASN lists
}

// MapLists is a simple in-memory ListResolver: IP lists hold addresses and
// CIDRs, hostname lists exact names, ASN lists numbers.
type MapLists struct {
	IPs       map[string][]netip.Prefix
	Hostnames map[string][]string
	ASNs      map[string][]int64
}

var _ ListResolver = (*MapLists)(nil)

// ContainsIP implements ListResolver.
func (m *MapLists) ContainsIP(list string, ip netip.Addr) bool {
	for _, p := range m.IPs[list] {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// ContainsString implements ListResolver.
func (m *MapLists) ContainsString(list string, s string) bool {
	for _, h := range m.Hostnames[list] {
		if h == s {
			return true
		}
	}
	return false
}

// ContainsInt implements ListResolver.
func (m *MapLists) ContainsInt(list string, n int64) bool {
	for _, a := range m.ASNs[list] {
		if a == n {
			return true
		}
	}
	return false
}

// Program is a compiled expression. It is immutable and safe for
// concurrent use.
type Program struct {
	checked *Checked
	root    *bnode
	slots   int // memo slots (repeated sub-expressions)
}

// Checked returns the parse and check results (tree, fields, warnings).
func (p *Program) Checked() *Checked { return p.checked }

// Compile parses, checks and compiles src. Regular expressions, wildcards,
// sets and CIDRs are prepared once here.
//
// Large expressions (1 KB and more, such as attack-class rules, which a
// proposal's replays compile several times) are kept by text and options:
// compiling one again returns the same Program.
func Compile(src string, opts Options) (*Program, error) {
	key := ""
	if len(src) >= programCacheMin {
		key = programKey(src, opts)
		programMu.Lock()
		p := programCache[key]
		programMu.Unlock()
		if p != nil {
			return p, nil
		}
	}
	ch, err := Check(src, opts)
	if err != nil {
		return nil, err
	}
	cc := &compiler{c: ch.c}
	p := &Program{checked: ch, root: cc.bool(ch.Root, nil)}
	p.slots = cc.slots
	if key != "" {
		programMu.Lock()
		if len(programCache) >= maxCachedPrograms {
			programCache = map[string]*Program{}
		}
		programCache[key] = p
		programMu.Unlock()
	}
	return p, nil
}

const (
	programCacheMin   = 1024
	maxCachedPrograms = 16
)

var (
	programMu    sync.Mutex
	programCache = map[string]*Program{}
)

func programKey(src string, o Options) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\x00%d\x00%t\x00%d\x00%t\x00", o.Phase, o.Plan, o.CountingExpression, o.MaxRegex, o.Combined)
	if o.Lists != nil {
		names := make([]string, 0, len(o.Lists))
		for n := range o.Lists {
			names = append(names, n)
		}
		sort.Strings(names)
		b.WriteString("lists")
		for _, n := range names {
			b.WriteString("\x01" + n + "=" + o.Lists[n])
		}
	}
	b.WriteString("\x00" + src)
	return b.String()
}

// MustCompile is Compile that panics on error, for tests and fixed rules.
func MustCompile(src string, opts Options) *Program {
	p, err := Compile(src, opts)
	if err != nil {
		panic("rules: " + err.Error())
	}
	return p
}

// Eval reports whether the request matches. A nil request matches nothing.
func (p *Program) Eval(r *Request, lists ListResolver) bool {
	if r == nil {
		return false
	}
	if p.slots == 0 {
		return evalBool(p.root, r, lists, nil, nil)
	}
	return evalBool(p.root, r, lists, nil, &memo{v: make([]value, p.slots), ok: make([]bool, p.slots)})
}

type bkind uint8

const (
	bConst bkind = iota
	bAnd
	bOr
	bXor
	bNot
	bIsTrue
	bCmp
	bAny
	bAll
)

type irange struct{ lo, hi int64 }
type iprange struct{ lo, hi netip.Addr }

type bnode struct {
	kind  bkind
	x, y  *bnode
	c     bool
	lhs   *vnode
	op    CmpOp
	s     string
	n     int64
	ip    netip.Addr
	strs  map[string]struct{}
	ints  []irange
	ips   []iprange
	re    *regexp.Regexp
	rm    *reMatcher // re split and prefiltered (large patterns), or nil
	wc    *wildcardPattern
	list  string
	isSet bool
	src   *vnode // any/all: the array iterated
}

type vnkind uint8

const (
	vnField vnkind = iota
	vnElem
	vnLit
	vnCall
	vnCollect // materialises a function mapped over [*] into an array
)

type vnode struct {
	kind vnkind
	get  getter
	idx  []Index
	lit  value
	fn   string
	args []*vnode
	re   *regexp.Regexp
	wc   *wildcardPattern
	src  *vnode // vnCollect: the array iterated
	elem *vnode // vnCollect: the value computed per element
	slot int    // vnCall outside any/all occurring more than once: its memo slot + 1
}

type compiler struct {
	c *checker
	// calls outside any/all by printed form, to share repeated ones
	calls map[string]*vnode
	slots int
	// plain compiles without the evaluation speed-ups (reference for
	// differential tests).
	plain bool
}

// cctx collects the array iterated by an enclosing any/all.
type cctx struct {
	src *vnode
}

func (cc *compiler) bool(n Node, ctx *cctx) *bnode {
	switch x := n.(type) {
	case *Logical:
		k := bAnd
		switch x.Op {
		case OpOr:
			k = bOr
		case OpXor:
			k = bXor
		}
		return &bnode{kind: k, x: cc.bool(x.X, ctx), y: cc.bool(x.Y, ctx)}
	case *Not:
		return &bnode{kind: bNot, x: cc.bool(x.X, ctx)}
	case *BoolLit:
		return &bnode{kind: bConst, c: x.Value}
	case *Compare:
		return cc.compare(x, ctx)
	case *Field, *Call:
		return &bnode{kind: bIsTrue, lhs: cc.value(n, ctx)}
	}
	return &bnode{kind: bConst}
}

func (cc *compiler) compare(x *Compare, ctx *cctx) *bnode {
	if call, ok := x.LHS.(*Call); ok && (call.Name == "any" || call.Name == "all") && len(call.Index) == 0 {
		inner := &cctx{}
		arg := call.Args[0]
		var body *bnode
		if isBoolExpr(arg) {
			body = cc.bool(arg, inner)
		} else {
			body = &bnode{kind: bIsTrue, lhs: cc.value(arg, inner)}
		}
		if inner.src == nil {
			// A plain Array<Boolean> value: iterate it.
			inner.src = body.lhs
			body = &bnode{kind: bIsTrue, lhs: &vnode{kind: vnElem}}
		}
		k := bAny
		if call.Name == "all" {
			k = bAll
		}
		return &bnode{kind: k, x: body, src: inner.src}
	}
	b := &bnode{kind: bCmp, lhs: cc.value(x.LHS, ctx), op: x.Op}
	if x.Op == OpIsTrue {
		b.kind = bIsTrue
		return b
	}
	switch r := x.RHS.(type) {
	case *StringLit:
		b.s = r.Value
	case *IntLit:
		b.n = r.Value
	case *IPLit:
		b.ip = r.Addr
	case *ListRef:
		b.list = r.Name
	case *Set:
		b.isSet = true
		for _, e := range r.Elems {
			switch v := e.(type) {
			case *StringLit:
				if b.strs == nil {
					b.strs = map[string]struct{}{}
				}
				b.strs[v.Value] = struct{}{}
			case *IntLit:
				b.ints = append(b.ints, irange{v.Value, v.Value})
			case *IntRange:
				b.ints = append(b.ints, irange{v.Lo, v.Hi})
			case *IPLit:
				p := v.Prefix()
				b.ips = append(b.ips, iprange{p.Masked().Addr(), lastAddr(p)})
			case *IPRange:
				b.ips = append(b.ips, iprange{v.Lo, v.Hi})
			}
		}
		b.ints = mergeInts(b.ints)
		b.ips = mergeIPs(b.ips)
	}
	b.re = cc.c.regexes[x]
	if b.op == OpMatches && !cc.plain {
		b.rm = matcherFor(b.re)
	}
	b.wc = cc.c.wildcards[x]
	return b
}

func indexOfEach(idx []Index) int {
	for i, ix := range idx {
		if ix.Kind == IndexEach {
			return i
		}
	}
	return -1
}

func (cc *compiler) value(n Node, ctx *cctx) *vnode {
	switch x := n.(type) {
	case *Field:
		g := getterFor(LookupField(x.Name))
		k := indexOfEach(x.Index)
		if k < 0 || ctx == nil {
			return &vnode{kind: vnField, get: g, idx: x.Index}
		}
		if ctx.src == nil {
			ctx.src = &vnode{kind: vnField, get: g, idx: x.Index[:k]}
		}
		return &vnode{kind: vnElem, idx: x.Index[k+1:]}
	case *Call:
		key := ""
		if ctx == nil && !cc.plain {
			key = Print(x)
			if v := cc.calls[key]; v != nil {
				if v.slot == 0 {
					cc.slots++
					v.slot = cc.slots
				}
				return v
			}
		}
		v := &vnode{kind: vnCall, fn: x.Name, idx: x.Index, re: cc.c.regexes[x], wc: cc.c.wildcards[x]}
		for i, a := range x.Args {
			actx := ctx
			if i > 0 {
				actx = nil
			}
			if info, ok := cc.c.info[a]; ok && info.derived {
				inner := &cctx{}
				elem := cc.value(a, inner)
				v.args = append(v.args, &vnode{kind: vnCollect, src: inner.src, elem: elem})
				continue
			}
			v.args = append(v.args, cc.value(a, actx))
		}
		if x.Name == "wildcard_replace" && len(x.Args) == 4 {
			if f, ok := x.Args[3].(*StringLit); ok && f.Value == "s" && v.wc != nil {
				pat := x.Args[1].(*StringLit).Value
				v.wc, _ = compileWildcard(pat, true)
			}
		}
		k := indexOfEach(x.Index)
		if k < 0 || ctx == nil {
			if key != "" {
				if cc.calls == nil {
					cc.calls = map[string]*vnode{}
				}
				cc.calls[key] = v
			}
			return v
		}
		if len(v.args) > 0 && hasElem(v.args[0]) {
			v.idx = x.Index[k+1:]
			return v
		}
		v.idx = x.Index[:k]
		if ctx.src == nil {
			ctx.src = v
		}
		return &vnode{kind: vnElem, idx: x.Index[k+1:]}
	case *StringLit:
		return &vnode{kind: vnLit, lit: bytesV(x.Value)}
	case *IntLit:
		return &vnode{kind: vnLit, lit: intV(x.Value)}
	case *IPLit:
		return &vnode{kind: vnLit, lit: ipV(x.Addr)}
	}
	return &vnode{kind: vnLit}
}

func hasElem(v *vnode) bool {
	switch v.kind {
	case vnElem:
		return true
	case vnCall:
		return len(v.args) > 0 && hasElem(v.args[0])
	}
	return false
}

func lastAddr(p netip.Prefix) netip.Addr {
	p = p.Masked()
	a := p.Addr()
	b := a.AsSlice()
	bits := p.Bits()
	for i := range b {
		for j := 0; j < 8; j++ {
			if i*8+j >= bits {
				b[i] |= 0x80 >> j
			}
		}
	}
	out, _ := netip.AddrFromSlice(b)
	return out
}

func mergeInts(in []irange) []irange {
	if len(in) == 0 {
		return nil
	}
	sort.Slice(in, func(i, j int) bool { return in[i].lo < in[j].lo })
	out := []irange{in[0]}
	for _, r := range in[1:] {
		last := &out[len(out)-1]
		if r.lo <= last.hi || (last.hi < 1<<63-1 && r.lo == last.hi+1) {
			if r.hi > last.hi {
				last.hi = r.hi
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

func mergeIPs(in []iprange) []iprange {
	if len(in) == 0 {
		return nil
	}
	sort.Slice(in, func(i, j int) bool { return in[i].lo.Less(in[j].lo) })
	out := []iprange{in[0]}
	for _, r := range in[1:] {
		last := &out[len(out)-1]
		if r.lo.Is4() == last.lo.Is4() && (r.lo.Compare(last.hi) <= 0 || (last.hi.Next().IsValid() && r.lo == last.hi.Next())) {
			if last.hi.Less(r.hi) {
				last.hi = r.hi
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

func evalBool(b *bnode, r *Request, lists ListResolver, elem *value, mc *memo) bool {
	switch b.kind {
	case bConst:
		return b.c
	case bAnd:
		return evalBool(b.x, r, lists, elem, mc) && evalBool(b.y, r, lists, elem, mc)
	case bOr:
		return evalBool(b.x, r, lists, elem, mc) || evalBool(b.y, r, lists, elem, mc)
	case bXor:
		return evalBool(b.x, r, lists, elem, mc) != evalBool(b.y, r, lists, elem, mc)
	case bNot:
		return !evalBool(b.x, r, lists, elem, mc)
	case bIsTrue:
		v := evalValue(b.lhs, r, elem, mc)
		return v.k == vBool && v.n != 0
	case bAny, bAll:
		return evalAgg(b, r, lists, elem, mc)
	case bCmp:
		return compare(b, evalValue(b.lhs, r, elem, mc), lists)
	}
	return false
}

func evalAgg(b *bnode, r *Request, lists ListResolver, outer *value, mc *memo) bool {
	src := evalValue(b.src, r, outer, mc)
	all := b.kind == bAll
	var e value
	switch src.k {
	case vArrBytes:
		for _, s := range src.ss {
			e = bytesV(s)
			if evalBool(b.x, r, lists, &e, mc) != all {
				return !all
			}
		}
	case vArrInt:
		for _, n := range src.ns {
			e = intV(n)
			if evalBool(b.x, r, lists, &e, mc) != all {
				return !all
			}
		}
	case vArrArrBytes:
		for _, ss := range src.sss {
			e = strsV(ss)
			if evalBool(b.x, r, lists, &e, mc) != all {
				return !all
			}
		}
	case vMapArrBytes:
		for _, ss := range src.ms {
			e = strsV(ss)
			if evalBool(b.x, r, lists, &e, mc) != all {
				return !all
			}
		}
	case vMapArrInt:
		for _, ns := range src.mns {
			e = intsV(ns)
			if evalBool(b.x, r, lists, &e, mc) != all {
				return !all
			}
		}
	case vMapInt:
		for _, n := range src.mn {
			e = intV(n)
			if evalBool(b.x, r, lists, &e, mc) != all {
				return !all
			}
		}
	default:
		// Missing array: any() and all() are missing, hence false.
		return false
	}
	return all
}

func compare(b *bnode, v value, lists ListResolver) bool {
	switch v.k {
	case vBytes:
		s := v.s
		switch b.op {
		case OpEq:
			return s == b.s
		case OpNe:
			return s != b.s
		case OpLt:
			return s < b.s
		case OpLe:
			return s <= b.s
		case OpGt:
			return s > b.s
		case OpGe:
			return s >= b.s
		case OpContains:
			return strings.Contains(s, b.s)
		case OpMatches:
			if b.rm != nil {
				return b.rm.MatchString(s)
			}
			return b.re != nil && b.re.MatchString(s)
		case OpWildcard, OpStrictWildcard:
			return b.wc != nil && b.wc.match(s)
		case OpIn:
			if b.isSet {
				_, ok := b.strs[s]
				return ok
			}
			return lists != nil && lists.ContainsString(b.list, s)
		}
	case vInt:
		n := v.n
		switch b.op {
		case OpEq:
			return n == b.n
		case OpNe:
			return n != b.n
		case OpLt:
			return n < b.n
		case OpLe:
			return n <= b.n
		case OpGt:
			return n > b.n
		case OpGe:
			return n >= b.n
		case OpBitwiseAnd:
			return n&b.n != 0
		case OpIn:
			if b.isSet {
				i := sort.Search(len(b.ints), func(i int) bool { return b.ints[i].hi >= n })
				return i < len(b.ints) && b.ints[i].lo <= n
			}
			return lists != nil && lists.ContainsInt(b.list, n)
		}
	case vIP:
		a := v.ip
		if !a.IsValid() {
			return false
		}
		if a.Is4In6() {
			a = a.Unmap()
		}
		switch b.op {
		case OpEq:
			return a == b.ip
		case OpNe:
			return a != b.ip
		case OpLt:
			return a.Compare(b.ip) < 0
		case OpLe:
			return a.Compare(b.ip) <= 0
		case OpGt:
			return a.Compare(b.ip) > 0
		case OpGe:
			return a.Compare(b.ip) >= 0
		case OpIn:
			if b.isSet {
				for i := range b.ips {
					rg := &b.ips[i]
					if a.Is4() == rg.lo.Is4() && a.Compare(rg.lo) >= 0 && a.Compare(rg.hi) <= 0 {
						return true
					}
				}
				return false
			}
			return lists != nil && lists.ContainsIP(b.list, a)
		}
	}
	return false
}

func evalValue(v *vnode, r *Request, elem *value, mc *memo) value {
	var x value
	switch v.kind {
	case vnField:
		x = v.get(r)
	case vnElem:
		if elem == nil {
			return missing
		}
		x = *elem
	case vnLit:
		return v.lit
	case vnCall:
		if v.slot > 0 && mc != nil && mc.ok[v.slot-1] {
			return mc.v[v.slot-1]
		}
		x = callFunc(v, r, elem, mc)
	case vnCollect:
		x = collect(v, r, elem, mc)
	}
	if len(v.idx) > 0 {
		x = x.indexAll(v.idx)
	}
	if v.slot > 0 && mc != nil {
		mc.v[v.slot-1], mc.ok[v.slot-1] = x, true
	}
	return x
}

// memo holds, for one evaluation, the values of sub-expressions that
// occur more than once in the expression (an attack-class rule transforms
// the same fields — concat, url_decode, decode_base64 — for each of its
// patterns): each is computed once per request.
type memo struct {
	v  []value
	ok []bool
}

// collect evaluates v.elem for every element of v.src and gathers the
// results into an array (missing results are left out).
func collect(v *vnode, r *Request, outer *value, mc *memo) value {
	src := evalValue(v.src, r, outer, mc)
	var ss []string
	var ns []int64
	add := func(e value) {
		switch x := evalValue(v.elem, r, &e, mc); x.k {
		case vBytes:
			ss = append(ss, x.s)
		case vInt:
			ns = append(ns, x.n)
		}
	}
	switch src.k {
	case vArrBytes:
		for _, s := range src.ss {
			add(bytesV(s))
		}
	case vArrInt:
		for _, n := range src.ns {
			add(intV(n))
		}
	case vArrArrBytes:
		for _, a := range src.sss {
			add(strsV(a))
		}
	case vMapArrBytes:
		for _, a := range src.ms {
			add(strsV(a))
		}
	case vMapArrInt:
		for _, a := range src.mns {
			add(intsV(a))
		}
	case vMapInt:
		for _, n := range src.mn {
			add(intV(n))
		}
	default:
		return missing
	}
	if ns != nil {
		return intsV(ns)
	}
	if ss == nil {
		ss = []string{}
	}
	return strsV(ss)
}
