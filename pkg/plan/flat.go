package plan

import (
	"encoding/json"
	"reflect"

	"github.com/cfplane/cfplane/pkg/cfclient"
)

// unmarshalFlat decodes b into v (a pointer to a struct type without its own
// UnmarshalJSON) and returns, canonical, the fields v's type does not name,
// minus drop.
func unmarshalFlat(b []byte, v any, drop map[string]bool) (map[string]json.RawMessage, error) {
	if err := json.Unmarshal(b, v); err != nil {
		return nil, err
	}
	var all map[string]json.RawMessage
	if json.Unmarshal(b, &all) != nil {
		return nil, nil
	}
	known := cfclient.JSONKeys(reflect.TypeOf(v).Elem())
	var extra map[string]json.RawMessage
	for k, raw := range all {
		if known[k] || drop[k] {
			continue
		}
		if extra == nil {
			extra = map[string]json.RawMessage{}
		}
		extra[k] = canonJSON(raw)
	}
	return extra, nil
}

// marshalFlat encodes v (a struct without its own MarshalJSON) with the
// extra fields beside its own (its own win). Without extra fields the
// encoding is the struct's, in field order; with them, keys are sorted.
func marshalFlat(v any, extra map[string]json.RawMessage) ([]byte, error) {
	return cfclient.MarshalWithExtra(v, extra)
}

// canonExtra returns extra with canonical JSON values, without the drop
// keys and null values; nil when nothing is left.
func canonExtra(extra map[string]json.RawMessage, drop map[string]bool) map[string]json.RawMessage {
	var out map[string]json.RawMessage
	for k, raw := range extra {
		if drop[k] || len(raw) == 0 || string(raw) == "null" {
			continue
		}
		if out == nil {
			out = map[string]json.RawMessage{}
		}
		out[k] = canonJSON(raw)
	}
	return out
}
