package layer0

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// Package initialisation is paid by every server on every start, before
// tools/list, whether or not it ever classifies anything. Layer0's must stay
// close to free: its detectors are declared at package level but folded,
// indexed and compiled when the first classifier is built. Before this was
// so, initialisation allocated 842 KB in 7,369 objects (5-7 ms).
//
// The test runs its own binary again with GODEBUG=inittrace=1 and reads
// the package's line (the test files' package-level variables are counted
// too; they are small).
func TestLayer0InitIsCheap(t *testing.T) {
	const maxBytes, maxAllocs = 160 << 10, 1500
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run", "^$", "-test.count=1")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	m := regexp.MustCompile(`(?m)^init github\.com/cfplane/cfplane/pkg/layer0 @\S+ ms, (\S+) ms clock, (\d+) bytes, (\d+) allocs$`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no init line for pkg/layer0 in:\n%s", out)
	}
	bytes, _ := strconv.Atoi(string(m[2]))
	allocs, _ := strconv.Atoi(string(m[3]))
	t.Logf("pkg/layer0 init: %s ms clock, %d bytes, %d allocs", m[1], bytes, allocs)
	if bytes > maxBytes || allocs > maxAllocs {
		t.Errorf("pkg/layer0 package initialisation allocates %d bytes in %d objects (at most %d bytes, %d objects): "+
			"build tables in New (or on first use), not in package-level variables", bytes, allocs, maxBytes, maxAllocs)
	}
}
