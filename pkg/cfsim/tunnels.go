package cfsim

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

type tunnel struct {
	ID            string
	Name          string
	CreatedAt     time.Time
	ActiveAt      time.Time
	InactiveAt    time.Time
	RemoteConfig  bool
	Connectors    []connector
	Config        map[string]any // {"ingress": [...], "originRequest": {...}}
	ConfigVersion int
	ConfigAt      time.Time
	// Secret is the tunnel secret (32 bytes); the token carries it.
	Secret []byte
	// DeletedAt marks a deleted tunnel: the API keeps it, listed only
	// with is_deleted=true.
	DeletedAt time.Time
}

type connector struct {
	ID, Version, Arch string
	RunAt             time.Time
	Conns             []tunnelConn
}

type tunnelConn struct {
	ID, Colo, OriginIP string
	OpenedAt           time.Time
}

// status derives the tunnel status from its connections, as the API reports it.
func (t *tunnel) status() string {
	n := 0
	for _, c := range t.Connectors {
		n += len(c.Conns)
	}
	switch {
	case n == 0 && t.ActiveAt.IsZero():
		return "inactive"
	case n == 0:
		return "down"
	case n < 4:
		return "degraded"
	}
	return "healthy"
}

func (t *tunnel) json() map[string]any {
	conns := []map[string]any{}
	for _, c := range t.Connectors {
		for _, cn := range c.Conns {
			conns = append(conns, map[string]any{
				"id": cn.ID, "uuid": cn.ID, "colo_name": cn.Colo, "is_pending_reconnect": false,
				"opened_at": ts(cn.OpenedAt), "origin_ip": cn.OriginIP, "client_id": c.ID, "client_version": c.Version,
			})
		}
	}
	m := map[string]any{
		"id": t.ID, "account_tag": SeedAccountID, "name": t.Name, "tun_type": "cfd_tunnel",
		"status": t.status(), "remote_config": t.RemoteConfig, "created_at": ts(t.CreatedAt),
		"connections": conns, "metadata": map[string]any{},
	}
	// config_src is what the provider v5 reads back (its data sources read
	// only it): "cloudflare" for a remotely managed tunnel.
	m["config_src"] = map[bool]string{true: "cloudflare", false: "local"}[t.RemoteConfig]
	// The API sends null for unset timestamps; the spec does not allow null
	// there, so unset timestamps are left out (clients see the same zero value).
	if !t.ActiveAt.IsZero() {
		m["conns_active_at"] = ts(t.ActiveAt)
	}
	if !t.InactiveAt.IsZero() {
		m["conns_inactive_at"] = ts(t.InactiveAt)
	}
	if !t.DeletedAt.IsZero() {
		m["deleted_at"] = ts(t.DeletedAt)
	}
	return m
}

func (s *Sim) tunnelRoutes(route func(string, handlerFunc)) {
	route("GET /accounts/{account_id}/cfd_tunnel", s.tunnelsList)
	route("GET /accounts/{account_id}/cfd_tunnel/{tunnel_id}", s.tunnelGet)
	route("GET /accounts/{account_id}/cfd_tunnel/{tunnel_id}/connections", s.tunnelConnections)
	route("GET /accounts/{account_id}/cfd_tunnel/{tunnel_id}/configurations", s.tunnelConfigGet)
	route("PUT /accounts/{account_id}/cfd_tunnel/{tunnel_id}/configurations", s.tunnelConfigPut)
	route("POST /accounts/{account_id}/cfd_tunnel", s.tunnelCreate)
	route("GET /accounts/{account_id}/cfd_tunnel/{tunnel_id}/token", s.tunnelToken)
	route("PATCH /accounts/{account_id}/cfd_tunnel/{tunnel_id}", s.tunnelPatch)
	route("DELETE /accounts/{account_id}/cfd_tunnel/{tunnel_id}", s.tunnelDelete)
}

// tunnelCreate creates a tunnel. With config_src "cloudflare" its
// configuration is managed remotely and starts as a catch-all returning
// 404; tunnel_secret (base64 of at least 32 bytes) is generated when absent.
func (s *Sim) tunnelCreate(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Name         string `json:"name"`
		ConfigSrc    string `json:"config_src"`
		TunnelSecret string `json:"tunnel_secret"`
	}
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	if in.Name == "" || len(in.Name) > 64 {
		return errf(400, 1001, "name is required (at most 64 characters)")
	}
	if in.ConfigSrc == "" {
		in.ConfigSrc = "local"
	}
	if in.ConfigSrc != "local" && in.ConfigSrc != "cloudflare" {
		return errf(400, 1001, "config_src must be local or cloudflare")
	}
	var secret []byte
	if in.TunnelSecret != "" {
		b, err := base64.StdEncoding.DecodeString(in.TunnelSecret)
		if err != nil || len(b) < 32 {
			return errf(400, 1001, "tunnel_secret must be the base64 encoding of at least 32 bytes")
		}
		secret = b
	} else {
		secret = make([]byte, 32)
		_, _ = rand.Read(secret)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkAccount(r); err != nil {
		return err
	}
	for _, t := range s.st.tunnels {
		if t.Name == in.Name && t.DeletedAt.IsZero() {
			return errf(409, 1013, "You already have a tunnel with this name")
		}
	}
	now := s.Now()
	t := &tunnel{ID: uuidFrom("tunnel/" + in.Name + "/" + now.String()), Name: in.Name, CreatedAt: now, Secret: secret,
		RemoteConfig: in.ConfigSrc == "cloudflare"}
	if t.RemoteConfig {
		t.Config = map[string]any{"ingress": []any{map[string]any{"service": "http_status:404"}}}
		t.ConfigVersion, t.ConfigAt = 1, now
	}
	s.st.tunnels = append(s.st.tunnels, t)
	s.audit("create", "cfd_tunnel", t.ID, "", map[string]any{"tunnel_name": t.Name}, "", "")
	writeOK(w, t.json())
	return nil
}

// tunnelToken answers the token cloudflared runs with: the base64 of
// {"a": account, "t": tunnel id, "s": base64 secret}.
func (s *Sim) tunnelToken(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.findTunnel(r)
	if err != nil {
		return err
	}
	writeOK(w, t.token())
	return nil
}

func (t *tunnel) secret() []byte {
	if len(t.Secret) == 0 {
		return []byte(HexID("secret/" + t.ID))
	}
	return t.Secret
}

func (t *tunnel) token() string {
	b, _ := json.Marshal(map[string]string{"a": SeedAccountID, "t": t.ID, "s": base64.StdEncoding.EncodeToString(t.secret())})
	return base64.StdEncoding.EncodeToString(b)
}

// TunnelToken is a tunnel's token as the API serves it ("" when there is no
// such tunnel), for tests that check it never leaks.
func (s *Sim) TunnelToken(id string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range s.st.tunnels {
		if t.ID == id {
			return t.token()
		}
	}
	return ""
}

func (s *Sim) findTunnel(r *http.Request) (*tunnel, error) { return s.lookupTunnel(r, false) }

func (s *Sim) lookupTunnel(r *http.Request, deletedToo bool) (*tunnel, error) {
	if err := checkAccount(r); err != nil {
		return nil, err
	}
	id := r.PathValue("tunnel_id")
	for _, t := range s.st.tunnels {
		// A deleted tunnel is still read (GET shows deleted_at); nothing
		// else reaches it.
		if t.ID == id && (t.DeletedAt.IsZero() || deletedToo) {
			return t, nil
		}
	}
	return nil, errf(404, 1003, "Tunnel not found")
}

func (s *Sim) tunnelsList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkAccount(r); err != nil {
		return err
	}
	var out []map[string]any
	for _, t := range s.st.tunnels {
		if n := q.Get("name"); n != "" && n != t.Name {
			continue
		}
		if st := q.Get("status"); st != "" && st != t.status() {
			continue
		}
		if u := q.Get("uuid"); u != "" && u != t.ID {
			continue
		}
		if p := q.Get("include_prefix"); p != "" && !strings.HasPrefix(t.Name, p) {
			continue
		}
		if p := q.Get("exclude_prefix"); p != "" && strings.HasPrefix(t.Name, p) {
			continue
		}
		// is_deleted: true lists deleted tunnels only, false leaves them
		// out, absent lists both (as the API documents it).
		if d := q.Get("is_deleted"); d != "" && (d == "true") == t.DeletedAt.IsZero() {
			continue
		}
		out = append(out, t.json())
	}
	page, info, err := paginate(out, r, 20, 1000)
	if err != nil {
		return err
	}
	writeList(w, page, info)
	return nil
}

func (s *Sim) tunnelGet(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.lookupTunnel(r, true)
	if err != nil {
		return err
	}
	writeOK(w, t.json())
	return nil
}

func (s *Sim) tunnelConnections(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.findTunnel(r)
	if err != nil {
		return err
	}
	out := []map[string]any{}
	for _, c := range t.Connectors {
		conns := []map[string]any{}
		for _, cn := range c.Conns {
			conns = append(conns, map[string]any{
				"id": cn.ID, "uuid": cn.ID, "colo_name": cn.Colo, "is_pending_reconnect": false,
				"opened_at": ts(cn.OpenedAt), "origin_ip": cn.OriginIP, "client_id": c.ID, "client_version": c.Version,
			})
		}
		out = append(out, map[string]any{
			"id": c.ID, "arch": c.Arch, "version": c.Version, "run_at": ts(c.RunAt),
			"config_version": t.ConfigVersion, "features": []string{"ha-origins", "management_logs", "serialized_headers"},
			"conns": conns,
		})
	}
	writeOK(w, out)
	return nil
}

func (t *tunnel) configJSON() map[string]any {
	return map[string]any{
		"tunnel_id": t.ID, "account_id": SeedAccountID, "version": t.ConfigVersion,
		"config": cloneMap(t.Config), "source": "cloudflare", "created_at": ts(t.ConfigAt),
	}
}

func (s *Sim) tunnelConfigGet(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.findTunnel(r)
	if err != nil {
		return err
	}
	writeOK(w, t.configJSON())
	return nil
}

// tunnelConfigPut replaces the remotely managed configuration. Like cloudflared,
// it requires every ingress rule to name a service and the last rule to be a
// catch-all (no hostname, no path).
func (s *Sim) tunnelConfigPut(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Config map[string]any `json:"config"`
	}
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	if in.Config == nil {
		return errf(400, 1056, "config is required")
	}
	ingress, _ := in.Config["ingress"].([]any)
	if len(ingress) == 0 {
		return errf(400, 1056, "config.ingress needs at least one rule, ending with a catch-all rule")
	}
	for i, raw := range ingress {
		rule, ok := raw.(map[string]any)
		if !ok {
			return errf(400, 1056, "config.ingress[%d] must be an object", i)
		}
		svc, _ := rule["service"].(string)
		if svc == "" {
			return errf(400, 1056, "config.ingress[%d]: service is required", i)
		}
		if !(strings.Contains(svc, "://") || strings.HasPrefix(svc, "http_status:") || svc == "hello_world") {
			return errf(400, 1056, "config.ingress[%d]: service %q must be a URL, http_status:CODE or hello_world", i, svc)
		}
		host, _ := rule["hostname"].(string)
		path, _ := rule["path"].(string)
		last := i == len(ingress)-1
		if last && (host != "" || path != "") {
			return errf(400, 1056, "The last ingress rule must match all URLs (i.e. it should not have a hostname or path)")
		}
		if !last && host != "" && !validHostname(host) {
			return errf(400, 1056, "config.ingress[%d]: hostname %q is invalid", i, host)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.findTunnel(r)
	if err != nil {
		return err
	}
	t.Config = cloneMap(in.Config)
	t.ConfigVersion++
	t.ConfigAt = s.Now()
	t.RemoteConfig = true
	s.audit("update", "cfd_tunnel_configuration", t.ID, "", map[string]any{"tunnel_name": t.Name}, strconv.Itoa(t.ConfigVersion-1), strconv.Itoa(t.ConfigVersion))
	writeOK(w, t.configJSON())
	return nil
}

func seedTunnels(s *Sim) {
	created := seedEpoch().Add(40 * 24 * time.Hour)
	now := s.Now()
	conn := func(tid string, i int, colo, ip string) tunnelConn {
		return tunnelConn{ID: uuidFrom("conn/" + tid + "/" + strconv.Itoa(i)), Colo: colo, OriginIP: ip, OpenedAt: now.Add(-time.Duration(36+i) * time.Hour)}
	}
	healthy := &tunnel{ID: SeedTunnelHealthyID, Name: SeedTunnelHealthyName, CreatedAt: created, RemoteConfig: true,
		ActiveAt: now.Add(-36 * time.Hour), ConfigVersion: 7, ConfigAt: now.Add(-72 * time.Hour),
		Config: map[string]any{"ingress": []any{
			map[string]any{"hostname": "app." + SeedZoneMain, "service": "http://localhost:8080", "originRequest": map[string]any{}},
			map[string]any{"service": "http_status:404"},
		}, "originRequest": map[string]any{"connectTimeout": 30}},
	}
	for i, host := range []string{"app-1", "app-2"} {
		c := connector{ID: uuidFrom("connector/" + host), Version: "2025.11.1", Arch: "linux_amd64", RunAt: now.Add(-time.Duration(36+i) * time.Hour)}
		c.Conns = []tunnelConn{conn(host, 0, "fra08", "198.51.100."+strconv.Itoa(150+i)), conn(host, 1, "ams01", "198.51.100."+strconv.Itoa(150+i))}
		healthy.Connectors = append(healthy.Connectors, c)
	}
	orphan := &tunnel{ID: SeedTunnelOrphanID, Name: SeedTunnelOrphanName, CreatedAt: created.Add(-200 * 24 * time.Hour), RemoteConfig: true,
		ActiveAt: now.Add(-90 * 24 * time.Hour), ConfigVersion: 2, ConfigAt: created.Add(-190 * 24 * time.Hour),
		Config: map[string]any{"ingress": []any{
			map[string]any{"hostname": SeedOrphanHostname, "service": "https://10.0.5.12:8443", "originRequest": map[string]any{"noTLSVerify": true}},
			map[string]any{"service": "http_status:404"},
		}},
		Connectors: []connector{{ID: uuidFrom("connector/legacy-1"), Version: "2023.2.1", Arch: "linux_amd64", RunAt: now.Add(-90 * 24 * time.Hour),
			Conns: []tunnelConn{conn("legacy-1", 0, "lhr01", "198.51.100.200")}}},
	}
	s.st.tunnels = []*tunnel{healthy, orphan}
}

// uuidFrom derives a deterministic RFC 4122-shaped identifier from a name.
func uuidFrom(name string) string {
	h := HexID(name)
	return h[0:8] + "-" + h[8:12] + "-4" + h[13:16] + "-8" + h[17:20] + "-" + h[20:32]
}

// tunnelPatch updates a tunnel's name or secret (PATCH, as the API's
// "Update a Cloudflare Tunnel"). A new tunnel_secret rotates the token:
// the old token no longer connects (see Connect); connectors running keep
// their connections until they restart, as with cloudflared.
func (s *Sim) tunnelPatch(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Name         *string `json:"name"`
		TunnelSecret *string `json:"tunnel_secret"`
	}
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	var secret []byte
	if in.TunnelSecret != nil {
		b, err := base64.StdEncoding.DecodeString(*in.TunnelSecret)
		if err != nil || len(b) < 32 {
			return errf(400, 1001, "tunnel_secret must be the base64 encoding of at least 32 bytes")
		}
		secret = b
	}
	if in.Name != nil && (*in.Name == "" || len(*in.Name) > 64) {
		return errf(400, 1001, "name must be 1–64 characters")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.findTunnel(r)
	if err != nil {
		return err
	}
	if in.Name != nil && *in.Name != t.Name {
		for _, o := range s.st.tunnels {
			if o.Name == *in.Name && o.DeletedAt.IsZero() {
				return errf(409, 1013, "You already have a tunnel with this name")
			}
		}
		t.Name = *in.Name
	}
	if secret != nil {
		t.Secret = secret
		s.audit("rotate_secret", "cfd_tunnel", t.ID, "", map[string]any{"tunnel_name": t.Name}, "", "")
	}
	writeOK(w, t.json())
	return nil
}

// tunnelDelete deletes a tunnel: it is kept with deleted_at (listed with
// is_deleted=true). A tunnel with active connections is refused, as
// `cloudflared tunnel delete` requires them gone first (the code 1022 is
// the simulator's; no recorded sample has this error).
func (s *Sim) tunnelDelete(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.findTunnel(r)
	if err != nil {
		return err
	}
	if t.connCount() > 0 {
		return errf(400, 1022, "Cannot delete tunnel because it has active connections")
	}
	t.DeletedAt = s.Now()
	s.audit("delete", "cfd_tunnel", t.ID, "", map[string]any{"tunnel_name": t.Name}, "", "")
	writeOK(w, t.json())
	return nil
}

func (t *tunnel) connCount() int {
	n := 0
	for _, c := range t.Connectors {
		n += len(c.Conns)
	}
	return n
}

// Connect is cloudflared starting with token: it is checked against the
// tunnel's current secret (a rotated-out token is refused) and, accepted,
// adds a connector with one connection in colo. It returns the connector
// id. It stands in for the edge's side of `cloudflared tunnel run`.
func (s *Sim) Connect(token, colo, originIP string) (string, error) {
	raw, err := base64.StdEncoding.DecodeString(token)
	var tk struct {
		A, T, S string
	}
	if err != nil || json.Unmarshal(raw, &tk) != nil || tk.T == "" {
		return "", errors.New("the token is not a tunnel token")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range s.st.tunnels {
		if t.ID != tk.T || !t.DeletedAt.IsZero() {
			continue
		}
		if tk.A != SeedAccountID || tk.S != base64.StdEncoding.EncodeToString(t.secret()) {
			return "", errors.New("Unauthorized: Invalid tunnel secret")
		}
		now := s.Now()
		n := len(t.Connectors)
		c := connector{ID: uuidFrom(fmt.Sprintf("connector/%s/%d/%s", t.ID, n, now)), Version: "2025.11.1", Arch: "linux_amd64", RunAt: now,
			Conns: []tunnelConn{{ID: uuidFrom(fmt.Sprintf("conn/%s/%d/%s", t.ID, n, now)), Colo: colo, OriginIP: originIP, OpenedAt: now}}}
		if t.connCount() == 0 {
			t.ActiveAt = now // conns_active_at: when the tunnel last became active
		}
		t.Connectors = append(t.Connectors, c)
		return c.ID, nil
	}
	return "", errors.New("Tunnel not found")
}

// Disconnect ends a connector's connections (cloudflared stopping); the
// tunnel's conns_inactive_at is set when its last connection goes.
func (s *Sim) Disconnect(tunnelID, connectorID string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range s.st.tunnels {
		if t.ID != tunnelID {
			continue
		}
		for i, c := range t.Connectors {
			if c.ID == connectorID {
				t.Connectors = append(t.Connectors[:i:i], t.Connectors[i+1:]...)
				if t.connCount() == 0 {
					t.InactiveAt = s.Now()
				}
				return true
			}
		}
	}
	return false
}
