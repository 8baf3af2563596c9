package mcpkit

import (
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The patched jsonschema compiles each draft's meta-schema on first use;
// schemas are still checked against their draft's meta-schema and
// instances validated, for every draft.
func TestJSONSchemaDraftsLoadOnUse(t *testing.T) {
	for _, draft := range []string{"", "http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", "https://json-schema.org/draft/2019-09/schema"} {
		head := ""
		if draft != "" {
			head = `"$schema":"` + draft + `",`
		}
		good, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{` + head + `"type":"object","properties":{"n":{"type":"integer","minimum":1}}}`))
		c := jsonschema.NewCompiler()
		if err := c.AddResource("good.json", good); err != nil {
			t.Fatal(err)
		}
		sch, err := c.Compile("good.json")
		if err != nil {
			t.Fatalf("%s: %v", draft, err)
		}
		inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"n":0}`))
		if sch.Validate(inst) == nil {
			t.Errorf("%s: n=0 validated against minimum 1", draft)
		}
		bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{` + head + `"type":"object","minProperties":"many"}`))
		c = jsonschema.NewCompiler()
		_ = c.AddResource("bad.json", bad)
		if _, err := c.Compile("bad.json"); err == nil {
			t.Errorf("%s: a schema breaking its meta-schema compiled", draft)
		}
	}
}

// SkipSchemaValidation compiles without the meta-schema check and still
// validates instances.
func TestSkipSchemaValidation(t *testing.T) {
	doc, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"type":"object","properties":{"n":{"type":"integer","minimum":1}},"required":["n"]}`))
	c := jsonschema.NewCompiler()
	c.SkipSchemaValidation()
	if err := c.AddResource("s.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("s.json")
	if err != nil {
		t.Fatal(err)
	}
	for in, ok := range map[string]bool{`{"n":1}`: true, `{"n":0}`: false, `{}`: false} {
		inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(in))
		if err := s.Validate(inst); (err == nil) != ok {
			t.Errorf("%s: %v", in, err)
		}
	}
}
