package mcpkit

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/cfplane/cfplane/pkg/lazyre"
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

// normaliseRaw returns raw with boolean sub-schemas rewritten (and, for
// an input schema, made portable: see portable), or raw itself (byte for
// byte) when nothing changed.
func normaliseRaw(raw json.RawMessage, input bool) json.RawMessage {
	out, _ := normaliseRawEnums(raw, input)
	return out
}

// normaliseRawEnums is normaliseRaw that also returns the JSON pointers of
// the enums it took from descriptions.
func normaliseRawEnums(raw json.RawMessage, input bool) (json.RawMessage, []string) {
	if len(raw) == 0 {
		return raw, nil
	}
	var tree any
	if json.Unmarshal(raw, &tree) != nil {
		return raw, nil
	}
	changed := fixSchema(tree)
	var derived []string
	if input && portable(tree, "", true, "", &derived) {
		changed = true
	}
	if !changed {
		return raw, nil
	}
	out, err := json.Marshal(tree)
	if err != nil {
		return raw, nil
	}
	slices.Sort(derived) // in a stable order (portable walks maps)
	return out, derived
}

// normaliseTool normalises t's schemas (normaliseSchemas) and returns the
// input schema's described enums. An input schema from the schema file is
// already portable: it is served as it is, with the file's enums.
func normaliseTool(t *Tool) []string {
	if !t.portableInput || t.Def.RawInputSchema == nil {
		return normaliseSchemas(&t.Def)
	}
	in := t.Def.RawInputSchema
	t.Def.RawInputSchema = nil
	normaliseSchemas(&t.Def) // the output schema
	t.Def.RawInputSchema = in
	return t.fileEnums
}

// normaliseSchemas applies normaliseRaw to a tool's input and output
// schemas, structured or raw; it returns the JSON pointers of the input
// schema's enums taken from descriptions.
func normaliseSchemas(t *mcp.Tool) (derived []string) {
	if t.RawInputSchema != nil {
		t.RawInputSchema, derived = normaliseRawEnums(t.RawInputSchema, true)
	}
	if t.RawOutputSchema != nil {
		t.RawOutputSchema = normaliseRaw(t.RawOutputSchema, false)
	} else if t.OutputSchema.Type != "" {
		raw, err := json.Marshal(t.OutputSchema)
		if err == nil {
			if fixed := normaliseRaw(raw, false); string(fixed) != string(raw) {
				t.RawOutputSchema = fixed
				t.OutputSchema = mcp.ToolOutputSchema{}
			}
		}
	}
	if t.RawInputSchema == nil && t.InputSchema.Type != "" {
		raw, err := json.Marshal(t.InputSchema)
		if err == nil {
			if fixed, d := normaliseRawEnums(raw, true); string(fixed) != string(raw) {
				t.RawInputSchema, derived = fixed, d
				t.InputSchema = mcp.ToolInputSchema{}
			}
		}
	}
	return derived
}

// Input schemas are made portable: MCP clients map tool schemas onto
// narrower dialects (a single "type" string, every value typed), and some
// send an argument typed ["null","object"] as a JSON string. The Go schema
// generator emits ["null", T] for every pointer, slice and map; an argument
// is optional by being absent from "required", so the null branch adds
// nothing and is dropped. A schema that constrains nothing (from a field
// typed any) becomes an anyOf of the non-null types, which accepts the same
// arguments with every branch typed. A string (or array of strings) whose
// description is exactly a list of accepted values ("get or set",
// "production (default), staging or development", "plan: free, pro,
// business or enterprise") gets those values as an enum, so clients offer
// them instead of guessing.

// anyTypes are the branches that replace an untyped schema.
var anyTypes = []string{"object", "array", "string", "number", "boolean"}

// constraining are keywords that make a schema accept less than anything
// (the MCP Inspector's list, without the conditionals).
var constraining = map[string]bool{"type": true, "enum": true, "const": true, "multipleOf": true, "maximum": true, "exclusiveMaximum": true,
	"minimum": true, "exclusiveMinimum": true, "maxLength": true, "minLength": true, "pattern": true, "format": true, "maxItems": true,
	"minItems": true, "uniqueItems": true, "maxProperties": true, "minProperties": true, "required": true, "allOf": true, "anyOf": true,
	"oneOf": true, "not": true, "items": true, "prefixItems": true, "contains": true, "properties": true, "patternProperties": true,
	"additionalProperties": true, "propertyNames": true, "$ref": true}

// portable rewrites node in place; root is the schema itself (never
// untyped-expanded). It reports whether anything changed.
func portable(node any, keyword string, root bool, ptr string, derived *[]string) bool {
	obj, ok := node.(map[string]any)
	if !ok {
		return false
	}
	changed := false
	if types, ok := obj["type"].([]any); ok {
		var rest []any
		for _, t := range types {
			if t != "null" {
				rest = append(rest, t)
			}
		}
		if len(rest) == 1 && len(rest) < len(types) {
			obj["type"], changed = rest[0], true
		}
	}
	if !root && keyword != "not" && !constrains(obj) {
		branches := make([]any, len(anyTypes))
		for i, t := range anyTypes {
			branches[i] = map[string]any{"type": t}
		}
		obj["anyOf"], changed = branches, true
	}
	if _, has := obj["enum"]; !has {
		desc, _ := obj["description"].(string)
		if vals := EnumFromDescription(desc); vals != nil {
			added := false
			switch obj["type"] {
			case "string":
				obj["enum"], added = vals, true
				*derived = append(*derived, ptr)
			case "array":
				if it, ok := obj["items"].(map[string]any); ok && it["type"] == "string" && it["enum"] == nil && it["description"] == nil {
					it["enum"], added = vals, true
					*derived = append(*derived, ptr+"/items")
				}
			}
			if added {
				changed = true
				// "plan for inline input: free, pro" → "plan for inline
				// input": the enum lists the values (remarks in
				// parentheses, such as defaults, keep the whole text).
				// A description that is only the list says nothing the
				// enum does not: it goes (the tool list is read on every
				// turn).
				if i := strings.LastIndex(desc, ": "); i > 0 && !strings.Contains(desc, "(") {
					obj["description"] = strings.TrimSpace(desc[:i])
				} else if i < 0 && !strings.Contains(desc, "(") {
					delete(obj, "description")
				}
			}
		}
	}
	for k, v := range obj {
		switch {
		case schemaMaps[k]:
			if m, ok := v.(map[string]any); ok {
				for name, sub := range m {
					if portable(sub, k, false, ptr+"/"+k+"/"+name, derived) {
						changed = true
					}
				}
			}
		case schemaLists[k]:
			if l, ok := v.([]any); ok {
				for i, sub := range l {
					if portable(sub, k, false, ptr+"/"+k+"/"+strconv.Itoa(i), derived) {
						changed = true
					}
				}
			}
		case schemaOne[k]:
			if portable(v, k, false, ptr+"/"+k, derived) {
				changed = true
			}
		}
	}
	return changed
}

func constrains(obj map[string]any) bool {
	for k := range obj {
		if constraining[k] {
			return true
		}
	}
	_, hasIf := obj["if"]
	_, hasThen := obj["then"]
	_, hasElse := obj["else"]
	return hasIf && (hasThen || hasElse)
}

var (
	enumValue     = lazyre.New(`^[a-z0-9][a-z0-9_.-]*$`)
	parenthetical = lazyre.New(`\s*\([^()]*\)`)
	listSep       = lazyre.New(`\s*,\s*(?:or\s+)?|\s+or\s+`)
)

// EnumFromDescription returns the accepted values when a description is
// exactly a list of them: identifiers separated by commas and "or",
// optionally after a lead-in ending in ": " and with parenthetical remarks
// ("(default)"). Anything else (free text, ranges, "…", several lists
// separated by ";") returns nil.
func EnumFromDescription(desc string) []string {
	d := strings.TrimSpace(desc)
	if d == "" || strings.ContainsAny(d, ";|…") {
		return nil
	}
	d = strings.TrimSpace(parenthetical.ReplaceAllString(d, ""))
	if i := strings.LastIndex(d, ": "); i >= 0 {
		d = d[i+2:]
	}
	parts := listSep.Split(d, -1)
	// Two words with a comma are as likely a remark ("substrings,
	// case-insensitive") as a choice; a choice of two says "or".
	if len(parts) < 2 || (len(parts) == 2 && !strings.Contains(d, " or ")) {
		return nil
	}
	seen := map[string]bool{}
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if !enumValue.MatchString(p) || seen[p] {
			return nil
		}
		seen[p] = true
		out = append(out, p)
	}
	return out
}
