package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/mod/sumdb/tlog"
)

// Bolt is the embedded store: one bbolt file, opened by one process at a
// time (bbolt locks the file). Journal and audit are keyed by sequence, so
// reading the tail never re-reads history.
type Bolt struct {
	db    *bolt.DB
	mu    sync.Mutex
	locks map[string]chan struct{}
}

var (
	bPlans     = []byte("plans")
	bApprovals = []byte("approvals")
	bJournal   = []byte("journal")
	bAudit     = []byte("audit")
	bBudgets   = []byte("budgets")
	bSecrets   = []byte("secrets")
	bHealth    = []byte("health")
	// The audit log: records by sequence (8-byte unix nanoseconds, then
	// the body), tlog tree hashes by index, and the signed head.
	bAuditLog    = []byte("auditlog")
	bAuditHashes = []byte("audithashes")
	bAuditHead   = []byte("audithead")
	headKey      = []byte("head")
)

// OpenBolt opens (creating) the store file.
func OpenBolt(path string) (*Bolt, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open the state store %s: %w (another process may hold it; the embedded store serves one process, use PostgreSQL for several)", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bPlans, bApprovals, bJournal, bAudit, bBudgets, bSecrets, bHealth, bAuditLog, bAuditHashes, bAuditHead} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Bolt{db: db, locks: map[string]chan struct{}{}}, nil
}

func (s *Bolt) Close() error { return s.db.Close() }

func seqKey(n uint64) []byte {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, n)
	return k
}

func (s *Bolt) PutPlan(_ context.Context, p Plan) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bPlans)
		if b.Get([]byte(p.ID)) != nil {
			return ErrExists
		}
		if p.CreatedAt.IsZero() {
			p.CreatedAt = time.Now().UTC()
		}
		v, _ := json.Marshal(p)
		return b.Put([]byte(p.ID), v)
	})
}

func (s *Bolt) GetPlan(_ context.Context, id string) (Plan, error) {
	var p Plan
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bPlans).Get([]byte(id))
		if v == nil {
			return ErrNotFound
		}
		return json.Unmarshal(v, &p)
	})
	return p, err
}

func (s *Bolt) ClaimPlan(_ context.Context, id, by string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bPlans)
		v := b.Get([]byte(id))
		if v == nil {
			return ErrNotFound
		}
		var p Plan
		if err := json.Unmarshal(v, &p); err != nil {
			return err
		}
		if p.ClaimedBy != "" {
			return ErrClaimed
		}
		p.ClaimedBy = by
		nv, _ := json.Marshal(p)
		return b.Put([]byte(id), nv)
	})
}

// ListPlans walks every plan (plans are few: they are deleted after their
// retention) and keeps the newest limit.
func (s *Bolt) ListPlans(_ context.Context, zone, prefix string, limit int) ([]Plan, error) {
	var out []Plan
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bPlans).Cursor()
		for k, v := c.Seek([]byte(prefix)); k != nil && bytes.HasPrefix(k, []byte(prefix)); k, v = c.Next() {
			var p Plan
			if err := json.Unmarshal(v, &p); err != nil {
				return err
			}
			if zone == "" || p.Zone == zone {
				out = append(out, p)
			}
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].CreatedAt.After(out[j].CreatedAt) })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, err
}

func (s *Bolt) DeletePlansBefore(_ context.Context, t time.Time) (int, error) {
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bPlans)
		var old [][]byte
		err := b.ForEach(func(k, v []byte) error {
			var p Plan
			if json.Unmarshal(v, &p) == nil && p.CreatedAt.Before(t) {
				old = append(old, append([]byte(nil), k...))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range old {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		n = len(old)
		return nil
	})
	return n, err
}

func (s *Bolt) Secret(_ context.Context, name string, gen func() ([]byte, error)) ([]byte, error) {
	var out []byte
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bSecrets)
		if v := b.Get([]byte(name)); v != nil {
			out = append([]byte(nil), v...)
			return nil
		}
		v, err := gen()
		if err != nil {
			return err
		}
		out = v
		return b.Put([]byte(name), v)
	})
	return out, err
}

func (s *Bolt) Check(_ context.Context) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bHealth).Put([]byte("probe"), []byte(time.Now().UTC().Format(time.RFC3339Nano)))
	})
}

func (s *Bolt) PutApproval(_ context.Context, a Approval) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bApprovals)
		if b.Get([]byte(a.ID)) != nil {
			return ErrExists
		}
		v, _ := json.Marshal(a)
		return b.Put([]byte(a.ID), v)
	})
}

func (s *Bolt) UseApproval(_ context.Context, id string) (Approval, error) {
	var a Approval
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bApprovals)
		v := b.Get([]byte(id))
		if v == nil {
			return ErrNotFound
		}
		if err := json.Unmarshal(v, &a); err != nil {
			return err
		}
		if a.Used {
			return ErrUsed
		}
		a.Used = true
		nv, _ := json.Marshal(a)
		return b.Put([]byte(id), nv)
	})
	return a, err
}

func (s *Bolt) AppendJournal(_ context.Context, e Entry) (int64, error) {
	var seq int64
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bJournal)
		n, err := b.NextSequence()
		if err != nil {
			return err
		}
		e.Seq = int64(n)
		if e.At.IsZero() {
			e.At = time.Now().UTC()
		}
		seq = e.Seq
		v, _ := json.Marshal(e)
		return b.Put(seqKey(n), v)
	})
	return seq, err
}

func (s *Bolt) Journal(_ context.Context, after int64, limit int) ([]Entry, error) {
	var out []Entry
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bJournal).Cursor()
		for k, v := c.Seek(seqKey(uint64(after) + 1)); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Next() {
			var e Entry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	return out, err
}

func (s *Bolt) RewriteJournal(_ context.Context, replace []Entry, remove []int64) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bJournal)
		for _, e := range replace {
			v := b.Get(seqKey(uint64(e.Seq)))
			if v == nil {
				continue
			}
			var old Entry
			if err := json.Unmarshal(v, &old); err != nil {
				return err
			}
			old.Kind, old.Body = e.Kind, e.Body
			nv, _ := json.Marshal(old)
			if err := b.Put(seqKey(uint64(e.Seq)), nv); err != nil {
				return err
			}
		}
		for _, seq := range remove {
			if err := b.Delete(seqKey(uint64(seq))); err != nil {
				return err
			}
		}
		return nil
	})
}

// AppendAudit runs in one bbolt write transaction: bbolt has one writer
// at a time, so appends are serialised.
func (s *Bolt) AppendAudit(_ context.Context, add AuditAdd) (int64, error) {
	var seq int64
	err := s.db.Update(func(tx *bolt.Tx) error {
		n, cur := boltHead(tx)
		hb := tx.Bucket(bAuditHashes)
		rec, hs, nh, err := add(n, cur, boltHashes{hb})
		if err != nil {
			return err
		}
		seq = n + 1
		lb := tx.Bucket(bAuditLog)
		if lb.Get(seqKey(uint64(seq))) != nil {
			return fmt.Errorf("audit record %d already exists in the state store but the head covers %d records", seq, n)
		}
		v := make([]byte, 8, 8+len(rec))
		binary.BigEndian.PutUint64(v, uint64(time.Now().UnixNano()))
		if err := lb.Put(seqKey(uint64(seq)), append(v, rec...)); err != nil {
			return err
		}
		first := tlog.StoredHashCount(n)
		for i, h := range hs {
			if err := hb.Put(seqKey(uint64(first+int64(i))), append([]byte(nil), h[:]...)); err != nil {
				return err
			}
		}
		hv := make([]byte, 8, 8+len(nh))
		binary.BigEndian.PutUint64(hv, uint64(seq))
		return tx.Bucket(bAuditHead).Put(headKey, append(hv, nh...))
	})
	if err != nil {
		return 0, err
	}
	return seq, nil
}

func boltHead(tx *bolt.Tx) (int64, []byte) {
	v := tx.Bucket(bAuditHead).Get(headKey)
	if len(v) < 8 {
		return 0, nil
	}
	return int64(binary.BigEndian.Uint64(v)), append([]byte(nil), v[8:]...)
}

type boltHashes struct{ b *bolt.Bucket }

func (r boltHashes) ReadHashes(idx []int64) ([]tlog.Hash, error) {
	got := make(map[int64][]byte, len(idx))
	for _, x := range idx {
		if v := r.b.Get(seqKey(uint64(x))); v != nil {
			got[x] = v
		}
	}
	return pickHashes(idx, got)
}

func (s *Bolt) Audit(_ context.Context, after int64, limit int) ([]AuditRecord, error) {
	var out []AuditRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bAuditLog).Cursor()
		for k, v := c.Seek(seqKey(uint64(after) + 1)); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Next() {
			if len(v) < 8 {
				return fmt.Errorf("audit record %d in the state store is malformed", binary.BigEndian.Uint64(k))
			}
			out = append(out, AuditRecord{Seq: int64(binary.BigEndian.Uint64(k)), At: time.Unix(0, int64(binary.BigEndian.Uint64(v))).UTC(),
				Body: append([]byte(nil), v[8:]...)})
		}
		return nil
	})
	return out, err
}

func (s *Bolt) AuditHashes(_ context.Context, from, to int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, 0, max(0, to-from))
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bAuditHashes).Cursor()
		for k, v := c.Seek(seqKey(uint64(from))); k != nil && int64(binary.BigEndian.Uint64(k)) < to; k, v = c.Next() {
			if int64(binary.BigEndian.Uint64(k)) != from+int64(len(out)) || len(v) != tlog.HashSize {
				return fmt.Errorf("audit tree hash %d is missing or malformed in the state store", from+int64(len(out)))
			}
			out = append(out, tlog.Hash(v))
		}
		return nil
	})
	return out, err
}

func (s *Bolt) AuditHead(_ context.Context) (n int64, head []byte, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		n, head = boltHead(tx)
		return nil
	})
	return n, head, err
}

// TakeBudget keeps one bucket per zone keyed by time (nanoseconds, then a
// sequence); bbolt serialises writers, so the count and the insert are one
// transaction.
func (s *Bolt) TakeBudget(_ context.Context, zone string, now time.Time, window time.Duration, max int) (bool, error) {
	ok := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		zb, err := tx.Bucket(bBudgets).CreateBucketIfNotExists([]byte(zone))
		if err != nil {
			return err
		}
		from := seqKey(uint64(now.Add(-window).UnixNano()))
		c := zb.Cursor()
		// Drop what left the window, count what is in it.
		var stale [][]byte
		n := 0
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if bytes.Compare(k[:8], from) <= 0 {
				stale = append(stale, append([]byte(nil), k...))
				continue
			}
			if bytes.Compare(k[:8], seqKey(uint64(now.UnixNano()))) <= 0 {
				n++
			}
		}
		for _, k := range stale {
			if err := zb.Delete(k); err != nil {
				return err
			}
		}
		if n >= max {
			return nil
		}
		seq, err := zb.NextSequence()
		if err != nil {
			return err
		}
		ok = true
		return zb.Put(append(seqKey(uint64(now.UnixNano())), seqKey(seq)...), nil)
	})
	return ok, err
}

func (s *Bolt) TryLockZone(_ context.Context, zone string) (func() error, bool, error) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s.mu.Lock()
	_, held := s.locks[zone]
	s.mu.Unlock()
	if held {
		return nil, false, nil
	}
	u, err := s.LockZone(ctx, zone)
	if err != nil {
		return nil, false, nil
	}
	return u, true, nil
}

// LockZone: one process holds the file, so an in-process lock per zone is
// exclusive across everything using this store.
func (s *Bolt) LockZone(ctx context.Context, zone string) (func() error, error) {
	for {
		s.mu.Lock()
		ch, held := s.locks[zone]
		if !held {
			ch = make(chan struct{})
			s.locks[zone] = ch
			s.mu.Unlock()
			var once sync.Once
			return func() error {
				once.Do(func() {
					s.mu.Lock()
					delete(s.locks, zone)
					s.mu.Unlock()
					close(ch)
				})
				return nil
			}, nil
		}
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return nil, fmt.Errorf("zone %s is locked by another change: %w", zone, ctx.Err())
		}
	}
}
