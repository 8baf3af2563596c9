package oracle

import (
	"strconv"
	"strings"
	"sync"

	cli "github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/kb"
	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/threat"
)

// Toolsets is the single registry of oracle_answer's tools. Every tool is
// read-only.
func Toolsets(d *cli.Deps) ([]*mcpkit.Toolset, error) {
	policy, stateDir := "", ""
	if d.Config != nil {
		policy, stateDir = d.Config.Layer0.Policy, d.Config.StateDir
	}
	// The shipped policy (tested to compile) is compiled in the background
	// after tools/list, which keeps start-up, tools/list and the first call
	// short. An
	// operator's policy file is compiled now, so a broken one stops the start.
	// The receipt key is the one every cfplane server keeps in the state
	// directory, so receipts issued here verify in cloudflare_safe too.
	// The key is read (or created) now, so that the background build below
	// touches no file; an error is reported by the first call, as before.
	key, keyErr := cli.LoadReceiptKey(stateDir)
	classifier := sync.OnceValues(func() (*layer0.Classifier, error) {
		if keyErr != nil {
			return nil, keyErr
		}
		return cli.BuildLayer0(layer0.Options{PolicyPath: policy, ReceiptKey: key})
	})
	if policy != "" {
		if _, err := classifier(); err != nil {
			return nil, &cli.ExitError{Code: 2, Msg: err.Error()}
		}
	} else if d != nil {
		// Built in the background as soon as tools/list is answered (every
		// tool here needs it, so the first call waits less for it), then
		// warmed once no call is in flight.
		d.OnToolsList = append(d.OnToolsList, func() { _, _ = classifier() })
		d.AfterToolsList = append(d.AfterToolsList, func() { <-cli.WarmClassifier(classifier) })
	}
	layer0Set := mcpkit.NewToolset("layer0", "Classification before execution").
		AddRead(securityClassify(classifier))
	adviceSet := mcpkit.NewToolset("advice", "Routing, threat assessment, decision support and answers").
		AddRead(routingDecide(classifier), threatAssess(threat.NewStore(feedSpecs(d))), decisionSupport(classifier, guardsOf(d)), oracleAnswer(kb.Default))
	return []*mcpkit.Toolset{layer0Set, adviceSet}, nil
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
