package rules

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Print renders a tree in the canonical format:
//   - English operators (eq, ne, …, and, or, xor, not), except & for bitwise and;
//   - single spaces between tokens, none inside brackets and parentheses;
//   - parentheses only where precedence requires them;
//   - strings quoted, with \" \\ and \xHH escapes for control and invalid bytes;
//   - regular expressions quoted when that keeps the pattern unchanged, raw otherwise;
//   - integers in decimal, IP addresses and CIDRs in their shortest form.
//
// Parse(Print(n)) is structurally Equal to n.
func Print(n Node) string {
	var b strings.Builder
	printNode(&b, n, 0)
	return b.String()
}

// precedence of a node as an operand: higher binds tighter.
func precOf(n Node) int {
	if l, ok := n.(*Logical); ok {
		return int(l.Op) // or=1, xor=2, and=3
	}
	return 10
}

func printNode(b *strings.Builder, n Node, ctx int) {
	switch x := n.(type) {
	case nil:
		b.WriteString("<nil>")
	case *Logical:
		p := int(x.Op)
		paren := p < ctx
		if paren {
			b.WriteByte('(')
		}
		printNode(b, x.X, p)
		b.WriteByte(' ')
		b.WriteString(x.Op.String())
		b.WriteByte(' ')
		// Left-associative: an equal-precedence right operand needs parentheses.
		printNode(b, x.Y, p+1)
		if paren {
			b.WriteByte(')')
		}
	case *Not:
		b.WriteString("not ")
		printNode(b, x.X, 10)
	case *BoolLit:
		if x.Value {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case *Compare:
		printNode(b, x.LHS, 10)
		if x.Op == OpIsTrue {
			return
		}
		b.WriteByte(' ')
		b.WriteString(x.Op.String())
		b.WriteByte(' ')
		printNode(b, x.RHS, 10)
	case *Field:
		b.WriteString(x.Name)
		printIndexes(b, x.Index)
	case *Call:
		b.WriteString(x.Name)
		b.WriteByte('(')
		for i, a := range x.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			printNode(b, a, 0)
		}
		b.WriteByte(')')
		printIndexes(b, x.Index)
	case *StringLit:
		b.WriteString(QuoteString(x.Value))
	case *RegexLit:
		b.WriteString(quoteRegex(x.Pattern))
	case *IntLit:
		b.WriteString(strconv.FormatInt(x.Value, 10))
	case *IPLit:
		if x.Bits < 0 {
			b.WriteString(x.Addr.String())
		} else {
			b.WriteString(x.Prefix().String())
		}
	case *IntRange:
		b.WriteString(strconv.FormatInt(x.Lo, 10))
		b.WriteString("..")
		b.WriteString(strconv.FormatInt(x.Hi, 10))
	case *IPRange:
		b.WriteString(x.Lo.String())
		b.WriteString("..")
		b.WriteString(x.Hi.String())
	case *Set:
		b.WriteByte('{')
		for i, e := range x.Elems {
			if i > 0 {
				b.WriteByte(' ')
			}
			printNode(b, e, 10)
		}
		b.WriteByte('}')
	case *ListRef:
		b.WriteByte('$')
		b.WriteString(x.Name)
	}
}

func printIndexes(b *strings.Builder, ix []Index) {
	for _, i := range ix {
		b.WriteByte('[')
		switch i.Kind {
		case IndexEach:
			b.WriteByte('*')
		case IndexElem:
			b.WriteString(strconv.FormatInt(i.Elem, 10))
		case IndexKey:
			b.WriteString(QuoteString(i.Key))
		}
		b.WriteByte(']')
	}
}

// QuoteString renders bytes as a Rules language quoted string.
func QuoteString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == utf8.RuneError && size == 1, r < 0x20, r == 0x7f, r >= 0x80 && !unicode.IsPrint(r):
			for j := 0; j < size; j++ {
				b.WriteString(`\x`)
				b.WriteString(strings.ToUpper(strconv.FormatUint(uint64(s[i+j])|0x100, 16)[1:]))
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteByte('"')
	return b.String()
}

// quoteRegex renders a regular expression so that parsing it back yields the
// same pattern: quoted when the quoted-string regex rules keep it unchanged,
// as a raw string otherwise.
func quoteRegex(pat string) string {
	if regexQuotable(pat) {
		return `"` + pat + `"`
	}
	hashes := 0
	for strings.Contains(pat, `"`+strings.Repeat("#", hashes)) {
		hashes++
	}
	h := strings.Repeat("#", hashes)
	return "r" + h + `"` + pat + `"` + h
}

// regexQuotable simulates the quoted regex lexer on "pat".
func regexQuotable(pat string) bool {
	inClass := false
	for i := 0; i < len(pat); i++ {
		switch c := pat[i]; {
		case c == '"':
			return false
		case c == '\\':
			if i+1 >= len(pat) || (pat[i+1] == '"' && !inClass) {
				return false
			}
			i++
		case c == '[' && !inClass:
			inClass = true
		case c == ']' && inClass:
			inClass = false
		case c < 0x20 || c == 0x7f:
			return false
		}
	}
	return !inClass && utf8.ValidString(pat)
}
