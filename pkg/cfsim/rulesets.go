package cfsim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
)

type ruleset struct {
	ID          string
	Name        string
	Description string
	Kind        string // zone, root, custom, managed
	Phase       string
	Owner       string // zone id, "account", or "" for Cloudflare's managed rulesets
	Version     int
	LastUpdated time.Time
	Rules       []*rule
}

type rule struct {
	ID          string
	Version     int
	LastUpdated time.Time
	Ref         string
	// Fields holds the rule as the API shows it, minus id, version,
	// last_updated and ref: action, expression, description, enabled,
	// action_parameters, ratelimit, logging, categories, …
	Fields map[string]any
}

func (r *rule) json() map[string]any {
	m := cloneMap(r.Fields)
	if m == nil {
		m = map[string]any{}
	}
	m["id"] = r.ID
	m["version"] = strconv.Itoa(r.Version)
	m["last_updated"] = ts(r.LastUpdated)
	m["ref"] = r.Ref
	if _, ok := m["enabled"]; !ok {
		m["enabled"] = true
	}
	if _, ok := m["description"]; !ok {
		m["description"] = ""
	}
	return m
}

func (rs *ruleset) json(withRules bool) map[string]any {
	m := map[string]any{
		"id": rs.ID, "name": rs.Name, "description": rs.Description, "kind": rs.Kind,
		"phase": rs.Phase, "version": strconv.Itoa(rs.Version), "last_updated": ts(rs.LastUpdated),
	}
	if withRules {
		rules := make([]map[string]any, 0, len(rs.Rules))
		for _, r := range rs.Rules {
			rules = append(rules, r.json())
		}
		m["rules"] = rules
	}
	return m
}

// phaseActions returns the actions allowed in phase, and whether the
// simulator accepts the phase's entry point at all.
func phaseActions(phase string) ([]string, bool) {
	switch phase {
	case "http_request_firewall_custom":
		return []string{"block", "challenge", "js_challenge", "managed_challenge", "log", "skip"}, true
	case "http_ratelimit":
		return []string{"block", "challenge", "js_challenge", "managed_challenge", "log"}, true
	case "http_request_firewall_managed":
		return []string{"execute", "skip", "log"}, true
	}
	return nil, false
}

// rulesetErr is a rulesets error: 10003 with 404 for anything not found (the
// API's answer for a phase without an entry point), 20200 otherwise.
func rulesetErr(status int, pointer, format string, args ...any) *httpError {
	code := 20200
	if status == http.StatusNotFound {
		code = 10003
	}
	e := apiError{Code: code, Message: fmt.Sprintf(format, args...)}
	he := &httpError{status: status, errs: []apiError{e}}
	if pointer != "" {
		he.pointer = pointer
	}
	return he
}

func (s *Sim) rulesetRoutes(route func(string, handlerFunc)) {
	for _, scope := range []string{"/zones/{zone_id}", "/accounts/{account_id}"} {
		route("GET "+scope+"/rulesets", s.rulesetsList)
		route("GET "+scope+"/rulesets/{ruleset_id}", s.rulesetGet)
		route("GET "+scope+"/rulesets/phases/{phase}/entrypoint", s.entrypointGet)
		route("PUT "+scope+"/rulesets/phases/{phase}/entrypoint", s.entrypointPut)
		route("POST "+scope+"/rulesets/{ruleset_id}/rules", s.ruleCreate)
		route("PATCH "+scope+"/rulesets/{ruleset_id}/rules/{rule_id}", s.ruleEdit)
		route("DELETE "+scope+"/rulesets/{ruleset_id}/rules/{rule_id}", s.ruleDelete)
	}
}

// rulesetOwner resolves the zone or account in the path. Caller holds s.mu.
func (s *Sim) rulesetOwner(r *http.Request) (string, error) {
	if r.PathValue("zone_id") != "" {
		z, err := s.lookupZone(r)
		if err != nil {
			return "", err
		}
		return z.ID, nil
	}
	if err := checkAccount(r); err != nil {
		return "", err
	}
	return "account", nil
}

// visible reports whether rs can be read from owner: its own rulesets and
// Cloudflare's managed ones.
func (rs *ruleset) visible(owner string) bool { return rs.Owner == owner || rs.Owner == "" }

func (s *Sim) sortedRulesets() []*ruleset {
	out := make([]*ruleset, 0, len(s.st.rulesets))
	for _, rs := range s.st.rulesets {
		out = append(out, rs)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Owner != out[j].Owner {
			return out[i].Owner > out[j].Owner // own rulesets before managed ones
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func (s *Sim) rulesetsList(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	owner, err := s.rulesetOwner(r)
	if err != nil {
		return err
	}
	out := []map[string]any{}
	for _, rs := range s.sortedRulesets() {
		if rs.visible(owner) {
			out = append(out, rs.json(false))
		}
	}
	writeOK(w, out)
	return nil
}

func (s *Sim) findRuleset(r *http.Request, owner string) (*ruleset, error) {
	id := r.PathValue("ruleset_id")
	if !isHexID(id) {
		return nil, rulesetErr(400, "", "invalid ruleset ID %q", id)
	}
	rs := s.st.rulesets[id]
	if rs == nil || !rs.visible(owner) {
		return nil, rulesetErr(404, "", "could not find ruleset %s", id)
	}
	return rs, nil
}

func (s *Sim) rulesetGet(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	owner, err := s.rulesetOwner(r)
	if err != nil {
		return err
	}
	rs, err := s.findRuleset(r, owner)
	if err != nil {
		return err
	}
	writeOK(w, rs.json(true))
	return nil
}

func (s *Sim) entrypoint(owner, phase string) *ruleset {
	for _, rs := range s.st.rulesets {
		if rs.Owner == owner && rs.Phase == phase && (rs.Kind == "zone" || rs.Kind == "root") {
			return rs
		}
	}
	return nil
}

func checkPhase(phase string) error {
	if _, ok := phaseActions(phase); ok {
		return nil
	}
	known := false
	for _, p := range allPhases {
		if p == phase {
			known = true
		}
	}
	if !known {
		return rulesetErr(400, "", "unknown phase %q", phase)
	}
	return rulesetErr(400, "", "the simulator serves entry points only for http_request_firewall_custom, http_ratelimit and http_request_firewall_managed, not %s", phase)
}

var allPhases = []string{"ddos_l4", "ddos_l7", "http_config_settings", "http_custom_errors", "http_log_custom_fields", "http_ratelimit", "http_request_cache_settings", "http_request_dynamic_redirect", "http_request_firewall_custom", "http_request_firewall_managed", "http_request_late_transform", "http_request_origin", "http_request_redirect", "http_request_sanitize", "http_request_sbfm", "http_request_select_configuration", "http_request_transform", "http_response_compression", "http_response_firewall_managed", "http_response_headers_transform", "magic_transit", "magic_transit_ids_managed", "magic_transit_managed"}

func (s *Sim) entrypointGet(w http.ResponseWriter, r *http.Request) error {
	phase := r.PathValue("phase")
	if err := checkPhase(phase); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	owner, err := s.rulesetOwner(r)
	if err != nil {
		return err
	}
	rs := s.entrypoint(owner, phase)
	if rs == nil {
		return rulesetErr(404, "", "could not find entrypoint ruleset in the '%s' phase", phase)
	}
	writeOK(w, rs.json(true))
	return nil
}

func (s *Sim) entrypointPut(w http.ResponseWriter, r *http.Request) error {
	phase := r.PathValue("phase")
	if err := checkPhase(phase); err != nil {
		return err
	}
	var in struct {
		Name        *string          `json:"name"`
		Description *string          `json:"description"`
		Rules       []map[string]any `json:"rules"`
	}
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	owner, err := s.rulesetOwner(r)
	if err != nil {
		return err
	}
	now := s.Now()
	rs := s.entrypoint(owner, phase)
	if rs == nil {
		kind := "zone"
		if owner == "account" {
			kind = "root"
		}
		rs = &ruleset{ID: s.newID("ruleset"), Name: "default", Kind: kind, Phase: phase, Owner: owner}
	}
	old := map[string]*rule{}
	for _, ru := range rs.Rules {
		old[ru.ID] = ru
	}
	var rules []*rule
	seen := map[string]bool{}
	for i, in := range in.Rules {
		f, err := s.ruleFields(in, phase, fmt.Sprintf("/rules/%d", i))
		if err != nil {
			return err
		}
		id, _ := in["id"].(string)
		ru := &rule{Fields: f, LastUpdated: now, Version: 1}
		if id != "" {
			if seen[id] {
				return rulesetErr(400, fmt.Sprintf("/rules/%d/id", i), "duplicate rule ID %s", id)
			}
			prev := old[id]
			if prev == nil {
				return rulesetErr(400, fmt.Sprintf("/rules/%d/id", i), "could not find rule %s in the ruleset", id)
			}
			ru.ID, ru.Ref = id, prev.Ref
			ru.Version, ru.LastUpdated = prev.Version, prev.LastUpdated
			if !sameJSON(prev.Fields, f) {
				ru.Version, ru.LastUpdated = prev.Version+1, now
			}
		} else {
			ru.ID = s.newID("rule")
			ru.Ref = ru.ID
		}
		if ref, _ := in["ref"].(string); ref != "" {
			ru.Ref = ref
		}
		seen[ru.ID] = true
		rules = append(rules, ru)
	}
	if in.Name != nil && *in.Name != "" {
		rs.Name = *in.Name
	}
	if in.Description != nil {
		rs.Description = *in.Description
	}
	rs.Rules = rules
	rs.Version++
	rs.LastUpdated = now
	s.st.rulesets[rs.ID] = rs
	s.audit("ruleset_update", "ruleset", rs.ID, s.zoneName(owner), map[string]any{"phase": phase, "rules": len(rules), "version": rs.Version}, "", "")
	writeOK(w, rs.json(true))
	return nil
}

func sameJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// ruleFields validates a rule as sent and returns its stored fields.
func (s *Sim) ruleFields(in map[string]any, phase, ptr string) (map[string]any, error) {
	f := map[string]any{}
	for k, v := range in {
		switch k {
		case "id", "version", "last_updated", "ref", "position":
		default:
			f[k] = v
		}
	}
	action, _ := f["action"].(string)
	if action == "" {
		return nil, rulesetErr(400, ptr+"/action", "rule action is required")
	}
	allowed, _ := phaseActions(phase)
	ok := false
	for _, a := range allowed {
		ok = ok || a == action
	}
	if !ok {
		return nil, rulesetErr(400, ptr+"/action", "action %q is not allowed in phase %s (allowed: %s)", action, phase, strings.Join(allowed, ", "))
	}
	expr, _ := f["expression"].(string)
	if err := checkExpression(expr); err != nil {
		return nil, rulesetErr(400, ptr+"/expression", "filter parsing error: %v", err)
	}
	if v, ok := f["enabled"]; ok {
		if _, isBool := v.(bool); !isBool {
			return nil, rulesetErr(400, ptr+"/enabled", "enabled must be a boolean")
		}
	} else {
		f["enabled"] = true
	}
	ap, _ := f["action_parameters"].(map[string]any)
	switch action {
	case "execute":
		id, _ := ap["id"].(string)
		rs := s.st.rulesets[id]
		if rs == nil || rs.Kind != "managed" {
			return nil, rulesetErr(400, ptr+"/action_parameters/id", "execute needs the ID of a managed ruleset, got %q", id)
		}
	case "skip":
		if len(ap) == 0 {
			return nil, rulesetErr(400, ptr+"/action_parameters", "skip needs action_parameters (ruleset, phases, products or rules)")
		}
	}
	// logging exists only on skip rules: the API answers 20018 for any
	// other action, and a skip rule created without it logs by default.
	if lg, has := f["logging"]; has && lg != nil {
		if action != "skip" {
			return nil, &httpError{status: 400, pointer: ptr + "/logging",
				errs: []apiError{{Code: 20018, Message: "logging options are only allowed in the skip action"}}}
		}
		m, isMap := lg.(map[string]any)
		if _, isBool := m["enabled"].(bool); !isMap || !isBool {
			return nil, rulesetErr(400, ptr+"/logging", "logging must be an object with a boolean enabled")
		}
	} else if action == "skip" {
		f["logging"] = map[string]any{"enabled": true}
	} else {
		delete(f, "logging")
	}
	if ecc, has := f["exposed_credential_check"]; has && ecc != nil {
		m, _ := ecc.(map[string]any)
		u, _ := m["username_expression"].(string)
		pw, _ := m["password_expression"].(string)
		if u == "" || pw == "" || len(m) != 2 {
			return nil, rulesetErr(400, ptr+"/exposed_credential_check", "exposed_credential_check needs exactly username_expression and password_expression (non-empty strings)")
		}
	}
	if phase == "http_ratelimit" {
		rl, _ := f["ratelimit"].(map[string]any)
		if rl == nil {
			return nil, rulesetErr(400, ptr+"/ratelimit", "rate limiting rules need a ratelimit object")
		}
		period, ok := numField(rl["period"])
		valid := map[float64]bool{10: true, 60: true, 120: true, 300: true, 600: true, 3600: true}
		if !ok || !valid[period] {
			return nil, rulesetErr(400, ptr+"/ratelimit/period", "period must be one of 10, 60, 120, 300, 600, 3600")
		}
		if _, ok := numField(rl["requests_per_period"]); !ok {
			if _, ok := numField(rl["score_per_period"]); !ok {
				return nil, rulesetErr(400, ptr+"/ratelimit/requests_per_period", "requests_per_period or score_per_period is required")
			}
		}
		if ch, _ := rl["characteristics"].([]any); len(ch) == 0 {
			return nil, rulesetErr(400, ptr+"/ratelimit/characteristics", "characteristics are required (e.g. [\"cf.colo.id\", \"ip.src\"])")
		}
		// Server defaults the API fills in when a rule omits them.
		if _, ok := rl["requests_to_origin"]; !ok {
			rl["requests_to_origin"] = false
		}
		if _, ok := rl["mitigation_timeout"]; !ok {
			rl["mitigation_timeout"] = 0
		}
	}
	return cloneMap(f), nil
}

// checkExpression does the structural checks the simulator can make without a
// full Rules-language parser: non-empty, at most 4096 bytes, balanced
// parentheses, brackets, braces and quotes.
func checkExpression(expr string) error {
	if strings.TrimSpace(expr) == "" {
		return fmt.Errorf("expression is required")
	}
	if len(expr) > 4096 {
		return fmt.Errorf("expression is longer than 4096 bytes")
	}
	var stack []rune
	inQ, esc := false, false
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, c := range expr {
		if inQ {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inQ = false
			}
			continue
		}
		switch c {
		case '"':
			inQ = true
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[c] {
				return fmt.Errorf("unbalanced %q", c)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if inQ {
		return fmt.Errorf("unterminated string")
	}
	if len(stack) > 0 {
		return fmt.Errorf("unclosed %q", stack[len(stack)-1])
	}
	return nil
}

// ownRuleset finds a ruleset the caller may change. Caller holds s.mu.
func (s *Sim) ownRuleset(r *http.Request) (*ruleset, error) {
	owner, err := s.rulesetOwner(r)
	if err != nil {
		return nil, err
	}
	rs, err := s.findRuleset(r, owner)
	if err != nil {
		return nil, err
	}
	if rs.Owner != owner {
		return nil, rulesetErr(403, "", "managed rulesets cannot be changed; deploy them with an execute rule instead")
	}
	return rs, nil
}

// insertAt places ru according to a position object ({before}, {after}, {index}).
func insertAt(rules []*rule, ru *rule, pos map[string]any) ([]*rule, error) {
	idx := len(rules)
	if pos != nil {
		if b, ok := pos["before"].(string); ok {
			idx = 0
			if b != "" {
				idx = findRule(rules, b)
				if idx < 0 {
					return nil, rulesetErr(400, "/position/before", "could not find rule %s", b)
				}
			}
		} else if a, ok := pos["after"].(string); ok {
			idx = len(rules)
			if a != "" {
				i := findRule(rules, a)
				if i < 0 {
					return nil, rulesetErr(400, "/position/after", "could not find rule %s", a)
				}
				idx = i + 1
			}
		} else if n, ok := numField(pos["index"]); ok {
			idx = int(n) - 1 // 1-based
			if idx < 0 || idx > len(rules) {
				return nil, rulesetErr(400, "/position/index", "index must be between 1 and %d", len(rules)+1)
			}
		}
	}
	out := append([]*rule{}, rules[:idx]...)
	out = append(out, ru)
	return append(out, rules[idx:]...), nil
}

func findRule(rules []*rule, id string) int {
	for i, r := range rules {
		if r.ID == id {
			return i
		}
	}
	return -1
}

func (s *Sim) ruleCreate(w http.ResponseWriter, r *http.Request) error {
	var in map[string]any
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rs, err := s.ownRuleset(r)
	if err != nil {
		return err
	}
	f, err := s.ruleFields(in, rs.Phase, "")
	if err != nil {
		return err
	}
	now := s.Now()
	ru := &rule{ID: s.newID("rule"), Version: 1, LastUpdated: now, Fields: f}
	ru.Ref = ru.ID
	if ref, _ := in["ref"].(string); ref != "" {
		ru.Ref = ref
	}
	pos, _ := in["position"].(map[string]any)
	rules, err := insertAt(rs.Rules, ru, pos)
	if err != nil {
		return err
	}
	rs.Rules = rules
	rs.Version++
	rs.LastUpdated = now
	s.audit("rule_add", "ruleset", rs.ID, s.zoneName(rs.Owner), map[string]any{"rule_id": ru.ID, "phase": rs.Phase}, "", "")
	writeOK(w, rs.json(true))
	return nil
}

func (s *Sim) ruleEdit(w http.ResponseWriter, r *http.Request) error {
	var in map[string]any
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rs, err := s.ownRuleset(r)
	if err != nil {
		return err
	}
	i := findRule(rs.Rules, r.PathValue("rule_id"))
	if i < 0 {
		return rulesetErr(404, "", "could not find rule %s in ruleset %s", r.PathValue("rule_id"), rs.ID)
	}
	prev := rs.Rules[i]
	// PATCH replaces the rule definition: the body is the whole new rule
	// ("you must include all the rule fields"), not a merge. A body with
	// only a position moves the rule without changing it.
	f := prev.Fields
	if !positionOnly(in) {
		if f, err = s.ruleFields(in, rs.Phase, ""); err != nil {
			return err
		}
	}
	now := s.Now()
	ru := &rule{ID: prev.ID, Ref: prev.Ref, Version: prev.Version + 1, LastUpdated: now, Fields: f}
	if ref, _ := in["ref"].(string); ref != "" {
		ru.Ref = ref
	}
	rules := append(append([]*rule{}, rs.Rules[:i]...), rs.Rules[i+1:]...)
	pos, _ := in["position"].(map[string]any)
	if pos == nil {
		rules, _ = insertAt(rules, ru, map[string]any{"index": float64(i + 1)})
	} else if rules, err = insertAt(rules, ru, pos); err != nil {
		return err
	}
	rs.Rules = rules
	rs.Version++
	rs.LastUpdated = now
	s.audit("rule_update", "ruleset", rs.ID, s.zoneName(rs.Owner), map[string]any{"rule_id": ru.ID, "phase": rs.Phase}, "", "")
	writeOK(w, rs.json(true))
	return nil
}

// positionOnly reports whether a rule PATCH body carries nothing but a
// position (and the read-only identity fields).
func positionOnly(in map[string]any) bool {
	if _, ok := in["position"]; !ok {
		return false
	}
	for k := range in {
		switch k {
		case "position", "id", "version", "last_updated", "ref":
		default:
			return false
		}
	}
	return true
}

func (s *Sim) ruleDelete(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	rs, err := s.ownRuleset(r)
	if err != nil {
		return err
	}
	i := findRule(rs.Rules, r.PathValue("rule_id"))
	if i < 0 {
		return rulesetErr(404, "", "could not find rule %s in ruleset %s", r.PathValue("rule_id"), rs.ID)
	}
	s.audit("rule_delete", "ruleset", rs.ID, s.zoneName(rs.Owner), map[string]any{"rule_id": rs.Rules[i].ID, "phase": rs.Phase}, "", "")
	rs.Rules = append(append([]*rule{}, rs.Rules[:i]...), rs.Rules[i+1:]...)
	rs.Version++
	rs.LastUpdated = s.Now()
	writeOK(w, rs.json(true))
	return nil
}

// zoneName returns the name of the zone with the given id ("" for accounts).
func (s *Sim) zoneName(id string) string {
	if z := s.st.zoneByID(id); z != nil {
		return z.Name
	}
	return ""
}
