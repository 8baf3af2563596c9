package rules

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Large regular expressions (the attack-class rules are alternations of a
// hundred constructs) are slow in Go's regexp: past a few hundred
// instructions it runs the NFA simulation over the whole program, at about
// 1 ms per kilobyte of text. A reMatcher answers the same question (does
// the pattern match anywhere in s?) faster and with the same result:
//
//   - a top-level alternation A|B|C matches s exactly when one of A, B, C
//     does, so each alternative is compiled on its own (small programs run
//     on the backtracker or the one-pass engine);
//   - each alternative carries required literals computed from its syntax
//     tree (regexp/syntax): sets of strings of which at least one must occur
//     in any text it matches. An alternative whose requirement fails is not
//     run. Case-insensitive literals are compared on the text folded the way
//     regexp folds runes (each rune replaced by the smallest rune of its
//     simple-fold orbit), so (?i)select still sees "ſelect".
//
// The requirements are necessary conditions only; whenever one cannot be
// computed exactly (a literal or class that could match an invalid UTF-8
// byte, a class of more than a few runes, an optional part) it is left out
// and the alternative runs. A sub-pattern is used only when re-parsing its
// printed form gives back the same syntax tree; otherwise the whole pattern
// runs as before.

// prefilterMinInst is the program size from which a pattern is split and
// prefiltered; smaller ones already run on Go's fast engines.
const prefilterMinInst = 300

// Limits of a requirement: runes expanded from one class, strings in one
// set, sets kept per alternative.
const (
	maxClassRunes = 16
	maxSetStrings = 256
	maxProduct    = 64
	maxReqSets    = 3
)

type reMatcher struct {
	parts []rePart
	sets  []litSet // the distinct requirement sets of all parts
}

type rePart struct {
	re  *regexp.Regexp
	req []int // indexes in sets; all must hold
	// When every match starts with one of the first literals (after a
	// leading \b when wordB), anch — the part anchored at the start of
	// the text, without that \b — runs at each place one occurs
	// instead of re scanning the whole text.
	anch  *regexp.Regexp
	first litSet
	wordB bool
}

// litSet holds when one of exact occurs in the text or one of fold in the
// folded text.
type litSet struct {
	exact []string
	fold  []string
}

func (l litSet) size() int { return len(l.exact) + len(l.fold) }

// score orders sets by selectivity: longer shortest string first, then
// fewer strings.
func (l litSet) score() (int, int) {
	m := 1 << 30
	for _, s := range l.exact {
		m = min(m, len(s))
	}
	for _, s := range l.fold {
		m = min(m, len(s))
	}
	return m, -l.size()
}

func better(a, b litSet) bool {
	am, an := a.score()
	bm, bn := b.score()
	if am != bm {
		return am > bm
	}
	return an > bn
}

// matcherCache keeps built matchers by Go pattern (nil: not worth it), so
// a rule compiled again (each replay of a proposal compiles it) does not
// split its patterns again. Bounded: emptied when full.
var (
	matcherMu    sync.Mutex
	matcherCache = map[string]*reMatcher{}
)

const maxCachedMatchers = 128

// matcherFor returns the matcher of a compiled pattern, or nil when the
// pattern is small enough to run as it is.
func matcherFor(re *regexp.Regexp) *reMatcher {
	if re == nil {
		return nil
	}
	src := re.String()
	matcherMu.Lock()
	m, ok := matcherCache[src]
	matcherMu.Unlock()
	if ok {
		return m
	}
	m = buildMatcher(re, prefilterMinInst)
	matcherMu.Lock()
	if len(matcherCache) >= maxCachedMatchers {
		matcherCache = map[string]*reMatcher{}
	}
	matcherCache[src] = m
	matcherMu.Unlock()
	return m
}

// buildMatcher splits and prefilters re when its program has at least
// minInst instructions.
func buildMatcher(re *regexp.Regexp, minInst int) *reMatcher {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	if minInst > 0 {
		prog, err := syntax.Compile(tree.Simplify())
		if err != nil || len(prog.Inst) < minInst {
			return nil
		}
	}
	top := tree
	for top.Op == syntax.OpCapture {
		top = top.Sub[0]
	}
	m := &reMatcher{}
	var subs []*syntax.Regexp
	for _, a := range alternatives(top) {
		if more := alternatives(a); len(more) >= minDistribute && allStrong(more) {
			subs = append(subs, more...)
		} else {
			subs = append(subs, a)
		}
	}
	if len(subs) > maxParts {
		subs = alternatives(top)
	}
	for _, sub := range subs {
		pre, ok := compileSub(sub)
		if !ok {
			m.parts = nil
			break
		}
		part := rePart{re: pre, req: m.index(requirement(sub))}
		part.anchor(sub)
		m.parts = append(m.parts, part)
	}
	if m.parts == nil {
		m.sets = nil
		m.parts = []rePart{{re: re, req: m.index(requirement(top))}}
	}
	return m
}

// index records sets in m.sets once each and returns their indexes.
func (m *reMatcher) index(req []litSet) []int {
	var out []int
next:
	for _, l := range req {
		key := l.key()
		for i, x := range m.sets {
			if x.key() == key {
				out = append(out, i)
				continue next
			}
		}
		m.sets = append(m.sets, l)
		out = append(out, len(m.sets)-1)
	}
	return out
}

func (l litSet) key() string {
	return strings.Join(l.exact, "\x00") + "\x01" + strings.Join(l.fold, "\x00")
}

// Splitting limits: an alternation inside a concatenation is distributed
// (x(a|b)y → xay|xby) when it has at least minDistribute branches, and a
// pattern is split into at most maxParts parts.
const (
	minDistribute = 8
	maxParts      = 1024
	strongLit     = 3
)

// allStrong reports whether each pattern requires a literal of at least
// strongLit bytes: distributing pays only when every branch it makes can
// be skipped on most texts.
func allStrong(res []*syntax.Regexp) bool {
	for _, re := range res {
		b, ok := analyse(re).best()
		if !ok {
			return false
		}
		if m, _ := b.score(); m < strongLit {
			return false
		}
	}
	return true
}

func stripCapture(re *syntax.Regexp) *syntax.Regexp {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	return re
}

// alternatives returns patterns that together match what re matches (one
// matches a text exactly when re does): the branches of an alternation,
// or a concatenation distributed over its largest alternation. nil: re
// does not split.
func alternatives(re *syntax.Regexp) []*syntax.Regexp {
	re = stripCapture(re)
	switch re.Op {
	case syntax.OpAlternate:
		return re.Sub
	case syntax.OpConcat:
		k, most := -1, 1
		for i, s := range re.Sub {
			if s = stripCapture(s); s.Op == syntax.OpAlternate && len(s.Sub) > most {
				k, most = i, len(s.Sub)
			}
		}
		if k < 0 {
			return nil
		}
		var out []*syntax.Regexp
		for _, a := range stripCapture(re.Sub[k]).Sub {
			seq := append(append(append([]*syntax.Regexp{}, re.Sub[:k]...), a), re.Sub[k+1:]...)
			out = append(out, &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: seq})
		}
		return out
	}
	return nil
}

// anchor sets the part's anchored form when its matches can only start
// with a known literal: the first element (after an optional \b) is a
// literal, class or alternation of literals that cannot match empty.
func (p *rePart) anchor(sub *syntax.Regexp) {
	sub = stripCapture(sub)
	if sub.Op != syntax.OpConcat || len(sub.Sub) < 2 {
		return
	}
	elems := sub.Sub
	wordB := false
	if elems[0].Op == syntax.OpWordBoundary {
		wordB, elems = true, elems[1:]
	}
	// Every string the first element can match, not a minimal set: a
	// match of SHELL_EXEC starts before the EXEC inside it.
	ex := analyse(elems[0]).exact
	if len(ex) == 0 || len(ex) > maxSetStrings {
		return
	}
	first, ok := distinctLits(ex)
	if !ok {
		return
	}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Flags: sub.Flags, Sub: elems}
	if len(elems) == 1 {
		rest = elems[0]
	}
	s := rest.String()
	back, err := syntax.Parse(s, syntax.Perl)
	if err != nil || !sameMatch(back, rest) {
		return
	}
	anch, err := regexp.Compile(`\A(?:` + s + `)`)
	if err != nil {
		return
	}
	p.anch, p.first, p.wordB = anch, first, wordB
}

// reWordByte is a \b word character (ASCII, as in regexp/syntax).
func reWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// match runs the part on s; folded is s folded when s is ASCII (the same
// byte offsets), else "".
func (p *rePart) match(s, folded string, ascii bool) bool {
	if p.anch == nil || (len(p.first.fold) > 0 && !ascii) {
		return p.re.MatchString(s)
	}
	try := func(text, lit string) bool {
		for off := 0; off <= len(text); {
			j := strings.Index(text[off:], lit)
			if j < 0 {
				return false
			}
			at := off + j
			if p.wordB {
				before := at > 0 && reWordByte(s[at-1])
				after := at < len(s) && reWordByte(s[at])
				if before == after {
					off = at + 1
					continue
				}
			}
			if p.anch.MatchString(s[at:]) {
				return true
			}
			off = at + 1
		}
		return false
	}
	for _, l := range p.first.exact {
		if try(s, l) {
			return true
		}
	}
	for _, l := range p.first.fold {
		if try(folded, l) {
			return true
		}
	}
	return false
}

// compileSub compiles one alternative from its printed form, provided the
// printed form parses back to the same tree.
func compileSub(sub *syntax.Regexp) (*regexp.Regexp, bool) {
	s := sub.String()
	back, err := syntax.Parse(s, syntax.Perl)
	if err != nil || !sameMatch(back, sub) {
		return nil, false
	}
	re, err := regexp.Compile(s)
	if err != nil {
		return nil, false
	}
	return re, true
}

// sameMatch reports whether two trees match the same texts by
// construction: the same operators, runes, repeat counts and case folding
// of literals (capture numbers and names, which the re-parse renumbers,
// do not change what matches).
func sameMatch(x, y *syntax.Regexp) bool {
	if seq(x.Op) && seq(y.Op) {
		xs, ys := atoms(x, nil), atoms(y, nil)
		if len(xs) != len(ys) {
			return false
		}
		if len(xs) == 1 && xs[0].Op == syntax.OpLiteral && ys[0].Op == syntax.OpLiteral {
			return sameNode(xs[0], ys[0])
		}
		for i := range xs {
			if !sameMatch(xs[i], ys[i]) {
				return false
			}
		}
		return true
	}
	return sameNode(x, y)
}

func sameNode(x, y *syntax.Regexp) bool {
	if x.Op != y.Op || x.Min != y.Min || x.Max != y.Max || len(x.Sub) != len(y.Sub) || len(x.Rune) != len(y.Rune) {
		return false
	}
	if x.Op == syntax.OpLiteral && x.Flags&syntax.FoldCase != y.Flags&syntax.FoldCase {
		for _, r := range x.Rune {
			if unicode.SimpleFold(r) != r {
				return false
			}
		}
	}
	for i := range x.Rune {
		if x.Rune[i] != y.Rune[i] {
			return false
		}
	}
	for i := range x.Sub {
		if !sameMatch(x.Sub[i], y.Sub[i]) {
			return false
		}
	}
	return true
}

func seq(op syntax.Op) bool { return op == syntax.OpConcat || op == syntax.OpLiteral }

// atoms flattens nested concatenations and splits literals into one
// literal per rune, so that two groupings of one sequence compare equal.
func atoms(x *syntax.Regexp, out []*syntax.Regexp) []*syntax.Regexp {
	switch x.Op {
	case syntax.OpConcat:
		for _, s := range x.Sub {
			out = atoms(s, out)
		}
	case syntax.OpLiteral:
		if len(x.Rune) == 1 {
			return append(out, x)
		}
		for _, r := range x.Rune {
			out = append(out, &syntax.Regexp{Op: syntax.OpLiteral, Flags: x.Flags, Rune: []rune{r}})
		}
	default:
		out = append(out, x)
	}
	return out
}

// MatchString reports whether the pattern matches s, exactly as the
// whole compiled pattern would.
func (m *reMatcher) MatchString(s string) bool {
	var folded string
	haveFolded := false
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	fold := func() string {
		if !haveFolded {
			folded, haveFolded = foldText(s), true
		}
		return folded
	}
	// state of each set on s: 0 not known yet, 1 holds, 2 fails.
	var buf [256]uint8
	state := buf[:0]
	if len(m.sets) <= len(buf) {
		state = buf[:len(m.sets)]
	} else {
		state = make([]uint8, len(m.sets))
	}
	// The requirement checks read which bytes and byte pairs occur in s
	// (and in the folded s), gathered once: a literal can occur only if
	// all its pairs do. That is a necessary condition, as the requirement
	// itself is, so a set that passes on pairs alone only costs a run of
	// the part.
	var raw, folded2 pairSet
	haveRaw, haveFolded2 := false, false
	holds := func(i int) bool {
		if state[i] == 0 {
			l := &m.sets[i]
			if !haveRaw {
				raw.fill(s)
				haveRaw = true
			}
			ok := raw.anyOf(l.exact)
			if !ok && len(l.fold) > 0 {
				if !haveFolded2 {
					folded2.fill(fold())
					haveFolded2 = true
				}
				ok = folded2.anyOf(l.fold)
			}
			state[i] = 2
			if ok {
				state[i] = 1
			}
		}
		return state[i] == 1
	}
	for i := range m.parts {
		p := &m.parts[i]
		ok := true
		for _, k := range p.req {
			if !holds(k) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		f := ""
		if ascii && len(p.first.fold) > 0 {
			f = fold()
		}
		if p.match(s, f, ascii) {
			return true
		}
	}
	return false
}

// pairSet records the bytes and (hashed) adjacent byte pairs of a text.
type pairSet struct {
	bytes [4]uint64
	pairs [64]uint64 // 4096 buckets
}

func pairHash(a, b byte) uint { return (uint(a)*263 + uint(b)) & 4095 }

func (p *pairSet) fill(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		p.bytes[c>>6] |= 1 << (c & 63)
		if i+1 < len(s) {
			h := pairHash(c, s[i+1])
			p.pairs[h>>6] |= 1 << (h & 63)
		}
	}
}

// mayContain is false when lit cannot occur in the text (a byte or an
// adjacent pair of it is missing).
func (p *pairSet) mayContain(lit string) bool {
	if len(lit) == 1 {
		c := lit[0]
		return p.bytes[c>>6]&(1<<(c&63)) != 0
	}
	for i := 0; i+1 < len(lit); i++ {
		h := pairHash(lit[i], lit[i+1])
		if p.pairs[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

func (p *pairSet) anyOf(lits []string) bool {
	for _, l := range lits {
		if p.mayContain(l) {
			return true
		}
	}
	return false
}

// foldRune is the smallest rune of r's simple-fold orbit, the class of
// runes a case-insensitive regexp literal r matches.
func foldRune(r rune) rune {
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < m {
			m = f
		}
	}
	return m
}

// foldText replaces each rune of s by foldRune (ASCII letters become
// upper case). Invalid bytes become U+FFFD, which no requirement holds.
func foldText(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		return strings.Map(foldRune, s)
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// lit is a string a sub-pattern can match: exactly, or (fold) compared
// on folded text (foldString form).
type lit struct {
	s    string
	fold bool
}

// info is what a sub-pattern tells about the texts it matches: exact, when
// not nil, is every string it can match (at most maxSetStrings; "" when it
// can match the empty string); req are sets of which each must occur.
type info struct {
	exact []lit
	req   []litSet
}

var emptyInfo = info{exact: []lit{{}}}

func foldString(s string) string { return strings.Map(foldRune, s) }

func (l lit) folded() lit {
	if l.fold {
		return l
	}
	return lit{s: foldString(l.s), fold: true}
}

// setOf turns an exact list into a requirement; ok is false when one of
// the strings is empty (nothing is then required).
func setOf(ls []lit) (litSet, bool) {
	out, ok := distinctLits(ls)
	return out.minimal(), ok && len(ls) > 0
}

// distinctLits is every distinct string of an exact list, not minimised; ok is
// false when one of them is empty.
func distinctLits(ls []lit) (litSet, bool) {
	var out litSet
	seen := map[lit]bool{}
	for _, l := range ls {
		if l.s == "" {
			return litSet{}, false
		}
		if seen[l] {
			continue
		}
		seen[l] = true
		if l.fold {
			out.fold = append(out.fold, l.s)
		} else {
			out.exact = append(out.exact, l.s)
		}
	}
	return out, true
}

// minimal drops each string that contains a shorter one of the same kind
// (exact or folded): where the longer occurs, so does the shorter.
func (l litSet) minimal() litSet {
	keep := func(ss []string) []string {
		var out []string
		for i, x := range ss {
			dominated := false
			for j, y := range ss {
				if i != j && len(y) < len(x) && strings.Contains(x, y) || i > j && x == y {
					dominated = true
					break
				}
			}
			if !dominated {
				out = append(out, x)
			}
		}
		return out
	}
	return litSet{exact: keep(l.exact), fold: keep(l.fold)}
}

// best is the most selective set the info offers.
func (in info) best() (litSet, bool) {
	var b litSet
	ok := false
	cands := in.req
	if s, k := setOf(in.exact); k {
		cands = append(append([]litSet(nil), cands...), s)
	}
	for _, c := range cands {
		if !ok || better(c, b) {
			b, ok = c, true
		}
	}
	return b, ok
}

// requirement returns sets of which every one must hold in a text re
// matches (nil: nothing is required).
func requirement(re *syntax.Regexp) []litSet {
	in := analyse(re)
	var all []litSet
	all = append(all, in.req...)
	if s, ok := setOf(in.exact); ok {
		all = append(all, s)
	}
	sort.SliceStable(all, func(i, j int) bool { return better(all[i], all[j]) })
	if len(all) > maxReqSets {
		all = all[:maxReqSets]
	}
	return all
}

func hasCase(r rune) bool { return unicode.SimpleFold(r) != r }

func classHas(ranges []rune, r rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] <= r && r <= ranges[i+1] {
			return true
		}
	}
	return false
}

func analyse(re *syntax.Regexp) info {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return emptyInfo
	case syntax.OpLiteral:
		fold := false
		for _, r := range re.Rune {
			if r == utf8.RuneError {
				return info{}
			}
			if re.Flags&syntax.FoldCase != 0 && hasCase(r) {
				fold = true
			}
		}
		l := lit{s: string(re.Rune)}
		if fold {
			l = l.folded()
		}
		return info{exact: []lit{l}}
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if lo <= utf8.RuneError && utf8.RuneError <= hi {
				return info{}
			}
			n += int(hi-lo) + 1
			if n > 4*maxClassRunes {
				return info{}
			}
		}
		if n == 0 {
			return info{}
		}
		// A class closed under case folding is kept as folded runes
		// ([Ss\x{17F}] is one folded "S").
		closed := true
		var runes []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				runes = append(runes, r)
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					if !classHas(re.Rune, f) {
						closed = false
					}
				}
			}
		}
		var out []lit
		seen := map[lit]bool{}
		for _, r := range runes {
			l := lit{s: string(r)}
			if closed && hasCase(r) {
				l = l.folded()
			}
			if !seen[l] {
				seen[l] = true
				out = append(out, l)
			}
		}
		if len(out) > maxClassRunes {
			return info{}
		}
		return info{exact: out}
	case syntax.OpCapture:
		return analyse(re.Sub[0])
	case syntax.OpQuest:
		in := analyse(re.Sub[0])
		if in.exact == nil {
			return info{}
		}
		return info{exact: append(append([]lit(nil), in.exact...), lit{})}
	case syntax.OpPlus:
		return info{req: reqOf(analyse(re.Sub[0]))}
	case syntax.OpRepeat:
		if re.Min < 1 {
			return info{}
		}
		in := analyse(re.Sub[0])
		if re.Min == 1 && re.Max == 1 {
			return in
		}
		return info{req: reqOf(in)}
	case syntax.OpAlternate:
		var ex []lit
		exact := true
		for _, s := range re.Sub {
			in := analyse(s)
			if in.exact == nil || len(ex)+len(in.exact) > maxSetStrings {
				exact = false
				break
			}
			ex = append(ex, in.exact...)
		}
		if exact {
			return info{exact: ex}
		}
		var u litSet
		for _, s := range re.Sub {
			b, ok := analyse(s).best()
			if !ok {
				return info{}
			}
			u.exact = append(u.exact, b.exact...)
			u.fold = append(u.fold, b.fold...)
			if u.size() > maxSetStrings {
				return info{}
			}
		}
		return info{req: []litSet{u.minimal()}}
	case syntax.OpConcat:
		var req []litSet
		cur := []lit{{}}
		broken := false
		flush := func() {
			if s, ok := setOf(cur); ok {
				req = append(req, s)
			}
			cur = []lit{{}}
		}
		for _, s := range re.Sub {
			in := analyse(s)
			req = append(req, in.req...)
			if in.exact == nil {
				flush()
				broken = true
				continue
			}
			if len(cur)*len(in.exact) > maxProduct {
				flush()
				broken = true
			}
			cur = product(cur, in.exact)
		}
		if !broken {
			return info{exact: cur, req: req}
		}
		flush()
		return info{req: req}
	}
	return info{}
}

func reqOf(in info) []litSet {
	out := append([]litSet(nil), in.req...)
	if s, ok := setOf(in.exact); ok {
		out = append(out, s)
	}
	return out
}

func product(a, b []lit) []lit {
	out := make([]lit, 0, len(a)*len(b))
	seen := map[lit]bool{}
	for _, x := range a {
		for _, y := range b {
			var l lit
			if x.fold || y.fold {
				l = lit{s: x.folded().s + y.folded().s, fold: true}
			} else {
				l = lit{s: x.s + y.s}
			}
			if !seen[l] {
				seen[l] = true
				out = append(out, l)
			}
		}
	}
	return out
}
