package validate

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Terminal renders text for output a person reads in a terminal: control
// characters (C0, DEL, C1), bidirectional controls and other invisible
// format characters (U+202E, U+2066, zero-width joiners…) are shown as
// \u escapes so that record content cannot rewrite the screen, reorder what
// is shown, or hide text; invalid UTF-8 is shown as \x escapes. Newlines
// are escaped too: one value stays on one line.
func Terminal(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || unsafeRune(r) {
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
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	switch {
	case r == '\t':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r == 0x2028, r == 0x2029: // line and paragraph separators
		return true
	}
	return unicode.Is(unicode.Cf, r) // bidi controls, zero-width and other format characters
}
