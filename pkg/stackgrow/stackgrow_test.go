package stackgrow

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"
)

// depth recurses n times with a 1 KB frame each.
//
//go:noinline
func depth(n int) byte {
	var pad [1000]byte
	pad[n%1000] = byte(n)
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%1000]
}

// moved reports whether a goroutine that calls pre first and then goes
// about 20 KB deep has its stack moved by that descent.
func moved(pre func()) bool {
	done := make(chan bool)
	go func() {
		pre()
		// x stays on the stack (only its address as a number is taken):
		// when the stack is copied, x moves with it.
		var x int
		before := uintptr(unsafe.Pointer(&x))
		x = int(depth(20))
		after := uintptr(unsafe.Pointer(&x))
		done <- before != after
	}()
	return <-done
}

func TestGrowLeavesRoomForADeepCall(t *testing.T) {
	if !moved(func() {}) {
		t.Fatal("a new goroutine's stack did not move on a 20 KB descent: the test cannot tell Grow's effect")
	}
	if moved(Grow) {
		t.Fatal("after Grow, a 20 KB descent still grew the stack")
	}
}

// TestImportsNothing: the package's init runs early only while it imports
// nothing; a program initialises a package after those it imports.
func TestImportsNothing(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		af, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range af.Imports {
			t.Errorf("%s imports %s; stackgrow must import nothing so that it is initialised first", f, imp.Path.Value)
		}
	}
}
