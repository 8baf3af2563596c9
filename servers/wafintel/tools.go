package wafintel

import (
	"encoding/json"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// Toolsets is the single registry of waf_intelligence's tools. Every tool is
// read-only.
func Toolsets(d *cli.Deps) ([]*mcpkit.Toolset, error) {
	rules := mcpkit.NewToolset("rules", "Cloudflare Rules language").
		AddRead(slim(wafExpressionValidate()), slim(wafRuleSynthesize(d)), slim(wafRuleSimulate(d)))
	analysis := mcpkit.NewToolset("analysis", "WAF configuration analysis").
		AddRead(slim(wafConfigAnalyze(d)), slim(ruleGapIdentify(d)), slim(complianceMapGenerate(d)))
	intel := mcpkit.NewToolset("intel", "Threat intelligence").
		AddRead(slim(threatIntelIntegrate(d)))
	return []*mcpkit.Toolset{rules, analysis, intel}, nil
}

// slim keeps tools/list small (a model reads it every turn): output
// schemas keep their structure (types, properties) but drop descriptions,
// required lists and nested additionalProperties; optional input arrays
// are plain arrays.
func slim(t mcpkit.Tool) mcpkit.Tool {
	t.Def.OutputSchema.Required = nil
	for k, p := range t.Def.OutputSchema.Properties {
		// Schemas from the snapshot (mcpkit) are already maps and slices,
		// decoded for this tool alone; only reflected ones need converting.
		v := p
		if _, ok := p.(map[string]any); !ok {
			v = plain(p)
		}
		stripSchema(v)
		t.Def.OutputSchema.Properties[k] = v
	}
	var in map[string]any
	if t.Def.RawInputSchema != nil && json.Unmarshal(t.Def.RawInputSchema, &in) == nil {
		props, _ := in["properties"].(map[string]any)
		for _, p := range props {
			if m, ok := p.(map[string]any); ok {
				if ty, ok := m["type"].([]any); ok && len(ty) == 2 && ty[0] == "null" {
					m["type"] = ty[1]
				}
			}
		}
		if b, err := json.Marshal(in); err == nil {
			t.Def.RawInputSchema = b
		}
	}
	return t
}

// plain turns a schema value of any Go type into maps and slices.
func plain(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var out any
	if json.Unmarshal(b, &out) != nil {
		return v
	}
	return out
}

func stripSchema(v any) {
	switch x := v.(type) {
	case map[string]any:
		delete(x, "description")
		delete(x, "required")
		if x["additionalProperties"] == false {
			delete(x, "additionalProperties")
		}
		for k, e := range x {
			if k == "properties" {
				if ps, ok := e.(map[string]any); ok {
					for _, p := range ps {
						stripSchema(p)
					}
				}
				continue
			}
			stripSchema(e)
		}
	case []any:
		for _, e := range x {
			stripSchema(e)
		}
	}
}
