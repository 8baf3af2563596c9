package safe

import (
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim"
)

func TestZoneSettingsManageSchema(t *testing.T) {
	def := zoneSettingsManage(nil, nil).Def
	if a := def.Annotations; *a.ReadOnlyHint || *a.DestructiveHint || !*a.OpenWorldHint {
		t.Errorf("hints = %+v", a)
	}
	if !strings.Contains(string(def.RawInputSchema), `"required":["zone","action"]`) {
		t.Errorf("schema: %s", def.RawInputSchema)
	}
	if ro := zoneSettingsRead(nil).Def; !*ro.Annotations.ReadOnlyHint || strings.Contains(string(ro.RawInputSchema), `"settings"`) {
		t.Errorf("read variant: %+v %s", ro.Annotations, ro.RawInputSchema)
	}
}

type settingsOut struct {
	Settings []SettingView
	Plan     *planOut
}

func TestZoneSettings(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	var out settingsOut
	e.call("zone_settings_manage", map[string]any{"zone": "example.shop", "action": "get"}, "", &out)
	got := map[string]string{}
	for _, s := range out.Settings {
		got[s.ID] = s.Value
	}
	if len(got) != 8 || got["ssl"] != "flexible" || got["min_tls_version"] != "1.0" {
		t.Fatalf("get: %v", got)
	}
	shop := cfsim.SeedZoneShopID
	e.call("zone_settings_manage", map[string]any{"zone": "example.shop", "action": "set", "settings": map[string]any{"ssl": "strict", "min_tls_version": "1.2", "always_use_https": "on"}}, "", &out)
	if out.Plan == nil || len(out.Plan.Diff) != 3 {
		t.Fatalf("plan: %+v", out.Plan)
	}
	r := e.apply(out.Plan.PlanID, "")
	if r.Status != "applied" || r.Readback.Matched != 3 {
		t.Fatalf("%+v", r)
	}
	e.call("zone_settings_manage", map[string]any{"zone": "example.shop", "action": "get"}, "", &out)
	for _, s := range out.Settings {
		got[s.ID] = s.Value
	}
	if got["ssl"] != "strict" || got["min_tls_version"] != "1.2" || got["always_use_https"] != "on" {
		t.Fatalf("after apply: %v", got)
	}
	// Undo.
	var rb struct{ Plan *planOut }
	e.call("change_rollback", map[string]any{"change_id": r.ChangeID}, "", &rb)
	// The undo restores weak settings: invariants fail, so a person approves.
	if !rb.Plan.ApprovalRequired || !strings.Contains(strings.Join(rb.Plan.ApprovalReasons, "|"), "fails invariants ssl_not_weak, min_tls_12") {
		t.Fatalf("rollback plan: %+v", rb.Plan)
	}
	e.call("change_apply", map[string]any{"plan_id": rb.Plan.PlanID}, "needs an approval", nil)
	_, cliOut, _ := runCLI(t, "approve", rb.Plan.PlanID, "--key", e.key, "--config", writeConfig(t, e, ""))
	if rr := e.apply(rb.Plan.PlanID, approvalCode(t, cliOut)); rr.Status != "applied" {
		t.Fatalf("%+v", rr)
	}
	e.call("zone_settings_manage", map[string]any{"zone": shop, "action": "get"}, "", &out)
	for _, s := range out.Settings {
		got[s.ID] = s.Value
	}
	if got["ssl"] != "flexible" || got["min_tls_version"] != "1.0" {
		t.Fatalf("after rollback: %v", got)
	}
}

func TestZoneSettingsRejections(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	before := e.state(mainID)
	for _, c := range []struct {
		args map[string]any
		want string
	}{
		{map[string]any{"zone": "example.com", "action": "toggle"}, `action: "toggle" is not a valid value; accepted: get, set`},
		{map[string]any{"zone": "example.com", "action": "set"}, "action set needs settings"},
		{map[string]any{"zone": "example.com", "action": "get", "settings": map[string]any{"ssl": "full"}}, "action get does not take settings"},
		{map[string]any{"zone": "example.com", "action": "set", "settings": map[string]any{"brotli": "on"}}, "is not a zone setting cfplane manages; accepted: ssl, min_tls_version"},
		{map[string]any{"zone": "example.com", "action": "set", "settings": map[string]any{"ssl": "max"}}, "settings.ssl.value"},
		{map[string]any{"zone": "example.com", "action": "set", "settings": map[string]any{"ssl": "strict"}}, "nothing to change: ssl is already strict"},
		{map[string]any{"zone": "example.com", "action": "set", "settings": map[string]any{"ssl": 1}}, "ssl"},
		{map[string]any{"zone": "example.org", "action": "get"}, "not a zone this server may use"},
	} {
		e.call("zone_settings_manage", c.args, c.want, nil)
	}
	// A weakening plan: shown with its failing invariant, refused at apply.
	var out settingsOut
	e.call("zone_settings_manage", map[string]any{"zone": "example.com", "action": "set", "settings": map[string]any{"ssl": "flexible", "min_tls_version": "1.0"}}, "", &out)
	bad := map[string]bool{}
	for _, inv := range out.Plan.Invariants {
		if !inv.OK {
			bad[inv.ID] = true
		}
	}
	if !bad["ssl_not_weak"] || !bad["min_tls_12"] || !strings.Contains(strings.Join(out.Plan.Risk.Reasons, "|"), "weakens ssl: strict → flexible") {
		t.Fatalf("plan: %+v", out.Plan)
	}
	e.call("change_apply", map[string]any{"plan_id": out.Plan.PlanID}, "invariants do not hold: ssl_not_weak, min_tls_12", nil)
	if e.state(mainID) != before {
		t.Fatal("a rejected call changed the zone")
	}
}
