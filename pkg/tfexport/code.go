package tfexport

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	tfjson "github.com/hashicorp/terraform-json"
	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// MaxCodeBytes bounds the Terraform input read (all files together).
var MaxCodeBytes int64 = 64 << 20

// Code is Terraform's view of the desired (or last applied) state.
type Code struct {
	// Source says what was read: "hcl", "tfstate" or "show-json".
	Source    string
	Resources []CodeResource
	// Ignored counts resources of types drift does not compare.
	Ignored int
}

// CodeResource is one resource as code or state declares it.
type CodeResource struct {
	Type string
	Name string
	// ID is the Cloudflare id when known (state, or an import block).
	ID string
	// Attrs are the known attribute values, JSON-shaped.
	Attrs map[string]any
	// Unknown are attributes whose value is not known without applying
	// (references to other resources).
	Unknown map[string]bool
	// RefTunnel is the address a tunnel configuration's tunnel_id names.
	RefTunnel string
	// FromState marks values read from state (every attribute present).
	FromState bool
}

// Address is type.name.
func (c CodeResource) Address() string { return c.Type + "." + c.Name }

// InputError is Terraform input that cannot be used.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

func inputErr(format string, args ...any) error {
	return &InputError{Msg: fmt.Sprintf(format, args...)}
}

const acceptedInput = "accepted: a directory of .tf files, one .tf file, a terraform.tfstate file, or the output of `terraform show -json`"

// LoadCode reads a .tf directory or file, a state file (format 4) or
// `terraform show -json` output. vars supplies values for var.* not set by
// a terraform.tfvars or a variable default.
func LoadCode(path string, vars map[string]string) (*Code, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, inputErr("cannot read %s: %v; %s", path, err, acceptedInput)
	}
	if fi.IsDir() {
		return loadDir(path, vars)
	}
	data, err := readBounded(path, MaxCodeBytes)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".tf") {
		return parseHCL(map[string][]byte{filepath.Base(path): data}, vars)
	}
	trim := bytes.TrimSpace(data)
	if len(trim) == 0 || trim[0] != '{' {
		return nil, inputErr("%s is neither a .tf file nor JSON; %s", path, acceptedInput)
	}
	var probe struct {
		Version       *int            `json:"version"`
		FormatVersion string          `json:"format_version"`
		Values        json.RawMessage `json:"values"`
		PriorState    json.RawMessage `json:"prior_state"`
	}
	if err := json.Unmarshal(trim, &probe); err != nil {
		return nil, inputErr("%s is not valid JSON: %v; %s", path, err, acceptedInput)
	}
	switch {
	case probe.Version != nil:
		if *probe.Version != 4 {
			return nil, inputErr("%s is a state file of format %d; only format 4 (Terraform ≥ 0.12, OpenTofu) is read", path, *probe.Version)
		}
		return parseTFState(trim)
	case probe.FormatVersion != "":
		return parseShowJSON(trim)
	}
	return nil, inputErr("%s is JSON but neither a state file nor `terraform show -json` output; %s", path, acceptedInput)
}

func readBounded(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, inputErr("cannot read %s: %v", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, inputErr("cannot read %s: %v", path, err)
	}
	if int64(len(data)) > max {
		return nil, inputErr("%s is larger than %d bytes", path, max)
	}
	return data, nil
}

func loadDir(dir string, vars map[string]string) (*Code, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, inputErr("cannot read %s: %v", dir, err)
	}
	files := map[string][]byte{}
	var total int64
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !(strings.HasSuffix(n, ".tf") || n == "terraform.tfvars") {
			continue
		}
		b, err := readBounded(filepath.Join(dir, n), MaxCodeBytes-total)
		if err != nil {
			return nil, err
		}
		total += int64(len(b))
		files[n] = b
	}
	if len(files) == 0 {
		return nil, inputErr("%s holds no .tf files; %s", dir, acceptedInput)
	}
	return parseHCL(files, vars)
}

func parseHCL(files map[string][]byte, vars map[string]string) (*Code, error) {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	varVals := map[string]cty.Value{}
	for k, v := range vars {
		varVals[k] = cty.StringVal(v)
	}
	bodies := map[string]*hclsyntax.Body{}
	for _, n := range names {
		f, d := hclsyntax.ParseConfig(files[n], n, hcl.InitialPos)
		if d.HasErrors() {
			return nil, inputErr("%s does not parse: %s", n, d.Error())
		}
		bodies[n] = f.Body.(*hclsyntax.Body)
	}
	// Variable defaults, then terraform.tfvars, override the given values.
	for _, n := range names {
		for _, b := range bodies[n].Blocks {
			if b.Type == "variable" && len(b.Labels) == 1 {
				if a := b.Body.Attributes["default"]; a != nil {
					if v, d := a.Expr.Value(nil); !d.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
						varVals[b.Labels[0]] = v
					}
				}
			}
		}
	}
	if tv := bodies["terraform.tfvars"]; tv != nil {
		for name, a := range tv.Attributes {
			if v, d := a.Expr.Value(nil); !d.HasErrors() && v.Type() == cty.String && v.IsKnown() {
				varVals[name] = v
			}
		}
	}
	vobj := cty.EmptyObjectVal
	if len(varVals) > 0 {
		vobj = cty.ObjectVal(varVals)
	}
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{"var": vobj}}
	for t := range managed {
		ctx.Variables[t] = cty.DynamicVal
	}
	code := &Code{Source: "hcl"}
	imports := map[string]string{}
	for _, n := range names {
		if n == "terraform.tfvars" {
			continue
		}
		for _, b := range bodies[n].Blocks {
			switch {
			case b.Type == "import":
				to, id := b.Body.Attributes["to"], b.Body.Attributes["id"]
				if to == nil || id == nil {
					return nil, inputErr("%s:%d: an import block needs to and id", n, b.DefRange().Start.Line)
				}
				tr, d := hcl.AbsTraversalForExpr(to.Expr)
				if d.HasErrors() || len(tr) != 2 {
					return nil, inputErr("%s:%d: import to must name a resource (type.name)", n, b.DefRange().Start.Line)
				}
				v, d := id.Expr.Value(ctx)
				if d.HasErrors() || !v.IsWhollyKnown() || v.Type() != cty.String {
					return nil, inputErr("%s:%d: import id does not evaluate to a string: %s", n, b.DefRange().Start.Line, d.Error())
				}
				imports[tr.RootName()+"."+tr[1].(hcl.TraverseAttr).Name] = lastSegment(v.AsString())
			case b.Type == "resource" && len(b.Labels) == 2:
				if _, ok := managed[b.Labels[0]]; !ok {
					code.Ignored++
					continue
				}
				cr := CodeResource{Type: b.Labels[0], Name: b.Labels[1], Attrs: map[string]any{}, Unknown: map[string]bool{}}
				for an, a := range b.Body.Attributes {
					if an == "tunnel_id" {
						for _, tr := range a.Expr.Variables() {
							if len(tr) >= 2 && tr.RootName() == TypeTunnel {
								cr.RefTunnel = TypeTunnel + "." + tr[1].(hcl.TraverseAttr).Name
							}
						}
					}
					v, d := a.Expr.Value(ctx)
					if d.HasErrors() {
						return nil, inputErr("%s: %s.%s: %s", n, cr.Address(), an, d.Error())
					}
					if !v.IsWhollyKnown() {
						cr.Unknown[an] = true
						continue
					}
					j, err := ctyToJSON(v)
					if err != nil {
						return nil, inputErr("%s: %s.%s: %v", n, cr.Address(), an, err)
					}
					cr.Attrs[an] = j
				}
				code.Resources = append(code.Resources, cr)
			}
		}
	}
	for i := range code.Resources {
		code.Resources[i].ID = imports[code.Resources[i].Address()]
	}
	return code, nil
}

func lastSegment(id string) string {
	if i := strings.LastIndex(id, "/"); i >= 0 {
		return id[i+1:]
	}
	return id
}

func ctyToJSON(v cty.Value) (any, error) {
	if v.IsNull() {
		return nil, nil
	}
	b, err := ctyjson.Marshal(v, v.Type())
	if err != nil {
		return nil, err
	}
	var out any
	err = json.Unmarshal(b, &out)
	return out, err
}

func parseTFState(data []byte) (*Code, error) {
	var st struct {
		Resources []struct {
			Mode      string `json:"mode"`
			Type      string `json:"type"`
			Name      string `json:"name"`
			Module    string `json:"module"`
			Instances []struct {
				IndexKey   any            `json:"index_key"`
				Attributes map[string]any `json:"attributes"`
			} `json:"instances"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, inputErr("the state file does not decode: %v", err)
	}
	code := &Code{Source: "tfstate"}
	for _, r := range st.Resources {
		if r.Mode != "managed" {
			continue
		}
		if _, ok := managed[r.Type]; !ok {
			code.Ignored++
			continue
		}
		for _, in := range r.Instances {
			name := r.Name
			if in.IndexKey != nil {
				name += fmt.Sprintf("[%s]", canon(in.IndexKey))
			}
			if r.Module != "" {
				name = r.Module + "." + name
			}
			code.Resources = append(code.Resources, stateResource(r.Type, name, in.Attributes))
		}
	}
	return code, nil
}

func parseShowJSON(data []byte) (*Code, error) {
	var st tfjson.State
	if err := st.UnmarshalJSON(data); err != nil {
		return nil, inputErr("the `terraform show -json` output does not decode: %v", err)
	}
	code := &Code{Source: "show-json"}
	if st.Values == nil || st.Values.RootModule == nil {
		return code, nil
	}
	var walk func(m *tfjson.StateModule)
	walk = func(m *tfjson.StateModule) {
		for _, r := range m.Resources {
			if r.Mode != tfjson.ManagedResourceMode {
				continue
			}
			if _, ok := managed[r.Type]; !ok {
				code.Ignored++
				continue
			}
			name := strings.TrimPrefix(r.Address, r.Type+".")
			code.Resources = append(code.Resources, stateResource(r.Type, name, r.AttributeValues))
		}
		for _, c := range m.ChildModules {
			walk(c)
		}
	}
	walk(st.Values.RootModule)
	return code, nil
}

func stateResource(typ, name string, attrs map[string]any) CodeResource {
	cr := CodeResource{Type: typ, Name: name, Attrs: map[string]any{}, Unknown: map[string]bool{}, FromState: true}
	for k, v := range attrs {
		if v != nil {
			cr.Attrs[k] = v
		}
	}
	if id, ok := attrs["id"].(string); ok {
		cr.ID = id
	}
	if typ == TypeTunnelConfig {
		if id, ok := attrs["tunnel_id"].(string); ok {
			cr.ID = id
		}
	}
	if typ == TypeSetting {
		if id, ok := attrs["setting_id"].(string); ok {
			cr.ID = id
		}
	}
	return cr
}
