package validate

import "testing"

func TestTerminalEscapes(t *testing.T) {
	for in, want := range map[string]string{
		"example.com":         "example.com",
		"tab\tok":             "tab\tok",
		"a\x1b[2Jb":           `a\u001b[2Jb`,
		"line\nbreak":         `line\u000abreak`,
		"evil\u202eexe.txt":   `evil\u202eexe.txt`,
		"\u2066isolate\u2069": `\u2066isolate\u2069`,
		"zero\u200bwidth":     `zero\u200bwidth`,
		"c1\u009bx":           `c1\u009bx`,
		"bad\xffutf8":         `bad\xffutf8`,
		"ünïcödé stays":       "ünïcödé stays",
		"sep\u2028x":          `sep\u2028x`,
	} {
		if got := Terminal(in); got != want {
			t.Errorf("Terminal(%q) = %q, want %q", in, got, want)
		}
	}
}
