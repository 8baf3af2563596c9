// Package audit is cfplane's tamper-evident audit log: append-only JSONL in
// which every record carries the hash of the record before it and its own
// hash, written with fsync. Verify names the first record that was altered,
// removed, reordered or inserted.
//
// Records hold digests, ids and outcomes, never secrets or record content:
// callers store hashes of content (see Digest).
package audit

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Genesis is the previous-hash of the first record.
const Genesis = "0000000000000000000000000000000000000000000000000000000000000000"

// MaxLineBytes caps one record on disk.
const MaxLineBytes = 1 << 20

// Record is one audit entry. Prev and Hash are filled in by Append.
type Record struct {
	Seq        uint64            `json:"seq"`
	Time       time.Time         `json:"time"`
	Server     string            `json:"server"`
	Tool       string            `json:"tool"`
	Zone       string            `json:"zone,omitempty"`
	Action     string            `json:"action,omitempty"`
	PlanID     string            `json:"plan_id,omitempty"`
	PlanDigest string            `json:"plan_digest,omitempty"`
	ChangeID   string            `json:"change_id,omitempty"`
	ReceiptID  string            `json:"layer0_receipt,omitempty"`
	ApprovalID string            `json:"approval_id,omitempty"`
	Outcome    string            `json:"outcome"`
	Reason     string            `json:"reason,omitempty"`
	DurationMS int64             `json:"duration_ms,omitempty"`
	Details    map[string]string `json:"details,omitempty"`
	Prev       string            `json:"prev"`
	Hash       string            `json:"hash"`
}

// Digest is the sha256 of content, for recording what changed without
// recording the content itself.
func Digest(content []byte) string {
	sum := sha256.Sum256(content)
	return hex.EncodeToString(sum[:])
}

// hashOf computes a record's hash over its canonical JSON without Hash.
func hashOf(r Record) (string, error) {
	r.Hash = ""
	b, err := json.Marshal(r)
	if err != nil {
		return "", err
	}
	return Digest(b), nil
}

// Log appends to one audit file. Safe for concurrent use within a process;
// processes sharing a file serialise through an exclusive lock file.
type Log struct {
	mu   sync.Mutex
	path string
	// Redact, when set, is applied to every string a record carries before
	// it is written.
	Redact func(string) string
	now    func() time.Time
}

// Open prepares path (creating its folder) for appending.
func Open(path string) (*Log, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("audit log folder: %w", err)
	}
	return &Log{path: path, now: time.Now}, nil
}

// Path is the file the log writes.
func (l *Log) Path() string { return l.path }

// Append chains r to the last record, writes it and fsyncs. It returns the
// record as written.
func (l *Log) Append(r Record) (Record, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	unlock, err := lockFile(l.path + ".lock")
	if err != nil {
		return Record{}, err
	}
	defer unlock()

	last, err := lastRecord(l.path)
	if err != nil {
		return Record{}, err
	}
	r.Prev = Genesis
	r.Seq = 1
	if last != nil {
		r.Prev = last.Hash
		r.Seq = last.Seq + 1
	}
	if r.Time.IsZero() {
		r.Time = l.now().UTC()
	}
	if l.Redact != nil {
		redactRecord(&r, l.Redact)
	}
	r.Hash, err = hashOf(r)
	if err != nil {
		return Record{}, err
	}
	line, err := json.Marshal(r)
	if err != nil {
		return Record{}, err
	}
	f, err := os.OpenFile(l.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return Record{}, fmt.Errorf("open audit log: %w", err)
	}
	defer f.Close()
	if _, err := f.Write(append(line, '\n')); err != nil {
		return Record{}, fmt.Errorf("write audit log: %w", err)
	}
	if err := f.Sync(); err != nil {
		return Record{}, fmt.Errorf("sync audit log: %w", err)
	}
	return r, nil
}

func redactRecord(r *Record, red func(string) string) {
	for _, p := range []*string{&r.Server, &r.Tool, &r.Zone, &r.Action, &r.PlanID, &r.PlanDigest, &r.ChangeID, &r.ReceiptID, &r.ApprovalID, &r.Outcome, &r.Reason} {
		*p = red(*p)
	}
	for k, v := range r.Details {
		r.Details[k] = red(v)
	}
}

// lastRecord reads the final record of the file (nil if empty or missing).
func lastRecord(path string) (*Record, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := st.Size()
	if size == 0 {
		return nil, nil
	}
	// Read the tail; a record is at most MaxLineBytes.
	off := max(int64(0), size-MaxLineBytes-1)
	buf := make([]byte, size-off)
	if _, err := f.ReadAt(buf, off); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	buf = bytes.TrimRight(buf, "\n")
	if i := bytes.LastIndexByte(buf, '\n'); i >= 0 {
		buf = buf[i+1:]
	}
	var r Record
	if err := json.Unmarshal(buf, &r); err != nil {
		return nil, fmt.Errorf("the last audit record of %s is unreadable (%v); run `cloudflare_safe audit verify %s`", path, err, path)
	}
	return &r, nil
}

// VerifyError names the first broken record.
type VerifyError struct {
	Line    int
	Seq     uint64
	Problem string
}

func (e *VerifyError) Error() string {
	return fmt.Sprintf("record %d (line %d): %s", e.Seq, e.Line, e.Problem)
}

// Summary is what Verify found in an intact log.
type Summary struct {
	Records  int    `json:"records"`
	LastHash string `json:"last_hash"`
}

// Verify checks the whole chain of the log read from r.
func Verify(r io.Reader) (Summary, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxLineBytes+1)
	prev := Genesis
	var seq uint64
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Bytes()
		if len(bytes.TrimSpace(raw)) == 0 {
			return Summary{}, &VerifyError{Line: line, Seq: seq + 1, Problem: "empty line inside the log"}
		}
		var rec Record
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			return Summary{}, &VerifyError{Line: line, Seq: seq + 1, Problem: "not a valid audit record: " + err.Error()}
		}
		if rec.Seq != seq+1 {
			return Summary{}, &VerifyError{Line: line, Seq: rec.Seq, Problem: fmt.Sprintf("sequence number %d where %d was expected (a record was removed, inserted or reordered)", rec.Seq, seq+1)}
		}
		if rec.Prev != prev {
			return Summary{}, &VerifyError{Line: line, Seq: rec.Seq, Problem: "previous-hash does not match the record before it (the chain is broken here)"}
		}
		h, err := hashOf(rec)
		if err != nil {
			return Summary{}, &VerifyError{Line: line, Seq: rec.Seq, Problem: err.Error()}
		}
		if h != rec.Hash {
			return Summary{}, &VerifyError{Line: line, Seq: rec.Seq, Problem: "content does not match its hash (the record was altered)"}
		}
		prev, seq = rec.Hash, rec.Seq
	}
	if err := sc.Err(); err != nil {
		return Summary{}, &VerifyError{Line: line + 1, Seq: seq + 1, Problem: "unreadable: " + err.Error()}
	}
	return Summary{Records: int(seq), LastHash: prev}, nil
}

// VerifyFile verifies the log at path.
func VerifyFile(path string) (Summary, error) {
	f, err := os.Open(path)
	if err != nil {
		return Summary{}, err
	}
	defer f.Close()
	return Verify(f)
}
