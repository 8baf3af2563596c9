package deps

import (
	"bufio"
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// ownPrefix marks cfplane's own packages in the init trace.
const ownPrefix = "github.com/cfplane/cfplane/"

// Bounds on what cfplane's own package initialisers allocate before main,
// in every start of a server. Package-level regular expressions, tables and
// maps are built on first use instead (pkg/lazyre, sync.OnceValue): an init
// that builds them pays its time, its allocations and the pages of its code
// in every start, whether or not a tool ever needs them.
// pkg/rules' field and function tables and pkg/wafsynth's expressions
// (53 KB and 117 KB at init before they were built on first use) are well
// over these bounds.
const (
	initBytesPerPackage  = 24 << 10
	initAllocsPerPackage = 300
	initBytesPerServer   = 320 << 10
)

// initExceptions are packages allowed more than initBytesPerPackage, with
// the bound they must stay under: shrink them, never raise them.
var initExceptions = map[string]int{
	// pkg/layer0 has its own tighter test of the same kind
	// (TestLayer0InitIsCheap: 256 KB, 2,000 allocations).
	"pkg/layer0": 256 << 10,
}

// initFree are cfplane packages with no initialisation work at all: their
// tables are functions or built on first use, so a start runs none of their
// code. A package listed here must not appear in any server's init trace.
var initFree = []string{
	"pkg/cfsim", // the in-process sandbox, in every start of cloudflare_safe and waf_intelligence
}

type initCost struct {
	bytes, allocs int
}

// TestOwnPackageInitsAreCheap builds each server, runs it with
// GODEBUG=inittrace=1 (`version`: initialisers and a line of output) and checks what each
// of cfplane's own packages allocated while initialising.
func TestOwnPackageInitsAreCheap(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the servers")
	}
	dir := t.TempDir()
	for _, name := range []string{"cloudflare_safe", "waf_intelligence", "oracle_answer"} {
		t.Run(name, func(t *testing.T) {
			bin := filepath.Join(dir, name)
			build := exec.Command("go", "build", "-trimpath", "-o", bin, "github.com/cfplane/cfplane/cmd/"+name)
			build.Env = append(os.Environ(), "CGO_ENABLED=0")
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("go build: %v\n%s", err, out)
			}
			costs, order := initTrace(t, bin)
			checkStackGrownFirst(t, order)
			if len(costs) == 0 {
				t.Fatal("no cfplane package in the init trace; has GODEBUG=inittrace's format changed?")
			}
			for _, pkg := range initFree {
				if c, ok := costs[pkg]; ok {
					t.Errorf("%s has package initialisation work (%d bytes, %d allocations); it must have none: declare tables as functions or build them on first use", pkg, c.bytes, c.allocs)
				}
			}
			total := 0
			for pkg, c := range costs {
				total += c.bytes
				limit := initBytesPerPackage
				if l, ok := initExceptions[pkg]; ok {
					limit = l
				}
				if c.bytes > limit {
					t.Errorf("%s allocates %d bytes at package init (bound %d): build its tables and expressions on first use (pkg/lazyre, sync.OnceValue)", pkg, c.bytes, limit)
				}
				if c.allocs > initAllocsPerPackage && initExceptions[pkg] == 0 {
					t.Errorf("%s makes %d allocations at package init (bound %d): build its tables and expressions on first use", pkg, c.allocs, initAllocsPerPackage)
				}
			}
			if total > initBytesPerServer {
				t.Errorf("cfplane's packages allocate %d bytes at init in %s (bound %d)", total, name, initBytesPerServer)
			}
			t.Logf("cfplane package inits: %d bytes in %d packages", total, len(costs))
			checkWritableData(t, bin)
		})
	}
}

// initTrace runs bin version with GODEBUG=inittrace=1 and returns the
// cost of each of cfplane's own packages (by path under the module), and the
// order in which all packages with initialisation work ran.
func initTrace(t *testing.T, bin string) (map[string]initCost, []tracedInit) {
	t.Helper()
	cmd := exec.Command(bin, "version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s version: %v\n%s", bin, err, stderr.String())
	}
	// init github.com/cfplane/cfplane/pkg/routing @38 ms, 2.7 ms clock, 435184 bytes, 2936 allocs
	out := map[string]initCost{}
	var order []tracedInit
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 11 || f[0] != "init" || f[8] != "bytes," || f[10] != "allocs" {
			continue
		}
		b, err1 := strconv.Atoi(f[7])
		a, err2 := strconv.Atoi(f[9])
		if err1 != nil || err2 != nil {
			t.Fatalf("unreadable init trace line %q", sc.Text())
		}
		order = append(order, tracedInit{f[1], initCost{b, a}})
		if !strings.HasPrefix(f[1], ownPrefix) {
			continue
		}
		pkg := strings.TrimPrefix(f[1], ownPrefix)
		c := out[pkg]
		out[pkg] = initCost{c.bytes + b, c.allocs + a}
	}
	return out, order
}

type tracedInit struct {
	pkg  string
	cost initCost
}

// checkStackGrownFirst: pkg/stackgrow grows the main goroutine's stack in
// one step before the other packages' initialisation runs on it (see its
// doc), so it must be initialised before any package whose init allocates,
// the sign of real work.
func checkStackGrownFirst(t *testing.T, order []tracedInit) {
	t.Helper()
	for _, in := range order {
		if in.pkg == ownPrefix+"pkg/stackgrow" {
			return
		}
		if in.cost.allocs > 1 && in.pkg != "runtime" {
			t.Errorf("%s is initialised (%d allocations) before pkg/stackgrow: does stackgrow still import nothing, and does the server link it?", in.pkg, in.cost.allocs)
			return
		}
	}
	t.Error("pkg/stackgrow is not in the init trace: the server does not link it")
}

// Read-only data of cfplane's own packages (embedded files, generated
// tables) belongs in the read-only segment: a []byte embed or a table
// declared as a package-level array lands in the writable data segment, whose
// pages are written and paged in around every start's package
// initialisation, next to the variables that really are written. Embed a
// string and convert where bytes are needed (once, on first use).
const maxWritableSymbol = 16 << 10

// writableDataExceptions are symbols allowed over maxWritableSymbol, each
// with its reason; shrink the list, never add to it without one.
var writableDataExceptions = map[string]string{
	// The tool-schema snapshot is decoded before every tools/list anyway.
	"github.com/cfplane/cfplane/servers/safe..gobytes.1":     "tool schemas, read at start",
	"github.com/cfplane/cfplane/servers/wafintel..gobytes.1": "tool schemas, read at start",
	"github.com/cfplane/cfplane/servers/oracle..gobytes.1":   "tool schemas, read at start",
	// An open-addressing table of uint64 keys the model probes in place;
	// as string data every probe would decode its key.
	"github.com/cfplane/cfplane/pkg/layer0.genConceptKeys": "generated concept-table keys",
}

// checkWritableData fails for each symbol of cfplane's own packages in
// .data or .noptrdata larger than maxWritableSymbol.
func checkWritableData(t *testing.T, bin string) {
	t.Helper()
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		t.Fatalf("%s has no symbol table: %v", bin, err)
	}
	for _, s := range syms {
		if int(s.Section) >= len(f.Sections) || s.Section == elf.SHN_UNDEF {
			continue
		}
		sec := f.Sections[s.Section].Name
		if (sec != ".data" && sec != ".noptrdata") || !strings.HasPrefix(s.Name, ownPrefix) || s.Size <= maxWritableSymbol {
			continue
		}
		if _, ok := writableDataExceptions[s.Name]; ok {
			continue
		}
		t.Errorf("%s: %s is %d bytes of writable data (%s); read-only data belongs in a string (embed a string, not a []byte) or is built on first use",
			filepath.Base(bin), s.Name, s.Size, sec)
	}
}
