package tfexport

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/tfhcl"
	tfjson "github.com/hashicorp/terraform-json"
)

// Drift statuses.
const (
	StatusManaged   = "managed"
	StatusDrifted   = "drifted"
	StatusUnmanaged = "unmanaged"
	StatusMissing   = "missing"
)

// AttrDiff is one attribute whose live value differs from code.
type AttrDiff struct {
	Path string `json:"path"`
	Code any    `json:"code"`
	Live any    `json:"live"`
}

// Attribution says who or what changed an object out of band.
type Attribution struct {
	// Source is "cfplane" (its change journal) or "audit_log" (Cloudflare's).
	Source   string `json:"source"`
	ChangeID string `json:"change_id,omitempty"`
	PlanID   string `json:"plan_id,omitempty"`
	Actor    string `json:"actor,omitempty"`
	Action   string `json:"action,omitempty"`
	When     string `json:"when"`
}

// ObjectDrift is one object's drift status.
type ObjectDrift struct {
	Status      string        `json:"status"`
	Type        string        `json:"type"`
	Address     string        `json:"address,omitempty"`
	ID          string        `json:"id,omitempty"`
	Label       string        `json:"label"`
	Diffs       []AttrDiff    `json:"diffs,omitempty"`
	Attribution []Attribution `json:"attribution,omitempty"`

	subIDs []string
	code   map[string]any
}

// CodeAttrs are the attribute values code gives the object (nil for an
// unmanaged one).
func (o ObjectDrift) CodeAttrs() map[string]any { return o.code }

// Counts counts objects by status.
type Counts struct {
	Managed   int `json:"managed"`
	Drifted   int `json:"drifted"`
	Unmanaged int `json:"unmanaged"`
	Missing   int `json:"missing"`
}

// Report is a drift report of one zone.
type Report struct {
	Zone   string `json:"zone"`
	ZoneID string `json:"zone_id"`
	Source string `json:"source"`
	// Coverage is the percentage of live objects Terraform manages.
	Coverage float64       `json:"coverage_percent"`
	Counts   Counts        `json:"counts"`
	Objects  []ObjectDrift `json:"objects"`
	Notes    []string      `json:"notes,omitempty"`
}

// Drifted says whether anything differs between live and code.
func (r *Report) Drifted() bool {
	return r.Counts.Drifted+r.Counts.Unmanaged+r.Counts.Missing > 0
}

// Compare matches code to live (by id, else by natural key) and reports
// each object's status with attribute-level differences.
func Compare(l *Live, code *Code) *Report {
	rep := &Report{Zone: l.ZoneName, ZoneID: l.ZoneID, Source: code.Source, Objects: []ObjectDrift{}, Notes: append([]string(nil), l.Notes...)}
	byID, byKey := map[string]int{}, map[string]int{}
	for i, r := range l.Resources {
		byID[r.Type+"\x00"+r.ID] = i
		byKey[r.Type+"\x00"+r.Key] = i
	}
	others := map[string]string{} // type+id or type+key → id
	for _, r := range l.Others {
		others[r.Type+"\x00"+r.ID] = r.ID
		others[r.Type+"\x00"+r.Key] = r.ID
		if r.Type == TypeTunnel {
			// Its configuration is account state this zone does not use either.
			others[TypeTunnelConfig+"\x00"+r.ID] = r.ID
		}
	}
	addrID := map[string]string{} // code address → live id
	matched := map[int]bool{}
	// Tunnels before their configurations, which name them by reference.
	order := make([]int, len(code.Resources))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return code.Resources[order[a]].Type != TypeTunnelConfig && code.Resources[order[b]].Type == TypeTunnelConfig
	})
	var skipped int
	for _, ci := range order {
		c := code.Resources[ci]
		if z, ok := c.Attrs["zone_id"].(string); ok && z != l.ZoneID {
			skipped++
			continue
		}
		if a, ok := c.Attrs["account_id"].(string); ok && l.AccountID != "" && a != l.AccountID {
			skipped++
			continue
		}
		id := c.ID
		if id == "" && c.Type == TypeTunnelConfig && c.RefTunnel != "" {
			id = addrID[c.RefTunnel]
		}
		li, ok := -1, false
		if id != "" {
			li, ok = byID[c.Type+"\x00"+id]
		} else {
			li, ok = byKey[c.Type+"\x00"+codeKey(c, l.ZoneName)]
		}
		if ok && matched[li] {
			ok = false
		}
		if !ok {
			oid, other := others[c.Type+"\x00"+id]
			if id == "" {
				oid, other = others[c.Type+"\x00"+codeKey(c, l.ZoneName)]
			}
			if other {
				addrID[c.Address()] = oid
				continue // an account object this zone does not use
			}
			rep.Objects = append(rep.Objects, ObjectDrift{Status: StatusMissing, Type: c.Type, Address: c.Address(), ID: id, Label: codeLabel(c), code: c.Attrs})
			continue
		}
		matched[li] = true
		addrID[c.Address()] = l.Resources[li].ID
		r := l.Resources[li]
		diffs := compareAttrs(c, r, l.ZoneName)
		st := StatusManaged
		if len(diffs) > 0 {
			st = StatusDrifted
		}
		rep.Objects = append(rep.Objects, ObjectDrift{Status: st, Type: r.Type, Address: c.Address(), ID: r.ID, Label: r.Label, Diffs: diffs, subIDs: r.SubIDs, code: c.Attrs})
	}
	for i, r := range l.Resources {
		if !matched[i] {
			rep.Objects = append(rep.Objects, ObjectDrift{Status: StatusUnmanaged, Type: r.Type, Address: r.Address(), ID: r.ID, Label: r.Label, subIDs: r.SubIDs})
		}
	}
	if skipped > 0 {
		rep.Notes = append(rep.Notes, fmt.Sprintf("%d resources in the Terraform input belong to another zone or account and were not compared", skipped))
	}
	if code.Ignored > 0 {
		rep.Notes = append(rep.Notes, fmt.Sprintf("%d resources in the Terraform input are of types drift does not compare", code.Ignored))
	}
	rank := map[string]int{StatusDrifted: 0, StatusMissing: 1, StatusUnmanaged: 2, StatusManaged: 3}
	sort.SliceStable(rep.Objects, func(i, j int) bool {
		a, b := rep.Objects[i], rep.Objects[j]
		if rank[a.Status] != rank[b.Status] {
			return rank[a.Status] < rank[b.Status]
		}
		return a.Address < b.Address
	})
	for _, o := range rep.Objects {
		switch o.Status {
		case StatusManaged:
			rep.Counts.Managed++
		case StatusDrifted:
			rep.Counts.Drifted++
		case StatusUnmanaged:
			rep.Counts.Unmanaged++
		case StatusMissing:
			rep.Counts.Missing++
		}
	}
	if n := len(l.Resources); n > 0 {
		rep.Coverage = math.Round(1000*float64(rep.Counts.Managed+rep.Counts.Drifted)/float64(n)) / 10
	}
	return rep
}

func fqdn(name, zone string) string {
	name = strings.TrimSuffix(strings.ToLower(name), ".")
	if name == "@" || name == "" {
		return zone
	}
	if name == zone || strings.HasSuffix(name, "."+zone) {
		return name
	}
	return name + "." + zone
}

// codeKey is the natural key of a code resource, as Read builds it.
func codeKey(c CodeResource, zone string) string {
	s := func(k string) string { v, _ := c.Attrs[k].(string); return v }
	switch c.Type {
	case TypeDNS:
		content := s("content")
		if d, ok := c.Attrs["data"]; ok && d != nil {
			content = canon(normalize(d))
		}
		return s("type") + " " + fqdn(s("name"), zone) + " " + content
	case TypeRuleset:
		return s("phase")
	case TypeSetting:
		return s("setting_id")
	}
	return s("name")
}

func codeLabel(c CodeResource) string {
	s := func(k string) string { v, _ := c.Attrs[k].(string); return v }
	switch c.Type {
	case TypeDNS:
		return s("type") + " " + s("name")
	case TypeRuleset:
		return s("phase")
	case TypeSetting:
		return s("setting_id")
	case TypeList:
		return "list " + s("name")
	}
	return c.Address()
}

// normalize turns a JSON-shaped value into float64 numbers, no nulls and
// no empty objects or arrays, so that code and live compare by value.
func normalize(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var out any
	if json.Unmarshal(b, &out) != nil {
		return v
	}
	return dropEmpty(out)
}

func dropEmpty(v any) any {
	switch t := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, x := range t {
			if p := dropEmpty(x); p != nil {
				out[k] = p
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	case []any:
		out := []any{}
		for _, x := range t {
			if p := dropEmpty(x); p != nil {
				out = append(out, p)
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	case string:
		if t == "" {
			return nil
		}
	}
	return v
}

// ruleComputed are rule keys the API computes.
var ruleComputed = []string{"id", "version", "last_updated", "categories"}

func compareAttrs(c CodeResource, r Resource, zone string) []AttrDiff {
	schemas, _ := tfhcl.LoadSchema()
	var diffs []AttrDiff
	for _, k := range managed[c.Type] {
		if c.Unknown[k] {
			continue
		}
		cv, present := c.Attrs[k]
		cv, lv := normalize(cv), normalize(r.Attrs[k])
		if cv == nil && !c.FromState {
			// Not written in code: only optional, non-computed attributes
			// the provider would clear count as drift.
			if !present && computedAttr(schemas, c.Type, k) || lv == nil {
				continue
			}
			if b, ok := lv.(bool); ok && !b {
				continue
			}
		}
		switch k {
		case "name":
			if c.Type == TypeDNS {
				if s, ok := cv.(string); ok {
					cv = fqdn(s, zone)
				}
			}
		case "rules":
			cv, lv = normRules(cv, lv)
		case "items":
			cv, lv = sortSet(cv), sortSet(lv)
		}
		diffs = append(diffs, diffValues(k, cv, lv)...)
	}
	return diffs
}

func computedAttr(schemas map[string]*tfjson.Schema, typ, attr string) bool {
	sc := schemas[typ]
	if sc == nil || sc.Block == nil {
		return false
	}
	a := sc.Block.Attributes[attr]
	return a != nil && a.Computed
}

func normRules(cv, lv any) (any, any) {
	cl, _ := cv.([]any)
	ll, _ := lv.([]any)
	fix := func(rules []any, other []any) []any {
		out := make([]any, len(rules))
		for i, x := range rules {
			m, ok := x.(map[string]any)
			if !ok {
				out[i] = x
				continue
			}
			n := map[string]any{}
			for k, v := range m {
				n[k] = v
			}
			for _, k := range ruleComputed {
				delete(n, k)
			}
			if _, ok := n["enabled"]; !ok {
				n["enabled"] = true
			}
			out[i] = n
		}
		return out
	}
	cl, ll = fix(cl, ll), fix(ll, cl)
	// A ref the code leaves out is the API's to choose; so are the zero
	// values the API fills in for fields code leaves out (a rate limit's
	// requests_to_origin false, mitigation_timeout 0).
	for i := range cl {
		if i < len(ll) {
			cm, _ := cl[i].(map[string]any)
			lm, _ := ll[i].(map[string]any)
			if cm != nil && lm != nil && cm["ref"] == nil {
				delete(lm, "ref")
			}
			for k, cv := range cm {
				if csub, ok := cv.(map[string]any); ok {
					if lsub, ok := lm[k].(map[string]any); ok {
						lm[k] = dropServerZeros(csub, lsub)
					}
				}
			}
		}
	}
	return anyOrNil(cl), anyOrNil(ll)
}

// dropServerZeros returns live without the false and zero fields that
// code does not set, in objects both give (nested the same way).
func dropServerZeros(code, live map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range live {
		if _, set := code[k]; !set {
			switch x := v.(type) {
			case bool:
				if !x {
					continue
				}
			case float64:
				if x == 0 {
					continue
				}
			}
		}
		if csub, ok := code[k].(map[string]any); ok {
			if lsub, ok := v.(map[string]any); ok {
				v = dropServerZeros(csub, lsub)
			}
		}
		out[k] = v
	}
	return out
}

func anyOrNil(l []any) any {
	if len(l) == 0 {
		return nil
	}
	return l
}

func sortSet(v any) any {
	l, ok := v.([]any)
	if !ok {
		return v
	}
	out := append([]any(nil), l...)
	sort.Slice(out, func(i, j int) bool { return canon(out[i]) < canon(out[j]) })
	return out
}

// diffValues lists the paths where a and b differ: objects key by key,
// equal-length lists element by element, anything else whole.
func diffValues(path string, a, b any) []AttrDiff {
	am, aok := a.(map[string]any)
	bm, bok := b.(map[string]any)
	if aok && bok {
		keys := map[string]bool{}
		for k := range am {
			keys[k] = true
		}
		for k := range bm {
			keys[k] = true
		}
		ks := make([]string, 0, len(keys))
		for k := range keys {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		var out []AttrDiff
		for _, k := range ks {
			out = append(out, diffValues(path+"."+k, am[k], bm[k])...)
		}
		return out
	}
	al, aok := a.([]any)
	bl, bok := b.([]any)
	if aok && bok && len(al) == len(bl) {
		var out []AttrDiff
		for i := range al {
			out = append(out, diffValues(fmt.Sprintf("%s[%d]", path, i), al[i], bl[i])...)
		}
		return out
	}
	if canon(a) == canon(b) {
		return nil
	}
	return []AttrDiff{{Path: path, Code: a, Live: b}}
}

// Attribute names, for every object that is not managed as code says,
// the latest cfplane change (from its journal, through pkg/plan's listing)
// and Cloudflare audit log entry that touched it.
func Attribute(rep *Report, changes []plan.ChangeTouch, logs []cfclient.AuditLog) {
	for i := range rep.Objects {
		o := &rep.Objects[i]
		if o.Status == StatusManaged {
			continue
		}
		ids := map[string]bool{}
		if o.ID != "" {
			ids[o.ID] = true
		}
		for _, s := range o.subIDs {
			ids[s] = true
		}
		if len(ids) == 0 {
			continue
		}
		var best *plan.ChangeTouch
		for j := range changes {
			c := &changes[j]
			if c.ZoneID != "" && c.ZoneID != rep.ZoneID {
				continue
			}
			for _, op := range c.Ops {
				if ids[op.ID] && (best == nil || !c.Time.Before(best.Time)) {
					best = c
				}
			}
		}
		if best != nil {
			a := Attribution{Source: "cfplane", ChangeID: best.ChangeID, PlanID: best.PlanID, When: best.Time.UTC().Format(time.RFC3339)}
			for _, op := range best.Ops {
				if ids[op.ID] {
					a.Action = op.Action + " " + op.Object
					break
				}
			}
			o.Attribution = append(o.Attribution, a)
		}
		var bestLog *cfclient.AuditLog
		for j := range logs {
			lg := &logs[j]
			if ids[lg.Resource.ID] && (bestLog == nil || lg.When > bestLog.When) {
				bestLog = lg
			}
		}
		if bestLog != nil {
			actor := bestLog.Actor.Email
			if actor == "" {
				actor = bestLog.Actor.Type
			}
			o.Attribution = append(o.Attribution, Attribution{Source: "audit_log", Actor: actor, Action: bestLog.Action.Type, When: bestLog.When})
		}
		// The audit log's entry (Cloudflare's latest change, whoever made
		// it) leads; cfplane's own latest change to the object follows.
		if n := len(o.Attribution); n == 2 && o.Attribution[1].Source == "audit_log" {
			o.Attribution[0], o.Attribution[1] = o.Attribution[1], o.Attribution[0]
		}
	}
}
