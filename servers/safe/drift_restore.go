package safe

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/tfexport"
)

// restorePlan prepares a cfplane plan that returns drifted DNS records
// and zone settings to what code says and re-creates missing records. It
// goes through the plan engine like every change: risk, invariants and
// approval apply, and change_apply applies it. What it cannot restore is
// returned as notes.
func restorePlan(ctx context.Context, d *cli.Deps, zone string, rep *tfexport.Report) (*plan.Prepared, []string, error) {
	pz, err := zoneFor(ctx, d, zone)
	if err != nil {
		return nil, nil, err
	}
	eng, err := changeEngine(d)
	if err != nil {
		return nil, nil, err
	}
	snap, err := eng.Read(ctx, pz, plan.KindDNS, plan.KindSetting)
	if err != nil {
		return nil, nil, toolErr("reading the zone", err)
	}
	var ops []plan.Op
	var notes []string
	for _, o := range rep.Objects {
		switch {
		case o.Status == tfexport.StatusManaged:
		case o.Status == tfexport.StatusUnmanaged:
			notes = append(notes, fmt.Sprintf("%s is not in code and is left as it is", o.Label))
		case o.Type == tfexport.TypeDNS && o.Status == tfexport.StatusDrifted:
			cur, ok := snap.Get(plan.KindDNS, o.ID)
			if !ok {
				notes = append(notes, fmt.Sprintf("%s changed again since the drift check; run it again", o.Label))
				continue
			}
			v, err := recordFromCode(o.CodeAttrs())
			if err != nil {
				notes = append(notes, fmt.Sprintf("%s: %v", o.Address, err))
				continue
			}
			op, err := plan.UpdateRecordOp(pz.Name, cur, v)
			if err != nil {
				notes = append(notes, fmt.Sprintf("%s: %v", o.Address, err))
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
			notes = append(notes, fmt.Sprintf("%s: %v", o.Address, err))
		case o.Type == tfexport.TypeSetting && o.Status == tfexport.StatusDrifted:
			val, ok := o.CodeAttrs()["value"].(string)
			cur, found := snap.Get(plan.KindSetting, o.ID)
			if !ok || !found {
				notes = append(notes, fmt.Sprintf("%s: only string-valued settings are restored here; run terraform apply", o.Address))
				continue
			}
			ops = append(ops, plan.SetSettingOp(cur, val))
		default:
			notes = append(notes, fmt.Sprintf("%s (%s) is not restored by cfplane; run terraform apply for it", o.Address, o.Status))
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
