package rules

import "net/netip"

// Node is any node of the syntax tree. Pos is the byte offset of the node's
// first character in the source.
type Node interface {
	Pos() int
}

// LogicalOp is and, or or xor.
type LogicalOp uint8

// Logical operators, from lowest to highest precedence.
const (
	OpOr LogicalOp = iota + 1
	OpXor
	OpAnd
)

func (o LogicalOp) String() string {
	switch o {
	case OpOr:
		return "or"
	case OpXor:
		return "xor"
	case OpAnd:
		return "and"
	}
	return "?"
}

// CmpOp is a comparison operator.
type CmpOp uint8

// Comparison operators. OpIsTrue is a bare boolean value (`ssl`).
const (
	OpIsTrue CmpOp = iota
	OpEq
	OpNe
	OpLt
	OpLe
	OpGt
	OpGe
	OpContains
	OpMatches
	OpWildcard
	OpStrictWildcard
	OpIn
	OpBitwiseAnd
)

var cmpOpNames = [...]string{"", "eq", "ne", "lt", "le", "gt", "ge", "contains", "matches", "wildcard", "strict wildcard", "in", "&"}

func (o CmpOp) String() string {
	if int(o) < len(cmpOpNames) {
		return cmpOpNames[o]
	}
	return "?"
}

// Expr nodes.
type (
	// Logical is `X op Y`.
	Logical struct {
		Op    LogicalOp
		OpPos int
		X, Y  Node
	}
	// Not is `not X`.
	Not struct {
		Start int
		X     Node
	}
	// BoolLit is the literal `true` or `false` used as a whole expression.
	BoolLit struct {
		Start int
		Value bool
	}
	// Compare is `LHS op RHS`; with Op == OpIsTrue it is a bare boolean LHS.
	Compare struct {
		LHS   Node // *Field or *Call
		Op    CmpOp
		OpPos int
		RHS   Node // literal, *Set or *ListRef; nil for OpIsTrue
	}
)

// Value nodes.
type (
	// Field is a field reference with optional index accesses.
	Field struct {
		Start int
		Name  string
		Index []Index
	}
	// Call is a function call with optional index accesses on its result.
	Call struct {
		Start int
		Name  string
		Args  []Node // *Field, *Call, literals, or boolean expressions
		Index []Index
	}
)

// IndexKind is the kind of an index access.
type IndexKind uint8

// Index kinds.
const (
	IndexKey  IndexKind = iota + 1 // ["key"]
	IndexElem                      // [0]
	IndexEach                      // [*]
)

// Index is one `[...]` access.
type Index struct {
	Start int
	Kind  IndexKind
	Key   string
	Elem  int64
}

// Literal nodes.
type (
	// StringLit is a quoted or raw string (bytes).
	StringLit struct {
		Start int
		Value string
	}
	// RegexLit is the right-hand side of matches; Pattern is the regular
	// expression after the Rules language's own unescaping.
	RegexLit struct {
		Start   int
		Pattern string
	}
	// IntLit is an integer literal.
	IntLit struct {
		Start int
		Value int64
	}
	// IPLit is an IP address or a CIDR (Bits < 0 for a single address).
	IPLit struct {
		Start int
		Addr  netip.Addr
		Bits  int
	}
	// IntRange is `lo..hi` inside a set.
	IntRange struct {
		Start  int
		Lo, Hi int64
	}
	// IPRange is `lo..hi` between two addresses inside a set.
	IPRange struct {
		Start  int
		Lo, Hi netip.Addr
	}
	// Set is an inline list `{ ... }`.
	Set struct {
		Start int
		Elems []Node
	}
	// ListRef is a named list `$name`.
	ListRef struct {
		Start int
		Name  string
	}
)

// Pos implementations.
func (n *Logical) Pos() int   { return n.X.Pos() }
func (n *Not) Pos() int       { return n.Start }
func (n *BoolLit) Pos() int   { return n.Start }
func (n *Compare) Pos() int   { return n.LHS.Pos() }
func (n *Field) Pos() int     { return n.Start }
func (n *Call) Pos() int      { return n.Start }
func (n *StringLit) Pos() int { return n.Start }
func (n *RegexLit) Pos() int  { return n.Start }
func (n *IntLit) Pos() int    { return n.Start }
func (n *IPLit) Pos() int     { return n.Start }
func (n *IntRange) Pos() int  { return n.Start }
func (n *IPRange) Pos() int   { return n.Start }
func (n *Set) Pos() int       { return n.Start }
func (n *ListRef) Pos() int   { return n.Start }

// Prefix returns the IP literal as a prefix (a /32 or /128 for an address).
func (n *IPLit) Prefix() netip.Prefix {
	if n.Bits < 0 {
		return netip.PrefixFrom(n.Addr, n.Addr.BitLen())
	}
	return netip.PrefixFrom(n.Addr, n.Bits)
}

// Equal reports whether two trees are structurally equal (positions ignored).
func Equal(a, b Node) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case *Logical:
		y, ok := b.(*Logical)
		return ok && x.Op == y.Op && Equal(x.X, y.X) && Equal(x.Y, y.Y)
	case *Not:
		y, ok := b.(*Not)
		return ok && Equal(x.X, y.X)
	case *BoolLit:
		y, ok := b.(*BoolLit)
		return ok && x.Value == y.Value
	case *Compare:
		y, ok := b.(*Compare)
		return ok && x.Op == y.Op && Equal(x.LHS, y.LHS) && Equal(x.RHS, y.RHS)
	case *Field:
		y, ok := b.(*Field)
		return ok && x.Name == y.Name && equalIndex(x.Index, y.Index)
	case *Call:
		y, ok := b.(*Call)
		if !ok || x.Name != y.Name || len(x.Args) != len(y.Args) || !equalIndex(x.Index, y.Index) {
			return false
		}
		for i := range x.Args {
			if !Equal(x.Args[i], y.Args[i]) {
				return false
			}
		}
		return true
	case *StringLit:
		y, ok := b.(*StringLit)
		return ok && x.Value == y.Value
	case *RegexLit:
		y, ok := b.(*RegexLit)
		return ok && x.Pattern == y.Pattern
	case *IntLit:
		y, ok := b.(*IntLit)
		return ok && x.Value == y.Value
	case *IPLit:
		y, ok := b.(*IPLit)
		return ok && x.Addr == y.Addr && x.Bits == y.Bits
	case *IntRange:
		y, ok := b.(*IntRange)
		return ok && x.Lo == y.Lo && x.Hi == y.Hi
	case *IPRange:
		y, ok := b.(*IPRange)
		return ok && x.Lo == y.Lo && x.Hi == y.Hi
	case *Set:
		y, ok := b.(*Set)
		if !ok || len(x.Elems) != len(y.Elems) {
			return false
		}
		for i := range x.Elems {
			if !Equal(x.Elems[i], y.Elems[i]) {
				return false
			}
		}
		return true
	case *ListRef:
		y, ok := b.(*ListRef)
		return ok && x.Name == y.Name
	}
	return false
}

func equalIndex(a, b []Index) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Kind != b[i].Kind || a[i].Key != b[i].Key || a[i].Elem != b[i].Elem {
			return false
		}
	}
	return true
}
