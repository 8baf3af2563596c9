package cfsim

import (
	"net/http"
	"sort"
	"strings"
	"time"
)

// Seed constants: the demo account every non-empty simulator starts with.
const (
	SeedAccountID   = "bc03bf9d9a1ba9ab1e59704dcba1b204"
	SeedAccountName = "Demo Account"

	// SeedZoneMain is the production zone: Cloudflare Managed + OWASP Core
	// rulesets deployed, custom WAF rules with deliberate weaknesses, a
	// rate-limit rule, a healthy tunnel, firewall events.
	SeedZoneMain   = "example.com"
	SeedZoneMainID = "c39b9df90fde9d1627acdfa860ee7abf"
	// SeedZoneShop has no managed rulesets deployed and weak settings
	// (ssl flexible, min TLS 1.0, always_use_https off).
	SeedZoneShop   = "example.shop"
	SeedZoneShopID = "55ed1fee335d541506bd6051002d5de3"
	// SeedZoneDev is a pending zone with a handful of records.
	SeedZoneDev   = "example.dev"
	SeedZoneDevID = "6da59042bf63f84e1d27a6703e98a02a"

	// SeedTunnelHealthyID is "prod-app": healthy, two connectors, ingress
	// app.example.com which has a DNS record.
	SeedTunnelHealthyID   = "6dd4e806-79e3-5be5-a75a-b2399196c0b6"
	SeedTunnelHealthyName = "prod-app"
	// SeedTunnelOrphanID is "legacy-admin": its ingress hostname
	// admin-legacy.example.com has no DNS record.
	SeedTunnelOrphanID   = "a683c931-75f8-5891-8579-ebdfc689e301"
	SeedTunnelOrphanName = "legacy-admin"
	SeedOrphanHostname   = "admin-legacy.example.com"

	// SeedListOfficeID is the "office_ips" IP list, SeedListBlockedID "blocked_ips".
	SeedListOfficeID  = "1d865a9064268f392773d5f6123d1e61"
	SeedListBlockedID = "764a04bd8664fb203ef6387d70e6cc1c"

	// Entry point rulesets of the seeded zones.
	SeedMainCustomRulesetID    = "64a38120ee5f5dc1cde5f5ae3abaea54"
	SeedMainRatelimitRulesetID = "a5ee595d9a5d91e94cb52773b0e215cb"
	SeedMainManagedRulesetID   = "95f2ca39848854637d35bc45e08bd766"
	SeedShopCustomRulesetID    = "b3e90a16a7ed0305cbdef91c0a2528e0"

	// Cloudflare's managed rulesets (the IDs are the real API's).
	ManagedRulesetCloudflareID = "efb7b8c949ac4650a09736fc376e9aee"
	ManagedRulesetOWASPID      = "4814384a9e5d4991b9815dcfc25d2f1f"
)

// seedEpoch() is when the seeded objects were created (fixed, so output is deterministic).
func seedEpoch() time.Time { return time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC) }

type state struct {
	zones      []*zone
	rulesets   map[string]*ruleset // by id (zone, account and managed rulesets)
	lists      []*ipList
	bulkOps    map[string]*bulkOp
	tunnels    []*tunnel
	auditLogs  []auditLog
	fwEvents   []fwEvent
	httpGroups []httpSample
	// analyticsSeed, when set, is the end of the analytics seed still to be
	// generated (see ensureAnalytics).
	analyticsSeed *time.Time
}

func newState() *state {
	return &state{rulesets: map[string]*ruleset{}, bulkOps: map[string]*bulkOp{}}
}

type zone struct {
	ID          string
	Name        string
	Status      string
	Plan        string
	CreatedOn   time.Time
	ActivatedOn time.Time
	NameServers []string
	OriginalNS  []string
	records     []*record
	settings    map[string]*setting
}

func (st *state) zoneByID(id string) *zone {
	for _, z := range st.zones {
		if z.ID == id {
			return z
		}
	}
	return nil
}

func (st *state) zoneByName(name string) *zone {
	for _, z := range st.zones {
		if z.Name == name {
			return z
		}
	}
	return nil
}

// lookupZone resolves the {zone_id} path value. Caller holds s.mu.
func (s *Sim) lookupZone(r *http.Request) (*zone, error) {
	id := r.PathValue("zone_id")
	if !isHexID(id) {
		return nil, errf(400, 7003, "Could not route to %s, perhaps your object identifier is invalid?", strings.TrimPrefix(r.URL.Path, BasePath))
	}
	z := s.st.zoneByID(id)
	if z == nil {
		return nil, errf(404, 1001, "Invalid zone identifier")
	}
	return z, nil
}

func (s *Sim) zoneRoutes(route func(string, handlerFunc)) {
	route("GET /zones", s.zonesList)
	route("GET /zones/{zone_id}", s.zoneGet)
}

func ts(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z") }

func (z *zone) json() map[string]any {
	plan := map[string]any{
		"id": HexID("plan/" + z.Plan), "name": strings.ToUpper(z.Plan[:1]) + z.Plan[1:] + " Website", "price": 0,
		"currency": "USD", "frequency": "", "is_subscribed": true, "can_subscribe": false,
		"legacy_id": z.Plan, "legacy_discount": false, "externally_managed": false,
	}
	m := map[string]any{
		"id": z.ID, "name": z.Name, "status": z.Status, "paused": false, "type": "full",
		"development_mode":      0,
		"name_servers":          z.NameServers,
		"original_name_servers": z.OriginalNS,
		"original_registrar":    "example registrar, inc.",
		"original_dnshost":      nil,
		"created_on":            ts(z.CreatedOn),
		"modified_on":           ts(z.CreatedOn),
		"activated_on":          nil,
		"meta": map[string]any{
			"step": 2, "custom_certificate_quota": 0, "page_rule_quota": 3,
			"phishing_detected": false, "cdn_only": false, "dns_only": false, "foundation_dns": false,
		},
		"owner":               map[string]any{"id": SeedAccountID, "type": "organization", "name": SeedAccountName},
		"account":             map[string]any{"id": SeedAccountID, "name": SeedAccountName},
		"tenant":              map[string]any{"id": nil, "name": nil},
		"tenant_unit":         map[string]any{"id": nil},
		"permissions":         []string{"#zone:read", "#zone:edit", "#dns_records:read", "#dns_records:edit"},
		"plan":                plan,
		"vanity_name_servers": []string{},
	}
	if !z.ActivatedOn.IsZero() {
		m["activated_on"] = ts(z.ActivatedOn)
	}
	return m
}

// matchOp applies the zones-list name operators ("contains:", "starts_with:", …).
func matchOp(filter, value string) bool {
	op, arg, ok := strings.Cut(filter, ":")
	if !ok {
		return strings.EqualFold(filter, value)
	}
	lv, la := strings.ToLower(value), strings.ToLower(arg)
	switch op {
	case "equal":
		return lv == la
	case "not_equal":
		return lv != la
	case "starts_with":
		return strings.HasPrefix(lv, la)
	case "ends_with":
		return strings.HasSuffix(lv, la)
	case "contains":
		return strings.Contains(lv, la)
	case "starts_with_case_sensitive":
		return strings.HasPrefix(value, arg)
	case "ends_with_case_sensitive":
		return strings.HasSuffix(value, arg)
	case "contains_case_sensitive":
		return strings.Contains(value, arg)
	}
	return strings.EqualFold(filter, value)
}

func (s *Sim) zonesList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if st := q.Get("status"); st != "" {
		switch st {
		case "initializing", "pending", "active", "moved":
		default:
			return errf(400, 1004, "status must be one of initializing, pending, active, moved")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []map[string]any
	for _, z := range s.st.zones {
		if n := q.Get("name"); n != "" && !matchOp(n, z.Name) {
			continue
		}
		if st := q.Get("status"); st != "" && z.Status != st {
			continue
		}
		if a := q.Get("account.id"); a != "" && a != SeedAccountID {
			continue
		}
		if a := q.Get("account.name"); a != "" && !matchOp(a, SeedAccountName) {
			continue
		}
		out = append(out, z.json())
	}
	order := q.Get("order")
	desc := q.Get("direction") == "desc"
	if order != "" || desc {
		key := func(m map[string]any) string {
			switch order {
			case "status":
				return m["status"].(string)
			case "account.name":
				return SeedAccountName
			case "account.id":
				return SeedAccountID
			}
			return m["name"].(string)
		}
		sort.SliceStable(out, func(i, j int) bool {
			if desc {
				return key(out[i]) > key(out[j])
			}
			return key(out[i]) < key(out[j])
		})
	}
	page, info, err := paginate(out, r, 20, 50)
	if err != nil {
		return err
	}
	writeList(w, page, info)
	return nil
}

func (s *Sim) zoneGet(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	writeOK(w, z.json())
	return nil
}
