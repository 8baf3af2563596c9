package plan

import (
	"encoding/json"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim"
)

// Normal work stays cheap under the default configuration: no approval.
func TestNormalWorkNeedsNoApproval(t *testing.T) {
	shop := Zone{ID: cfsim.SeedZoneShopID, Name: cfsim.SeedZoneShop}
	cases := []struct {
		name  string
		zone  Zone
		kinds []string
		build func(t *testing.T, f *fixture, s *Snapshot) []Op
	}{
		{"TXT create", mainZone, []string{KindDNS}, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{f.createOp(RecordValue{Type: "TXT", Name: "_verify", Content: "token-123"})}
		}},
		{"A create", mainZone, []string{KindDNS}, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{f.createOp(RecordValue{Type: "A", Name: "new", Content: "45.33.32.156"})}
		}},
		{"comment edit", mainZone, []string{KindDNS}, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			cur := f.recordByName(s, "A", "api.example.com")
			v, _ := DecodeRecord(cur.Value)
			v.Comment = "public API (v2)"
			op, err := UpdateRecordOp(mainZone.Name, cur, v)
			if err != nil {
				t.Fatal(err)
			}
			return []Op{op}
		}},
		{"retarget within the zone's addresses", mainZone, []string{KindDNS}, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{mustUpdate(t, f.recordByName(s, "A", "api.example.com"), RecordValue{Content: "203.0.113.99"})}
		}},
		{"enable a managed ruleset", shop, []string{KindManagedRule}, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{CreateRuleOp(KindManagedRule, RuleValue{Ref: "cf-managed", Position: 1, Action: "execute", Expression: "true", Enabled: true,
				ActionParameters: json.RawMessage(`{"id":"` + ManagedCloudflareID + `"}`)})}
		}},
		{"narrow block rule", mainZone, []string{KindCustomRule}, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{CreateRuleOp(KindCustomRule, RuleValue{Ref: "xmlrpc", Position: 1, Action: "block", Enabled: true, Expression: `http.request.uri.path eq "/xmlrpc.php"`})}
		}},
		{"narrow skip for the office list", mainZone, []string{KindCustomRule}, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			return []Op{CreateRuleOp(KindCustomRule, RuleValue{Ref: "office", Position: 9, Action: "skip", Enabled: true, Expression: `ip.src in $office_ips`,
				ActionParameters: json.RawMessage(`{"phases":["http_ratelimit"]}`)})}
		}},
		{"add an address to the blocked list", mainZone, []string{KindIPList}, func(t *testing.T, f *fixture, s *Snapshot) []Op {
			cur, _ := s.Get(KindIPList, cfsim.SeedListBlockedID)
			v, _ := DecodeList(cur.Value)
			v.Items = append(v.Items, ListItemValue{IP: "45.33.32.156", Comment: "scanner"})
			return []Op{UpdateListOp(cur, v)}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := attackFixture(t, nil)
			s, err := f.e.Read(f.ctx, c.zone, c.kinds...)
			if err != nil {
				t.Fatal(err)
			}
			p, err := f.e.Prepare(f.ctx, s, Request{Tool: "test", Action: "test", Ops: c.build(t, f, s)})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("NORMAL %s: risk %d approval %v effects %q", c.name, p.Plan.Risk.Score, p.Plan.Approval.Required, p.Plan.Effects)
			if p.Plan.Approval.Required || !p.Plan.InvariantsOK() {
				t.Errorf("needs approval or fails invariants: %+v %+v", p.Plan.Risk, p.Plan.Approval)
			}
		})
	}
}
