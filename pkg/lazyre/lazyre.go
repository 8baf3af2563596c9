// Package lazyre is a regular expression compiled on first use instead of
// at package initialisation.
//
// Every package-level regexp.MustCompile runs before main, in every binary
// that links the package, whether or not the expression is ever used: it
// costs start-up time, allocations and the pages of the regexp compiler.
// A package-level lazyre.New only records the source; the expression is
// compiled (once, safely for concurrent use) the first time it matches.
// An invalid expression panics on first use as MustCompile would at start;
// Check compiles every expression declared so far, for a package's tests.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use.
type Regexp struct {
	src  string
	fn   func() string // the source, computed on first use (NewFunc)
	once sync.Once
	c    *regexp.Regexp
}

var (
	mu       sync.Mutex
	declared []*Regexp
)

// New declares the expression src; it is compiled on first use and panics
// then if src is not a valid expression.
func New(src string) *Regexp {
	r := &Regexp{src: src}
	mu.Lock()
	declared = append(declared, r)
	mu.Unlock()
	return r
}

// NewFunc declares an expression whose text is itself computed on first
// use (built from word lists, say).
func NewFunc(src func() string) *Regexp {
	r := &Regexp{fn: src}
	mu.Lock()
	declared = append(declared, r)
	mu.Unlock()
	return r
}

// Check compiles every expression declared so far and returns the first
// error; a package's tests call it so that none fails at run time.
func Check() error {
	mu.Lock()
	all := append([]*Regexp(nil), declared...)
	mu.Unlock()
	for _, r := range all {
		if _, err := regexp.Compile(r.String()); err != nil {
			return err
		}
	}
	return nil
}

func (r *Regexp) re() *regexp.Regexp {
	r.once.Do(func() { r.c = regexp.MustCompile(r.String()) })
	return r.c
}

// Regexp returns the compiled expression.
func (r *Regexp) Regexp() *regexp.Regexp { return r.re() }

// String returns the source text.
func (r *Regexp) String() string {
	if r.fn != nil {
		return r.fn()
	}
	return r.src
}

// MatchString reports whether s contains a match.
func (r *Regexp) MatchString(s string) bool { return r.re().MatchString(s) }

// FindString returns the leftmost match in s.
func (r *Regexp) FindString(s string) string { return r.re().FindString(s) }

// FindStringIndex returns the location of the leftmost match in s.
func (r *Regexp) FindStringIndex(s string) []int { return r.re().FindStringIndex(s) }

// FindStringSubmatch returns the leftmost match in s and its submatches.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.re().FindStringSubmatch(s) }

// FindStringSubmatchIndex returns the locations of the leftmost match in s
// and its submatches.
func (r *Regexp) FindStringSubmatchIndex(s string) []int { return r.re().FindStringSubmatchIndex(s) }

// FindAllString returns up to n successive matches in s (all when n < 0).
func (r *Regexp) FindAllString(s string, n int) []string { return r.re().FindAllString(s, n) }

// FindAllStringIndex returns the locations of up to n successive matches.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int { return r.re().FindAllStringIndex(s, n) }

// FindAllStringSubmatch returns up to n successive matches with their
// submatches.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.re().FindAllStringSubmatch(s, n)
}

// ReplaceAllString replaces every match in src with repl (with $ expansion).
func (r *Regexp) ReplaceAllString(src, repl string) string { return r.re().ReplaceAllString(src, repl) }

// ReplaceAllStringFunc replaces every match in src with repl's result.
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.re().ReplaceAllStringFunc(src, repl)
}

// Split slices s into substrings separated by the expression.
func (r *Regexp) Split(s string, n int) []string { return r.re().Split(s, n) }
