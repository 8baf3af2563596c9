package layer0

import (
	"regexp/syntax"
	"strings"
)

// Spaced literals. Many expressions put a phrase after a gap of words,
// "\bdelete\b(?:\s+\S+){0,3}?\s+(?:the )?(?:ns records?|nameservers?)": a
// match contains "ns record" or "nameserver" right after a space, which a
// text saying "delete all dns records" lacks although it contains both the
// lead and "ns record". Such a set is checked before the expression runs
// (lazyRegexp): exact, as every match has the literal after a space, so it
// changes no answer, only skips expressions that cannot match.

// maxSpacedLits bounds a spaced set: a large one costs about as much to
// look for as the expression it would spare.
const maxSpacedLits = 16

// minSpacedLength is the shortest literal of a set lazyRegexp checks:
// shorter ones ("to", "is") follow a space in nearly every text.
const minSpacedLength = 3

// spacedLiterals returns sets of strings such that every match of pattern
// contains, for each set, one of its strings preceded by a space character
// (isSpaceByte) that is part of the match; nil when it finds none. It
// gives up on case-folded literals (the text is not lowered for them).
func spacedLiterals(pattern string) [][]string {
	sets, _ := spacedLiteralsRuns(pattern)
	return sets
}

// spacedLiteralsRuns is spacedLiterals with, for each set, the most runs
// of Perl space characters (isPerlSpace) the part of a match before the
// set's string can hold, or -1 when there is no bound ("\s+\S+" twice
// holds two; ".*" any number).
func spacedLiteralsRuns(pattern string) ([][]string, []int) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || hasFoldCase(re) {
		return nil, nil
	}
	re = re.Simplify()
	switch re.Op {
	case syntax.OpConcat:
		return spacedInConcat(re.Sub)
	case syntax.OpAlternate:
		// Every branch needs one; their union is then required, as far
		// into the match as the farthest.
		var union []string
		most := 0
		for _, sub := range re.Sub {
			var branch [][]string
			var runs []int
			if sub.Op == syntax.OpConcat {
				branch, runs = spacedInConcat(sub.Sub)
			}
			if len(branch) == 0 {
				return nil, nil
			}
			best := 0
			for k := range branch[1:] {
				if better(branch[k+1], branch[best]) {
					best = k + 1
				}
			}
			union = append(union, branch[best]...)
			if most >= 0 && (runs[best] < 0 || runs[best] > most) {
				most = runs[best]
			}
		}
		union = prefixMinimal(union)
		if len(union) > maxSpacedLits {
			return nil, nil
		}
		return [][]string{union}, []int{most}
	}
	return nil, nil
}

// spacedInConcat lists the sets of the elements of a concatenation that
// always follow a space character matched by an earlier element, and for
// each the most space runs the elements before it can match (-1: no bound).
func spacedInConcat(subs []*syntax.Regexp) ([][]string, []int) {
	var sets [][]string
	var runs []int
	afterSpace := false // the character before the current element is a space
	before := 0         // the most space runs of the elements so far; -1 unbounded
	for i, sub := range subs {
		if afterSpace {
			// The strings of the run of finite elements from here: the
			// parser splits "(?:ns records?|nameservers?)" into "n" and
			// "(?:s records?|ameservers?)".
			set, ok := exactSet(sub)
			// An optional first element ("(?:the )?") is left to the run
			// that starts after it, whose set is smaller.
			ok = ok && !containsStr(set, "")
			for j := i + 1; ok && j < len(subs); j++ {
				next, ok2 := exactSet(subs[j])
				if !ok2 {
					break
				}
				x, ok2 := crossAll(set, next)
				if !ok2 {
					break
				}
				set = x
			}
			if ok && !containsStr(set, "") {
				if set = prefixMinimal(set); len(set) <= maxSpacedLits && shortest(set) >= minMustLength {
					sets = append(sets, set)
					runs = append(runs, before)
				}
			}
		}
		canEmpty, endsSpace := spaceEnd(sub)
		switch {
		case !endsSpace:
			afterSpace = false
		case !canEmpty:
			afterSpace = true
		}
		// An element that may match nothing and otherwise ends with a
		// space leaves afterSpace as it was.
		if r := spaceRuns(sub); r < 0 || before < 0 {
			before = -1
		} else {
			before += r
		}
	}
	if len(sets) > maxMustSets {
		sets, runs = sets[:maxMustSets], runs[:maxMustSets]
	}
	return sets, runs
}

// maxSpaceRuns caps spaceRuns' counts: a bound that large spares nothing.
const maxSpaceRuns = 1 << 12

// spaceRuns returns the most maximal runs of Perl space characters
// (isPerlSpace) a match of re can hold, or -1 when it has no bound. Runs
// of consecutive elements may merge into one, so the sum over a
// concatenation bounds its runs.
func spaceRuns(re *syntax.Regexp) int {
	add := func(a, b int) int {
		if a < 0 || b < 0 || a+b > maxSpaceRuns {
			return -1
		}
		return a + b
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return 0
	case syntax.OpLiteral:
		n, in := 0, false
		for _, r := range re.Rune {
			sp := r < 0x80 && isPerlSpace(byte(r))
			if sp && !in {
				n++
			}
			in = sp
		}
		return n
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for _, c := range []rune{'\t', '\n', '\f', '\r', ' '} {
				if re.Rune[i] <= c && c <= re.Rune[i+1] {
					return 1
				}
			}
		}
		return 0
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpQuest:
		return spaceRuns(re.Sub[0])
	case syntax.OpPlus, syntax.OpStar:
		r := spaceRuns(re.Sub[0])
		if r == 0 {
			return 0
		}
		if isSpaceClass(re.Sub[0]) {
			return 1 // one run however long
		}
		return -1
	case syntax.OpRepeat:
		r := spaceRuns(re.Sub[0])
		switch {
		case r == 0:
			return 0
		case r < 0 || re.Max < 0:
			return -1
		case isSpaceClass(re.Sub[0]):
			return 1
		}
		total := 0
		for k := 0; k < re.Max; k++ {
			if total = add(total, r); total < 0 {
				return -1
			}
		}
		return total
	case syntax.OpAlternate:
		most := 0
		for _, sub := range re.Sub {
			r := spaceRuns(sub)
			if r < 0 {
				return -1
			}
			most = max(most, r)
		}
		return most
	case syntax.OpConcat:
		total := 0
		for _, sub := range re.Sub {
			if total = add(total, spaceRuns(sub)); total < 0 {
				return -1
			}
		}
		return total
	}
	return -1
}

// isSpaceClass reports whether re matches only Perl space characters, one
// at a time (so that a repetition of it is one run).
func isSpaceClass(re *syntax.Regexp) bool {
	if re.Op != syntax.OpCharClass || len(re.Rune) == 0 {
		return false
	}
	for i := 0; i+1 < len(re.Rune); i += 2 {
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			if r >= 0x80 || !isPerlSpace(byte(r)) {
				return false
			}
		}
	}
	return true
}

// isPerlSpace is \s: tab, newline, form feed, carriage return, space.
func isPerlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// spaceEnd reports whether re can match the empty string, and whether
// every non-empty match of re ends with a space character (false when not
// known).
func spaceEnd(re *syntax.Regexp) (canEmpty, endsSpace bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		return false, isSpaceRune(re.Rune[len(re.Rune)-1])
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return false, false
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if !isSpaceRune(r) {
					return false, false
				}
			}
		}
		return false, true
	case syntax.OpCapture:
		return spaceEnd(re.Sub[0])
	case syntax.OpPlus:
		return spaceEnd(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		_, es := spaceEnd(re.Sub[0])
		return true, es
	case syntax.OpRepeat:
		ce, es := spaceEnd(re.Sub[0])
		if re.Max == 0 {
			return true, true
		}
		return ce || re.Min == 0, es
	case syntax.OpAlternate:
		canEmpty, endsSpace = false, true
		for _, sub := range re.Sub {
			ce, es := spaceEnd(sub)
			canEmpty = canEmpty || ce
			endsSpace = endsSpace && es
		}
		return canEmpty, endsSpace
	case syntax.OpConcat:
		// The last element that cannot be empty decides; those after it
		// (which may be empty) must end with a space when they are not.
		canEmpty, endsSpace = true, true
		for i := len(re.Sub) - 1; i >= 0; i-- {
			ce, es := spaceEnd(re.Sub[i])
			endsSpace = endsSpace && es
			if !ce {
				return false, endsSpace
			}
		}
		return true, endsSpace
	}
	return false, false
}

// isSpaceRune is every character \s, [[:space:]] and \pZ's ASCII part can
// match; isSpaceByte checks the text for the same set.
func isSpaceRune(r rune) bool { return r < 0x80 && isSpaceByte(byte(r)) }

func isSpaceByte(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// hasFoldCase reports whether re has a case-folded literal or class.
func hasFoldCase(re *syntax.Regexp) bool {
	if re.Flags&syntax.FoldCase != 0 && (re.Op == syntax.OpLiteral || re.Op == syntax.OpCharClass) {
		return true
	}
	for _, sub := range re.Sub {
		if hasFoldCase(sub) {
			return true
		}
	}
	return false
}

// prefixMinimal drops the strings that start with another string of the
// set (the shorter one follows the same space), and duplicates. (minimal,
// which drops a string containing another anywhere, would not do: "mail"
// in "email" does not follow a space.)
func prefixMinimal(set []string) []string {
	out := make([]string, 0, len(set))
outer:
	for i, s := range set {
		for j, t := range set {
			if i != j && t != "" && strings.HasPrefix(s, t) && (len(t) < len(s) || j < i) {
				continue outer
			}
		}
		out = append(out, s)
	}
	return out
}

// spacedSet is a set of spacedLiterals with the first bytes of its
// strings, for one pass over a text's space characters (in).
type spacedSet struct {
	lits  []string
	first [4]uint64 // bit c: a string starts with byte c
	// runs, when not negative, is the most runs of Perl space characters
	// the text before the string can hold (the expression is anchored at
	// the text's start): the search stops past them.
	runs int
}

func newSpacedSet(lits []string, runs int) spacedSet {
	set := spacedSet{lits: lits, runs: runs}
	for _, x := range lits {
		set.first[x[0]>>6] |= 1 << (x[0] & 63)
	}
	return set
}

// in reports whether s has one of the strings right after a space
// character of s. It looks only after the space characters
// of s, and there only for the strings that start with the next byte.
func (set *spacedSet) in(s string) bool {
	runs := 0 // runs of Perl space characters in s[:p]
	for p := 1; p < len(s); p++ {
		if isPerlSpace(s[p-1]) && (p == 1 || !isPerlSpace(s[p-2])) {
			runs++
			if set.runs >= 0 && runs > set.runs {
				return false // and so at every later p
			}
		}
		c := s[p]
		if set.first[c>>6]&(1<<(c&63)) == 0 || !isSpaceByte(s[p-1]) {
			continue
		}
		for _, x := range set.lits {
			if x[0] == c && strings.HasPrefix(s[p:], x) {
				return true
			}
		}
	}
	return false
}
