package routing

import (
	"regexp/syntax"
	"strings"
)

// requiredLiterals derives from a pattern a set of literal strings of which
// every match must contain at least one; ok is false when no such set can
// be derived. Checking the set with strings.Contains before running the
// pattern skips most patterns on most texts without changing any result.
func requiredLiterals(pattern string) (lits []string, ok bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, false
	}
	return required(re.Simplify())
}

func required(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpCapture:
		return required(re.Sub[0])
	case syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil, false
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			l, ok := required(sub)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, true
	case syntax.OpConcat:
		var best []string
		bestLen := 0
		for _, sub := range re.Sub {
			l, ok := required(sub)
			if !ok {
				continue
			}
			if m := shortest(l); m > bestLen {
				best, bestLen = l, m
			}
		}
		return best, best != nil
	}
	return nil, false
}

func shortest(xs []string) int {
	m := -1
	for _, x := range xs {
		if m < 0 || len(x) < m {
			m = len(x)
		}
	}
	return m
}

// mayMatch reports whether text contains one of lits (always true without
// a literal set).
func mayMatch(text string, lits []string, ok bool) bool {
	if !ok {
		return true
	}
	for _, l := range lits {
		if strings.Contains(text, l) {
			return true
		}
	}
	return false
}
