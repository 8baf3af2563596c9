package oracle

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/kb"
	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/threat"
)

// Toolsets is the single registry of oracle_answer's tools. Every tool is
// read-only.
func Toolsets(d *cli.Deps) ([]*mcpkit.Toolset, error) {
	key, err := receiptKey()
	if err != nil {
		return nil, err
	}
	policy := ""
	if d.Config != nil {
		policy = d.Config.Layer0.Policy
	}
	// Compiling the shipped policy (tested to compile) is deferred to the
	// first call, which keeps start-up and tools/list fast. An operator's
	// policy file is compiled now, so a broken one stops the start.
	classifier := sync.OnceValues(func() (*layer0.Classifier, error) {
		return layer0.New(layer0.Options{PolicyPath: policy, ReceiptKey: key})
	})
	if policy != "" {
		if _, err := classifier(); err != nil {
			return nil, &cli.ExitError{Code: 2, Msg: err.Error()}
		}
	}
	layer0Set := mcpkit.NewToolset("layer0", "Classification before execution").
		AddRead(securityClassify(classifier))
	adviceSet := mcpkit.NewToolset("advice", "Routing, threat assessment, decision support and answers").
		AddRead(routingDecide(classifier), threatAssess(threat.NewStore(feedSpecs(d))), decisionSupport(classifier, guardsOf(d)), oracleAnswer(kb.Default))
	return []*mcpkit.Toolset{layer0Set, adviceSet}, nil
}

// receiptKey reads the hex receipt key from the environment, or makes a
// random one for this process (its receipts then verify only here).
func receiptKey() ([]byte, error) {
	if h := os.Getenv(layer0.ReceiptKeyEnv); h != "" {
		k, err := hex.DecodeString(h)
		if err != nil || len(k) < 16 {
			return nil, &cli.ExitError{Code: 2, Msg: fmt.Sprintf("%s must be at least 32 hex digits (16 bytes)", layer0.ReceiptKeyEnv)}
		}
		return k, nil
	}
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, err
	}
	return k, nil
}

// ruleIDs lists a verdict's evidence rule ids, comma-separated.
func ruleIDs(v layer0.Verdict) string {
	seen := map[string]bool{}
	var ids []string
	for _, e := range v.Evidence {
		if !seen[e.Rule] {
			seen[e.Rule] = true
			ids = append(ids, e.Rule)
		}
	}
	if len(ids) == 0 {
		return "no rule matched"
	}
	return strings.Join(ids, ", ")
}

func itoa(n int) string { return strconv.Itoa(n) }

// feedSpecs lists the reputation feeds configured under threat_intel.feeds.
func feedSpecs(d *cli.Deps) []threat.Spec {
	if d == nil || d.Config == nil {
		return nil
	}
	var out []threat.Spec
	for _, f := range d.Config.ThreatIntel.Feeds {
		out = append(out, threat.Spec{Name: f.Name, Path: f.Path, Format: f.Format})
	}
	return out
}
