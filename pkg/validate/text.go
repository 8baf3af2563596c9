package validate

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Bidi reports whether r is a bidirectional formatting character (it can
// make a terminal show text in another order than it is stored).
func Bidi(r rune) bool {
	switch {
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e:
		return true
	case r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Control reports whether r is a C0 or C1 control character or DEL (tab
// excluded).
func Control(r rune) bool {
	return (r < 0x20 && r != '\t') || (r >= 0x7f && r <= 0x9f)
}

// EscapeText makes third-party text safe to print to a person's terminal:
// control characters (newline, carriage return, escape …), bidi formatting
// characters and invalid UTF-8 are shown as \xNN or \u{NNNN}; everything
// else is kept.
func EscapeText(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || Control(r) || Bidi(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case Control(r) && r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case Bidi(r):
			fmt.Fprintf(&b, `\u{%04x}`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// Text checks third-party text of a field (comments, tags, descriptions,
// CAA values): valid UTF-8 without control or bidi formatting characters.
func Text(field, s string) error { return printable(field, s) }
