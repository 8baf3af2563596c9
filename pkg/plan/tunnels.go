package plan

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/policy"
)

// KindTunnelConfig is the kind of remotely managed tunnel configurations.
// One object per tunnel: its id, and as value {"config": …, "version": N}
// read from the API. The plan's fingerprint covers the version, so a
// configuration that moved since the plan was made — even to the same
// content — refuses the apply. Ops carry the config without the version
// (the API assigns it), so readback and undo compare the config only.
const KindTunnelConfig = "tunnel_config"

// MaxTunnels bounds the tunnels the executor reads in one call.
const MaxTunnels = 200

// TunnelSuffix is the target domain of a tunnel's CNAMEs.
const TunnelSuffix = ".cfargotunnel.com"

// TunnelClient is what the tunnel executor needs of cfclient.
type TunnelClient interface {
	ListTunnels(ctx context.Context, max int) (cfclient.Page[cfclient.Tunnel], error)
	GetTunnelConfigRaw(ctx context.Context, tunnelID string) (cfclient.TunnelConfigRaw, error)
	PutTunnelConfigRaw(ctx context.Context, tunnelID string, config json.RawMessage) (cfclient.TunnelConfigRaw, error)
}

var _ TunnelClient = (*cfclient.Client)(nil)

// Tunnels executes tunnel configuration changes: one PUT per tunnel, which
// replaces every ingress rule (the ops carry the whole config).
type Tunnels struct {
	Client TunnelClient
}

var _ Executor = (*Tunnels)(nil)

// Kind implements Executor.
func (x *Tunnels) Kind() string { return KindTunnelConfig }

// tunnelValue is a tunnel_config object's value.
type tunnelValue struct {
	Name    string          `json:"name,omitempty"`
	Config  json.RawMessage `json:"config"`
	Version *int            `json:"version,omitempty"`
}

// Read returns the configuration of every remotely managed tunnel of the
// account (tunnels are account objects; the zone does not narrow them).
func (x *Tunnels) Read(ctx context.Context, zoneID string) ([]Object, error) {
	page, err := x.Client.ListTunnels(ctx, MaxTunnels)
	if err != nil {
		return nil, err
	}
	var out []Object
	for _, t := range page.Items {
		if !t.RemoteConfig {
			continue
		}
		cfg, err := x.Client.GetTunnelConfigRaw(ctx, t.ID)
		if err != nil {
			return nil, fmt.Errorf("tunnel %s configuration: %w", t.Name, err)
		}
		v := cfg.Version
		b, _ := json.Marshal(tunnelValue{Name: t.Name, Config: canonJSON(cfg.Config), Version: &v})
		o, err := x.Object(t.ID, b)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// Object implements Executor.
func (x *Tunnels) Object(id string, value json.RawMessage) (Object, error) {
	var v tunnelValue
	if err := json.Unmarshal(value, &v); err != nil {
		return Object{}, fmt.Errorf("tunnel config value: %w", err)
	}
	label := "tunnel " + id
	if v.Name != "" {
		label = "tunnel " + v.Name
	}
	return Object{Kind: KindTunnelConfig, ID: id, Identity: "tunnel " + id, Slot: "tunnel " + id, Label: label, Value: canonJSON(value)}, nil
}

// Execute implements Executor: each update PUTs the op's whole config.
func (x *Tunnels) Execute(ctx context.Context, zoneID string, ops []Op) error {
	for _, op := range ops {
		if op.Action != ActionUpdate {
			return fmt.Errorf("tunnel_config op %q is not supported; a tunnel's configuration is only replaced", op.Action)
		}
		var v tunnelValue
		if err := json.Unmarshal(op.After, &v); err != nil || len(v.Config) == 0 {
			return fmt.Errorf("tunnel %s: the planned config is not readable", op.ID)
		}
		if _, err := x.Client.PutTunnelConfigRaw(ctx, op.ID, v.Config); err != nil {
			return fmt.Errorf("tunnel %s configuration: %w", op.ID, err)
		}
	}
	return nil
}

// Assess implements Executor (the effects score the change).
func (x *Tunnels) Assess(zone Zone, op Op, protected []string) (int, []string, []string) {
	return 10, nil, nil
}

// Policy implements Executor: tunnel invariants read the ingress rules.
func (x *Tunnels) Policy(objs []Object, st *policy.State) {
	for _, o := range objs {
		tc, err := DecodeTunnel(o)
		if err != nil {
			continue
		}
		t := policy.Tunnel{ID: tc.TunnelID, Name: tc.Name, CatchAllLast: tc.CatchAllLast(), Hostnames: []string{}}
		for _, r := range tc.Ingress {
			if r.Hostname != "" {
				t.Hostnames = append(t.Hostnames, r.Hostname)
			}
		}
		st.Tunnels = append(st.Tunnels, t)
	}
}

// Ingress is one ingress rule as cfplane reads it; Raw keeps every field.
type Ingress struct {
	Hostname string
	Path     string
	Service  string
	Raw      map[string]any
}

// CatchAll reports whether the rule matches every request.
func (r Ingress) CatchAll() bool { return r.Hostname == "" && r.Path == "" }

// TunnelConfig is a tunnel_config object decoded: the whole config (every
// field kept) and its ingress rules.
type TunnelConfig struct {
	TunnelID string
	Name     string
	Version  int
	Config   map[string]any
	Ingress  []Ingress
}

// DecodeTunnel decodes a tunnel_config object.
func DecodeTunnel(o Object) (TunnelConfig, error) {
	var v tunnelValue
	if err := json.Unmarshal(o.Value, &v); err != nil {
		return TunnelConfig{}, err
	}
	tc := TunnelConfig{TunnelID: o.ID, Name: v.Name}
	if v.Version != nil {
		tc.Version = *v.Version
	}
	if err := json.Unmarshal(v.Config, &tc.Config); err != nil || tc.Config == nil {
		return tc, fmt.Errorf("tunnel %s: config is not an object", o.ID)
	}
	raw, _ := tc.Config["ingress"].([]any)
	for _, r := range raw {
		m, ok := r.(map[string]any)
		if !ok {
			return tc, fmt.Errorf("tunnel %s: an ingress rule is not an object", o.ID)
		}
		h, _ := m["hostname"].(string)
		p, _ := m["path"].(string)
		s, _ := m["service"].(string)
		tc.Ingress = append(tc.Ingress, Ingress{Hostname: strings.ToLower(h), Path: p, Service: s, Raw: m})
	}
	return tc, nil
}

// CatchAllLast reports whether the last rule is a catch-all and no other is.
func (tc TunnelConfig) CatchAllLast() bool {
	n := len(tc.Ingress)
	if n == 0 || !tc.Ingress[n-1].CatchAll() {
		return false
	}
	for _, r := range tc.Ingress[:n-1] {
		if r.CatchAll() {
			return false
		}
	}
	return true
}

// Find returns the index of the rule for hostname (without path), or -1.
func (tc TunnelConfig) Find(hostname string) int {
	for i, r := range tc.Ingress {
		if r.Hostname == strings.ToLower(hostname) && r.Path == "" {
			return i
		}
	}
	return -1
}

// value is the config as an op's value (no version: the API assigns it).
func (tc TunnelConfig) value() json.RawMessage {
	rules := make([]any, 0, len(tc.Ingress))
	for _, r := range tc.Ingress {
		rules = append(rules, r.Raw)
	}
	cfg := map[string]any{}
	for k, v := range tc.Config {
		cfg[k] = v
	}
	cfg["ingress"] = rules
	c, _ := json.Marshal(cfg)
	b, _ := json.Marshal(tunnelValue{Name: tc.Name, Config: canonJSON(c)})
	return canonJSON(b)
}

// WithRoute returns the config with hostname routed to service: the rule
// replaced in place when it exists, else inserted just before the
// catch-all, which stays last. originRequest (nil: none, or kept when
// the rule exists) is the rule's origin settings.
func (tc TunnelConfig) WithRoute(hostname, service string, originRequest map[string]any) (TunnelConfig, error) {
	if !tc.CatchAllLast() {
		return tc, fmt.Errorf("tunnel %s has no single catch-all rule last (one rule without hostname and path, at the end); fix its configuration first", tc.label())
	}
	out := tc
	out.Ingress = append([]Ingress(nil), tc.Ingress...)
	rule := map[string]any{"hostname": strings.ToLower(hostname), "service": service}
	if i := tc.Find(hostname); i >= 0 {
		for k, v := range tc.Ingress[i].Raw {
			if k != "hostname" && k != "service" {
				rule[k] = v
			}
		}
		if originRequest != nil {
			rule["originRequest"] = originRequest
		}
		out.Ingress[i] = Ingress{Hostname: strings.ToLower(hostname), Service: service, Raw: rule}
		return out, nil
	}
	if originRequest != nil {
		rule["originRequest"] = originRequest
	}
	n := len(out.Ingress)
	out.Ingress = append(out.Ingress[:n-1:n-1], Ingress{Hostname: strings.ToLower(hostname), Service: service, Raw: rule}, tc.Ingress[n-1])
	return out, nil
}

// WithoutRoutes returns the config without the rules for the hostnames
// (all their paths); the catch-all stays.
func (tc TunnelConfig) WithoutRoutes(hostnames ...string) TunnelConfig {
	drop := map[string]bool{}
	for _, h := range hostnames {
		drop[strings.ToLower(h)] = true
	}
	out := tc
	out.Ingress = nil
	for _, r := range tc.Ingress {
		if r.Hostname != "" && drop[r.Hostname] {
			continue
		}
		out.Ingress = append(out.Ingress, r)
	}
	return out
}

func (tc TunnelConfig) label() string {
	if tc.Name != "" {
		return tc.Name
	}
	return tc.TunnelID
}

// UpdateTunnelOp plans replacing the live configuration cur with next.
func UpdateTunnelOp(cur Object, next TunnelConfig) (Op, error) {
	prev, err := DecodeTunnel(cur)
	if err != nil {
		return Op{}, err
	}
	return Op{Kind: KindTunnelConfig, Action: ActionUpdate, Object: "tunnel_config " + next.label() + " (id " + cur.ID + ")",
		ID: cur.ID, Identity: cur.Identity, Before: prev.value(), After: next.value()}, nil
}

// tunnelEffects says which hostnames a configuration change starts, stops
// or changes routing.
func tunnelEffects(ops []Op) []Effect {
	var out []Effect
	for _, op := range ops {
		before, _ := decodeTunnelValue(op.ID, op.Before)
		after, _ := decodeTunnelValue(op.ID, op.After)
		pre := map[string]Ingress{}
		for _, r := range before.Ingress {
			pre[r.Hostname+r.Path] = r
		}
		post := map[string]Ingress{}
		for _, r := range after.Ingress {
			post[r.Hostname+r.Path] = r
		}
		keys := map[string]bool{}
		for k := range pre {
			keys[k] = true
		}
		for k := range post {
			keys[k] = true
		}
		sorted := make([]string, 0, len(keys))
		for k := range keys {
			sorted = append(sorted, k)
		}
		sort.Strings(sorted)
		for _, k := range sorted {
			a, had := pre[k]
			b, has := post[k]
			name := k
			if name == "" {
				name = "catch-all of tunnel " + after.label()
			}
			switch {
			case !had:
				out = append(out, Effect{Class: "tunnel.route_added", Object: name, Text: "routed through tunnel " + after.label() + " to " + b.Service})
			case !has:
				out = append(out, Effect{Class: "tunnel.route_removed", Object: name, Text: "no longer routed through tunnel " + before.label() + " (was " + a.Service + ")"})
			case a.Service != b.Service:
				out = append(out, Effect{Class: "tunnel.route_changed", Object: name, Text: "service " + a.Service + " → " + b.Service})
			case !sameValue(KindTunnelConfig, mustJSON(a.Raw), mustJSON(b.Raw)) || !sameValue(KindTunnelConfig, mustJSON(b.Raw), mustJSON(a.Raw)):
				out = append(out, Effect{Class: "tunnel.origin_changed", Object: name, Text: "origin settings change"})
			}
		}
		if len(after.Ingress) > 0 && !after.CatchAllLast() {
			out = append(out, Effect{Class: "tunnel.catchall_missing", Object: "tunnel " + after.label(), Text: "the last rule is no longer a catch-all"})
		}
	}
	return out
}

func mustJSON(v any) json.RawMessage {
	b, _ := json.Marshal(v)
	return b
}

func decodeTunnelValue(id string, b json.RawMessage) (TunnelConfig, error) {
	return DecodeTunnel(Object{ID: id, Value: b})
}

func init() {
	// Tunnel effects. A hostname that stops being routed answers errors
	// (destructive); a new one is additive.
	effectSeverity["tunnel.route_added"] = 2
	effectSeverity["tunnel.origin_changed"] = 10
	effectSeverity["tunnel.route_changed"] = 20
	effectSeverity["tunnel.route_removed"] = 40
	effectSeverity["tunnel.catchall_missing"] = 65
}

// KindTunnel is the kind of the account's tunnels themselves (not their
// configurations): one object per tunnel that is not deleted, its id, and
// as value {"name", "config_src"}. A create makes a tunnel, a delete
// deletes it (the undo of a create), and an update rotates its token:
// the secret is never part of a value, a plan, the journal or a result,
// so an update's value is the tunnel as it is and only the executor sees
// that the token changed.
const KindTunnel = "tunnel"

// TunnelAdmin is what the tunnel executor needs of cfclient.
type TunnelAdmin interface {
	ListTunnels(ctx context.Context, max int) (cfclient.Page[cfclient.Tunnel], error)
	CreateTunnel(ctx context.Context, name, configSrc string) (cfclient.Tunnel, error)
	DeleteTunnel(ctx context.Context, tunnelID string) error
	RotateTunnelSecret(ctx context.Context, tunnelID string, secret []byte) (cfclient.Tunnel, error)
	TunnelToken(ctx context.Context, tunnelID string) (string, error)
	ListDNSRecords(ctx context.Context, zoneID string, f cfclient.DNSFilter, max int) (cfclient.Page[cfclient.DNSRecord], error)
}

var _ TunnelAdmin = (*cfclient.Client)(nil)

// TunnelObjects executes tunnel creates, token rotations and deletes.
type TunnelObjects struct {
	Client TunnelAdmin
}

var _ Executor = (*TunnelObjects)(nil)

// TunnelObjValue is a tunnel object's value.
type TunnelObjValue struct {
	Name      string `json:"name"`
	ConfigSrc string `json:"config_src"`
}

// Kind implements Executor.
func (x *TunnelObjects) Kind() string { return KindTunnel }

// Read returns the account's tunnels that are not deleted.
func (x *TunnelObjects) Read(ctx context.Context, zoneID string) ([]Object, error) {
	page, err := x.Client.ListTunnels(ctx, MaxTunnels)
	if err != nil {
		return nil, err
	}
	out := make([]Object, 0, len(page.Items))
	for _, t := range page.Items {
		if t.DeletedAt != "" {
			continue
		}
		src := "local"
		if t.RemoteConfig {
			src = "cloudflare"
		}
		b, _ := json.Marshal(TunnelObjValue{Name: t.Name, ConfigSrc: src})
		o, err := x.Object(t.ID, b)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// Object implements Executor: a tunnel is identified by its name (the API
// keeps names unique among tunnels that are not deleted).
func (x *TunnelObjects) Object(id string, value json.RawMessage) (Object, error) {
	var v TunnelObjValue
	if err := json.Unmarshal(value, &v); err != nil || v.Name == "" {
		return Object{}, fmt.Errorf("tunnel value: a name is required")
	}
	return Object{Kind: KindTunnel, ID: id, Identity: "tunnel " + v.Name, Slot: "tunnel " + v.Name, Label: "tunnel " + v.Name, Value: canonJSON(value)}, nil
}

// CreateTunnelOp plans a tunnel named name whose configuration Cloudflare
// manages (config_src cloudflare).
func CreateTunnelOp(name string) Op {
	b, _ := json.Marshal(TunnelObjValue{Name: name, ConfigSrc: "cloudflare"})
	return Op{Kind: KindTunnel, Action: ActionCreate, Object: "tunnel " + name, Identity: "tunnel " + name, Before: json.RawMessage("null"), After: canonJSON(b)}
}

// RotateTunnelOp plans a new secret, hence a new token, for the live
// tunnel cur. Its value does not change: there is nothing to undo, and no
// undo could bring the old token back.
func RotateTunnelOp(cur Object) Op {
	return Op{Kind: KindTunnel, Action: ActionUpdate, Object: cur.Label + " token (id " + cur.ID + ")", ID: cur.ID, Identity: cur.Identity, Before: cur.Value, After: cur.Value}
}

// Execute implements Executor. A rotation sends a fresh random secret
// (never kept) and checks that the token changed by comparing digests.
func (x *TunnelObjects) Execute(ctx context.Context, zoneID string, ops []Op) error {
	for _, op := range ops {
		var v TunnelObjValue
		if op.Action != ActionDelete {
			if err := json.Unmarshal(op.After, &v); err != nil || v.Name == "" {
				return fmt.Errorf("%s: the planned value is not readable", op.Object)
			}
		}
		switch op.Action {
		case ActionCreate:
			if v.ConfigSrc != "cloudflare" {
				return fmt.Errorf("%s: cfplane creates only tunnels whose configuration Cloudflare manages (config_src cloudflare)", op.Object)
			}
			if _, err := x.Client.CreateTunnel(ctx, v.Name, v.ConfigSrc); err != nil {
				return fmt.Errorf("creating %s: %w", op.Object, err)
			}
		case ActionDelete:
			if err := x.refuseRouted(ctx, zoneID, op); err != nil {
				return err
			}
			if err := x.Client.DeleteTunnel(ctx, op.ID); err != nil {
				return fmt.Errorf("deleting %s: %w (a tunnel with running connectors is not deleted: stop its cloudflared first)", op.Object, err)
			}
		case ActionUpdate:
			if err := x.rotate(ctx, op.ID); err != nil {
				return fmt.Errorf("rotating the token of %s: %w", op.Object, err)
			}
		default:
			return fmt.Errorf("tunnel op %q is not supported", op.Action)
		}
	}
	return nil
}

// refuseRouted refuses to delete a tunnel that CNAMEs of the plan's zone
// still point at: deleting it would leave them answering errors (the
// invariant tunnel_cname_target_exists, which a plan of tunnels alone
// cannot see, since it holds no records).
func (x *TunnelObjects) refuseRouted(ctx context.Context, zoneID string, op Op) error {
	target := op.ID + TunnelSuffix
	page, err := x.Client.ListDNSRecords(ctx, zoneID, cfclient.DNSFilter{Type: "CNAME", Content: target}, 20)
	if err != nil {
		return fmt.Errorf("%s: checking the zone's CNAMEs to it: %w", op.Object, err)
	}
	var names []string
	for _, r := range page.Items {
		if strings.EqualFold(strings.TrimSuffix(r.Content, "."), target) {
			names = append(names, r.Name)
		}
	}
	if len(names) > 0 {
		sort.Strings(names)
		return fmt.Errorf("%s is not deleted: CNAMEs still point at it (%s); unpublish them first (tunnel_route_manage unpublish)", op.Object, strings.Join(names, ", "))
	}
	return nil
}

func (x *TunnelObjects) rotate(ctx context.Context, id string) error {
	digest := func() ([32]byte, error) {
		t, err := x.Client.TunnelToken(ctx, id)
		return sha256.Sum256([]byte(t)), err
	}
	before, err := digest()
	if err != nil {
		return err
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return err
	}
	_, err = x.Client.RotateTunnelSecret(ctx, id, secret)
	clear(secret)
	if err != nil {
		return err
	}
	after, err := digest()
	if err != nil {
		return fmt.Errorf("reading the token back: %w", err)
	}
	if after == before {
		return fmt.Errorf("the API accepted the new secret but the token did not change")
	}
	return nil
}

// Assess implements Executor (the effects score the change).
func (x *TunnelObjects) Assess(zone Zone, op Op, protected []string) (int, []string, []string) {
	return 10, nil, nil
}

// Policy implements Executor: the ids of the account's tunnels, complete,
// for the invariant that no CNAME points at a tunnel that does not exist.
func (x *TunnelObjects) Policy(objs []Object, st *policy.State) {
	st.TunnelsKnown = true
	for _, o := range objs {
		if o.ID != "" {
			st.TunnelIDs = append(st.TunnelIDs, o.ID)
		}
	}
}

// tunnelObjEffects says what creating, rotating or deleting tunnels does.
func tunnelObjEffects(ops []Op) []Effect {
	var out []Effect
	for _, op := range ops {
		switch op.Action {
		case ActionCreate:
			out = append(out, Effect{Class: "tunnel.created", Object: op.Object, Text: "a new tunnel, no route yet"})
		case ActionUpdate:
			out = append(out, Effect{Class: "tunnel.token_rotated", Object: op.Object,
				Text: "a new token: the old one no longer starts cloudflared; running connectors keep their connections until they restart"})
		case ActionDelete:
			out = append(out, Effect{Class: "tunnel.deleted", Object: op.Object, Text: "the tunnel is deleted; hostnames routed through it fail"})
		}
	}
	return out
}

func init() {
	effectSeverity["tunnel.created"] = 2
	effectSeverity["tunnel.token_rotated"] = 35
	effectSeverity["tunnel.deleted"] = 45
}

// MetaEmergency marks an emergency plan in Plan.Meta (its value says
// which: "unpublish"). The plan's digest covers it.
const MetaEmergency = "emergency"

// emergencyEffects is the emergency's own effect: it scores the plan as
// destructive and makes a person approve it, whatever else it does.
func emergencyEffects(meta map[string]string) []Effect {
	if meta[MetaEmergency] == "" {
		return nil
	}
	return []Effect{{Class: "emergency", Object: "emergency " + meta[MetaEmergency],
		Text: "break-glass: hostnames leave service at once; approved per approval.emergency"}}
}

func emergencyApproval(eff []Effect) string {
	for _, f := range eff {
		if f.Class == "emergency" {
			return "an emergency change is always approved by a person (approval.emergency names who and how many; unset, the ordinary rules)"
		}
	}
	return ""
}

// emergencySigners is approval.emergency for an emergency plan: how many
// distinct approvers, and the principals whose signatures count. nil set:
// not an emergency, or no emergency rule (the ordinary rules apply).
func emergencySigners(cfg *config.Config, p *Plan) (int, string, map[string]bool) {
	em := cfg.Approval.Emergency
	if em == nil || p.Meta[MetaEmergency] == "" {
		return 0, "", nil
	}
	set := map[string]bool{}
	for _, x := range em.Principals {
		set[x] = true
	}
	n := max(em.Signers, 1)
	return n, fmt.Sprintf("approval.emergency: %d of %s", n, strings.Join(em.Principals, ", ")), set
}

func init() {
	effectSeverity["emergency"] = 30
}

// TunnelChange is a change cfplane made to a tunnel or its configuration,
// as the journal holds it.
type TunnelChange struct {
	Time     time.Time
	ChangeID string
	// What: "create", "rotate", "delete" or "config" (ingress changed).
	What   string
	Status string
}

// TunnelChanges lists from cfplane's journal (through the engine, whatever
// stores it) the changes to each tunnel (by id; a create by "name:NAME", its
// id being unknown before), oldest first. A change without outcome is
// "interrupted" or in flight. Compacted changes keep only the operations
// that named an existing object, so a compacted create is not listed.
func (e *Engine) TunnelChanges() (map[string][]TunnelChange, error) {
	if err := e.init(); err != nil {
		return nil, err
	}
	var cs []changeState
	err := e.journal.withIndex(func(ix *journalIndex) error {
		for _, id := range ix.tunnels {
			if c := ix.changes[id]; c != nil {
				cs = append(cs, *c)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := map[string][]TunnelChange{}
	for i := range cs {
		c := &cs[i]
		refs := c.intent.Touched
		if !c.compacted {
			full, err := e.journal.intentAt(c)
			if err != nil {
				return nil, err
			}
			refs = opRefs(full.Ops)
		}
		st := StatusInterrupted
		if c.outcome != nil && c.outcome.Status != "" {
			st = c.outcome.Status
		}
		for _, op := range refs {
			key, what := op.ID, ""
			switch {
			case op.Kind == KindTunnelConfig:
				what = "config"
			case op.Kind == KindTunnel && op.Action == ActionCreate:
				key, what = "name:"+strings.TrimPrefix(op.Identity, "tunnel "), "create"
			case op.Kind == KindTunnel && op.Action == ActionUpdate:
				what = "rotate"
			case op.Kind == KindTunnel && op.Action == ActionDelete:
				what = "delete"
			default:
				continue
			}
			out[key] = append(out[key], TunnelChange{Time: c.intent.Time, ChangeID: c.intent.ChangeID, What: what, Status: st})
		}
	}
	return out, nil
}

// tunnelsForCNAMEs makes the account's tunnels known to the invariants when
// a plan that does not touch tunnels creates or changes a CNAME to
// <id>.cfargotunnel.com, so tunnel_cname_target_exists holds for DNS-only
// plans too. It reads the tunnels into s (once) and returns their executor,
// or nil when the plan has no such CNAME, already plans tunnels, or the
// tunnels cannot be read (the invariant then treats them as unknown).
func (e *Engine) tunnelsForCNAMEs(ctx context.Context, s *Snapshot, ops []Op) Executor {
	x, ok := e.execs[KindTunnel]
	if !ok {
		return nil
	}
	wanted := false
	for _, op := range ops {
		if op.Kind == KindTunnel {
			return nil
		}
		if op.Kind == KindDNS && (op.Action == ActionCreate || op.Action == ActionUpdate) &&
			bytes.Contains(bytes.ToLower(op.After), []byte(TunnelSuffix)) {
			wanted = true
		}
	}
	if !wanted {
		return nil
	}
	if s.Objects(KindTunnel) == nil {
		objs, err := x.Read(ctx, s.Zone.ID)
		if err != nil {
			return nil
		}
		if objs == nil {
			objs = []Object{}
		}
		s.set(KindTunnel, objs)
	}
	return x
}
