package safe

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/plan"
)

func TestOpLineTypedValues(t *testing.T) {
	pri := 10
	before, _ := json.Marshal(plan.RecordValue{Type: "MX", Name: "example.com", Content: "mail.example.com", TTL: 3600, Priority: &pri})
	after, _ := json.Marshal(plan.RecordValue{Type: "MX", Name: "example.com", Content: "mx1.example.net", TTL: 300, Priority: &pri, Proxied: false})
	got := opLine(plan.Op{Kind: plan.KindDNS, Action: plan.ActionUpdate, Object: "anything", Before: before, After: after})
	want := `update MX example.com → mail.example.com (pri 10): content "mail.example.com" → "mx1.example.net", ttl 3600 → 300`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	got = opLine(plan.Op{Kind: plan.KindDNS, Action: plan.ActionCreate, Before: json.RawMessage("null"), After: after})
	if got != "create MX example.com → mx1.example.net (pri 10)" {
		t.Errorf("create: %s", got)
	}
	rb, _ := json.Marshal(map[string]any{"action": "block", "enabled": true, "expression": "ip.src eq 192.0.2.1"})
	ra, _ := json.Marshal(map[string]any{"action": "block", "enabled": false, "expression": "ip.src eq 192.0.2.1"})
	got = opLine(plan.Op{Kind: plan.KindCustomRule, Action: plan.ActionUpdate, Object: `custom_rule "office" (id 1)`, Before: rb, After: ra})
	if got != `update custom_rule "office" (id 1): enabled true → false` {
		t.Errorf("rule: %s", got)
	}
}

// A plan names a record as every other result does, in a text rendering
// beside the structured result.
func TestPlanAndListingText(t *testing.T) {
	e := newEnv(t, writesOn, nil)
	var mx dnsOut
	e.call("dns_record_manage", map[string]any{"zone": "example.com", "action": "list", "filter": map[string]any{"type": "MX", "content": "mail.example.com"}}, "", &mx)
	if len(mx.Records) != 1 {
		t.Fatalf("MX records: %+v", mx.Records)
	}
	var out struct {
		Plan struct {
			PlanID string   `json:"plan_id"`
			Text   []string `json:"text"`
			Diff   []DiffItem
		}
	}
	e.call("dns_record_manage", map[string]any{"zone": "example.com", "action": "update", "record_id": mx.Records[0].ID, "record": map[string]any{"ttl": 300}}, "", &out)
	label := "MX example.com → mail.example.com (pri 10)"
	n := len(out.Plan.Text)
	if n < 2 || out.Plan.Text[0] != "update "+label+": ttl 3600 → 300" || !strings.HasPrefix(out.Plan.Text[n-1], "risk ") {
		t.Fatalf("plan text: %q", out.Plan.Text)
	}
	for _, l := range out.Plan.Text[1 : n-1] {
		if !strings.HasPrefix(l, "effect: ") {
			t.Errorf("between the operations and the risk only effects: %q", l)
		}
	}
	if !strings.HasPrefix(out.Plan.Diff[0].Object, label+" (id ") {
		t.Errorf("diff object %q does not use the label %q", out.Plan.Diff[0].Object, label)
	}

}
