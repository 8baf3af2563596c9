package oracle

import (
	"context"
	"errors"
	"strings"

	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/routing"
)

// RouteArgs are routing_decide's arguments.
type RouteArgs struct {
	Text string `json:"text" jsonschema:"the request in plain language (at most 8 KB)"`
}

// RouteResult is where a request should go.
type RouteResult struct {
	// Routed is false when Layer0 blocks the text or no tool fits it.
	Routed     bool    `json:"routed"`
	Server     string  `json:"server,omitempty"`
	Tool       string  `json:"tool,omitempty"`
	Action     string  `json:"action,omitempty"`
	Confidence float64 `json:"confidence"`
	// Arguments is a skeleton for the call: values stated in the text,
	// "<…>" placeholders for required values it does not state.
	Arguments map[string]any `json:"arguments,omitempty"`
	// Prerequisite is a call to make first to fill a placeholder (an id).
	Prerequisite *routing.Call       `json:"prerequisite,omitempty"`
	Features     []routing.Feature   `json:"features"`
	Alternatives []routing.Candidate `json:"alternatives"`
	Reason       string              `json:"reason"`
	Layer0       layer0.Verdict      `json:"layer0"`
}

func routingDecide(classifier func() (*layer0.Classifier, error)) mcpkit.Tool {
	return mcpkit.NewTool("routing_decide",
		"Which server and tool should handle a request: action, argument skeleton, confidence, matched features, alternatives and the Layer0 verdict (blocked text routes nowhere).",
		mcpkit.LocalReadHints,
		func(ctx context.Context, a RouteArgs) (RouteResult, error) {
			res := RouteResult{Features: []routing.Feature{}, Alternatives: []routing.Candidate{}}
			if strings.TrimSpace(a.Text) == "" {
				return res, mcpkit.Errorf("text is empty; pass the request to route (at most %d bytes)", routing.MaxTextBytes)
			}
			if len(a.Text) > routing.MaxTextBytes {
				return res, mcpkit.Errorf("text is %d bytes; at most %d are accepted (it is refused, not truncated): pass one request", len(a.Text), routing.MaxTextBytes)
			}
			c, err := classifier()
			if err != nil {
				return res, mcpkit.Internal(err)
			}
			v, err := c.ClassifyText(a.Text)
			if err != nil {
				return res, mcpkit.Errorf("cannot classify the text: %v", err)
			}
			res.Layer0 = v
			d, err := routing.Route(a.Text)
			if errors.Is(err, routing.ErrEmpty) || errors.Is(err, routing.ErrTooLong) || err != nil {
				return res, mcpkit.Errorf("cannot route: %v", err)
			}
			res.Alternatives = d.Alternatives
			if v.Verdict == "block" {
				res.Reason = "Layer0 blocked the text (" + ruleIDs(v) + "); a blocked request routes nowhere"
				if d.Best != nil {
					res.Alternatives = append([]routing.Candidate{*d.Best}, d.Alternatives...)
				}
				return res, nil
			}
			if !d.Routed {
				res.Reason = "no tool matched strongly enough; rephrase with what to do and on what (e.g. \"list the DNS records of example.com\"), or ask oracle_answer a question"
				return res, nil
			}
			res.Routed = true
			res.Server, res.Tool, res.Action = d.Best.Server, d.Best.Tool, d.Best.Action
			res.Arguments, res.Prerequisite = d.Arguments, d.Prerequisite
			res.Confidence = d.Confidence
			res.Features = d.Best.Features
			res.Reason = "highest feature score " + itoa(d.Best.Score) + " for " + d.Best.Server + "/" + d.Best.Tool
			if mut, _ := layer0.IsMutating(res.Tool, res.Arguments); mut {
				res.Reason += "; the call changes state: cloudflare_safe plans it and applies only through change_apply"
			}
			if v.Verdict == "review" {
				res.Reason += "; Layer0 asks for review (" + ruleIDs(v) + ")"
			}
			return res, nil
		})
}
