// Package toolsnaps keeps every tool's advertised definition (name,
// description, annotations, input and output schema) as a committed golden
// file, so a change to what a model sees is always a reviewed change.
//
// Snapshots live in __toolsnaps__/<tool>.snap beside the test. Set
// UPDATE_TOOLSNAPS=true to rewrite them. A missing snapshot is written and
// the test passes locally, but fails when CI is set.
package toolsnaps

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Dir is the folder, relative to the test's package, holding snapshots.
const Dir = "__toolsnaps__"

// Test compares the JSON of tool with its snapshot, and checks its input and
// output schemas against the JSON Schema meta-schema (servers compile them
// without that check, see pkg/mcpkit). It returns an error that describes
// the difference, or nil.
func Test(name string, tool any) error {
	got, err := json.MarshalIndent(tool, "", "  ")
	if err != nil {
		return fmt.Errorf("encode tool %s: %w", name, err)
	}
	if err := checkSchemas(name, got); err != nil {
		return err
	}
	got = append(got, '\n')
	path := filepath.Join(Dir, name+".snap")
	if os.Getenv("UPDATE_TOOLSNAPS") == "true" {
		return write(path, got)
	}
	want, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		if os.Getenv("CI") != "" {
			return fmt.Errorf("tool %s has no snapshot %s; run the tests with UPDATE_TOOLSNAPS=true and commit it", name, path)
		}
		return write(path, got)
	}
	if err != nil {
		return err
	}
	if !bytes.Equal(normalise(want), normalise(got)) {
		return fmt.Errorf("tool %s differs from its snapshot %s; if the change is intended run with UPDATE_TOOLSNAPS=true and commit it\n--- snapshot\n%s\n--- now\n%s", name, path, want, got)
	}
	return nil
}

// checkSchemas compiles the tool's inputSchema and outputSchema with
// meta-schema validation.
func checkSchemas(name string, toolJSON []byte) error {
	var t map[string]json.RawMessage
	if err := json.Unmarshal(toolJSON, &t); err != nil {
		return fmt.Errorf("tool %s: %w", name, err)
	}
	for _, key := range []string{"inputSchema", "outputSchema"} {
		raw, ok := t[key]
		if !ok || string(raw) == "null" {
			continue
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			return fmt.Errorf("tool %s: %s: %w", name, key, err)
		}
		c := jsonschema.NewCompiler()
		if err := c.AddResource(key+".json", doc); err != nil {
			return fmt.Errorf("tool %s: %s: %w", name, key, err)
		}
		if _, err := c.Compile(key + ".json"); err != nil {
			return fmt.Errorf("tool %s: %s is not a valid JSON Schema: %w", name, key, err)
		}
	}
	return nil
}

func normalise(b []byte) []byte {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return b
	}
	out, _ := json.Marshal(v)
	return out
}

func write(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
