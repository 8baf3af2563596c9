package cfsim

import (
	"fmt"
	"strconv"
	"strings"
)

// A minimal GraphQL reader for the subset the analytics API is queried with:
// one operation (optionally "query Name($v: Type = default, …)"), fields with
// aliases, arguments and selection sets; values are variables, numbers,
// strings, booleans, null, enums, lists and objects. Fragments, directives and
// mutations are refused with a clear error.

type gqlField struct {
	Alias string
	Name  string
	Args  map[string]gqlValue
	Sel   []*gqlField
	Line  int
}

func (f *gqlField) key() string {
	if f.Alias != "" {
		return f.Alias
	}
	return f.Name
}

// gqlValue is a parsed value: for variables Var is set; otherwise Val holds
// string, float64, bool, nil, gqlEnum, []gqlValue or map[string]gqlValue.
type gqlValue struct {
	Var string
	Val any
}

type gqlEnum string

type gqlVarDef struct {
	Name    string
	Type    string
	Default *gqlValue
}

type gqlDoc struct {
	Vars []gqlVarDef
	Sel  []*gqlField
}

type gqlTok struct {
	kind byte // 'n' name, 's' string, '#' number, 'p' punctuation, 'v' $variable, 0 EOF
	text string
	line int
}

func gqlLex(src string) ([]gqlTok, error) {
	var toks []gqlTok
	line := 1
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			line++
			i++
		case c == ' ' || c == '\t' || c == '\r' || c == ',':
			i++
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '"':
			if strings.HasPrefix(src[i:], `"""`) {
				end := strings.Index(src[i+3:], `"""`)
				if end < 0 {
					return nil, fmt.Errorf("line %d: unterminated block string", line)
				}
				body := src[i+3 : i+3+end]
				toks = append(toks, gqlTok{'s', strings.TrimSpace(body), line})
				line += strings.Count(body, "\n")
				i += end + 6
				continue
			}
			j := i + 1
			var b strings.Builder
			for ; j < len(src) && src[j] != '"'; j++ {
				if src[j] == '\n' {
					return nil, fmt.Errorf("line %d: unterminated string", line)
				}
				if src[j] == '\\' && j+1 < len(src) {
					j++
					switch src[j] {
					case 'n':
						b.WriteByte('\n')
					case 't':
						b.WriteByte('\t')
					case 'u':
						if j+4 < len(src) {
							if r, err := strconv.ParseUint(src[j+1:j+5], 16, 32); err == nil {
								b.WriteRune(rune(r))
								j += 4
								continue
							}
						}
						return nil, fmt.Errorf("line %d: bad \\u escape", line)
					default:
						b.WriteByte(src[j])
					}
					continue
				}
				b.WriteByte(src[j])
			}
			if j >= len(src) {
				return nil, fmt.Errorf("line %d: unterminated string", line)
			}
			toks = append(toks, gqlTok{'s', b.String(), line})
			i = j + 1
		case c == '$':
			j := i + 1
			for j < len(src) && isNameChar(src[j]) {
				j++
			}
			if j == i+1 {
				return nil, fmt.Errorf("line %d: expected a variable name after $", line)
			}
			toks = append(toks, gqlTok{'v', src[i+1 : j], line})
			i = j
		case c == '-' || c >= '0' && c <= '9':
			j := i + 1
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.' || src[j] == 'e' || src[j] == 'E' || src[j] == '+' || src[j] == '-') {
				j++
			}
			toks = append(toks, gqlTok{'#', src[i:j], line})
			i = j
		case isNameChar(c):
			j := i
			for j < len(src) && isNameChar(src[j]) {
				j++
			}
			toks = append(toks, gqlTok{'n', src[i:j], line})
			i = j
		case strings.HasPrefix(src[i:], "..."):
			toks = append(toks, gqlTok{'p', "...", line})
			i += 3
		case strings.ContainsRune("{}()[]:=!@", rune(c)):
			toks = append(toks, gqlTok{'p', string(c), line})
			i++
		default:
			return nil, fmt.Errorf("line %d: unexpected character %q", line, c)
		}
	}
	return append(toks, gqlTok{0, "", line}), nil
}

func isNameChar(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

type gqlParser struct {
	toks []gqlTok
	pos  int
}

func (p *gqlParser) peek() gqlTok { return p.toks[p.pos] }
func (p *gqlParser) next() gqlTok {
	t := p.toks[p.pos]
	if t.kind != 0 {
		p.pos++
	}
	return t
}
func (p *gqlParser) isP(s string) bool { t := p.peek(); return t.kind == 'p' && t.text == s }
func (p *gqlParser) expectP(s string) error {
	t := p.next()
	if t.kind != 'p' || t.text != s {
		return fmt.Errorf("line %d: expected %q, found %q", t.line, s, t.text)
	}
	return nil
}

func parseGraphQL(src string) (*gqlDoc, error) {
	toks, err := gqlLex(src)
	if err != nil {
		return nil, err
	}
	p := &gqlParser{toks: toks}
	doc := &gqlDoc{}
	if t := p.peek(); t.kind == 'n' {
		switch t.text {
		case "query":
			p.next()
			if p.peek().kind == 'n' {
				p.next() // operation name
			}
			if p.isP("(") {
				if doc.Vars, err = p.varDefs(); err != nil {
					return nil, err
				}
			}
		case "mutation", "subscription":
			return nil, fmt.Errorf("line %d: %s operations are not supported; the analytics API is read-only", t.line, t.text)
		case "fragment":
			return nil, fmt.Errorf("line %d: fragments are not supported by the simulator", t.line)
		default:
			return nil, fmt.Errorf("line %d: unexpected %q", t.line, t.text)
		}
	}
	if doc.Sel, err = p.selectionSet(); err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != 0 {
		return nil, fmt.Errorf("line %d: only one operation per request is supported (found %q after it)", t.line, t.text)
	}
	return doc, nil
}

func (p *gqlParser) varDefs() ([]gqlVarDef, error) {
	if err := p.expectP("("); err != nil {
		return nil, err
	}
	var defs []gqlVarDef
	for !p.isP(")") {
		t := p.next()
		if t.kind != 'v' {
			return nil, fmt.Errorf("line %d: expected a $variable, found %q", t.line, t.text)
		}
		if err := p.expectP(":"); err != nil {
			return nil, err
		}
		typ, err := p.typeRef()
		if err != nil {
			return nil, err
		}
		d := gqlVarDef{Name: t.text, Type: typ}
		if p.isP("=") {
			p.next()
			v, err := p.value(true)
			if err != nil {
				return nil, err
			}
			d.Default = &v
		}
		defs = append(defs, d)
	}
	p.next()
	return defs, nil
}

func (p *gqlParser) typeRef() (string, error) {
	var s string
	if p.isP("[") {
		p.next()
		inner, err := p.typeRef()
		if err != nil {
			return "", err
		}
		if err := p.expectP("]"); err != nil {
			return "", err
		}
		s = "[" + inner + "]"
	} else {
		t := p.next()
		if t.kind != 'n' {
			return "", fmt.Errorf("line %d: expected a type, found %q", t.line, t.text)
		}
		s = t.text
	}
	if p.isP("!") {
		p.next()
		s += "!"
	}
	return s, nil
}

func (p *gqlParser) selectionSet() ([]*gqlField, error) {
	if err := p.expectP("{"); err != nil {
		return nil, err
	}
	var out []*gqlField
	for !p.isP("}") {
		t := p.next()
		if t.kind == 'p' && t.text == "..." {
			return nil, fmt.Errorf("line %d: fragments are not supported by the simulator", t.line)
		}
		if t.kind != 'n' {
			return nil, fmt.Errorf("line %d: expected a field name, found %q", t.line, t.text)
		}
		f := &gqlField{Name: t.text, Line: t.line}
		if p.isP(":") {
			p.next()
			n := p.next()
			if n.kind != 'n' {
				return nil, fmt.Errorf("line %d: expected a field name after alias %s", n.line, t.text)
			}
			f.Alias, f.Name = t.text, n.text
		}
		if p.isP("(") {
			p.next()
			f.Args = map[string]gqlValue{}
			for !p.isP(")") {
				a := p.next()
				if a.kind != 'n' {
					return nil, fmt.Errorf("line %d: expected an argument name, found %q", a.line, a.text)
				}
				if err := p.expectP(":"); err != nil {
					return nil, err
				}
				v, err := p.value(false)
				if err != nil {
					return nil, err
				}
				f.Args[a.text] = v
			}
			p.next()
		}
		if p.isP("@") {
			return nil, fmt.Errorf("line %d: directives are not supported by the simulator", p.peek().line)
		}
		if p.isP("{") {
			sel, err := p.selectionSet()
			if err != nil {
				return nil, err
			}
			f.Sel = sel
		}
		out = append(out, f)
	}
	p.next()
	if len(out) == 0 {
		return nil, fmt.Errorf("empty selection set")
	}
	return out, nil
}

func (p *gqlParser) value(constOnly bool) (gqlValue, error) {
	t := p.next()
	switch t.kind {
	case 'v':
		if constOnly {
			return gqlValue{}, fmt.Errorf("line %d: a default value cannot use a variable", t.line)
		}
		return gqlValue{Var: t.text}, nil
	case 's':
		return gqlValue{Val: t.text}, nil
	case '#':
		f, err := strconv.ParseFloat(t.text, 64)
		if err != nil {
			return gqlValue{}, fmt.Errorf("line %d: bad number %q", t.line, t.text)
		}
		return gqlValue{Val: f}, nil
	case 'n':
		switch t.text {
		case "true":
			return gqlValue{Val: true}, nil
		case "false":
			return gqlValue{Val: false}, nil
		case "null":
			return gqlValue{Val: nil}, nil
		}
		return gqlValue{Val: gqlEnum(t.text)}, nil
	case 'p':
		switch t.text {
		case "[":
			var list []gqlValue
			for !p.isP("]") {
				if p.peek().kind == 0 {
					return gqlValue{}, fmt.Errorf("line %d: unterminated list", t.line)
				}
				v, err := p.value(constOnly)
				if err != nil {
					return gqlValue{}, err
				}
				list = append(list, v)
			}
			p.next()
			return gqlValue{Val: list}, nil
		case "{":
			obj := map[string]gqlValue{}
			for !p.isP("}") {
				k := p.next()
				if k.kind != 'n' {
					return gqlValue{}, fmt.Errorf("line %d: expected a field name in object, found %q", k.line, k.text)
				}
				if err := p.expectP(":"); err != nil {
					return gqlValue{}, err
				}
				v, err := p.value(constOnly)
				if err != nil {
					return gqlValue{}, err
				}
				obj[k.text] = v
			}
			p.next()
			return gqlValue{Val: obj}, nil
		}
	}
	return gqlValue{}, fmt.Errorf("line %d: expected a value, found %q", t.line, t.text)
}

// resolve substitutes variables, giving plain Go values (enums become strings).
func (v gqlValue) resolve(vars map[string]any) (any, error) {
	if v.Var != "" {
		x, ok := vars[v.Var]
		if !ok {
			return nil, fmt.Errorf("variable $%s is not defined", v.Var)
		}
		return x, nil
	}
	switch x := v.Val.(type) {
	case gqlEnum:
		return string(x), nil
	case []gqlValue:
		out := make([]any, 0, len(x))
		for _, e := range x {
			r, err := e.resolve(vars)
			if err != nil {
				return nil, err
			}
			out = append(out, r)
		}
		return out, nil
	case map[string]gqlValue:
		out := map[string]any{}
		for k, e := range x {
			r, err := e.resolve(vars)
			if err != nil {
				return nil, err
			}
			out[k] = r
		}
		return out, nil
	}
	return v.Val, nil
}
