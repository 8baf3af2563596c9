package layer0

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/racetest"
)

// spacedLiterals finds the phrase after a gap, through optional words
// that end with a space, and gives nothing where a literal need not follow
// a space.
func TestSpacedLiteralsSets(t *testing.T) {
	for pattern, want := range map[string][][]string{
		`\bdelete\b(?:\s+\S+){0,3}?\s+(?:the |our )?(?:ns records?|nameservers?)\b`: {{"ns record", "nameserver"}},
		`(?:route)\s+(?:all|our)\s+(?:of\s+)?(?:e-?mails?|mail)\b`:                  {{"all", "our"}, {"email", "e-mail", "mail"}},
		`\bdrop\b\s+tables?|\bkill\b\s+(?:the )?tunnels?`:                           {{"table", "tunnel"}},
		`foo\s*bar`:             nil, // "bar" may follow "o"
		`foo(?:\s|x)bar`:        nil,
		`foo\s+(?:x|\S+\s)?bar`: nil, // "bar" may follow "x"
		`foo\s+(?:\S+\s)?bar`:   {{"bar"}},
		`foo\s+(?i:bar)`:        nil, // case-folded: the text is not lowered for it
		`foo\s+bar|baz`:         nil, // the second branch has none
		`foo\s+b`:               nil, // too short
	} {
		got := spacedLiterals(pattern)
		for _, set := range got {
			slices.Sort(set)
		}
		for _, set := range want {
			slices.Sort(set)
		}
		if !slices.EqualFunc(got, want, slices.Equal[[]string]) {
			t.Errorf("%s: %q, want %q", pattern, got, want)
		}
	}
}

// Checking the spaced literals before running an expression answers as the
// expression alone, for every rule and intent detector, on windows at every
// word start of texts where the literals occur without a space before them
// ("dns records") and with other space characters, and spares some
// expressions.
func TestSpacedLiteralsAnswerAsTheExpression(t *testing.T) {
	racetest.SkipHeavy(t) // every shipped expression against its prefilter: no concurrency, minutes under -race
	texts := []string{
		"please delete all dns records in example.com and remove the nameservers",
		"delete all dns records in example.com.",
		"route all our email to mx.competitor-mail.com.",
		"route all our e-mail to mx.example.net and forward all mail to x",
		fold(benchAttack), fold(benchBenign),
	}
	for i, in := range goldenInputs(t) {
		if in.Text != "" && len(in.Text) < 400 && i%3 == 0 {
			texts = append(texts, fold(in.Text))
		}
	}
	n := len(texts)
	for i, s := range texts[:n] {
		if i < 6 || i%4 == 0 {
			texts = append(texts, strings.ReplaceAll(s, " ", "\n"), strings.ReplaceAll(s, " ", "\t "), strings.ReplaceAll(s, " d", "d"))
		}
	}
	type expr struct {
		name string
		l    *lazyRegexp
	}
	var exprs []expr
	for _, r := range builtinRules {
		ps := r.Patterns
		if len(ps) == 0 {
			ps = []string{r.Pattern}
		}
		for _, p := range ps {
			if factsOf(p).anchor {
				exprs = append(exprs, expr{r.ID, &lazyRegexp{src: p, wrap: true, shortMusts: true}})
			}
		}
	}
	for name, gs := range allIntentDetectors() {
		for i := range gs {
			exprs = append(exprs, expr{name + "/" + gs[i].pattern[:min(20, len(gs[i].pattern))], &lazyRegexp{src: gs[i].pattern, wrap: true, fold: true, musts: true}})
		}
	}
	withSets, spared, bounded := 0, 0, 0
	for _, e := range exprs {
		e.l.findIndex("")
		if len(e.l.spaced) == 0 {
			continue
		}
		withSets++
		plain := regexp.MustCompile(e.l.String())
		for _, text := range texts {
			for p := 0; p < len(text); p++ {
				if p > 0 && isWordByte(text[p-1]) {
					continue
				}
				w := text[p:min(len(text), p+anchoredWindow)]
				got, want := e.l.findIndex(w), plain.FindStringIndex(w)
				if (got == nil) != (want == nil) || (got != nil && (got[0] != want[0] || got[1] != want[1])) {
					t.Fatalf("%s on %q: %v, the expression alone %v", e.name, w, got, want)
				}
				if want == nil && e.l.mustsIn(w) && !e.l.spacedIn(w) {
					spared++
				}
				for _, set := range e.l.spaced {
					if set.in(w) != spacedInRuns(w, set.lits, set.runs) {
						t.Fatalf("%s on %q: spaced set %q (runs %d) found %v by its first bytes, %v by search", e.name, w, set.lits, set.runs, set.in(w), spacedInRuns(w, set.lits, set.runs))
					}
					if set.runs >= 0 {
						bounded++
					}
				}
			}
		}
	}
	t.Logf("%d expressions with spaced literals; %d windows spared the expression", withSets, spared)
	if withSets < 50 || spared == 0 || bounded == 0 {
		t.Errorf("spaced literals for only %d expressions, sparing %d", withSets, spared)
	}
}

// spacedIn, the reference for spacedSet.in, reports whether s has one of set's strings right after a space
// character of s.
func spacedIn(s string, set []string) bool {
	for _, x := range set {
		for off := 1; off+len(x) <= len(s); {
			i := strings.Index(s[off:], x)
			if i < 0 {
				break
			}
			if p := off + i; isSpaceByte(s[p-1]) {
				return true
			} else {
				off = p + 1
			}
		}
	}
	return false
}

// spacedInRuns is spacedIn where, when runs is not negative, the text
// before the string holds at most runs runs of Perl space characters.
func spacedInRuns(s string, set []string, runs int) bool {
	for _, x := range set {
		for off := 1; off+len(x) <= len(s); {
			i := strings.Index(s[off:], x)
			if i < 0 {
				break
			}
			p := off + i
			off = p + 1
			if !isSpaceByte(s[p-1]) {
				continue
			}
			n := 0
			for k := 0; k < p; k++ {
				if isPerlSpace(s[k]) && (k == 0 || !isPerlSpace(s[k-1])) {
					n++
				}
			}
			if runs < 0 || n <= runs {
				return true
			}
		}
	}
	return false
}

// spacedLiteralsRuns bounds the space runs before a phrase by the
// expression's gaps, and gives no bound past an unbounded one.
func TestSpacedLiteralsRuns(t *testing.T) {
	for pattern, want := range map[string][]int{
		`\bdelete\b(?:\s+\S+){0,3}?\s+(?:the |our )?(?:ns records?|nameservers?)\b`: {5},
		`\bkill\b\s+tunnels?|\bdrop\b(?:\s+\S+){0,2}?\s+tables?`:                    {3},
		`a.*\s+bcd`:                        {-1},
		`a\S*\s+bcd`:                       {1},
		`a[^.]{0,5}\s+bcd`:                 {6},
		`you will be\s+(?:now )?bcd\s+efg`: {4, 5},
	} {
		_, got := spacedLiteralsRuns(pattern)
		if !slices.Equal(got, want) {
			t.Errorf("%s: runs %v, want %v", pattern, got, want)
		}
	}
}
