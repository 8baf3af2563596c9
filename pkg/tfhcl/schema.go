package tfhcl

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	tfjson "github.com/hashicorp/terraform-json"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// SchemaFile is the embedded provider schema subset (terraform-provider-
// cloudflare v5.24.0; see schema/README.md for its source and licence).
const SchemaFile = "schema/cloudflare-v5.24.0-subset.json"

// A string, not a []byte: read-only data, so the 74 KB stay out of the
// writable data segment and are paged in only when the schema is parsed.
//
//go:embed schema/cloudflare-v5.24.0-subset.json
var embeddedSchema string

var (
	schemaOnce sync.Once
	schemaMap  map[string]*tfjson.Schema
	schemaErr  error
)

// LoadSchema returns the resource schemas of the embedded provider schema
// subset, parsed once with terraform-json. The map is shared: do not
// modify it.
func LoadSchema() (map[string]*tfjson.Schema, error) {
	schemaOnce.Do(func() { schemaMap, schemaErr = parseSchema([]byte(embeddedSchema)) })
	return schemaMap, schemaErr
}

func parseSchema(data []byte) (map[string]*tfjson.Schema, error) {
	var ps tfjson.ProviderSchemas
	if err := json.Unmarshal(data, &ps); err != nil {
		return nil, fmt.Errorf("provider schema %s: %v", SchemaFile, err)
	}
	for _, p := range ps.Schemas {
		return p.ResourceSchemas, nil
	}
	return nil, fmt.Errorf("provider schema %s holds no provider", SchemaFile)
}

// Check checks generated HCL against the embedded provider schema and
// joins what is wrong into one error (nil when src conforms).
func Check(src string) error {
	schemas, err := LoadSchema()
	if err != nil {
		return err
	}
	errs := CheckSchema([]byte(src), schemas)
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("generated Terraform does not match the cloudflare provider v5.24.0 schema: %w", errors.Join(errs...))
}

// CheckSchema parses src and checks every resource against the provider
// schema: resource types and attribute names exist, required attributes
// are set, no computed-only attribute is written, and literal values
// convert to the attribute's type. References (var.x) are not typed.
func CheckSchema(src []byte, schemas map[string]*tfjson.Schema) []error {
	f, diags := hclsyntax.ParseConfig(src, "generated.tf", hcl.InitialPos)
	if diags.HasErrors() {
		return []error{fmt.Errorf("does not parse: %s", diags.Error())}
	}
	var errs []error
	body := f.Body.(*hclsyntax.Body)
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{"var": cty.DynamicVal}}
	for _, b := range body.Blocks {
		if b.Type != "resource" || len(b.Labels) != 2 {
			errs = append(errs, fmt.Errorf("unexpected block %s", b.Type))
			continue
		}
		sc, ok := schemas[b.Labels[0]]
		if !ok || sc.Block == nil {
			errs = append(errs, fmt.Errorf("resource type %s is not in the provider schema", b.Labels[0]))
			continue
		}
		if len(b.Body.Blocks) > 0 {
			errs = append(errs, fmt.Errorf("%s: nested blocks are not used in provider v5 (found %s)", b.Labels[0], b.Body.Blocks[0].Type))
		}
		vals := map[string]cty.Value{}
		for name, a := range b.Body.Attributes {
			v, d := a.Expr.Value(ctx)
			if d.HasErrors() {
				errs = append(errs, fmt.Errorf("%s.%s: %s", b.Labels[0], name, d.Error()))
				continue
			}
			vals[name] = v
		}
		errs = append(errs, checkAttrs(b.Labels[0], sc.Block.Attributes, vals)...)
	}
	return errs
}

func checkAttrs(path string, attrs map[string]*tfjson.SchemaAttribute, vals map[string]cty.Value) []error {
	var errs []error
	names := make([]string, 0, len(vals))
	for n := range vals {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		v := vals[n]
		a, ok := attrs[n]
		p := path + "." + n
		if !ok {
			errs = append(errs, fmt.Errorf("%s: no such attribute in the provider schema", p))
			continue
		}
		if a.Computed && !a.Optional && !a.Required {
			errs = append(errs, fmt.Errorf("%s: computed-only attribute must not be written", p))
			continue
		}
		if !v.IsKnown() || v.IsNull() {
			continue
		}
		if a.AttributeNestedType != nil {
			errs = append(errs, checkNested(p, a.AttributeNestedType, v)...)
			continue
		}
		if _, err := convert.Convert(v, a.AttributeType); err != nil {
			errs = append(errs, fmt.Errorf("%s: value of type %s does not convert to %s: %v", p, v.Type().FriendlyName(), a.AttributeType.FriendlyName(), err))
		}
	}
	for n, a := range attrs {
		if _, set := vals[n]; a.Required && !set {
			errs = append(errs, fmt.Errorf("%s: required attribute %s is missing", path, n))
		}
	}
	return errs
}

func checkNested(path string, nt *tfjson.SchemaNestedAttributeType, v cty.Value) []error {
	var errs []error
	objVals := func(v cty.Value) (map[string]cty.Value, error) {
		if !v.Type().IsObjectType() && !v.Type().IsMapType() {
			return nil, fmt.Errorf("%s: expected an object, got %s", path, v.Type().FriendlyName())
		}
		m := map[string]cty.Value{}
		for it := v.ElementIterator(); it.Next(); {
			k, ev := it.Element()
			m[k.AsString()] = ev
		}
		return m, nil
	}
	switch nt.NestingMode {
	case tfjson.SchemaNestingModeSingle:
		m, err := objVals(v)
		if err != nil {
			return []error{err}
		}
		errs = append(errs, checkAttrs(path, nt.Attributes, m)...)
	case tfjson.SchemaNestingModeList, tfjson.SchemaNestingModeSet:
		t := v.Type()
		if !t.IsTupleType() && !t.IsListType() && !t.IsSetType() {
			return []error{fmt.Errorf("%s: expected a list, got %s", path, t.FriendlyName())}
		}
		i := 0
		for it := v.ElementIterator(); it.Next(); i++ {
			_, ev := it.Element()
			m, err := objVals(ev)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			errs = append(errs, checkAttrs(fmt.Sprintf("%s[%d]", path, i), nt.Attributes, m)...)
		}
	default:
		errs = append(errs, fmt.Errorf("%s: nesting mode %s not checked", path, nt.NestingMode))
	}
	return errs
}
