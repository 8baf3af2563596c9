// Package audit is cfplane's audit log with verifiable heads: append-only
// JSONL whose records are the leaves of a Merkle tree built with Go's
// checksum-database transparency log (golang.org/x/mod/sumdb/tlog). After
// every append the server signs a checkpoint — tree size and root hash — in
// the signed-note format (golang.org/x/mod/sumdb/note) with its own ed25519
// key, and logs it so a collector outside the machine keeps a copy. Given any
// earlier checkpoint, Verify proves the file extends it: truncation, a full
// rewrite with recomputed hashes and reordering are all detected.
//
// Records are verified as raw bytes: each line must be the canonical JSON of
// its record (no duplicate keys, case variants included).
//
// Records hold digests, ids and outcomes, never secrets or record content:
// callers store hashes of content (see Digest).
package audit

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/renameio/v2"
	"github.com/rs/zerolog"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/cfplane/cfplane/pkg/keyfile"
	"github.com/cfplane/cfplane/pkg/store"
)

// Origin is the first line of every checkpoint of a cfplane audit log.
const Origin = "cfplane-audit-log"

// KeyName names the server's checkpoint-signing key.
const KeyName = "cfplane-audit"

// MaxLineBytes caps one record on disk.
const MaxLineBytes = 1 << 20

// Approver is a person whose signature approved a plan.
type Approver struct {
	Principal string `json:"principal"`
	// Key is the SHA256 fingerprint of the approver's SSH key.
	Key string `json:"key"`
}

// Record is one audit entry. Seq is filled in by Append.
type Record struct {
	Seq    uint64    `json:"seq"`
	Time   time.Time `json:"time"`
	Server string    `json:"server"`
	// Replica names the process that wrote the record (host/pid) in the
	// audit log a state store shares between replicas.
	Replica    string            `json:"replica,omitempty"`
	Tool       string            `json:"tool"`
	Zone       string            `json:"zone,omitempty"`
	Action     string            `json:"action,omitempty"`
	PlanID     string            `json:"plan_id,omitempty"`
	PlanDigest string            `json:"plan_digest,omitempty"`
	ChangeID   string            `json:"change_id,omitempty"`
	ReceiptID  string            `json:"layer0_receipt,omitempty"`
	ApprovalID string            `json:"approval_id,omitempty"`
	Approvers  []Approver        `json:"approvers,omitempty"`
	Outcome    string            `json:"outcome"`
	Reason     string            `json:"reason,omitempty"`
	DurationMS int64             `json:"duration_ms,omitempty"`
	Details    map[string]string `json:"details,omitempty"`
}

// Digest is the sha256 of content, for recording what changed without
// recording the content itself.
func Digest(content []byte) string {
	sum := sha256.Sum256(content)
	return hex.EncodeToString(sum[:])
}

// Log appends to one audit file. Safe for concurrent use within a process;
// processes sharing a file serialise through an exclusive lock file.
//
// Beside the file live FILE.hashes (the stored tree hashes, a cache rebuilt
// from the file when it does not match), FILE.checkpoint (the last signed
// checkpoint) and keys/audit-note.{key,pub} in the same folder.
type Log struct {
	mu   sync.Mutex
	path string
	// Redact, when set, is applied to every string a record carries before
	// it is written.
	Redact func(string) string
	// Logger receives every checkpoint and every repair (stderr when nil).
	Logger *zerolog.Logger
	now    func() time.Time
	signer note.Signer
	vkey   string
	// pending is a record to write before the next one (log rotation).
	pending *Record
	// failWrite makes appends fail (tests of the refusal path).
	failWrite error
	// st, when set, holds the log instead of path (see OpenStore).
	st      store.Store
	replica string
}

// Open prepares path (creating its folder) for appending.
func Open(path string) (*Log, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("audit log folder: %w", err)
	}
	return &Log{path: path, now: time.Now}, nil
}

// VerifierKey returns the signed-note verifier key of the log's checkpoint
// key (creating the key on first use): what a collector needs to check
// checkpoints.
func (l *Log) VerifierKey() (string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, err := l.loadSigner(); err != nil {
		return "", err
	}
	return l.vkey, nil
}

// Path is the file the log writes.
func (l *Log) Path() string { return l.path }

// FailWrites makes every later append fail with err (nil restores): for
// tests of what callers do when the audit log cannot be written.
func (l *Log) FailWrites(err error) {
	l.mu.Lock()
	l.failWrite = err
	l.mu.Unlock()
}

func (l *Log) logger() *zerolog.Logger {
	if l.Logger != nil {
		return l.Logger
	}
	lg := zerolog.New(os.Stderr).With().Timestamp().Logger()
	return &lg
}

// KeyPaths are the files of the checkpoint key for an audit file.
func KeyPaths(auditPath string) (skey, vkey string) {
	d := filepath.Join(filepath.Dir(auditPath), "keys")
	return filepath.Join(d, "audit-note.key"), filepath.Join(d, "audit-note.pub")
}

// CheckpointPath is where the last signed checkpoint of auditPath is kept.
func CheckpointPath(auditPath string) string { return auditPath + ".checkpoint" }

func (l *Log) loadSigner() (note.Signer, error) {
	if l.signer != nil {
		return l.signer, nil
	}
	if l.st != nil {
		return l.loadStoreSigner()
	}
	sp, vp := KeyPaths(l.path)
	b, err := os.ReadFile(sp)
	if errors.Is(err, os.ErrNotExist) {
		skey, vkey, gerr := note.GenerateKey(rand.Reader, KeyName)
		if gerr != nil {
			return nil, gerr
		}
		if err := os.MkdirAll(filepath.Dir(sp), 0o700); err != nil {
			return nil, fmt.Errorf("audit key folder: %w", err)
		}
		if err := keyfile.Publish(sp, []byte(skey+"\n"), 0o600); err != nil && !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("audit checkpoint key: %w", err)
		}
		b, err = os.ReadFile(sp)
		if err == nil && strings.TrimSpace(string(b)) == skey {
			if err := os.WriteFile(vp, []byte(vkey+"\n"), 0o644); err != nil {
				return nil, fmt.Errorf("audit checkpoint public key: %w", err)
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("audit checkpoint key %s: %w", sp, err)
	}
	s, err := note.NewSigner(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, fmt.Errorf("audit checkpoint key %s is not a signed-note key: %v", sp, err)
	}
	vk, err := vkeyOf(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, fmt.Errorf("audit checkpoint key %s: %v", sp, err)
	}
	l.signer, l.vkey = s, vk
	if _, err := os.Stat(vp); errors.Is(err, os.ErrNotExist) {
		_ = os.WriteFile(vp, []byte(vk+"\n"), 0o644)
	}
	return s, nil
}

// Append writes r as the next record (fsynced), signs a checkpoint of the
// tree it ends and returns the record as written and the signed checkpoint.
// An error means the record was not written; callers that act on the record
// must not act.
func (l *Log) Append(r Record) (Record, string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.failWrite != nil {
		return Record{}, "", l.failWrite
	}
	if l.st != nil {
		return l.appendStore(r)
	}
	unlock, err := lockFile(l.path + ".lock")
	if err != nil {
		return Record{}, "", err
	}
	defer unlock()
	signer, err := l.loadSigner()
	if err != nil {
		return Record{}, "", err
	}
	st, err := l.openState()
	if err != nil {
		return Record{}, "", err
	}
	defer st.close()
	if p := l.pending; p != nil {
		l.pending = nil
		p.Server = r.Server
		if _, _, err := l.appendLocked(st, signer, *p); err != nil {
			return Record{}, "", err
		}
	}
	if torn := st.torn; len(torn) > 0 {
		saved := fmt.Sprintf("%s.torn-%d", l.path, l.now().UnixNano())
		_ = os.WriteFile(saved, torn, 0o600)
		if err := st.f.Truncate(st.size - int64(len(torn))); err != nil {
			return Record{}, "", fmt.Errorf("repairing the torn tail of %s: %w", l.path, err)
		}
		st.size -= int64(len(torn))
		l.logger().Error().Str("audit_log", l.path).Int("torn_bytes", len(torn)).Str("saved_to", saved).
			Msg("AUDIT LOG REPAIRED: its last record was torn (an interrupted write); the torn bytes were cut and kept aside, and a repair record is appended")
		rep := Record{Server: r.Server, Tool: "audit", Action: "repair", Outcome: "repaired",
			Reason: "torn_tail", Details: map[string]string{"torn_bytes": strconv.Itoa(len(torn)), "torn_sha256": Digest(torn), "saved_to": filepath.Base(saved)}}
		if _, _, err := l.appendLocked(st, signer, rep); err != nil {
			return Record{}, "", err
		}
	}
	return l.appendLocked(st, signer, r)
}

func (l *Log) appendLocked(st *state, signer note.Signer, r Record) (Record, string, error) {
	r.Seq = uint64(st.n + 1)
	if r.Time.IsZero() {
		r.Time = l.now().UTC()
	}
	r.Time = r.Time.UTC().Truncate(time.Microsecond)
	line, err := l.encode(&r)
	if err != nil {
		return Record{}, "", err
	}
	if _, err := st.f.WriteAt(append(line, '\n'), st.size); err != nil {
		return Record{}, "", fmt.Errorf("write audit log: %w", err)
	}
	if err := st.f.Sync(); err != nil {
		return Record{}, "", fmt.Errorf("sync audit log: %w", err)
	}
	st.size += int64(len(line)) + 1
	if err := st.addLeaf(line); err != nil {
		return Record{}, "", err
	}
	th, err := tlog.TreeHash(st.n, st)
	if err != nil {
		return Record{}, "", err
	}
	cp, err := note.Sign(&note.Note{Text: CheckpointText(st.n, th)}, signer)
	if err != nil {
		return Record{}, "", err
	}
	if err := writeAtomic(CheckpointPath(l.path), cp); err != nil {
		return Record{}, "", fmt.Errorf("write audit checkpoint: %w", err)
	}
	enc := EncodeCheckpoint(cp)
	l.logger().Info().Str("audit_log", l.path).Int64("tree_size", st.n).Str("root_sha256", hex.EncodeToString(th[:])).Str("audit_checkpoint", enc).Msg("audit checkpoint")
	return r, enc, nil
}

// encode redacts r and returns its canonical line.
func (l *Log) encode(r *Record) ([]byte, error) {
	if l.Redact != nil {
		redactRecord(r, l.Redact)
	}
	line, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	if len(line) > MaxLineBytes {
		return nil, fmt.Errorf("an audit record of %d bytes exceeds %d", len(line), MaxLineBytes)
	}
	return line, nil
}

// checkpointPrefix starts the one-line form of a checkpoint.
const checkpointPrefix = "cfcp1."

// EncodeCheckpoint is the one-line form of a signed checkpoint that logs,
// tool results and terminals carry unchanged: "cfcp1." and the note in
// unpadded base64url (one run of token characters, which no secret
// redactor shortens and no line wrapping splits).
func EncodeCheckpoint(signed []byte) string {
	return checkpointPrefix + base64.RawURLEncoding.EncodeToString(signed)
}

// DecodeCheckpoint accepts a checkpoint in either form: the signed note
// text, or its one-line form (surrounding blanks ignored).
func DecodeCheckpoint(b []byte) ([]byte, error) {
	t := strings.TrimSpace(string(b))
	if rest, ok := strings.CutPrefix(t, checkpointPrefix); ok {
		raw, err := base64.RawURLEncoding.DecodeString(rest)
		if err != nil {
			return nil, fmt.Errorf("the checkpoint %s… is not valid base64url", t[:min(len(t), 16)])
		}
		return raw, nil
	}
	if strings.HasPrefix(t, Origin+"\n") {
		return []byte(strings.TrimLeft(string(b), " \t\r\n")), nil
	}
	return nil, fmt.Errorf("not a checkpoint; accepted: the %s… line change_apply and the server log print, or the signed note starting %q", checkpointPrefix, Origin)
}

// CheckpointText is the body of a checkpoint (the C2SP tlog-checkpoint
// layout): origin, tree size, base64 root hash.
func CheckpointText(n int64, h tlog.Hash) string {
	return fmt.Sprintf("%s\n%d\n%s\n", Origin, n, base64.StdEncoding.EncodeToString(h[:]))
}

// Checkpoint is a verified checkpoint.
type Checkpoint struct {
	Size int64
	Hash tlog.Hash
}

// OpenCheckpoint verifies a signed checkpoint with v and parses it.
func OpenCheckpoint(signed []byte, v note.Verifier) (Checkpoint, error) {
	n, err := note.Open(signed, note.VerifierList(v))
	if err != nil {
		return Checkpoint{}, fmt.Errorf("the checkpoint's signature does not verify with key %s: %v", v.Name(), err)
	}
	lines := strings.Split(n.Text, "\n")
	if len(lines) < 4 || lines[0] != Origin {
		return Checkpoint{}, fmt.Errorf("not a cfplane audit checkpoint (first line %q, accepted: %q)", lines[0], Origin)
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil || size < 0 {
		return Checkpoint{}, fmt.Errorf("checkpoint tree size %q is not a number", lines[1])
	}
	hb, err := base64.StdEncoding.DecodeString(lines[2])
	if err != nil || len(hb) != tlog.HashSize {
		return Checkpoint{}, fmt.Errorf("checkpoint root %q is not a base64 sha256", lines[2])
	}
	var h tlog.Hash
	copy(h[:], hb)
	return Checkpoint{Size: size, Hash: h}, nil
}

func redactRecord(r *Record, red func(string) string) {
	for _, p := range []*string{&r.Server, &r.Replica, &r.Tool, &r.Zone, &r.Action, &r.PlanID, &r.PlanDigest, &r.ChangeID, &r.ReceiptID, &r.ApprovalID, &r.Outcome, &r.Reason} {
		*p = red(*p)
	}
	for i := range r.Approvers {
		r.Approvers[i].Principal = red(r.Approvers[i].Principal)
	}
	for k, v := range r.Details {
		r.Details[k] = red(v)
	}
}

// writeAtomic replaces path with b (mode 0600): a reader sees the old
// checkpoint or the new one, never a part.
func writeAtomic(path string, b []byte) error {
	return renameio.WriteFile(path, b, 0o600)
}

// ---- on-disk state: the log, its stored hashes ----

type state struct {
	f, hf *os.File
	size  int64
	n     int64 // records
	torn  []byte
	mem   []tlog.Hash // stored hashes when rebuilt in memory
}

func (s *state) close() {
	s.f.Close()
	s.hf.Close()
}

// ReadHashes implements tlog.HashReader over FILE.hashes.
func (s *state) ReadHashes(idx []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(idx))
	for i, x := range idx {
		if _, err := s.hf.ReadAt(out[i][:], x*tlog.HashSize); err != nil {
			return nil, fmt.Errorf("audit hashes: %w", err)
		}
	}
	return out, nil
}

func (s *state) addLeaf(line []byte) error {
	hs, err := tlog.StoredHashes(s.n, line, s)
	if err != nil {
		return err
	}
	buf := make([]byte, 0, len(hs)*tlog.HashSize)
	for _, h := range hs {
		buf = append(buf, h[:]...)
	}
	if _, err := s.hf.WriteAt(buf, tlog.StoredHashCount(s.n)*tlog.HashSize); err != nil {
		return fmt.Errorf("audit hashes: %w", err)
	}
	s.n++
	return nil
}

// openState opens the log and its hashes, finding the record count, a torn
// tail, and checking the log still extends its last checkpoint.
func (l *Log) openState() (*state, error) {
	f, err := os.OpenFile(l.path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open audit log: %w", err)
	}
	hf, err := os.OpenFile(l.path+".hashes", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("open audit hashes: %w", err)
	}
	st := &state{f: f, hf: hf}
	fail := func(err error) (*state, error) { st.close(); return nil, err }
	fi, err := f.Stat()
	if err != nil {
		return fail(err)
	}
	st.size = fi.Size()
	last, torn, err := tail(f, st.size)
	if err != nil {
		return fail(err)
	}
	st.torn = torn
	if _, cerr := os.Stat(CheckpointPath(l.path)); errors.Is(cerr, os.ErrNotExist) && last != nil &&
		bytes.Contains(last, []byte(`"prev":"`)) && bytes.Contains(last, []byte(`"hash":"`)) {
		// A log of the earlier hash-chained format: keep it aside, as it
		// is, and start a log with checkpoints that names it.
		st.close()
		return l.rotateOld()
	}
	hi, err := hf.Stat()
	if err != nil {
		return fail(err)
	}
	// The record count the hashes file holds, if its size is one.
	n, ok := countFor(hi.Size() / tlog.HashSize)
	if ok && hi.Size()%tlog.HashSize == 0 && n > 0 && last != nil {
		hs, err := st.ReadHashes([]int64{tlog.StoredHashIndex(0, n-1)})
		ok = err == nil && hs[0] == tlog.RecordHash(last)
	} else {
		ok = ok && n == 0 && last == nil && hi.Size() == 0
	}
	st.n = n
	if !ok {
		if err := st.rebuild(); err != nil {
			return fail(err)
		}
	}
	// The log must still extend the server's last checkpoint.
	if b, err := os.ReadFile(CheckpointPath(l.path)); err == nil {
		if v, verr := note.NewVerifier(l.vkey); verr == nil {
			cp, cerr := OpenCheckpoint(b, v)
			if cerr != nil {
				return fail(fmt.Errorf("the last audit checkpoint %s does not verify (%v); run `cloudflare_safe audit verify %s`", CheckpointPath(l.path), cerr, l.path))
			}
			if err := st.extends(cp); err != nil {
				l.logger().Error().Str("audit_log", l.path).Err(err).Msg("AUDIT LOG DOES NOT EXTEND ITS LAST CHECKPOINT: refusing to append")
				return fail(fmt.Errorf("%v; run `cloudflare_safe audit verify %s`; to start a new log keep this one as evidence and move %s, %s.hashes and %s aside", err, l.path, l.path, l.path, CheckpointPath(l.path)))
			}
		}
	}
	return st, nil
}

// rotateOld moves a log of the earlier hash-chained format aside and opens
// a new log whose first record names the old file and its sha256.
func (l *Log) rotateOld() (*state, error) {
	b, err := os.ReadFile(l.path)
	if err != nil {
		return nil, err
	}
	old := fmt.Sprintf("%s.v1-%d", l.path, l.now().Unix())
	if err := os.Rename(l.path, old); err != nil {
		return nil, fmt.Errorf("moving the hash-chained audit log aside: %w", err)
	}
	_ = os.Remove(l.path + ".hashes")
	l.logger().Warn().Str("audit_log", l.path).Str("previous_log", old).
		Msg("the audit log was in the earlier hash-chained format: it was kept as it is and a log with signed checkpoints starts now")
	l.pending = &Record{Tool: "audit", Action: "log_started", Outcome: "started", Reason: "previous_log_format",
		Details: map[string]string{"previous_log": filepath.Base(old), "previous_log_sha256": Digest(b)}}
	return l.openState()
}

// vkeyOf derives the verifier key of a signed-note private key.
func vkeyOf(skey string) (string, error) {
	parts := strings.SplitN(skey, "+", 5)
	if len(parts) != 5 {
		return "", errors.New("malformed signed-note key")
	}
	k, err := base64.StdEncoding.DecodeString(parts[4])
	if err != nil || len(k) != 1+ed25519.SeedSize || k[0] != 1 {
		return "", errors.New("not an ed25519 signed-note key")
	}
	pub := ed25519.NewKeyFromSeed(k[1:]).Public().(ed25519.PublicKey)
	return note.NewEd25519VerifierKey(parts[2], pub)
}

func (st *state) extends(cp Checkpoint) error {
	if cp.Size > st.n {
		return fmt.Errorf("the audit log holds %d records but its last checkpoint covers %d: it was truncated", st.n, cp.Size)
	}
	if cp.Size == 0 {
		return nil
	}
	th, err := tlog.TreeHash(cp.Size, st)
	if err != nil {
		return err
	}
	if th != cp.Hash {
		return fmt.Errorf("the first %d records of the audit log are not those its last checkpoint signed: it was rewritten or reordered", cp.Size)
	}
	return nil
}

// countFor returns n such that StoredHashCount(n) == c.
func countFor(c int64) (int64, bool) {
	lo, hi := int64(0), c
	for lo <= hi {
		m := (lo + hi) / 2
		switch sc := tlog.StoredHashCount(m); {
		case sc == c:
			return m, true
		case sc < c:
			lo = m + 1
		default:
			hi = m - 1
		}
	}
	return 0, false
}

// rebuild recomputes FILE.hashes from the complete records of the log.
func (st *state) rebuild() error {
	if err := st.hf.Truncate(0); err != nil {
		return err
	}
	st.n = 0
	body := io.NewSectionReader(st.f, 0, st.size-int64(len(st.torn)))
	data, err := io.ReadAll(body)
	if err != nil {
		return err
	}
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			break
		}
		if err := st.addLeaf(data[:i]); err != nil {
			return err
		}
		data = data[i+1:]
	}
	return nil
}

// tail returns the last complete line of the file (nil if none) and a torn
// tail: bytes after the last newline. It reads backwards from the end in
// growing chunks, so an append costs the same on a large log.
func tail(f *os.File, size int64) (last, torn []byte, err error) {
	if size == 0 {
		return nil, nil, nil
	}
	tooLong := errors.New("the audit log ends with a line longer than any record")
	for chunk := int64(16 << 10); ; chunk *= 4 {
		off := max(int64(0), size-chunk)
		buf := make([]byte, size-off)
		if _, err := f.ReadAt(buf, off); err != nil && !errors.Is(err, io.EOF) {
			return nil, nil, err
		}
		i := bytes.LastIndexByte(buf, '\n')
		if i >= 0 {
			body := buf[:i]
			if j := bytes.LastIndexByte(body, '\n'); j >= 0 {
				return body[j+1:], buf[i+1:], nil
			}
			if off == 0 {
				return body, buf[i+1:], nil
			}
		} else if off == 0 {
			return nil, buf, nil
		}
		if chunk > 2*MaxLineBytes+2 {
			return nil, nil, tooLong
		}
	}
}

// ---- verification ----

// VerifyError names the first broken record.
type VerifyError struct {
	Line    int
	Seq     uint64
	Problem string
}

func (e *VerifyError) Error() string {
	if e.Line == 0 && e.Seq > 0 {
		return fmt.Sprintf("record %d: %s", e.Seq, e.Problem)
	}
	if e.Line == 0 {
		return e.Problem
	}
	return fmt.Sprintf("record %d (line %d): %s", e.Seq, e.Line, e.Problem)
}

// Summary is what Verify found in an intact log.
type Summary struct {
	Records int `json:"records"`
	// Root is the tree's root hash, in hex (checkpoints carry it in base64).
	Root string `json:"root_sha256"`
	// Checkpoints is how many checkpoints the file was proved to extend.
	Checkpoints int `json:"checkpoints_verified"`
	// Torn is the size of a torn tail (an interrupted last write), which
	// the server repairs at its next append.
	Torn int `json:"torn_bytes,omitempty"`
	// Replicas counts the records of each replica (logs a state store
	// shares).
	Replicas map[string]int `json:"replicas,omitempty"`
}

// Verified is a verified log: its records, as raw lines and decoded.
type Verified struct {
	Summary
	Records []Record
	hashes  []tlog.Hash
}

// ReadHashes implements tlog.HashReader.
func (v *Verified) ReadHashes(idx []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(idx))
	for i, x := range idx {
		if x < 0 || x >= int64(len(v.hashes)) {
			return nil, fmt.Errorf("hash index %d out of range", x)
		}
		out[i] = v.hashes[x]
	}
	return out, nil
}

// Verify checks every record of data as raw bytes (canonical JSON,
// sequence numbers) and proves, for each signed checkpoint, that the log is
// a consistent extension of it.
func Verify(data []byte, v note.Verifier, checkpoints ...[]byte) (*Verified, error) {
	out := &Verified{}
	if i := bytes.LastIndexByte(data, '\n'); i+1 < len(data) {
		out.Torn = len(data) - (i + 1)
		data = data[:i+1]
	}
	line := 0
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		raw := data[:i]
		data = data[i+1:]
		line++
		if err := out.add(raw, line); err != nil {
			return nil, err
		}
	}
	th, err := out.root()
	if err != nil {
		return nil, err
	}
	if err := out.proveExtends(v, th, "file", checkpoints); err != nil {
		return nil, err
	}
	return out, nil
}

// add checks and appends record number seq (line is its line in a file,
// 0 in a store).
func (out *Verified) add(raw []byte, line int) error {
	seq := len(out.Records) + 1
	rec, err := CheckRecord(raw)
	if err != nil {
		return &VerifyError{Line: line, Seq: uint64(seq), Problem: err.Error()}
	}
	if rec.Seq != uint64(seq) {
		return &VerifyError{Line: line, Seq: rec.Seq, Problem: fmt.Sprintf("sequence number %d where %d was expected (a record was removed, inserted or reordered)", rec.Seq, seq)}
	}
	hs, err := tlog.StoredHashes(int64(seq-1), raw, out)
	if err != nil {
		return err
	}
	out.hashes = append(out.hashes, hs...)
	out.Records = append(out.Records, rec)
	out.Summary.Records = seq
	if rec.Replica != "" {
		if out.Replicas == nil {
			out.Replicas = map[string]int{}
		}
		out.Replicas[rec.Replica]++
	}
	return nil
}

// root computes the tree hash of the records added.
func (out *Verified) root() (tlog.Hash, error) {
	th, err := tlog.TreeHash(int64(len(out.Records)), out)
	if err != nil {
		return th, err
	}
	out.Root = hex.EncodeToString(th[:])
	return th, nil
}

// proveExtends proves, for each signed checkpoint, that the records are a
// consistent extension of the tree it signed.
func (out *Verified) proveExtends(v note.Verifier, th tlog.Hash, where string, checkpoints [][]byte) error {
	n := int64(len(out.Records))
	for _, c := range checkpoints {
		raw, err := DecodeCheckpoint(c)
		if err != nil {
			return &VerifyError{Problem: err.Error()}
		}
		cp, err := OpenCheckpoint(raw, v)
		if err != nil {
			return &VerifyError{Problem: err.Error()}
		}
		if cp.Size > n {
			return &VerifyError{Problem: fmt.Sprintf("the log was truncated: a checkpoint covers %d records, the %s holds %d", cp.Size, where, n)}
		}
		if cp.Size > 0 {
			// A consistency proof from the checkpoint's tree to this one.
			proof, err := tlog.ProveTree(n, cp.Size, out)
			if err == nil {
				err = tlog.CheckTree(proof, n, th, cp.Size, cp.Hash)
			}
			if err != nil {
				return &VerifyError{Problem: fmt.Sprintf("the %s is not an extension of the checkpoint of %d records: its first %d records were rewritten, reordered or altered (%v)", where, cp.Size, cp.Size, err)}
			}
		}
		out.Checkpoints++
	}
	return nil
}

// CheckRecord checks one line is the canonical JSON of a record: no
// duplicate keys (case variants included), no unknown keys, and exactly the
// bytes the record marshals to.
func CheckRecord(raw []byte) (Record, error) {
	if err := noDuplicateKeys(raw); err != nil {
		return Record{}, err
	}
	var rec Record
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		return Record{}, fmt.Errorf("not a valid audit record: %v", err)
	}
	if dec.More() {
		return Record{}, errors.New("not a valid audit record: data after the record")
	}
	canon, err := json.Marshal(rec)
	if err != nil {
		return Record{}, err
	}
	if !bytes.Equal(canon, raw) {
		return Record{}, errors.New("not in canonical form (key order, spacing, escaping or key case differ from what the server writes): the record was altered")
	}
	return rec, nil
}

// noDuplicateKeys walks raw JSON and refuses an object holding a key twice,
// comparing keys case-insensitively (as encoding/json matches them).
func noDuplicateKeys(raw []byte) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var walk func() error
	walk = func() error {
		t, err := dec.Token()
		if err != nil {
			return fmt.Errorf("not valid JSON: %v", err)
		}
		d, ok := t.(json.Delim)
		if !ok {
			return nil
		}
		switch d {
		case '{':
			seen := map[string]bool{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return fmt.Errorf("not valid JSON: %v", err)
				}
				k := strings.ToLower(kt.(string))
				if seen[k] {
					return fmt.Errorf("key %q appears twice (keys are compared ignoring case)", kt)
				}
				seen[k] = true
				if err := walk(); err != nil {
					return err
				}
			}
		case '[':
			for dec.More() {
				if err := walk(); err != nil {
					return err
				}
			}
		}
		_, err = dec.Token()
		return err
	}
	return walk()
}

// ---- reading ----

// ReadFile reads and verifies the log at path against the verifier key
// vkey and the given checkpoints, plus the server's own last checkpoint
// beside the file when present.
func ReadFile(path, vkey string, checkpoints ...[]byte) (*Verified, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	v, err := note.NewVerifier(vkey)
	if err != nil {
		return nil, fmt.Errorf("the checkpoint verifier key is not a signed-note key (%v); accepted: the contents of keys/audit-note.pub", err)
	}
	if b, err := os.ReadFile(CheckpointPath(path)); err == nil {
		checkpoints = append([][]byte{b}, checkpoints...)
	}
	return Verify(data, v, checkpoints...)
}

// VerifierKey reads the verifier key kept beside an audit file.
func VerifierKey(auditPath string) (string, error) {
	_, vp := KeyPaths(auditPath)
	b, err := os.ReadFile(vp)
	if err != nil {
		return "", fmt.Errorf("no checkpoint verifier key at %s (%v); pass --key with the key the server logged", vp, errors.Unwrap(err))
	}
	return strings.TrimSpace(string(b)), nil
}

// LeafHash is the tlog record hash of a raw line (exported for tools that
// prove a single record).
func LeafHash(line []byte) tlog.Hash { return tlog.RecordHash(line) }

// VerifyFile verifies the log at path with the verifier key and the last
// checkpoint kept beside it (the server's own view; pass checkpoints kept
// elsewhere to ReadFile for the stronger check).
func VerifyFile(path string) (Summary, error) {
	vkey, err := VerifierKey(path)
	if err != nil {
		if _, serr := os.Stat(path); serr != nil {
			return Summary{}, serr
		}
		return Summary{}, err
	}
	v, err := ReadFile(path, vkey)
	if err != nil {
		return Summary{}, err
	}
	return v.Summary, nil
}
