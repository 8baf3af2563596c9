package layer0

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// Leading-literal extraction. A rule whose every match must begin with one
// of a small set of literal strings is run anchored, only at the positions
// where the Aho-Corasick pass found one of those literals at a word start,
// instead of as an unanchored search over the whole text. This keeps each
// classification to a few microseconds however many rules there are.

const (
	maxLeads      = 256
	maxLeadRunes  = 12
	goodLeadRunes = 4 // leads this long are selective enough; stop extending
)

type leadSet struct {
	strs  []string
	empty bool // the expression can match the empty string
	exact bool // the expression matches exactly the strings in strs
}

// leadingLiterals returns literals one of which starts every match of
// pattern, or ok=false when no such small set exists (or the pattern uses
// position assertions other than word boundaries).
func leadingLiterals(pattern string) ([]string, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, false
	}
	ls, ok := leads(re.Simplify())
	if !ok || ls.empty || len(ls.strs) == 0 {
		return nil, false
	}
	for _, s := range ls.strs {
		if s == "" {
			return nil, false
		}
		r, _ := utf8.DecodeRuneInString(s)
		if r == ' ' || r == '\t' || r == '\r' || r == '\v' || r == '\f' { // "\n" is allowed: it marks a line start
			return nil, false
		}
		// A single letter or digit would fire on too many words.
		if utf8.RuneCountInString(s) == 1 && isWordByte(s[0]) {
			return nil, false
		}
	}
	return truncateLeads(ls.strs, maxLeadBytes), true
}

// maxLeadBytes caps anchor length: a short prefix is selective enough (the
// expression confirms the rest) and keeps the automaton small.
const maxLeadBytes = 6

func truncateLeads(strs []string, n int) []string {
	seen := make(map[string]bool, len(strs))
	out := make([]string, 0, len(strs))
	for _, s := range strs {
		if len(s) > n {
			cut := n
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
			if cut > 0 {
				s = s[:cut]
			}
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func leads(re *syntax.Regexp) (leadSet, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return leadSet{empty: true, exact: true, strs: []string{""}}, true
	case syntax.OpLiteral:
		s := string(re.Rune)
		if re.Flags&syntax.FoldCase != 0 {
			s = strings.ToLower(s)
		}
		return leadSet{strs: []string{s}, exact: true}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) >= 16 {
					return leadSet{}, false
				}
				if r >= 'A' && r <= 'Z' {
					continue // input is lower-cased
				}
				out = append(out, string(r))
			}
		}
		return leadSet{strs: out, exact: true}, true
	case syntax.OpCapture:
		return leads(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		l, ok := leads(re.Sub[0])
		if !ok {
			return l, false
		}
		l.empty = true
		if re.Op == syntax.OpQuest && l.exact {
			l.strs = append(l.strs, "")
			return l, true
		}
		l.exact = false
		return l, true
	case syntax.OpPlus:
		l, ok := leads(re.Sub[0])
		l.exact = false
		return l, ok
	case syntax.OpRepeat:
		l, ok := leads(re.Sub[0])
		if !ok {
			return l, false
		}
		if re.Min == 0 {
			l.empty = true
		}
		if !(re.Min == 1 && re.Max == 1) {
			l.exact = false
		}
		return l, true
	case syntax.OpAlternate:
		var out leadSet
		out.exact = true
		for _, sub := range re.Sub {
			l, ok := leads(sub)
			if !ok {
				return l, false
			}
			out.strs = append(out.strs, l.strs...)
			out.empty = out.empty || l.empty
			out.exact = out.exact && l.exact
			if len(out.strs) > maxLeads {
				return out, false
			}
		}
		return out, true
	case syntax.OpConcat:
		return concatLeads(re.Sub)
	}
	return leadSet{}, false
}

// concatLeads computes leads of a concatenation: the first element's leads,
// extended by the following elements while they are exact finite sets.
func concatLeads(subs []*syntax.Regexp) (leadSet, bool) {
	acc := leadSet{strs: []string{""}, exact: true, empty: true}
	for i, sub := range subs {
		l, ok := leads(sub)
		if !ok {
			if i == 0 || acc.isOnlyEmpty() {
				return l, false
			}
			return acc.prefixes(), true
		}
		if !l.exact {
			if acc.isOnlyEmpty() {
				if l.empty {
					// Optional first element: a match may start with it or
					// with whatever follows.
					rest, ok := concatLeads(subs[i+1:])
					if !ok {
						return rest, false
					}
					l.strs = append(append([]string(nil), l.strs...), rest.strs...)
					l.empty = rest.empty
					return l, len(l.strs) <= maxLeads
				}
				return l, true
			}
			// Extend each accumulated prefix by this element's leads when
			// it cannot be empty; otherwise stop at what we have.
			if !l.empty {
				if x, ok := cross(acc.strs, l.strs); ok {
					return leadSet{strs: x}, true
				}
			}
			return acc.prefixes(), true
		}
		x, ok := cross(acc.strs, l.strs)
		if !ok {
			return acc.prefixes(), !acc.isOnlyEmpty()
		}
		acc.strs = x
		acc.empty = acc.empty && l.empty
		if acc.longEnough() || (!acc.empty && acc.allAtLeast(goodLeadRunes)) {
			acc.exact = false
			return acc, true
		}
	}
	return acc, true
}

func (l leadSet) isOnlyEmpty() bool {
	for _, s := range l.strs {
		if s != "" {
			return false
		}
	}
	return true
}

// prefixes drops exactness: the strings are only prefixes of matches.
func (l leadSet) prefixes() leadSet {
	l.exact = false
	if l.empty {
		// Some match starts with nothing known: no usable lead set.
		for _, s := range l.strs {
			if s == "" {
				return leadSet{strs: []string{""}}
			}
		}
	}
	return l
}

// longEnough reports whether every lead has at least maxLeadRunes runes or
// is unlikely to gain from extension.
func (l leadSet) longEnough() bool {
	for _, s := range l.strs {
		if utf8.RuneCountInString(s) < maxLeadRunes {
			return false
		}
	}
	return true
}

func (l leadSet) allAtLeast(n int) bool {
	for _, s := range l.strs {
		if utf8.RuneCountInString(s) < n {
			return false
		}
	}
	return true
}

func cross(a, b []string) ([]string, bool) {
	if len(a)*len(b) > maxLeads {
		return nil, false
	}
	seen := make(map[string]bool, len(a)*len(b))
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			s := x + y
			if utf8.RuneCountInString(s) > maxLeadRunes {
				s = string([]rune(s)[:maxLeadRunes])
			}
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out, true
}
