package oracle

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/kb"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
)

func TestOracleAnswer(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	base, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		args      map[string]any
		known     bool
		cite      string
		framework string
		toolError string
	}{
		{name: "pci", args: map[string]any{"question": "What does PCI DSS 6.4.3 require for payment page scripts?"}, known: true, cite: "pci-6.4.3"},
		{name: "cloudflare setting", args: map[string]any{"question": "What is the difference between SSL Flexible and Full (strict)?"}, known: true, cite: "cf-ssl-modes"},
		{name: "framework filter", args: map[string]any{"question": "transmission confidentiality with TLS", "framework": "NIST"}, known: true, cite: "nist-sc-8", framework: "nist-800-53"},
		{name: "off topic", args: map[string]any{"question": "What is the capital of France?"}, known: false},
		{name: "empty", args: map[string]any{"question": " "}, toolError: "question is empty"},
		{name: "missing", args: map[string]any{}, toolError: "missing property 'question'"},
		{name: "too long", args: map[string]any{"question": strings.Repeat("hsts ", kb.MaxQuestionBytes/5+1)}, toolError: "refused, not truncated"},
		{name: "only stop words", args: map[string]any{"question": "what is the"}, toolError: "no searchable words"},
		{name: "unknown framework", args: map[string]any{"question": "what is hsts", "framework": "iso27001"}, toolError: "accepted: cloudflare, nist-800-53, owasp-asvs, owasp-top10, pci-dss"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := c.MustCall("oracle_answer", tc.args)
			if tc.toolError != "" {
				if !res.IsError || !strings.Contains(mcpkittest.Text(res), tc.toolError) {
					t.Fatalf("want tool error %q, got %s", tc.toolError, mcpkittest.Text(res))
				}
				return
			}
			var a kb.Answer
			mcpkittest.Decode(t, res, &a)
			if res.IsError || a.Known != tc.known || a.KBVersion != base.Version || a.Framework != tc.framework {
				t.Fatalf("got %+v", a)
			}
			if tc.known && (len(a.Citations) == 0 || a.Citations[0].ID != tc.cite || !strings.Contains(a.Answer, "["+tc.cite+"]")) {
				t.Errorf("citations %+v, want %s first", a.Citations, tc.cite)
			}
			if !tc.known && (!strings.HasPrefix(a.Answer, "I don't know") || len(a.Citations) != 0) {
				t.Errorf("off-topic answer %q cites %v", a.Answer, a.Citations)
			}
		})
	}
}
