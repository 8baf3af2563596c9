// Package config reads cfplane.yaml: which zones the servers may touch,
// which objects are protected, the invariants every plan must keep, budgets,
// approval, Layer0 and where the journal and audit log live.
//
// Decoding is strict: an unknown key, a wrong type or a value out of range is
// an error naming the file, the line and the key, and what is accepted.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// MaxFileBytes caps the configuration file.
const MaxFileBytes = 1 << 20

// Config is the whole of cfplane.yaml.
type Config struct {
	// Version of the file format; only 1 exists.
	Version int `yaml:"version"`
	// Writes: "disabled" (default) or "enabled". --read-only beats it.
	Writes string `yaml:"writes"`
	// Zones the servers may touch (names or 32-hex ids); "*" allows every
	// zone the token sees. Empty means every zone.
	Zones ZonesConfig `yaml:"zones"`
	// Protected objects: changing them needs an approval naming the override.
	Protected Protected `yaml:"protected"`
	// Invariants are extra CEL rules over the planned post-state.
	Invariants []Invariant `yaml:"invariants"`
	Budgets    Budgets     `yaml:"budgets"`
	Approval   Approval    `yaml:"approval"`
	Layer0     Layer0      `yaml:"layer0"`
	// StateDir holds plans, the journal, snapshots and the audit log.
	StateDir string `yaml:"state_dir"`
	// StateStore keeps plans, approvals, the journal and budgets somewhere
	// other than state_dir's files: "bolt" (one embedded database file in
	// state_dir) or a postgres:// URL (replicas on one database).
	// CFPLANE_STATE_STORE overrides it. Empty: files in state_dir.
	StateStore string     `yaml:"state_store"`
	Cloudflare Cloudflare `yaml:"cloudflare"`
	// ThreatIntel lists reputation feeds on disk for oracle_answer.
	ThreatIntel ThreatIntel `yaml:"threat_intel"`
}

// ZonesConfig is the zone allowlist.
type ZonesConfig struct {
	Allow []string `yaml:"allow"`
}

// Protected lists patterns of objects that need an explicit override.
type Protected struct {
	// Records are "NAME TYPE" patterns, NAME may be "@" (apex) or use "*".
	Records []string `yaml:"records"`
	// Rules are ruleset rule ids.
	Rules []string `yaml:"rules"`
	// Tunnels are tunnel ids or names.
	Tunnels []string `yaml:"tunnels"`
}

// Invariant is one operator-written CEL rule.
type Invariant struct {
	ID      string `yaml:"id"`
	Expr    string `yaml:"expr"`
	Message string `yaml:"message"`
}

// Budgets bound how much a plan and a zone can change.
type Budgets struct {
	MaxOpsPerPlan            int            `yaml:"max_ops_per_plan"`
	MaxAppliesPerZonePerHour int            `yaml:"max_applies_per_zone_per_hour"`
	ChangeWindows            []ChangeWindow `yaml:"change_windows"`
}

// ChangeWindow allows applies on some weekdays between two UTC times.
type ChangeWindow struct {
	Days  []string `yaml:"days"`
	Start string   `yaml:"start"`
	End   string   `yaml:"end"`
}

// Approval configures out-of-band approval.
type Approval struct {
	// RiskThreshold: plans whose risk score reaches it need approval.
	RiskThreshold int `yaml:"risk_threshold"`
	// AllowedSigners is a file of the approvers' SSH public keys in git's
	// allowed-signers format ("PRINCIPAL ssh-ed25519 AAAA…" per line).
	// Approvals are SSH signatures; the server holds only these public keys.
	AllowedSigners string `yaml:"allowed_signers"`
	// RequiredSigners asks for more than one approver for some plans.
	RequiredSigners []SignerRule `yaml:"required_signers"`
	// Emergency is who approves an emergency plan (tunnel
	// emergency_unpublish), and how many of them: it replaces
	// required_signers for those plans. Unset, emergencies follow the
	// ordinary rules. An emergency plan always needs an approval.
	Emergency *EmergencyApproval `yaml:"emergency"`
	// KeyFile and KeyEnv are the settings of the old symmetric approval
	// codes; they are refused with an error saying what to set instead.
	KeyFile string `yaml:"key_file"`
	KeyEnv  string `yaml:"key_env"`
	// PlanTTL is how long a plan stays valid, e.g. "15m".
	PlanTTL string `yaml:"plan_ttl"`
}

// EmergencyApproval names the people whose signatures count for an
// emergency plan (principals of approval.allowed_signers) and how many
// distinct ones are needed (signers, default 1).
type EmergencyApproval struct {
	Principals []string `yaml:"principals"`
	Signers    int      `yaml:"signers"`
}

// SignerRule asks for Signers distinct approvers when a plan's risk
// reaches MinRisk (when set) or when it touches one of the Protected
// override patterns (e.g. "@ NS").
type SignerRule struct {
	Signers   int      `yaml:"signers"`
	MinRisk   int      `yaml:"min_risk"`
	Protected []string `yaml:"protected"`
}

// Layer0 configures the pre-execution classifier.
type Layer0 struct {
	// Mode for mutating calls: off, shadow or enforce.
	Mode string `yaml:"mode"`
	// ReadMode for read calls: off, shadow or enforce.
	ReadMode string `yaml:"read_mode"`
	// Policy is a policy file path; empty uses the shipped defaults.
	Policy string `yaml:"policy"`
	// Strict refuses plans without a valid Layer0 receipt.
	Strict bool `yaml:"strict"`
}

// Cloudflare configures the API client.
type Cloudflare struct {
	AccountID      string `yaml:"account_id"`
	Timeout        string `yaml:"timeout"`
	MaxRetries     int    `yaml:"max_retries"`
	RequestsPer5m  int    `yaml:"requests_per_5m"`
	MaxListedItems int    `yaml:"max_listed_items"`
}

// ThreatIntel lists reputation feeds.
type ThreatIntel struct {
	Feeds []Feed `yaml:"feeds"`
}

// Feed is one reputation list on disk.
type Feed struct {
	Name   string `yaml:"name"`
	Path   string `yaml:"path"`
	Format string `yaml:"format"`
}

// Default returns the configuration used when no file is given: writes off,
// every zone allowed, apex NS/SOA/MX protected, Layer0 enforcing on writes.
func Default() *Config {
	return &Config{
		Version: 1,
		Writes:  "disabled",
		Protected: Protected{
			Records: []string{"@ NS", "@ SOA", "@ MX"},
		},
		Budgets: Budgets{MaxOpsPerPlan: 200, MaxAppliesPerZonePerHour: 30},
		Approval: Approval{
			RiskThreshold: 60,
			PlanTTL:       "15m",
		},
		Layer0:   Layer0{Mode: "enforce", ReadMode: "shadow"},
		StateDir: defaultStateDir(),
		Cloudflare: Cloudflare{
			Timeout:        "30s",
			MaxRetries:     2,
			RequestsPer5m:  1200,
			MaxListedItems: 10000,
		},
	}
}

func defaultStateDir() string {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "cfplane")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "state", "cfplane")
	}
	return filepath.Join(os.TempDir(), "cfplane")
}

// WritesEnabled reports whether the file enables writes.
func (c *Config) WritesEnabled() bool { return c.Writes == "enabled" }

// PlanTTL returns the plan lifetime.
func (c *Config) PlanTTL() time.Duration {
	d, err := time.ParseDuration(c.Approval.PlanTTL)
	if err != nil || d <= 0 {
		return 15 * time.Minute
	}
	return d
}

// ZoneAllowed reports whether a zone (by name or id) is on the allowlist.
func (c *Config) ZoneAllowed(name, id string) bool {
	if len(c.Zones.Allow) == 0 {
		return true
	}
	for _, z := range c.Zones.Allow {
		if z == "*" || strings.EqualFold(z, name) || z == id {
			return true
		}
	}
	return false
}

// Error is a configuration error at a place in the file.
type Error struct {
	File    string
	Line    int
	Key     string
	Problem string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Key != "" {
		fmt.Fprintf(&b, ": %s", e.Key)
	}
	fmt.Fprintf(&b, ": %s", e.Problem)
	return b.String()
}

// StateStoreEnv overrides state_store (a URL with a password belongs in
// the environment, e.g. from a Kubernetes Secret, not in the file).
const StateStoreEnv = "CFPLANE_STATE_STORE"

// Store returns the state store setting in force: CFPLANE_STATE_STORE when
// set, else state_store.
func (c *Config) Store() string {
	if v := strings.TrimSpace(os.Getenv(StateStoreEnv)); v != "" {
		return v
	}
	return strings.TrimSpace(c.StateStore)
}

// CheckStateStore says what is wrong with a state store setting (never
// repeating a password).
func CheckStateStore(v string) error {
	switch {
	case v == "", v == "files", v == "bolt":
		return nil
	case strings.HasPrefix(v, "postgres://"), strings.HasPrefix(v, "postgresql://"):
		return nil
	}
	shown := v
	if i := strings.Index(shown, "://"); i >= 0 {
		shown = shown[:i+3] + "…"
	} else if len(shown) > 12 {
		shown = shown[:12] + "…"
	}
	return fmt.Errorf("%q is not accepted; accepted: files (the default: files in state_dir), bolt (one embedded database file in state_dir) or postgres://USER@HOST:PORT/DB (password in CFPLANE_STATE_STORE or PGPASSWORD)", shown)
}

// Load reads path; an empty path returns Default().
func Load(path string) (*Config, error) {
	if path == "" {
		return Default(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{File: path, Problem: "cannot read the configuration file: " + errors.Unwrap(err).Error()}
	}
	defer f.Close()
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, &Error{File: path, Problem: "cannot read the configuration file: " + err.Error()}
	}
	if n > MaxFileBytes {
		return nil, &Error{File: path, Problem: fmt.Sprintf("file is larger than %d bytes", MaxFileBytes)}
	}
	return Parse(path, buf.Bytes())
}

// Parse decodes data (named file in errors) on top of Default().
func Parse(file string, data []byte) (*Config, error) {
	cfg := Default()
	if len(bytes.TrimSpace(data)) == 0 {
		return cfg, nil
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlSyntaxError(file, err)
	}
	if len(root.Content) == 0 {
		return cfg, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, &Error{File: file, Line: doc.Line, Problem: "the file must be a mapping of keys (version, writes, zones, …)"}
	}
	if err := checkKeys(file, doc, reflect.TypeOf(*cfg), ""); err != nil {
		return nil, err
	}
	if err := doc.Decode(cfg); err != nil {
		return nil, yamlSyntaxError(file, err)
	}
	if err := cfg.validate(file, doc); err != nil {
		return nil, err
	}
	return cfg, nil
}

// checkKeys walks the YAML tree beside the Go type and reports the first
// unknown key with the keys accepted at that place.
func checkKeys(file string, n *yaml.Node, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return &Error{File: file, Line: n.Line, Key: path, Problem: "expected a mapping of keys: " + strings.Join(yamlKeys(t), ", ")}
		}
		fields := map[string]reflect.Type{}
		for i := 0; i < t.NumField(); i++ {
			name := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
			fields[name] = t.Field(i).Type
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			key := join(path, k.Value)
			ft, ok := fields[k.Value]
			if !ok {
				return &Error{File: file, Line: k.Line, Key: key, Problem: "unknown key; accepted here: " + strings.Join(yamlKeys(t), ", ")}
			}
			if err := checkKeys(file, v, ft, key); err != nil {
				return err
			}
		}
	case reflect.Slice:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			return nil
		}
		if n.Kind != yaml.SequenceNode {
			return &Error{File: file, Line: n.Line, Key: path, Problem: "expected a list"}
		}
		for i, item := range n.Content {
			if err := checkKeys(file, item, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case reflect.String, reflect.Int, reflect.Bool:
		if n.Kind != yaml.ScalarNode {
			return &Error{File: file, Line: n.Line, Key: path, Problem: "expected a single " + t.Kind().String() + " value"}
		}
		var probe = reflect.New(t).Interface()
		if err := n.Decode(probe); err != nil {
			return &Error{File: file, Line: n.Line, Key: path, Problem: fmt.Sprintf("%q is not a valid %s", n.Value, kindName(t.Kind()))}
		}
	}
	return nil
}

func kindName(k reflect.Kind) string {
	switch k {
	case reflect.Int:
		return "integer"
	case reflect.Bool:
		return "boolean (true or false)"
	default:
		return k.String()
	}
}

func yamlKeys(t reflect.Type) []string {
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		keys = append(keys, strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0])
	}
	sort.Strings(keys)
	return keys
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func yamlSyntaxError(file string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if _, scanErr := fmt.Sscanf(msg, "line %d:", &line); scanErr == nil {
		if i := strings.Index(msg, ":"); i >= 0 {
			msg = strings.TrimSpace(msg[i+1:])
		}
	}
	return &Error{File: file, Line: line, Problem: "invalid YAML: " + msg}
}

// lineOf finds the line of a dotted key in the document, for value errors.
func lineOf(doc *yaml.Node, path ...string) int {
	n := doc
	for _, p := range path {
		found := false
		for i := 0; n.Kind == yaml.MappingNode && i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == p {
				n = n.Content[i+1]
				found = true
				break
			}
		}
		if !found {
			return 0
		}
	}
	return n.Line
}
