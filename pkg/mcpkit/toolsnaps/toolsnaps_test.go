package toolsnaps

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSnapshots(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()

	tool := map[string]any{"name": "x", "description": "one"}
	t.Setenv("CI", "true")
	t.Setenv("UPDATE_TOOLSNAPS", "")
	if err := Test("x", tool); err == nil || !strings.Contains(err.Error(), "UPDATE_TOOLSNAPS=true") {
		t.Fatalf("missing snapshot under CI: %v", err)
	}
	t.Setenv("CI", "")
	if err := Test("x", tool); err != nil {
		t.Fatalf("first run should write: %v", err)
	}
	if _, err := os.Stat(filepath.Join(Dir, "x.snap")); err != nil {
		t.Fatal(err)
	}
	if err := Test("x", tool); err != nil {
		t.Fatalf("same tool: %v", err)
	}
	tool["description"] = "two"
	if err := Test("x", tool); err == nil || !strings.Contains(err.Error(), "differs") {
		t.Fatalf("changed tool not caught: %v", err)
	}
	t.Setenv("UPDATE_TOOLSNAPS", "true")
	if err := Test("x", tool); err != nil {
		t.Fatal(err)
	}
	t.Setenv("UPDATE_TOOLSNAPS", "")
	if err := Test("x", tool); err != nil {
		t.Fatalf("after update: %v", err)
	}
}

// A schema that is not valid JSON Schema fails the snapshot test (servers
// compile schemas without the meta-schema check).
func TestInvalidSchema(t *testing.T) {
	tool := map[string]any{"name": "bad", "inputSchema": map[string]any{"type": "object", "minProperties": "many"}}
	if err := Test("bad", tool); err == nil || !strings.Contains(err.Error(), "inputSchema is not a valid JSON Schema") {
		t.Fatalf("invalid schema: %v", err)
	}
}
