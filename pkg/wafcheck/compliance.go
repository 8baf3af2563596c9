package wafcheck

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Frameworks.
const (
	FrameworkPCI    = "pci"
	FrameworkASVS   = "asvs"
	FrameworkOWASP  = "owasp"
	FrameworkNIST   = "nist"
	FrameworkAll    = "all"
	StatusPass      = "pass"
	StatusPartial   = "partial"
	StatusFail      = "fail"
	StatusNA        = "not_applicable"
	StatusNotAssess = "not_assessed"
)

// Control is one framework control's assessment.
type Control struct {
	Framework string   `json:"framework"`
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Status    string   `json:"status" jsonschema:"pass, partial, fail, not_applicable, not_assessed"`
	Evidence  []string `json:"evidence"`
	Gaps      []string `json:"gaps"`
	Snapshot  string   `json:"snapshot" jsonschema:"hash of the configuration the evidence came from"`
}

// ComplianceReport maps a snapshot to framework controls.
type ComplianceReport struct {
	Frameworks   []string       `json:"frameworks"`
	Source       string         `json:"source"`
	Zone         string         `json:"zone,omitempty"`
	SnapshotHash string         `json:"snapshot_hash"`
	Controls     []Control      `json:"controls"`
	Summary      map[string]int `json:"summary"`
	Note         string         `json:"note"`
	// RuleNames maps the ids of the snapshot's rules and rulesets to what a
	// reader knows them by (description, or action and expression), so
	// the rendered reports name rules instead of showing 32-hex ids.
	RuleNames map[string]string `json:"-"`
	// GeneratedAt and Version are set by whoever renders the report (the
	// mapping itself depends only on the snapshot).
	GeneratedAt time.Time `json:"-"`
	Version     string    `json:"-"`
}

func gapStatus(s string) string {
	switch s {
	case Covered:
		return StatusPass
	case Partial:
		return StatusPartial
	case Missing:
		return StatusFail
	}
	return StatusNotAssess
}

type controlDef struct {
	framework, id, title string
	rows                 []string // gap rows whose worst status decides
	custom               func(c *compCtx) (status string, evidence, gaps []string)
}

type compCtx struct {
	s    *Snapshot
	e    *env
	res  *Result
	gaps *GapResult
	rows map[string]GapRow
}

func (c *compCtx) settingEvidence(ids ...string) []string {
	var out []string
	if !c.s.SettingsKnown {
		return []string{"zone settings not in the input"}
	}
	for _, id := range ids {
		if v, ok := c.s.Setting(id); ok {
			out = append(out, "setting "+id+" = "+v)
		}
	}
	return out
}

var controlDefs = []controlDef{
	{FrameworkPCI, "6.4.1", "Public-facing web applications are protected against attacks (automated technical solution)", []string{"A03 Injection"}, nil},
	{FrameworkPCI, "6.4.2", "Automated technical solution detects and prevents web-based attacks (in front, running, up to date, blocking, logging)", nil, pci642},
	{FrameworkPCI, "6.4.3", "Payment page scripts are authorised, integrity-checked and inventoried", nil, clientSide},
	{FrameworkPCI, "11.6.1", "Change and tamper detection on payment pages", nil, clientSide},
	{FrameworkPCI, "4.2.1", "Strong cryptography protects cardholder data in transit", []string{"A02 Cryptographic Failures"}, nil},
	{"asvs-4.0.3", "V5.3.4", "SQL injection protection", []string{"sqli"}, nil},
	{"asvs-4.0.3", "V5.3.3", "Cross-site scripting protection", []string{"xss"}, nil},
	{"asvs-4.0.3", "V5.3.8", "OS command injection protection", []string{"rce"}, nil},
	{"asvs-4.0.3", "V5.3.9", "Local and remote file inclusion protection", []string{"lfi_rfi"}, nil},
	{"asvs-4.0.3", "V2.2.1", "Anti-automation against credential stuffing and brute force", []string{"credential_stuffing"}, nil},
	{"asvs-4.0.3", "V11.1.4", "Anti-automation of business functions", []string{"volumetric_auth_api"}, nil},
	{"asvs-4.0.3", "V9.1.1", "TLS for all client connectivity", []string{"A02 Cryptographic Failures"}, nil},
	{"asvs-4.0.3", "V14.4.5", "Strict-Transport-Security header", nil, hstsControl},
	{"asvs-4.0.3", "V7.1.3", "Security-relevant events are logged", []string{"A09 Security Logging and Monitoring Failures"}, nil},
	{"asvs-5.0", "V1.2", "Injection prevention", []string{"A03 Injection"}, nil},
	{"asvs-5.0", "V6.3.1", "Controls against credential stuffing and brute force", []string{"credential_stuffing"}, nil},
	{"asvs-5.0", "V2.4.1", "Anti-automation controls against excessive calls", []string{"volumetric_auth_api"}, nil},
	{"asvs-5.0", "V12.1.1", "Only current TLS versions (1.2, 1.3) enabled", nil, tlsVersion},
	{"asvs-5.0", "V12.2.1", "TLS for all connectivity, no fallback to plain HTTP", []string{"A02 Cryptographic Failures"}, nil},
	{"asvs-5.0", "V3.4.1", "Strict-Transport-Security header", nil, hstsControl},
	{"asvs-5.0", "V16.3.3", "Attempts to bypass security controls are logged", []string{"A09 Security Logging and Monitoring Failures"}, nil},
	{FrameworkOWASP, "A01", "Broken Access Control", []string{"A01 Broken Access Control"}, nil},
	{FrameworkOWASP, "A02", "Cryptographic Failures", []string{"A02 Cryptographic Failures"}, nil},
	{FrameworkOWASP, "A03", "Injection", []string{"A03 Injection"}, nil},
	{FrameworkOWASP, "A04", "Insecure Design", []string{"A04 Insecure Design"}, nil},
	{FrameworkOWASP, "A05", "Security Misconfiguration", []string{"A05 Security Misconfiguration"}, nil},
	{FrameworkOWASP, "A06", "Vulnerable and Outdated Components", []string{"A06 Vulnerable and Outdated Components"}, nil},
	{FrameworkOWASP, "A07", "Identification and Authentication Failures", []string{"A07 Identification and Authentication Failures"}, nil},
	{FrameworkOWASP, "A08", "Software and Data Integrity Failures", []string{"A08 Software and Data Integrity Failures"}, nil},
	{FrameworkOWASP, "A09", "Security Logging and Monitoring Failures", []string{"A09 Security Logging and Monitoring Failures"}, nil},
	{FrameworkOWASP, "A10", "Server-Side Request Forgery", []string{"A10 Server-Side Request Forgery"}, nil},
	{FrameworkNIST, "SC-5", "Denial-of-Service Protection", []string{"volumetric_auth_api"}, nil},
	{FrameworkNIST, "SC-7", "Boundary Protection", nil, boundary},
	{FrameworkNIST, "SC-8", "Transmission Confidentiality and Integrity", []string{"A02 Cryptographic Failures"}, nil},
	{FrameworkNIST, "SI-4", "System Monitoring", []string{"A09 Security Logging and Monitoring Failures"}, nil},
	{FrameworkNIST, "SI-10", "Information Input Validation", []string{"A03 Injection"}, nil},
}

// frameworkKey maps a control's framework to the control ids used in
// findings (framework:control).
var findingPrefix = map[string]string{FrameworkPCI: "pci-dss-4.0", "asvs-4.0.3": "asvs-4.0.3", "asvs-5.0": "asvs-5.0", FrameworkOWASP: "owasp-top10-2021", FrameworkNIST: "nist-800-53"}

var frameworkName = map[string]string{FrameworkPCI: "PCI DSS 4.0", "asvs-4.0.3": "OWASP ASVS 4.0.3", "asvs-5.0": "OWASP ASVS 5.0", FrameworkOWASP: "OWASP Top 10 2021", FrameworkNIST: "NIST SP 800-53 Rev. 5"}

// FrameworkName is a framework's display name.
func FrameworkName(f string) string { return frameworkName[f] }

func wanted(framework, selected string) bool {
	switch selected {
	case FrameworkAll, "":
		return true
	case FrameworkASVS:
		return strings.HasPrefix(framework, "asvs")
	}
	return framework == selected
}

// Compliance maps a snapshot to the controls of a framework (pci, asvs,
// owasp, nist or all).
func Compliance(s *Snapshot, framework string) (*ComplianceReport, error) {
	switch framework {
	case FrameworkPCI, FrameworkASVS, FrameworkOWASP, FrameworkNIST, FrameworkAll, "":
	default:
		return nil, fmt.Errorf("framework %q is not accepted; accepted: pci, asvs, owasp, nist, all", framework)
	}
	if framework == "" {
		framework = FrameworkAll
	}
	res := Analyze(s)
	gaps := Gaps(s)
	c := &compCtx{s: s, e: newEnv(s), res: res, gaps: gaps, rows: map[string]GapRow{}}
	for _, r := range gaps.Rows {
		c.rows[r.Category] = r
	}
	rep := &ComplianceReport{Source: s.Source, Zone: s.ZoneName, SnapshotHash: res.SnapshotHash, Summary: map[string]int{},
		Note:      "A WAF and edge settings contribute evidence to these controls; they do not verify the application itself.",
		RuleNames: ruleNames(s)}
	seenFw := map[string]bool{}
	for _, d := range controlDefs {
		if !wanted(d.framework, framework) {
			continue
		}
		seenFw[d.framework] = true
		ctl := Control{Framework: d.framework, ID: d.id, Title: d.title, Snapshot: res.SnapshotHash, Evidence: []string{}, Gaps: []string{}}
		if d.custom != nil {
			ctl.Status, ctl.Evidence, ctl.Gaps = d.custom(c)
		} else {
			var sts []string
			for _, rn := range d.rows {
				r := c.rows[rn]
				sts = append(sts, r.Status)
				ctl.Evidence = append(ctl.Evidence, rn+": "+r.Status+" — "+r.Why)
				if r.Status == Partial || r.Status == Missing {
					for _, p := range r.Proposals {
						ctl.Gaps = append(ctl.Gaps, p.Summary)
					}
				}
			}
			ctl.Status = gapStatus(worst(sts...))
			if ctl.Status == StatusPass && len(sts) == 1 && sts[0] == NotAssessed {
				ctl.Status = StatusNotAssess
			}
		}
		// Findings that affect the control are gaps; a high one caps a pass.
		key := findingPrefix[d.framework] + ":" + d.id
		for _, f := range res.Findings {
			for _, fc := range f.Controls {
				if fc == key {
					ctl.Gaps = append(ctl.Gaps, f.Check+" ("+f.Severity+") on "+strOr(f.RuleID, "zone")+": "+f.Title)
					if ctl.Status == StatusPass && sevRank[f.Severity] >= sevRank[SevHigh] {
						ctl.Status = StatusPartial
					}
				}
			}
		}
		ctl.Gaps = dedupe(ctl.Gaps)
		rep.Controls = append(rep.Controls, ctl)
		rep.Summary[ctl.Status]++
	}
	for f := range seenFw {
		rep.Frameworks = append(rep.Frameworks, f)
	}
	sort.Strings(rep.Frameworks)
	return rep, nil
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func pci642(c *compCtx) (string, []string, []string) {
	cf := c.e.managed(ManagedCloudflare, ManagedFree)
	ow := c.e.managed(ManagedOWASP)
	ev := []string{"Cloudflare Managed Ruleset: " + cf.status + " " + strings.Join(cf.why, ", "), "OWASP Core Ruleset: " + ow.status + " " + strings.Join(ow.why, ", ")}
	var gaps []string
	if cf.status == NotAssessed {
		return StatusNotAssess, ev, []string{"the managed phase is not in the input"}
	}
	status := StatusPass
	if cf.status != Covered && ow.status != Covered {
		status = StatusFail
		gaps = append(gaps, "no managed ruleset enforces in front of the application")
	} else if cf.status != Covered || ow.status != Covered {
		status = StatusPartial
	}
	if c.s.DNSKnown {
		exposed := 0
		for _, f := range c.res.Findings {
			if f.Check == "dns-origin-exposed" {
				exposed++
			}
		}
		ev = append(ev, fmt.Sprintf("%d DNS records, %d unproxied records expose an origin", len(c.s.DNS), exposed))
		if exposed > 0 && status == StatusPass {
			status = StatusPartial
		}
	}
	return status, ev, gaps
}

func clientSide(c *compCtx) (string, []string, []string) {
	return StatusNotAssess, []string{"client-side security (Page Shield) is outside the configuration this tool reads"},
		[]string{"Evidence must come from Page Shield (script monitor, policies, change alerts) or another client-side control"}
}

func hstsControl(c *compCtx) (string, []string, []string) {
	if !c.s.SettingsKnown {
		return StatusNotAssess, []string{"zone settings not in the input"}, []string{}
	}
	h, ok := c.e.hsts()
	if !ok {
		return StatusFail, []string{"security_header not set"}, []string{"Enable HSTS"}
	}
	ev := []string{fmt.Sprintf("HSTS enabled=%v max_age=%d include_subdomains=%v", h.STS.Enabled, h.STS.MaxAge, h.STS.IncludeSubdomains)}
	switch {
	case !h.STS.Enabled:
		return StatusFail, ev, []string{"Enable HSTS with max-age ≥ 15552000"}
	case h.STS.MaxAge < 15552000 || !h.STS.IncludeSubdomains:
		return StatusPartial, ev, []string{"Raise max-age to ≥ 15552000 and include subdomains"}
	}
	return StatusPass, ev, []string{}
}

func tlsVersion(c *compCtx) (string, []string, []string) {
	if !c.s.SettingsKnown {
		return StatusNotAssess, []string{"zone settings not in the input"}, []string{}
	}
	ev := c.settingEvidence("min_tls_version", "tls_1_3")
	v, _ := c.s.Setting("min_tls_version")
	switch v {
	case "1.2", "1.3":
		return StatusPass, ev, []string{}
	}
	return StatusFail, ev, []string{"Set the minimum TLS version to 1.2"}
}

func boundary(c *compCtx) (string, []string, []string) {
	cf := c.e.managed(ManagedCloudflare, ManagedFree)
	ev := []string{"Cloudflare Managed Ruleset: " + cf.status}
	var gaps []string
	st := gapStatus(cf.status)
	if skips := c.e.weakSkips(); len(skips) > 0 {
		ev = append(ev, "client-triggerable skip rules: "+strings.Join(skips, ", "))
		gaps = append(gaps, "Tie skip rules to trusted sources")
		if st == StatusPass {
			st = StatusPartial
		}
	}
	return st, ev, gaps
}

// ruleNames names every rule and ruleset of the snapshot.
func ruleNames(s *Snapshot) map[string]string {
	out := map[string]string{}
	for _, rs := range s.Rulesets {
		if rs.ID != "" {
			out[rs.ID] = strOr(rs.Name, "ruleset "+rs.Phase)
		}
		for _, r := range rs.Rules {
			if r.ID == "" {
				continue
			}
			name := strings.TrimSpace(r.Description)
			if name == "" {
				name = r.Action + " " + clipText(r.Expression, 60)
			}
			out[r.ID] = name
		}
	}
	for id, name := range s.ManagedNames {
		if _, ok := out[id]; !ok {
			out[id] = name
		}
	}
	return out
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
