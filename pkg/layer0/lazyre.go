package layer0

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled on first use rather than at
// package initialisation, which every server pays before tools/list
// (TestLayer0InitIsCheap). Package-level detector expressions are declared
// with lazyMust instead of regexp.MustCompile; TestLazyExpressionsCompile
// compiles every one of them, so none fails at run time (one that did would
// match nothing).
type lazyRE struct {
	src  func() string
	once sync.Once
	re   *regexp.Regexp
}

// lazyMust declares the expression src.
func lazyMust(src string) *lazyRE {
	l := &lazyRE{src: func() string { return src }}
	lazyREs = append(lazyREs, l)
	return l
}

// lazyMustFunc declares an expression whose text is itself computed on
// first use.
func lazyMustFunc(src func() string) *lazyRE {
	l := &lazyRE{src: src}
	lazyREs = append(lazyREs, l)
	return l
}

// lazyREs are every declared expression, for TestLazyExpressionsCompile.
var lazyREs []*lazyRE

func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re, _ = regexp.Compile(l.src()) })
	return l.re
}

func (l *lazyRE) FindStringIndex(s string) []int {
	if re := l.get(); re != nil {
		return re.FindStringIndex(s)
	}
	return nil
}

func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	if re := l.get(); re != nil {
		return re.FindAllStringIndex(s, n)
	}
	return nil
}

func (l *lazyRE) MatchString(s string) bool {
	re := l.get()
	return re != nil && re.MatchString(s)
}
