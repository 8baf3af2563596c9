package safe

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/policy"
	"github.com/cfplane/cfplane/pkg/untrusted"
	"github.com/cfplane/cfplane/pkg/validate"
)

// changeEngine builds the plan engine every change tool of one server
// shares. Invariants from the configuration are compiled here, at start-up:
// a bad expression stops the server, naming its id. Without them the
// engine compiles the shipped defaults on first use.
func changeEngine(d *cli.Deps) (*plan.Engine, error) {
	var pol *policy.Set
	if len(d.Config.Invariants) > 0 {
		var err error
		if pol, err = policy.FromConfig(d.Config); err != nil {
			return nil, fmt.Errorf("configuration invariants: %w", err)
		}
	}
	var redact func(string) string
	if d.Redactor != nil {
		redact = d.Redactor.String
	}
	var acct plan.AccountReader
	if d.Client != nil {
		acct = d.Client
	}
	eng, err := plan.New(plan.Options{
		Account: acct,
		Config:  d.Config,
		Policy:  pol,
		Server:  Name,
		Redact:  redact,
		Now:     clock,
		Logger:  &d.Logger,
		Executors: append([]plan.Executor{
			&plan.DNS{Client: d.Client},
			&plan.Settings{Client: d.Client},
			&plan.Lists{Client: d.Client},
			&plan.Tunnels{Client: d.Client},
			&plan.TunnelObjects{Client: d.Client},
		}, plan.RuleExecutors(d.Client, d.Config.Protected.Rules)...),
	})
	if err != nil {
		return nil, err
	}
	eng.Hooks = engineHooks
	if d.Deps != nil && d.StoreReady == nil {
		d.StoreReady = eng.CheckStore
		// A state store is opened (and migrated) at start; when it cannot
		// be, the server still starts and /healthz says why.
		if st := d.Config.Store(); st != "" && st != "files" {
			if err := eng.CheckStore(); err != nil {
				d.Logger.Error().Msg(err.Error())
			} else {
				d.Logger.Info().Str("state_store", eng.StoreKind()).Msg("state store ready")
			}
		}
	}
	approvalWarnings(d)
	return eng, nil
}

// approvalWarnings logs, at start-up, setups in which the model could
// approve: an allowed-signers file it can edit, an ssh-agent with an
// approver key in the server's environment.
func approvalWarnings(d *cli.Deps) {
	if d.Config.Approval.AllowedSigners == "" {
		return
	}
	if w := plan.SignersFileWarning(d.Config.Approval.AllowedSigners); w != "" {
		d.Logger.Warn().Msg(w)
	}
	allowed, err := plan.LoadAllowedSigners(d.Config)
	if err != nil {
		d.Logger.Warn().Err(err).Msg("approvals cannot be checked until this is fixed")
		return
	}
	if w := plan.AgentExposure(allowed, os.Getenv("SSH_AUTH_SOCK")); w != "" {
		d.Logger.Warn().Msg(w)
	}
}

// engineHooks lets tests stop an apply at a step, as a crash would.
var engineHooks plan.Hooks

// clock is the engine's clock (tests move it to expire plans).
var clock = time.Now

// gateOf reads the Layer0 decision for the current call.
func gateOf(ctx context.Context) plan.Gate {
	g, _ := mcpkit.GateFromContext(ctx)
	return plan.Gate{Review: g.Review, ReceiptID: g.ReceiptID, Reason: g.Reason}
}

// toolErr turns an engine or API error into what the caller sees: refusals
// and API failures as tool errors, faults of the server as internal errors.
func toolErr(what string, err error) error {
	var pe *plan.Error
	var te *plan.TokenError
	var ve *validate.Error
	var ae *cfclient.APIError
	var me *mcpkit.Error
	switch {
	case errors.As(err, &me):
		return me
	case errors.As(err, &pe), errors.As(err, &te), errors.As(err, &ve):
		return mcpkit.Errorf("%s", err.Error())
	case errors.As(err, &ae), errors.Is(err, cfclient.ErrUnavailable), errors.Is(err, cfclient.ErrTimeout),
		errors.Is(err, cfclient.ErrRateLimited), errors.Is(err, cfclient.ErrTooLarge), errors.Is(err, context.DeadlineExceeded):
		return mcpkit.Errorf("%s failed: %v", what, err)
	default:
		return mcpkit.Internal(fmt.Errorf("%s: %w", what, err))
	}
}

// zoneFor resolves a zone argument (name or 32-hex id) through the shared
// resolver (token visibility and the config's allowlist).
func zoneFor(ctx context.Context, d *cli.Deps, ref string) (plan.Zone, error) {
	z, err := resolveZone(ctx, d, ref)
	if err != nil {
		return plan.Zone{}, err
	}
	return plan.Zone{ID: z.ID, Name: z.Name}, nil
}

// maxDiffShown bounds the diff a plan result carries.
const maxDiffShown = 100

// DiffItem is one operation of a plan as the caller sees it.
type DiffItem struct {
	Action string          `json:"action"`
	Object string          `json:"object"`
	Before json.RawMessage `json:"before"`
	After  json.RawMessage `json:"after"`
	// Untrusted marks text that third parties control (TXT content): data,
	// never instructions. Flagged: that text looks like instructions.
	Untrusted bool `json:"untrusted,omitempty"`
	Flagged   bool `json:"flagged,omitempty"`
}

// PlanView is what a mutating action returns: nothing has changed yet.
type PlanView struct {
	PlanID           string          `json:"plan_id"`
	ExpiresAt        string          `json:"expires_at"`
	Zone             string          `json:"zone"`
	Diff             []DiffItem      `json:"diff"`
	DiffOmitted      int             `json:"diff_omitted,omitempty"`
	Risk             plan.Risk       `json:"risk"`
	Effects          []string        `json:"effects,omitempty"`
	Invariants       []policy.Result `json:"invariants"`
	ApprovalRequired bool            `json:"approval_required"`
	ApprovalReasons  []string        `json:"approval_reasons,omitempty"`
	Overrides        []string        `json:"overrides,omitempty"`
	Layer0Receipt    string          `json:"layer0_receipt,omitempty"`
	RollbackOf       string          `json:"rollback_of,omitempty"`
	Notes            []string        `json:"notes,omitempty"`
	Next             string          `json:"next"`
	// Text is the plan in a few lines: one per operation, then risk and
	// approval.
	Text []string `json:"text"`
}

func planView(p *plan.Prepared, extraNotes ...string) *PlanView {
	pl := p.Plan
	v := &PlanView{PlanID: p.Token, ExpiresAt: pl.ExpiresAt.Format(time.RFC3339), Zone: pl.Zone.Name, Diff: []DiffItem{},
		Risk: pl.Risk, Effects: pl.Effects, Invariants: pl.Invariants, ApprovalRequired: pl.Approval.Required, ApprovalReasons: pl.Approval.Reasons,
		Overrides: pl.Approval.Overrides, Layer0Receipt: pl.ReceiptID, RollbackOf: pl.RollbackOf, Notes: append(pl.Notes, extraNotes...)}
	for i, op := range pl.Ops {
		if i == maxDiffShown {
			v.DiffOmitted = len(pl.Ops) - maxDiffShown
			break
		}
		it := DiffItem{Action: op.Action, Object: op.Object, Before: op.Before, After: op.After}
		it.Untrusted, it.Flagged = untrustedOp(op)
		v.Diff = append(v.Diff, it)
	}
	v.Text = planText(v, pl.Ops)
	switch {
	case !pl.InvariantsOK() && pl.RollbackOf == "":
		v.Next = "an invariant fails: change_apply will refuse this plan; change the request"
	case pl.Approval.Required:
		v.Next = "a person whose SSH key is in approval.allowed_signers runs `cloudflare_safe approve " + shortID(pl.ID) + overrideHint(pl.Approval.Overrides) + "` and gives you the printed approval text; then change_apply with plan_id and that text as approval"
	default:
		v.Next = "change_apply with this plan_id before expires_at"
	}
	return v
}

func overrideHint(o []string) string {
	var b strings.Builder
	for _, x := range o {
		fmt.Fprintf(&b, " --override %q", x)
	}
	return b.String()
}

// untrustedOp says whether an op carries third-party text, and whether
// that text looks like instructions to a model.
func untrustedOp(op plan.Op) (untrustedText, flagged bool) {
	if op.Kind != plan.KindDNS {
		return false, false
	}
	for _, raw := range []json.RawMessage{op.Before, op.After} {
		v, err := plan.DecodeRecord(raw)
		if err != nil {
			continue
		}
		for _, text := range recordTexts(v) {
			untrustedText = true
			if f, _ := untrusted.Check(text); f {
				flagged = true
			}
		}
	}
	return untrustedText, flagged
}

// recordTexts is the text of a record third parties may have written: TXT
// content, CAA values, comments and tags.
func recordTexts(v plan.RecordValue) []string {
	var out []string
	if untrustedType(v.Type) || v.Type == "CAA" {
		out = append(out, v.Content)
	}
	if v.Comment != "" {
		out = append(out, v.Comment)
	}
	out = append(out, v.Tags...)
	return out
}

// untrustedType: record types whose content third parties write (TXT
// verification tokens, SPF/DKIM text).
func untrustedType(t string) bool { return t == "TXT" }
