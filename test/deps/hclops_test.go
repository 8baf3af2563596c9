package deps

import (
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// cfplane's copy of hcl (third_party/hcl) implements the operators with
// functions copied from go-cty's stdlib instead of importing it: every
// operator still evaluates as HCL specifies, unknown and marked operands
// included.
func TestHCLOperators(t *testing.T) {
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{
		"n":       cty.NumberIntVal(7),
		"unknown": cty.UnknownVal(cty.Number),
		"marked":  cty.True.Mark("sensitive"),
		"s":       cty.StringVal("x"),
	}}
	for _, c := range []struct {
		expr string
		want cty.Value
	}{
		{"1 + 2 * 3", cty.NumberIntVal(7)},
		{"10 - n", cty.NumberIntVal(3)},
		{"n / 2", cty.NumberFloatVal(3.5)},
		{"n % 4", cty.NumberIntVal(3)},
		{"-n", cty.NumberIntVal(-7)},
		{"n > 6", cty.True},
		{"n >= 8", cty.False},
		{"n < 7", cty.False},
		{"n <= 7", cty.True},
		{`s == "x"`, cty.True},
		{`s != "x"`, cty.False},
		{"true && !false", cty.True},
		{"false || n == 7", cty.True},
		{"unknown + 1", cty.UnknownVal(cty.Number).RefineNotNull()},
		{"!marked", cty.False.Mark("sensitive")},
	} {
		e, diags := hclsyntax.ParseExpression([]byte(c.expr), "t.hcl", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%s: %v", c.expr, diags)
		}
		got, diags := e.Value(ctx)
		if diags.HasErrors() {
			t.Errorf("%s: %v", c.expr, diags)
			continue
		}
		if !got.RawEquals(c.want) {
			t.Errorf("%s = %#v, want %#v", c.expr, got, c.want)
		}
	}
	// Errors stay errors, with upstream's message.
	e, _ := hclsyntax.ParseExpression([]byte("(1/0) - (1/0)"), "t.hcl", hcl.InitialPos)
	if _, diags := e.Value(ctx); !diags.HasErrors() || !strings.Contains(diags.Error(), "can't subtract infinity from itself") {
		t.Errorf("infinity minus infinity: %v", diags)
	}
	e, _ = hclsyntax.ParseExpression([]byte(`"a" + 1`), "t.hcl", hcl.InitialPos)
	if _, diags := e.Value(ctx); !diags.HasErrors() {
		t.Error(`"a" + 1 evaluated`)
	}
}
