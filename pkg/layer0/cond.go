package layer0

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Policy conditions (`when:`) are written in a small expression language of
// Layer0's own. Its syntax is the subset of CEL that policies use, so the
// shipped policy and operators' files read the same as before, but it needs
// no CEL runtime (cel-go, protobuf and antlr made up most of what a server
// linked for three conditions):
//
//	literals     "text" 'text' r"raw" 42 true false [a, b]
//	variables    mode text tool action args known mutating rules families categories score
//	operators    ! && || == != < <= > >= in + - ( ) x.field x["key"]
//	functions    has(args.field) string(x) int(x) size(x)
//	methods      s.contains(t) s.startsWith(t) s.endsWith(t) s.matches(re)
//	             s.upperAscii() s.lowerAscii() s.trim() x.size()
//
// Types are checked when the policy loads (a condition must be boolean; an
// unknown name, function or mismatched operands is an error naming the
// column). At evaluation, a failure (a missing argument, a value of the
// wrong type) makes the condition false, as CEL errors did; && and || still
// short-circuit past a failing side when the other side decides. Regular
// expressions given as literals compile once, at load. Conditions have no
// loops, so their cost is linear in their length and their input.

// condition is one compiled `when:` expression.
type condition struct {
	src  string
	root cnode
}

// maxCondLen and maxCondDepth bound what a policy file can ask of the parser.
const (
	maxCondLen   = 4096
	maxCondDepth = 64
)

type ctype int

const (
	tDyn ctype = iota
	tBool
	tInt
	tString
	tList
	tMap
)

func (t ctype) String() string {
	return [...]string{"dyn", "bool", "int", "string", "list", "map"}[t]
}

// cnode is a typed expression node.
type cnode interface {
	typ() ctype
	eval(in *condInput) (any, error)
}

var errCond = fmt.Errorf("condition does not apply")

// compileCondition parses and type-checks src.
func compileCondition(src string) (*condition, error) {
	if len(src) > maxCondLen {
		return nil, fmt.Errorf("longer than %d characters", maxCondLen)
	}
	p := &cparser{src: src}
	if err := p.lex(); err != nil {
		return nil, err
	}
	n, err := p.expr(0)
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.toks) {
		return nil, p.errAt(p.toks[p.pos], "unexpected %s", p.toks[p.pos].text)
	}
	if n.typ() != tBool && n.typ() != tDyn {
		return nil, fmt.Errorf("condition must be a boolean expression, got %s", n.typ())
	}
	return &condition{src: src, root: n}, nil
}

// eval runs the condition; any evaluation failure counts as false.
func (c *condition) eval(in *condInput) bool {
	v, err := c.root.eval(in)
	b, ok := v.(bool)
	return err == nil && ok && b
}

// --- lexer -------------------------------------------------------------------

type tkind int

const (
	kIdent tkind = iota
	kInt
	kString
	kPunct
)

type ctoken struct {
	kind tkind
	text string // identifier, punctuation, or decoded string
	num  int64
	col  int // 1-based
}

type cparser struct {
	src   string
	toks  []ctoken
	pos   int
	depth int
}

func (p *cparser) errAt(t ctoken, format string, args ...any) error {
	return fmt.Errorf("column %d: %s", t.col, fmt.Sprintf(format, args...))
}

func (p *cparser) lex() error {
	s := p.src
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '_' || isLetter(c):
			j := i + 1
			for j < len(s) && (s[j] == '_' || isLetter(s[j]) || isDigit(s[j])) {
				j++
			}
			if j < len(s) && (s[j] == '"' || s[j] == '\'') && s[i:j] == "r" {
				str, n, err := lexString(s[j:], true)
				if err != nil {
					return fmt.Errorf("column %d: %v", i+1, err)
				}
				p.toks = append(p.toks, ctoken{kind: kString, text: str, col: i + 1})
				i = j + n
				continue
			}
			p.toks = append(p.toks, ctoken{kind: kIdent, text: s[i:j], col: i + 1})
			i = j
		case isDigit(c):
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			n, err := strconv.ParseInt(s[i:j], 10, 64)
			if err != nil {
				return fmt.Errorf("column %d: integer %s out of range", i+1, s[i:j])
			}
			p.toks = append(p.toks, ctoken{kind: kInt, num: n, text: s[i:j], col: i + 1})
			i = j
		case c == '"' || c == '\'':
			str, n, err := lexString(s[i:], false)
			if err != nil {
				return fmt.Errorf("column %d: %v", i+1, err)
			}
			p.toks = append(p.toks, ctoken{kind: kString, text: str, col: i + 1})
			i += n
		default:
			two := ""
			if i+1 < len(s) {
				two = s[i : i+2]
			}
			switch two {
			case "&&", "||", "==", "!=", "<=", ">=":
				p.toks = append(p.toks, ctoken{kind: kPunct, text: two, col: i + 1})
				i += 2
				continue
			}
			if strings.IndexByte("()[],.!<>+-", c) >= 0 {
				p.toks = append(p.toks, ctoken{kind: kPunct, text: string(c), col: i + 1})
				i++
				continue
			}
			r, _ := utf8.DecodeRuneInString(s[i:])
			return fmt.Errorf("column %d: unexpected character %q", i+1, r)
		}
	}
	return nil
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// lexString decodes a quoted string at the start of s; it returns the value
// and how many bytes it took.
func lexString(s string, raw bool) (string, int, error) {
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q:
			return b.String(), i + 1, nil
		case c == '\n':
			return "", 0, fmt.Errorf("string not closed before the end of the line")
		case c == '\\' && !raw:
			if i+1 >= len(s) {
				return "", 0, fmt.Errorf("string not closed")
			}
			i++
			switch s[i] {
			case '\\', '"', '\'':
				b.WriteByte(s[i])
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			default:
				return "", 0, fmt.Errorf(`unknown escape \%c (accepted: \\ \" \' \n \t \r)`, s[i])
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, fmt.Errorf("string not closed")
}

// --- parser ------------------------------------------------------------------

func (p *cparser) peek() (ctoken, bool) {
	if p.pos < len(p.toks) {
		return p.toks[p.pos], true
	}
	return ctoken{}, false
}

func (p *cparser) isPunct(s string) bool {
	t, ok := p.peek()
	return ok && t.kind == kPunct && t.text == s
}

func (p *cparser) endErr(what string) error {
	return fmt.Errorf("column %d: expected %s, found the end of the condition", len(p.src)+1, what)
}

func (p *cparser) expect(s string) error {
	t, ok := p.peek()
	if !ok {
		return p.endErr(fmt.Sprintf("%q", s))
	}
	if t.kind != kPunct || t.text != s {
		return p.errAt(t, "expected %q, found %s", s, t.text)
	}
	p.pos++
	return nil
}

// binary operator precedence, lowest first (CEL's order).
var precedence = map[string]int{"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3, "in": 3, "+": 4, "-": 4}

func (p *cparser) expr(minPrec int) (cnode, error) {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxCondDepth {
		return nil, fmt.Errorf("nested deeper than %d", maxCondDepth)
	}
	left, err := p.unary()
	if err != nil {
		return nil, err
	}
	for {
		t, ok := p.peek()
		if !ok || (t.kind != kPunct && !(t.kind == kIdent && t.text == "in")) {
			return left, nil
		}
		prec, isOp := precedence[t.text]
		if !isOp || prec <= minPrec {
			return left, nil
		}
		p.pos++
		right, err := p.expr(prec)
		if err != nil {
			return nil, err
		}
		if left, err = binary(t, left, right); err != nil {
			return nil, err
		}
	}
}

func (p *cparser) unary() (cnode, error) {
	t, ok := p.peek()
	if !ok {
		return nil, p.endErr("a value")
	}
	if t.kind == kPunct && (t.text == "!" || t.text == "-") {
		p.pos++
		p.depth++
		defer func() { p.depth-- }()
		if p.depth > maxCondDepth {
			return nil, fmt.Errorf("nested deeper than %d", maxCondDepth)
		}
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		if t.text == "!" {
			if !oneOf(x.typ(), tBool, tDyn) {
				return nil, p.errAt(t, "! needs a bool, got %s", x.typ())
			}
			return &notNode{x}, nil
		}
		if !oneOf(x.typ(), tInt, tDyn) {
			return nil, p.errAt(t, "- needs an int, got %s", x.typ())
		}
		return &negNode{x}, nil
	}
	return p.member()
}

func (p *cparser) member() (cnode, error) {
	x, err := p.primary()
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
				return nil, p.errAt(t, "expected a field or method name, found %s", t.text)
			}
			p.pos++
			if p.isPunct("(") {
				args, err := p.args()
				if err != nil {
					return nil, err
				}
				if x, err = method(t, x, args); err != nil {
					return nil, err
				}
				continue
			}
			if !oneOf(x.typ(), tMap, tDyn) {
				return nil, p.errAt(t, "%s has no fields (.%s)", x.typ(), t.text)
			}
			x = &fieldNode{x: x, name: t.text}
		case p.isPunct("["):
			open := p.toks[p.pos]
			p.pos++
			k, err := p.expr(0)
			if err != nil {
				return nil, err
			}
			if err := p.expect("]"); err != nil {
				return nil, err
			}
			switch {
			case x.typ() == tMap && oneOf(k.typ(), tString, tDyn), x.typ() == tList && oneOf(k.typ(), tInt, tDyn), x.typ() == tDyn:
			default:
				return nil, p.errAt(open, "cannot index %s with %s", x.typ(), k.typ())
			}
			x = &indexNode{x: x, k: k}
		default:
			return x, nil
		}
	}
}

func (p *cparser) args() ([]cnode, error) {
	if err := p.expect("("); err != nil {
		return nil, err
	}
	var out []cnode
	if p.isPunct(")") {
		p.pos++
		return out, nil
	}
	for {
		a, err := p.expr(0)
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

// condVars are the variables a condition can name, with their types.
var condVars = map[string]ctype{
	"mode": tString, "text": tString, "tool": tString, "action": tString, "args": tMap,
	"known": tBool, "mutating": tBool, "rules": tList, "families": tList, "categories": tList, "score": tInt,
}

func (p *cparser) primary() (cnode, error) {
	t, ok := p.peek()
	if !ok {
		return nil, p.endErr("a value")
	}
	p.pos++
	switch t.kind {
	case kInt:
		return &litNode{v: t.num, t: tInt}, nil
	case kString:
		return &litNode{v: t.text, t: tString}, nil
	case kPunct:
		switch t.text {
		case "(":
			x, err := p.expr(0)
			if err != nil {
				return nil, err
			}
			return x, p.expect(")")
		case "[":
			var items []cnode
			for !p.isPunct("]") {
				x, err := p.expr(0)
				if err != nil {
					return nil, err
				}
				items = append(items, x)
				if !p.isPunct(",") {
					break
				}
				p.pos++
			}
			return &listNode{items: items}, p.expect("]")
		}
		return nil, p.errAt(t, "unexpected %s", t.text)
	}
	switch t.text {
	case "true", "false":
		return &litNode{v: t.text == "true", t: tBool}, nil
	case "null":
		return &litNode{v: nil, t: tDyn}, nil
	}
	if p.isPunct("(") {
		if t.text == "has" {
			args, err := p.args()
			if err != nil {
				return nil, err
			}
			if len(args) != 1 {
				return nil, p.errAt(t, "has() takes one field selection, e.g. has(args.name)")
			}
			f, ok := args[0].(*fieldNode)
			if !ok {
				return nil, p.errAt(t, "has() takes a field selection, e.g. has(args.name)")
			}
			return &hasNode{f}, nil
		}
		args, err := p.args()
		if err != nil {
			return nil, err
		}
		return function(t, args)
	}
	typ, ok := condVars[t.text]
	if !ok {
		return nil, p.errAt(t, "undeclared reference to %q (accepted: mode, text, tool, action, args, known, mutating, rules, families, categories, score)", t.text)
	}
	return &varNode{name: t.text, t: typ}, nil
}

func oneOf(t ctype, ts ...ctype) bool {
	for _, x := range ts {
		if t == x {
			return true
		}
	}
	return false
}

func binary(op ctoken, l, r cnode) (cnode, error) {
	lt, rt := l.typ(), r.typ()
	mismatch := func() error {
		return fmt.Errorf("column %d: %s cannot be applied to %s and %s", op.col, op.text, lt, rt)
	}
	switch op.text {
	case "&&", "||":
		if !oneOf(lt, tBool, tDyn) || !oneOf(rt, tBool, tDyn) {
			return nil, mismatch()
		}
		return &logicNode{and: op.text == "&&", l: l, r: r}, nil
	case "==", "!=":
		if lt != tDyn && rt != tDyn && lt != rt {
			return nil, mismatch()
		}
		return &eqNode{neg: op.text == "!=", l: l, r: r}, nil
	case "<", "<=", ">", ">=":
		if !(oneOf(lt, tInt, tString, tDyn) && oneOf(rt, tInt, tString, tDyn)) || (lt != tDyn && rt != tDyn && lt != rt) {
			return nil, mismatch()
		}
		return &cmpNode{op: op.text, l: l, r: r}, nil
	case "in":
		if !oneOf(rt, tList, tMap, tDyn) {
			return nil, mismatch()
		}
		return &inNode{l: l, r: r}, nil
	case "+":
		if lt != tDyn && rt != tDyn && (lt != rt || !oneOf(lt, tInt, tString, tList)) {
			return nil, mismatch()
		}
		t := lt
		if t == tDyn {
			t = rt
		}
		return &addNode{l: l, r: r, t: t}, nil
	case "-":
		if !oneOf(lt, tInt, tDyn) || !oneOf(rt, tInt, tDyn) {
			return nil, mismatch()
		}
		return &addNode{l: l, r: &negNode{r}, t: tInt}, nil
	}
	return nil, mismatch()
}

func function(t ctoken, args []cnode) (cnode, error) {
	one := func() error {
		if len(args) != 1 {
			return fmt.Errorf("column %d: %s() takes one argument", t.col, t.text)
		}
		return nil
	}
	switch t.text {
	case "string", "int", "size":
		if err := one(); err != nil {
			return nil, err
		}
		return method(t, args[0], nil)
	}
	return nil, fmt.Errorf("column %d: unknown function %s() (accepted: has, string, int, size)", t.col, t.text)
}

func method(t ctoken, recv cnode, args []cnode) (cnode, error) {
	rt := recv.typ()
	need := func(n int, recvTypes ...ctype) error {
		if len(args) != n {
			return fmt.Errorf("column %d: %s takes %d argument(s), got %d", t.col, t.text, n, len(args))
		}
		if !oneOf(rt, append(recvTypes, tDyn)...) {
			return fmt.Errorf("column %d: %s does not apply to %s", t.col, t.text, rt)
		}
		for _, a := range args {
			if !oneOf(a.typ(), tString, tDyn) {
				return fmt.Errorf("column %d: %s takes a string, got %s", t.col, t.text, a.typ())
			}
		}
		return nil
	}
	switch t.text {
	case "contains", "startsWith", "endsWith":
		if err := need(1, tString); err != nil {
			return nil, err
		}
		return &strFn{name: t.text, recv: recv, arg: args[0]}, nil
	case "matches":
		if err := need(1, tString); err != nil {
			return nil, err
		}
		n := &matchNode{recv: recv, arg: args[0]}
		if lit, ok := args[0].(*litNode); ok {
			re, err := regexp.Compile(lit.v.(string))
			if err != nil {
				return nil, fmt.Errorf("column %d: invalid regular expression: %v", t.col, err)
			}
			n.re = re
		}
		return n, nil
	case "upperAscii", "lowerAscii", "trim":
		if err := need(0, tString); err != nil {
			return nil, err
		}
		return &convNode{name: t.text, x: recv, t: tString}, nil
	case "size":
		if err := need(0, tString, tList, tMap); err != nil {
			return nil, err
		}
		return &convNode{name: "size", x: recv, t: tInt}, nil
	case "string":
		return &convNode{name: "string", x: recv, t: tString}, nil
	case "int":
		if !oneOf(rt, tInt, tString, tDyn) {
			return nil, fmt.Errorf("column %d: int() does not apply to %s", t.col, rt)
		}
		return &convNode{name: "int", x: recv, t: tInt}, nil
	}
	return nil, fmt.Errorf("column %d: unknown method .%s() (accepted: contains, startsWith, endsWith, matches, upperAscii, lowerAscii, trim, size)", t.col, t.text)
}

// --- nodes -------------------------------------------------------------------

type litNode struct {
	v any
	t ctype
}

func (n *litNode) typ() ctype                   { return n.t }
func (n *litNode) eval(*condInput) (any, error) { return n.v, nil }

type listNode struct{ items []cnode }

func (n *listNode) typ() ctype { return tList }
func (n *listNode) eval(in *condInput) (any, error) {
	out := make([]any, len(n.items))
	for i, x := range n.items {
		v, err := x.eval(in)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

type varNode struct {
	name string
	t    ctype
}

func (n *varNode) typ() ctype { return n.t }
func (n *varNode) eval(in *condInput) (any, error) {
	switch n.name {
	case "mode":
		return in.mode, nil
	case "text":
		return in.text, nil
	case "tool":
		return in.tool, nil
	case "action":
		return in.action, nil
	case "args":
		if in.args == nil {
			return map[string]any{}, nil
		}
		return in.args, nil
	case "known":
		return in.known, nil
	case "mutating":
		return in.mutating, nil
	case "rules":
		return in.rules, nil
	case "families":
		return in.families, nil
	case "categories":
		return in.cats, nil
	case "score":
		return int64(in.score), nil
	}
	return nil, errCond
}

type notNode struct{ x cnode }

func (n *notNode) typ() ctype { return tBool }
func (n *notNode) eval(in *condInput) (any, error) {
	v, err := n.x.eval(in)
	if err != nil {
		return nil, err
	}
	b, ok := v.(bool)
	if !ok {
		return nil, errCond
	}
	return !b, nil
}

type negNode struct{ x cnode }

func (n *negNode) typ() ctype { return tInt }
func (n *negNode) eval(in *condInput) (any, error) {
	v, err := n.x.eval(in)
	if err != nil {
		return nil, err
	}
	switch x := v.(type) {
	case int64:
		return -x, nil
	case float64:
		return -x, nil
	}
	return nil, errCond
}

type logicNode struct {
	and  bool
	l, r cnode
}

func (n *logicNode) typ() ctype { return tBool }
func (n *logicNode) eval(in *condInput) (any, error) {
	// CEL's commutative && and ||: a side that decides wins over an error
	// on the other side.
	lv, lerr := n.l.eval(in)
	lb, lok := lv.(bool)
	if lerr == nil && lok && lb != n.and {
		return lb, nil
	}
	rv, rerr := n.r.eval(in)
	rb, rok := rv.(bool)
	if rerr == nil && rok && rb != n.and {
		return rb, nil
	}
	if lerr != nil || !lok || rerr != nil || !rok {
		return nil, errCond
	}
	return n.and, nil
}

type eqNode struct {
	neg  bool
	l, r cnode
}

func (n *eqNode) typ() ctype { return tBool }
func (n *eqNode) eval(in *condInput) (any, error) {
	l, err := n.l.eval(in)
	if err != nil {
		return nil, err
	}
	r, err := n.r.eval(in)
	if err != nil {
		return nil, err
	}
	return equal(l, r) != n.neg, nil
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case int:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

func equal(l, r any) bool {
	if a, ok := number(l); ok {
		b, ok := number(r)
		return ok && a == b
	}
	switch a := l.(type) {
	case string:
		b, ok := r.(string)
		return ok && a == b
	case bool:
		b, ok := r.(bool)
		return ok && a == b
	case nil:
		return r == nil
	}
	la, lok := asList(l)
	ra, rok := asList(r)
	if lok && rok {
		if len(la) != len(ra) {
			return false
		}
		for i := range la {
			if !equal(la[i], ra[i]) {
				return false
			}
		}
		return true
	}
	return false
}

func asList(v any) ([]any, bool) {
	switch x := v.(type) {
	case []any:
		return x, true
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out, true
	}
	return nil, false
}

type cmpNode struct {
	op   string
	l, r cnode
}

func (n *cmpNode) typ() ctype { return tBool }
func (n *cmpNode) eval(in *condInput) (any, error) {
	l, err := n.l.eval(in)
	if err != nil {
		return nil, err
	}
	r, err := n.r.eval(in)
	if err != nil {
		return nil, err
	}
	var c int
	if a, ok := number(l); ok {
		b, ok := number(r)
		if !ok {
			return nil, errCond
		}
		switch {
		case a < b:
			c = -1
		case a > b:
			c = 1
		}
	} else if a, ok := l.(string); ok {
		b, ok := r.(string)
		if !ok {
			return nil, errCond
		}
		c = strings.Compare(a, b)
	} else {
		return nil, errCond
	}
	switch n.op {
	case "<":
		return c < 0, nil
	case "<=":
		return c <= 0, nil
	case ">":
		return c > 0, nil
	default:
		return c >= 0, nil
	}
}

type inNode struct{ l, r cnode }

func (n *inNode) typ() ctype { return tBool }
func (n *inNode) eval(in *condInput) (any, error) {
	l, err := n.l.eval(in)
	if err != nil {
		return nil, err
	}
	r, err := n.r.eval(in)
	if err != nil {
		return nil, err
	}
	switch c := r.(type) {
	case []string:
		s, ok := l.(string)
		if !ok {
			return false, nil
		}
		for _, x := range c {
			if x == s {
				return true, nil
			}
		}
		return false, nil
	case []any:
		for _, x := range c {
			if equal(l, x) {
				return true, nil
			}
		}
		return false, nil
	case map[string]any:
		s, ok := l.(string)
		if !ok {
			return nil, errCond
		}
		_, has := c[s]
		return has, nil
	}
	return nil, errCond
}

type addNode struct {
	l, r cnode
	t    ctype
}

func (n *addNode) typ() ctype { return n.t }
func (n *addNode) eval(in *condInput) (any, error) {
	l, err := n.l.eval(in)
	if err != nil {
		return nil, err
	}
	r, err := n.r.eval(in)
	if err != nil {
		return nil, err
	}
	switch a := l.(type) {
	case int64:
		if b, ok := r.(int64); ok {
			return a + b, nil
		}
	case float64:
		if b, ok := number(r); ok {
			return a + b, nil
		}
	case string:
		if b, ok := r.(string); ok {
			return a + b, nil
		}
	}
	la, lok := asList(l)
	ra, rok := asList(r)
	if lok && rok {
		return append(append([]any{}, la...), ra...), nil
	}
	return nil, errCond
}

type fieldNode struct {
	x    cnode
	name string
}

func (n *fieldNode) typ() ctype { return tDyn }
func (n *fieldNode) eval(in *condInput) (any, error) {
	v, err := n.x.eval(in)
	if err != nil {
		return nil, err
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, errCond
	}
	f, ok := m[n.name]
	if !ok {
		return nil, errCond // CEL: no such key
	}
	return f, nil
}

type hasNode struct{ f *fieldNode }

func (n *hasNode) typ() ctype { return tBool }
func (n *hasNode) eval(in *condInput) (any, error) {
	v, err := n.f.x.eval(in)
	if err != nil {
		return nil, err
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, errCond
	}
	_, has := m[n.f.name]
	return has, nil
}

type indexNode struct{ x, k cnode }

func (n *indexNode) typ() ctype { return tDyn }
func (n *indexNode) eval(in *condInput) (any, error) {
	v, err := n.x.eval(in)
	if err != nil {
		return nil, err
	}
	k, err := n.k.eval(in)
	if err != nil {
		return nil, err
	}
	if m, ok := v.(map[string]any); ok {
		s, ok := k.(string)
		if !ok {
			return nil, errCond
		}
		f, ok := m[s]
		if !ok {
			return nil, errCond
		}
		return f, nil
	}
	l, ok := asList(v)
	i, iok := number(k)
	if !ok || !iok || i < 0 || int(i) >= len(l) || float64(int(i)) != i {
		return nil, errCond
	}
	return l[int(i)], nil
}

type strFn struct {
	name      string
	recv, arg cnode
}

func (n *strFn) typ() ctype { return tBool }
func (n *strFn) eval(in *condInput) (any, error) {
	s, t, err := twoStrings(in, n.recv, n.arg)
	if err != nil {
		return nil, err
	}
	switch n.name {
	case "contains":
		return strings.Contains(s, t), nil
	case "startsWith":
		return strings.HasPrefix(s, t), nil
	default:
		return strings.HasSuffix(s, t), nil
	}
}

func twoStrings(in *condInput, a, b cnode) (string, string, error) {
	av, err := a.eval(in)
	if err != nil {
		return "", "", err
	}
	bv, err := b.eval(in)
	if err != nil {
		return "", "", err
	}
	s, ok1 := av.(string)
	t, ok2 := bv.(string)
	if !ok1 || !ok2 {
		return "", "", errCond
	}
	return s, t, nil
}

type matchNode struct {
	recv, arg cnode
	re        *regexp.Regexp // compiled at load when the pattern is a literal
}

func (n *matchNode) typ() ctype { return tBool }
func (n *matchNode) eval(in *condInput) (any, error) {
	s, pat, err := twoStrings(in, n.recv, n.arg)
	if err != nil {
		return nil, err
	}
	re := n.re
	if re == nil {
		if re, err = regexp.Compile(pat); err != nil {
			return nil, errCond
		}
	}
	return re.MatchString(s), nil
}

type convNode struct {
	name string
	x    cnode
	t    ctype
}

func (n *convNode) typ() ctype { return n.t }
func (n *convNode) eval(in *condInput) (any, error) {
	v, err := n.x.eval(in)
	if err != nil {
		return nil, err
	}
	switch n.name {
	case "upperAscii", "lowerAscii", "trim":
		s, ok := v.(string)
		if !ok {
			return nil, errCond
		}
		switch n.name {
		case "upperAscii":
			return asciiCase(s, 'a', 'z', -32), nil
		case "lowerAscii":
			return asciiCase(s, 'A', 'Z', 32), nil
		}
		return strings.TrimSpace(s), nil
	case "size":
		switch x := v.(type) {
		case string:
			return int64(utf8.RuneCountInString(x)), nil
		case map[string]any:
			return int64(len(x)), nil
		}
		if l, ok := asList(v); ok {
			return int64(len(l)), nil
		}
		return nil, errCond
	case "string":
		switch x := v.(type) {
		case string:
			return x, nil
		case int64:
			return strconv.FormatInt(x, 10), nil
		case float64:
			return strconv.FormatFloat(x, 'g', -1, 64), nil
		case bool:
			return strconv.FormatBool(x), nil
		}
		return nil, errCond
	case "int":
		switch x := v.(type) {
		case int64:
			return x, nil
		case float64:
			if x != x || x > 9.2e18 || x < -9.2e18 {
				return nil, errCond
			}
			return int64(x), nil
		case string:
			i, err := strconv.ParseInt(x, 10, 64)
			if err != nil {
				return nil, errCond
			}
			return i, nil
		}
		return nil, errCond
	}
	return nil, errCond
}

func asciiCase(s string, lo, hi byte, delta int) string {
	b := []byte(s)
	for i, c := range b {
		if c >= lo && c <= hi {
			b[i] = byte(int(c) + delta)
		}
	}
	return string(b)
}
