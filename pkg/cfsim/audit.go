package cfsim

import (
	"net/http"
	"sort"
	"strconv"
	"time"
)

type auditLog struct {
	ID         string
	When       time.Time
	ActionType string
	Result     bool
	ActorID    string
	ActorEmail string
	ActorIP    string
	ActorType  string // user, admin, Cloudflare
	Interface  string // API, UI
	Resource   string
	ResourceID string
	ZoneName   string
	Metadata   map[string]any
	OldValue   string
	NewValue   string
}

func (a *auditLog) json() map[string]any {
	m := map[string]any{
		"id":        a.ID,
		"when":      a.When.UTC().Format(time.RFC3339),
		"action":    map[string]any{"type": a.ActionType, "result": a.Result},
		"actor":     map[string]any{"id": a.ActorID, "email": a.ActorEmail, "ip": a.ActorIP, "type": a.ActorType},
		"interface": a.Interface,
		"owner":     map[string]any{"id": SeedAccountID},
		"resource":  map[string]any{"id": a.ResourceID, "type": a.Resource},
		"metadata":  a.Metadata,
	}
	if a.Metadata == nil {
		m["metadata"] = map[string]any{}
	}
	if a.ZoneName != "" {
		md := m["metadata"].(map[string]any)
		md["zone_name"] = a.ZoneName
	}
	if a.OldValue != "" {
		m["oldValue"] = a.OldValue
	}
	if a.NewValue != "" {
		m["newValue"] = a.NewValue
	}
	return m
}

// APIActorEmail is the actor the simulator records for changes made through
// its API.
const APIActorEmail = "api-token@example.com"

// audit records a change made through the API. Caller holds s.mu.
func (s *Sim) audit(action, resource, resourceID, zoneName string, md map[string]any, oldV, newV string) {
	s.st.auditLogs = append(s.st.auditLogs, auditLog{
		ID: uuidFrom("audit/" + s.newID("audit")), When: s.Now(), ActionType: action, Result: true,
		ActorID: HexID("actor/api-token"), ActorEmail: APIActorEmail, ActorIP: "127.0.0.1", ActorType: "user",
		Interface: "API", Resource: resource, ResourceID: resourceID, ZoneName: zoneName, Metadata: md,
		OldValue: oldV, NewValue: newV,
	})
}

func (s *Sim) auditRoutes(route func(string, handlerFunc)) {
	route("GET /accounts/{account_id}/audit_logs", s.auditList)
	route("GET /accounts/{account_id}/logs/audit", s.auditListV2)
}

func (s *Sim) auditList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	parseT := func(k string) (time.Time, error) {
		v := q.Get(k)
		if v == "" {
			return time.Time{}, nil
		}
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02"} {
			if t, err := time.Parse(layout, v); err == nil {
				return t, nil
			}
		}
		return time.Time{}, errf(400, 1004, "%s must be an RFC 3339 timestamp or a date", k)
	}
	since, err := parseT("since")
	if err != nil {
		return err
	}
	before, err := parseT("before")
	if err != nil {
		return err
	}
	if d := q.Get("direction"); d != "" && d != "asc" && d != "desc" {
		return errf(400, 1004, "direction must be asc or desc")
	}
	if v := q.Get("per_page"); v != "" {
		if n, err := strconv.Atoi(v); err != nil || n < 1 || n > 1000 {
			return errf(400, 1004, "per_page must be between 1 and 1000")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkAccount(r); err != nil {
		return err
	}
	var logs []*auditLog
	for i := range s.st.auditLogs {
		a := &s.st.auditLogs[i]
		switch {
		case q.Get("id") != "" && q.Get("id") != a.ID,
			q.Get("action.type") != "" && q.Get("action.type") != a.ActionType,
			q.Get("actor.ip") != "" && q.Get("actor.ip") != a.ActorIP,
			q.Get("actor.email") != "" && q.Get("actor.email") != a.ActorEmail,
			q.Get("zone.name") != "" && q.Get("zone.name") != a.ZoneName,
			!since.IsZero() && a.When.Before(since),
			!before.IsZero() && !a.When.Before(before),
			q.Get("hide_user_logs") == "true" && a.ActorType == "user":
			continue
		}
		logs = append(logs, a)
	}
	asc := q.Get("direction") == "asc"
	sort.SliceStable(logs, func(i, j int) bool {
		if asc {
			return logs[i].When.Before(logs[j].When)
		}
		return logs[j].When.Before(logs[i].When)
	})
	page, info, err := paginate(logs, r, 100, 1000)
	if err != nil {
		return err
	}
	out := make([]map[string]any, 0, len(page))
	for _, a := range page {
		out = append(out, a.json())
	}
	writeList(w, out, info)
	return nil
}

func seedAuditLogs(s *Sim) {
	now := s.Now()
	type e struct {
		ago                           time.Duration
		action, resource, resID, zone string
		email, ip, iface, oldV, newV  string
		md                            map[string]any
	}
	day := 24 * time.Hour
	entries := []e{
		{13 * day, "add", "DNS_record", HexID("record/example.com/A/direct.example.com/198.51.100.7"), SeedZoneMain, "ops@example.com", "192.0.2.10", "UI", "", "", map[string]any{"name": "direct.example.com", "type": "A", "content": "198.51.100.7"}},
		{12 * day, "change_setting", "zone", SeedZoneShopID, SeedZoneShop, "dev@example.com", "203.0.113.99", "UI", "full", "flexible", map[string]any{"name": "ssl"}},
		{11 * day, "change_setting", "zone", SeedZoneShopID, SeedZoneShop, "dev@example.com", "203.0.113.99", "UI", "1.2", "1.0", map[string]any{"name": "min_tls_version"}},
		{9 * day, "rule_update", "ruleset", SeedMainCustomRulesetID, SeedZoneMain, "secops@example.com", "192.0.2.20", "API", "block", "log", map[string]any{"rule_id": SeedRuleLogOnlyID, "field": "action"}},
		{8 * day, "rule_add", "ruleset", SeedMainCustomRulesetID, SeedZoneMain, "contractor@partner.example.net", "198.18.7.7", "API", "", "skip", map[string]any{"rule_id": SeedRuleSpoofableSkipID}},
		{6 * day, "add", "DNS_record", HexID("record/example.com/CNAME/legacy.example.com/legacy-app.azurewebsites.net"), SeedZoneMain, "ops@example.com", "192.0.2.10", "UI", "", "", map[string]any{"name": "legacy.example.com", "type": "CNAME"}},
		{5 * day, "login", "user", HexID("user/secops"), "", "secops@example.com", "192.0.2.20", "UI", "", "", map[string]any{}},
		{4 * day, "token_create", "api_token", HexID("token/ci"), "", "secops@example.com", "192.0.2.20", "UI", "", "", map[string]any{"token_name": "ci-deploy", "permissions": "Zone:Edit, DNS:Edit"}},
		{3 * day, "items_add", "rules_list", SeedListBlockedID, "", "secops@example.com", "192.0.2.20", "API", "", "203.0.113.66", map[string]any{"list_name": "blocked_ips"}},
		{2 * day, "update", "cfd_tunnel_configuration", SeedTunnelHealthyID, "", "ops@example.com", "192.0.2.10", "API", "6", "7", map[string]any{"tunnel_name": SeedTunnelHealthyName}},
		{30 * time.Hour, "delete", "DNS_record", HexID("record/example.com/A/old.example.com"), SeedZoneMain, "contractor@partner.example.net", "198.18.7.7", "API", "", "", map[string]any{"name": "old.example.com", "type": "A"}},
		{20 * time.Hour, "login", "user", HexID("user/contractor"), "", "contractor@partner.example.net", "185.220.101.4", "UI", "", "", map[string]any{"note": "new country"}},
		{6 * time.Hour, "purge_everything", "zone", SeedZoneMainID, SeedZoneMain, "dev@example.com", "203.0.113.99", "UI", "", "", map[string]any{}},
	}
	for _, x := range entries {
		actor := "user"
		if x.email == "" {
			actor = "Cloudflare"
		}
		s.st.auditLogs = append(s.st.auditLogs, auditLog{
			ID: uuidFrom("audit/seed/" + x.action + "/" + x.resID + x.ago.String()), When: now.Add(-x.ago).Truncate(time.Second),
			ActionType: x.action, Result: true, ActorID: HexID("actor/" + x.email), ActorEmail: x.email, ActorIP: x.ip,
			ActorType: actor, Interface: x.iface, Resource: x.resource, ResourceID: x.resID, ZoneName: x.zone,
			Metadata: x.md, OldValue: x.oldV, NewValue: x.newV,
		})
	}
}
