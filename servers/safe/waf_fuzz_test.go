package safe

import (
	"encoding/json"
	"testing"

	"github.com/cfplane/cfplane/pkg/plan"
)

// FuzzWAFArgs drives the argument checks of waf_rule_configure and the
// decoding of rule and item arguments: any input is accepted or refused
// with a tool error saying what is accepted — never a panic or an internal
// error.
func FuzzWAFArgs(f *testing.F) {
	f.Add("create", "custom", "", `{"action":"block","expression":"true"}`, 0, "", `["192.0.2.1"]`)
	f.Add("update", "ip_list", "0123456789abcdef0123456789abcdef", "", 0, "add", `[{"ip":"2001:db8::1","comment":"x"}]`)
	f.Add("reorder", "rate_limit", "0123456789ABCDEF0123456789abcdef", "", -1, "", "")
	f.Add("delete", "ip_list", "x", `{"then":1}`, 3, "merge", `[1,2]`)
	f.Add("update", "managed", "", `{"action_parameters":null,"logging":{"enabled":false}}`, 99999, "", "")
	f.Fuzz(func(t *testing.T, action, kind, id, rule string, position int, mode, items string) {
		a := WAFArgs{Zone: "example.com", Action: action, Kind: kind, Position: position, Mode: mode}
		if kind == "ip_list" {
			a.ListID = id
		} else {
			a.RuleID = id
		}
		if rule != "" {
			_ = json.Unmarshal([]byte(rule), &a.Rule)
		}
		if items != "" {
			_ = json.Unmarshal([]byte(items), &a.Items)
		}
		if err := checkWAFArgs(a); err != nil {
			mustBeToolError(t, err)
			return
		}
		if a.Rule != nil {
			var r ruleArg
			if err := decodeArg("rule", a.Rule, &r, ruleAccepted); err != nil {
				mustBeToolError(t, err)
			} else {
				v := plan.RuleValue{Ref: "r", Position: 1}
				mergeRule(&v, r)
				if _, err := plan.DecodeRule(plan.RuleJSON(v)); err != nil {
					t.Fatalf("a merged rule does not round-trip: %v", err)
				}
			}
		}
		for _, raw := range a.Items {
			var it itemArg
			if s, ok := raw.(string); ok {
				it.IP = s
			} else if err := decodeArg("items[0]", raw, &it, "an item"); err != nil {
				mustBeToolError(t, err)
				continue
			}
			if ip, err := plan.NormalizeListIP(it.IP); err == nil {
				if again, err := plan.NormalizeListIP(ip); err != nil || again != ip {
					t.Fatalf("normalising %q is not stable: %q then %q (%v)", it.IP, ip, again, err)
				}
			}
		}
	})
}
