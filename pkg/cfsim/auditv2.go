package cfsim

import (
	"encoding/base64"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Audit logs v2 (GET /accounts/{id}/logs/audit, beta): the same entries as v1
// in the v2 shape, with cursor paging (result_info {count, cursor}). No
// OpenAPI spec available to the project describes it.

func (a *auditLog) jsonV2(zoneID string) map[string]any {
	result := "success"
	if !a.Result {
		result = "failure"
	}
	actorType := "user"
	switch a.ActorType {
	case "admin":
		actorType = "cloudflare_admin"
	case "Cloudflare":
		actorType = "system"
	}
	ctx := "dash"
	if a.Interface == "API" {
		ctx = "api_token"
	}
	m := map[string]any{
		"id":      a.ID,
		"account": map[string]any{"id": SeedAccountID, "name": SeedAccountName},
		"action":  map[string]any{"description": a.ActionType + " " + a.Resource, "result": result, "time": a.When.UTC().Format(time.RFC3339), "type": a.ActionType},
		"actor": map[string]any{"id": a.ActorID, "context": ctx, "email": a.ActorEmail, "ip_address": a.ActorIP,
			"token_id": "", "token_name": "", "type": actorType},
		"raw":      map[string]any{"cf_ray_id": HexID("ray/" + a.ID)[:16], "method": "", "status_code": 200, "uri": "", "user_agent": ""},
		"resource": map[string]any{"id": a.ResourceID, "product": a.Resource, "request": a.Metadata, "response": map[string]any{}, "scope": "accounts", "type": a.Resource},
		"zone":     map[string]any{"id": zoneID, "name": a.ZoneName},
	}
	if a.ZoneName != "" {
		m["resource"].(map[string]any)["scope"] = "zones"
	}
	return m
}

// auditListV2 needs since and before (dates or RFC 3339 times); filters are
// FIELD=value and FIELD.not=value (repeatable) for action_type, actor_email,
// actor_ip_address, resource_type and zone_name.
func (s *Sim) auditListV2(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	parse := func(k string) (time.Time, error) {
		v := q.Get(k)
		if v == "" {
			return time.Time{}, errf(400, 1004, "%s is required (a date such as 2026-01-15 or an RFC 3339 time)", k)
		}
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02"} {
			if t, err := time.Parse(layout, v); err == nil {
				return t, nil
			}
		}
		return time.Time{}, errf(400, 1004, "%s must be a date or an RFC 3339 time", k)
	}
	since, err := parse("since")
	if err != nil {
		return err
	}
	before, err := parse("before")
	if err != nil {
		return err
	}
	limit := 100
	if v := q.Get("limit"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f < 1 || f > 1000 {
			return errf(400, 1004, "limit must be between 1 and 1000")
		}
		limit = int(f)
	}
	start := 0
	if c := q.Get("cursor"); c != "" {
		b, err := base64.RawURLEncoding.DecodeString(c)
		n, err2 := strconv.Atoi(strings.TrimPrefix(string(b), "a:"))
		if err != nil || err2 != nil || !strings.HasPrefix(string(b), "a:") || n < 0 {
			return errf(400, 1004, "invalid cursor")
		}
		start = n
	}
	fields := map[string]func(*auditLog) string{
		"action_type":      func(a *auditLog) string { return a.ActionType },
		"actor_email":      func(a *auditLog) string { return a.ActorEmail },
		"actor_ip_address": func(a *auditLog) string { return a.ActorIP },
		"resource_type":    func(a *auditLog) string { return a.Resource },
		"zone_name":        func(a *auditLog) string { return a.ZoneName },
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkAccount(r); err != nil {
		return err
	}
	var logs []*auditLog
next:
	for i := range s.st.auditLogs {
		a := &s.st.auditLogs[i]
		if a.When.Before(since) || !a.When.Before(before) {
			continue
		}
		for k, get := range fields {
			if in := q[k]; len(in) > 0 && !contains(in, get(a)) {
				continue next
			}
			if out := q[k+".not"]; len(out) > 0 && contains(out, get(a)) {
				continue next
			}
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
	out := []map[string]any{}
	end := min(start+limit, len(logs))
	for i := start; i < end; i++ {
		zid := ""
		if z := s.st.zoneByName(logs[i].ZoneName); z != nil {
			zid = z.ID
		}
		out = append(out, logs[i].jsonV2(zid))
	}
	info := map[string]any{"count": len(out), "per_page": limit}
	if end < len(logs) {
		info["cursor"] = base64.RawURLEncoding.EncodeToString([]byte("a:" + strconv.Itoa(end)))
	}
	writeList(w, out, info)
	return nil
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
