package rules

import (
	"net/netip"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits.
const (
	// MaxInputBytes: inputs larger than this are refused before parsing.
	MaxInputBytes = 16 * 1024
	// MaxExpressionLength is Cloudflare's limit on an expression, in characters.
	MaxExpressionLength = 4096
	// MaxNestingDepth caps parentheses, not and function nesting (the
	// engine's default max_nesting_depth).
	MaxNestingDepth = 128
	// MaxRegexPerExpression is the number of regular expressions
	// (matches / ~) allowed in one expression. Cloudflare does not document
	// this figure; 64 comes from third-party linters (octorules CF502).
	MaxRegexPerExpression = 64
)

const operatorsHint = "accepted operators: eq ne lt le gt ge contains matches wildcard \"strict wildcard\" in & (or == != < <= > >= ~), then and, or, xor, not (&& || ^^ !)"

// Parse parses src into a syntax tree. It checks syntax only; Check (or
// Compile) validates fields, functions, types and limits. The error, when
// not nil, is an ErrorList holding one positioned error.
func Parse(src string) (Node, error) { return parseLimit(src, MaxInputBytes) }

// MaxCombinedInputBytes caps a combined expression (Options.Combined):
// several deployed rules or-ed together for replay.
const MaxCombinedInputBytes = 16 * MaxInputBytes

func parseLimit(src string, limit int) (Node, error) {
	if len(src) > limit {
		return nil, ErrorList{newError("", 0, "shorten the expression; Cloudflare accepts at most 4,096 characters",
			"input is %s bytes; inputs over %s KB (%s bytes) are refused before parsing", thousands(len(src)), strconv.Itoa(limit/1024), thousands(limit))}
	}
	p := &parser{src: src}
	n := p.parseExpr()
	if p.err == nil {
		p.skipSpace()
		if p.pos < len(p.src) {
			p.unexpected("and, or, xor or the end of the expression")
		}
	}
	if p.err != nil {
		return nil, ErrorList{p.err}
	}
	return n, nil
}

type parser struct {
	src   string
	pos   int
	depth int
	err   *Error
}

func (p *parser) fail(off int, hint, format string, args ...any) {
	if p.err == nil {
		p.err = newError(p.src, off, hint, format, args...)
	}
	// Stop all further progress.
	p.pos = len(p.src)
}

func (p *parser) skipSpace() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) peek() byte {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func isIdentByte(c byte) bool {
	return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// word returns the identifier-like word at the cursor without consuming it.
func (p *parser) word() string {
	i := p.pos
	for i < len(p.src) && isIdentByte(p.src[i]) {
		i++
	}
	return p.src[p.pos:i]
}

// describe renders what is at the cursor for error messages.
func (p *parser) describe() string {
	if p.pos >= len(p.src) {
		return "the end of the expression"
	}
	if w := p.word(); w != "" {
		return strconv.Quote(w)
	}
	r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
	return strconv.QuoteRune(r)
}

func (p *parser) unexpected(expected string) {
	hint := "check the syntax near this position; " + operatorsHint
	if strings.HasPrefix(expected, "and, or") {
		hint = "join conditions with and, or, xor; operators and logical words are lowercase"
	}
	p.fail(p.pos, hint, "expected %s, found %s", expected, p.describe())
}

// keyword consumes kw if it is at the cursor as a whole word.
func (p *parser) keyword(kw string) bool {
	if strings.HasPrefix(p.src[p.pos:], kw) {
		end := p.pos + len(kw)
		if end == len(p.src) || !isIdentByte(p.src[end]) {
			p.pos = end
			return true
		}
	}
	return false
}

func (p *parser) symbol(s string) bool {
	if strings.HasPrefix(p.src[p.pos:], s) {
		p.pos += len(s)
		return true
	}
	return false
}

func (p *parser) enter() bool {
	p.depth++
	if p.depth > MaxNestingDepth {
		p.fail(p.pos, "split the expression or remove redundant parentheses", "expression nests deeper than %d levels", MaxNestingDepth)
		return false
	}
	return true
}

func (p *parser) leave() { p.depth-- }

func (p *parser) parseExpr() Node { return p.parseOr() }

func (p *parser) logicalOp(word, sym string) (int, bool) {
	p.skipSpace()
	at := p.pos
	if p.keyword(word) || p.symbol(sym) {
		return at, true
	}
	return at, false
}

func (p *parser) parseOr() Node {
	x := p.parseXor()
	for p.err == nil {
		at, ok := p.logicalOp("or", "||")
		if !ok {
			break
		}
		y := p.parseXor()
		x = &Logical{Op: OpOr, OpPos: at, X: x, Y: y}
	}
	return x
}

func (p *parser) parseXor() Node {
	x := p.parseAnd()
	for p.err == nil {
		at, ok := p.logicalOp("xor", "^^")
		if !ok {
			break
		}
		y := p.parseAnd()
		x = &Logical{Op: OpXor, OpPos: at, X: x, Y: y}
	}
	return x
}

func (p *parser) parseAnd() Node {
	x := p.parseUnary()
	for p.err == nil {
		at, ok := p.logicalOp("and", "&&")
		if !ok {
			break
		}
		y := p.parseUnary()
		x = &Logical{Op: OpAnd, OpPos: at, X: x, Y: y}
	}
	return x
}

func (p *parser) parseUnary() Node {
	p.skipSpace()
	start := p.pos
	if p.keyword("not") || (p.peek() == '!' && !strings.HasPrefix(p.src[p.pos:], "!=") && p.symbol("!")) {
		if !p.enter() {
			return nil
		}
		x := p.parseUnary()
		p.leave()
		return &Not{Start: start, X: x}
	}
	return p.parsePrimary()
}

func (p *parser) parsePrimary() Node {
	p.skipSpace()
	start := p.pos
	if p.pos >= len(p.src) {
		p.fail(p.pos, "complete the expression, for example: http.host eq \"example.com\"", "unexpected end of expression, expected a field, a function call, not or (")
		return nil
	}
	c := p.src[p.pos]
	switch {
	case c == '(':
		p.pos++
		if !p.enter() {
			return nil
		}
		x := p.parseExpr()
		p.leave()
		if p.err != nil {
			return nil
		}
		p.skipSpace()
		if !p.symbol(")") {
			if p.pos >= len(p.src) {
				p.fail(start, "add the missing )", "unclosed parenthesis")
			} else {
				p.unexpected(") or a logical operator")
			}
			return nil
		}
		return x
	case c == '"' || isDigit(c) || c == '{' || c == '$' || c == '-' || (c == 'r' && p.rawStringAhead()):
		p.fail(start, "put the field on the left and the value on the right, for example: http.host eq \"example.com\"",
			"expected a field or a function call, found a literal value")
		return nil
	case !isIdentByte(c):
		p.fail(start, "an expression starts with a field, a function call, not, or (", "expected a field or a function call, found %s", p.describe())
		return nil
	}
	w := p.word()
	if w == "true" || w == "false" {
		end := p.pos + len(w)
		if end == len(p.src) || (p.src[end] != '.' && p.src[end] != '(') {
			p.pos = end
			return &BoolLit{Start: start, Value: w == "true"}
		}
	}
	switch w {
	case "and", "or", "xor", "in", "eq", "ne", "contains", "matches":
		p.fail(start, "each side of a logical operator needs a complete comparison", "expected a field or a function call, found operator %q", w)
		return nil
	}
	lhs := p.parseValue()
	if p.err != nil {
		return nil
	}
	return p.parseComparison(lhs)
}

func (p *parser) rawStringAhead() bool {
	rest := p.src[p.pos:]
	return strings.HasPrefix(rest, "r\"") || strings.HasPrefix(rest, "r#")
}

// parseIdent reads a dotted identifier; segments may start with a digit.
func (p *parser) parseIdent() string {
	start := p.pos
	for {
		seg := p.pos
		for p.pos < len(p.src) && isIdentByte(p.src[p.pos]) {
			p.pos++
		}
		if p.pos == seg {
			p.fail(p.pos, "field names are segments of letters, digits and _ separated by single dots", "expected a name segment after %q", p.src[start:p.pos])
			return ""
		}
		if p.pos < len(p.src) && p.src[p.pos] == '.' && p.pos+1 < len(p.src) && isIdentByte(p.src[p.pos+1]) {
			p.pos++
			continue
		}
		if p.pos < len(p.src) && p.src[p.pos] == '.' {
			p.pos++
			p.fail(p.pos, "field names are segments of letters, digits and _ separated by single dots", "expected a name segment after %q", p.src[start:p.pos])
			return ""
		}
		return p.src[start:p.pos]
	}
}

// parseValue parses a field or a function call with index accesses.
func (p *parser) parseValue() Node {
	start := p.pos
	name := p.parseIdent()
	if p.err != nil {
		return nil
	}
	save := p.pos
	p.skipSpace()
	if p.peek() == '(' {
		p.pos++
		if !p.enter() {
			return nil
		}
		call := &Call{Start: start, Name: name}
		p.skipSpace()
		if p.peek() == ')' {
			p.pos++
		} else {
			for p.err == nil {
				arg := p.parseArg()
				if p.err != nil {
					return nil
				}
				call.Args = append(call.Args, arg)
				p.skipSpace()
				if p.symbol(",") {
					continue
				}
				if p.symbol(")") {
					break
				}
				if p.pos >= len(p.src) {
					p.fail(start, "add the missing )", "unclosed argument list of %s(", name)
				} else {
					p.unexpected(", or ) in the argument list of " + name + "()")
				}
				return nil
			}
		}
		p.leave()
		call.Index = p.parseIndexes()
		return call
	}
	p.pos = save
	return &Field{Start: start, Name: name, Index: p.parseIndexes()}
}

func (p *parser) parseIndexes() []Index {
	var out []Index
	for p.err == nil {
		save := p.pos
		p.skipSpace()
		if p.peek() != '[' {
			p.pos = save
			return out
		}
		start := p.pos
		p.pos++
		p.skipSpace()
		ix := Index{Start: start}
		switch c := p.peek(); {
		case c == '*':
			p.pos++
			ix.Kind = IndexEach
		case c == '"' || (c == 'r' && p.rawStringAhead()):
			s, ok := p.parseString()
			if !ok {
				return nil
			}
			ix.Kind, ix.Key = IndexKey, s
		case isDigit(c):
			w := p.word()
			n, err := strconv.ParseInt(w, 10, 64)
			if err != nil || n > 1<<31 {
				p.fail(p.pos, "array indexes are non-negative integers", "invalid array index %q", w)
				return nil
			}
			p.pos += len(w)
			ix.Kind, ix.Elem = IndexElem, n
		default:
			p.fail(p.pos, "use [\"key\"] for maps, [0] for arrays, [*] for every element", "expected a map key, an array index or *, found %s", p.describe())
			return nil
		}
		p.skipSpace()
		if !p.symbol("]") {
			p.unexpected("]")
			return nil
		}
		out = append(out, ix)
	}
	return out
}

func (p *parser) parseArg() Node {
	p.skipSpace()
	start := p.pos
	c := p.peek()
	switch {
	case c == '"' || (c == 'r' && p.rawStringAhead()):
		s, ok := p.parseString()
		if !ok {
			return nil
		}
		return &StringLit{Start: start, Value: s}
	case isDigit(c) || c == '-':
		return p.parseScalarWord(false)
	case c == '{' || c == '$':
		p.fail(start, "sets and lists go on the right of the in operator", "a set or list cannot be a function argument")
		return nil
	}
	x := p.parseExpr()
	if cmp, ok := x.(*Compare); ok && cmp.Op == OpIsTrue {
		return cmp.LHS
	}
	return x
}

func (p *parser) parseComparison(lhs Node) Node {
	save := p.pos
	p.skipSpace()
	at := p.pos
	op, ok := p.parseCmpOp()
	if p.err != nil {
		return nil
	}
	if !ok {
		p.pos = save
		return &Compare{LHS: lhs, Op: OpIsTrue, OpPos: -1}
	}
	if isBoolValue(lhs) {
		name := Print(lhs)
		p.fail(at, "write "+name+" alone, or negate it: not "+name, "%s is a boolean; it cannot be compared with %s", name, op)
		return nil
	}
	p.skipSpace()
	cmp := &Compare{LHS: lhs, Op: op, OpPos: at}
	switch op {
	case OpMatches:
		cmp.RHS = p.parseRegex()
	case OpIn:
		switch p.peek() {
		case '{':
			cmp.RHS = p.parseSet()
		case '$':
			cmp.RHS = p.parseListRef()
		default:
			p.fail(p.pos, "write a set such as {\"a\" \"b\"} or a list such as $office_network", "expected { or $list after in, found %s", p.describe())
		}
	default:
		cmp.RHS = p.parseRHSLiteral()
	}
	if p.err != nil {
		return nil
	}
	return cmp
}

// parseCmpOp reads a comparison operator; ok is false when the cursor is at
// something that ends a comparison (logical operator, ), ",", end).
func (p *parser) parseCmpOp() (CmpOp, bool) {
	if p.pos >= len(p.src) {
		return 0, false
	}
	for _, s := range []struct {
		sym string
		op  CmpOp
	}{{"==", OpEq}, {"!=", OpNe}, {"<=", OpLe}, {">=", OpGe}, {"<", OpLt}, {">", OpGt}, {"~", OpMatches}} {
		if p.symbol(s.sym) {
			return s.op, true
		}
	}
	if strings.HasPrefix(p.src[p.pos:], "&&") || strings.HasPrefix(p.src[p.pos:], "||") || strings.HasPrefix(p.src[p.pos:], "^^") {
		return 0, false
	}
	if p.symbol("&") {
		return OpBitwiseAnd, true
	}
	c := p.peek()
	if c == ')' || c == ',' {
		return 0, false
	}
	if !isIdentByte(c) {
		p.fail(p.pos, operatorsHint, "expected an operator, found %s", p.describe())
		return 0, false
	}
	w := p.word()
	switch w {
	case "and", "or", "xor":
		return 0, false
	case "eq":
		p.pos += 2
		return OpEq, true
	case "ne":
		p.pos += 2
		return OpNe, true
	case "lt":
		p.pos += 2
		return OpLt, true
	case "le":
		p.pos += 2
		return OpLe, true
	case "gt":
		p.pos += 2
		return OpGt, true
	case "ge":
		p.pos += 2
		return OpGe, true
	case "contains":
		p.pos += len(w)
		return OpContains, true
	case "matches":
		p.pos += len(w)
		return OpMatches, true
	case "wildcard":
		p.pos += len(w)
		return OpWildcard, true
	case "in":
		p.pos += 2
		return OpIn, true
	case "bitwise_and":
		p.pos += len(w)
		return OpBitwiseAnd, true
	case "strict":
		at := p.pos
		p.pos += len(w)
		p.skipSpace()
		if p.keyword("wildcard") {
			return OpStrictWildcard, true
		}
		p.fail(at, "write strict wildcard \"pattern\"", "expected wildcard after strict, found %s", p.describe())
		return 0, false
	case "starts_with", "ends_with":
		p.fail(p.pos, "write "+w+"(field, \"value\")", "%s is a function, not an operator", w)
		return 0, false
	case "not":
		p.fail(p.pos, "put not before the comparison: not http.host eq \"example.com\"", "not cannot follow a value")
		return 0, false
	}
	switch strings.ToLower(w) {
	case "eq", "ne", "lt", "le", "gt", "ge", "contains", "matches", "wildcard", "in", "and", "or", "xor", "not", "strict":
		p.fail(p.pos, "write "+strings.ToLower(w)+" in lowercase", "operator %s must be lowercase", w)
		return 0, false
	}
	p.fail(p.pos, operatorsHint, "expected an operator, found %s", p.describe())
	return 0, false
}

// parseString reads a quoted or raw string with the basic escaping rules.
func (p *parser) parseString() (string, bool) {
	if p.peek() == 'r' {
		return p.parseRawString()
	}
	start := p.pos
	p.pos++ // opening quote
	var b []byte
	for {
		if p.pos >= len(p.src) {
			p.fail(start, "close the string with \"", "unterminated string")
			return "", false
		}
		c := p.src[p.pos]
		switch c {
		case '"':
			p.pos++
			return string(b), true
		case '\\':
			esc := p.pos
			p.pos++
			if p.pos >= len(p.src) {
				p.fail(start, "close the string with \"", "unterminated string")
				return "", false
			}
			e := p.src[p.pos]
			switch {
			case e == '"' || e == '\\':
				b = append(b, e)
				p.pos++
			case e == 'x':
				if p.pos+3 > len(p.src) {
					p.fail(esc, "write \\x followed by two hex digits, such as \\x2e", "invalid \\x escape")
					return "", false
				}
				v, err := strconv.ParseUint(p.src[p.pos+1:p.pos+3], 16, 8)
				if err != nil {
					p.fail(esc, "write \\x followed by two hex digits, such as \\x2e", "invalid \\x escape %q", p.src[esc:p.pos+3])
					return "", false
				}
				b = append(b, byte(v))
				p.pos += 3
			case '0' <= e && e <= '7':
				if p.pos+3 > len(p.src) {
					p.fail(esc, "write \\ followed by three octal digits, such as \\056", "invalid octal escape")
					return "", false
				}
				v, err := strconv.ParseUint(p.src[p.pos:p.pos+3], 8, 8)
				if err != nil {
					p.fail(esc, "write \\ followed by three octal digits (000 to 377), such as \\056", "invalid octal escape %q", p.src[esc:p.pos+3])
					return "", false
				}
				b = append(b, byte(v))
				p.pos += 3
			default:
				r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
				p.fail(esc, "accepted escapes are \\\" \\\\ \\xHH and \\OOO; use a raw string r\"...\" to avoid escaping", "invalid escape \\%c in string", r)
				return "", false
			}
		default:
			b = append(b, c)
			p.pos++
		}
	}
}

// parseRawString reads r"..." or r#"..."# (up to 255 #).
func (p *parser) parseRawString() (string, bool) {
	start := p.pos
	p.pos++ // r
	hashes := 0
	for p.pos < len(p.src) && p.src[p.pos] == '#' {
		hashes++
		p.pos++
	}
	if hashes > 255 {
		p.fail(start, "use at most 255 # characters", "raw string has %d # characters, the limit is 255", hashes)
		return "", false
	}
	if p.peek() != '"' {
		p.fail(p.pos, "a raw string looks like r\"...\" or r#\"...\"#", "expected \" after r%s", strings.Repeat("#", hashes))
		return "", false
	}
	p.pos++
	closing := "\"" + strings.Repeat("#", hashes)
	i := strings.Index(p.src[p.pos:], closing)
	if i < 0 {
		p.fail(start, "end the raw string with "+closing, "unterminated raw string")
		return "", false
	}
	s := p.src[p.pos : p.pos+i]
	p.pos += i + len(closing)
	return s, true
}

// parseRegex reads the right-hand side of matches: quoted strings keep all
// escapes except \" (which becomes "); raw strings are taken as is.
func (p *parser) parseRegex() Node {
	start := p.pos
	switch {
	case p.peek() == 'r' && p.rawStringAhead():
		s, ok := p.parseRawString()
		if !ok {
			return nil
		}
		return &RegexLit{Start: start, Pattern: s}
	case p.peek() != '"':
		p.fail(p.pos, "write the regular expression as a string, preferably raw: r\"^/api/\"", "expected a regular expression string after matches, found %s", p.describe())
		return nil
	}
	p.pos++
	var b strings.Builder
	inClass := false
	for {
		if p.pos >= len(p.src) {
			p.fail(start, "close the string with \"", "unterminated string")
			return nil
		}
		c := p.src[p.pos]
		switch {
		case c == '\\':
			p.pos++
			if p.pos >= len(p.src) {
				p.fail(start, "close the string with \"", "unterminated string")
				return nil
			}
			e := p.src[p.pos]
			if inClass || e != '"' {
				b.WriteByte('\\')
			}
			b.WriteByte(e)
			p.pos++
		case c == '"' && !inClass:
			p.pos++
			return &RegexLit{Start: start, Pattern: b.String()}
		case c == '[' && !inClass:
			inClass = true
			b.WriteByte(c)
			p.pos++
		case c == ']' && inClass:
			inClass = false
			b.WriteByte(c)
			p.pos++
		default:
			b.WriteByte(c)
			p.pos++
		}
	}
}

func (p *parser) parseListRef() Node {
	start := p.pos
	p.pos++ // $
	i := p.pos
	for i < len(p.src) {
		c := p.src[i]
		if ('a' <= c && c <= 'z') || isDigit(c) || c == '_' || c == '.' {
			i++
			continue
		}
		if 'A' <= c && c <= 'Z' {
			p.fail(i, "list names contain lowercase letters, digits and _ (managed lists add dots: $cf.open_proxies)", "list name must be lowercase")
			return nil
		}
		break
	}
	name := p.src[p.pos:i]
	if name == "" {
		p.fail(start, "write the list name after $, for example $office_network", "expected a list name after $")
		return nil
	}
	p.pos = i
	return &ListRef{Start: start, Name: name}
}

func (p *parser) parseSet() Node {
	start := p.pos
	p.pos++ // {
	set := &Set{Start: start}
	for {
		p.skipSpace()
		if p.pos >= len(p.src) {
			p.fail(start, "add the missing }", "unclosed set")
			return nil
		}
		c := p.peek()
		if c == '}' {
			p.pos++
			return set
		}
		if c == ',' {
			p.fail(p.pos, "separate set elements with spaces: {\"a\" \"b\"}", "unexpected , in set")
			return nil
		}
		if c == '\'' {
			p.fail(p.pos, "strings use double quotes: \"value\"", "unexpected ' in set")
			return nil
		}
		var el Node
		if c == '"' || (c == 'r' && p.rawStringAhead()) {
			elStart := p.pos
			s, ok := p.parseString()
			if !ok {
				return nil
			}
			el = &StringLit{Start: elStart, Value: s}
		} else {
			el = p.parseScalarWord(true)
		}
		if p.err != nil {
			return nil
		}
		set.Elems = append(set.Elems, el)
	}
}

func isWordByte(c byte) bool {
	return isIdentByte(c) || c == ':' || c == '.' || c == '/' || c == '-'
}

func (p *parser) parseRHSLiteral() Node {
	c := p.peek()
	switch {
	case c == '"' || (c == 'r' && p.rawStringAhead()):
		start := p.pos
		s, ok := p.parseString()
		if !ok {
			return nil
		}
		return &StringLit{Start: start, Value: s}
	case c == '{' || c == '$':
		p.fail(p.pos, "use the in operator with sets and lists: http.host in {\"a.example\" \"b.example\"}", "a set or list needs the in operator")
		return nil
	case p.pos >= len(p.src):
		p.fail(p.pos, "add a value after the operator", "expected a value, found the end of the expression")
		return nil
	case c == '\'':
		p.fail(p.pos, "strings use double quotes: \"value\"", "expected a value, found a single quote")
		return nil
	case !isWordByte(c):
		p.fail(p.pos, "a value is a quoted string, an integer or an IP address", "expected a value, found %s", p.describe())
		return nil
	}
	return p.parseScalarWord(false)
}

// parseScalarWord reads an integer, an IP address, a CIDR, a range (in sets)
// or a byte string (aa:bb:cc).
func (p *parser) parseScalarWord(inSet bool) Node {
	start := p.pos
	i := p.pos
	for i < len(p.src) && isWordByte(p.src[i]) {
		i++
	}
	w := p.src[start:i]
	if w == "" {
		p.fail(p.pos, "a value is a quoted string, an integer or an IP address", "expected a value, found %s", p.describe())
		return nil
	}
	p.pos = i
	if lo, hi, ok := strings.Cut(w, ".."); ok {
		if !inSet {
			p.fail(start, "ranges are only allowed inside a set: tcp.dstport in {8000..8009}", "range %s outside a set", w)
			return nil
		}
		if a, err1 := parseIntLit(lo); err1 == nil {
			b, err2 := parseIntLit(hi)
			if err2 != nil {
				p.fail(start, "both ends of an integer range are integers", "invalid integer range %s", w)
				return nil
			}
			if a > b {
				p.fail(start, "write the smaller value first", "integer range %s is empty: %d is greater than %d", w, a, b)
				return nil
			}
			return &IntRange{Start: start, Lo: a, Hi: b}
		}
		a, err1 := netip.ParseAddr(lo)
		b, err2 := netip.ParseAddr(hi)
		if err1 != nil || err2 != nil {
			p.fail(start, "a range joins two integers or two IP addresses: 80..443, 198.51.100.3..198.51.100.7", "invalid range %s", w)
			return nil
		}
		if a.Is4() != b.Is4() {
			p.fail(start, "both ends of an IP range must be IPv4 or both IPv6", "IP range %s mixes IPv4 and IPv6", w)
			return nil
		}
		if b.Less(a) {
			p.fail(start, "write the lower address first", "IP range %s is empty", w)
			return nil
		}
		return &IPRange{Start: start, Lo: a, Hi: b}
	}
	if addr, _, _ := strings.Cut(w, "/"); strings.Contains(w, "/") && addr != "" {
		pfx, err := netip.ParsePrefix(w)
		if _, aerr := netip.ParseAddr(addr); err != nil && aerr == nil {
			p.fail(start, "a CIDR looks like 192.0.2.0/24 or 2001:db8::/32", "invalid CIDR %s", w)
			return nil
		}
		if err != nil {
			p.fail(start, "strings must be quoted: "+QuoteString(w), "invalid value %s", w)
			return nil
		}
		if !inSet {
			p.fail(start, "CIDR ranges are only allowed inside a set: ip.src in {"+w+"}", "CIDR %s outside a set", w)
			return nil
		}
		if m := pfx.Masked(); m != pfx {
			p.fail(start, "write the network address: "+m.String(), "CIDR %s has host bits set", w)
			return nil
		}
		return &IPLit{Start: start, Addr: pfx.Addr(), Bits: pfx.Bits()}
	}
	if w == "true" || w == "false" {
		p.fail(start, "test a boolean field by writing it alone (ssl) or negated (not ssl)", "%s is not a value; booleans cannot be compared", w)
		return nil
	}
	if c := w[0]; isDigit(c) || c == '-' {
		if n, err := parseIntLit(w); err == nil {
			return &IntLit{Start: start, Value: n}
		} else if _, isBytes := parseByteString(w); !isBytes && (!strings.ContainsAny(w, ".:") || c == '-') {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				p.fail(start, "integers are signed 64-bit", "integer %s is out of range", w)
			} else {
				p.fail(start, "an integer is decimal (443, -1), hexadecimal (0x1bb) or, with a leading 0, octal (0755)", "invalid integer %s", w)
			}
			return nil
		}
	}
	if a, err := netip.ParseAddr(w); err == nil && a.Zone() == "" {
		return &IPLit{Start: start, Addr: a, Bits: -1}
	}
	if b, ok := parseByteString(w); ok {
		return &StringLit{Start: start, Value: b}
	}
	hint := "strings must be quoted: \"" + w + "\""
	if strings.Count(w, ".") == 3 || strings.Contains(w, ":") {
		hint = "an IP address looks like 192.0.2.1 or 2001:db8::1"
	}
	p.fail(start, hint, "invalid value %s", w)
	return nil
}

// parseIntLit parses an integer the way the engine does: 0x… is
// hexadecimal, a leading 0 means octal (0123 is 83), anything else is
// decimal with an optional minus sign (-010 is -10).
func parseIntLit(s string) (int64, error) {
	syntaxErr := &strconv.NumError{Func: "ParseInt", Num: s, Err: strconv.ErrSyntax}
	switch {
	case strings.HasPrefix(s, "0x"):
		if len(s) == 2 || strings.ContainsAny(s[2:], "+-") {
			return 0, syntaxErr
		}
		return strconv.ParseInt(s[2:], 16, 64)
	case strings.HasPrefix(s, "0"):
		if strings.ContainsAny(s, "+-") {
			return 0, syntaxErr
		}
		return strconv.ParseInt(s, 8, 64)
	}
	t := strings.TrimPrefix(s, "-")
	if t == "" || strings.Trim(t, "0123456789") != "" {
		return 0, syntaxErr
	}
	return strconv.ParseInt(s, 10, 64)
}

// parseByteString decodes aa:bb:cc (separators : - or .).
func parseByteString(w string) (string, bool) {
	if len(w) < 5 || (len(w)+1)%3 != 0 {
		return "", false
	}
	out := make([]byte, 0, (len(w)+1)/3)
	for i := 0; i < len(w); i += 3 {
		v, err := strconv.ParseUint(w[i:i+2], 16, 8)
		if err != nil {
			return "", false
		}
		out = append(out, byte(v))
		if i+2 < len(w) {
			if s := w[i+2]; s != ':' && s != '-' && s != '.' {
				return "", false
			}
		}
	}
	return string(out), true
}

// isBoolValue reports whether a value is a boolean field or a call of a
// boolean function (without indexes): the engine reads such a value as a
// complete condition, so an operator after it is an error.
func isBoolValue(n Node) bool {
	switch x := n.(type) {
	case *Field:
		fi := LookupField(x.Name)
		return len(x.Index) == 0 && fi != nil && fi.Type == TypeBool
	case *Call:
		fn := LookupFunction(x.Name)
		return len(x.Index) == 0 && fn != nil && fn.Returns == TypeBool
	}
	return false
}
