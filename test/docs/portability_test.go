package docs

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// The MCP Inspector's tool-schema portability lint (`mcp-inspector --cli
// --method tools/list --strict`, core/json/schemaLint.ts in Inspector 2.x)
// raises, on every schema and sub-schema:
//   - boolean-schema (error): a bare true/false where a schema object is
//     expected (additionalProperties and friends excepted);
//   - type-union (warning): "type" given as an array;
//   - remote-ref (warning): a $ref outside the document;
//   - untyped-schema (warning): a schema with no validation keyword at all
//     (except directly under "not").
// lintSchema implements those rules, and one of cfplane's own:
//   - enum-in-description: a string whose description lists its accepted
//     values but carries no "enum" (clients then guess, or send other words).
// TestInputSchemasPortable allows no finding on any input schema of any
// server, in the write and the read-only tool lists.

type finding struct{ rule, path, detail string }

var (
	subschemaOne   = []string{"items", "contains", "not", "propertyNames", "if", "then", "else", "additionalProperties", "unevaluatedProperties", "additionalItems", "unevaluatedItems", "contentSchema"}
	subschemaList  = []string{"allOf", "anyOf", "oneOf", "prefixItems"}
	subschemaMap   = []string{"properties", "patternProperties", "dependentSchemas", "dependencies", "$defs", "definitions"}
	booleanAllowed = map[string]bool{"additionalProperties": true, "unevaluatedProperties": true, "additionalItems": true, "unevaluatedItems": true}
	constraining   = map[string]bool{}
)

func init() {
	for _, k := range strings.Fields(`type enum const multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength
		pattern format contentMediaType contentEncoding contentSchema maxItems minItems uniqueItems maxContains minContains maxProperties
		minProperties required dependentRequired allOf anyOf oneOf not items prefixItems contains additionalItems unevaluatedItems properties
		patternProperties additionalProperties unevaluatedProperties propertyNames dependentSchemas dependencies $ref $dynamicRef $recursiveRef`) {
		constraining[k] = true
	}
}

func lintSchema(node any, path, keyword string, out *[]finding) {
	switch n := node.(type) {
	case bool:
		if !booleanAllowed[keyword] {
			*out = append(*out, finding{"boolean-schema", path, fmt.Sprintf("bare %v", n)})
		}
		return
	case map[string]any:
		if t, ok := n["type"].([]any); ok {
			*out = append(*out, finding{"type-union", path, fmt.Sprint(t)})
		}
		if ref, ok := n["$ref"].(string); ok && ref != "" && !strings.HasPrefix(ref, "#") {
			*out = append(*out, finding{"remote-ref", path, ref})
		}
		constrains := false
		for k := range n {
			constrains = constrains || constraining[k]
		}
		_, hasIf := n["if"]
		_, hasThen := n["then"]
		_, hasElse := n["else"]
		constrains = constrains || (hasIf && (hasThen || hasElse))
		if !constrains && keyword != "not" {
			*out = append(*out, finding{"untyped-schema", path, "accepts any value"})
		}
		if desc, _ := n["description"].(string); n["type"] == "string" && n["enum"] == nil && mcpkit.EnumFromDescription(desc) != nil {
			*out = append(*out, finding{"enum-in-description", path, desc})
		}
		if desc, _ := n["description"].(string); n["type"] == "array" && mcpkit.EnumFromDescription(desc) != nil {
			if it, ok := n["items"].(map[string]any); !ok || it["enum"] == nil {
				*out = append(*out, finding{"enum-in-description", path, desc})
			}
		}
		for _, k := range subschemaMap {
			if m, ok := n[k].(map[string]any); ok {
				names := make([]string, 0, len(m))
				for name := range m {
					names = append(names, name)
				}
				sort.Strings(names)
				for _, name := range names {
					lintSchema(m[name], path+"."+k+"."+name, k, out)
				}
			}
		}
		for _, k := range subschemaList {
			if l, ok := n[k].([]any); ok {
				for i, sub := range l {
					lintSchema(sub, fmt.Sprintf("%s.%s[%d]", path, k, i), k, out)
				}
			}
		}
		for _, k := range subschemaOne {
			if v, ok := n[k]; ok {
				if l, isList := v.([]any); isList && k == "items" {
					for i, sub := range l {
						lintSchema(sub, fmt.Sprintf("%s.items[%d]", path, i), k, out)
					}
					continue
				}
				lintSchema(v, path+"."+k, k, out)
			}
		}
	}
}

func lintJSON(t *testing.T, raw string) []finding {
	t.Helper()
	var tree any
	if err := json.Unmarshal([]byte(raw), &tree); err != nil {
		t.Fatal(err)
	}
	var out []finding
	lintSchema(tree, "inputSchema", "", &out)
	return out
}

// The linter itself finds what it is meant to find.
func TestPortabilityLintRules(t *testing.T) {
	cases := map[string]string{
		"boolean-schema":      `{"type":"object","properties":{"x":true}}`,
		"type-union":          `{"type":"object","properties":{"x":{"type":["null","object"]}}}`,
		"remote-ref":          `{"type":"object","properties":{"x":{"$ref":"https://example.com/s.json"}}}`,
		"untyped-schema":      `{"type":"object","properties":{"x":{"description":"anything"}}}`,
		"enum-in-description": `{"type":"object","properties":{"x":{"type":"string","description":"get or set"}}}`,
	}
	for rule, raw := range cases {
		got := lintJSON(t, raw)
		if len(got) != 1 || got[0].rule != rule {
			t.Errorf("%s: got %+v", rule, got)
		}
	}
	if got := lintJSON(t, `{"type":"object","additionalProperties":false,"properties":{"x":{"type":"string","enum":["get","set"],"description":"get or set"},"y":{"not":{}}}}`); len(got) != 0 {
		t.Errorf("a portable schema: %+v", got)
	}
}

func TestInputSchemasPortable(t *testing.T) {
	total := 0
	for _, s := range specs {
		for _, writes := range []bool{true, false} {
			tools, err := clicore.ToolListWrites(s, writes)
			if err != nil {
				t.Fatalf("%s: %v", s.Name, err)
			}
			readOnly := !writes
			for _, tool := range tools {
				raw := []byte(tool.Def.RawInputSchema)
				if raw == nil {
					raw, _ = json.Marshal(tool.Def.InputSchema)
				}
				total++
				for _, f := range lintJSON(t, string(raw)) {
					t.Errorf("%s %s (read-only=%v): %s at %s: %s", s.Name, tool.Def.Name, readOnly, f.rule, f.path, f.detail)
				}
			}
		}
	}
	if total < 20 {
		t.Fatalf("only %d tool schemas checked", total)
	}
}
