package tfexport

import (
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"

	"github.com/cfplane/cfplane/pkg/lazyre"
	"github.com/cfplane/cfplane/pkg/tfhcl"
)

// File names of an export, by resource type.
var fileOf = map[string]string{
	TypeDNS:          "dns.tf",
	TypeRuleset:      "rulesets.tf",
	TypeSetting:      "zone_settings.tf",
	TypeList:         "lists.tf",
	TypeTunnel:       "tunnels.tf",
	TypeTunnelConfig: "tunnels.tf",
}

// ResourceFiles are the files of an export that hold only resources.
var ResourceFiles = []string{"dns.tf", "rulesets.tf", "zone_settings.tf", "lists.tf", "tunnels.tf"}

var resourceRef = lazyre.New(`= (cloudflare_[a-z_]+)\.[a-z0-9_]+\.id\b`)

var safeID = lazyre.New(`^[A-Za-z0-9._-]+$`)

// Render writes the export's files: versions.tf, variables.tf,
// terraform.tfvars, imports.tf and one file per kind of resource. File
// contents are deterministic for the same live state.
func Render(l *Live) (map[string]string, error) {
	files := map[string]*hclwrite.File{}
	for _, r := range l.Resources {
		fn := fileOf[r.Type]
		f := files[fn]
		if f == nil {
			f = hclwrite.NewEmptyFile()
			files[fn] = f
		} else {
			f.Body().AppendNewline()
		}
		if err := writeResource(f.Body(), r); err != nil {
			return nil, err
		}
	}
	out := map[string]string{}
	for fn, f := range files {
		out[fn] = string(hclwrite.Format(f.Bytes()))
	}
	var imp strings.Builder
	for i, r := range l.Resources {
		if i > 0 {
			imp.WriteString("\n")
		}
		id, err := importID(r)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&imp, "import {\n  to = %s\n  id = %s\n}\n", r.Address(), id)
	}
	out["imports.tf"] = imp.String()
	out["versions.tf"] = `terraform {
  required_version = ">= 1.6.0"
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 5.0"
    }
  }
}

provider "cloudflare" {}
`
	out["variables.tf"] = `variable "zone_id" {
  type        = string
  description = "Cloudflare zone id of ` + strings.ReplaceAll(l.ZoneName, `"`, "") + `"
}

variable "account_id" {
  type        = string
  description = "Cloudflare account id"
}
`
	out["terraform.tfvars"] = "zone_id    = " + tfhcl.Quote(l.ZoneID) + "\naccount_id = " + tfhcl.Quote(l.AccountID) + "\n"
	return out, nil
}

// writeResource appends r as a resource block.
func writeResource(body *hclwrite.Body, r Resource) error {
	b := body.AppendNewBlock("resource", []string{r.Type, r.Name}).Body()
	for _, k := range orderedKeys(r.Attrs) {
		if err := setAttr(b, r, k); err != nil {
			return err
		}
	}
	return nil
}

func setAttr(b *hclwrite.Body, r Resource, k string) error {
	v := r.Attrs[k]
	if ref, ok := v.(Ref); ok {
		b.SetAttributeTraversal(k, traversal(string(ref)))
		return nil
	}
	toks, err := tokensFor(v)
	if err != nil {
		return fmt.Errorf("%s.%s: %v", r.Address(), k, err)
	}
	b.SetAttributeRaw(k, toks)
	return nil
}

func importID(r Resource) (string, error) {
	if !safeID.MatchString(r.ImportPath) {
		return "", fmt.Errorf("%s: id %q has characters an import id cannot carry", r.Address(), r.ImportPath)
	}
	switch r.Scope {
	case "zone":
		return `"${var.zone_id}/` + r.ImportPath + `"`, nil
	case "zones":
		return `"zones/${var.zone_id}/` + r.ImportPath + `"`, nil
	case "account":
		return `"${var.account_id}/` + r.ImportPath + `"`, nil
	}
	return "", fmt.Errorf("%s: unknown scope %q", r.Address(), r.Scope)
}

func orderedKeys(m map[string]any) []string {
	rank := map[string]int{}
	for i, k := range attrOrder {
		rank[k] = i + 1
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		ri, rj := rank[keys[i]], rank[keys[j]]
		if ri == 0 {
			ri = 1 << 20
		}
		if rj == 0 {
			rj = 1 << 20
		}
		if ri != rj {
			return ri < rj
		}
		return keys[i] < keys[j]
	})
	return keys
}

// objectOrder puts the keys a reader looks for first (a rule's ref).
var objectOrder = []string{"ref", "description", "expression", "action", "enabled", "hostname", "path", "service", "ip", "asn", "comment"}

// tokensFor writes a JSON-shaped value with object keys in a readable
// order (cty objects would sort them).
func tokensFor(v any) (hclwrite.Tokens, error) {
	switch t := v.(type) {
	case map[string]any:
		rank := map[string]int{}
		for i, k := range objectOrder {
			rank[k] = i - len(objectOrder)
		}
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if rank[keys[i]] != rank[keys[j]] {
				return rank[keys[i]] < rank[keys[j]]
			}
			return keys[i] < keys[j]
		})
		attrs := make([]hclwrite.ObjectAttrTokens, 0, len(keys))
		for _, k := range keys {
			vt, err := tokensFor(t[k])
			if err != nil {
				return nil, err
			}
			name := hclwrite.TokensForIdentifier(k)
			if !hclsyntax.ValidIdentifier(k) {
				name = hclwrite.TokensForValue(cty.StringVal(k))
			}
			attrs = append(attrs, hclwrite.ObjectAttrTokens{Name: name, Value: vt})
		}
		return hclwrite.TokensForObject(attrs), nil
	case []any:
		elems := make([]hclwrite.Tokens, 0, len(t))
		for _, x := range t {
			e, err := tokensFor(x)
			if err != nil {
				return nil, err
			}
			elems = append(elems, e)
		}
		return hclwrite.TokensForTuple(elems), nil
	}
	c, err := toCty(v)
	if err != nil {
		return nil, err
	}
	return hclwrite.TokensForValue(c), nil
}

func traversal(s string) hcl.Traversal {
	parts := strings.Split(s, ".")
	t := hcl.Traversal{hcl.TraverseRoot{Name: parts[0]}}
	for _, p := range parts[1:] {
		t = append(t, hcl.TraverseAttr{Name: p})
	}
	return t
}

// toCty converts a JSON-shaped value to cty: objects to objects, arrays to
// tuples, numbers exactly.
func toCty(v any) (cty.Value, error) {
	switch t := v.(type) {
	case nil:
		return cty.NullVal(cty.DynamicPseudoType), nil
	case string:
		return cty.StringVal(t), nil
	case bool:
		return cty.BoolVal(t), nil
	case int:
		return cty.NumberIntVal(int64(t)), nil
	case float64:
		return cty.NumberFloatVal(t), nil
	case json.Number:
		f, _, err := big.ParseFloat(string(t), 10, 512, big.ToNearestEven)
		if err != nil {
			return cty.NilVal, err
		}
		return cty.NumberVal(f), nil
	case []any:
		if len(t) == 0 {
			return cty.EmptyTupleVal, nil
		}
		vs := make([]cty.Value, 0, len(t))
		for _, x := range t {
			c, err := toCty(x)
			if err != nil {
				return cty.NilVal, err
			}
			vs = append(vs, c)
		}
		return cty.TupleVal(vs), nil
	case map[string]any:
		if len(t) == 0 {
			return cty.EmptyObjectVal, nil
		}
		vs := map[string]cty.Value{}
		for k, x := range t {
			c, err := toCty(x)
			if err != nil {
				return cty.NilVal, err
			}
			vs[k] = c
		}
		return cty.ObjectVal(vs), nil
	}
	return cty.NilVal, fmt.Errorf("unsupported value %T", v)
}

// CheckFiles checks an export: resource files against the embedded
// provider v5 schema, and every import block names a resource defined in
// the export.
func CheckFiles(files map[string]string) error {
	defined := map[string]bool{}
	for _, fn := range ResourceFiles {
		src, ok := files[fn]
		if !ok {
			continue
		}
		// The schema check evaluates var.* only; a reference to another
		// resource's id is untyped there too, so it is checked as a variable.
		if err := tfhcl.Check(resourceRef.ReplaceAllString(src, "= var.$1")); err != nil {
			return fmt.Errorf("%s: %w", fn, err)
		}
		f, _ := hclsyntax.ParseConfig([]byte(src), fn, hcl.InitialPos)
		for _, b := range f.Body.(*hclsyntax.Body).Blocks {
			defined[b.Labels[0]+"."+b.Labels[1]] = true
		}
	}
	for _, fn := range []string{"imports.tf", "versions.tf", "variables.tf", "terraform.tfvars"} {
		f, d := hclsyntax.ParseConfig([]byte(files[fn]), fn, hcl.InitialPos)
		if d.HasErrors() {
			return fmt.Errorf("%s does not parse: %s", fn, d.Error())
		}
		if fn != "imports.tf" {
			continue
		}
		seen := map[string]bool{}
		for _, b := range f.Body.(*hclsyntax.Body).Blocks {
			to := b.Body.Attributes["to"]
			if b.Type != "import" || to == nil || b.Body.Attributes["id"] == nil {
				return fmt.Errorf("imports.tf: a block is not an import block with to and id")
			}
			addr := string(hclwrite.Format([]byte(string(to.SrcRange.SliceBytes([]byte(files[fn]))))))
			addr = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(addr), "to"))
			addr = strings.TrimSpace(strings.TrimPrefix(addr, "="))
			if !defined[addr] {
				return fmt.Errorf("imports.tf: import to %s names no exported resource", addr)
			}
			if seen[addr] {
				return fmt.Errorf("imports.tf: %s is imported twice", addr)
			}
			seen[addr] = true
		}
		if len(seen) != len(defined) {
			return fmt.Errorf("imports.tf imports %d resources; the export defines %d", len(seen), len(defined))
		}
	}
	return nil
}
