// Package wafcheck analyses a Cloudflare WAF configuration: it loads a
// snapshot (live from the API, from ruleset JSON or from Terraform HCL),
// runs the checks, builds the attack-class coverage matrix and maps the
// result to compliance frameworks. It only reads.
package wafcheck

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/rules"
)

// Source kinds of a snapshot.
const (
	SourceZone      = "zone"
	SourceJSON      = "ruleset_json"
	SourceTerraform = "terraform_hcl"
)

// Phases the analysis reads.
const (
	PhaseCustom    = "http_request_firewall_custom"
	PhaseRateLimit = "http_ratelimit"
	PhaseManaged   = "http_request_firewall_managed"
)

// Well-known managed ruleset ids (waf/managed-rules).
var managedKinds = map[string]string{
	"efb7b8c949ac4650a09736fc376e9aee": ManagedCloudflare,
	"77454fe2d30c4220b5701f6fdfb893ba": ManagedFree,
	"4814384a9e5d4991b9815dcfc25d2f1f": ManagedOWASP,
	"c2e184081120413c86c3ab7e14069605": ManagedExposedCreds,
}

// Managed ruleset kinds.
const (
	ManagedCloudflare   = "cloudflare_managed"
	ManagedFree         = "cloudflare_free_managed"
	ManagedOWASP        = "owasp_core"
	ManagedExposedCreds = "exposed_credentials"
)

// OWASPAnomalyRuleID is the OWASP Core Ruleset rule carrying score_threshold.
const OWASPAnomalyRuleID = "6179ae15870a4bb7b2d480d4843b323c"

// Ruleset is one ruleset of the snapshot. Address names it in the source
// (Terraform resource address or API id).
type Ruleset struct {
	cfclient.Ruleset
	Address string `json:"address,omitempty"`
}

// List is an account list with (when known) its items.
type List struct {
	cfclient.IPList
	Items      []string `json:"items,omitempty"`
	ItemsKnown bool     `json:"items_known"`
}

// Snapshot is everything the checks look at. Known* say which parts the
// source carried: a check whose data is missing does not run, and the
// result says so.
type Snapshot struct {
	Source   string                     `json:"source"`
	ZoneID   string                     `json:"zone_id,omitempty"`
	ZoneName string                     `json:"zone_name,omitempty"`
	Plan     string                     `json:"plan,omitempty"`
	Rulesets []Ruleset                  `json:"rulesets"`
	Settings map[string]json.RawMessage `json:"settings,omitempty"`
	DNS      []cfclient.DNSRecord       `json:"dns,omitempty"`
	Lists    []List                     `json:"lists,omitempty"`

	// PhasesKnown lists the phases whose full content is in the snapshot.
	PhasesKnown   []string `json:"phases_known"`
	SettingsKnown bool     `json:"settings_known"`
	DNSKnown      bool     `json:"dns_known"`
	ListsKnown    bool     `json:"lists_known"`
	// ManagedNames maps managed ruleset ids to names (live zones).
	ManagedNames map[string]string `json:"managed_names,omitempty"`
}

// Hash is the SHA-256 of the snapshot's canonical JSON: the same
// configuration always hashes the same.
func (s *Snapshot) Hash() string {
	c := *s
	c.PhasesKnown = append([]string(nil), s.PhasesKnown...)
	sort.Strings(c.PhasesKnown)
	b, _ := json.Marshal(c) // maps marshal with sorted keys
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// PlanLevel is the snapshot's plan for the Rules checker.
func (s *Snapshot) PlanLevel() rules.Plan {
	p, _ := rules.ParsePlan(s.Plan)
	return p
}

// PhaseKnown reports whether the phase's content is in the snapshot.
func (s *Snapshot) PhaseKnown(phase string) bool {
	for _, p := range s.PhasesKnown {
		if p == phase {
			return true
		}
	}
	return false
}

// RulesetsOf returns the rulesets of a phase.
func (s *Snapshot) RulesetsOf(phase string) []Ruleset {
	var out []Ruleset
	for _, rs := range s.Rulesets {
		if rs.Phase == phase {
			out = append(out, rs)
		}
	}
	return out
}

// Setting returns a zone setting's string value ("" when absent or not a
// string).
func (s *Snapshot) Setting(id string) (string, bool) {
	raw, ok := s.Settings[id]
	if !ok {
		return "", false
	}
	var v string
	if json.Unmarshal(raw, &v) != nil {
		return string(raw), true
	}
	return v, true
}

// ManagedKind classifies an executed managed ruleset id.
func (s *Snapshot) ManagedKind(id string) string {
	if k, ok := managedKinds[id]; ok {
		return k
	}
	name := strings.ToLower(s.ManagedNames[id])
	switch {
	case strings.Contains(name, "owasp"):
		return ManagedOWASP
	case strings.Contains(name, "free managed"):
		return ManagedFree
	case strings.Contains(name, "cloudflare managed"):
		return ManagedCloudflare
	case strings.Contains(name, "exposed credentials"):
		return ManagedExposedCreds
	}
	return ""
}

func (s *Snapshot) addPhase(p string) {
	if p != "" && !s.PhaseKnown(p) {
		s.PhasesKnown = append(s.PhasesKnown, p)
	}
}

// RuleRef names a rule for findings: its id, else its ref, else its
// position in the source.
func RuleRef(rs Ruleset, i int) string {
	r := rs.Rules[i]
	switch {
	case r.ID != "":
		return r.ID
	case r.Ref != "":
		return r.Ref
	}
	base := rs.Address
	if base == "" {
		base = rs.ID
	}
	if base == "" {
		base = rs.Phase
	}
	return base + ".rules[" + itoa(i) + "]"
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	p := len(b)
	for i > 0 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		p--
		b[p] = '-'
	}
	return string(b[p:])
}

// Enabled reports whether a rule is enabled (absent means enabled).
func Enabled(r cfclient.Rule) bool { return r.Enabled == nil || *r.Enabled }
