package safe

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/plan"
)

// Short text renderings carried beside the structured results: one line per
// object, with the same object label in every tool (plan.RecordLabel for
// DNS records: "MX example.com → mail.example.com (pri 10)") and values in
// their JSON types (ttl 300, proxied false, "quoted strings").

// maxTextValue bounds one rendered value.
const maxTextValue = 80

// opLine renders one plan operation.
func opLine(op plan.Op) string {
	label := op.Object
	if op.Kind == plan.KindDNS {
		if v, err := plan.DecodeRecord(pick(op.Before, op.After)); err == nil {
			label = plan.RecordLabel(v)
		}
	}
	switch op.Action {
	case plan.ActionCreate, plan.ActionDelete:
		return op.Action + " " + label
	}
	changes := fieldChanges(op.Before, op.After)
	if len(changes) == 0 {
		return op.Action + " " + label + " (no field changes)"
	}
	return op.Action + " " + label + ": " + strings.Join(changes, ", ")
}

// pick is the side of an op that describes the object as it is now: before
// for updates and deletes, after for creates.
func pick(before, after json.RawMessage) json.RawMessage {
	if isNull(before) {
		return after
	}
	return before
}

func isNull(b json.RawMessage) bool {
	t := bytes.TrimSpace(b)
	return len(t) == 0 || string(t) == "null"
}

// fieldChanges lists the top-level fields of two JSON objects that differ,
// as "field old → new" with typed values.
func fieldChanges(before, after json.RawMessage) []string {
	var b, a map[string]json.RawMessage
	_ = json.Unmarshal(before, &b)
	_ = json.Unmarshal(after, &a)
	keys := map[string]bool{}
	for k := range b {
		keys[k] = true
	}
	for k := range a {
		keys[k] = true
	}
	names := make([]string, 0, len(keys))
	for k := range keys {
		names = append(names, k)
	}
	sort.Strings(names)
	var out []string
	for _, k := range names {
		if canonical(b[k]) == canonical(a[k]) {
			continue
		}
		out = append(out, k+" "+textValue(b[k])+" → "+textValue(a[k]))
	}
	return out
}

func canonical(raw json.RawMessage) string {
	if isNull(raw) {
		return "null"
	}
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return string(raw)
	}
	c, _ := json.Marshal(v)
	return string(c)
}

// textValue renders a JSON value in its type: strings quoted, numbers and
// booleans bare, absent as "none", long values clipped.
func textValue(raw json.RawMessage) string {
	if isNull(raw) {
		return "none"
	}
	s := canonical(raw)
	if r := []rune(s); len(r) > maxTextValue {
		s = string(r[:maxTextValue-1]) + "…"
	}
	return s
}

// planText renders a plan: one line per operation, its effects, then its
// risk and what it needs.
func planText(v *PlanView, ops []plan.Op) []string {
	out := make([]string, 0, len(ops)+2)
	for i, op := range ops {
		if i == maxDiffShown {
			out = append(out, fmt.Sprintf("… and %d more operations", len(ops)-maxDiffShown))
			break
		}
		out = append(out, opLine(op))
	}
	for _, e := range v.Effects {
		out = append(out, "effect: "+e)
	}
	approval := "no approval needed"
	if v.ApprovalRequired {
		approval = "needs approval"
		if len(v.Overrides) > 0 {
			approval += " naming " + strings.Join(v.Overrides, ", ")
		}
	}
	out = append(out, fmt.Sprintf("risk %d; %s; expires %s", v.Risk.Score, approval, v.ExpiresAt))
	return out
}
