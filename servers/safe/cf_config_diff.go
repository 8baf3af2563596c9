package safe

import (
	"context"
	"encoding/json"
	"sort"
	"strconv"
	"strings"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/untrusted"
)

// Bounds of cf_config_diff's output.
const (
	maxDiffChanges    = 100  // objects listed; the counts cover all
	maxDiffValueBytes = 1024 // one before/after value
	// maxDiffValueTotal bounds the before/after text of all changes listed.
	maxDiffValueTotal = 64 << 10
)

// DiffArgs are cf_config_diff's arguments.
type DiffArgs struct {
	Zone            string `json:"zone,omitempty" jsonschema:"zone name or 32-hex id: compare snapshot_id with the zone's live state"`
	SnapshotID      string `json:"snapshot_id" jsonschema:"snapshot id from cf_snapshot (the before side)"`
	OtherSnapshotID string `json:"other_snapshot_id,omitempty" jsonschema:"a second snapshot id of the same zone (the after side) instead of live state"`
}

// FieldChange is one field of an object, before and after. Text fields
// (content, names, expressions) are in before/after, where DNS TXT
// content, record comments and rule descriptions are marked untrusted;
// numbers, booleans and JSON objects (ttl, proxied, priority, enabled,
// position, setting values) are in before_value/after_value, in their JSON
// types.
type FieldChange struct {
	Field       string          `json:"field"`
	Before      *untrusted.Text `json:"before,omitempty"`
	After       *untrusted.Text `json:"after,omitempty"`
	BeforeValue any             `json:"before_value,omitempty"`
	AfterValue  any             `json:"after_value,omitempty"`
}

// ObjectChange is one object added, removed or changed.
type ObjectChange struct {
	// Kind is dns_record, ruleset, rule or setting.
	Kind string `json:"kind"`
	// Op is added, removed or changed.
	Op     string        `json:"op"`
	ID     string        `json:"id"`
	Label  string        `json:"label"`
	Fields []FieldChange `json:"fields"`
}

// DiffCounts counts the objects added, removed and changed.
type DiffCounts struct {
	Added   int `json:"added"`
	Removed int `json:"removed"`
	Changed int `json:"changed"`
}

// DiffResult is cf_config_diff's result.
type DiffResult struct {
	Zone string `json:"zone"`
	// From is the snapshot id; To the other snapshot id or "live".
	From      string         `json:"from"`
	To        string         `json:"to"`
	FromHash  string         `json:"from_hash"`
	ToHash    string         `json:"to_hash"`
	Identical bool           `json:"identical"`
	Counts    DiffCounts     `json:"counts"`
	Changes   []ObjectChange `json:"changes"`
	// Truncated: more changes exist than are listed (the counts are exact).
	Truncated bool `json:"truncated"`
	// Text is one line per object listed: what happened to it and its
	// changed fields.
	Text      []string          `json:"text"`
	Untrusted untrusted.Summary `json:"untrusted"`
}

func cfConfigDiff(d *cli.Deps) mcpkit.Tool {
	return topLevelOutputSchema(compactOutputSchema(mcpkit.NewTool("cf_config_diff",
		"Diff a zone snapshot against live state (zone + snapshot_id) or another snapshot (other_snapshot_id): added, removed, changed fields.",
		mcpkit.ReadHints,
		func(ctx context.Context, a DiffArgs) (DiffResult, error) {
			return configDiff(ctx, d, a)
		})))
}

func configDiff(ctx context.Context, d *cli.Deps, a DiffArgs) (DiffResult, error) {
	res := DiffResult{Changes: []ObjectChange{}, Text: []string{}}
	if a.SnapshotID == "" {
		return res, mcpkit.Errorf("snapshot_id is required: %s", snapshotIDHelp)
	}
	if a.Zone == "" && a.OtherSnapshotID == "" {
		return res, mcpkit.Errorf("give zone to compare snapshot_id with the zone's live state, or other_snapshot_id to compare two snapshots")
	}
	from, err := loadSnapshot(d.Config.StateDir, a.SnapshotID)
	if err != nil {
		return res, err
	}
	if !d.Config.ZoneAllowed(from.Content.ZoneName, from.Content.ZoneID) {
		return res, mcpkit.Errorf("snapshot %s is of zone %s, which the config's zones.allow leaves out", from.ID, from.Content.ZoneName)
	}
	res.Zone, res.From, res.FromHash = from.Content.ZoneName, from.ID, from.Hash
	var to zoneStateSnap
	if a.Zone != "" {
		z, err := resolveZone(ctx, d, a.Zone)
		if err != nil {
			return res, err
		}
		if z.ID != from.Content.ZoneID {
			return res, mcpkit.Errorf("snapshot %s is of zone %s, not %s; pass the snapshot's zone or a snapshot of %s", from.ID, from.Content.ZoneName, z.Name, z.Name)
		}
	}
	if a.OtherSnapshotID != "" {
		other, err := loadSnapshot(d.Config.StateDir, a.OtherSnapshotID)
		if err != nil {
			return res, err
		}
		if other.Content.ZoneID != from.Content.ZoneID {
			return res, mcpkit.Errorf("snapshots %s (zone %s) and %s (zone %s) are of different zones; compare snapshots of one zone", from.ID, from.Content.ZoneName, other.ID, other.Content.ZoneName)
		}
		to, res.To, res.ToHash = other.Content, other.ID, other.Hash
	} else {
		z, err := resolveZone(ctx, d, from.Content.ZoneID)
		if err != nil {
			return res, err
		}
		if to, err = readZoneState(ctx, d, z); err != nil {
			return res, err
		}
		if res.ToHash, err = hashState(to); err != nil {
			return res, mcpkit.Internal(err)
		}
		res.To = "live"
	}
	res.Identical = res.FromHash == res.ToHash
	scan := untrusted.NewScan(0)
	all := diffStates(from.Content, to)
	for _, c := range all {
		switch c.Op {
		case "added":
			res.Counts.Added++
		case "removed":
			res.Counts.Removed++
		default:
			res.Counts.Changed++
		}
	}
	if len(all) > maxDiffChanges {
		all, res.Truncated = all[:maxDiffChanges], true
	}
	budget := maxDiffValueTotal
	for _, c := range all {
		oc := ObjectChange{Kind: c.Kind, Op: c.Op, ID: c.ID, Label: c.Label, Fields: []FieldChange{}}
		for _, f := range c.Fields {
			fc := FieldChange{Field: f.name}
			if f.typed {
				fc.BeforeValue, fc.AfterValue = typedValue(f.before), typedValue(f.after)
				budget -= len(deref(f.before)) + len(deref(f.after))
			} else {
				fc.Before = diffValue(scan, f.before, f.untrusted)
				fc.After = diffValue(scan, f.after, f.untrusted)
			}
			for _, v := range []*untrusted.Text{fc.Before, fc.After} {
				if v != nil {
					budget -= len(v.Value)
				}
			}
			oc.Fields = append(oc.Fields, fc)
		}
		if budget < 0 {
			res.Truncated = true
			break
		}
		res.Changes = append(res.Changes, oc)
		res.Text = append(res.Text, objectChangeLine(oc))
	}
	res.Untrusted = scan.Summary()
	return res, nil
}

// typedValue is one side of a typed field change, decoded, nil when absent.
func typedValue(v *string) any {
	if v == nil {
		return nil
	}
	var x any
	if json.Unmarshal([]byte(*v), &x) != nil {
		return nil
	}
	return x
}

func deref(v *string) string {
	if v == nil {
		return ""
	}
	return *v
}

// objectChangeLine renders one object change: "changed LABEL: field old →
// new".
func objectChangeLine(oc ObjectChange) string {
	line := oc.Op + " " + oc.Label
	if oc.Kind != "dns_record" {
		line = oc.Op + " " + oc.Kind + " " + oc.Label
	}
	if oc.Op != "changed" {
		return line
	}
	var parts []string
	for _, f := range oc.Fields {
		b, a := textSide(f.Before, f.BeforeValue), textSide(f.After, f.AfterValue)
		parts = append(parts, f.Field+" "+b+" → "+a)
	}
	return line + ": " + strings.Join(parts, ", ")
}

func textSide(t *untrusted.Text, v any) string {
	switch {
	case t != nil && (t.Untrusted || t.Flagged):
		return "(untrusted text, in fields)"
	case t != nil:
		b, _ := json.Marshal(t.Value)
		return textValue(b)
	case v != nil:
		b, _ := json.Marshal(v)
		return textValue(b)
	}
	return "none"
}

// diffValue renders one side of a field change, nil when absent.
func diffValue(scan *untrusted.Scan, v *string, isUntrusted bool) *untrusted.Text {
	if v == nil {
		return nil
	}
	var t untrusted.Text
	if isUntrusted {
		t = scan.Text(*v)
	} else {
		t = untrusted.Trusted(*v)
	}
	t.Value = clipQuoted(t.Value, maxDiffValueBytes)
	return &t
}

type fieldDiff struct {
	name          string
	typed         bool
	before, after *string
	untrusted     bool
}

type objectDiff struct {
	Kind, Op, ID, Label string
	Fields              []fieldDiff
	order               int
}

// diffField is one comparable field of an object: its value as text, or
// (typed) as JSON text of a number, boolean or object.
type diffField struct {
	name      string
	value     string
	present   bool
	untrusted bool
	typed     bool
}

func diffStr(name, v string, untrustedText bool) diffField {
	return diffField{name: name, value: v, present: v != "", untrusted: untrustedText}
}

func diffRaw(name string, v json.RawMessage) diffField {
	return diffField{name: name, value: string(v), present: len(v) > 0, typed: true}
}

func diffInt(name string, v int) diffField {
	return diffField{name: name, value: strconv.Itoa(v), present: true, typed: true}
}

func diffBool(name string, v bool) diffField {
	return diffField{name: name, value: strconv.FormatBool(v), present: true, typed: true}
}

// snapLabel names a record as plans do (plan.RecordLabel), except that
// content third parties write (TXT) stays out of the label: it is shown,
// marked untrusted, in the fields only.
func snapLabel(r snapRecord) string {
	if untrustedType(r.Type) {
		return r.Type + " " + r.Name
	}
	return plan.RecordLabel(plan.RecordValue{Type: r.Type, Name: r.Name, Content: r.Content, Priority: r.Priority})
}

func recordFields(r snapRecord) []diffField {
	fs := []diffField{diffStr("type", r.Type, false), diffStr("name", r.Name, false), diffStr("content", r.Content, r.Type == "TXT"),
		diffInt("ttl", r.TTL), diffBool("proxied", r.Proxied)}
	if r.Priority != nil {
		fs = append(fs, diffInt("priority", *r.Priority))
	}
	fs = append(fs, diffStr("comment", r.Comment, true), diffStr("tags", strings.Join(r.Tags, ","), false), diffRaw("data", r.Data))
	return fs
}

func ruleFields(r snapRule, pos int) []diffField {
	return []diffField{diffStr("action", r.Action, false), diffStr("expression", r.Expression, false), diffStr("description", r.Description, true),
		diffBool("enabled", r.Enabled), diffStr("ref", r.Ref, false), diffInt("position", pos+1),
		diffRaw("action_parameters", r.ActionParameters), diffRaw("ratelimit", r.RateLimit), diffRaw("logging", r.Logging)}
}

// compareFields lists the fields that differ; for an added object before
// is nil, for a removed one after is.
func compareFields(before, after []diffField) []fieldDiff {
	idx := map[string]diffField{}
	var names []string
	for _, f := range before {
		idx[f.name] = f
		names = append(names, f.name)
	}
	afterIdx := map[string]diffField{}
	for _, f := range after {
		afterIdx[f.name] = f
		if _, ok := idx[f.name]; !ok {
			names = append(names, f.name)
		}
	}
	var out []fieldDiff
	for _, n := range names {
		b, a := idx[n], afterIdx[n]
		if b.present == a.present && b.value == a.value {
			continue
		}
		fd := fieldDiff{name: n, untrusted: b.untrusted || a.untrusted, typed: b.typed || a.typed}
		if b.present {
			v := b.value
			fd.before = &v
		}
		if a.present {
			v := a.value
			fd.after = &v
		}
		out = append(out, fd)
	}
	return out
}

// diffStates compares two states of one zone object by object: DNS
// records by id, rulesets by phase, rules by phase and id (position
// included), settings by id.
func diffStates(from, to zoneStateSnap) []objectDiff {
	var out []objectDiff
	emit := func(kind, id, label string, order int, before, after []diffField) {
		op := "changed"
		switch {
		case before == nil:
			op = "added"
		case after == nil:
			op = "removed"
		}
		fs := compareFields(before, after)
		if op == "changed" && len(fs) == 0 {
			return
		}
		out = append(out, objectDiff{Kind: kind, Op: op, ID: id, Label: label, Fields: fs, order: order})
	}

	recs := map[string]snapRecord{}
	for _, r := range from.DNS {
		recs[r.ID] = r
	}
	seen := map[string]bool{}
	for _, r := range to.DNS {
		seen[r.ID] = true
		if b, ok := recs[r.ID]; ok {
			emit("dns_record", r.ID, snapLabel(b), 0, recordFields(b), recordFields(r))
		} else {
			emit("dns_record", r.ID, snapLabel(r), 0, nil, recordFields(r))
		}
	}
	for _, r := range from.DNS {
		if !seen[r.ID] {
			emit("dns_record", r.ID, snapLabel(r), 0, recordFields(r), nil)
		}
	}

	sets := map[string]snapRuleset{}
	for _, rs := range from.Rulesets {
		sets[rs.Phase] = rs
	}
	toSets := map[string]snapRuleset{}
	for _, rs := range to.Rulesets {
		toSets[rs.Phase] = rs
	}
	for _, phase := range snapshotPhases {
		b, hadB := sets[phase]
		a, hasA := toSets[phase]
		rsFields := func(rs snapRuleset) []diffField {
			return []diffField{diffStr("id", rs.ID, false), diffStr("name", rs.Name, false), diffInt("rules", len(rs.Rules))}
		}
		switch {
		case hadB && !hasA:
			emit("ruleset", b.ID, phase, 1, rsFields(b), nil)
		case !hadB && hasA:
			emit("ruleset", a.ID, phase, 1, nil, rsFields(a))
		case hadB && hasA && (a.ID != b.ID || a.Name != b.Name):
			emit("ruleset", a.ID, phase, 1, rsFields(b), rsFields(a))
		}
		before := map[string]int{}
		for i, r := range b.Rules {
			before[r.ID] = i
		}
		kept := map[string]bool{}
		for i, r := range a.Rules {
			kept[r.ID] = true
			label := phase + " rule " + strconv.Itoa(i+1)
			if j, ok := before[r.ID]; ok {
				emit("rule", r.ID, label, 2, ruleFields(b.Rules[j], j), ruleFields(r, i))
			} else {
				emit("rule", r.ID, label, 2, nil, ruleFields(r, i))
			}
		}
		for i, r := range b.Rules {
			if !kept[r.ID] {
				emit("rule", r.ID, phase+" rule "+strconv.Itoa(i+1), 2, ruleFields(r, i), nil)
			}
		}
	}

	settings := map[string]snapSetting{}
	for _, s := range from.Settings {
		settings[s.ID] = s
	}
	seenSet := map[string]bool{}
	for _, s := range to.Settings {
		seenSet[s.ID] = true
		if b, ok := settings[s.ID]; ok {
			emit("setting", s.ID, s.ID, 3, []diffField{diffRaw("value", b.Value)}, []diffField{diffRaw("value", s.Value)})
		} else {
			emit("setting", s.ID, s.ID, 3, nil, []diffField{diffRaw("value", s.Value)})
		}
	}
	for _, s := range from.Settings {
		if !seenSet[s.ID] {
			emit("setting", s.ID, s.ID, 3, []diffField{diffRaw("value", s.Value)}, nil)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].order != out[j].order {
			return out[i].order < out[j].order
		}
		if out[i].order == 2 {
			return false // rules stay in ruleset order
		}
		if out[i].Label != out[j].Label {
			return out[i].Label < out[j].Label
		}
		return out[i].ID < out[j].ID
	})
	return out
}
