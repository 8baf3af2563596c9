package wafintel

import (
	"context"
	"slices"
	"strings"

	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/rules"
)

// ExpressionValidateArgs are waf_expression_validate's arguments.
type ExpressionValidateArgs struct {
	Expression string `json:"expression" jsonschema:"a Cloudflare Rules language expression"`
	Phase      string `json:"phase,omitempty" jsonschema:"ruleset phase, e.g. http_request_firewall_custom (checks field availability)"`
	Plan       string `json:"plan,omitempty" jsonschema:"zone plan: free, pro, business or enterprise (checks plan-gated features)"`
}

// checkOptions turns the phase and plan arguments into checker options,
// refusing values the checker does not know.
func checkOptions(phase, plan string) (rules.Options, error) {
	p, err := rules.ParsePlan(plan)
	if err != nil {
		return rules.Options{}, mcpkit.Errorf("plan %q is not accepted; accepted: free, pro, business, enterprise", plan)
	}
	if phase != "" && !slices.Contains(rules.KnownPhases(), phase) {
		return rules.Options{}, mcpkit.Errorf("phase %q is not accepted; accepted: %s", phase, strings.Join(rules.KnownPhases(), ", "))
	}
	return rules.Options{Phase: phase, Plan: p}, nil
}

// ExpressionReport is waf_expression_validate's result: the canonical form
// of a valid expression, or positioned errors with hints.
type ExpressionReport struct {
	Valid     bool           `json:"valid"`
	Canonical string         `json:"canonical"`
	Errors    []*rules.Error `json:"errors"`
	Warnings  []*rules.Error `json:"warnings"`
	Fields    []string       `json:"fields"`
	Functions []string       `json:"functions"`
	Length    int            `json:"length"`
	Regexes   int            `json:"regexes"`
}

func report(r rules.Report) ExpressionReport {
	return ExpressionReport{Valid: r.Valid, Canonical: r.Canonical, Errors: r.Errors, Warnings: r.Warnings, Fields: r.Fields,
		Functions: r.Functions, Length: r.Cost.Length, Regexes: r.Cost.RegexCount}
}

func wafExpressionValidate() mcpkit.Tool {
	return mcpkit.NewTool("waf_expression_validate",
		"Parse, check and format one Rules-language expression: canonical form, or errors with line:column and hints.",
		mcpkit.LocalReadHints,
		func(ctx context.Context, a ExpressionValidateArgs) (ExpressionReport, error) {
			if strings.TrimSpace(a.Expression) == "" {
				return ExpressionReport{}, mcpkit.Errorf("expression is empty; pass a Rules language expression such as http.request.uri.path eq \"/login\"")
			}
			opts, err := checkOptions(a.Phase, a.Plan)
			if err != nil {
				return ExpressionReport{}, err
			}
			return report(rules.CheckExpression(a.Expression, opts)), nil
		})
}
