package mcpkit

import (
	"encoding/json"

	"github.com/mark3labs/mcp-go/mcp"
)

// Boolean schemas (`true` for "anything", from fields typed any or
// json.RawMessage) are valid JSON Schema, but MCP clients validate tool
// definitions against stricter shapes: the official TypeScript SDK rejects
// a tools/list whose property schemas are booleans. normaliseSchemas
// rewrites them as the equivalent object schemas ({} and {"not": {}}).

// schemaMaps are keywords whose value maps names to schemas.
var schemaMaps = map[string]bool{"properties": true, "$defs": true, "definitions": true, "patternProperties": true, "dependentSchemas": true}

// schemaLists are keywords whose value is a list of schemas.
var schemaLists = map[string]bool{"anyOf": true, "allOf": true, "oneOf": true, "prefixItems": true}

// schemaOne are keywords whose value is one schema (additionalProperties
// keeps its boolean form, which clients accept and which carries meaning).
var schemaOne = map[string]bool{"items": true, "additionalItems": true, "contains": true, "not": true, "if": true, "then": true, "else": true, "propertyNames": true, "unevaluatedItems": true}

func objectSchema(v any) (any, bool) {
	b, ok := v.(bool)
	if !ok {
		return v, false
	}
	if b {
		return map[string]any{}, true
	}
	return map[string]any{"not": map[string]any{}}, true
}

// fixSchema rewrites boolean sub-schemas in place; it reports whether it
// changed anything.
func fixSchema(node any) bool {
	obj, ok := node.(map[string]any)
	if !ok {
		return false
	}
	changed := false
	for k, v := range obj {
		switch {
		case schemaMaps[k]:
			if m, ok := v.(map[string]any); ok {
				for name, sub := range m {
					if nv, c := objectSchema(sub); c {
						m[name], changed = nv, true
					} else if fixSchema(sub) {
						changed = true
					}
				}
			}
		case schemaLists[k]:
			if l, ok := v.([]any); ok {
				for i, sub := range l {
					if nv, c := objectSchema(sub); c {
						l[i], changed = nv, true
					} else if fixSchema(sub) {
						changed = true
					}
				}
			}
		case schemaOne[k]:
			if nv, c := objectSchema(v); c {
				obj[k], changed = nv, true
			} else if fixSchema(v) {
				changed = true
			}
		case k == "additionalProperties":
			if fixSchema(v) {
				changed = true
			}
		}
	}
	return changed
}

// normaliseRaw returns raw with boolean sub-schemas rewritten, or raw
// itself (byte for byte) when there are none.
func normaliseRaw(raw json.RawMessage) json.RawMessage {
	if len(raw) == 0 {
		return raw
	}
	var tree any
	if json.Unmarshal(raw, &tree) != nil || !fixSchema(tree) {
		return raw
	}
	out, err := json.Marshal(tree)
	if err != nil {
		return raw
	}
	return out
}

// normaliseSchemas applies normaliseRaw to a tool's input and output
// schemas, structured or raw.
func normaliseSchemas(t *mcp.Tool) {
	if t.RawInputSchema != nil {
		t.RawInputSchema = normaliseRaw(t.RawInputSchema)
	}
	if t.RawOutputSchema != nil {
		t.RawOutputSchema = normaliseRaw(t.RawOutputSchema)
	} else if t.OutputSchema.Type != "" {
		raw, err := json.Marshal(t.OutputSchema)
		if err == nil {
			if fixed := normaliseRaw(raw); string(fixed) != string(raw) {
				t.RawOutputSchema = fixed
				t.OutputSchema = mcp.ToolOutputSchema{}
			}
		}
	}
	if t.RawInputSchema == nil && t.InputSchema.Type != "" {
		raw, err := json.Marshal(t.InputSchema)
		if err == nil {
			if fixed := normaliseRaw(raw); string(fixed) != string(raw) {
				t.RawInputSchema = fixed
				t.InputSchema = mcp.ToolInputSchema{}
			}
		}
	}
}
