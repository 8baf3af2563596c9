package oracle

import (
	"context"
	"errors"

	cli "github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/decision"
	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// ProposedAction is a tool call or a change described in words.
type ProposedAction struct {
	Tool        string         `json:"tool,omitempty" jsonschema:"tool of the proposed call, e.g. dns_record_manage"`
	Arguments   map[string]any `json:"arguments,omitempty" jsonschema:"arguments of the proposed call"`
	Description string         `json:"description,omitempty" jsonschema:"or the change in words (at most 8 KB)"`
}

// DecisionContext is what else bears on the decision.
type DecisionContext struct {
	Environment string `json:"environment,omitempty" jsonschema:"production (default), staging or development"`
	Notes       string `json:"notes,omitempty" jsonschema:"anything a reviewer should know (at most 4 KB; scanned by Layer0)"`
}

// DecisionArgs are decision_support's arguments.
type DecisionArgs struct {
	Action  ProposedAction   `json:"action" jsonschema:"the proposed tool call or described change"`
	Context *DecisionContext `json:"context,omitempty" jsonschema:"environment and notes"`
}

func decisionSupport(classifier func() (*layer0.Classifier, error), guards *decision.Guards) mcpkit.Tool {
	return mcpkit.NewTool("decision_support",
		"Recommend proceed, proceed_with_staging, needs_approval or do_not for a proposed tool call or described change, with rationale, evidence (Layer0 rules, catalogue facts), risk and checks to run afterwards.",
		mcpkit.LocalReadHints,
		func(ctx context.Context, a DecisionArgs) (decision.Recommendation, error) {
			c, err := classifier()
			if err != nil {
				return decision.Recommendation{}, mcpkit.Internal(err)
			}
			p := decision.Proposal{Tool: a.Action.Tool, Arguments: a.Action.Arguments, Change: a.Action.Description, Guards: guards}
			if a.Context != nil {
				p.Environment, p.Context = a.Context.Environment, a.Context.Notes
			}
			r, err := decision.Decide(c, p)
			var ie *decision.InputError
			if errors.As(err, &ie) {
				return r, mcpkit.Errorf("%v", ie)
			} else if err != nil {
				return r, mcpkit.Internal(err)
			}
			return r, nil
		})
}

// guardsOf reads the zone allowlist and protected objects cloudflare_safe
// enforces from the shared configuration.
func guardsOf(d *cli.Deps) *decision.Guards {
	if d == nil || d.Config == nil {
		return nil
	}
	cfg := d.Config
	return &decision.Guards{
		ZoneAllowed:      func(zone string) bool { return cfg.ZoneAllowed(zone, zone) },
		ProtectedRecords: cfg.Protected.Records,
		ProtectedRules:   cfg.Protected.Rules,
		ProtectedTunnels: cfg.Protected.Tunnels,
	}
}
