// Package tfhcl writes Terraform HCL for the Cloudflare provider v5
// (cloudflare_ruleset, cloudflare_list) with hclwrite. In v5 every nested
// structure is an attribute (rules = [ { … } ]), never a block.
package tfhcl

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"
)

// Rule is one cloudflare_ruleset rule. Maps are JSON-shaped values
// (string, bool, float64/int, []any, map[string]any).
type Rule struct {
	Ref              string
	Description      string
	Expression       string
	Action           string
	Enabled          bool
	ActionParameters map[string]any
	RateLimit        map[string]any
	Logging          map[string]any
}

// ListItem is one cloudflare_list item.
type ListItem struct {
	IP      string
	Comment string
}

var nonIdent = regexp.MustCompile(`[^a-z0-9_]+`)

// Name turns free text into a Terraform resource name.
func Name(s string) string {
	n := strings.Trim(nonIdent.ReplaceAllString(strings.ToLower(s), "_"), "_")
	if n == "" {
		n = "rule"
	}
	if n[0] >= '0' && n[0] <= '9' {
		n = "r_" + n
	}
	if len(n) > 60 {
		n = n[:60]
	}
	return n
}

// Ruleset renders a cloudflare_ruleset resource for a zone phase entry
// point. zoneRef is a traversal such as var.zone_id.
func Ruleset(resource, phase, description string, rules []Rule) string {
	f := hclwrite.NewEmptyFile()
	b := f.Body().AppendNewBlock("resource", []string{"cloudflare_ruleset", resource}).Body()
	b.SetAttributeTraversal("zone_id", hcl.Traversal{hcl.TraverseRoot{Name: "var"}, hcl.TraverseAttr{Name: "zone_id"}})
	b.SetAttributeValue("name", cty.StringVal("default"))
	if description != "" {
		b.SetAttributeValue("description", cty.StringVal(description))
	}
	b.SetAttributeValue("kind", cty.StringVal("zone"))
	b.SetAttributeValue("phase", cty.StringVal(phase))
	var elems []hclwrite.Tokens
	for _, r := range rules {
		attrs := []hclwrite.ObjectAttrTokens{
			attr("ref", cty.StringVal(r.Ref)),
			attr("description", cty.StringVal(r.Description)),
			attr("expression", cty.StringVal(r.Expression)),
			attr("action", cty.StringVal(r.Action)),
			attr("enabled", cty.BoolVal(r.Enabled)),
		}
		if len(r.ActionParameters) > 0 {
			attrs = append(attrs, attr("action_parameters", toCty(r.ActionParameters)))
		}
		if len(r.RateLimit) > 0 {
			attrs = append(attrs, attr("ratelimit", toCty(r.RateLimit)))
		}
		if len(r.Logging) > 0 {
			attrs = append(attrs, attr("logging", toCty(r.Logging)))
		}
		elems = append(elems, hclwrite.TokensForObject(attrs))
	}
	b.SetAttributeRaw("rules", hclwrite.TokensForTuple(elems))
	return string(hclwrite.Format(f.Bytes()))
}

// List renders a cloudflare_list resource of kind ip with inline items.
// Items are written directly (one object per line) so that lists of
// hundreds of thousands of items render quickly.
func List(resource, name, description string, items []ListItem) string {
	var b strings.Builder
	b.Grow(64 * (len(items) + 4))
	b.WriteString("resource \"cloudflare_list\" " + Quote(resource) + " {\n")
	b.WriteString("  account_id  = var.account_id\n")
	b.WriteString("  name        = " + Quote(name) + "\n")
	b.WriteString("  kind        = \"ip\"\n")
	if description != "" {
		b.WriteString("  description = " + Quote(description) + "\n")
	}
	b.WriteString("  items = [\n")
	for _, it := range items {
		b.WriteString("    { ip = " + Quote(it.IP))
		if it.Comment != "" {
			b.WriteString(", comment = " + Quote(it.Comment))
		}
		b.WriteString(" },\n")
	}
	b.WriteString("  ]\n}\n")
	return b.String()
}

// Quote writes s as an HCL quoted string: backslash escapes for quotes,
// backslashes and control characters, and template sequences ${ and %{
// doubled so they stay literal.
func Quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20:
			fmt.Fprintf(&b, `\u%04x`, c)
		case (c == '$' || c == '%') && i+1 < len(s) && s[i+1] == '{':
			b.WriteByte(c)
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func attr(name string, v cty.Value) hclwrite.ObjectAttrTokens {
	return hclwrite.ObjectAttrTokens{Name: hclwrite.TokensForIdentifier(name), Value: hclwrite.TokensForValue(v)}
}

// toCty converts a JSON-shaped Go value to a cty value (objects for maps,
// tuples for arrays).
func toCty(v any) cty.Value {
	switch x := v.(type) {
	case nil:
		return cty.NullVal(cty.DynamicPseudoType)
	case string:
		return cty.StringVal(x)
	case bool:
		return cty.BoolVal(x)
	case int:
		return cty.NumberIntVal(int64(x))
	case int64:
		return cty.NumberIntVal(x)
	case float64:
		if x == math.Trunc(x) {
			return cty.NumberIntVal(int64(x))
		}
		return cty.NumberFloatVal(x)
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return cty.NumberIntVal(i)
		}
		f, _ := x.Float64()
		return cty.NumberFloatVal(f)
	case []string:
		l := make([]cty.Value, len(x))
		for i, s := range x {
			l[i] = cty.StringVal(s)
		}
		if len(l) == 0 {
			return cty.EmptyTupleVal
		}
		return cty.TupleVal(l)
	case []any:
		l := make([]cty.Value, len(x))
		for i, e := range x {
			l[i] = toCty(e)
		}
		if len(l) == 0 {
			return cty.EmptyTupleVal
		}
		return cty.TupleVal(l)
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		m := map[string]cty.Value{}
		for _, k := range keys {
			m[k] = toCty(x[k])
		}
		if len(m) == 0 {
			return cty.EmptyObjectVal
		}
		return cty.ObjectVal(m)
	}
	panic(fmt.Sprintf("tfhcl: unsupported value %T", v))
}
