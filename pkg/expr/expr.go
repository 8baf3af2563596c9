// Package expr is a small evaluator for the subset of CEL (the Common
// Expression Language) that cfplane's invariants use. Expressions keep CEL's
// syntax and meaning, so a file written for cel-go reads the same, but the
// package needs no CEL runtime: cel-go, protobuf and antlr made up a large
// part of what a server binary linked for a dozen expressions.
//
// What is accepted:
//
//	literals     "text" 'text' r"raw" 42 -7 1.5 true false null [a, b] {"k": v}
//	operators    ! - * / % + - == != < <= > >= in && || ?: x.field x[i] x["key"]
//	macros       has(x.f)  l.all(x, p)  l.exists(x, p)  l.exists_one(x, p)
//	             l.filter(x, p)  l.map(x, e)  l.map(x, p, e)  (also over a map's keys)
//	functions    size(x) int(x) double(x) string(x) bool(x), and those the Env adds
//	methods      x.size() s.contains(t) s.startsWith(t) s.endsWith(t) s.matches(re)
//	             s.lowerAscii() s.upperAscii() s.trim() s.split(sep) s.replace(a, b)
//	             s.indexOf(t) s.lastIndexOf(t) s.substring(i[, j]) s.charAt(i) l.join([sep])
//
// Values are string, int64, float64, bool, nil, []any and map[string]any;
// Go int, int32 and []string given as variables are read as int64 and []any.
//
// As in CEL: && and || are commutative over errors (false && error is false,
// true || error is true); all() is false when any element is false, an error
// otherwise if one errs; exists() is true when any element is true. Reading a
// missing map key or field is an error. Equality between different types is
// false, except that numbers compare by value.
//
// Compile checks names, arity and the types it can see (a literal, a variable
// of a declared type, what an operator returns), and names the column of
// what it rejects. Evaluation is bounded by a step budget.
package expr

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Type is the static type of an expression, as far as Compile can see it.
type Type int

const (
	Dyn Type = iota
	Bool
	Int
	Double
	String
	List
	Map
	Null
)

func (t Type) String() string {
	return [...]string{"dyn", "bool", "int", "double", "string", "list", "map", "null_type"}[t]
}

// Func is a global function the Env adds, e.g. internal_ip(string) → bool.
type Func struct {
	Name   string
	Params []Type
	Result Type
	Call   func(args []any) (any, error)
}

// Env declares the variables and extra functions expressions may use.
type Env struct {
	vars  map[string]Type
	funcs map[string]Func
	// MaxLen bounds an expression's length (default 4096).
	MaxLen int
	// MaxSteps bounds evaluation work (default 50,000,000 steps).
	MaxSteps int64
}

// NewEnv returns an Env with the given variables and functions.
func NewEnv(vars map[string]Type, funcs ...Func) *Env {
	e := &Env{vars: map[string]Type{}, funcs: map[string]Func{}, MaxLen: 4096, MaxSteps: 50_000_000}
	for k, v := range vars {
		e.vars[k] = v
	}
	for _, f := range funcs {
		e.funcs[f.Name] = f
	}
	return e
}

// Program is a compiled expression.
type Program struct {
	src      string
	root     node
	typ      Type
	maxSteps int64
}

// Type is the expression's static type (Dyn when it depends on the input).
func (p *Program) Type() Type { return p.typ }

// Source is the expression's text.
func (p *Program) Source() string { return p.src }

// Eval evaluates the program over vars.
func (p *Program) Eval(vars map[string]any) (any, error) {
	st := &state{vars: vars, budget: p.maxSteps}
	return p.root.eval(st)
}

// Vars supplies variable values by name, for callers that keep their
// input in a struct rather than a map.
type Vars interface {
	Var(name string) (any, bool)
}

// EvalVars evaluates the program over vars.
func (p *Program) EvalVars(vars Vars) (any, error) {
	st := &state{act: vars, budget: p.maxSteps}
	return p.root.eval(st)
}

// EvalBool evaluates the program and requires a boolean.
func (p *Program) EvalBool(vars map[string]any) (bool, error) {
	v, err := p.Eval(vars)
	if err != nil {
		return false, err
	}
	b, ok := v.(bool)
	if !ok {
		return false, fmt.Errorf("evaluated to %s %v, not a boolean", typeOf(v), v)
	}
	return b, nil
}

// Compile parses and checks src.
func (e *Env) Compile(src string) (*Program, error) {
	if e.MaxLen > 0 && len(src) > e.MaxLen {
		return nil, fmt.Errorf("the expression has %d characters; accepted: at most %d", len(src), e.MaxLen)
	}
	p := &parser{src: src, env: e, scope: map[string]int{}}
	if err := p.lex(); err != nil {
		return nil, err
	}
	if len(p.toks) == 0 {
		return nil, fmt.Errorf("the expression is empty")
	}
	n, err := p.expr()
	if err != nil {
		return nil, err
	}
	if t, ok := p.peek(); ok {
		return nil, p.errAt(t, "unexpected %s after the end of the expression", t.show())
	}
	return &Program{src: src, root: n, typ: n.typ(), maxSteps: e.MaxSteps}, nil
}

// --- lexer -------------------------------------------------------------------

type tkind int

const (
	kIdent tkind = iota
	kInt
	kDouble
	kString
	kPunct
)

type token struct {
	kind tkind
	text string
	num  int64
	dbl  float64
	col  int
}

func (t token) show() string {
	if t.kind == kString {
		return strconv.Quote(t.text)
	}
	return fmt.Sprintf("%q", t.text)
}

// reserved are CEL's reserved words that are not valid identifiers.
var reserved = map[string]bool{"as": true, "break": true, "const": true, "continue": true, "else": true, "for": true,
	"function": true, "if": true, "import": true, "let": true, "loop": true, "package": true, "namespace": true,
	"return": true, "var": true, "void": true, "while": true}

type parser struct {
	src   string
	env   *Env
	toks  []token
	pos   int
	depth int
	scope map[string]int // macro variables in scope
}

func (p *parser) errAt(t token, format string, args ...any) error {
	return fmt.Errorf("column %d: %s", t.col, fmt.Sprintf(format, args...))
}

func (p *parser) lex() error {
	s := p.src
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			i++
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '_' || isLetter(c):
			j := i + 1
			for j < len(s) && (s[j] == '_' || isLetter(s[j]) || isDigit(s[j])) {
				j++
			}
			word := s[i:j]
			if j < len(s) && (s[j] == '"' || s[j] == '\'') {
				switch word {
				case "r", "R":
					str, n, err := lexString(s[j:], true)
					if err != nil {
						return fmt.Errorf("column %d: %v", i+1, err)
					}
					p.toks = append(p.toks, token{kind: kString, text: str, col: i + 1})
					i = j + n
					continue
				case "b", "B", "rb", "br", "RB", "BR", "Rb", "bR", "rB", "Br":
					return fmt.Errorf("column %d: bytes literals are not supported; accepted: strings", i+1)
				}
			}
			p.toks = append(p.toks, token{kind: kIdent, text: word, col: i + 1})
			i = j
		case isDigit(c):
			j := i
			if c == '0' && i+1 < len(s) && (s[i+1] == 'x' || s[i+1] == 'X') {
				j = i + 2
				for j < len(s) && strings.IndexByte("0123456789abcdefABCDEF", s[j]) >= 0 {
					j++
				}
				n, err := strconv.ParseInt(s[i+2:j], 16, 64)
				if err != nil {
					return fmt.Errorf("column %d: integer %s out of range", i+1, s[i:j])
				}
				if j < len(s) && (s[j] == 'u' || s[j] == 'U') {
					return fmt.Errorf("column %d: unsigned integers (%su) are not supported; accepted: int", i+1, s[i:j])
				}
				p.toks = append(p.toks, token{kind: kInt, num: n, text: s[i:j], col: i + 1})
				i = j
				continue
			}
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			isDbl := false
			if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
				isDbl = true
				j++
				for j < len(s) && isDigit(s[j]) {
					j++
				}
			}
			if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
				k := j + 1
				if k < len(s) && (s[k] == '+' || s[k] == '-') {
					k++
				}
				if k < len(s) && isDigit(s[k]) {
					isDbl = true
					j = k
					for j < len(s) && isDigit(s[j]) {
						j++
					}
				}
			}
			if j < len(s) && (s[j] == 'u' || s[j] == 'U') {
				return fmt.Errorf("column %d: unsigned integers (%su) are not supported; accepted: int", i+1, s[i:j])
			}
			if isDbl {
				f, err := strconv.ParseFloat(s[i:j], 64)
				if err != nil {
					return fmt.Errorf("column %d: number %s: %v", i+1, s[i:j], err)
				}
				p.toks = append(p.toks, token{kind: kDouble, dbl: f, text: s[i:j], col: i + 1})
			} else {
				n, err := strconv.ParseInt(s[i:j], 10, 64)
				if err != nil {
					// -9223372036854775808 is lexed as - and a positive literal.
					if s[i:j] == "9223372036854775808" {
						p.toks = append(p.toks, token{kind: kInt, num: math.MinInt64, text: s[i:j], col: i + 1})
						i = j
						continue
					}
					return fmt.Errorf("column %d: integer %s out of range", i+1, s[i:j])
				}
				p.toks = append(p.toks, token{kind: kInt, num: n, text: s[i:j], col: i + 1})
			}
			i = j
		case c == '"' || c == '\'':
			str, n, err := lexString(s[i:], false)
			if err != nil {
				return fmt.Errorf("column %d: %v", i+1, err)
			}
			p.toks = append(p.toks, token{kind: kString, text: str, col: i + 1})
			i += n
		default:
			two := ""
			if i+1 < len(s) {
				two = s[i : i+2]
			}
			switch two {
			case "&&", "||", "==", "!=", "<=", ">=":
				p.toks = append(p.toks, token{kind: kPunct, text: two, col: i + 1})
				i += 2
				continue
			case "?.", "?[":
				return fmt.Errorf("column %d: optional field selection (%s) is not supported", i+1, two)
			}
			if strings.IndexByte("()[]{},.:?!<>+-*/%", c) >= 0 {
				p.toks = append(p.toks, token{kind: kPunct, text: string(c), col: i + 1})
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

// lexString decodes a quoted string at the start of s (CEL's escapes); it
// returns the value and how many bytes it took.
func lexString(s string, raw bool) (string, int, error) {
	q := s[0]
	if len(s) >= 3 && s[1] == q && s[2] == q {
		return "", 0, fmt.Errorf("triple-quoted strings are not supported; accepted: \"…\" or '…'")
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q:
			return b.String(), i + 1, nil
		case c == '\n' || c == '\r':
			return "", 0, fmt.Errorf("string not closed before the end of the line")
		case c == '\\' && !raw:
			if i+1 >= len(s) {
				return "", 0, fmt.Errorf("string not closed")
			}
			i++
			switch e := s[i]; e {
			case '\\', '"', '\'', '`', '?':
				b.WriteByte(e)
			case 'a':
				b.WriteByte('\a')
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'v':
				b.WriteByte('\v')
			case 'x', 'X', 'u', 'U':
				n := map[byte]int{'x': 2, 'X': 2, 'u': 4, 'U': 8}[e]
				if i+n >= len(s) {
					return "", 0, fmt.Errorf(`escape \%c needs %d hex digits`, e, n)
				}
				v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
				if err != nil || (e != 'x' && e != 'X' && (v > utf8.MaxRune || v >= 0xD800 && v < 0xE000)) {
					return "", 0, fmt.Errorf(`escape \%c%s is not valid`, e, s[i+1:min(i+1+n, len(s))])
				}
				b.WriteRune(rune(v))
				i += n
			case '0', '1', '2', '3':
				if i+2 >= len(s) {
					return "", 0, fmt.Errorf("octal escape needs 3 digits")
				}
				v, err := strconv.ParseUint(s[i:i+3], 8, 8)
				if err != nil {
					return "", 0, fmt.Errorf(`escape \%s is not valid`, s[i:i+3])
				}
				b.WriteRune(rune(v))
				i += 2
			default:
				return "", 0, fmt.Errorf(`unknown escape \%c (accepted: \\ \" \' \a \b \f \n \r \t \v \xHH \uHHHH \UHHHHHHHH \ooo)`, e)
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, fmt.Errorf("string not closed")
}
