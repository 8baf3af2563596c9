package validate

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

// Text checks third-party text of a field (comments, tags, descriptions,
// CAA values): valid UTF-8 without control or bidi formatting characters.
func Text(field, s string) error { return printable(field, s) }
