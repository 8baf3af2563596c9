package layer0

import (
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Required literals. Besides its leads (the literals a match starts with),
// most rules' expressions contain further literals one of which every match
// must include: the object of "ignore … previous instructions", the noun of
// "print … the api token". The automaton looks for those too, and a rule
// runs its expression only when one of them occurs in the view. Failing
// expressions are most of a scan's cost; this check is exact (a necessary
// condition derived from the expression itself), so it changes no answer.

const (
	maxMusts      = 48 // larger sets are not selective enough to pay for themselves
	minMustLength = 2  // single bytes occur in nearly every text
	maxMustBytes  = 8  // literals are looked for by their first bytes
	maxMustSets   = 3  // sets checked per rule
)

// shortRequiredLiterals returns the small sets of strings, one of each of
// which every match of pattern contains, that requiredLiterals leaves out
// for having a one-byte string ("=" or ":" of "key: value").
func shortRequiredLiterals(pattern string) [][]string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat {
		return nil
	}
	var sets [][]string
	keep := func(set []string) {
		set = minimal(set)
		if len(set) == 0 || len(set) > 4 || shortest(set) >= minMustLength || slices.Contains(set, "") {
			return
		}
		sets = append(sets, set)
	}
	for _, set := range concatCandidates(re.Sub) {
		keep(set)
	}
	for _, sub := range re.Sub {
		// Elements exactSet does not spell out: "(?:=|:|=>)" is parsed
		// as [:=]|=>.
		if set, ok := smallSet(sub); ok {
			keep(set)
		}
	}
	return sets
}

// smallSet is the set of at most 4 strings one of which every match of re
// starts with (its literals, the runes of its classes), when re is a
// literal, a class, or an alternation of them.
func smallSet(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == 4 {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return smallSet(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			set, ok := smallSet(sub)
			if !ok || len(out)+len(set) > 4 {
				return nil, false
			}
			out = append(out, set...)
		}
		return out, true
	}
	return nil, false
}

// requiredLiterals returns sets of strings such that every match of
// pattern contains one string of each set (most selective set first), or
// nil when no selective set is found.
func requiredLiterals(pattern string) [][]string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	var sets [][]string
	if re.Op == syntax.OpConcat {
		// Every element of the outermost concatenation is required on its
		// own: keep the most selective few, after the lead's.
		// The lead is the first element that consumes text, when it is
		// usable; a usable element after one that is not (an alternation
		// too large to spell out) is no lead, and is kept.
		var lead []string
		leading := true // no element that consumes text yet
		for _, set := range concatCandidates(re.Sub) {
			set = minimal(set)
			if !usable(set) {
				if len(set) != 1 || set[0] != "" {
					leading = false
				}
				continue
			}
			if leading {
				lead, leading = set, false
				continue
			}
			sets = append(sets, set)
		}
		if len(sets) == 0 && lead != nil {
			sets = append(sets, lead)
		}
		sort.SliceStable(sets, func(i, j int) bool { return better(sets[i], sets[j]) })
	} else if set, ok := musts(re, true); ok && usable(set) {
		sets = append(sets, set)
	}
	if len(sets) > maxMustSets {
		sets = sets[:maxMustSets]
	}
	for i, set := range sets {
		// A prefix of a required literal is required too: a short one
		// keeps the automaton small.
		set = minimal(truncateLeads(set, maxMustBytes))
		sort.Strings(set)
		sets[i] = set
	}
	if len(sets) == 0 {
		return nil
	}
	return sets
}

// musts computes a set one of whose strings every match of re contains.
// top marks the outermost expression, whose first required element is the
// rule's lead: a later element is preferred there, since the lead is
// already known to occur.
func musts(re *syntax.Regexp, top bool) ([]string, bool) {
	if set, ok := exactSet(re); ok {
		return set, usable(set)
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return musts(re.Sub[0], top)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return musts(re.Sub[0], top)
		}
		return nil, false
	case syntax.OpAlternate:
		var out []string
		seen := map[string]bool{}
		for _, sub := range re.Sub {
			set, ok := musts(sub, top)
			if !ok {
				return nil, false
			}
			for _, s := range set {
				if !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
			if len(out) > maxMusts {
				return nil, false
			}
		}
		return out, true
	case syntax.OpConcat:
		cands := concatCandidates(re.Sub)
		var best, lead []string
		found, skipped := false, false
		for _, set := range cands {
			set = minimal(set)
			if !usable(set) {
				continue
			}
			if top && !skipped {
				// The first required element carries the lead.
				lead, skipped = set, true
				continue
			}
			if !found || better(set, best) {
				best, found = set, true
			}
		}
		if !found && skipped {
			return lead, true
		}
		return best, found
	}
	return nil, false
}

// concatCandidates lists, for the elements of a concatenation, the sets one
// string of which each requires: each maximal run of elements matching
// finite sets of strings (crossed into whole words), and each other element
// (nil when it requires nothing).
func concatCandidates(subs []*syntax.Regexp) [][]string {
	var cands [][]string
	for i := 0; i < len(subs); {
		if _, ok := exactSet(subs[i]); ok {
			j := i
			acc := []string{""}
			for j < len(subs) {
				set, ok := exactSet(subs[j])
				if !ok {
					break
				}
				if x, ok := crossAll(acc, set); ok {
					acc = x
				} else {
					// Too many combinations: close the run here.
					break
				}
				j++
			}
			if j == i { // a single element too large to cross
				set, _ := exactSet(subs[i])
				acc, j = set, i+1
			}
			cands = append(cands, acc)
			i = j
			continue
		}
		if set, ok := musts(subs[i], false); ok {
			cands = append(cands, set)
		} else {
			cands = append(cands, nil)
		}
		i++
	}
	return cands
}

// exactSet returns the finite set of strings re matches, when it is small.
// Zero-width assertions match the empty string.
func exactSet(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		s := string(re.Rune)
		if re.Flags&syntax.FoldCase != 0 {
			// Views are lower-cased (see fold); a case-folded literal
			// occurs there in lower case.
			s = strings.ToLower(s)
		}
		return []string{s}, true
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpCapture:
		return exactSet(re.Sub[0])
	case syntax.OpQuest:
		set, ok := exactSet(re.Sub[0])
		if !ok {
			return nil, false
		}
		return append(append([]string(nil), set...), ""), true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			set, ok := exactSet(sub)
			if !ok {
				return nil, false
			}
			out = append(out, set...)
			if len(out) > maxMusts {
				return nil, false
			}
		}
		return out, true
	case syntax.OpConcat:
		acc := []string{""}
		for _, sub := range re.Sub {
			set, ok := exactSet(sub)
			if !ok {
				return nil, false
			}
			if acc, ok = crossAll(acc, set); !ok {
				return nil, false
			}
		}
		return acc, true
	}
	return nil, false
}

func crossAll(a, b []string) ([]string, bool) {
	if len(a)*len(b) > maxMusts {
		return nil, false
	}
	seen := make(map[string]bool, len(a)*len(b))
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			if s := x + y; !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out, true
}

// minimal drops the strings that contain another string of the set (the
// shorter one occurs wherever the longer does), and duplicates.
func minimal(set []string) []string {
	out := make([]string, 0, len(set))
outer:
	for i, s := range set {
		for j, t := range set {
			if i != j && t != "" && strings.Contains(s, t) && (len(t) < len(s) || j < i) {
				continue outer
			}
		}
		out = append(out, s)
	}
	return out
}

// usable reports a set selective enough to look for.
func usable(set []string) bool {
	return len(set) > 0 && len(set) <= maxMusts && shortest(set) >= minMustLength
}

// patternFacts are what the automaton needs of one expression.
type patternFacts struct {
	leads  []string   // leadingLiterals; nil when the expression cannot run anchored
	anchor bool       // leads were derived
	musts  [][]string // requiredLiterals
}

// factsOf returns the facts of pattern: from the table generated for the
// shipped expressions (leadtable_gen.go) when it has them, otherwise
// derived now. Deriving parses the expression, which for the shipped rules
// would be most of the cost of building a classifier.
func factsOf(pattern string) patternFacts {
	if f, ok := lookupFacts(pattern); ok {
		return f
	}
	return deriveFacts(pattern)
}

func deriveFacts(pattern string) patternFacts {
	var f patternFacts
	f.leads, f.anchor = leadingLiterals(pattern)
	f.musts = requiredLiterals(pattern)
	return f
}

// patternSum is the FNV-1a hash of pattern (hash/fnv's New64a, without
// copying the pattern into a byte slice for it).
func patternSum(pattern string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(pattern); i++ {
		h ^= uint64(pattern[i])
		h *= fnvPrime
	}
	return h
}

// factsIndex maps the generated table by pattern digest, built on first use.
var factsIndex = sync.OnceValue(func() map[uint64]int {
	m := make(map[uint64]int, len(generatedFacts))
	for i := range generatedFacts {
		m[generatedFacts[i].sum] = i
	}
	return m
})

func lookupFacts(pattern string) (patternFacts, bool) {
	i, ok := factsIndex()[patternSum(pattern)]
	if !ok || generatedFacts[i].size != len(pattern) {
		return patternFacts{}, false
	}
	g := &generatedFacts[i]
	return patternFacts{leads: g.leads, anchor: g.anchor, musts: g.musts}, true
}

// generatedFact is one row of the generated table.
type generatedFact struct {
	sum    uint64 // FNV-1a of the pattern
	size   int    // its length, a second check against collisions
	anchor bool
	leads  []string
	musts  [][]string
}

// better prefers sets whose shortest string has four bytes or more, then
// smaller sets, then longer shortest strings.
func better(a, b []string) bool {
	la, lb := shortest(a), shortest(b)
	if (la >= 4) != (lb >= 4) {
		return la >= 4
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return la > lb
}

func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}
