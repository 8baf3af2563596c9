package plan

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/policy"
	"github.com/cfplane/cfplane/pkg/validate"
)

// KindSetting is the kind of zone setting objects.
const KindSetting = "zone_setting"

// SettingsClient is what the settings executor needs of cfclient.
type SettingsClient interface {
	GetZoneSettings(ctx context.Context, zoneID string) ([]cfclient.ZoneSetting, error)
	EditZoneSetting(ctx context.Context, zoneID, settingID string, value any) (cfclient.ZoneSetting, error)
}

var _ SettingsClient = (*cfclient.Client)(nil)

// Settings executes zone setting changes (one PATCH per setting; the API has
// no batch for them).
type Settings struct {
	Client SettingsClient
}

var _ Executor = (*Settings)(nil)

// Kind implements Executor.
func (x *Settings) Kind() string { return KindSetting }

// Read returns the settings cfplane manages (validate.ZoneSettingIDs).
func (x *Settings) Read(ctx context.Context, zoneID string) ([]Object, error) {
	all, err := x.Client.GetZoneSettings(ctx, zoneID)
	if err != nil {
		return nil, err
	}
	var out []Object
	for _, s := range all {
		if _, managed := validate.ZoneSettings[s.ID]; !managed {
			continue
		}
		o, err := x.Object(s.ID, canonJSON(s.Value))
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// Object implements Executor.
func (x *Settings) Object(id string, value json.RawMessage) (Object, error) {
	return Object{Kind: KindSetting, ID: id, Identity: id, Slot: id, Label: "setting " + id, Value: canonJSON(value)}, nil
}

// Execute implements Executor.
func (x *Settings) Execute(ctx context.Context, zoneID string, ops []Op) error {
	for _, op := range ops {
		if op.Action != ActionUpdate {
			return fmt.Errorf("zone_setting op %q is not supported; settings are only set", op.Action)
		}
		if _, err := x.Client.EditZoneSetting(ctx, zoneID, op.ID, json.RawMessage(op.After)); err != nil {
			return fmt.Errorf("setting %s: %w", op.ID, err)
		}
	}
	return nil
}

// weaker ranks values per setting from weakest to strongest; a change to a
// lower rank weakens the zone.
var weaker = map[string][]string{
	"ssl":                      {"off", "flexible", "full", "strict"},
	"min_tls_version":          {"1.0", "1.1", "1.2", "1.3"},
	"always_use_https":         {"off", "on"},
	"security_level":           {"off", "essentially_off", "low", "medium", "high", "under_attack"},
	"browser_check":            {"off", "on"},
	"tls_1_3":                  {"off", "on", "zrt"},
	"automatic_https_rewrites": {"off", "on"},
	"opportunistic_encryption": {"off", "on"},
}

func rank(id, v string) int {
	for i, x := range weaker[id] {
		if x == v {
			return i
		}
	}
	return -1
}

// SettingString decodes a setting value that is a JSON string.
func SettingString(b json.RawMessage) string {
	var s string
	if json.Unmarshal(b, &s) != nil {
		return string(b)
	}
	return s
}

// Assess implements Executor: weakening a security setting weighs most.
func (x *Settings) Assess(zone Zone, op Op, protected []string) (int, []string, []string) {
	from, to := SettingString(op.Before), SettingString(op.After)
	if rank(op.ID, to) < rank(op.ID, from) {
		return 35, []string{fmt.Sprintf("weakens %s: %s → %s", op.ID, from, to)}, nil
	}
	return 10, nil, nil
}

// Policy implements Executor.
func (x *Settings) Policy(objs []Object, st *policy.State) {
	if st.Settings == nil {
		st.Settings = map[string]string{}
	}
	for _, o := range objs {
		st.Settings[o.ID] = SettingString(o.Value)
	}
}

// SetSettingOp plans setting the live setting cur to value.
func SetSettingOp(cur Object, value string) Op {
	after, _ := json.Marshal(value)
	return Op{Kind: KindSetting, Action: ActionUpdate, Object: "zone_setting " + cur.ID, ID: cur.ID, Identity: cur.ID,
		Before: cur.Value, After: after}
}
