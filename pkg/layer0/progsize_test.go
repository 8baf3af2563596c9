package layer0

import (
	"regexp/syntax"
	"testing"
)

// Go's regexp runs a program of at most 500 instructions on its
// backtracking matcher and falls back to the much slower NFA above that;
// every shipped expression must fit (split a large alternation with grid
// or chunked instead).
func TestShippedExpressionsFitTheBacktracker(t *testing.T) {
	const maxBacktrackProg = 500 // regexp/backtrack.go
	for _, p := range shippedPatterns(t) {
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(re.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		if n := len(prog.Inst); n > maxBacktrackProg {
			t.Errorf("%d instructions (at most %d run on the backtracker): %.80s…", n, maxBacktrackProg, p)
		}
	}
}
