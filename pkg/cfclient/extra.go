package cfclient

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"sync"
)

// Extra holds the fields of an API object that cfclient does not model,
// raw, so that an object read and written back keeps them (the API adds
// fields over time; a rule PATCH replaces the whole rule).
type Extra map[string]json.RawMessage

// Keys returns the extra field names, sorted.
func (e Extra) Keys() []string {
	out := make([]string, 0, len(e))
	for k := range e {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var knownKeys sync.Map // reflect.Type → map[string]bool

// jsonKeys are the JSON names of t's fields (t a struct type).
func jsonKeys(t reflect.Type) map[string]bool {
	if m, ok := knownKeys.Load(t); ok {
		return m.(map[string]bool)
	}
	m := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-":
		case f.Anonymous && name == "":
			for k := range jsonKeys(f.Type) {
				m[k] = true
			}
		case name == "":
			m[f.Name] = true
		default:
			m[name] = true
		}
	}
	knownKeys.Store(t, m)
	return m
}

// unmarshalExtra decodes data into v (a pointer to a struct type without
// its own UnmarshalJSON) and returns the fields v's type does not name.
func unmarshalExtra(data []byte, v any) (Extra, error) {
	if err := json.Unmarshal(data, v); err != nil {
		return nil, err
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, nil // not an object (e.g. null): nothing extra
	}
	known := jsonKeys(reflect.TypeOf(v).Elem())
	var extra Extra
	for k, raw := range all {
		if !known[k] {
			if extra == nil {
				extra = Extra{}
			}
			extra[k] = raw
		}
	}
	return extra, nil
}

// MarshalWithExtra is marshalExtra for other packages' value types (the
// plan engine's flattened rule and record values).
func MarshalWithExtra(v any, extra Extra) ([]byte, error) { return marshalExtra(v, extra) }

// JSONKeys are the JSON names of a struct type's fields (embedded structs'
// included).
func JSONKeys(t reflect.Type) map[string]bool { return jsonKeys(t) }

// marshalExtra encodes v (a struct without its own MarshalJSON) and adds
// the extra fields its encoding does not already hold.
func marshalExtra(v any, extra Extra) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil || len(extra) == 0 {
		return b, err
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	known := jsonKeys(reflect.TypeOf(v))
	for k, raw := range extra {
		if _, set := m[k]; !set && !known[k] && len(raw) > 0 {
			m[k] = raw
		}
	}
	return json.Marshal(m)
}
