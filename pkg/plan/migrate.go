package plan

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/rs/zerolog"

	"github.com/cfplane/cfplane/pkg/audit"
	"github.com/cfplane/cfplane/pkg/store"
)

// migratedDigest marks a record copied from a files audit log: the sha256
// of its line there.
const migratedDigest = "files_record_sha256"

// MigrateReport is what MigrateFiles copied and verified.
type MigrateReport struct {
	// JournalEntries is how many entries the files journal holds; Copied
	// how many were appended to the store (the others were there already).
	JournalEntries int `json:"journal_entries"`
	Copied         int `json:"copied"`
	// Changes is how many changes the store's journal now lists from the
	// files journal, each with the same status.
	Changes int `json:"changes"`
	// AuditRecords and AuditRoot describe the files audit log (verified);
	// AuditAnchored says the store's audit log now holds a record naming
	// them (false when there is no files audit log).
	AuditRecords  int    `json:"audit_records"`
	AuditRoot     string `json:"audit_root_sha256,omitempty"`
	AuditAnchored bool   `json:"audit_anchored"`
	// AnchorAdded: this run appended the anchor (false: it was there).
	AnchorAdded bool `json:"anchor_added"`
	// AuditCopied is how many files audit records this run copied into
	// the store's log.
	AuditCopied int `json:"audit_copied"`
	// OpenPlans is how many plan files were left behind.
	OpenPlans int `json:"open_plans_not_copied"`
}

// MigrateFiles copies the files state in stateDir into st: every journal
// entry not already there (so a second run copies nothing); every record
// of the files audit log (verified first) not already copied, as a new
// record of the store's log that carries the sha256 of its line in the file
// and its sequence number there; and one anchor record naming the files
// log's record count, root and last checkpoint — the file itself is kept,
// unchanged, as the evidence the anchor commits to. It refuses
// while the files journal holds an unfinished change, and verifies after
// copying: the store lists every change of the files journal with the same
// status, and the store's audit log verifies. Plans are not copied (they
// are signed with the files state's key and live a day): make them again.
func MigrateFiles(ctx context.Context, stateDir string, st store.Store, logger *zerolog.Logger) (MigrateReport, error) {
	var rep MigrateReport
	j := &journal{path: journalPath(stateDir)}
	es, err := j.entries()
	if err != nil {
		return rep, fmt.Errorf("reading %s: %w", j.path, err)
	}
	rep.JournalEntries = len(es)
	auditPath := filepath.Join(stateDir, "audit.jsonl")
	_, aerr := os.Stat(auditPath)
	if len(es) == 0 && errors.Is(aerr, os.ErrNotExist) {
		return rep, fmt.Errorf("nothing to migrate: %s holds no journal.jsonl and no audit.jsonl (the files state's state_dir is accepted)", stateDir)
	}
	changes, order, _ := foldJournal(es)
	var open []string
	for _, id := range order {
		if c := changes[id]; c.outcome == nil {
			open = append(open, id)
		}
	}
	if len(open) > 0 {
		return rep, fmt.Errorf("the files journal has %d unfinished change(s) (%s): finish or roll them back with state_store unset (files), then migrate; nothing was copied", len(open), strings.Join(open, ", "))
	}
	var anchor audit.Record
	var fileRecs []audit.Record
	if aerr == nil {
		vkey, err := audit.VerifierKey(auditPath)
		if err != nil {
			return rep, err
		}
		fv, err := audit.ReadFile(auditPath, vkey)
		if err != nil {
			return rep, fmt.Errorf("the files audit log %s does not verify (%v): nothing was copied; run `cloudflare_safe audit verify %s`", auditPath, err, auditPath)
		}
		sum := fv.Summary
		fileRecs = fv.Records
		raw, _ := os.ReadFile(auditPath)
		cp, _ := os.ReadFile(audit.CheckpointPath(auditPath))
		rep.AuditRecords, rep.AuditRoot = sum.Records, sum.Root
		anchor = audit.Record{Server: "cloudflare_safe", Tool: "state_migrate", Action: "migrate", Outcome: "migrated", Details: map[string]string{
			"files_audit_log": auditPath, "files_audit_records": strconv.Itoa(sum.Records), "files_audit_root_sha256": sum.Root,
			"files_audit_sha256": audit.Digest(raw), "files_audit_checkpoint": strings.TrimSpace(string(cp)),
		}}
		if len(cp) > 0 {
			if d, err := audit.DecodeCheckpoint(cp); err == nil {
				anchor.Details["files_audit_checkpoint"] = audit.EncodeCheckpoint(d)
			}
		}
	}
	// The store's journal: which entries are there already.
	have := map[string]bool{}
	for after := int64(0); ; {
		page, err := st.Journal(ctx, after, 1000)
		if err != nil {
			return rep, err
		}
		for _, se := range page {
			after = se.Seq
			have[audit.Digest(se.Body)] = true
		}
		if len(page) < 1000 {
			break
		}
	}
	for _, e := range es {
		line, err := json.Marshal(e)
		if err != nil {
			return rep, err
		}
		if have[audit.Digest(line)] {
			continue
		}
		if _, err := st.AppendJournal(ctx, store.Entry{ChangeID: e.ChangeID, Zone: e.Zone.ID, Kind: e.Type, Body: line, At: e.Time}); err != nil {
			return rep, fmt.Errorf("copying journal entry of change %s (%d copied so far; run again to finish): %w", e.ChangeID, rep.Copied, err)
		}
		have[audit.Digest(line)] = true
		rep.Copied++
	}
	// Verify: the store lists every change with the same status.
	sj := &journal{st: st}
	if err := sj.storeRefresh(); err != nil {
		return rep, err
	}
	for _, id := range order {
		want, got := changes[id], sj.ix.changes[id]
		if got == nil || got.outcome == nil || got.outcome.Status != want.outcome.Status {
			return rep, fmt.Errorf("after copying, the store's journal does not show change %s as %s", id, want.outcome.Status)
		}
		rep.Changes++
	}
	// The files audit records (each once, marked with the digest of its
	// line in the file), then the anchor, once.
	lg := audit.OpenStore(st, replicaName())
	lg.Logger = logger
	if anchor.Details != nil {
		copied := map[string]bool{}
		vkey, kerr := audit.StoreVerifierKey(ctx, st)
		if kerr == nil {
			v, err := audit.VerifyStore(ctx, st, vkey)
			if err != nil {
				return rep, fmt.Errorf("the state store's audit log does not verify (%v): no audit record was copied", err)
			}
			for _, r := range v.Records {
				if r.Action == "migrate" && r.Details["files_audit_root_sha256"] == rep.AuditRoot && r.Details["files_audit_records"] == anchor.Details["files_audit_records"] {
					rep.AuditAnchored = true
				}
				if d := r.Details[migratedDigest]; d != "" {
					copied[d] = true
				}
			}
		}
		for _, r := range fileRecs {
			line, err := json.Marshal(r)
			if err != nil {
				return rep, err
			}
			d := audit.Digest(line)
			if copied[d] {
				continue
			}
			c := r
			c.Details = map[string]string{}
			for k, v := range r.Details {
				c.Details[k] = v
			}
			c.Details[migratedDigest] = d
			c.Details["files_seq"] = strconv.FormatUint(r.Seq, 10)
			c.Seq, c.Replica = 0, ""
			if _, _, err := lg.Append(c); err != nil {
				return rep, fmt.Errorf("copying files audit record %d (%d copied so far; run again to finish): %w", r.Seq, rep.AuditCopied, err)
			}
			copied[d] = true
			rep.AuditCopied++
		}
		if !rep.AuditAnchored {
			if _, _, err := lg.Append(anchor); err != nil {
				return rep, fmt.Errorf("anchoring the files audit log in the store's audit log: %w", err)
			}
			rep.AuditAnchored, rep.AnchorAdded = true, true
		}
	}
	if vkey, err := audit.StoreVerifierKey(ctx, st); err == nil {
		if _, err := audit.VerifyStore(ctx, st, vkey); err != nil {
			return rep, fmt.Errorf("after migrating, the state store's audit log does not verify: %v", err)
		}
	}
	if ents, err := os.ReadDir(filepath.Join(stateDir, "plans")); err == nil {
		for _, de := range ents {
			if strings.HasSuffix(de.Name(), ".json") {
				rep.OpenPlans++
			}
		}
	}
	return rep, nil
}
