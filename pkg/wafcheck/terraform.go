package wafcheck

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/cfplane/cfplane/pkg/cfclient"
)

// FromTerraform reads Terraform HCL (provider v5): cloudflare_ruleset
// resources become rulesets, cloudflare_zone_setting resources settings,
// cloudflare_dns_record resources DNS records and cloudflare_list resources
// lists. References (var.zone_id) stay unknown; literal values are read.
func FromTerraform(src []byte, filename, plan string) (*Snapshot, error) {
	if len(src) > MaxInlineBytes {
		return nil, fmt.Errorf("Terraform HCL is %d bytes; the limit is %d", len(src), MaxInlineBytes)
	}
	if strings.TrimSpace(string(src)) == "" {
		return nil, fmt.Errorf("Terraform HCL is empty; pass the .tf content with cloudflare_ruleset resources")
	}
	if filename == "" {
		filename = "input.tf"
	}
	f, diags := hclsyntax.ParseConfig(src, filename, hcl.InitialPos)
	if diags.HasErrors() {
		return nil, fmt.Errorf("Terraform HCL does not parse: %s", diagText(diags))
	}
	body, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		return nil, fmt.Errorf("Terraform HCL: unexpected body type")
	}
	s := &Snapshot{Source: SourceTerraform, Plan: plan}
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{
		"var": cty.DynamicVal, "local": cty.DynamicVal, "data": cty.DynamicVal, "module": cty.DynamicVal,
	}, Functions: nil}
	// Resource references (cloudflare_list.x.id) evaluate to unknown.
	for _, b := range body.Blocks {
		if b.Type == "resource" && len(b.Labels) == 2 {
			ctx.Variables[b.Labels[0]] = cty.DynamicVal
		}
	}
	settings := map[string]json.RawMessage{}
	n := 0
	for _, b := range body.Blocks {
		if b.Type != "resource" || len(b.Labels) != 2 {
			continue
		}
		addr := b.Labels[0] + "." + b.Labels[1]
		attrs, err := blockAttrs(b, ctx, addr)
		if err != nil {
			return nil, err
		}
		switch b.Labels[0] {
		case "cloudflare_ruleset":
			for _, nb := range b.Body.Blocks {
				if nb.Type == "rules" {
					return nil, fmt.Errorf("%s:%d: %s uses a `rules { … }` block (provider v4 syntax); provider v5 takes `rules = [ { … } ]`", filename, nb.TypeRange.Start.Line, addr)
				}
			}
			var rs cfclient.Ruleset
			if err := remarshal(attrs, &rs); err != nil {
				return nil, fmt.Errorf("%s: %s does not have the cloudflare_ruleset shape: %v", filename, addr, err)
			}
			if rs.Phase == "" {
				return nil, fmt.Errorf("%s: %s has no literal phase; set phase = \"%s\" (or another phase)", filename, addr, PhaseCustom)
			}
			for j, r := range rs.Rules {
				if r.Action == "" {
					return nil, fmt.Errorf("%s: %s rules[%d] has no literal action", filename, addr, j)
				}
			}
			n += len(rs.Rules)
			s.Rulesets = append(s.Rulesets, Ruleset{Ruleset: rs, Address: addr})
			s.addPhase(rs.Phase)
		case "cloudflare_zone_setting":
			id, _ := attrs["setting_id"].(string)
			if id != "" {
				v, _ := json.Marshal(attrs["value"])
				settings[id] = v
			}
		case "cloudflare_dns_record":
			var r cfclient.DNSRecord
			if err := remarshal(attrs, &r); err == nil {
				s.DNS = append(s.DNS, r)
				s.DNSKnown = true
			}
		case "cloudflare_list":
			var l cfclient.IPList
			_ = remarshal(attrs, &l)
			lst := List{IPList: l}
			if items, ok := attrs["items"].([]any); ok {
				for _, it := range items {
					if m, ok := it.(map[string]any); ok {
						if ip, ok := m["ip"].(string); ok {
							lst.Items = append(lst.Items, ip)
						}
					}
				}
				lst.ItemsKnown = true
				lst.NumItems = len(lst.Items)
			}
			s.Lists = append(s.Lists, lst)
			s.ListsKnown = true
		}
	}
	if len(settings) > 0 {
		s.Settings = settings
		s.SettingsKnown = true
	}
	if len(s.Rulesets) == 0 && len(settings) == 0 {
		return nil, fmt.Errorf("Terraform HCL holds no cloudflare_ruleset or cloudflare_zone_setting resource; nothing to analyse")
	}
	if n > MaxRulesPerInput {
		return nil, fmt.Errorf("the input holds %d rules; the limit is %d", n, MaxRulesPerInput)
	}
	return s, nil
}

func diagText(diags hcl.Diagnostics) string {
	var parts []string
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		pos := ""
		if d.Subject != nil {
			pos = fmt.Sprintf("%s:%d,%d: ", d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column)
		}
		msg := d.Summary
		if d.Detail != "" {
			msg += "; " + d.Detail
		}
		parts = append(parts, pos+msg)
		if len(parts) == 3 {
			break
		}
	}
	return strings.Join(parts, " | ")
}

func blockAttrs(b *hclsyntax.Block, ctx *hcl.EvalContext, addr string) (map[string]any, error) {
	out := map[string]any{}
	for name, a := range b.Body.Attributes {
		v, diags := a.Expr.Value(ctx)
		if diags.HasErrors() {
			return nil, fmt.Errorf("%s: attribute %s: %s", addr, name, diagText(diags))
		}
		out[name] = ctyToGo(v)
	}
	return out, nil
}

// ctyToGo converts a value to plain Go (JSON-shaped); unknown values and
// nulls become nil.
func ctyToGo(v cty.Value) any {
	if v.IsNull() || !v.IsKnown() {
		return nil
	}
	t := v.Type()
	switch {
	case t == cty.String:
		return v.AsString()
	case t == cty.Bool:
		return v.True()
	case t == cty.Number:
		bf := v.AsBigFloat()
		if bf.IsInt() {
			i, _ := bf.Int(new(big.Int))
			return i.Int64()
		}
		f, _ := bf.Float64()
		return f
	case t.IsObjectType() || t.IsMapType():
		m := map[string]any{}
		for it := v.ElementIterator(); it.Next(); {
			k, ev := it.Element()
			if g := ctyToGo(ev); g != nil {
				m[k.AsString()] = g
			}
		}
		return m
	case t.IsTupleType() || t.IsListType() || t.IsSetType():
		l := []any{}
		for it := v.ElementIterator(); it.Next(); {
			_, ev := it.Element()
			l = append(l, ctyToGo(ev))
		}
		return l
	}
	return nil
}

func remarshal(in any, out any) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}
