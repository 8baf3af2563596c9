package config

import (
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/cfplane/cfplane/pkg/lazyre"
	"github.com/cfplane/cfplane/pkg/validate"
)

// Expressions compile on first use: most configurations never need them,
// and every server loads its configuration at start.
var (
	zoneIDRe   = lazyre.New(`^[0-9a-f]{32}$`)
	invIDRe    = lazyre.New(`^[a-z0-9][a-z0-9_.-]{0,63}$`)
	hhmmRe     = lazyre.New(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)
	recordPatt = lazyre.New(`^(@|[A-Za-z0-9*_.-]+) +[A-Z0-9*]+$`)
	weekdays   = map[string]bool{"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true}
	feedFormat = map[string]bool{"firehol": true, "spamhaus_drop": true, "spamhaus_asndrop": true, "tor_exits": true, "plain": true}
)

func (c *Config) validate(file string, doc *yaml.Node) error {
	bad := func(problem string, path ...string) error {
		return &Error{File: file, Line: lineOf(doc, path...), Key: strings.Join(path, "."), Problem: problem}
	}
	if c.Version != 1 {
		return bad(fmt.Sprintf("version %d is not supported; accepted: 1", c.Version), "version")
	}
	if c.Writes != "enabled" && c.Writes != "disabled" {
		return bad(fmt.Sprintf("%q is not accepted; accepted: enabled, disabled", c.Writes), "writes")
	}
	for i, z := range c.Zones.Allow {
		if z != "*" && !zoneIDRe.MatchString(z) && !isHostname(z) {
			return bad(fmt.Sprintf("zones.allow[%d] %q is neither a zone name, a 32-hex zone id nor \"*\"", i, z), "zones", "allow")
		}
	}
	for i, r := range c.Protected.Records {
		if !recordPatt.MatchString(r) {
			return bad(fmt.Sprintf("protected.records[%d] %q is not \"NAME TYPE\" (NAME may be @ or use *; e.g. \"@ MX\", \"*.example.com A\")", i, r), "protected", "records")
		}
	}
	seen := map[string]bool{}
	for i, inv := range c.Invariants {
		if !invIDRe.MatchString(inv.ID) {
			return bad(fmt.Sprintf("invariants[%d].id %q must be 1–64 of a-z 0-9 _ . -", i, inv.ID), "invariants")
		}
		if seen[inv.ID] {
			return bad(fmt.Sprintf("invariants[%d].id %q is used twice", i, inv.ID), "invariants")
		}
		seen[inv.ID] = true
		if strings.TrimSpace(inv.Expr) == "" {
			return bad(fmt.Sprintf("invariant %s has no expr (a CEL expression over the planned state)", inv.ID), "invariants")
		}
	}
	if c.Budgets.MaxOpsPerPlan < 1 || c.Budgets.MaxOpsPerPlan > 10000 {
		return bad(fmt.Sprintf("%d is out of range; accepted: 1–10000", c.Budgets.MaxOpsPerPlan), "budgets", "max_ops_per_plan")
	}
	if c.Budgets.MaxAppliesPerZonePerHour < 1 || c.Budgets.MaxAppliesPerZonePerHour > 10000 {
		return bad(fmt.Sprintf("%d is out of range; accepted: 1–10000", c.Budgets.MaxAppliesPerZonePerHour), "budgets", "max_applies_per_zone_per_hour")
	}
	for i, w := range c.Budgets.ChangeWindows {
		for _, d := range w.Days {
			if !weekdays[strings.ToLower(d)] {
				return bad(fmt.Sprintf("change_windows[%d]: day %q is not accepted; accepted: mon tue wed thu fri sat sun", i, d), "budgets", "change_windows")
			}
		}
		if !hhmmRe.MatchString(w.Start) || !hhmmRe.MatchString(w.End) {
			return bad(fmt.Sprintf("change_windows[%d]: start and end must be HH:MM (UTC), got %q and %q", i, w.Start, w.End), "budgets", "change_windows")
		}
	}
	if c.Approval.RiskThreshold < 0 || c.Approval.RiskThreshold > 100 {
		return bad(fmt.Sprintf("%d is out of range; accepted: 0–100", c.Approval.RiskThreshold), "approval", "risk_threshold")
	}
	if c.Approval.KeyFile != "" || c.Approval.KeyEnv != "" {
		key := "key_file"
		if c.Approval.KeyFile == "" {
			key = "key_env"
		}
		return bad("the shared approval key is no longer used: approvals are SSH signatures checked against public keys, so the server holds nothing that can make one; remove approval."+key+" and set approval.allowed_signers: PATH to a file of the approvers' public keys (\"PRINCIPAL ssh-ed25519 AAAA…\" lines, git's allowed-signers format); a person approves with `cloudflare_safe approve PLAN --key ~/.ssh/id_ed25519` or through ssh-agent", "approval", key)
	}
	for i, r := range c.Approval.RequiredSigners {
		if r.Signers < 1 || r.Signers > 10 {
			return bad(fmt.Sprintf("required_signers[%d].signers %d is out of range; accepted: 1–10", i, r.Signers), "approval", "required_signers")
		}
		if r.MinRisk < 0 || r.MinRisk > 100 || (r.MinRisk == 0 && len(r.Protected) == 0) {
			return bad(fmt.Sprintf("required_signers[%d] applies to nothing; accepted: min_risk 1–100 and/or protected: [override patterns, e.g. \"@ NS\"]", i), "approval", "required_signers")
		}
	}
	if em := c.Approval.Emergency; em != nil {
		if len(em.Principals) == 0 || len(em.Principals) > 50 {
			return bad(fmt.Sprintf("%d principals; accepted: 1–50 principals of approval.allowed_signers who may approve an emergency", len(em.Principals)), "approval", "emergency", "principals")
		}
		for i, p := range em.Principals {
			if strings.TrimSpace(p) == "" || strings.ContainsAny(p, " \t\n") {
				return bad(fmt.Sprintf("principals[%d] %q is not accepted; accepted: a principal as written in approval.allowed_signers (no spaces)", i, p), "approval", "emergency", "principals")
			}
		}
		if em.Signers == 0 {
			em.Signers = 1
		}
		if em.Signers < 1 || em.Signers > 10 || em.Signers > len(em.Principals) {
			return bad(fmt.Sprintf("%d is out of range; accepted: 1–10 and at most the number of principals (%d)", em.Signers, len(em.Principals)), "approval", "emergency", "signers")
		}
	}
	if d, err := time.ParseDuration(c.Approval.PlanTTL); err != nil || d < time.Minute || d > 24*time.Hour {
		return bad(fmt.Sprintf("%q is not accepted; accepted: a duration from 1m to 24h, e.g. 15m", c.Approval.PlanTTL), "approval", "plan_ttl")
	}
	for _, m := range []struct{ v, key string }{{c.Layer0.Mode, "mode"}, {c.Layer0.ReadMode, "read_mode"}} {
		if m.v != "off" && m.v != "shadow" && m.v != "enforce" {
			return bad(fmt.Sprintf("%q is not accepted; accepted: off, shadow, enforce", m.v), "layer0", m.key)
		}
	}
	if c.StateDir == "" {
		return bad("must not be empty", "state_dir")
	}
	if err := CheckStateStore(c.StateStore); err != nil {
		return bad(err.Error(), "state_store")
	}
	if c.Cloudflare.AccountID != "" && !zoneIDRe.MatchString(c.Cloudflare.AccountID) {
		return bad(fmt.Sprintf("%q is not a 32-hex account id", c.Cloudflare.AccountID), "cloudflare", "account_id")
	}
	if d, err := time.ParseDuration(c.Cloudflare.Timeout); err != nil || d < time.Second || d > 5*time.Minute {
		return bad(fmt.Sprintf("%q is not accepted; accepted: a duration from 1s to 5m", c.Cloudflare.Timeout), "cloudflare", "timeout")
	}
	if c.Cloudflare.MaxRetries < 0 || c.Cloudflare.MaxRetries > 10 {
		return bad(fmt.Sprintf("%d is out of range; accepted: 0–10", c.Cloudflare.MaxRetries), "cloudflare", "max_retries")
	}
	if c.Cloudflare.RequestsPer5m < 1 || c.Cloudflare.RequestsPer5m > 1200 {
		return bad(fmt.Sprintf("%d is out of range; accepted: 1–1200 (Cloudflare's limit per user)", c.Cloudflare.RequestsPer5m), "cloudflare", "requests_per_5m")
	}
	if c.Cloudflare.MaxListedItems < 1 || c.Cloudflare.MaxListedItems > 1000000 {
		return bad(fmt.Sprintf("%d is out of range; accepted: 1–1000000", c.Cloudflare.MaxListedItems), "cloudflare", "max_listed_items")
	}
	for i, f := range c.ThreatIntel.Feeds {
		if f.Name == "" || f.Path == "" {
			return bad(fmt.Sprintf("threat_intel.feeds[%d] needs name and path", i), "threat_intel", "feeds")
		}
		if !feedFormat[f.Format] {
			return bad(fmt.Sprintf("threat_intel.feeds[%d].format %q is not accepted; accepted: firehol, spamhaus_drop, spamhaus_asndrop, tor_exits, plain", i, f.Format), "threat_intel", "feeds")
		}
	}
	return nil
}

// Timeout returns the per-attempt Cloudflare API timeout.
func (c *Config) Timeout() time.Duration {
	d, err := time.ParseDuration(c.Cloudflare.Timeout)
	if err != nil {
		return 30 * time.Second
	}
	return d
}

// isHostname reports whether s can be a zone name (at least two labels).
func isHostname(s string) bool {
	return strings.Contains(s, ".") && validate.Hostname("zone", s) == nil
}
