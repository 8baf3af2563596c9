package mcpkit

import "encoding/json"

// redactValue returns v as a plain JSON value tree with every string (keys
// included) passed through the redactor.
func redactValue(v any, r Redactor) any {
	b, err := json.Marshal(v)
	if err != nil {
		return map[string]any{"error": "result could not be encoded"}
	}
	var tree any
	if err := json.Unmarshal(b, &tree); err != nil {
		return map[string]any{"error": "result could not be encoded"}
	}
	return walkRedact(tree, r)
}

func walkRedact(v any, r Redactor) any {
	switch t := v.(type) {
	case string:
		return r.String(t)
	case []any:
		for i := range t {
			t[i] = walkRedact(t[i], r)
		}
		return t
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, val := range t {
			out[r.String(k)] = walkRedact(val, r)
		}
		return out
	default:
		return v
	}
}
