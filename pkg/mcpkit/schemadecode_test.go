package mcpkit

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"
)

// decodeOutputSchema gives what mcp.ToolOutputSchema's own UnmarshalJSON
// gives (without the property order setRegisteredSchemas drops), for every
// output schema the servers ship and for a draft-07 schema.
func TestDecodeOutputSchemaMatchesMCP(t *testing.T) {
	files, err := filepath.Glob("../../servers/*/__toolsnaps__/schemas.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema files: %v", err)
	}
	var raws []json.RawMessage
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var sf schemaFile
		if err := json.Unmarshal(b, &sf); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, r := range sf.Output {
			raws = append(raws, r)
		}
	}
	raws = append(raws,
		json.RawMessage(`{"type":"object","definitions":{"A":{"type":"string"}},"properties":{"a":{"$ref":"#/definitions/A"}}}`),
		json.RawMessage(`{"type":"object","properties":{"b":{"type":"integer"},"a":{"type":"string"}},"required":["b"],"additionalProperties":false}`))
	for i, raw := range raws {
		want := mcp.ToolOutputSchema{}
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("schema %d: %v", i, err)
		}
		want.PropertyOrder = nil
		got, ok := decodeOutputSchema(raw)
		if !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("schema %d decodes differently:\n got %#v\nwant %#v", i, got, want)
		}
	}
	if len(raws) < 20 {
		t.Errorf("only %d output schemas checked", len(raws))
	}
	if _, ok := decodeOutputSchema([]byte(`{"type":`)); ok {
		t.Error("broken JSON decoded")
	}
}
