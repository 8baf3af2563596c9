package safe

import (
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// sharedSchemas are object schemas that recur in results: each is written
// once under $defs and referenced wherever it occurs, which keeps
// tools/list small. The key is the object's sorted property names.
var sharedSchemas = map[string]string{
	"flagged,rules,untrusted,value":  "text",      // untrusted.Text
	"checked,flagged,note,unchecked": "untrusted", // untrusted.Summary
}

// compactOutputSchema keeps tools/list small without changing what a valid
// result is: below the top level it drops "additionalProperties": false,
// "required" and the null alternative of array types (results never send
// null arrays: they send [] or leave the field out), and it defines each
// recurring object schema (see sharedSchemas) once in $defs. The top level
// keeps every constraint.
func compactOutputSchema(t mcpkit.Tool) mcpkit.Tool {
	s := &t.Def.OutputSchema
	defs := map[string]any{}
	for k, v := range s.Properties {
		s.Properties[k] = shareIn(v, defs)
	}
	if len(defs) > 0 {
		if s.Defs == nil {
			s.Defs = map[string]any{}
		}
		for k, v := range defs {
			s.Defs[k] = v
		}
	}
	return t
}

func shareIn(v any, defs map[string]any) any {
	switch x := v.(type) {
	case map[string]any:
		if ap, ok := x["additionalProperties"].(bool); ok && !ap {
			delete(x, "additionalProperties")
		}
		delete(x, "required")
		if ts, ok := x["type"].([]any); ok && len(ts) == 2 && ts[0] == "null" {
			x["type"] = ts[1]
		}
		if props, ok := x["properties"].(map[string]any); ok {
			names := make([]string, 0, len(props))
			for n := range props {
				names = append(names, n)
			}
			sort.Strings(names)
			if name, ok := sharedSchemas[strings.Join(names, ",")]; ok {
				def := map[string]any{}
				for k, val := range x {
					def[k] = val
				}
				def["type"] = "object"
				defs[name] = def
				return map[string]any{"$ref": "#/$defs/" + name}
			}
		}
		for k, val := range x {
			x[k] = shareIn(val, defs)
		}
		return x
	case []any:
		for i, val := range x {
			x[i] = shareIn(val, defs)
		}
		return x
	}
	return v
}
