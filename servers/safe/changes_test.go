package safe

import (
	"context"
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/plan"
)

// env is a cloudflare_safe with writes on, a fresh sandbox and its own
// state folder.
type env struct {
	t   *testing.T
	d   *cli.Deps
	sim *cfsim.Sim
	cl  *mcpkittest.Client
	cfg *config.Config
	// key is an approver's SSH private key file (principal
	// alice@example.com), listed in the allowed-signers file the
	// configuration names.
	key string
}

func newEnv(t *testing.T, yaml string, gate mcpkit.Gate) *env {
	t.Helper()
	t.Setenv(plan.PlanKeyEnv, "")
	t.Setenv("SSH_AUTH_SOCK", "")
	cfg, err := config.Parse("t.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	cfg.StateDir = t.TempDir()
	key, signers := newApprover(t, "alice@example.com")
	if cfg.Approval.AllowedSigners == "" {
		cfg.Approval.AllowedSigners = signers
	}
	d, sim := clitest.Deps(t, cfg)
	e := &env{t: t, d: d, sim: sim, cfg: cfg, key: key}
	if gate == nil {
		e.cl = clitest.Client(t, d, Name, Toolsets)
	} else {
		sets, err := Toolsets(d)
		if err != nil {
			t.Fatal(err)
		}
		e.cl = mcpkittest.New(t, mcpkit.NewServer(sets, mcpkit.ServerOptions{Name: Name, Version: "test", Logger: d.Logger, Redactor: d.Redactor, Gate: gate}))
	}
	return e
}

// call calls a tool; want "" expects success and decodes into out; else
// expects a tool error containing want.
func (e *env) call(tool string, args map[string]any, want string, out any) *mcp.CallToolResult {
	e.t.Helper()
	res := e.cl.MustCall(tool, args)
	text := mcpkittest.Text(res)
	if strings.Contains(text, clitest.Canary) {
		e.t.Fatalf("%s leaked the token", tool)
	}
	if want != "" {
		if !res.IsError || !strings.Contains(text, want) {
			e.t.Fatalf("%s %v: want a tool error containing %q, got %s", tool, args, want, text)
		}
		return res
	}
	if res.IsError {
		e.t.Fatalf("%s %v: %s", tool, args, text)
	}
	if out != nil {
		mcpkittest.Decode(e.t, res, out)
	}
	return res
}

func (e *env) records(zoneID string) []cfclient.DNSRecord {
	e.t.Helper()
	p, err := e.d.Client.ListDNSRecords(context.Background(), zoneID, cfclient.DNSFilter{}, 0)
	if err != nil {
		e.t.Fatal(err)
	}
	return p.Items
}

// state digests a zone's records and settings, ids excluded.
func (e *env) state(zoneID string) string {
	e.t.Helper()
	var lines []string
	for _, r := range e.records(zoneID) {
		b, _ := json.Marshal(plan.FromAPI(r))
		lines = append(lines, string(b))
	}
	sets, err := e.d.Client.GetZoneSettings(context.Background(), zoneID)
	if err != nil {
		e.t.Fatal(err)
	}
	for _, s := range sets {
		lines = append(lines, s.ID+"="+string(s.Value))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func (e *env) find(zoneID, typ, name string) []cfclient.DNSRecord {
	var out []cfclient.DNSRecord
	for _, r := range e.records(zoneID) {
		if r.Type == typ && r.Name == name {
			out = append(out, r)
		}
	}
	return out
}

type planOut struct {
	PlanID     string `json:"plan_id"`
	ExpiresAt  string `json:"expires_at"`
	Diff       []DiffItem
	Risk       plan.Risk
	Invariants []struct {
		ID      string
		OK      bool
		Message string
	}
	ApprovalRequired bool     `json:"approval_required"`
	ApprovalReasons  []string `json:"approval_reasons"`
	Overrides        []string
	Layer0Receipt    string `json:"layer0_receipt"`
	Notes            []string
	RollbackOf       string `json:"rollback_of"`
}

type dnsOut struct {
	Action  string
	Records []struct {
		ID      string
		Type    string
		Name    string
		Content struct {
			Value     string
			Untrusted bool
			Flagged   bool
		}
		TTL     int
		Proxied bool
	}
	NextCursor string `json:"next_cursor"`
	Total      int
	BIND       *struct {
		Value     string
		Untrusted bool
	} `json:"bind"`
	Plan *planOut
}

func (e *env) planDNS(args map[string]any) *planOut {
	e.t.Helper()
	var out dnsOut
	e.call("dns_record_manage", args, "", &out)
	if out.Plan == nil || !strings.HasPrefix(out.Plan.PlanID, "cfp1.") {
		e.t.Fatalf("no plan: %+v", out)
	}
	return out.Plan
}

type applyOut struct {
	ChangeID string `json:"change_id"`
	Status   string
	Reason   string
	Readback plan.Readback
	// Approvers and Checkpoint: who approved, and the signed audit head.
	Approvers  []plan.Approver `json:"approvers"`
	Checkpoint string          `json:"audit_checkpoint"`
}

func (e *env) apply(planID string, approval string) applyOut {
	e.t.Helper()
	args := map[string]any{"plan_id": planID}
	if approval != "" {
		args["approval"] = approval
	}
	var out applyOut
	e.call("change_apply", args, "", &out)
	return out
}

const mainID = cfsim.SeedZoneMainID

// writesOn is the configuration of most tests.
const writesOn = "writes: enabled\n"

type mcpkittestClient = mcpkittest.Client

var newTestClient = mcpkittest.New

// with is the env for a subtest.
func (e *env) with(t *testing.T) *env {
	c := *e
	c.t = t
	return &c
}

func TestOperatorInvariants(t *testing.T) {
	cfg, err := config.Parse("t.yaml", []byte("writes: enabled\ninvariants:\n  - id: bad_one\n    expr: 'changes.records.all(r, '\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Toolsets(&cli.Deps{Deps: &clicore.Deps{Config: cfg}}); err == nil || !strings.Contains(err.Error(), "invariant bad_one") {
		t.Fatalf("a bad invariant must stop start-up naming it: %v", err)
	}
	e := newEnv(t, "writes: enabled\ninvariants:\n  - id: no_short_ttl\n    expr: 'changes.records.all(r, r.ttl == 1 || r.ttl >= 300)'\n    message: TTLs of at least 300 seconds\n", nil)
	var out dnsOut
	e.call("dns_record_manage", map[string]any{"zone": "example.com", "action": "create", "record": map[string]any{"type": "A", "name": "short", "content": "192.0.2.9", "ttl": 60}}, "", &out)
	failed := ""
	for _, inv := range out.Plan.Invariants {
		if !inv.OK {
			failed += inv.ID
		}
	}
	if failed != "no_short_ttl" {
		t.Fatalf("invariants: %+v", out.Plan.Invariants)
	}
	e.call("change_apply", map[string]any{"plan_id": out.Plan.PlanID}, "invariants do not hold: no_short_ttl", nil)
}
