package rules

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The split and prefiltered matcher answers exactly as the whole pattern,
// on patterns of every shape the splitter and the requirement analysis
// handle (alternations, distributed concatenations, anchors, optional and
// repeated parts, case folding with ſ and K, classes, multi-line flags)
// and on random texts over an alphabet that makes them match.
func TestMatcherMatchesRegexp(t *testing.T) {
	pats := []string{
		`(?i)(\bunion\b\s+select|sleep\s*\(|\bor\b\s+\d+=\d+|'\s*--)`,
		`(?i)(a|b)(cd|ef|gh|ij|kl|mn|op|qr|st)x?`,
		`(?i)\b(?:s(?:elect|leep)|k(?:ill|ey)|cat|ls)\b\s*[;(]`,
		`^(ab|cd)$|(?m:^ef$)|gh\z`,
		`(x|y|)z`,
		`(?i)[sk]{2}|ſ|\x{212A}`,
		`[^a-z]+(foo|bar|baz|qux|quux|corge|grault|garply)[0-9]?`,
		`(?s)a.{0,3}b|c.*d|e+f|(gh)*i`,
		`(?i)(é|ü|ß)(x|y)|ǅ`,
		`(\x01|^)(cmd|sh|bash|zsh|ksh|csh|dash|fish)(\s|$)`,
		`((a)|(b))((c)|(d))((e)|(f))`,
		`(?U)a+?b|(?i:AB)c`,
		// anchored at the first literal's occurrences
		`(?i)\bselect\b\s+\w|\bunion\b|\bkill\s*;`,
		`;\s*(?m:^)x|[;|](?m:$)|(?i);\s*\bcat\b`,
		`\B(ab|cd)e?|(ab|ef)\b`,
		`(?i)(\x01|;)(ls|id|sh)(\s|$)|(?i)ſ\w`,
		`(?i)\b(exec|shell_exec|system)\s*\(|zz`, // a first literal inside another

	}
	alphabet := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "x", "y", "z", "s", "k", "S", "K", "ſ", "\u212A", "é", "É", "ü", "Ü", "ß", "ẞ", "ǅ", "ǆ",
		" ", "\n", "\x01", ";", "(", "'", "-", "=", "1", "\xff", "select", "SELECT", "union", "sleep", "cat", "ls", "kill", "foo", "bar", "quux", "cmd", "bash", "gh", "ef", "cd", "ab", "_", "9", "ſelect", "ſh", "id", "shell_exec(", "exec (", "_exec("}
	rng := rand.New(rand.NewSource(7))
	texts := []string{"", "a", "\xff", "ſelect (", "\u212Aill;", "union  select", "x' --", "shell_exec(", "a=shell_exec (1)", "pcntl_exec("}
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for n := rng.Intn(12); n >= 0; n-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, p := range pats {
		re := regexp.MustCompile(p)
		m := buildMatcher(re, 0)
		if m == nil {
			t.Fatalf("%s: no matcher", p)
		}
		hits := 0
		for _, s := range texts {
			want := re.MatchString(s)
			if want {
				hits++
			}
			if got := m.MatchString(s); got != want {
				t.Errorf("%s on %q: matcher %v, regexp %v", p, s, got, want)
			}
		}
		if hits == 0 {
			t.Errorf("%s matched none of the texts", p)
		}
	}
}

// Requirements: the literals that must occur, folded where the pattern
// is case-insensitive, minimal (a string containing another is dropped).
func TestRequirement(t *testing.T) {
	got := func(p string) []litSet {
		re := regexp.MustCompile(p)
		m := buildMatcher(re, 0)
		var out []litSet
		for _, k := range m.parts[0].req {
			out = append(out, m.sets[k])
		}
		return out
	}
	if r := got(`(?i)\bunion\s+select`); len(r) < 2 || r[0].fold[0] != "SELECT" || r[1].fold[0] != "UNION" {
		t.Errorf("union select: %v", r)
	}
	if r := got(`(?i)(/usr/bin/)?(ls|less)x`); len(r) != 1 || strings.Join(r[0].fold, ",") != "LSX,LESSX" {
		t.Errorf("optional prefix: %v", r)
	}
	if r := got(`x*y?`); len(r) != 0 {
		t.Errorf("x*y?: %v", r)
	}
	// An alternation inside a concatenation is distributed: one part per
	// command, each requiring its command and a separator.
	m := buildMatcher(regexp.MustCompile(`[;|] *(cat|tac|ls|id|ps|rm|cp|mv)`), 0)
	if len(m.parts) != 8 {
		t.Fatalf("distributed into %d parts", len(m.parts))
	}
	if r := m.parts[1].req; len(r) != 2 || strings.Join(m.sets[r[0]].exact, ",") != "tac" || strings.Join(m.sets[r[1]].exact, ",") != ";,|" {
		t.Errorf("separator and command: %v", r)
	}
}

// A large expression compiled again with the same options is the same
// Program; other options or a small expression compile anew.
func TestCompileCache(t *testing.T) {
	big := `http.request.uri.path matches r"(?i)(` + strings.Repeat("select|union|sleep|", 60) + `x)" or http.host eq "a.example"`
	p1 := MustCompile(big, Options{Plan: PlanEnterprise})
	if p2 := MustCompile(big, Options{Plan: PlanEnterprise}); p2 != p1 {
		t.Error("same text and options compiled twice")
	}
	if p3 := MustCompile(big, Options{Plan: PlanBusiness}); p3 == p1 {
		t.Error("other plan shares the program")
	}
	if p4 := MustCompile(big, Options{Plan: PlanEnterprise, Lists: map[string]string{"a": "ip"}}); p4 == p1 {
		t.Error("other lists share the program")
	}
	small := `http.host eq "a.example"`
	if MustCompile(small, Options{}) == MustCompile(small, Options{}) {
		t.Error("a small expression is cached")
	}
}

// A function call repeated outside any/all is computed once per
// evaluation (one memo slot), with the same result as computing each.
func TestRepeatedCallsShared(t *testing.T) {
	src := `(lower(url_decode(http.request.uri.query)) contains "select" and lower(url_decode(http.request.uri.query)) contains "from") or lower(url_decode(http.request.uri.query)) eq "x" or any(lower(http.request.headers.names[*])[*] eq "x-a") or any(lower(http.request.headers.names[*])[*] eq "x-b")`
	p := MustCompile(src, Options{})
	if p.slots != 1 {
		t.Errorf("%d memo slots, want 1 (the call outside any)", p.slots)
	}
	ref, err := compileReferenceInternal(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"q=SELECT+a+FROM+b", "q=select", "x", "X", ""} {
		for _, h := range []string{"X-A", "x-b", "x-c"} {
			r := &Request{Method: "GET", Path: "/", Query: q, Headers: map[string][]string{h: {"1"}}}
			r.Prepare()
			if got, want := p.Eval(r, nil), ref.Eval(r, nil); got != want {
				t.Errorf("query %q header %s: %v, reference %v", q, h, got, want)
			}
		}
	}
}
