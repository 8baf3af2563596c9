package rules

import "strings"

// Kind is the engine kind of a value.
type Kind uint8

// Engine kinds, as in wirefilter.
const (
	KindInvalid Kind = iota
	KindBytes
	KindInt
	KindBool
	KindIP
	KindArray
	KindMap
)

// Type is a (possibly nested) engine type such as Bytes, Array<Bytes> or
// Map<Array<Bytes>>. It is a small comparable value: each nesting level
// uses four bits, outermost first.
type Type uint16

// Basic types.
const (
	TypeInvalid Type = Type(KindInvalid)
	TypeBytes   Type = Type(KindBytes)
	TypeInt     Type = Type(KindInt)
	TypeBool    Type = Type(KindBool)
	TypeIP      Type = Type(KindIP)
)

// ArrayOf returns Array<elem>.
func ArrayOf(elem Type) Type { return Type(KindArray) | elem<<4 }

// MapOf returns Map<elem>.
func MapOf(elem Type) Type { return Type(KindMap) | elem<<4 }

// Kind returns the outermost kind.
func (t Type) Kind() Kind { return Kind(t & 15) }

// Elem returns the element type of an Array or Map.
func (t Type) Elem() Type { return t >> 4 }

// IsContainer reports whether t is an Array or a Map.
func (t Type) IsContainer() bool { return t.Kind() == KindArray || t.Kind() == KindMap }

// String renders the type the way the documentation does (String for Bytes,
// Integer for Int, IP address for Ip).
func (t Type) String() string {
	switch t.Kind() {
	case KindBytes:
		return "String"
	case KindInt:
		return "Integer"
	case KindBool:
		return "Boolean"
	case KindIP:
		return "IP address"
	case KindArray:
		return "Array<" + t.Elem().String() + ">"
	case KindMap:
		return "Map<" + t.Elem().String() + ">"
	}
	return "invalid"
}

// parseTypeName parses names such as "Map<Array<String>>" used in the
// scheme table.
func parseTypeName(s string) Type {
	switch s {
	case "String", "Bytes":
		return TypeBytes
	case "Integer", "Number", "Int":
		return TypeInt
	case "Boolean", "Bool":
		return TypeBool
	case "IP", "IP address":
		return TypeIP
	}
	if strings.HasPrefix(s, "Array<") && strings.HasSuffix(s, ">") {
		return ArrayOf(parseTypeName(s[6 : len(s)-1]))
	}
	if strings.HasPrefix(s, "Map<") && strings.HasSuffix(s, ">") {
		return MapOf(parseTypeName(s[4 : len(s)-1]))
	}
	panic("rules: unknown type name " + s)
}
