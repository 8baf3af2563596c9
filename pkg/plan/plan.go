// Package plan is cfplane's change engine: a mutation is first a Plan (the
// operations, a fingerprint of every object they touch, the invariants, the
// risk and whether a person must approve it), handed out as a signed,
// expiring token. Applying a plan re-reads the live state and refuses when it
// moved, checks invariants, budgets and approval again, writes the intent and
// the inverse operations to a write-ahead journal, executes, reads back and
// compares with the expected state, and undoes everything on any failure.
//
// Resource kinds (DNS records, zone settings, …) plug in as Executors.
//
// On disk, under the configuration's state_dir (shared by replicas):
//
//	plan.key       the plan-signing key (32 random bytes, hex, 0600), made on
//	               first use unless $CFPLANE_PLAN_KEY holds one
//	plans/ID.json  the plan body; the token carries the first 16 bytes of
//	               its sha256, so an altered body is refused
//	journal.jsonl  the write-ahead journal: one JSON object per line, fsynced:
//	               {"type":"intent", change_id, plan_id, ops, inverse, …}
//	               before anything changes, {"type":"outcome", status, reason}
//	               after, {"type":"refused", plan_id, reason} for refusals
//	locks/         one lock per zone: applies to a zone run one at a time;
//	               an intent without outcome whose lock is free is interrupted
//	audit.jsonl    the audit log, a Merkle tree with signed checkpoints (pkg/audit): digests, ids and
//	               outcomes, never record content
//
// A plan token is "cfp1." + base64url(plan id [8 bytes] ‖ expiry [unix
// seconds, 8 bytes] ‖ body digest [16 bytes]) + "." + base64url(first 16
// bytes of HMAC-SHA256 over the prefix and payload).
package plan

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"

	"github.com/cfplane/cfplane/pkg/policy"
)

// Op actions.
const (
	ActionCreate = "create"
	ActionUpdate = "update"
	ActionDelete = "delete"
)

// Object is one live object of a resource kind, as the engine compares it.
type Object struct {
	Kind string `json:"kind"`
	// ID addresses the object (record id, setting id).
	ID string `json:"id"`
	// Identity is what makes two objects the same thing regardless of their
	// id, e.g. a DNS record's type, name and content. A create is
	// fingerprinted by the absence of objects with its identity.
	Identity string `json:"identity"`
	// Slot groups objects that occupy the same place, e.g. a DNS record's
	// type and name: an object a change created is found by it even when
	// someone altered its content meanwhile.
	Slot string `json:"slot,omitempty"`
	// Label is a short readable name, e.g. "A api.example.com".
	Label string `json:"label"`
	// Value is the canonical JSON of the fields cfplane manages.
	Value json.RawMessage `json:"value"`
}

// Op is one planned operation.
type Op struct {
	Kind   string `json:"kind"`
	Action string `json:"action"`
	// Object is a readable label of the object.
	Object string `json:"object"`
	// ID is the target of an update or delete.
	ID string `json:"id,omitempty"`
	// Identity of the object a create makes (or a delete removes).
	Identity string          `json:"identity,omitempty"`
	Before   json.RawMessage `json:"before"`
	After    json.RawMessage `json:"after"`
}

// Fingerprint is the sha256 of the canonical JSON of an object as the plan
// saw it (or of the objects matching a create's identity: none).
type Fingerprint struct {
	Object string `json:"object"`
	SHA256 string `json:"sha256"`
}

// Risk scores a plan from 0 to 100 with the reasons.
type Risk struct {
	Score   int      `json:"score"`
	Reasons []string `json:"reasons"`
}

// Zone names the zone a plan changes.
type Zone struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Plan is a change that has not happened yet.
type Plan struct {
	Version   int       `json:"version"`
	ID        string    `json:"id"`
	Zone      Zone      `json:"zone"`
	Tool      string    `json:"tool"`
	Action    string    `json:"action"`
	CreatedAt time.Time `json:"created_at"`
	ExpiresAt time.Time `json:"expires_at"`
	Ops       []Op      `json:"ops"`
	// Fingerprints of every object the ops touch, as the plan saw them.
	Fingerprints []Fingerprint `json:"fingerprints"`
	Risk         Risk          `json:"risk"`
	// Effects say in short what the change does (see effect.go).
	Effects []string `json:"effects,omitempty"`
	// Destructive is the summed severity of the plan's destructive
	// effects: it adds to the risk of the zone's next destructive changes.
	Destructive int               `json:"destructive,omitempty"`
	Invariants  []policy.Result   `json:"invariants"`
	Approval    ApprovalRequired  `json:"approval"`
	ReceiptID   string            `json:"layer0_receipt,omitempty"`
	RollbackOf  string            `json:"rollback_of,omitempty"`
	Notes       []string          `json:"notes,omitempty"`
	Meta        map[string]string `json:"meta,omitempty"`
}

// ApprovalRequired says whether a person must approve the plan, and why.
type ApprovalRequired struct {
	Required bool     `json:"required"`
	Reasons  []string `json:"reasons,omitempty"`
	// Overrides are the protected-object patterns the approval must name.
	Overrides []string `json:"overrides,omitempty"`
}

// InvariantsOK reports whether every invariant holds.
func (p *Plan) InvariantsOK() bool { return len(policy.Failed(p.Invariants)) == 0 }

// body is the plan's canonical JSON (the stored form, which the token's
// digest covers).
func (p *Plan) body() ([]byte, error) { return json.Marshal(p) }

func digestOf(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// hashState is the fingerprint of one object's state (or null).
func hashState(key string, state []byte) string {
	h := sha256.New()
	h.Write([]byte(key))
	h.Write([]byte{'\n'})
	if len(state) == 0 {
		state = []byte("null")
	}
	h.Write(state)
	return hex.EncodeToString(h.Sum(nil))
}
