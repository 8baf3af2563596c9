package oracle

import (
	"context"
	"errors"
	"strings"

	cli "github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// ToolCall is a planned tool call to classify.
type ToolCall struct {
	Tool      string         `json:"tool" jsonschema:"tool name, e.g. dns_record_manage"`
	Arguments map[string]any `json:"arguments,omitempty" jsonschema:"the call's arguments"`
}

// ClassifyArgs are security_classify's arguments: text or tool_call.
type ClassifyArgs struct {
	Text     string    `json:"text,omitempty" jsonschema:"a request or any untrusted text"`
	ToolCall *ToolCall `json:"tool_call,omitempty" jsonschema:"a planned tool call"`
}

func securityClassify(classifier func() (*layer0.Classifier, error)) mcpkit.Tool {
	return mcpkit.NewTool("security_classify",
		"Layer0 verdict on text or a planned tool call: allow/review/block, class, score, evidence (rule id + span), receipt id.",
		mcpkit.LocalReadHints,
		func(ctx context.Context, a ClassifyArgs) (layer0.Verdict, error) {
			var v layer0.Verdict
			c, err := classifier()
			if err != nil {
				return v, mcpkit.Internal(err)
			}
			switch {
			case a.ToolCall != nil && a.Text != "":
				return v, mcpkit.Errorf("pass either text or tool_call, not both")
			case a.ToolCall != nil:
				if strings.TrimSpace(a.ToolCall.Tool) == "" {
					return v, mcpkit.Errorf("tool_call.tool is empty; pass the name of the tool the call is for")
				}
				v, err = c.ClassifyToolCall(a.ToolCall.Tool, a.ToolCall.Arguments)
			default:
				if strings.TrimSpace(a.Text) == "" {
					return v, mcpkit.Errorf("text is empty; pass the text to classify (at most %d bytes) or a tool_call", layer0.MaxInputBytes)
				}
				v, err = c.ClassifyText(a.Text)
			}
			switch {
			case errors.Is(err, layer0.ErrTooLarge):
				countAnomaly("too_large")
				return v, mcpkit.Errorf("input is larger than %d bytes; it is refused, not truncated: classify a shorter text", layer0.MaxInputBytes)
			case err != nil:
				countAnomaly("error")
				return v, mcpkit.Errorf("cannot classify: %v", err)
			}
			if cli.Hooks.Layer0Verdict != nil {
				cli.Hooks.Layer0Verdict(v.Class, v.Verdict, "classify")
			}
			return v, nil
		})
}

// countAnomaly counts a text or call Layer0 could not classify (the
// metrics hooks are set when the binary serves /metrics).
func countAnomaly(kind string) {
	if cli.Hooks.Layer0Anomaly != nil {
		cli.Hooks.Layer0Anomaly(kind)
	}
}
