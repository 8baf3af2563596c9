package plan

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"time"
)

// MinShortID is the fewest hex digits of a plan id accepted as a short id.
const MinShortID = 6

// isShortID reports whether ref looks like a plan id or a prefix of one.
func isShortID(ref string) bool {
	if len(ref) < MinShortID || len(ref) > 2*idLen {
		return false
	}
	_, err := hex.DecodeString(ref + strings.Repeat("0", len(ref)%2))
	return err == nil && strings.ToLower(ref) == ref
}

// resolveShort finds the one stored plan whose id starts with ref and
// returns its token (signed afresh with the plan key over the stored body,
// which is exactly the token the plan was issued with).
func (e *Engine) resolveShort(ref string) (string, error) {
	dir := e.planWhere()
	var ents []os.DirEntry
	var hits []string
	if e.st != nil {
		bodies, err := e.storedPlans("", ref, 0)
		if err != nil {
			return "", err
		}
		for _, b := range bodies {
			var p struct {
				ID string `json:"id"`
			}
			if json.Unmarshal(b, &p) == nil {
				hits = append(hits, p.ID)
			}
		}
	} else {
		var err error
		ents, err = os.ReadDir(dir)
		if err != nil && !os.IsNotExist(err) {
			return "", err
		}
	}
	for _, de := range ents {
		n := de.Name()
		if strings.HasSuffix(n, ".json") && strings.HasPrefix(n, ref) && !strings.HasPrefix(n, ".") {
			hits = append(hits, strings.TrimSuffix(n, ".json"))
		}
	}
	switch len(hits) {
	case 0:
		return "", tokenErr("no plan in %s has an id starting with %s; accepted: a plan id from change_list or `cloudflare_safe plans` (at least %d hex digits), or the full plan_id (cfp1.…)", dir, ref, MinShortID)
	case 1:
	default:
		sort.Strings(hits)
		return "", tokenErr("%s matches %d plans (%s); give more digits", ref, len(hits), strings.Join(capList(hits, 5), ", "))
	}
	body, err := e.readPlan(hits[0])
	if err != nil {
		return "", err
	}
	var p Plan
	if err := json.Unmarshal(body, &p); err != nil || p.ID != hits[0] {
		return "", tokenErr("plan %s: the stored body is unreadable", hits[0])
	}
	dg, _ := hexBytes(digestOf(body))
	return sign(e.key, tokenClaims{ID: p.ID, Expires: p.ExpiresAt, Digest: dg})
}

// ResolvePlan turns what a person or the agent gave — a plan token or a
// short id (a unique prefix of a plan id, as change_list and `plans` show
// it) — into the plan token.
func (e *Engine) ResolvePlan(ref string) (string, error) {
	if err := e.init(); err != nil {
		return "", err
	}
	ref = strings.TrimSpace(ref)
	if isShortID(ref) {
		return e.resolveShort(ref)
	}
	return ref, nil
}

// Pending is a plan waiting to be applied, as a person sees it.
type Pending struct {
	Plan    *Plan
	Digest  string
	Token   string
	Effects []string
	// Signers is how many approvers the plan needs (0: no approval).
	Signers int
	Why     string
}

// PendingPlans lists the plans not yet applied, refused or expired,
// newest first.
func (e *Engine) PendingPlans() ([]Pending, error) {
	l, err := e.List("", StatusPending, 200)
	if err != nil {
		return nil, err
	}
	var out []Pending
	for _, pi := range l.Plans {
		body, err := e.readPlan(pi.PlanID)
		if err != nil {
			continue
		}
		var p Plan
		if json.Unmarshal(body, &p) != nil {
			continue
		}
		pd := Pending{Plan: &p, Digest: digestOf(body), Effects: p.Effects}
		if p.Approval.Required {
			pd.Signers, pd.Why = RequiredSigners(e.cfg, &p)
		}
		dg, _ := hexBytes(pd.Digest)
		pd.Token, _ = sign(e.key, tokenClaims{ID: p.ID, Expires: p.ExpiresAt, Digest: dg})
		out = append(out, pd)
	}
	return out, nil
}

// JournalOutcome is an outcome the journal holds.
type JournalOutcome struct {
	ChangeID string
	PlanID   string
	Status   string
	Time     time.Time
}

// JournalOutcomes reads the outcomes of the journal in stateDir (for the
// audit cross-check: each must have its audit record).
func JournalOutcomes(stateDir string) ([]JournalOutcome, error) {
	j := &journal{path: journalPath(stateDir)}
	if _, err := os.Stat(j.path); err != nil {
		return nil, err
	}
	es, err := j.entries()
	if err != nil {
		return nil, err
	}
	var out []JournalOutcome
	for _, en := range es {
		if en.Type == EntryOutcome {
			out = append(out, JournalOutcome{ChangeID: en.ChangeID, PlanID: en.PlanID, Status: en.Status, Time: en.Time})
		}
	}
	return out, nil
}
