package layer0

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain builds the package's tables before the tests, many of which call
// detectors directly rather than through New. A test binary started again
// as a child (an environment variable LAYER0_…_CHILD=1: the first build
// racing, the entry points, the cold start) skips this, so that it sees the
// tables unbuilt, as a server does, and BenchmarkColdStart counts their
// build.
func TestMain(m *testing.M) {
	child := false
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "LAYER0_") && strings.HasSuffix(kv, "_CHILD=1") {
			child = true
		}
	}
	if !child {
		ensureTables()
	}
	os.Exit(m.Run())
}

// Package initialisation must run no code of this package (what
// TestLayer0InitIsCheap measures, kept so by construction): no init
// functions, and no package-level variable whose value needs code to
// compute — a call, a map literal (maps are made at run time), a function
// literal called in place. Such a table is declared with its type and
// assigned in its file's init…Tables function, which buildTables runs once
// on first use. Allowed are a few constructors that only record their
// arguments: lazyre.New and lazyre.NewFunc (the expression compiles on
// first use), sync.OnceValue(s) (the function runs on first use),
// errors.New and fmt.Errorf (the package's error values).
func TestNoPackageInitCode(t *testing.T) {
	allowed := map[string]bool{"lazyre.New": true, "lazyre.NewFunc": true, "sync.OnceValue": true, "sync.OnceValues": true,
		"errors.New": true, "fmt.Errorf": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.Name == "init" {
					t.Errorf("%s: func init runs at package initialisation: assign its tables in the file's init…Tables function (tables.go)", fset.Position(d.Pos()))
				}
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, s := range d.Specs {
					for _, v := range s.(*ast.ValueSpec).Values {
						if what := initCode(v, allowed); what != "" {
							t.Errorf("%s: package-level value with %s runs at package initialisation: declare the variable with its type and assign it in the file's init…Tables function (tables.go)", fset.Position(v.Pos()), what)
						}
					}
				}
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d source files checked", checked)
	}
}

// initCode names the first thing in e that runs code when e is evaluated
// ("" if none): function literals are not run by evaluating them.
func initCode(e ast.Expr, allowed map[string]bool) (what string) {
	ast.Inspect(e, func(n ast.Node) bool {
		if what != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CompositeLit:
			if _, ok := n.Type.(*ast.MapType); ok {
				what = "a map literal"
			}
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && allowed[x.Name+"."+sel.Sel.Name] {
					return true // its arguments are checked too
				}
			}
			what = "a call"
		}
		return true
	})
	return what
}

// In a fresh process (tables not built by TestMain), the exported entry
// points that read the tables build them first: IsMutating and Tools
// before any classifier exists, then New.
func TestEntryPointsBuildTables(t *testing.T) {
	if os.Getenv("LAYER0_FRESH_CHILD") == "1" {
		mutating, known := IsMutating("dns_record_manage", map[string]any{"action": "delete"})
		if !mutating || !known {
			t.Errorf("IsMutating(dns_record_manage delete) = %v, %v before any classifier", mutating, known)
		}
		if mutating, known := IsMutating("zone_list", nil); mutating || !known {
			t.Errorf("IsMutating(zone_list) = %v, %v before any classifier", mutating, known)
		}
		if len(Tools()) < 10 {
			t.Errorf("Tools() = %v before any classifier", Tools())
		}
		c, err := New(Options{ReceiptKey: testKey})
		if err != nil {
			t.Fatal(err)
		}
		v, err := c.ClassifyText(benchAttack)
		if err != nil || v.Verdict != "block" {
			t.Errorf("ClassifyText(attack) = %+v, %v", v, err)
		}
		return
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run", "^TestEntryPointsBuildTables$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "LAYER0_FRESH_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS: TestEntryPointsBuildTables") {
		t.Fatalf("child did not run the test:\n%s", out)
	}
}
