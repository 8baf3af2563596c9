package expr

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// state is one evaluation's variables, macro locals and remaining budget.
type state struct {
	vars   map[string]any
	act    Vars
	locals []local
	budget int64
}

type local struct {
	name string
	v    any
}

var errBudget = errors.New("evaluation exceeds its step budget")

func (s *state) step(n int64) error {
	s.budget -= n
	if s.budget < 0 {
		return errBudget
	}
	return nil
}

type node interface {
	typ() Type
	eval(s *state) (any, error)
}

// norm reads Go values given as variables as the package's value types.
func norm(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case int32:
		return int64(x)
	case uint32:
		return int64(x)
	case float32:
		return float64(x)
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	case map[string]string:
		out := make(map[string]any, len(x))
		for k, s := range x {
			out[k] = s
		}
		return out
	}
	return v
}

func typeOf(v any) Type {
	switch v.(type) {
	case bool:
		return Bool
	case int64:
		return Int
	case float64:
		return Double
	case string:
		return String
	case []any:
		return List
	case map[string]any:
		return Map
	case nil:
		return Null
	}
	return Dyn
}

func noOverload(op string, vs ...any) error {
	ts := make([]string, len(vs))
	for i, v := range vs {
		ts[i] = typeOf(v).String()
	}
	return fmt.Errorf("no such overload: %s(%s)", op, strings.Join(ts, ", "))
}

type litNode struct {
	v any
	t Type
}

func (n *litNode) typ() Type                { return n.t }
func (n *litNode) eval(*state) (any, error) { return n.v, nil }

type listNode struct{ items []node }

func (n *listNode) typ() Type { return List }
func (n *listNode) eval(s *state) (any, error) {
	out := make([]any, len(n.items))
	for i, it := range n.items {
		v, err := it.eval(s)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

type mapNode struct{ keys, vals []node }

func (n *mapNode) typ() Type { return Map }
func (n *mapNode) eval(s *state) (any, error) {
	out := make(map[string]any, len(n.keys))
	for i := range n.keys {
		k, err := n.keys[i].eval(s)
		if err != nil {
			return nil, err
		}
		ks, ok := k.(string)
		if !ok {
			return nil, fmt.Errorf("map keys must be strings, found %s", typeOf(k))
		}
		if _, dup := out[ks]; dup {
			return nil, fmt.Errorf("map literal has the key %q twice", ks)
		}
		v, err := n.vals[i].eval(s)
		if err != nil {
			return nil, err
		}
		out[ks] = v
	}
	return out, nil
}

type varNode struct {
	name string
	t    Type
}

func (n *varNode) typ() Type { return n.t }
func (n *varNode) eval(s *state) (any, error) {
	var v any
	var ok bool
	if s.act != nil {
		v, ok = s.act.Var(n.name)
	} else {
		v, ok = s.vars[n.name]
	}
	if !ok {
		return nil, fmt.Errorf("no value for variable %s", n.name)
	}
	return norm(v), nil
}

type localNode struct{ name string }

func (n *localNode) typ() Type { return Dyn }
func (n *localNode) eval(s *state) (any, error) {
	for i := len(s.locals) - 1; i >= 0; i-- {
		if s.locals[i].name == n.name {
			return s.locals[i].v, nil
		}
	}
	return nil, fmt.Errorf("no value for %s", n.name)
}

type selectNode struct {
	x     node
	field string
}

func (n *selectNode) typ() Type { return Dyn }
func (n *selectNode) eval(s *state) (any, error) {
	x, err := n.x.eval(s)
	if err != nil {
		return nil, err
	}
	m, ok := x.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("field .%s of a %s; accepted: a map", n.field, typeOf(x))
	}
	v, ok := m[n.field]
	if !ok {
		return nil, fmt.Errorf("no such key: %s", n.field)
	}
	return norm(v), nil
}

type hasNode struct {
	x     node
	field string
}

func (n *hasNode) typ() Type { return Bool }
func (n *hasNode) eval(s *state) (any, error) {
	x, err := n.x.eval(s)
	if err != nil {
		return nil, err
	}
	m, ok := x.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("has() of a field of a %s; accepted: a map", typeOf(x))
	}
	_, ok = m[n.field]
	return ok, nil
}

type indexNode struct{ x, i node }

func (n *indexNode) typ() Type { return Dyn }
func (n *indexNode) eval(s *state) (any, error) {
	x, err := n.x.eval(s)
	if err != nil {
		return nil, err
	}
	i, err := n.i.eval(s)
	if err != nil {
		return nil, err
	}
	switch c := x.(type) {
	case []any:
		k, ok := i.(int64)
		if f, isF := i.(float64); isF && f == math.Trunc(f) {
			k, ok = int64(f), true
		}
		if !ok {
			return nil, noOverload("_[_]", x, i)
		}
		if k < 0 || k >= int64(len(c)) {
			return nil, fmt.Errorf("index out of range: %d (the list has %d elements)", k, len(c))
		}
		return norm(c[k]), nil
	case map[string]any:
		k, ok := i.(string)
		if !ok {
			return nil, noOverload("_[_]", x, i)
		}
		v, ok := c[k]
		if !ok {
			return nil, fmt.Errorf("no such key: %s", k)
		}
		return norm(v), nil
	}
	return nil, noOverload("_[_]", x, i)
}

type notNode struct{ x node }

func (n *notNode) typ() Type { return Bool }
func (n *notNode) eval(s *state) (any, error) {
	v, err := n.x.eval(s)
	if err != nil {
		return nil, err
	}
	b, ok := v.(bool)
	if !ok {
		return nil, noOverload("!_", v)
	}
	return !b, nil
}

type negNode struct{ x node }

func (n *negNode) typ() Type { return n.x.typ() }
func (n *negNode) eval(s *state) (any, error) {
	v, err := n.x.eval(s)
	if err != nil {
		return nil, err
	}
	switch x := v.(type) {
	case int64:
		if x == math.MinInt64 {
			return nil, errors.New("integer overflow")
		}
		return -x, nil
	case float64:
		return -x, nil
	}
	return nil, noOverload("-_", v)
}

type condNode struct {
	c, a, b node
	t       Type
}

func (n *condNode) typ() Type { return n.t }
func (n *condNode) eval(s *state) (any, error) {
	c, err := n.c.eval(s)
	if err != nil {
		return nil, err
	}
	b, ok := c.(bool)
	if !ok {
		return nil, noOverload("_?_:_", c)
	}
	if b {
		return n.a.eval(s)
	}
	return n.b.eval(s)
}

// logicNode is && or ||, commutative over errors as in CEL.
type logicNode struct {
	and  bool
	l, r node
}

func (n *logicNode) typ() Type { return Bool }
func (n *logicNode) eval(s *state) (any, error) {
	op := "_||_"
	if n.and {
		op = "_&&_"
	}
	side := func(x node) (bool, error) {
		v, err := x.eval(s)
		if err != nil {
			return false, err
		}
		b, ok := v.(bool)
		if !ok {
			return false, noOverload(op, v)
		}
		return b, nil
	}
	l, lerr := side(n.l)
	if lerr == nil && l != n.and {
		return l, nil
	}
	if errors.Is(lerr, errBudget) {
		return nil, lerr
	}
	r, rerr := side(n.r)
	if rerr == nil && r != n.and {
		return r, nil
	}
	if lerr != nil {
		return nil, lerr
	}
	if rerr != nil {
		return nil, rerr
	}
	return n.and, nil
}

type eqNode struct {
	neq  bool
	l, r node
}

func (n *eqNode) typ() Type { return Bool }
func (n *eqNode) eval(s *state) (any, error) {
	l, err := n.l.eval(s)
	if err != nil {
		return nil, err
	}
	r, err := n.r.eval(s)
	if err != nil {
		return nil, err
	}
	return equal(l, r) != n.neq, nil
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

// equal is CEL's heterogeneous equality: values of different types are not
// equal, except numbers, which compare by value.
func equal(l, r any) bool {
	l, r = norm(l), norm(r)
	if li, ok := l.(int64); ok {
		if ri, ok := r.(int64); ok {
			return li == ri
		}
	}
	if lf, ok := number(l); ok {
		rf, ok := number(r)
		return ok && lf == rf
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
	case []any:
		b, ok := r.([]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for i := range a {
			if !equal(a[i], b[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		b, ok := r.(map[string]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for k, v := range a {
			w, ok := b[k]
			if !ok || !equal(v, w) {
				return false
			}
		}
		return true
	}
	return false
}

type cmpNode struct {
	op   string
	l, r node
}

func (n *cmpNode) typ() Type { return Bool }
func (n *cmpNode) eval(s *state) (any, error) {
	l, err := n.l.eval(s)
	if err != nil {
		return nil, err
	}
	r, err := n.r.eval(s)
	if err != nil {
		return nil, err
	}
	var c int
	switch a := l.(type) {
	case int64:
		if b, ok := r.(int64); ok {
			c = cmp3(a < b, a > b)
			break
		}
		b, ok := r.(float64)
		if !ok {
			return nil, noOverload("_"+n.op+"_", l, r)
		}
		c = cmp3(float64(a) < b, float64(a) > b)
	case float64:
		b, ok := number(r)
		if !ok {
			return nil, noOverload("_"+n.op+"_", l, r)
		}
		if math.IsNaN(a) || math.IsNaN(b) {
			return false, nil
		}
		c = cmp3(a < b, a > b)
	case string:
		b, ok := r.(string)
		if !ok {
			return nil, noOverload("_"+n.op+"_", l, r)
		}
		c = strings.Compare(a, b)
	case bool:
		b, ok := r.(bool)
		if !ok {
			return nil, noOverload("_"+n.op+"_", l, r)
		}
		c = cmp3(!a && b, a && !b)
	default:
		return nil, noOverload("_"+n.op+"_", l, r)
	}
	switch n.op {
	case "<":
		return c < 0, nil
	case "<=":
		return c <= 0, nil
	case ">":
		return c > 0, nil
	}
	return c >= 0, nil
}

func cmp3(lt, gt bool) int {
	switch {
	case lt:
		return -1
	case gt:
		return 1
	}
	return 0
}

type inNode struct{ l, r node }

func (n *inNode) typ() Type { return Bool }
func (n *inNode) eval(s *state) (any, error) {
	l, err := n.l.eval(s)
	if err != nil {
		return nil, err
	}
	r, err := n.r.eval(s)
	if err != nil {
		return nil, err
	}
	switch c := r.(type) {
	case []any:
		if err := s.step(int64(len(c))); err != nil {
			return nil, err
		}
		for _, x := range c {
			if equal(l, x) {
				return true, nil
			}
		}
		return false, nil
	case map[string]any:
		k, ok := l.(string)
		if !ok {
			return nil, noOverload("@in", l, r)
		}
		_, ok = c[k]
		return ok, nil
	}
	return nil, noOverload("@in", l, r)
}

type arithNode struct {
	op   byte
	l, r node
	t    Type
}

func (n *arithNode) typ() Type { return n.t }
func (n *arithNode) eval(s *state) (any, error) {
	l, err := n.l.eval(s)
	if err != nil {
		return nil, err
	}
	r, err := n.r.eval(s)
	if err != nil {
		return nil, err
	}
	op := "_" + string(n.op) + "_"
	switch a := l.(type) {
	case int64:
		b, ok := r.(int64)
		if !ok {
			return nil, noOverload(op, l, r)
		}
		return intArith(n.op, a, b)
	case float64:
		b, ok := r.(float64)
		if !ok || n.op == '%' {
			return nil, noOverload(op, l, r)
		}
		switch n.op {
		case '+':
			return a + b, nil
		case '-':
			return a - b, nil
		case '*':
			return a * b, nil
		}
		return a / b, nil
	case string:
		b, ok := r.(string)
		if !ok || n.op != '+' {
			return nil, noOverload(op, l, r)
		}
		if err := s.step(int64(len(a)+len(b)) / 64); err != nil {
			return nil, err
		}
		return a + b, nil
	case []any:
		b, ok := r.([]any)
		if !ok || n.op != '+' {
			return nil, noOverload(op, l, r)
		}
		if err := s.step(int64(len(a) + len(b))); err != nil {
			return nil, err
		}
		out := make([]any, 0, len(a)+len(b))
		return append(append(out, a...), b...), nil
	}
	return nil, noOverload(op, l, r)
}

var errOverflow = errors.New("integer overflow")

func intArith(op byte, a, b int64) (any, error) {
	switch op {
	case '+':
		c := a + b
		if (c > a) != (b > 0) {
			return nil, errOverflow
		}
		return c, nil
	case '-':
		c := a - b
		if (c < a) != (b > 0) {
			return nil, errOverflow
		}
		return c, nil
	case '*':
		if a != 0 && b != 0 {
			c := a * b
			if c/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
				return nil, errOverflow
			}
			return c, nil
		}
		return int64(0), nil
	case '/', '%':
		if b == 0 {
			if op == '/' {
				return nil, errors.New("division by zero")
			}
			return nil, errors.New("modulus by zero")
		}
		if a == math.MinInt64 && b == -1 {
			return nil, errOverflow
		}
		if op == '/' {
			return a / b, nil
		}
		return a % b, nil
	}
	return nil, fmt.Errorf("unknown operator %c", op)
}

type macroNode struct {
	kind       macroKind
	x          node
	v          string
	pred, body node
}

func (n *macroNode) typ() Type {
	switch n.kind {
	case mFilter, mMap:
		return List
	}
	return Bool
}

func (n *macroNode) eval(s *state) (any, error) {
	x, err := n.x.eval(s)
	if err != nil {
		return nil, err
	}
	var items []any
	switch c := x.(type) {
	case []any:
		items = c
	case map[string]any:
		keys := make([]string, 0, len(c))
		for k := range c {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		items = make([]any, len(keys))
		for i, k := range keys {
			items[i] = k
		}
	default:
		return nil, fmt.Errorf("%s() over a %s; accepted: a list or a map", [...]string{"all", "exists", "exists_one", "filter", "map"}[n.kind], typeOf(x))
	}
	s.locals = append(s.locals, local{name: n.v})
	slot := len(s.locals) - 1
	defer func() { s.locals = s.locals[:slot] }()
	pred := func(v any) (bool, error) {
		if err := s.step(1); err != nil {
			return false, err
		}
		s.locals[slot].v = norm(v)
		r, err := n.pred.eval(s)
		if err != nil {
			return false, err
		}
		b, ok := r.(bool)
		if !ok {
			return false, fmt.Errorf("the predicate evaluated to %s, not a boolean", typeOf(r))
		}
		return b, nil
	}
	switch n.kind {
	case mAll, mExists:
		want := n.kind == mExists // the value that decides
		var first error
		for _, it := range items {
			b, err := pred(it)
			if errors.Is(err, errBudget) {
				return nil, err
			}
			if err != nil {
				if first == nil {
					first = err
				}
				continue
			}
			if b == want {
				return want, nil
			}
		}
		if first != nil {
			return nil, first
		}
		return !want, nil
	case mExistsOne:
		count := 0
		for _, it := range items {
			b, err := pred(it)
			if err != nil {
				return nil, err
			}
			if b {
				count++
			}
		}
		return count == 1, nil
	case mFilter:
		out := []any{}
		for _, it := range items {
			b, err := pred(it)
			if err != nil {
				return nil, err
			}
			if b {
				out = append(out, it)
			}
		}
		return out, nil
	}
	out := []any{}
	for _, it := range items {
		if n.pred != nil {
			b, err := pred(it)
			if err != nil {
				return nil, err
			}
			if !b {
				continue
			}
		} else if err := s.step(1); err != nil {
			return nil, err
		}
		s.locals[slot].v = norm(it)
		v, err := n.body.eval(s)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

type convNode struct {
	to Type
	x  node
}

func (n *convNode) typ() Type { return n.to }
func (n *convNode) eval(s *state) (any, error) {
	v, err := n.x.eval(s)
	if err != nil {
		return nil, err
	}
	switch n.to {
	case Int:
		switch x := v.(type) {
		case int64:
			return x, nil
		case float64:
			if math.IsNaN(x) || x <= -9.223372036854775808e18 || x >= 9.223372036854775807e18 {
				return nil, errors.New("int() of a double out of range")
			}
			return int64(x), nil
		case string:
			i, err := strconv.ParseInt(x, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("int(%q): not an integer", x)
			}
			return i, nil
		}
	case Double:
		switch x := v.(type) {
		case int64:
			return float64(x), nil
		case float64:
			return x, nil
		case string:
			f, err := strconv.ParseFloat(x, 64)
			if err != nil {
				return nil, fmt.Errorf("double(%q): not a number", x)
			}
			return f, nil
		}
	case String:
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
	case Bool:
		switch x := v.(type) {
		case bool:
			return x, nil
		case string:
			switch x {
			case "1", "t", "true", "TRUE", "True":
				return true, nil
			case "0", "f", "false", "FALSE", "False":
				return false, nil
			}
			return nil, fmt.Errorf("bool(%q): not a boolean", x)
		}
	}
	return nil, noOverload(n.to.String(), v)
}

type callNode struct {
	f    Func
	args []node
}

func (n *callNode) typ() Type { return n.f.Result }
func (n *callNode) eval(s *state) (any, error) {
	args := make([]any, len(n.args))
	for i, a := range n.args {
		v, err := a.eval(s)
		if err != nil {
			return nil, err
		}
		if want := n.f.Params[i]; want != Dyn && typeOf(v) != want {
			return nil, fmt.Errorf("%s() needs a %s as argument %d, found %s", n.f.Name, want, i+1, typeOf(v))
		}
		args[i] = v
	}
	return n.f.Call(args)
}

type methodNode struct {
	name string
	recv node
	args []node
	t    Type
	re   *regexp.Regexp
}

func (n *methodNode) typ() Type { return n.t }
func (n *methodNode) eval(s *state) (any, error) {
	r, err := n.recv.eval(s)
	if err != nil {
		return nil, err
	}
	args := make([]any, len(n.args))
	for i, a := range n.args {
		if args[i], err = a.eval(s); err != nil {
			return nil, err
		}
	}
	if n.name == "size" {
		switch x := r.(type) {
		case string:
			return int64(utf8.RuneCountInString(x)), nil
		case []any:
			return int64(len(x)), nil
		case map[string]any:
			return int64(len(x)), nil
		}
		return nil, noOverload("size", r)
	}
	if n.name == "join" {
		l, ok := r.([]any)
		sep := ""
		if len(args) == 1 {
			sep, _ = args[0].(string)
		}
		if !ok {
			return nil, noOverload("join", r)
		}
		parts := make([]string, len(l))
		for i, x := range l {
			if parts[i], ok = x.(string); !ok {
				return nil, fmt.Errorf("join() needs a list of strings, found a %s", typeOf(x))
			}
		}
		return strings.Join(parts, sep), nil
	}
	str, ok := r.(string)
	if !ok {
		return nil, noOverload(n.name, r)
	}
	sa := make([]string, 0, 2)
	var ia []int64
	for _, a := range args {
		switch x := a.(type) {
		case string:
			sa = append(sa, x)
		case int64:
			ia = append(ia, x)
		default:
			return nil, noOverload(n.name, append([]any{r}, args...)...)
		}
	}
	m := methods[n.name]
	if len(sa)+len(ia) != len(args) || countType(m.args[:len(args)], String) != len(sa) {
		return nil, noOverload(n.name, append([]any{r}, args...)...)
	}
	switch n.name {
	case "contains":
		return strings.Contains(str, sa[0]), nil
	case "startsWith":
		return strings.HasPrefix(str, sa[0]), nil
	case "endsWith":
		return strings.HasSuffix(str, sa[0]), nil
	case "matches":
		re := n.re
		if re == nil {
			if re, err = regexp.Compile(sa[0]); err != nil {
				return nil, fmt.Errorf("the regular expression does not compile: %v", err)
			}
		}
		return re.MatchString(str), nil
	case "lowerAscii":
		return asciiCase(str, 'A', 'Z', 'a'-'A'), nil
	case "upperAscii":
		return asciiCase(str, 'a', 'z', 'A'-'a'), nil
	case "trim":
		return strings.TrimSpace(str), nil
	case "split":
		parts := strings.Split(str, sa[0])
		out := make([]any, len(parts))
		for i, p := range parts {
			out[i] = p
		}
		return out, nil
	case "replace":
		return strings.ReplaceAll(str, sa[0], sa[1]), nil
	case "indexOf", "lastIndexOf":
		var i int
		if n.name == "indexOf" {
			i = strings.Index(str, sa[0])
		} else {
			i = strings.LastIndex(str, sa[0])
		}
		if i < 0 {
			return int64(-1), nil
		}
		return int64(utf8.RuneCountInString(str[:i])), nil
	case "substring", "charAt":
		rs := []rune(str)
		a := ia[0]
		b := a + 1
		if n.name == "substring" {
			b = int64(len(rs))
			if len(ia) == 2 {
				b = ia[1]
			}
		}
		if n.name == "charAt" && a == int64(len(rs)) {
			return "", nil
		}
		if a < 0 || b < a || b > int64(len(rs)) {
			return nil, fmt.Errorf("%s: index out of range (%d, %d) for a string of %d characters", n.name, a, b, len(rs))
		}
		return string(rs[a:b]), nil
	}
	return nil, fmt.Errorf("unknown method %s", n.name)
}

func countType(ts []Type, t Type) int {
	n := 0
	for _, x := range ts {
		if x == t {
			n++
		}
	}
	return n
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
