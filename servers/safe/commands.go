package safe

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/crypto/ssh"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/audit"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/validate"
)

// commands are cloudflare_safe's own subcommands for people: approve,
// plans, audit verify/show/checkpoint, state migrate, tunnel token.
func commands(env *cli.Env) []*cobra.Command {
	return []*cobra.Command{approveCmd(env), plansCmd(env), auditCmd(env), stateCmd(), exportCmd(env), driftCmd(env), invariantsCmd(env), tunnelCmd(env)}
}

func approveCmd(env *cli.Env) *cobra.Command {
	var cfgPath, keyFile string
	var overrides []string
	var expires time.Duration
	var statementOnly bool
	c := &cobra.Command{
		Use:   "approve PLAN [PLAN...]",
		Short: "Show plans and sign an approval of them with your SSH key (key file or ssh-agent); prints the approval text for change_apply",
		Long: `Show each plan, then sign one statement approving all of them (plan digests,
the protected-object overrides, an expiry) with your SSH key, and print the
approval text to give to change_apply as approval.

PLAN is a plan_id or a short id (a unique prefix of the plan id, as
change_list and "cloudflare_safe plans" show it).

The key: --key FILE (an unencrypted OpenSSH private key, or the .pub of a key
held by ssh-agent), else the one key of ssh-agent (SSH_AUTH_SOCK) listed in
approval.allowed_signers. FIDO keys (sk-ssh-ed25519) ask for a touch and keys
added with "ssh-add -c" ask for confirmation as the signature is made.

To sign with ssh-keygen instead:
  cloudflare_safe approve --statement PLAN > statement.txt
  ssh-keygen -Y sign -n cfplane-approval -f ~/.ssh/id_ed25519 statement.txt
  cat statement.txt statement.txt.sig      # give this to change_apply`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := config.Load(cfgPath)
			if err != nil {
				return &cli.ExitError{Code: 2, Msg: err.Error()}
			}
			if expires <= 0 || expires > plan.MaxApprovalTTL {
				return cli.Usagef("--expires %s is not accepted; accepted: a duration from 1s to 24h, e.g. 30m", expires)
			}
			eng, err := plan.New(plan.Options{Config: cfg, Server: Name})
			if err != nil {
				return err
			}
			// Plan summaries quote record content: they go to stderr
			// through the redactor; stdout carries only the approval (or
			// the statement), so it can be redirected to a file.
			info := env.Redactor().Writer(cmd.ErrOrStderr())
			defer info.Close()
			given := map[string]bool{}
			for _, o := range overrides {
				given[strings.TrimSpace(o)] = true
			}
			used := map[string]bool{}
			st := plan.Statement{Expires: time.Now().Add(expires).UTC().Truncate(time.Second)}
			seen := map[string]bool{}
			for _, a := range args {
				tok, err := eng.ResolvePlan(a)
				if err != nil {
					return &cli.ExitError{Code: 1, Msg: err.Error()}
				}
				p, digest, err := eng.Load(tok)
				if err != nil {
					return &cli.ExitError{Code: 1, Msg: err.Error()}
				}
				if seen[p.ID] {
					continue
				}
				seen[p.ID] = true
				printPlan(info, p, digest)
				fmt.Fprintln(info)
				var missing []string
				for _, o := range p.Approval.Overrides {
					if !given[o] {
						missing = append(missing, o)
					}
					used[o] = true
				}
				if len(missing) > 0 {
					return &cli.ExitError{Code: 1, Msg: "plan " + p.ID + " touches protected objects; name each override to approve it:" + overrideHint(missing)}
				}
				if !p.InvariantsOK() && p.RollbackOf == "" {
					return &cli.ExitError{Code: 1, Msg: "plan " + p.ID + ": an invariant fails: change_apply would refuse this plan, so it is not approved"}
				}
				if !p.Approval.Required {
					fmt.Fprintf(info, "note: plan %s needs no approval; change_apply accepts it without one\n", p.ID)
				}
				if p.ExpiresAt.Before(st.Expires) {
					fmt.Fprintf(info, "note: plan %s itself expires at %s, before this approval\n", p.ID, p.ExpiresAt.Format(time.RFC3339))
				}
				st.Plans = append(st.Plans, plan.StatementPlan{ID: p.ID, Digest: digest, Overrides: p.Approval.Overrides})
			}
			for o := range given {
				if !used[o] {
					return cli.Usagef("--override %q: no plan given touches a protected object matching it", o)
				}
			}
			out := cmd.OutOrStdout()
			if statementOnly {
				_, err := out.Write(st.Canonical())
				fmt.Fprintf(info, "sign it with:  ssh-keygen -Y sign -n %s -f ~/.ssh/id_ed25519 FILE\nthen give change_apply the statement followed by the signature:  cat FILE FILE.sig\n", plan.ApprovalNamespace)
				return err
			}
			allowed, aerr := plan.LoadAllowedSigners(cfg)
			if w := plan.SignersFileWarning(cfg.Approval.AllowedSigners); w != "" {
				fmt.Fprintln(info, "warning: "+w)
			}
			signer, done, err := plan.ApprovalSigner(keyFile, os.Getenv("SSH_AUTH_SOCK"), allowed)
			if err != nil {
				return &cli.ExitError{Code: 2, Msg: err.Error()}
			}
			defer done()
			fmt.Fprintf(info, "signing with %s %s …\n", signer.PublicKey().Type(), ssh.FingerprintSHA256(signer.PublicKey()))
			sig, err := plan.SignStatement(st, signer)
			if err != nil {
				return &cli.ExitError{Code: 1, Msg: "signing failed (a FIDO key needs a touch; a key added with ssh-add -c needs confirmation): " + err.Error()}
			}
			if aerr == nil {
				if _, err := plan.VerifySignature(allowed, st.Canonical(), sig, time.Now()); err != nil {
					return &cli.ExitError{Code: 1, Msg: "change_apply would refuse this approval: " + err.Error() + " (" + cfg.Approval.AllowedSigners + ")"}
				}
			} else {
				fmt.Fprintf(info, "note: %v; the signature was not checked against it here\n", aerr)
			}
			if _, err := io.WriteString(out, plan.FormatApproval(st, sig)); err != nil {
				return err
			}
			fmt.Fprintf(info, "give the text above (statement and signature) to change_apply as approval; valid until %s\n", st.Expires.Format(time.RFC3339))
			return nil
		},
	}
	c.Flags().StringVar(&cfgPath, "config", "", "cfplane.yaml path (state_dir and approval.allowed_signers)")
	c.Flags().StringVar(&keyFile, "key", "", "your SSH key: an unencrypted private key file, or the .pub of a key in ssh-agent (default: the agent's key listed in allowed_signers)")
	c.Flags().DurationVar(&expires, "expires", time.Hour, "how long the approval stays valid (at most 24h)")
	c.Flags().BoolVar(&statementOnly, "statement", false, "print the statement to sign with ssh-keygen -Y sign instead of signing it")
	c.Flags().StringArrayVar(&overrides, "override", nil, "a protected-object pattern a plan touches, e.g. \"@ MX\" (repeat for each)")
	return c
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// tq escapes a value for a person's terminal (control and bidi characters).
func tq(s string) string { return validate.Terminal(s) }

func printPlan(w io.Writer, p *plan.Plan, digest string) {
	fmt.Fprintf(w, "plan %s  zone %s  (%s %s)\n", p.ID, tq(p.Zone.Name), tq(p.Tool), tq(p.Action))
	fmt.Fprintf(w, "digest %s  expires %s\n", digest, p.ExpiresAt.Format("2006-01-02 15:04:05Z"))
	if p.RollbackOf != "" {
		fmt.Fprintf(w, "undoes change %s\n", tq(p.RollbackOf))
	}
	if p.ReceiptID != "" {
		fmt.Fprintf(w, "Layer0 receipt %s\n", tq(p.ReceiptID))
	}
	fmt.Fprintf(w, "\n%d operation(s):\n", len(p.Ops))
	for i, op := range p.Ops {
		if i == 50 {
			fmt.Fprintf(w, "  … and %d more\n", len(p.Ops)-50)
			break
		}
		fmt.Fprintf(w, "  %-6s %s\n", tq(op.Action), tq(op.Object))
		if string(op.Before) != "null" {
			fmt.Fprintf(w, "         before %s\n", tq(string(op.Before)))
		}
		if string(op.After) != "null" {
			fmt.Fprintf(w, "         after  %s\n", tq(string(op.After)))
		}
	}
	if len(p.Effects) > 0 {
		fmt.Fprintf(w, "\neffects:\n")
		for _, ef := range p.Effects {
			fmt.Fprintf(w, "  - %s\n", tq(ef))
		}
	}
	fmt.Fprintf(w, "\nrisk %d/100\n", p.Risk.Score)
	for _, r := range p.Risk.Reasons {
		fmt.Fprintf(w, "  - %s\n", tq(r))
	}
	fmt.Fprintf(w, "invariants:\n")
	for _, r := range p.Invariants {
		mark := "ok  "
		if !r.OK {
			mark = "FAIL"
		}
		fmt.Fprintf(w, "  %s %s: %s\n", mark, tq(r.ID), tq(r.Message))
	}
	if len(p.Approval.Reasons) > 0 {
		fmt.Fprintf(w, "approval needed because:\n")
		for _, r := range p.Approval.Reasons {
			fmt.Fprintf(w, "  - %s\n", tq(r))
		}
	}
	if len(p.Approval.Overrides) > 0 {
		o := append([]string(nil), p.Approval.Overrides...)
		sort.Strings(o)
		fmt.Fprintf(w, "protected overrides: %s\n", tq(strings.Join(o, ", ")))
	}
}

// shortID is how a person refers to a plan: 8 hex digits (approve and
// change_apply accept any unique prefix of 6 or more).
func shortID(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}

func plansCmd(env *cli.Env) *cobra.Command {
	var cfgPath, format string
	c := &cobra.Command{
		Use:   "plans",
		Short: "List pending plans: short id, zone, risk, effect, approval needed, expiry",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return cli.Usagef("--format %q is not accepted; accepted: text, json", format)
			}
			cfg, err := config.Load(cfgPath)
			if err != nil {
				return &cli.ExitError{Code: 2, Msg: err.Error()}
			}
			eng, err := plan.New(plan.Options{Config: cfg, Server: Name})
			if err != nil {
				return err
			}
			ps, err := eng.PendingPlans()
			if err != nil {
				return &cli.ExitError{Code: 1, Msg: err.Error()}
			}
			w := cmd.OutOrStdout()
			type row struct {
				ShortID   string    `json:"short_id"`
				PlanID    string    `json:"plan_id"`
				Zone      string    `json:"zone"`
				Tool      string    `json:"tool"`
				Action    string    `json:"action"`
				Ops       int       `json:"ops"`
				Risk      int       `json:"risk"`
				Effects   []string  `json:"effects,omitempty"`
				Approval  bool      `json:"approval_required"`
				Signers   int       `json:"signers_required,omitempty"`
				Overrides []string  `json:"overrides,omitempty"`
				Reasons   []string  `json:"approval_reasons,omitempty"`
				ExpiresAt time.Time `json:"expires_at"`
			}
			rows := []row{}
			for _, pd := range ps {
				p := pd.Plan
				rows = append(rows, row{ShortID: shortID(p.ID), PlanID: p.ID, Zone: p.Zone.Name, Tool: p.Tool, Action: p.Action, Ops: len(p.Ops), Risk: p.Risk.Score,
					Effects: pd.Effects, Approval: p.Approval.Required, Signers: pd.Signers, Overrides: p.Approval.Overrides, Reasons: p.Approval.Reasons, ExpiresAt: p.ExpiresAt})
			}
			if format == "json" {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(map[string]any{"plans": rows})
			}
			if len(rows) == 0 {
				fmt.Fprintln(w, "no pending plans")
				return nil
			}
			now := time.Now()
			fmt.Fprintf(w, "%-8s  %-24s  %4s  %-22s  %-8s  %s\n", "ID", "ZONE", "RISK", "APPROVAL", "EXPIRES", "WHAT")
			for _, r := range rows {
				appr := "not needed"
				if r.Approval {
					appr = fmt.Sprintf("%d signer(s)", r.Signers)
					if len(r.Overrides) > 0 {
						appr += " +override"
					}
				}
				what := fmt.Sprintf("%s %s, %d op(s)", r.Tool, r.Action, r.Ops)
				if len(r.Effects) > 0 {
					what = strings.Join(r.Effects, "; ")
				}
				fmt.Fprintf(w, "%-8s  %-24s  %4d  %-22s  %-8s  %s\n", r.ShortID, tq(r.Zone), r.Risk, appr, "in "+r.ExpiresAt.Sub(now).Round(time.Minute).String(), tq(what))
				for _, o := range r.Overrides {
					fmt.Fprintf(w, "%-8s  override: %s\n", "", tq(o))
				}
			}
			fmt.Fprintf(w, "\napprove with: cloudflare_safe approve ID [ID...] (--override PATTERN for each override)\n")
			return nil
		},
	}
	c.Flags().StringVar(&cfgPath, "config", "", "cfplane.yaml path (state_dir)")
	c.Flags().StringVar(&format, "format", "text", "text or json")
	return c
}

func auditCmd(env *cli.Env) *cobra.Command {
	a := &cobra.Command{Use: "audit", Short: "Audit log: verify it against checkpoints, show it"}
	a.AddCommand(auditVerifyCmd(), auditShowCmd(), auditCheckpointCmd())
	return a
}

func readArgFile(what, v string) ([]byte, error) {
	b, err := os.ReadFile(v)
	if err != nil {
		return nil, cli.Usagef("%s %s cannot be read: %v", what, v, errors.Unwrap(err))
	}
	return b, nil
}

func auditVerifyCmd() *cobra.Command {
	var cps []string
	var vkey, journalDir, cfgPath string
	c := &cobra.Command{
		Use:   "verify [FILE]",
		Short: "Prove an audit log extends earlier signed checkpoints and that every journaled outcome has its audit record (exit 1 if not)",
		Long: `Verify the audit log FILE: every record is the canonical JSON the server
writes (no duplicate keys, case variants included); the Merkle tree of the
records extends the server's last checkpoint beside the file and every
--checkpoint given (a file holding a signed checkpoint, as the server logs
it after each append): truncation, rewriting and reordering are detected.
Then every outcome in the journal beside the file must have its audit record.

The checkpoint key is read from keys/audit-note.pub beside FILE unless --key
gives it (pass the key you recorded when you set up collection: a key read
from the same machine proves less).

Without FILE, the configuration (--config) says where the log is: with a
state store (state_store bolt or postgres://…, or CFPLANE_STATE_STORE) the
one log every replica appends to in the store is verified — every record,
every stored tree hash (a record altered after it was written is named),
the signed head, the --checkpoint files, and every outcome in the store's
journal; the key comes from the store unless --key gives it. Without a store
it is STATE_DIR/audit.jsonl. (The embedded bolt store is held by a running
server: stop it, or use PostgreSQL for several processes.)`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if vkey != "" {
				if b, ferr := os.ReadFile(vkey); ferr == nil {
					vkey = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(b)), "verifier key:"))
				}
			}
			var given [][]byte
			for _, c := range cps {
				b, err := readArgFile("--checkpoint", c)
				if err != nil {
					return err
				}
				// A file of kept one-line checkpoints: each line is one.
				if t := strings.TrimSpace(string(b)); strings.HasPrefix(t, "cfcp1.") {
					for _, l := range strings.Fields(t) {
						given = append(given, []byte(l))
					}
					continue
				}
				given = append(given, b)
			}
			var path string
			if len(args) == 1 {
				path = args[0]
			} else {
				cfg, err := config.Load(cfgPath)
				if err != nil {
					return &cli.ExitError{Code: 2, Msg: err.Error()}
				}
				if s := cfg.Store(); s != "" && s != "files" {
					return verifyStoreAudit(cmd, cfg, vkey, given)
				}
				path = filepath.Join(cfg.StateDir, "audit.jsonl")
			}
			if _, err := os.Stat(path); err != nil {
				return cli.Usagef("%s does not exist", path)
			}
			if vkey == "" {
				vkey, err = audit.VerifierKey(path)
				if err != nil {
					return &cli.ExitError{Code: 1, Msg: err.Error()}
				}
			}
			v, err := audit.ReadFile(path, vkey, given...)
			if err != nil {
				return &cli.ExitError{Code: 1, Msg: fmt.Sprintf("%s: NOT VERIFIED: %v", path, err)}
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%s: %d records, root %s; extends %d checkpoint(s)\n", path, v.Summary.Records, v.Root, v.Checkpoints)
			if v.Torn > 0 {
				fmt.Fprintf(w, "torn tail: the last %d bytes are an interrupted write; the server cuts them (kept aside) and appends a repair record at its next append\n", v.Torn)
			}
			if journalDir == "" {
				journalDir = filepath.Dir(path)
			}
			outs, err := plan.JournalOutcomes(journalDir)
			switch {
			case errors.Is(err, os.ErrNotExist):
				fmt.Fprintf(w, "journal: none in %s; cross-check skipped (--journal-dir names the state folder)\n", journalDir)
				return nil
			case err != nil:
				return &cli.ExitError{Code: 1, Msg: "journal: " + err.Error()}
			}
			return crossCheckJournal(w, path, v.Records, outs)
		},
	}
	c.Flags().StringArrayVar(&cps, "checkpoint", nil, "a file of signed checkpoints kept outside the machine: cfcp1.… lines, or one signed note (repeat)")
	c.Flags().StringVar(&vkey, "key", "", "the checkpoint verifier key (text or file); default keys/audit-note.pub beside FILE")
	c.Flags().StringVar(&journalDir, "journal-dir", "", "the state folder holding journal.jsonl (default: FILE's folder)")
	c.Flags().StringVar(&cfgPath, "config", "", "cfplane.yaml path, without FILE: its state store's log (or STATE_DIR/audit.jsonl)")
	return c
}

// readStoreAudit reads and verifies the state store's audit log with the
// store's key.
func readStoreAudit(ctx context.Context, cfg *config.Config) (*audit.Verified, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	st, done, err := plan.OpenStateStore(ctx, cfg)
	if err != nil {
		return nil, &cli.ExitError{Code: 1, Msg: err.Error()}
	}
	defer done()
	vkey, err := audit.StoreVerifierKey(ctx, st)
	if err != nil {
		return nil, &cli.ExitError{Code: 1, Msg: err.Error()}
	}
	v, err := audit.VerifyStore(ctx, st, vkey)
	if err != nil {
		return nil, &cli.ExitError{Code: 1, Msg: fmt.Sprintf("the state store's audit log does not verify (%v); run `cloudflare_safe audit verify --config FILE` with your saved checkpoints", err)}
	}
	return v, nil
}

// crossCheckJournal: every journaled outcome has its audit record.
func crossCheckJournal(w io.Writer, where string, recs []audit.Record, outs []plan.JournalOutcome) error {
	have := map[string]string{}
	for _, r := range recs {
		if r.ChangeID != "" && r.Action == "apply" {
			have[r.ChangeID] = r.Outcome
		}
	}
	var missing []string
	for _, o := range outs {
		if got, ok := have[o.ChangeID]; !ok || got != o.Status {
			missing = append(missing, fmt.Sprintf("%s (%s at %s)", o.ChangeID, o.Status, o.Time.Format(time.RFC3339)))
		}
	}
	if len(missing) > 0 {
		return &cli.ExitError{Code: 1, Msg: fmt.Sprintf("%s: NOT VERIFIED: %d journaled outcome(s) have no matching audit record: %s", where, len(missing), strings.Join(missing, ", "))}
	}
	fmt.Fprintf(w, "journal: %d outcome(s), each with its audit record\n", len(outs))
	return nil
}

// verifyStoreAudit verifies the audit log the configured state store keeps
// and cross-checks the store's journal.
func verifyStoreAudit(cmd *cobra.Command, cfg *config.Config, vkey string, given [][]byte) error {
	ctx, cancel := context.WithTimeout(cmd.Context(), 10*time.Minute)
	defer cancel()
	st, done, err := plan.OpenStateStore(ctx, cfg)
	if err != nil {
		return &cli.ExitError{Code: 1, Msg: err.Error()}
	}
	defer done()
	where := "state store (" + plan.StoreKindOf(st) + ")"
	keyFrom := "--key"
	if vkey == "" {
		keyFrom = "the store"
		if vkey, err = audit.StoreVerifierKey(ctx, st); err != nil {
			return &cli.ExitError{Code: 1, Msg: where + ": " + err.Error()}
		}
	}
	v, err := audit.VerifyStore(ctx, st, vkey, given...)
	if err != nil {
		return &cli.ExitError{Code: 1, Msg: fmt.Sprintf("%s audit log: NOT VERIFIED: %v", where, err)}
	}
	w := cmd.OutOrStdout()
	var reps []string
	for r, n := range v.Replicas {
		reps = append(reps, fmt.Sprintf("%s %d", r, n))
	}
	sort.Strings(reps)
	fmt.Fprintf(w, "%s audit log: %d records from %d replica(s) (%s), root %s; every stored tree hash matches; signed head verified with the key from %s; extends %d checkpoint(s) with the head\n",
		where, v.Summary.Records, len(v.Replicas), strings.Join(reps, ", "), v.Root, keyFrom, v.Checkpoints)
	if keyFrom == "the store" {
		fmt.Fprintf(w, "key: %s (a key read from the store proves less than one recorded elsewhere: pass it with --key)\n", vkey)
	}
	outs, err := plan.StoreJournalOutcomes(ctx, st)
	if err != nil {
		return &cli.ExitError{Code: 1, Msg: "journal: " + err.Error()}
	}
	return crossCheckJournal(w, where+" audit log", v.Records, outs)
}

func auditShowCmd() *cobra.Command {
	var cfgPath, file, zone, format string
	var since time.Duration
	c := &cobra.Command{
		Use:   "show",
		Short: "Show audit records (verified first), optionally only recent ones or one zone",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return cli.Usagef("--format %q is not accepted; accepted: text, json", format)
			}
			if since < 0 {
				return cli.Usagef("--since %s is not accepted; accepted: a positive duration, e.g. 24h", since)
			}
			var v *audit.Verified
			if file == "" {
				cfg, err := config.Load(cfgPath)
				if err != nil {
					return &cli.ExitError{Code: 2, Msg: err.Error()}
				}
				if s := cfg.Store(); s != "" && s != "files" {
					if v, err = readStoreAudit(cmd.Context(), cfg); err != nil {
						return err
					}
				}
				file = filepath.Join(cfg.StateDir, "audit.jsonl")
			}
			if v == nil {
				if _, err := os.Stat(file); err != nil {
					return cli.Usagef("no audit log at %s", file)
				}
				vkey, err := audit.VerifierKey(file)
				if err != nil {
					return &cli.ExitError{Code: 1, Msg: err.Error()}
				}
				if v, err = audit.ReadFile(file, vkey); err != nil {
					return &cli.ExitError{Code: 1, Msg: fmt.Sprintf("%s does not verify (%v); run `cloudflare_safe audit verify %s` with your saved checkpoints", file, err, file)}
				}
			}
			cut := time.Time{}
			if since > 0 {
				cut = time.Now().Add(-since)
			}
			recs := []audit.Record{}
			for _, r := range v.Records {
				if r.Time.Before(cut) || (zone != "" && !strings.EqualFold(r.Zone, zone)) {
					continue
				}
				recs = append(recs, r)
			}
			w := cmd.OutOrStdout()
			if format == "json" {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(map[string]any{"records": recs, "verified": v.Summary})
			}
			for _, r := range recs {
				line := fmt.Sprintf("#%d %s %s %s", r.Seq, r.Time.Format("2006-01-02 15:04:05Z"), tq(r.Tool), tq(r.Action))
				if r.Zone != "" {
					line += " zone " + tq(r.Zone)
				}
				if r.PlanID != "" {
					line += " plan " + tq(shortID(r.PlanID))
				}
				if r.ChangeID != "" {
					line += " change " + tq(r.ChangeID)
				}
				line += " → " + tq(r.Outcome)
				if r.Replica != "" {
					line += " [" + tq(r.Replica) + "]"
				}
				if r.Reason != "" {
					line += " (" + tq(r.Reason) + ")"
				}
				fmt.Fprintln(w, line)
				for _, a := range r.Approvers {
					fmt.Fprintf(w, "    approved by %s (%s)\n", tq(a.Principal), tq(a.Key))
				}
			}
			fmt.Fprintf(w, "%d of %d records shown; log verified against its last checkpoint (root %s)\n", len(recs), v.Summary.Records, v.Root)
			return nil
		},
	}
	c.Flags().StringVar(&cfgPath, "config", "", "cfplane.yaml path (state_dir)")
	c.Flags().StringVar(&file, "file", "", "the audit log file (default: the state store's log, or STATE_DIR/audit.jsonl)")
	c.Flags().DurationVar(&since, "since", 0, "only records of the last DURATION, e.g. 24h")
	c.Flags().StringVar(&zone, "zone", "", "only records of this zone")
	c.Flags().StringVar(&format, "format", "text", "text or json")
	return c
}

func auditCheckpointCmd() *cobra.Command {
	var cfgPath string
	c := &cobra.Command{
		Use:   "checkpoint",
		Short: "Print the audit log's last signed checkpoint as one line (keep copies off the machine) and, on stderr, the verifier key",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := config.Load(cfgPath)
			if err != nil {
				return &cli.ExitError{Code: 2, Msg: err.Error()}
			}
			if s := cfg.Store(); s != "" && s != "files" {
				ctx, cancel := context.WithTimeout(cmd.Context(), time.Minute)
				defer cancel()
				st, done, err := plan.OpenStateStore(ctx, cfg)
				if err != nil {
					return &cli.ExitError{Code: 1, Msg: err.Error()}
				}
				defer done()
				head, n, err := audit.StoreHead(ctx, st)
				if err != nil {
					return &cli.ExitError{Code: 1, Msg: "the audit log's head in the state store: " + err.Error()}
				}
				if n == 0 {
					return &cli.ExitError{Code: 1, Msg: "no checkpoint yet: the audit log in the state store has no records"}
				}
				if k, err := audit.StoreVerifierKey(ctx, st); err == nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "verifier key: %s\n", k)
				}
				_, err = fmt.Fprintln(cmd.OutOrStdout(), head)
				return err
			}
			file := filepath.Join(cfg.StateDir, "audit.jsonl")
			b, err := os.ReadFile(audit.CheckpointPath(file))
			if err != nil {
				return &cli.ExitError{Code: 1, Msg: "no checkpoint yet: the audit log " + file + " has no records"}
			}
			// The key goes to stderr unredacted (it is public; the
			// redactor could take a base64 run of it for a token).
			if k, err := audit.VerifierKey(file); err == nil {
				fmt.Fprintf(cmd.ErrOrStderr(), "verifier key: %s\n", k)
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), audit.EncodeCheckpoint(b))
			return err
		},
	}
	c.Flags().StringVar(&cfgPath, "config", "", "cfplane.yaml path (state_dir)")
	return c
}
