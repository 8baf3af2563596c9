package oracle

import (
	"context"
	"errors"
	"strings"

	"github.com/cfplane/cfplane/pkg/kb"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// AnswerArgs are oracle_answer's arguments.
type AnswerArgs struct {
	Question  string `json:"question" jsonschema:"a security or compliance question (at most 2 KB)"`
	Framework string `json:"framework,omitempty" jsonschema:"only answer from: pci-dss, owasp-asvs, owasp-top10, nist-800-53 or cloudflare"`
}

func oracleAnswer(base func() (*kb.KB, error)) mcpkit.Tool {
	return mcpkit.NewTool("oracle_answer",
		"Answer a security or compliance question (PCI DSS 4.0, OWASP ASVS/Top 10, NIST 800-53, Cloudflare settings) from the embedded knowledge base, with cited entries and its version; says I don't know when nothing matches.",
		mcpkit.LocalReadHints,
		func(ctx context.Context, a AnswerArgs) (kb.Answer, error) {
			k, err := base()
			if err != nil {
				return kb.Answer{}, mcpkit.Internal(err)
			}
			ans, err := k.Ask(a.Question, a.Framework)
			switch {
			case errors.Is(err, kb.ErrEmpty):
				return ans, mcpkit.Errorf("question is empty; ask a security or compliance question (at most %d bytes)", kb.MaxQuestionBytes)
			case errors.Is(err, kb.ErrTooLong):
				return ans, mcpkit.Errorf("question is %d bytes; at most %d are accepted (it is refused, not truncated): ask one question", len(a.Question), kb.MaxQuestionBytes)
			case errors.Is(err, kb.ErrNoTerms):
				return ans, mcpkit.Errorf("question %q has no searchable words; name the control, setting or attack it is about", strings.TrimSpace(a.Question))
			case err != nil:
				return ans, mcpkit.Errorf("%v", err)
			}
			return ans, nil
		})
}
