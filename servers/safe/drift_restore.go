package safe

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/tfexport"
)

// restorePlan prepares a cfplane plan that returns live state to what code
// says: DNS records and settings, the rules of the custom, rate limiting
// and managed rulesets (managed overrides included), IP lists' items and
// tunnel configurations. It goes through the plan engine like every
// change: risk, effect, invariants and approval apply, and change_apply
// applies it. What it cannot restore is returned as notes.
func restorePlan(ctx context.Context, d *cli.Deps, zone string, rep *tfexport.Report) (*plan.Prepared, []string, error) {
	pz, err := zoneFor(ctx, d, zone)
	if err != nil {
		return nil, nil, err
	}
	eng, err := changeEngine(d)
	if err != nil {
		return nil, nil, err
	}
	kinds := []string{plan.KindDNS, plan.KindSetting}
	need := map[string]bool{}
	for _, o := range rep.Objects {
		switch o.Type {
		case tfexport.TypeRuleset:
			if phase, _ := o.CodeAttrs()["phase"].(string); phase != "" {
				if k := tfexport.RuleKindOf(phase); k != "" && !need[k] {
					need[k] = true
					kinds = append(kinds, k)
				}
			}
		case tfexport.TypeList:
			if !need[plan.KindIPList] {
				need[plan.KindIPList] = true
				kinds = append(kinds, plan.KindIPList)
			}
		case tfexport.TypeTunnelConfig:
			if !need[plan.KindTunnelConfig] {
				need[plan.KindTunnelConfig] = true
				kinds = append(kinds, plan.KindTunnelConfig)
			}
		}
	}
	snap, err := eng.Read(ctx, pz, kinds...)
	if err != nil {
		return nil, nil, toolErr("reading the zone", err)
	}
	var ops []plan.Op
	var notes []string
	note := func(format string, args ...any) { notes = append(notes, fmt.Sprintf(format, args...)) }
	for _, o := range rep.Objects {
		switch {
		case o.Status == tfexport.StatusManaged:
		case o.Status == tfexport.StatusUnmanaged:
			note("%s is not in code and is left as it is", o.Label)
		case o.Type == tfexport.TypeDNS && o.Status == tfexport.StatusDrifted:
			cur, ok := snap.Get(plan.KindDNS, o.ID)
			if !ok {
				note("%s changed again since the drift check; run it again", o.Label)
				continue
			}
			v, err := recordFromCode(o.CodeAttrs())
			if err != nil {
				note("%s: %v", o.Address, err)
				continue
			}
			op, err := plan.UpdateRecordOp(pz.Name, cur, v)
			if err != nil {
				note("%s: %v", o.Address, err)
				continue
			}
			ops = append(ops, op)
		case o.Type == tfexport.TypeDNS && o.Status == tfexport.StatusMissing:
			v, err := recordFromCode(o.CodeAttrs())
			if err == nil {
				var op plan.Op
				if op, err = plan.CreateRecordOp(pz.Name, v); err == nil {
					ops = append(ops, op)
					continue
				}
			}
			note("%s: %v", o.Address, err)
		case o.Type == tfexport.TypeSetting && o.Status == tfexport.StatusDrifted:
			val, ok := o.CodeAttrs()["value"].(string)
			cur, found := snap.Get(plan.KindSetting, o.ID)
			if !ok || !found {
				note("%s: only string-valued settings are restored here; run terraform apply", o.Address)
				continue
			}
			ops = append(ops, plan.SetSettingOp(cur, val))
		case o.Type == tfexport.TypeRuleset:
			rops, err := restoreRules(snap, o)
			if err != nil {
				note("%s: %v", o.Address, err)
				continue
			}
			ops = append(ops, rops...)
		case o.Type == tfexport.TypeList:
			op, ok, err := restoreList(snap, o)
			switch {
			case err != nil:
				note("%s: %v", o.Address, err)
			case ok:
				ops = append(ops, op)
			}
		case o.Type == tfexport.TypeTunnelConfig && o.Status == tfexport.StatusDrifted:
			op, ok, err := restoreTunnel(snap, o)
			switch {
			case err != nil:
				note("%s: %v", o.Address, err)
			case ok:
				ops = append(ops, op)
			}
		default:
			note("%s (%s) is not restored by cfplane; run terraform apply for it", o.Address, o.Status)
		}
	}
	if len(ops) == 0 {
		return nil, notes, nil
	}
	p, err := eng.Prepare(ctx, snap, plan.Request{Tool: "drift", Action: "restore", Ops: ops, Gate: gateOf(ctx), Notes: notes})
	if err != nil {
		return nil, notes, toolErr("planning the restore", err)
	}
	return p, notes, nil
}

// restoreRules plans the rule operations that make a phase's live rules
// what code lists: rules matched by ref (else by position) are updated
// where they differ or moved, missing ones created at their place, and
// live rules code does not list deleted.
func restoreRules(snap *plan.Snapshot, o tfexport.ObjectDrift) ([]plan.Op, error) {
	phase, _ := o.CodeAttrs()["phase"].(string)
	kind := tfexport.RuleKindOf(phase)
	if kind == "" {
		return nil, fmt.Errorf("phase %q is not one cfplane plans over; run terraform apply for it", phase)
	}
	want, err := tfexport.RulesFromCode(o.CodeAttrs())
	if err != nil {
		return nil, err
	}
	live := snap.Objects(kind)
	vals := make([]plan.RuleValue, len(live))
	byRef := map[string]int{}
	for i, l := range live {
		v, err := plan.DecodeRule(l.Value)
		if err != nil {
			return nil, fmt.Errorf("live rule %s: %v", l.ID, err)
		}
		vals[i] = v
		byRef[v.Ref] = i
	}
	match := make([]int, len(want)) // code rule → live index, -1 none
	used := map[int]bool{}
	for i, w := range want {
		match[i] = -1
		if li, ok := byRef[w.Ref]; ok && w.Ref != "" {
			match[i], used[li] = li, true
		}
	}
	for i, w := range want { // rules code gives no ref: the live rule at its place
		if w.Ref == "" && i < len(live) && !used[i] {
			match[i], used[i] = i, true
		}
	}
	var ops []plan.Op
	for li := range live {
		if !used[li] {
			ops = append(ops, plan.DeleteRuleOp(live[li]))
		}
	}
	// Where the kept rules stand once the deletes ran.
	kept := map[int]int{}
	n := 0
	for li := range live {
		if used[li] {
			kept[li] = n
			n++
		}
	}
	order := 0 // place among kept rules in code order
	for i, w := range want {
		li := match[i]
		if li < 0 {
			ops = append(ops, plan.CreateRuleOp(kind, w))
			continue
		}
		moved := kept[li] != order
		order++
		if w.Ref == "" {
			w.Ref = vals[li].Ref
		}
		if !moved && tfexport.SameRule(w, vals[li]) {
			continue
		}
		ops = append(ops, plan.UpdateRuleOp(live[li], w))
	}
	return ops, nil
}

// restoreList plans setting a drifted list's items to code's, or creating
// a missing list.
func restoreList(snap *plan.Snapshot, o tfexport.ObjectDrift) (plan.Op, bool, error) {
	v, err := tfexport.ListFromCode(o.CodeAttrs())
	if err != nil {
		return plan.Op{}, false, err
	}
	if o.Status == tfexport.StatusMissing {
		for _, l := range snap.Objects(plan.KindIPList) {
			if l.Identity == v.Name {
				return plan.Op{}, false, fmt.Errorf("a list named %s exists with another id; import it or fix the code", v.Name)
			}
		}
		return plan.CreateListOp(v), true, nil
	}
	cur, ok := snap.Get(plan.KindIPList, o.ID)
	if !ok {
		return plan.Op{}, false, fmt.Errorf("the list changed again since the drift check; run it again")
	}
	lv, err := plan.DecodeList(cur.Value)
	if err != nil {
		return plan.Op{}, false, err
	}
	if lv.Oversize > 0 {
		return plan.Op{}, false, fmt.Errorf("the live list has more than %d items; cfplane does not plan over it", plan.MaxListItems)
	}
	var err2 error
	if lv.Name != v.Name || lv.Description != v.Description {
		err2 = fmt.Errorf("the list's name or description differ from code; cfplane restores its items only (run terraform apply for the rest)")
	}
	v.Name, v.Kind, v.Description = lv.Name, lv.Kind, lv.Description
	if string(plan.ListJSON(v)) == string(plan.ListJSON(lv)) {
		return plan.Op{}, false, err2
	}
	return plan.UpdateListOp(cur, v), true, err2
}

// restoreTunnel plans replacing a drifted tunnel configuration with code's.
func restoreTunnel(snap *plan.Snapshot, o tfexport.ObjectDrift) (plan.Op, bool, error) {
	cur, ok := snap.Get(plan.KindTunnelConfig, o.ID)
	if !ok {
		return plan.Op{}, false, fmt.Errorf("the tunnel's configuration is not remotely managed or changed again since the drift check")
	}
	var lv struct {
		Name   string          `json:"name"`
		Config json.RawMessage `json:"config"`
	}
	if err := json.Unmarshal(cur.Value, &lv); err != nil {
		return plan.Op{}, false, err
	}
	cfg, err := tfexport.TunnelConfigFromCode(o.CodeAttrs(), lv.Config)
	if err != nil {
		return plan.Op{}, false, err
	}
	val, _ := json.Marshal(map[string]any{"name": lv.Name, "config": cfg})
	next, err := plan.DecodeTunnel(plan.Object{Kind: plan.KindTunnelConfig, ID: cur.ID, Value: val})
	if err != nil {
		return plan.Op{}, false, err
	}
	prev, err := plan.DecodeTunnel(cur)
	if err != nil {
		return plan.Op{}, false, err
	}
	a, _ := json.Marshal(prev.Config)
	b, _ := json.Marshal(next.Config)
	if string(a) == string(b) {
		return plan.Op{}, false, nil
	}
	op, err := plan.UpdateTunnelOp(cur, next)
	return op, err == nil, err
}

// recordFromCode builds a record value from code's attributes.
func recordFromCode(a map[string]any) (plan.RecordValue, error) {
	var v plan.RecordValue
	s := func(k string) string { x, _ := a[k].(string); return x }
	v.Type, v.Name, v.Content, v.Comment = s("type"), s("name"), s("content"), s("comment")
	if v.Type == "" || v.Name == "" {
		return v, fmt.Errorf("code does not give the record's type and name")
	}
	v.TTL = 1
	if n, ok := a["ttl"].(float64); ok {
		v.TTL = int(n)
	}
	v.Proxied, _ = a["proxied"].(bool)
	if n, ok := a["priority"].(float64); ok {
		p := int(n)
		v.Priority = &p
	}
	if data, ok := a["data"]; ok && data != nil {
		b, err := json.Marshal(data)
		if err != nil {
			return v, err
		}
		v.Data = b
	}
	return v, nil
}
