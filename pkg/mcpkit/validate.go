package mcpkit

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Arguments are validated against each tool's advertised input schema inside
// the middleware chain (after the gate, inside redaction), not by mcp-go
// before it: mcp-go's validator answers outside the chain, so its messages
// would escape redaction, and it renders them as Go structs
// ("&{Missing:[plan_id]}") that a model reads poorly.

// maxValidationMessages bounds how many violations one error lists.
const maxValidationMessages = 8

var printer = message.NewPrinter(language.English)

type argValidator struct {
	once   sync.Once
	schema *jsonschema.Schema
	err    error
	raw    []byte
	names  []string
	// described are pointers to enums the tool checks itself.
	described []string
}

func newArgValidators(tools []Tool) map[string]*argValidator {
	out := make(map[string]*argValidator, len(tools))
	for _, t := range tools {
		raw := []byte(t.Def.RawInputSchema)
		if raw == nil {
			raw, _ = json.Marshal(t.Def.InputSchema)
		}
		out[t.Def.Name] = &argValidator{raw: raw, names: schemaPropertyNames(raw), described: t.describedEnums}
	}
	return out
}

func schemaPropertyNames(raw []byte) []string {
	var s struct {
		Properties map[string]json.RawMessage `json:"properties"`
	}
	_ = json.Unmarshal(raw, &s)
	names := make([]string, 0, len(s.Properties))
	for n := range s.Properties {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func (v *argValidator) compile() (*jsonschema.Schema, error) {
	v.once.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(string(v.raw)))
		if err != nil {
			v.err = err
			return
		}
		// Enums taken from descriptions (schema.go) are advertised for
		// clients; the tools check those values themselves, with messages
		// that say what is accepted and why, so the generic validator
		// leaves them to the tools.
		for _, ptr := range v.described {
			if n, ok := lookupPointer(doc, ptr).(map[string]any); ok {
				delete(n, "enum")
			}
		}
		c := jsonschema.NewCompiler()
		// The schemas are checked against the meta-schema in the snapshot
		// tests (toolsnaps.Test); doing it here cost the first call of
		// every process a meta-schema compile.
		c.SkipSchemaValidation()
		if err := c.AddResource("tool.json", doc); err != nil {
			v.err = err
			return
		}
		v.schema, v.err = c.Compile("tool.json")
	})
	return v.schema, v.err
}

// check returns a readable description of what is wrong with args, or "".
func (v *argValidator) check(args any) string {
	sch, err := v.compile()
	if err != nil || sch == nil {
		return "" // an uncompilable schema is a server bug caught by the schema tests
	}
	if args == nil {
		args = map[string]any{}
	}
	// Round-trip through JSON so numbers are in the validator's form.
	b, err := json.Marshal(args)
	if err != nil {
		return "arguments are not valid JSON"
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(string(b)))
	if err != nil {
		return "arguments are not valid JSON"
	}
	verr, ok := sch.Validate(inst).(*jsonschema.ValidationError)
	if !ok || verr == nil {
		return ""
	}
	var msgs []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			loc := "arguments"
			if len(e.InstanceLocation) > 0 {
				loc = strings.Join(e.InstanceLocation, ".")
			}
			msgs = append(msgs, loc+": "+e.ErrorKind.LocalizedString(printer))
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(verr)
	if len(msgs) > maxValidationMessages {
		msgs = append(msgs[:maxValidationMessages], fmt.Sprintf("and %d more", len(msgs)-maxValidationMessages))
	}
	return "invalid arguments: " + strings.Join(msgs, "; ") + "; accepted arguments: " + strings.Join(v.names, ", ")
}

func validateMW(validators map[string]*argValidator, r Redactor) server.ToolHandlerMiddleware {
	return func(next server.ToolHandlerFunc) server.ToolHandlerFunc {
		return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			if v := validators[req.Params.Name]; v != nil {
				if msg := v.check(req.Params.Arguments); msg != "" {
					return mcp.NewToolResultError(r.String(msg)), nil
				}
			}
			return next(ctx, req)
		}
	}
}

// lookupPointer follows a JSON pointer of plain names (no escapes: the
// schema's property names are identifiers) through maps and lists.
func lookupPointer(doc any, ptr string) any {
	cur := doc
	for _, p := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		if p == "" {
			continue
		}
		switch n := cur.(type) {
		case map[string]any:
			cur = n[p]
		case []any:
			i, err := strconv.Atoi(p)
			if err != nil || i < 0 || i >= len(n) {
				return nil
			}
			cur = n[i]
		default:
			return nil
		}
	}
	return cur
}
