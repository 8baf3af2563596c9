package mcpkit

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

type regArgs struct {
	Zone string `json:"zone" jsonschema:"zone name"`
}
type regResult struct {
	OK bool `json:"ok"`
}

func TestRegisteredSchemasAreServedAndChecked(t *testing.T) {
	fn := func(context.Context, regArgs) (regResult, error) { return regResult{OK: true}, nil }
	reflected := NewTool("reg", "Registered.", LocalReadHints, fn)
	file, err := SchemaFile([]Tool{reflected})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(file), typeKey[regArgs]()) || !strings.Contains(string(file), `"zone name"`) {
		t.Fatalf("schema file: %s", file)
	}
	// A registered schema is served as is, without reflection: a marker
	// description that reflection would not produce shows it.
	var f schemaFile
	if err := json.Unmarshal(file, &f); err != nil {
		t.Fatal(err)
	}
	f.Input[typeKey[regArgs]()] = json.RawMessage(`{"type":"object","properties":{"zone":{"type":"string","description":"from the file"}},"additionalProperties":false}`)
	marked, _ := json.Marshal(f)
	saved := schemaReg.raw
	t.Cleanup(func() { schemaReg.raw, schemaReg.parsed = saved, nil })
	RegisterSchemas(marked)
	served := NewTool("reg", "Registered.", LocalReadHints, fn)
	if !strings.Contains(string(served.Def.RawInputSchema), "from the file") || served.Def.OutputSchema.Type != "object" {
		t.Fatalf("served input %s output %+v", served.Def.RawInputSchema, served.Def.OutputSchema)
	}
	stale, missing := CheckSchemaFile([]Tool{served})
	if len(stale) != 1 || len(missing) != 0 {
		t.Fatalf("stale %v missing %v, want the tool stale", stale, missing)
	}
	RegisterSchemas(file) // the generated file, laid over: up to date again
	if stale, missing := CheckSchemaFile([]Tool{served}); len(stale)+len(missing) != 0 {
		t.Fatalf("stale %v missing %v", stale, missing)
	}
	// The output schema from the file is the one reflection gives.
	again := NewTool("reg", "Registered.", LocalReadHints, fn)
	a, _ := json.Marshal(again.Def)
	b, _ := json.Marshal(reflected.Def)
	if string(a) != string(b) || string(again.Def.RawInputSchema) != string(reflected.Def.RawInputSchema) {
		t.Fatalf("definition from the file differs from reflection:\n%s\n%s", a, b)
	}
}

type portArgs struct {
	Mode  string         `json:"mode" jsonschema:"get or set"`
	Extra map[string]any `json:"extra,omitempty" jsonschema:"anything"`
}

// The schema file holds input schemas as served (portable, enums taken
// from descriptions listed): a tool built from it serves, and checks, the
// same as one reflected and normalised at start, without normalising.
func TestSchemaFileHoldsPortableInputs(t *testing.T) {
	fn := func(context.Context, portArgs) (regResult, error) { return regResult{}, nil }
	saved := schemaReg.raw
	t.Cleanup(func() { schemaReg.raw, schemaReg.parsed = saved, nil })
	reflected := NewTool("port", "Portable.", LocalReadHints, fn)
	if reflected.portableInput {
		t.Fatal("a tool the file does not hold is marked portable")
	}
	file, err := SchemaFile([]Tool{reflected})
	if err != nil {
		t.Fatal(err)
	}
	var f schemaFile
	if err := json.Unmarshal(file, &f); err != nil {
		t.Fatal(err)
	}
	key := typeKey[portArgs]()
	if !strings.Contains(string(f.Input[key]), `"enum"`) || len(f.Enums[key]) != 1 || f.Enums[key][0] != "/properties/mode" {
		t.Fatalf("file input %s enums %v; want the portable schema and /properties/mode", f.Input[key], f.Enums[key])
	}
	RegisterSchemas(file)
	served := NewTool("port", "Portable.", LocalReadHints, fn)
	if !served.portableInput {
		t.Fatal("a tool from the file is not marked portable")
	}
	want := NewToolset("a", "").AddRead(reflected).Tools(true)[0]
	got := NewToolset("b", "").AddRead(served).Tools(true)[0]
	a, _ := json.Marshal(want.Def)
	b, _ := json.Marshal(got.Def)
	if string(a) != string(b) || !slices.Equal(want.describedEnums, got.describedEnums) {
		t.Fatalf("served from the file:\n%s %v\nreflected and normalised:\n%s %v", b, got.describedEnums, a, want.describedEnums)
	}
	if stale, missing := CheckSchemaFile([]Tool{served}); len(stale)+len(missing) != 0 {
		t.Fatalf("stale %v missing %v", stale, missing)
	}
	// A file whose enums list is not the one normalisation gives is stale.
	f.Enums = nil
	noEnums, _ := json.Marshal(f)
	RegisterSchemas(noEnums)
	if stale, _ := CheckSchemaFile([]Tool{served}); len(stale) != 1 {
		t.Fatalf("stale %v; want the tool stale without its enums", stale)
	}
}
