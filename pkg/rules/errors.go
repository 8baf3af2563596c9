package rules

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Error is one positioned problem in an expression. Line and Column are
// 1-based; Column counts characters (Unicode code points), not bytes.
type Error struct {
	Offset  int    `json:"-"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
	Hint    string `json:"hint"`
}

func (e *Error) Error() string {
	s := fmt.Sprintf("%d:%d: %s", e.Line, e.Column, e.Message)
	if e.Hint != "" {
		s += " (hint: " + e.Hint + ")"
	}
	return s
}

// ErrorList is the error type returned by Parse, Check and Compile.
type ErrorList []*Error

func (l ErrorList) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

// lineCol converts a byte offset in src to a 1-based line and column.
func lineCol(src string, off int) (int, int) {
	if off > len(src) {
		off = len(src)
	}
	if off < 0 {
		off = 0
	}
	line, col := 1, 1
	for i := 0; i < off; {
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == '\n' {
			line++
			col = 1
		} else {
			col++
		}
		i += size
	}
	return line, col
}

func newError(src string, off int, hint, format string, args ...any) *Error {
	line, col := lineCol(src, off)
	return &Error{Offset: off, Line: line, Column: col, Message: fmt.Sprintf(format, args...), Hint: hint}
}

// thousands renders 4096 as "4,096".
func thousands(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
