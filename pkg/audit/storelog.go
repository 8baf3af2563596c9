package audit

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/cfplane/cfplane/pkg/store"
)

// The audit log in a state store (bbolt or PostgreSQL) is one log for every
// replica: the same records, leaves of the same tlog tree, as the file log,
// kept in the store's tables with the stored tree hashes and one signed
// head. Appends are serialised by the store (a row lock on the head on
// PostgreSQL, bbolt's single writer); each append first proves the stored
// hashes still give the tree the current head signed, then writes the
// record, the hashes it adds and the new signed head in one transaction.
// The checkpoint key is shared through the store, as the plan-signing key
// is, so every replica signs heads a collector checks with one verifier
// key.

// NoteKeySecret names the checkpoint-signing key in the state store.
const NoteKeySecret = "audit-note-key"

// storeTimeout bounds one append or read of a store log.
const storeTimeout = 30 * time.Second

// OpenStore returns the audit log the state store st keeps. replica names
// this process in its records (host/pid).
func OpenStore(st store.Store, replica string) *Log {
	return &Log{st: st, replica: replica, now: time.Now}
}

// Store is the state store the log lives in (nil for a file log).
func (l *Log) Store() store.Store { return l.st }

func (l *Log) loadStoreSigner() (note.Signer, error) {
	ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	skey, err := StoreSignerKey(ctx, l.st)
	if err != nil {
		return nil, err
	}
	s, err := note.NewSigner(skey)
	if err != nil {
		return nil, fmt.Errorf("the state store's %s is not a signed-note key: %v", NoteKeySecret, err)
	}
	vk, err := vkeyOf(skey)
	if err != nil {
		return nil, fmt.Errorf("the state store's %s: %v", NoteKeySecret, err)
	}
	l.signer, l.vkey = s, vk
	return s, nil
}

// StoreSignerKey returns the checkpoint-signing key the state store shares
// (made by the first replica that needs it).
func StoreSignerKey(ctx context.Context, st store.Store) (string, error) {
	b, err := st.Secret(ctx, NoteKeySecret, func() ([]byte, error) {
		skey, _, err := note.GenerateKey(rand.Reader, KeyName)
		return []byte(skey), err
	})
	if err != nil {
		return "", fmt.Errorf("audit checkpoint key from the state store: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// errNoKey: the store has no checkpoint key (no replica appended yet).
var errNoKey = errors.New("the state store holds no audit checkpoint key yet: no replica has written an audit record")

// StoreVerifierKey returns the verifier key of the state store's checkpoint
// key; it never makes one.
func StoreVerifierKey(ctx context.Context, st store.Store) (string, error) {
	b, err := st.Secret(ctx, NoteKeySecret, func() ([]byte, error) { return nil, errNoKey })
	if errors.Is(err, errNoKey) {
		return "", errNoKey
	}
	if err != nil {
		return "", fmt.Errorf("audit checkpoint key from the state store: %w", err)
	}
	return vkeyOf(strings.TrimSpace(string(b)))
}

// overlay reads stored hashes from base, and those at index first and
// after from added (the hashes an append is about to store).
type overlay struct {
	base  tlog.HashReader
	first int64
	added []tlog.Hash
}

func (o overlay) ReadHashes(idx []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(idx))
	var need []int64
	for _, x := range idx {
		if x < o.first {
			need = append(need, x)
		}
	}
	var got []tlog.Hash
	if len(need) > 0 {
		var err error
		if got, err = o.base.ReadHashes(need); err != nil {
			return nil, err
		}
	}
	for i, x := range idx {
		if x < o.first {
			out[i], got = got[0], got[1:]
			continue
		}
		if x-o.first >= int64(len(o.added)) {
			return nil, fmt.Errorf("hash index %d out of range", x)
		}
		out[i] = o.added[x-o.first]
	}
	return out, nil
}

func (l *Log) appendStore(r Record) (Record, string, error) {
	signer, err := l.loadSigner()
	if err != nil {
		return Record{}, "", err
	}
	v, err := note.NewVerifier(l.vkey)
	if err != nil {
		return Record{}, "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	var out Record
	var signed []byte
	_, err = l.st.AppendAudit(ctx, func(n int64, head []byte, hr tlog.HashReader) ([]byte, []tlog.Hash, []byte, error) {
		// The stored hashes must still give the tree the head signed.
		if n > 0 {
			cp, err := OpenCheckpoint(head, v)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("the audit log's signed head in the state store does not verify (%v): refusing to append; run `cloudflare_safe audit verify --config FILE`", err)
			}
			th, err := tlog.TreeHash(n, hr)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("the audit log's tree hashes in the state store cannot be read (%v): refusing to append", err)
			}
			if cp.Size != n || th != cp.Hash {
				l.logger().Error().Int64("tree_size", n).Int64("head_size", cp.Size).Msg("AUDIT LOG DOES NOT EXTEND ITS SIGNED HEAD: refusing to append")
				return nil, nil, nil, fmt.Errorf("the audit log in the state store does not match its signed head of %d records (its tree hashes were altered): refusing to append; run `cloudflare_safe audit verify --config FILE`", cp.Size)
			}
		}
		rec := r
		rec.Details = cloneMap(r.Details)
		rec.Approvers = append([]Approver(nil), r.Approvers...)
		rec.Seq = uint64(n + 1)
		if rec.Time.IsZero() {
			rec.Time = l.now().UTC()
		}
		rec.Time = rec.Time.UTC().Truncate(time.Microsecond)
		if rec.Replica == "" {
			rec.Replica = l.replica
		}
		line, err := l.encode(&rec)
		if err != nil {
			return nil, nil, nil, err
		}
		hs, err := tlog.StoredHashes(n, line, hr)
		if err != nil {
			return nil, nil, nil, err
		}
		th, err := tlog.TreeHash(n+1, overlay{hr, tlog.StoredHashCount(n), hs})
		if err != nil {
			return nil, nil, nil, err
		}
		cp, err := note.Sign(&note.Note{Text: CheckpointText(n+1, th)}, signer)
		if err != nil {
			return nil, nil, nil, err
		}
		out, signed = rec, cp
		return line, hs, cp, nil
	})
	if err != nil {
		return Record{}, "", fmt.Errorf("write the audit log in the state store: %w", err)
	}
	enc := EncodeCheckpoint(signed)
	l.logger().Info().Str("audit_log", "state_store").Uint64("tree_size", out.Seq).Str("audit_checkpoint", enc).Msg("audit checkpoint")
	return out, enc, nil
}

func cloneMap(m map[string]string) map[string]string {
	if m == nil {
		return nil
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// storePage is how many records or hashes VerifyStore reads at a time.
const storePage = 2000

// VerifyStore reads and verifies the audit log a state store keeps: every
// record is canonical JSON with its row's sequence number; every stored
// tree hash is the one computed from the records (a record row altered
// after it was written is named); the signed head verifies with vkey and
// signs the tree of all the records; and the records extend each checkpoint
// given (kept elsewhere), by a tlog consistency proof.
func VerifyStore(ctx context.Context, st store.Store, vkey string, checkpoints ...[]byte) (*Verified, error) {
	v, err := note.NewVerifier(vkey)
	if err != nil {
		return nil, fmt.Errorf("the checkpoint verifier key is not a signed-note key (%v); accepted: the key `audit checkpoint` prints", err)
	}
	n, head, err := st.AuditHead(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the audit log's head: %w", err)
	}
	out := &Verified{}
	for after := int64(0); ; {
		rs, err := st.Audit(ctx, after, storePage)
		if err != nil {
			return nil, fmt.Errorf("reading the audit log: %w", err)
		}
		for _, r := range rs {
			if r.Seq != after+1 {
				return nil, &VerifyError{Seq: uint64(after + 1), Problem: fmt.Sprintf("missing from the state store (the next row is record %d): records were deleted", r.Seq)}
			}
			if err := out.add(r.Body, 0); err != nil {
				var ve *VerifyError
				if errors.As(err, &ve) {
					ve.Seq = uint64(r.Seq)
				}
				return nil, err
			}
			after = r.Seq
		}
		if len(rs) < storePage {
			break
		}
	}
	got := int64(len(out.Records))
	if got != n {
		return nil, &VerifyError{Problem: fmt.Sprintf("the state store holds %d audit records but the signed head covers %d: records were added or deleted outside cfplane", got, n)}
	}
	// The stored hashes: first each record's own (naming an altered
	// record), then the tree's interior ones.
	stored := make([]tlog.Hash, 0, len(out.hashes))
	for from := int64(0); from < int64(len(out.hashes)); from += storePage {
		hs, err := st.AuditHashes(ctx, from, min(from+storePage, int64(len(out.hashes))))
		if err != nil {
			return nil, fmt.Errorf("reading the audit log's tree hashes: %w", err)
		}
		stored = append(stored, hs...)
	}
	if len(stored) != len(out.hashes) {
		return nil, &VerifyError{Problem: fmt.Sprintf("the state store holds %d audit tree hashes where %d records need %d", len(stored), n, len(out.hashes))}
	}
	for k := int64(0); k < n; k++ {
		if i := tlog.StoredHashIndex(0, k); stored[i] != out.hashes[i] {
			return nil, &VerifyError{Seq: uint64(k + 1), Problem: "its hash is not the one stored when it was appended: the record was altered after it was written"}
		}
	}
	for i := range stored {
		if stored[i] != out.hashes[i] {
			return nil, &VerifyError{Problem: fmt.Sprintf("stored tree hash %d is not the one computed from the records: the tree hashes were altered", i)}
		}
	}
	th, err := out.root()
	if err != nil {
		return nil, err
	}
	if n > 0 {
		cp, err := OpenCheckpoint(head, v)
		if err != nil {
			return nil, &VerifyError{Problem: "the signed head in the state store: " + err.Error()}
		}
		if cp.Size != n || !bytes.Equal(cp.Hash[:], th[:]) {
			return nil, &VerifyError{Problem: fmt.Sprintf("the signed head of %d records (root %s) is not the tree of the records (root %s): records and their hashes were rewritten", cp.Size, hex.EncodeToString(cp.Hash[:]), out.Root)}
		}
		out.Checkpoints++
	}
	if err := out.proveExtends(v, th, "state store's log", checkpoints); err != nil {
		return nil, err
	}
	return out, nil
}

// StoreHead returns the store log's signed head in its one-line form (""
// before the first record).
func StoreHead(ctx context.Context, st store.Store) (string, int64, error) {
	n, head, err := st.AuditHead(ctx)
	if err != nil || n == 0 {
		return "", n, err
	}
	return EncodeCheckpoint(head), n, nil
}
