package safe

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/plan"
)

func stateCmd() *cobra.Command {
	s := &cobra.Command{Use: "state", Short: "The state store: copy a files state into it"}
	s.AddCommand(stateMigrateCmd())
	return s
}

func stateMigrateCmd() *cobra.Command {
	var cfgPath, from, format string
	c := &cobra.Command{
		Use:   "migrate",
		Short: "Copy the files state (journal; audit log anchored) of state_dir into the configured state store, then verify (run again: copies nothing)",
		Long: `Copy a files state into the state store the configuration names (state_store
or CFPLANE_STATE_STORE: bolt or postgres://…). Every journal entry not already
in the store is appended in order, so change_list, change_rollback and the
budgets see the changes made before; a second run copies nothing. The files
audit log is verified and stays where it is; its records are copied into
the store's audit log (each carrying the sha256 of its line in the file),
then one record names the file's record count, root hash, sha256 and last
checkpoint, so the store's signed log commits to it. Refused while the files journal holds
an unfinished change. After copying, the store must list every change with
the same status and its audit log must verify. Open plans are not copied
(make them again). Stop the servers first when the store is bolt.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return cli.Usagef("--format %q is not accepted; accepted: text, json", format)
			}
			cfg, err := config.Load(cfgPath)
			if err != nil {
				return &cli.ExitError{Code: 2, Msg: err.Error()}
			}
			if s := cfg.Store(); s == "" || s == "files" {
				return cli.Usagef("no state store is configured: set state_store (bolt or postgres://…) or %s to the store to copy into", config.StateStoreEnv)
			}
			if from == "" {
				from = cfg.StateDir
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), 30*time.Minute)
			defer cancel()
			st, done, err := plan.OpenStateStore(ctx, cfg)
			if err != nil {
				return &cli.ExitError{Code: 1, Msg: err.Error()}
			}
			defer done()
			lg := zerolog.New(cmd.ErrOrStderr()).With().Timestamp().Logger()
			rep, err := plan.MigrateFiles(ctx, from, st, &lg)
			if err != nil {
				return &cli.ExitError{Code: 1, Msg: "state migrate: " + err.Error()}
			}
			w := cmd.OutOrStdout()
			if format == "json" {
				return json.NewEncoder(w).Encode(rep)
			}
			fmt.Fprintf(w, "journal: %d entries in %s, %d copied (the rest were there); the store lists its %d change(s) with the same status\n", rep.JournalEntries, from, rep.Copied, rep.Changes)
			switch {
			case rep.AnchorAdded:
				fmt.Fprintf(w, "audit: the files log (%d records, root %s) verified; %d record(s) copied and the log anchored in the store's audit log; keep the file as evidence\n", rep.AuditRecords, rep.AuditRoot, rep.AuditCopied)
			case rep.AuditAnchored:
				fmt.Fprintf(w, "audit: the files log (%d records, root %s) was anchored already; %d record(s) copied\n", rep.AuditRecords, rep.AuditRoot, rep.AuditCopied)
			default:
				fmt.Fprintln(w, "audit: no files audit log")
			}
			if rep.OpenPlans > 0 {
				fmt.Fprintf(w, "plans: %d plan file(s) not copied (plans live a day and are signed with the files state's key): make them again\n", rep.OpenPlans)
			}
			return nil
		},
	}
	c.Flags().StringVar(&cfgPath, "config", "", "cfplane.yaml path (state_dir, state_store)")
	c.Flags().StringVar(&from, "from", "", "the files state folder to copy (default: state_dir)")
	c.Flags().StringVar(&format, "format", "text", "text or json")
	return c
}
