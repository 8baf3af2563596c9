package safe

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// TestReadToolResultsMatchTheirOutputSchemas: the compacted output schemas
// still describe the results, $defs references included.
func TestReadToolResultsMatchTheirOutputSchemas(t *testing.T) {
	d, _ := snapDeps(t, nil)
	sets, err := Toolsets(d)
	if err != nil {
		t.Fatal(err)
	}
	defs := map[string]mcpkit.Tool{}
	for _, tl := range mcpkit.AllTools(sets, true) {
		defs[tl.Def.Name] = tl
	}
	c := clitest.Client(t, d, Name, Toolsets)
	snap := c.MustCall("cf_snapshot", map[string]any{"zone": "example.com"})
	var s SnapshotResult
	b, _ := json.Marshal(snap.StructuredContent)
	_ = json.Unmarshal(b, &s)
	calls := []struct {
		tool string
		args map[string]any
	}{
		{"tunnel_health_check", map[string]any{}},
		{"zone_analytics_query", map[string]any{"zone": "example.com", "kind": "security", "group_by": "rule"}},
		{"zone_analytics_query", map[string]any{"zone": "example.com", "kind": "traffic", "group_by": "path"}},
		{"cf_snapshot", map[string]any{"zone": "example.shop"}},
		{"cf_config_diff", map[string]any{"zone": "example.com", "snapshot_id": s.SnapshotID}},
	}
	for _, call := range calls {
		schemaJSON, err := json.Marshal(defs[call.tool].Def.OutputSchema)
		if err != nil {
			t.Fatal(err)
		}
		if raw := defs[call.tool].Def.RawOutputSchema; raw != nil {
			schemaJSON = raw // normalised (mcpkit rewrites boolean sub-schemas)
		}
		if !strings.Contains(call.tool, "snapshot") && !strings.Contains(string(schemaJSON), `"$defs"`) {
			t.Errorf("%s: no shared definitions in %s", call.tool, schemaJSON)
		}
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(string(schemaJSON)))
		if err != nil {
			t.Fatal(err)
		}
		comp := jsonschema.NewCompiler()
		if err := comp.AddResource("out.json", doc); err != nil {
			t.Fatal(err)
		}
		sch, err := comp.Compile("out.json")
		if err != nil {
			t.Fatalf("%s: output schema does not compile: %v", call.tool, err)
		}
		res := c.MustCall(call.tool, call.args)
		if res.IsError {
			t.Fatalf("%s: %v", call.tool, res.Content)
		}
		out, _ := json.Marshal(res.StructuredContent)
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(string(out)))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s result does not match its output schema: %v", call.tool, err)
		}
	}
	// A result of the wrong shape is refused: the schema still constrains.
	sch := defs["zone_analytics_query"].Def.OutputSchema
	schemaJSON, _ := json.Marshal(sch)
	doc, _ := jsonschema.UnmarshalJSON(strings.NewReader(string(schemaJSON)))
	comp := jsonschema.NewCompiler()
	_ = comp.AddResource("out.json", doc)
	compiled, _ := comp.Compile("out.json")
	bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"zone":"x","kind":"security","since":"","until":"","total":1,"groups":[{"key":5,"count":1}],"other":0,"truncated":false,"untrusted":{"checked":0,"flagged":0,"note":""}}`))
	if compiled.Validate(bad) == nil {
		t.Error("a group key that is a number passed the schema")
	}
}
