package cfclient

import "encoding/json"

// Page is the result of an auto-paging call: the items collected (at most
// the cap), the total the API reported (0 when unknown) and whether more
// items exist beyond the cap.
type Page[T any] struct {
	Items     []T  `json:"items"`
	Total     int  `json:"total,omitempty"`
	Truncated bool `json:"truncated"`
}

// Ref is an id with a name (account, plan, owner).
type Ref struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
}

// Zone is a Cloudflare zone.
type Zone struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Status      string   `json:"status,omitempty"`
	Paused      bool     `json:"paused,omitempty"`
	Type        string   `json:"type,omitempty"`
	NameServers []string `json:"name_servers,omitempty"`
	Account     Ref      `json:"account"`
	Plan        Ref      `json:"plan"`
	CreatedOn   string   `json:"created_on,omitempty"`
	ModifiedOn  string   `json:"modified_on,omitempty"`
}

// ZoneFilter narrows ListZones. Empty fields do not filter.
type ZoneFilter struct {
	Name      string // exact zone name
	Status    string // e.g. active, pending
	AccountID string
}

// DNSRecord is a DNS record as Cloudflare returns it.
type DNSRecord struct {
	ID        string          `json:"id"`
	ZoneID    string          `json:"zone_id,omitempty"`
	ZoneName  string          `json:"zone_name,omitempty"`
	Name      string          `json:"name"`
	Type      string          `json:"type"`
	Content   string          `json:"content,omitempty"`
	TTL       int             `json:"ttl"`
	Proxied   bool            `json:"proxied"`
	Proxiable bool            `json:"proxiable,omitempty"`
	Priority  *int            `json:"priority,omitempty"`
	Comment   string          `json:"comment,omitempty"`
	Tags      []string        `json:"tags,omitempty"`
	Data      json.RawMessage `json:"data,omitempty"`
	Settings  json.RawMessage `json:"settings,omitempty"`
	// Meta is Cloudflare's extra information (auto_added, source,
	// read_only); see ReadOnly.
	Meta       json.RawMessage `json:"meta,omitempty"`
	CreatedOn  string          `json:"created_on,omitempty"`
	ModifiedOn string          `json:"modified_on,omitempty"`
	// Extra holds the fields this type does not model, raw.
	Extra Extra `json:"-"`
}

type dnsRecordFields DNSRecord

// UnmarshalJSON keeps unmodelled fields in Extra.
func (r *DNSRecord) UnmarshalJSON(b []byte) error {
	var f dnsRecordFields
	extra, err := unmarshalExtra(b, &f)
	if err != nil {
		return err
	}
	*r = DNSRecord(f)
	r.Extra = extra
	return nil
}

// MarshalJSON writes Extra beside the modelled fields.
func (r DNSRecord) MarshalJSON() ([]byte, error) { return marshalExtra(dnsRecordFields(r), r.Extra) }

// ReadOnly reports meta.read_only: the record is managed by another
// Cloudflare product (e.g. Email Routing) and cannot be changed through
// the DNS records API.
func (r DNSRecord) ReadOnly() bool {
	var m struct {
		ReadOnly bool `json:"read_only"`
	}
	_ = json.Unmarshal(r.Meta, &m)
	return m.ReadOnly
}

// DNSRecordInput is the body of a create (POST), overwrite (PUT) or edit
// (PATCH). For PATCH only the fields set are sent.
type DNSRecordInput struct {
	Type     string          `json:"type,omitempty"`
	Name     string          `json:"name,omitempty"`
	Content  string          `json:"content,omitempty"`
	TTL      int             `json:"ttl,omitempty"`
	Proxied  *bool           `json:"proxied,omitempty"`
	Priority *int            `json:"priority,omitempty"`
	Comment  *string         `json:"comment,omitempty"`
	Tags     []string        `json:"tags,omitempty"`
	Data     json.RawMessage `json:"data,omitempty"`
	Settings json.RawMessage `json:"settings,omitempty"`
	// Extra fields are sent as given, beside the modelled ones.
	Extra Extra `json:"-"`
}

type dnsInputFields DNSRecordInput

// MarshalJSON writes Extra beside the modelled fields.
func (in DNSRecordInput) MarshalJSON() ([]byte, error) {
	return marshalExtra(dnsInputFields(in), in.Extra)
}

// DNSFilter narrows ListDNSRecords. Empty fields do not filter; Name and
// Content match exactly.
type DNSFilter struct {
	Type    string
	Name    string
	Content string
	Proxied *bool
}

// DNSBatch is one all-or-nothing batch: deletes, then patches, then puts,
// then posts, as Cloudflare applies them.
type DNSBatch struct {
	Deletes []DNSBatchID     `json:"deletes,omitempty"`
	Patches []DNSBatchRecord `json:"patches,omitempty"`
	Puts    []DNSBatchRecord `json:"puts,omitempty"`
	Posts   []DNSRecordInput `json:"posts,omitempty"`
}

// DNSBatchID names a record to delete in a batch.
type DNSBatchID struct {
	ID string `json:"id"`
}

// DNSBatchRecord is a record change in a batch, addressed by ID.
type DNSBatchRecord struct {
	ID string `json:"id"`
	DNSRecordInput
}

// MarshalJSON flattens the embedded input next to the id.
func (r DNSBatchRecord) MarshalJSON() ([]byte, error) {
	b, err := json.Marshal(r.DNSRecordInput)
	if err != nil {
		return nil, err
	}
	id, _ := json.Marshal(r.ID)
	if string(b) == "{}" {
		return []byte(`{"id":` + string(id) + `}`), nil
	}
	return append([]byte(`{"id":`+string(id)+`,`), b[1:]...), nil
}

// DNSBatchResult is what a batch did, in the same groups.
type DNSBatchResult struct {
	Deletes []DNSRecord `json:"deletes"`
	Patches []DNSRecord `json:"patches"`
	Puts    []DNSRecord `json:"puts"`
	Posts   []DNSRecord `json:"posts"`
}

// DNSImportResult is the outcome of a BIND import.
type DNSImportResult struct {
	RecsAdded int `json:"recs_added"`
	TotalRecs int `json:"total_records_parsed"`
}

// Ruleset is a Cloudflare ruleset (rules are present on Get, not on List).
type Ruleset struct {
	ID          string `json:"id"`
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"`
	Kind        string `json:"kind,omitempty"`
	Phase       string `json:"phase,omitempty"`
	Version     string `json:"version,omitempty"`
	LastUpdated string `json:"last_updated,omitempty"`
	Rules       []Rule `json:"rules,omitempty"`
}

// Rule is one rule of a ruleset. Fields whose shape varies by action stay
// raw JSON.
type Rule struct {
	ID               string          `json:"id,omitempty"`
	Version          string          `json:"version,omitempty"`
	Action           string          `json:"action"`
	Expression       string          `json:"expression"`
	Description      string          `json:"description,omitempty"`
	Enabled          *bool           `json:"enabled,omitempty"`
	Ref              string          `json:"ref,omitempty"`
	ActionParameters json.RawMessage `json:"action_parameters,omitempty"`
	RateLimit        json.RawMessage `json:"ratelimit,omitempty"`
	Logging          json.RawMessage `json:"logging,omitempty"`
	// ExposedCredentialCheck is {username_expression, password_expression}.
	ExposedCredentialCheck json.RawMessage `json:"exposed_credential_check,omitempty"`
	LastUpdated            string          `json:"last_updated,omitempty"`
	Categories             []string        `json:"categories,omitempty"`
	// Extra holds the fields this type does not model, raw; they are sent
	// back with the rule (a rule PATCH replaces the whole definition).
	Extra Extra `json:"-"`
}

type ruleFields Rule

// UnmarshalJSON keeps unmodelled fields in Extra.
func (r *Rule) UnmarshalJSON(b []byte) error {
	var f ruleFields
	extra, err := unmarshalExtra(b, &f)
	if err != nil {
		return err
	}
	*r = Rule(f)
	r.Extra = extra
	return nil
}

// MarshalJSON writes Extra beside the modelled fields.
func (r Rule) MarshalJSON() ([]byte, error) { return marshalExtra(ruleFields(r), r.Extra) }

// RulePosition places a new or moved rule; set at most one field.
type RulePosition struct {
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
	Index  int    `json:"index,omitempty"`
}

// IPList is an account-level list (kind ip, asn, hostname or redirect).
type IPList struct {
	ID                    string `json:"id"`
	Name                  string `json:"name"`
	Description           string `json:"description,omitempty"`
	Kind                  string `json:"kind"`
	NumItems              int    `json:"num_items"`
	NumReferencingFilters int    `json:"num_referencing_filters"`
	CreatedOn             string `json:"created_on,omitempty"`
	ModifiedOn            string `json:"modified_on,omitempty"`
}

// ListItem is one item of a list.
type ListItem struct {
	ID         string          `json:"id,omitempty"`
	IP         string          `json:"ip,omitempty"`
	ASN        *int            `json:"asn,omitempty"`
	Hostname   json.RawMessage `json:"hostname,omitempty"`
	Redirect   json.RawMessage `json:"redirect,omitempty"`
	Comment    string          `json:"comment,omitempty"`
	CreatedOn  string          `json:"created_on,omitempty"`
	ModifiedOn string          `json:"modified_on,omitempty"`
}

// BulkOperation is the status of an asynchronous list change.
type BulkOperation struct {
	ID        string `json:"id"`
	Status    string `json:"status"` // pending, running, completed, failed
	Error     string `json:"error,omitempty"`
	Completed string `json:"completed,omitempty"`
}

// Tunnel is a Cloudflare Tunnel (cfd_tunnel).
type Tunnel struct {
	ID              string             `json:"id"`
	AccountTag      string             `json:"account_tag,omitempty"`
	Name            string             `json:"name"`
	Status          string             `json:"status,omitempty"` // inactive, degraded, healthy, down
	TunType         string             `json:"tun_type,omitempty"`
	RemoteConfig    bool               `json:"remote_config,omitempty"`
	CreatedAt       string             `json:"created_at,omitempty"`
	DeletedAt       string             `json:"deleted_at,omitempty"`
	ConnsActiveAt   string             `json:"conns_active_at,omitempty"`
	ConnsInactiveAt string             `json:"conns_inactive_at,omitempty"`
	Connections     []TunnelConnection `json:"connections,omitempty"`
}

// TunnelConnection is one connection of a tunnel's connector.
type TunnelConnection struct {
	ID                 string `json:"id"`
	ClientID           string `json:"client_id,omitempty"`
	ClientVersion      string `json:"client_version,omitempty"`
	ColoName           string `json:"colo_name,omitempty"`
	IsPendingReconnect bool   `json:"is_pending_reconnect,omitempty"`
	OpenedAt           string `json:"opened_at,omitempty"`
	OriginIP           string `json:"origin_ip,omitempty"`
}

// TunnelClient is a connector (cloudflared instance) with its connections,
// as listed by the connections endpoint.
type TunnelClient struct {
	ID          string             `json:"id"`
	Arch        string             `json:"arch,omitempty"`
	Version     string             `json:"version,omitempty"`
	RunAt       string             `json:"run_at,omitempty"`
	Connections []TunnelConnection `json:"conns,omitempty"`
}

// TunnelConfig is a remotely managed tunnel configuration.
type TunnelConfig struct {
	TunnelID string             `json:"tunnel_id,omitempty"`
	Version  int                `json:"version,omitempty"`
	Config   TunnelConfigDetail `json:"config"`
	Source   string             `json:"source,omitempty"`
}

// TunnelConfigDetail holds the ingress rules and the other settings, kept
// raw.
type TunnelConfigDetail struct {
	Ingress       []IngressRule   `json:"ingress"`
	OriginRequest json.RawMessage `json:"originRequest,omitempty"`
	WarpRouting   json.RawMessage `json:"warp-routing,omitempty"`
}

// IngressRule maps a hostname (and path) to a service; the last rule should
// be a catch-all without hostname.
type IngressRule struct {
	Hostname      string          `json:"hostname,omitempty"`
	Path          string          `json:"path,omitempty"`
	Service       string          `json:"service"`
	OriginRequest json.RawMessage `json:"originRequest,omitempty"`
}

// ZoneSetting is one zone setting; Value's shape depends on the setting.
type ZoneSetting struct {
	ID         string          `json:"id"`
	Value      json.RawMessage `json:"value"`
	Editable   bool            `json:"editable"`
	ModifiedOn string          `json:"modified_on,omitempty"`
}

// StringValue returns the value of a setting whose value is a JSON string
// (ssl, min_tls_version, on/off switches), or "" for other shapes.
func (s ZoneSetting) StringValue() string {
	var v string
	if json.Unmarshal(s.Value, &v) != nil {
		return ""
	}
	return v
}

// AuditLog is one account audit log entry (v1 API).
type AuditLog struct {
	ID        string          `json:"id"`
	When      string          `json:"when"`
	Action    AuditAction     `json:"action"`
	Actor     AuditActor      `json:"actor"`
	Owner     Ref             `json:"owner"`
	Resource  AuditResource   `json:"resource"`
	Interface string          `json:"interface,omitempty"`
	Metadata  json.RawMessage `json:"metadata,omitempty"`
	NewValue  json.RawMessage `json:"newValue,omitempty"`
	OldValue  json.RawMessage `json:"oldValue,omitempty"`
}

// AuditAction is what an audit log entry records.
type AuditAction struct {
	Type   string `json:"type"`
	Result bool   `json:"result"`
}

// AuditActor is who did it.
type AuditActor struct {
	ID    string `json:"id,omitempty"`
	Email string `json:"email,omitempty"`
	IP    string `json:"ip,omitempty"`
	Type  string `json:"type,omitempty"`
}

// AuditResource is what it was done to.
type AuditResource struct {
	ID   string `json:"id,omitempty"`
	Type string `json:"type,omitempty"`
}

// AuditFilter narrows ListAuditLogs. Times are RFC 3339.
type AuditFilter struct {
	Since      string
	Before     string
	ActionType string
	ActorEmail string
	ZoneName   string
}

// TokenStatus is the answer of /user/tokens/verify.
type TokenStatus struct {
	ID        string `json:"id"`
	Status    string `json:"status"` // active, disabled, expired
	NotBefore string `json:"not_before,omitempty"`
	ExpiresOn string `json:"expires_on,omitempty"`
}

// Active reports whether the token may be used.
func (t TokenStatus) Active() bool { return t.Status == "active" }
