package wafcheck

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
)

// Size caps of inline inputs.
const (
	MaxInlineBytes   = 2 << 20 // ruleset JSON or Terraform HCL
	MaxRulesPerInput = 5000
	maxListItemsRead = 1000
	maxListsRead     = 50
	maxDNSRead       = 5000
)

// API is what a live analysis reads.
type API interface {
	cfclient.ZoneReader
	cfclient.RulesetReader
	cfclient.SettingsReader
	cfclient.DNSReader
	cfclient.ListReader
}

// ResolveZone finds a zone by 32-hex id or by name.
func ResolveZone(ctx context.Context, api cfclient.ZoneReader, zone string) (cfclient.Zone, error) {
	zone = strings.TrimSpace(zone)
	if zone == "" {
		return cfclient.Zone{}, fmt.Errorf("zone is empty; pass a zone name such as example.com or its 32-hex id")
	}
	if isHex32(zone) {
		z, err := api.GetZone(ctx, zone)
		if err != nil {
			return z, fmt.Errorf("reading zone %s failed: %v", zone, err)
		}
		return z, nil
	}
	p, err := api.ListZones(ctx, cfclient.ZoneFilter{Name: zone}, 0)
	if err != nil {
		return cfclient.Zone{}, fmt.Errorf("looking up zone %s failed: %v", zone, err)
	}
	for _, z := range p.Items {
		if strings.EqualFold(z.Name, zone) {
			return z, nil
		}
	}
	return cfclient.Zone{}, fmt.Errorf("zone %q not found; pass a zone name the token can see (zone_list lists them) or its 32-hex id", zone)
}

func isHex32(s string) bool {
	if len(s) != 32 {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// FromZone reads a zone's WAF configuration: the custom, rate limiting and
// managed phase entry points (and custom rulesets they execute), zone
// settings, DNS records and account lists with their items.
func FromZone(ctx context.Context, api API, z cfclient.Zone) (*Snapshot, error) {
	s := &Snapshot{Source: SourceZone, ZoneID: z.ID, ZoneName: z.Name, Plan: planName(z.Plan), ManagedNames: map[string]string{}}
	all, err := api.ListRulesets(ctx, z.ID)
	if err != nil {
		return nil, fmt.Errorf("listing rulesets of %s failed: %v", z.Name, err)
	}
	for _, rs := range all {
		if rs.Kind == "managed" {
			s.ManagedNames[rs.ID] = rs.Name
		}
	}
	for _, phase := range []string{PhaseCustom, PhaseRateLimit, PhaseManaged} {
		rs, err := api.GetPhaseEntrypoint(ctx, z.ID, phase)
		if errors.Is(err, cfclient.ErrNotFound) {
			s.addPhase(phase)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("reading the %s entry point of %s failed: %v", phase, z.Name, err)
		}
		if rs.Phase == "" {
			rs.Phase = phase
		}
		s.Rulesets = append(s.Rulesets, Ruleset{Ruleset: rs})
		s.addPhase(phase)
		// Custom rulesets executed from the custom phase entry point.
		if phase == PhaseCustom {
			for _, r := range rs.Rules {
				if r.Action != "execute" {
					continue
				}
				var ap struct {
					ID string `json:"id"`
				}
				_ = json.Unmarshal(r.ActionParameters, &ap)
				if ap.ID == "" || s.ManagedNames[ap.ID] != "" {
					continue
				}
				sub, err := api.GetRuleset(ctx, z.ID, ap.ID)
				if err != nil {
					return nil, fmt.Errorf("reading custom ruleset %s of %s failed: %v", ap.ID, z.Name, err)
				}
				if sub.Phase == "" {
					sub.Phase = PhaseCustom
				}
				s.Rulesets = append(s.Rulesets, Ruleset{Ruleset: sub})
			}
		}
	}
	settings, err := api.GetZoneSettings(ctx, z.ID)
	if err != nil {
		return nil, fmt.Errorf("reading the settings of %s failed: %v", z.Name, err)
	}
	s.Settings = map[string]json.RawMessage{}
	for _, st := range settings {
		s.Settings[st.ID] = normJSON(st.Value)
	}
	s.SettingsKnown = true
	dns, err := api.ListDNSRecords(ctx, z.ID, cfclient.DNSFilter{}, maxDNSRead)
	if err != nil {
		return nil, fmt.Errorf("listing the DNS records of %s failed: %v", z.Name, err)
	}
	s.DNS = dns.Items
	s.DNSKnown = !dns.Truncated
	lists, err := api.ListIPLists(ctx)
	if err != nil {
		return nil, fmt.Errorf("listing account lists failed: %v", err)
	}
	s.ListsKnown = len(lists) <= maxListsRead
	for i, l := range lists {
		if i >= maxListsRead {
			break
		}
		lst := List{IPList: l}
		if l.Kind == "ip" {
			items, err := api.ListListItems(ctx, l.ID, "", maxListItemsRead)
			if err != nil {
				return nil, fmt.Errorf("listing the items of list %s failed: %v", l.Name, err)
			}
			for _, it := range items.Items {
				lst.Items = append(lst.Items, it.IP)
			}
			lst.ItemsKnown = !items.Truncated
		}
		s.Lists = append(s.Lists, lst)
	}
	return s, nil
}

func planName(p cfclient.Ref) string {
	for _, cand := range []string{p.ID, p.Name} {
		c := strings.ToLower(cand)
		switch {
		case strings.Contains(c, "enterprise"):
			return "enterprise"
		case strings.Contains(c, "business"):
			return "business"
		case strings.Contains(c, "pro"):
			return "pro"
		case strings.Contains(c, "free"):
			return "free"
		}
	}
	return ""
}

func normJSON(raw json.RawMessage) json.RawMessage {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return raw
	}
	b, _ := json.Marshal(v)
	return b
}

// FromRulesetJSON reads a Cloudflare API ruleset object (as GET
// …/rulesets/{id} returns it, optionally inside the {"result": …}
// envelope) or a JSON array of them.
func FromRulesetJSON(data []byte, plan string) (*Snapshot, error) {
	if len(data) > MaxInlineBytes {
		return nil, fmt.Errorf("ruleset JSON is %d bytes; the limit is %d", len(data), MaxInlineBytes)
	}
	trim := bytes.TrimSpace(data)
	if len(trim) == 0 {
		return nil, fmt.Errorf("ruleset JSON is empty; pass a ruleset object {\"phase\":…,\"rules\":[…]} or an array of them")
	}
	var sets []cfclient.Ruleset
	switch trim[0] {
	case '[':
		if err := strictDecode(trim, &sets); err != nil {
			return nil, jsonErr(trim, err)
		}
	case '{':
		var env struct {
			Result json.RawMessage `json:"result"`
		}
		if json.Unmarshal(trim, &env) == nil && len(env.Result) > 0 {
			return FromRulesetJSON(env.Result, plan)
		}
		var one cfclient.Ruleset
		if err := strictDecode(trim, &one); err != nil {
			return nil, jsonErr(trim, err)
		}
		sets = []cfclient.Ruleset{one}
	default:
		return nil, fmt.Errorf("ruleset JSON must be an object or an array of objects; it starts with %q", string(trim[:1]))
	}
	if len(sets) == 0 {
		return nil, fmt.Errorf("ruleset JSON holds no rulesets; pass a ruleset object or a non-empty array of them")
	}
	s := &Snapshot{Source: SourceJSON, Plan: plan}
	n := 0
	for i, rs := range sets {
		if rs.Phase == "" {
			return nil, fmt.Errorf("ruleset %d has no phase; accepted phases include %s, %s and %s", i, PhaseCustom, PhaseRateLimit, PhaseManaged)
		}
		for j, r := range rs.Rules {
			if strings.TrimSpace(r.Action) == "" {
				return nil, fmt.Errorf("ruleset %d (%s) rule %d has no action", i, rs.Phase, j)
			}
		}
		n += len(rs.Rules)
		s.Rulesets = append(s.Rulesets, Ruleset{Ruleset: rs})
		s.addPhase(rs.Phase)
	}
	if n > MaxRulesPerInput {
		return nil, fmt.Errorf("the input holds %d rules; the limit is %d", n, MaxRulesPerInput)
	}
	return s, nil
}

func strictDecode(data []byte, dst any) error {
	// Unknown keys are tolerated (the API adds fields over time); the
	// structure must still match.
	return json.Unmarshal(data, dst)
}

func jsonErr(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := lineCol(data, int(se.Offset))
		return fmt.Errorf("ruleset JSON does not parse at line %d, column %d: %v", line, col, se)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		line, col := lineCol(data, int(te.Offset))
		return fmt.Errorf("ruleset JSON at line %d, column %d: %s is a JSON %s, expected %s", line, col, te.Field, te.Value, te.Type)
	}
	return fmt.Errorf("ruleset JSON: %v", err)
}

func lineCol(data []byte, off int) (int, int) {
	if off > len(data) {
		off = len(data)
	}
	line, col := 1, 1
	for _, c := range data[:off] {
		if c == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}
