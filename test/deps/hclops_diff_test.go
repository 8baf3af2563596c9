package deps

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// The operator functions third_party/hcl copied from go-cty give what
// go-cty's own stdlib functions give (this test links stdlib; no server
// does), on a grid of known, unknown, marked, null, large and fractional
// operands.
func TestHCLOperatorsMatchGoCty(t *testing.T) {
	huge, _ := new(big.Float).SetString("1e400")
	nums := []cty.Value{cty.NumberIntVal(7), cty.NumberIntVal(-3), cty.NumberIntVal(0), cty.NumberFloatVal(2.5),
		cty.NumberVal(huge), cty.UnknownVal(cty.Number), cty.NumberIntVal(4).Mark("sensitive"), cty.NullVal(cty.Number),
		cty.PositiveInfinity}
	bools := []cty.Value{cty.True, cty.False, cty.UnknownVal(cty.Bool), cty.True.Mark("sensitive"), cty.NullVal(cty.Bool)}
	// && and || short-circuit in hclsyntax itself (a known deciding operand
	// wins over an unknown or null other one) before any function is
	// called: they are compared on known, non-null operands.
	known := []cty.Value{cty.True, cty.False, cty.False.Mark("sensitive")}
	binary := []struct {
		op   string
		f    function.Function
		vals []cty.Value
	}{
		{"+", stdlib.AddFunc, nums}, {"-", stdlib.SubtractFunc, nums}, {"*", stdlib.MultiplyFunc, nums},
		{"/", stdlib.DivideFunc, nums}, {"%", stdlib.ModuloFunc, nums}, {">", stdlib.GreaterThanFunc, nums},
		{">=", stdlib.GreaterThanOrEqualToFunc, nums}, {"<", stdlib.LessThanFunc, nums},
		{"<=", stdlib.LessThanOrEqualToFunc, nums}, {"==", stdlib.EqualFunc, nums}, {"!=", stdlib.NotEqualFunc, nums},
		{"&&", stdlib.AndFunc, known}, {"||", stdlib.OrFunc, known}, {"==", stdlib.EqualFunc, bools},
	}
	compared := 0
	check := func(src string, vars map[string]cty.Value, want cty.Value, wantErr error) {
		t.Helper()
		expr, diags := hclsyntax.ParseExpression([]byte(src), "op.hcl", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%s: %s", src, diags.Error())
		}
		got, diags := expr.Value(&hcl.EvalContext{Variables: vars})
		desc := fmt.Sprintf("%s with %#v", src, vars)
		if (wantErr != nil) != diags.HasErrors() {
			t.Errorf("%s: go-cty error %v, copy diagnostics %v", desc, wantErr, diags)
			return
		}
		if wantErr == nil && !got.RawEquals(want) {
			t.Errorf("%s: copy %#v, go-cty %#v", desc, got, want)
		}
		compared++
	}
	for _, b := range binary {
		for _, x := range b.vals {
			for _, y := range b.vals {
				want, err := b.f.Call([]cty.Value{x, y})
				check("a "+b.op+" b", map[string]cty.Value{"a": x, "b": y}, want, err)
			}
		}
	}
	for _, x := range nums {
		want, err := stdlib.NegateFunc.Call([]cty.Value{x})
		check("-a", map[string]cty.Value{"a": x}, want, err)
	}
	for _, x := range bools {
		want, err := stdlib.NotFunc.Call([]cty.Value{x})
		check("!a", map[string]cty.Value{"a": x}, want, err)
	}
	if compared < 900 {
		t.Fatalf("only %d comparisons", compared)
	}
}
