package expr

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

const maxDepth = 64

func (p *parser) peek() (token, bool) {
	if p.pos < len(p.toks) {
		return p.toks[p.pos], true
	}
	return token{}, false
}

func (p *parser) isPunct(s string) bool {
	t, ok := p.peek()
	return ok && t.kind == kPunct && t.text == s
}

func (p *parser) endErr(what string) error {
	return fmt.Errorf("column %d: expected %s, found the end of the expression", len(p.src)+1, what)
}

func (p *parser) expect(s string) error {
	t, ok := p.peek()
	if !ok {
		return p.endErr(fmt.Sprintf("%q", s))
	}
	if t.kind != kPunct || t.text != s {
		return p.errAt(t, "expected %q, found %s", s, t.show())
	}
	p.pos++
	return nil
}

func (p *parser) enter() error {
	p.depth++
	if p.depth > maxDepth {
		t, _ := p.peek()
		return p.errAt(t, "nested deeper than %d levels", maxDepth)
	}
	return nil
}

// expr = or ['?' or ':' expr]
func (p *parser) expr() (node, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	c, err := p.binary(1)
	if err != nil {
		return nil, err
	}
	if !p.isPunct("?") {
		return c, nil
	}
	q := p.toks[p.pos]
	p.pos++
	if !canBe(c.typ(), Bool) {
		return nil, p.errAt(q, "the condition of ?: is %s; accepted: a boolean", c.typ())
	}
	a, err := p.binary(1)
	if err != nil {
		return nil, err
	}
	if err := p.expect(":"); err != nil {
		return nil, err
	}
	b, err := p.expr()
	if err != nil {
		return nil, err
	}
	t := Dyn
	switch at, bt := a.typ(), b.typ(); {
	case at == bt:
		t = at
	case at != Dyn && bt != Dyn && at != Null && bt != Null:
		return nil, p.errAt(q, "the branches of ?: are %s and %s; accepted: branches of the same type", at, bt)
	}
	return &condNode{c: c, a: a, b: b, t: t}, nil
}

// binary operator precedence, lowest first (CEL's order).
var precedence = map[string]int{"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3, "in": 3,
	"+": 4, "-": 4, "*": 5, "/": 5, "%": 5}

func (p *parser) binary(minPrec int) (node, error) {
	l, err := p.unary()
	if err != nil {
		return nil, err
	}
	for {
		t, ok := p.peek()
		if !ok || (t.kind != kPunct && !(t.kind == kIdent && t.text == "in")) {
			return l, nil
		}
		prec, ok := precedence[t.text]
		if !ok || prec < minPrec {
			return l, nil
		}
		p.pos++
		if err := p.enter(); err != nil {
			return nil, err
		}
		r, err := p.binary(prec + 1)
		p.depth--
		if err != nil {
			return nil, err
		}
		l, err = binaryNode(t, l, r)
		if err != nil {
			return nil, p.errAt(t, "%v", err)
		}
	}
}

func (p *parser) unary() (node, error) {
	t, ok := p.peek()
	if !ok {
		return nil, p.endErr("an operand")
	}
	if t.kind == kPunct && (t.text == "!" || t.text == "-") {
		p.pos++
		if err := p.enter(); err != nil {
			return nil, err
		}
		defer func() { p.depth-- }()
		// -literal is a literal (so the smallest int64 can be written).
		if nt, ok := p.peek(); ok && t.text == "-" && (nt.kind == kInt || nt.kind == kDouble) {
			if p.pos+1 >= len(p.toks) || p.toks[p.pos+1].text != "." || p.toks[p.pos+1].kind != kPunct {
				p.pos++
				if nt.kind == kInt {
					return &litNode{v: -nt.num, t: Int}, nil
				}
				return &litNode{v: -nt.dbl, t: Double}, nil
			}
		}
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		if t.text == "!" {
			if !canBe(x.typ(), Bool) {
				return nil, p.errAt(t, "! needs a boolean, found %s", x.typ())
			}
			return &notNode{x: x}, nil
		}
		if !canBe(x.typ(), Int) && !canBe(x.typ(), Double) {
			return nil, p.errAt(t, "- needs a number, found %s", x.typ())
		}
		return &negNode{x: x}, nil
	}
	return p.member()
}

func (p *parser) member() (node, error) {
	n, err := p.primary()
	if err != nil {
		return nil, err
	}
	for {
		switch {
		case p.isPunct("."):
			p.pos++
			t, ok := p.peek()
			if !ok {
				return nil, p.endErr("a field or method name")
			}
			if t.kind != kIdent {
				return nil, p.errAt(t, "expected a field or method name, found %s", t.show())
			}
			p.pos++
			if !p.isPunct("(") {
				if !canBe(n.typ(), Map) {
					return nil, p.errAt(t, "field .%s of a %s; accepted: a map's field", t.text, n.typ())
				}
				n = &selectNode{x: n, field: t.text}
				continue
			}
			p.pos++
			if m, ok := macros[t.text]; ok {
				n, err = p.macro(t, m, n)
			} else {
				var args []node
				args, err = p.args()
				if err == nil {
					n, err = p.method(t, n, args)
				}
			}
			if err != nil {
				return nil, err
			}
		case p.isPunct("["):
			open := p.toks[p.pos]
			p.pos++
			i, err := p.expr()
			if err != nil {
				return nil, err
			}
			if err := p.expect("]"); err != nil {
				return nil, err
			}
			switch {
			case n.typ() == List && !canBe(i.typ(), Int):
				return nil, p.errAt(open, "a list index must be an int, found %s", i.typ())
			case n.typ() == Map && !canBe(i.typ(), String):
				return nil, p.errAt(open, "a map key must be a string, found %s", i.typ())
			case n.typ() != Dyn && n.typ() != List && n.typ() != Map:
				return nil, p.errAt(open, "cannot index a %s", n.typ())
			}
			n = &indexNode{x: n, i: i}
		default:
			return n, nil
		}
	}
}

// args parses call arguments after "(".
func (p *parser) args() ([]node, error) {
	var out []node
	if p.isPunct(")") {
		p.pos++
		return out, nil
	}
	for {
		a, err := p.expr()
		if err != nil {
			return nil, err
		}
		out = append(out, a)
		if p.isPunct(",") {
			p.pos++
			continue
		}
		if err := p.expect(")"); err != nil {
			return nil, err
		}
		return out, nil
	}
}

func (p *parser) primary() (node, error) {
	t, ok := p.peek()
	if !ok {
		return nil, p.endErr("an operand")
	}
	p.pos++
	switch t.kind {
	case kInt:
		return &litNode{v: t.num, t: Int}, nil
	case kDouble:
		return &litNode{v: t.dbl, t: Double}, nil
	case kString:
		return &litNode{v: t.text, t: String}, nil
	case kPunct:
		switch t.text {
		case "(":
			n, err := p.expr()
			if err != nil {
				return nil, err
			}
			return n, p.expect(")")
		case "[":
			var items []node
			for !p.isPunct("]") {
				it, err := p.expr()
				if err != nil {
					return nil, err
				}
				items = append(items, it)
				if !p.isPunct(",") {
					break
				}
				p.pos++
			}
			return &listNode{items: items}, p.expect("]")
		case "{":
			var keys, vals []node
			for !p.isPunct("}") {
				k, err := p.expr()
				if err != nil {
					return nil, err
				}
				if !canBe(k.typ(), String) {
					return nil, p.errAt(t, "map keys must be strings, found %s", k.typ())
				}
				if err := p.expect(":"); err != nil {
					return nil, err
				}
				v, err := p.expr()
				if err != nil {
					return nil, err
				}
				keys, vals = append(keys, k), append(vals, v)
				if !p.isPunct(",") {
					break
				}
				p.pos++
			}
			return &mapNode{keys: keys, vals: vals}, p.expect("}")
		case ".":
			return nil, p.errAt(t, "qualified names (.name) are not supported")
		}
		return nil, p.errAt(t, "unexpected %s", t.show())
	}
	// identifier
	switch t.text {
	case "true", "false":
		return &litNode{v: t.text == "true", t: Bool}, nil
	case "null":
		return &litNode{v: nil, t: Null}, nil
	}
	if reserved[t.text] {
		return nil, p.errAt(t, "%s is a reserved word", t.text)
	}
	if p.isPunct("(") {
		p.pos++
		if t.text == "has" {
			return p.has(t)
		}
		args, err := p.args()
		if err != nil {
			return nil, err
		}
		return p.function(t, args)
	}
	if p.isPunct("{") {
		return nil, p.errAt(t, "message construction (%s{…}) is not supported; accepted: a map literal {\"key\": value}", t.text)
	}
	if _, ok := p.scope[t.text]; ok {
		return &localNode{name: t.text}, nil
	}
	if vt, ok := p.env.vars[t.text]; ok {
		return &varNode{name: t.text, t: vt}, nil
	}
	return nil, p.errAt(t, "unknown name %s; accepted: %s", t.text, strings.Join(p.names(), ", "))
}

func (p *parser) names() []string {
	var out []string
	for k := range p.env.vars {
		out = append(out, k)
	}
	for k := range p.scope {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (p *parser) has(t token) (node, error) {
	args, err := p.args()
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, p.errAt(t, "has() takes one argument, a field selection such as has(x.field)")
	}
	s, ok := args[0].(*selectNode)
	if !ok {
		return nil, p.errAt(t, "has() needs a field selection such as has(x.field)")
	}
	return &hasNode{x: s.x, field: s.field}, nil
}

type macroKind int

const (
	mAll macroKind = iota
	mExists
	mExistsOne
	mFilter
	mMap
)

var macros = map[string]macroKind{"all": mAll, "exists": mExists, "exists_one": mExistsOne, "filter": mFilter, "map": mMap}

// macro parses l.all(x, p) and its kin after "(".
func (p *parser) macro(t token, kind macroKind, recv node) (node, error) {
	if !canBe(recv.typ(), List) && !canBe(recv.typ(), Map) {
		return nil, p.errAt(t, ".%s() needs a list or a map, found %s", t.text, recv.typ())
	}
	v, ok := p.peek()
	if !ok {
		return nil, p.endErr("a variable name")
	}
	if v.kind != kIdent || reserved[v.text] || v.text == "true" || v.text == "false" || v.text == "null" {
		return nil, p.errAt(v, ".%s() needs a variable name first, e.g. l.%s(x, …); found %s", t.text, t.text, v.show())
	}
	p.pos++
	if err := p.expect(","); err != nil {
		return nil, err
	}
	p.scope[v.text]++
	defer func() {
		if p.scope[v.text]--; p.scope[v.text] == 0 {
			delete(p.scope, v.text)
		}
	}()
	args, err := p.args()
	if err != nil {
		return nil, err
	}
	n := &macroNode{kind: kind, x: recv, v: v.text}
	switch {
	case kind == mMap && len(args) == 2:
		n.pred, n.body = args[0], args[1]
	case len(args) == 1:
		if kind == mMap {
			n.body = args[0]
		} else {
			n.pred = args[0]
		}
	default:
		return nil, p.errAt(t, ".%s() takes a variable and %s", t.text, map[bool]string{true: "one or two expressions", false: "one expression"}[kind == mMap])
	}
	if n.pred != nil && !canBe(n.pred.typ(), Bool) {
		return nil, p.errAt(t, "the predicate of .%s() is %s; accepted: a boolean", t.text, n.pred.typ())
	}
	return n, nil
}

// builtin functions: name → arity and result.
var builtins = map[string]struct {
	arity int
	res   Type
}{"size": {1, Int}, "int": {1, Int}, "double": {1, Double}, "string": {1, String}, "bool": {1, Bool}, "type": {1, Dyn}}

func (p *parser) function(t token, args []node) (node, error) {
	if b, ok := builtins[t.text]; ok && t.text != "type" {
		if len(args) != b.arity {
			return nil, p.errAt(t, "%s() takes %d argument(s), found %d", t.text, b.arity, len(args))
		}
		if t.text == "size" {
			return p.method(t, args[0], nil)
		}
		return &convNode{to: b.res, x: args[0]}, nil
	}
	f, ok := p.env.funcs[t.text]
	if !ok {
		if _, isM := methods[t.text]; isM {
			return nil, p.errAt(t, "%s is a method: write x.%s(…)", t.text, t.text)
		}
		return nil, p.errAt(t, "unknown function %s(); accepted: %s", t.text, strings.Join(p.funcNames(), ", "))
	}
	if len(args) != len(f.Params) {
		return nil, p.errAt(t, "%s() takes %d argument(s), found %d", t.text, len(f.Params), len(args))
	}
	for i, a := range args {
		if !canBe(a.typ(), f.Params[i]) {
			return nil, p.errAt(t, "argument %d of %s() is %s; accepted: %s", i+1, t.text, a.typ(), f.Params[i])
		}
	}
	return &callNode{f: f, args: args}, nil
}

func (p *parser) funcNames() []string {
	out := []string{"has", "size", "int", "double", "string", "bool"}
	for k := range p.env.funcs {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// methods: name → receiver type, argument types, result.
var methods = map[string]struct {
	recv Type
	args []Type
	opt  int // trailing optional arguments
	res  Type
}{
	"size":        {Dyn, nil, 0, Int},
	"contains":    {String, []Type{String}, 0, Bool},
	"startsWith":  {String, []Type{String}, 0, Bool},
	"endsWith":    {String, []Type{String}, 0, Bool},
	"matches":     {String, []Type{String}, 0, Bool},
	"lowerAscii":  {String, nil, 0, String},
	"upperAscii":  {String, nil, 0, String},
	"trim":        {String, nil, 0, String},
	"split":       {String, []Type{String}, 0, List},
	"replace":     {String, []Type{String, String}, 0, String},
	"indexOf":     {String, []Type{String}, 0, Int},
	"lastIndexOf": {String, []Type{String}, 0, Int},
	"substring":   {String, []Type{Int, Int}, 1, String},
	"charAt":      {String, []Type{Int}, 0, String},
	"join":        {List, []Type{String}, 1, String},
}

func methodNames() []string {
	var out []string
	for k := range methods {
		out = append(out, k)
	}
	for k := range macros {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (p *parser) method(t token, recv node, args []node) (node, error) {
	m, ok := methods[t.text]
	if !ok {
		return nil, p.errAt(t, "unknown method .%s(); accepted: %s", t.text, strings.Join(methodNames(), ", "))
	}
	if len(args) < len(m.args)-m.opt || len(args) > len(m.args) {
		return nil, p.errAt(t, ".%s() takes %d argument(s), found %d", t.text, len(m.args), len(args))
	}
	if t.text == "size" {
		if r := recv.typ(); r != Dyn && r != String && r != List && r != Map {
			return nil, p.errAt(t, "size() of a %s; accepted: a string, list or map", r)
		}
	} else if !canBe(recv.typ(), m.recv) {
		return nil, p.errAt(t, ".%s() is a method of %s, called on a %s", t.text, m.recv, recv.typ())
	}
	for i, a := range args {
		if !canBe(a.typ(), m.args[i]) {
			return nil, p.errAt(t, "argument %d of .%s() is %s; accepted: %s", i+1, t.text, a.typ(), m.args[i])
		}
	}
	n := &methodNode{name: t.text, recv: recv, args: args, t: m.res}
	if t.text == "matches" {
		if lit, ok := args[0].(*litNode); ok {
			re, err := regexp.Compile(lit.v.(string))
			if err != nil {
				return nil, p.errAt(t, "the regular expression does not compile: %v", err)
			}
			n.re = re
		}
	}
	return n, nil
}

// canBe reports whether a value of static type have can be used where want
// is needed.
func canBe(have, want Type) bool {
	return have == Dyn || want == Dyn || have == want
}

func isNum(t Type) bool { return t == Int || t == Double }

func binaryNode(op token, l, r node) (node, error) {
	lt, rt := l.typ(), r.typ()
	switch op.text {
	case "&&", "||":
		if !canBe(lt, Bool) || !canBe(rt, Bool) {
			return nil, fmt.Errorf("%s needs booleans, found %s and %s", op.text, lt, rt)
		}
		return &logicNode{and: op.text == "&&", l: l, r: r}, nil
	case "==", "!=":
		if lt != Dyn && rt != Dyn && lt != rt && lt != Null && rt != Null {
			return nil, fmt.Errorf("%s between %s and %s; accepted: operands of the same type", op.text, lt, rt)
		}
		return &eqNode{neq: op.text == "!=", l: l, r: r}, nil
	case "<", "<=", ">", ">=":
		ok := lt == Dyn || rt == Dyn || lt == rt && (lt == Int || lt == Double || lt == String || lt == Bool)
		if !ok {
			return nil, fmt.Errorf("%s between %s and %s; accepted: two ints, two doubles, two strings or two booleans", op.text, lt, rt)
		}
		return &cmpNode{op: op.text, l: l, r: r}, nil
	case "in":
		if rt != Dyn && rt != List && rt != Map {
			return nil, fmt.Errorf("in needs a list or a map on its right, found %s", rt)
		}
		if rt == Map && !canBe(lt, String) {
			return nil, fmt.Errorf("in a map needs a string key, found %s", lt)
		}
		return &inNode{l: l, r: r}, nil
	case "+":
		t := Dyn
		switch {
		case lt == Dyn || rt == Dyn:
			if lt == rt || rt == Dyn {
				t = lt
			} else {
				t = rt
			}
			if t == Bool || t == Map || t == Null {
				return nil, fmt.Errorf("+ of %s and %s; accepted: numbers, strings or lists", lt, rt)
			}
		case lt == rt && (lt == Int || lt == Double || lt == String || lt == List):
			t = lt
		default:
			return nil, fmt.Errorf("+ of %s and %s; accepted: two numbers, two strings or two lists of the same type", lt, rt)
		}
		return &arithNode{op: '+', l: l, r: r, t: t}, nil
	case "-", "*", "/", "%":
		t := Dyn
		switch {
		case lt == Dyn || rt == Dyn:
			if lt != Dyn {
				t = lt
			} else {
				t = rt
			}
			if t != Dyn && !isNum(t) {
				return nil, fmt.Errorf("%s of %s and %s; accepted: two numbers", op.text, lt, rt)
			}
		case lt == rt && isNum(lt) && !(op.text == "%" && lt == Double):
			t = lt
		default:
			return nil, fmt.Errorf("%s of %s and %s; accepted: two numbers of the same type", op.text, lt, rt)
		}
		return &arithNode{op: op.text[0], l: l, r: r, t: t}, nil
	}
	return nil, fmt.Errorf("unknown operator %s", op.text)
}
