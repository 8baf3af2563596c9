package mcpkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"sync"

	"github.com/mark3labs/mcp-go/mcp"
)

// Tool schemas are served from a schema file each server package embeds
// (__toolsnaps__/schemas.json, beside the tool snapshots) instead of being
// reflected from the Go types at every start: reflection was about a sixth
// of a server's start-up CPU. The file maps each argument and result type to
// its schema; the tool-definition tests regenerate it (UPDATE_TOOLSNAPS=true)
// and fail when it no longer matches the types, and a type the file does not
// hold is reflected as before.
//
// Input schemas are held as served: already made portable (schema.go), with
// the JSON pointers of the enums taken from descriptions under "enums", so
// that start-up does not decode and re-encode each of them.

type schemaFile struct {
	Input  map[string]json.RawMessage `json:"input"`
	Output map[string]json.RawMessage `json:"output"`
	Enums  map[string][]string        `json:"enums,omitempty"`
}

var schemaReg struct {
	mu     sync.Mutex
	raw    [][]byte
	parsed *schemaFile
}

// RegisterSchemas adds a schema file's content (from go:embed) to the
// registry. It is parsed when the first tool is built.
func RegisterSchemas(data []byte) {
	schemaReg.mu.Lock()
	defer schemaReg.mu.Unlock()
	schemaReg.raw = append(schemaReg.raw, data)
	schemaReg.parsed = nil
}

func registeredSchemas() *schemaFile {
	schemaReg.mu.Lock()
	defer schemaReg.mu.Unlock()
	if schemaReg.parsed == nil {
		all := &schemaFile{Input: map[string]json.RawMessage{}, Output: map[string]json.RawMessage{}, Enums: map[string][]string{}}
		for _, raw := range schemaReg.raw {
			var f schemaFile
			if json.Unmarshal(raw, &f) != nil {
				continue // a broken file only costs reflection; the tests catch it
			}
			for k, v := range f.Input {
				all.Input[k] = v
			}
			for k, v := range f.Output {
				all.Output[k] = v
			}
			for k := range f.Input {
				delete(all.Enums, k) // the enums go with the input schema
			}
			for k, v := range f.Enums {
				all.Enums[k] = v
			}
		}
		schemaReg.parsed = all
	}
	return schemaReg.parsed
}

// typeKey names a Go type uniquely (package path and name).
func typeKey[T any]() string {
	t := reflect.TypeFor[T]()
	if t.Name() != "" && t.PkgPath() != "" {
		return t.PkgPath() + "." + t.Name()
	}
	return t.String()
}

// setRegisteredSchemas sets def's schemas from the registry (the input
// schema already portable) and returns the input's enums taken from
// descriptions; false when the registry does not hold both.
func setRegisteredSchemas(def *mcp.Tool, inKey, outKey string) ([]string, bool) {
	f := registeredSchemas()
	in, ok1 := f.Input[inKey]
	out, ok2 := f.Output[outKey]
	if !ok1 || !ok2 {
		return nil, false
	}
	os, ok := decodeOutputSchema(out)
	if !ok {
		return nil, false
	}
	os.Type = "object" // as mcp.WithOutputSchema sets them
	os.PropertyOrder = nil
	var compact bytes.Buffer // as reflection gives it (the file is indented)
	if json.Compact(&compact, in) != nil {
		return nil, false
	}
	def.InputSchema.Type = ""
	def.RawInputSchema = json.RawMessage(compact.Bytes())
	def.OutputSchema = os
	return f.Enums[inKey], true
}

// decodeOutputSchema decodes a generated output schema with a plain struct:
// mcp.ToolOutputSchema's UnmarshalJSON decodes "properties" twice to record
// their order (which setRegisteredSchemas drops) and was half of a server's
// tool-building time at start. A schema with draft-07 "definitions" (the
// generator emits "$defs") takes mcp-go's path, which rewrites its $refs.
func decodeOutputSchema(raw []byte) (mcp.ToolOutputSchema, bool) {
	var plain struct {
		Defs                 map[string]any  `json:"$defs,omitempty"`
		Definitions          json.RawMessage `json:"definitions,omitempty"`
		Type                 string          `json:"type"`
		Properties           map[string]any  `json:"properties"`
		Required             []string        `json:"required,omitempty"`
		AdditionalProperties any             `json:"additionalProperties,omitempty"`
	}
	if json.Unmarshal(raw, &plain) != nil {
		return mcp.ToolOutputSchema{}, false
	}
	if plain.Definitions != nil {
		var os mcp.ToolOutputSchema
		err := json.Unmarshal(raw, &os)
		os.PropertyOrder = nil
		return os, err == nil
	}
	return mcp.ToolOutputSchema{Defs: plain.Defs, Type: plain.Type, Properties: plain.Properties,
		Required: plain.Required, AdditionalProperties: plain.AdditionalProperties}, true
}

type schemaEntry struct {
	inKey, outKey string
	in, out       json.RawMessage
}

// SchemaFile returns the schema file for tools, reflected from their Go
// types (tools not built by NewTool are skipped).
func SchemaFile(tools []Tool) ([]byte, error) {
	f := schemaFile{Input: map[string]json.RawMessage{}, Output: map[string]json.RawMessage{}, Enums: map[string][]string{}}
	for _, t := range tools {
		if t.schemas == nil {
			continue
		}
		e := t.schemas()
		in, enums := normaliseRawEnums(e.in, true)
		f.Input[e.inKey] = in
		if len(enums) > 0 {
			f.Enums[e.inKey] = enums
		}
		f.Output[e.outKey] = e.out
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// CheckSchemaFile reports every tool whose types the registered schema file
// holds with a schema other than reflection gives now (a stale file), and
// every tool it does not hold.
func CheckSchemaFile(tools []Tool) (stale, missing []string) {
	f := registeredSchemas()
	for _, t := range tools {
		if t.schemas == nil {
			continue
		}
		e := t.schemas()
		in, ok1 := f.Input[e.inKey]
		out, ok2 := f.Output[e.outKey]
		portable, enums := normaliseRawEnums(e.in, true)
		switch {
		case !ok1 || !ok2:
			missing = append(missing, t.Def.Name)
		case !jsonEqual(in, portable) || !jsonEqual(out, e.out) || !slices.Equal(f.Enums[e.inKey], enums):
			stale = append(stale, fmt.Sprintf("%s (%s → %s)", t.Def.Name, e.inKey, e.outKey))
		}
	}
	sort.Strings(stale)
	sort.Strings(missing)
	return stale, missing
}

func jsonEqual(a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}
