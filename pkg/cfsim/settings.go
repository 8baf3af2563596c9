package cfsim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"time"
)

type setting struct {
	Value      any
	Editable   bool
	ModifiedOn time.Time
}

func settingJSON(id string, st *setting) map[string]any {
	m := map[string]any{"id": id, "value": st.Value, "editable": st.Editable}
	if !st.ModifiedOn.IsZero() {
		m["modified_on"] = ts(st.ModifiedOn)
	} else {
		m["modified_on"] = nil
	}
	return m
}

var onOff = []string{"on", "off"}

// settingValues returns, per setting the simulator validates, the accepted
// string values; nil means the value is an object or number checked by
// validateSetting.
func settingValues(id string) (allowed []string, known bool) {
	switch id {
	case "ssl":
		return []string{"off", "flexible", "full", "strict"}, true
	case "min_tls_version":
		return []string{"1.0", "1.1", "1.2", "1.3"}, true
	case "always_use_https":
		return onOff, true
	case "security_level":
		return []string{"off", "essentially_off", "low", "medium", "high", "under_attack"}, true
	case "browser_check":
		return onOff, true
	case "tls_1_3":
		return []string{"on", "off", "zrt"}, true
	case "automatic_https_rewrites":
		return onOff, true
	case "opportunistic_encryption":
		return onOff, true
	case "always_online":
		return onOff, true
	case "brotli":
		return onOff, true
	case "http3":
		return onOff, true
	case "ipv6":
		return onOff, true
	case "websockets":
		return onOff, true
	case "email_obfuscation":
		return onOff, true
	case "hotlink_protection":
		return onOff, true
	case "development_mode":
		return onOff, true
	case "0rtt":
		return onOff, true
	case "cache_level":
		return []string{"aggressive", "basic", "simplified"}, true
	case "security_header":
		return nil, true
	case "challenge_ttl":
		return nil, true
	case "browser_cache_ttl":
		return nil, true
	}
	return nil, false
}

func settingInvalid(id string, format string, args ...any) *httpError {
	he := errf(400, 1007, "Invalid value for zone setting %s", id)
	he.errs[0].ErrorChain = []apiError{{Code: 1007, Message: sprintf(format, args...)}}
	return he
}

func validateSetting(id string, v any) (any, error) {
	allowed, known := settingValues(id)
	if !known {
		return nil, errf(400, 1006, "Unrecognized zone setting name: %s", id)
	}
	if allowed != nil {
		s, ok := v.(string)
		if !ok {
			return nil, settingInvalid(id, "value must be one of %v", allowed)
		}
		for _, a := range allowed {
			if a == s {
				return s, nil
			}
		}
		return nil, settingInvalid(id, "value must be one of %v", allowed)
	}
	switch id {
	case "challenge_ttl":
		n, ok := numField(v)
		valid := map[float64]bool{300: true, 900: true, 1800: true, 2700: true, 3600: true, 7200: true, 10800: true, 14400: true, 28800: true, 57600: true, 86400: true, 604800: true, 2592000: true, 31536000: true}
		if !ok || !valid[n] {
			return nil, settingInvalid(id, "value must be one of 300, 900, 1800, 2700, 3600, 7200, 10800, 14400, 28800, 57600, 86400, 604800, 2592000, 31536000")
		}
		return int(n), nil
	case "browser_cache_ttl":
		n, ok := numField(v)
		if !ok || n < 0 || n > 31536000 || n != float64(int(n)) {
			return nil, settingInvalid(id, "value must be 0 (respect existing headers) to 31536000 seconds")
		}
		return int(n), nil
	case "security_header":
		m, ok := v.(map[string]any)
		if !ok {
			return nil, settingInvalid(id, "value must be {\"strict_transport_security\": {…}}")
		}
		hsts, ok := m["strict_transport_security"].(map[string]any)
		if !ok || len(m) != 1 {
			return nil, settingInvalid(id, "value must hold exactly strict_transport_security")
		}
		out := map[string]any{}
		for k, x := range hsts {
			switch k {
			case "enabled", "include_subdomains", "preload", "nosniff":
				b, ok := x.(bool)
				if !ok {
					return nil, settingInvalid(id, "strict_transport_security.%s must be a boolean", k)
				}
				out[k] = b
			case "max_age":
				n, ok := numField(x)
				if !ok || n < 0 || n > 31536000 || n != float64(int(n)) {
					return nil, settingInvalid(id, "strict_transport_security.max_age must be 0 to 31536000 seconds")
				}
				out[k] = int(n)
			default:
				return nil, settingInvalid(id, "unknown field strict_transport_security.%s", k)
			}
		}
		if out["preload"] == true && (out["include_subdomains"] != true || toInt(out["max_age"]) < 31536000) {
			return nil, settingInvalid(id, "preload requires include_subdomains and max_age of at least 31536000")
		}
		return map[string]any{"strict_transport_security": out}, nil
	}
	return v, nil
}

func toInt(v any) int {
	n, _ := numField(v)
	if i, ok := v.(int); ok {
		return i
	}
	return int(n)
}

func (s *Sim) settingRoutes(route func(string, handlerFunc)) {
	route("GET /zones/{zone_id}/settings", s.settingsGetAll)
	route("PATCH /zones/{zone_id}/settings", s.settingsPatchAll)
	route("GET /zones/{zone_id}/settings/{setting_id}", s.settingGet)
	route("PATCH /zones/{zone_id}/settings/{setting_id}", s.settingPatch)
}

func (z *zone) settingsJSON() []map[string]any {
	ids := make([]string, 0, len(z.settings))
	for id := range z.settings {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]map[string]any, 0, len(ids))
	for _, id := range ids {
		out = append(out, settingJSON(id, z.settings[id]))
	}
	return out
}

func (s *Sim) settingsGetAll(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	writeOK(w, z.settingsJSON())
	return nil
}

func (s *Sim) settingGet(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	id := r.PathValue("setting_id")
	st := z.settings[id]
	if st == nil {
		return errf(400, 1006, "Unrecognized zone setting name: %s", id)
	}
	writeOK(w, settingJSON(id, st))
	return nil
}

// settingPatch takes {"value": …} (cloudflare-go also sends "id"; it must
// match the path when present).
func (s *Sim) settingPatch(w http.ResponseWriter, r *http.Request) error {
	var in map[string]json.RawMessage
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	id := r.PathValue("setting_id")
	var v any
	raw, ok := in["value"]
	if !ok {
		return settingInvalid(id, "value is required")
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return settingInvalid(id, "value is malformed")
	}
	if rawID, ok := in["id"]; ok {
		var bodyID string
		if json.Unmarshal(rawID, &bodyID) != nil || bodyID != id {
			return errf(400, 1007, "body id %s does not match the setting in the path (%s)", string(rawID), id)
		}
	}
	val, err := validateSetting(id, v)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	st := z.settings[id]
	if st == nil {
		return errf(400, 1006, "Unrecognized zone setting name: %s", id)
	}
	if !st.Editable {
		return errf(400, 1008, "Zone setting %s is not editable on this plan", id)
	}
	old := st.Value
	st.Value, st.ModifiedOn = val, s.Now()
	s.audit("change_setting", "zone", z.ID, z.Name, map[string]any{"name": id}, valueString(old), valueString(val))
	writeOK(w, settingJSON(id, st))
	return nil
}

// settingsPatchAll applies [{"id","value"}…] (the spec's form; the older
// {"items": […]} form is accepted too) all or nothing.
func (s *Sim) settingsPatchAll(w http.ResponseWriter, r *http.Request) error {
	type item struct {
		ID    string `json:"id"`
		Value any    `json:"value"`
	}
	var in struct {
		Items []item `json:"items"`
	}
	var raw json.RawMessage
	if err := decodeBody(r, &raw); err != nil {
		return err
	}
	if t := bytesTrimSpace(raw); len(t) > 0 && t[0] == '[' {
		if err := json.Unmarshal(raw, &in.Items); err != nil {
			return errf(400, 6007, "Malformed JSON in request body: %v", err)
		}
	} else if err := json.Unmarshal(raw, &in); err != nil {
		return errf(400, 6007, "Malformed JSON in request body: %v", err)
	}
	if len(in.Items) == 0 {
		return errf(400, 1007, "items must list at least one {id, value}")
	}
	vals := map[string]any{}
	for _, it := range in.Items {
		v, err := validateSetting(it.ID, normJSON(it.Value))
		if err != nil {
			return err
		}
		vals[it.ID] = v
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	for id := range vals {
		if st := z.settings[id]; st == nil || !st.Editable {
			return errf(400, 1008, "Zone setting %s is not editable on this plan", id)
		}
	}
	now := s.Now()
	var out []map[string]any
	for _, it := range in.Items {
		st := z.settings[it.ID]
		s.audit("change_setting", "zone", z.ID, z.Name, map[string]any{"name": it.ID}, valueString(st.Value), valueString(vals[it.ID]))
		st.Value, st.ModifiedOn = vals[it.ID], now
		out = append(out, settingJSON(it.ID, st))
	}
	writeOK(w, out)
	return nil
}

func normJSON(v any) any {
	b, _ := json.Marshal(v)
	var out any
	_ = json.Unmarshal(b, &out)
	return out
}

func seedSettings(s *Sim) {
	base := map[string]any{
		"ssl": "full", "min_tls_version": "1.0", "always_use_https": "off", "security_level": "medium",
		"browser_check": "on", "tls_1_3": "on", "automatic_https_rewrites": "on", "opportunistic_encryption": "on",
		"always_online": "off", "brotli": "on", "http3": "on", "ipv6": "on", "websockets": "on",
		"email_obfuscation": "on", "hotlink_protection": "off", "development_mode": "off", "0rtt": "off",
		"cache_level": "aggressive", "challenge_ttl": 1800, "browser_cache_ttl": 14400,
		"security_header": map[string]any{"strict_transport_security": map[string]any{
			"enabled": false, "max_age": 0, "include_subdomains": false, "preload": false, "nosniff": false}},
	}
	per := map[string]map[string]any{
		SeedZoneMainID: {
			"ssl": "strict", "min_tls_version": "1.2", "always_use_https": "on", "tls_1_3": "zrt",
			"security_header": map[string]any{"strict_transport_security": map[string]any{
				"enabled": true, "max_age": 31536000, "include_subdomains": true, "preload": true, "nosniff": true}},
		},
		SeedZoneShopID: {
			"ssl": "flexible", "min_tls_version": "1.0", "always_use_https": "off", "security_level": "essentially_off",
			"browser_check": "off", "tls_1_3": "off", "automatic_https_rewrites": "off", "opportunistic_encryption": "off",
		},
	}
	for _, z := range s.st.zones {
		z.settings = map[string]*setting{}
		for id, v := range base {
			if o, ok := per[z.ID][id]; ok {
				v = o
			}
			z.settings[id] = &setting{Value: cloneAny(v), Editable: true, ModifiedOn: z.CreatedOn}
		}
		if z.Plan == "free" {
			z.settings["0rtt"].Editable = false
		}
	}
}

func cloneAny(v any) any {
	if m, ok := v.(map[string]any); ok {
		return cloneMap(m)
	}
	return v
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func bytesTrimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\n' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}

func valueString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}
