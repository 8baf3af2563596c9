package safe

import (
	"context"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/validate"
)

// SettingsReadArgs are the arguments of the read-only zone_settings_manage.
type SettingsReadArgs struct {
	Zone   string `json:"zone" jsonschema:"zone name or 32-hex zone id"`
	Action string `json:"action" jsonschema:"get"`
}

// SettingsArgs are zone_settings_manage's arguments.
type SettingsArgs struct {
	Zone     string            `json:"zone" jsonschema:"zone name or 32-hex zone id"`
	Action   string            `json:"action" jsonschema:"get or set"`
	Settings map[string]string `json:"settings,omitempty" jsonschema:"set: id→value: ssl off|flexible|full|strict, min_tls_version 1.0–1.3, security_level off…under_attack, tls_1_3 on|off|zrt, always_use_https|browser_check|automatic_https_rewrites|opportunistic_encryption on|off"`
}

// SettingView is one zone setting.
type SettingView struct {
	ID         string `json:"id"`
	Value      string `json:"value"`
	Editable   bool   `json:"editable"`
	ModifiedOn string `json:"modified_on,omitempty"`
}

// SettingsResult is zone_settings_manage's result.
type SettingsResult struct {
	Action   string `json:"action"`
	Zone     string `json:"zone"`
	Settings any    `json:"settings,omitempty"`
	Plan     any    `json:"plan,omitempty"`
}

func zoneSettingsManage(d *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return mcpkit.NewTool("zone_settings_manage",
		"Security settings of a zone: get, or set (returns a plan; nothing changes until change_apply).",
		mcpkit.PlanHints,
		func(ctx context.Context, a SettingsArgs) (SettingsResult, error) {
			return settingsManage(ctx, d, eng, a, true)
		})
}

func zoneSettingsRead(d *cli.Deps) mcpkit.Tool {
	return mcpkit.NewTool("zone_settings_manage",
		"Security settings of a zone (read-only server): get.",
		mcpkit.ReadHints,
		func(ctx context.Context, a SettingsReadArgs) (SettingsResult, error) {
			return settingsManage(ctx, d, nil, SettingsArgs{Zone: a.Zone, Action: a.Action}, false)
		})
}

func settingsManage(ctx context.Context, d *cli.Deps, eng *plan.Engine, a SettingsArgs, writes bool) (SettingsResult, error) {
	accepted := []string{"get"}
	if writes {
		accepted = append(accepted, "set")
	}
	if err := validate.Enum("action", a.Action, accepted...); err != nil {
		if !writes && a.Action == "set" {
			return SettingsResult{}, mcpkit.Errorf("action set changes the zone and this server is read-only (writes disabled or --read-only); accepted: get")
		}
		return SettingsResult{}, mcpkit.Errorf("%v", err)
	}
	switch {
	case a.Action == "get" && len(a.Settings) > 0:
		return SettingsResult{}, mcpkit.Errorf("action get does not take settings; it takes: zone, action")
	case a.Action == "set" && len(a.Settings) == 0:
		return SettingsResult{}, mcpkit.Errorf("action set needs settings, e.g. {\"ssl\": \"strict\"}; ids: %s", strings.Join(validate.ZoneSettingIDs, ", "))
	}
	ids := make([]string, 0, len(a.Settings))
	for id := range a.Settings {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if err := validate.ZoneSetting("settings."+id, id, a.Settings[id]); err != nil {
			return SettingsResult{}, mcpkit.Errorf("%v", err)
		}
		if a.Settings[id] == "" {
			return SettingsResult{}, mcpkit.Errorf("settings.%s: the value is empty; accepted: %s", id, strings.Join(validate.ZoneSettings[id], ", "))
		}
	}
	z, err := zoneFor(ctx, d, a.Zone)
	if err != nil {
		return SettingsResult{}, err
	}
	res := SettingsResult{Action: a.Action, Zone: z.Name}
	if a.Action == "get" {
		all, err := d.Client.GetZoneSettings(ctx, z.ID)
		if err != nil {
			return res, toolErr("reading the zone settings", err)
		}
		views := []SettingView{}
		for _, s := range all {
			if _, managed := validate.ZoneSettings[s.ID]; managed {
				views = append(views, SettingView{ID: s.ID, Value: s.StringValue(), Editable: s.Editable, ModifiedOn: s.ModifiedOn})
			}
		}
		sort.Slice(views, func(i, j int) bool { return views[i].ID < views[j].ID })
		res.Settings = views
		return res, nil
	}
	live, err := eng.Read(ctx, z, plan.KindSetting)
	if err != nil {
		return res, toolErr("reading the zone settings", err)
	}
	var ops []plan.Op
	var notes []string
	for _, id := range ids {
		cur, ok := live.Get(plan.KindSetting, id)
		if !ok {
			return res, mcpkit.Errorf("zone %s does not report setting %s", z.Name, id)
		}
		if plan.SettingString(cur.Value) == a.Settings[id] {
			notes = append(notes, id+" is already "+a.Settings[id])
			continue
		}
		ops = append(ops, plan.SetSettingOp(cur, a.Settings[id]))
	}
	if len(ops) == 0 {
		return res, mcpkit.Errorf("nothing to change: %s", strings.Join(notes, "; "))
	}
	p, err := eng.Prepare(ctx, live, plan.Request{Tool: "zone_settings_manage", Action: "set", Ops: ops, Gate: gateOf(ctx), Notes: notes})
	if err != nil {
		return res, toolErr("planning", err)
	}
	res.Plan = planView(p)
	return res, nil
}
