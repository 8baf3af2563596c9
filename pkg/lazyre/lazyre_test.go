package lazyre

import (
	"strings"
	"sync"
	"testing"
)

// Declaring an expression compiles nothing; the first use compiles it once,
// also under concurrent first uses.
func TestCompiledOnFirstUseOnly(t *testing.T) {
	r := New(`b+`)
	if allocs := testing.AllocsPerRun(100, func() { _ = New(`c+`) }); allocs > 2 {
		t.Fatalf("declaring an expression allocates %v times; it must not compile it", allocs)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if !r.MatchString("abbc") {
				t.Error("no match")
			}
		})
	}
	wg.Wait()
	if r.Regexp() != r.Regexp() {
		t.Fatal("compiled more than once")
	}
	if got := r.ReplaceAllString("abbc", "-"); got != "a-c" {
		t.Fatalf("ReplaceAllString = %q", got)
	}
	if got := r.FindAllStringIndex("ab b", -1); len(got) != 2 {
		t.Fatalf("FindAllStringIndex = %v", got)
	}
}

// An invalid expression is reported by Check and panics on first use, as
// regexp.MustCompile would at start.
func TestInvalid(t *testing.T) {
	bad := New(`a(`)
	defer func() {
		declared = declared[:len(declared)-1]
		if r := recover(); r == nil || !strings.Contains(r.(string), "missing closing )") {
			t.Fatalf("first use of an invalid expression: recover() = %v", r)
		}
	}()
	if err := Check(); err == nil {
		t.Fatal("Check passed an invalid expression")
	}
	bad.MatchString("a")
}

// A computed source is built on first use, not at declaration.
func TestNewFunc(t *testing.T) {
	built := 0
	r := NewFunc(func() string { built++; return `x(y|z)` })
	if built != 0 {
		t.Fatal("source built at declaration")
	}
	if !r.MatchString("axz") || r.MatchString("ax") {
		t.Fatal("wrong matches")
	}
	if err := Check(); err != nil {
		t.Fatal(err)
	}
}
