package telemetry

import (
	"encoding/json"
	"strings"
)

// planTools make plans (cloudflare_safe's mutating tools).
var planTools = map[string]bool{
	"dns_record_manage":    true,
	"waf_rule_configure":   true,
	"zone_settings_manage": true,
}

// ObserveToolResult records the domain metrics a tool's result carries:
// plans and invariant results, applies, rollbacks, tunnel health. isError
// is the MCP result's isError; structured its structuredContent.
func ObserveToolResult(tool string, isError bool, structured any) {
	switch {
	case planTools[tool]:
		if isError {
			Plans.Inc(tool, "refused")
			return
		}
		// The plan is the result itself or its "plan" member.
		var w struct {
			planView
			Plan *planView `json:"plan"`
		}
		if !decode(structured, &w) {
			return
		}
		v := w.planView
		if w.Plan != nil {
			v = *w.Plan
		}
		if v.PlanID == "" {
			return // a read action of the tool (e.g. list)
		}
		outcome := "planned"
		if v.ApprovalRequired {
			outcome = "needs_approval"
		}
		Plans.Inc(tool, outcome)
		for _, r := range v.Invariants {
			res := "pass"
			if !r.OK {
				res = "violated"
			}
			Invariants.Inc(label(r.ID), res)
		}
	case tool == "change_apply", tool == "change_rollback":
		vec := Applies
		if tool == "change_rollback" {
			vec = Rollbacks
		}
		if isError {
			vec.Inc("refused")
			return
		}
		var v struct {
			Status     string          `json:"status"`
			PlanID     string          `json:"plan_id"`
			Plan       json.RawMessage `json:"plan"`
			RollbackOf string          `json:"rollback_of"`
		}
		if !decode(structured, &v) {
			return
		}
		switch {
		case v.Status != "":
			vec.Inc(label(v.Status))
			if tool == "change_apply" && v.RollbackOf != "" {
				// Applying a rollback plan: the rollback itself.
				Rollbacks.Inc(label(v.Status))
			}
		case v.PlanID != "", len(v.Plan) > 0 && string(v.Plan) != "null":
			vec.Inc("planned")
		}
	case tool == "tunnel_health_check":
		if isError {
			return
		}
		var v struct {
			Tunnels []struct {
				ID         string `json:"id"`
				Name       string `json:"name"`
				Status     string `json:"status"`
				Connectors []struct {
					Connections int `json:"connections"`
				} `json:"connectors"`
			} `json:"tunnels"`
		}
		if !decode(structured, &v) {
			return
		}
		for _, t := range v.Tunnels {
			conns := 0
			for _, c := range t.Connectors {
				conns += c.Connections
			}
			up := 0.0
			if t.Status == "healthy" {
				up = 1
			}
			id := label(t.ID)
			TunnelUp.Set(up, id)
			TunnelConnections.Set(float64(conns), id)
			TunnelChecks.Inc(label(t.Status))
		}
	}
}

type planView struct {
	PlanID           string `json:"plan_id"`
	ApprovalRequired bool   `json:"approval_required"`
	Invariants       []struct {
		ID string `json:"id"`
		OK bool   `json:"ok"`
	} `json:"invariants"`
}

func decode(structured any, v any) bool {
	if structured == nil {
		return false
	}
	b, err := json.Marshal(structured)
	if err != nil {
		return false
	}
	return json.Unmarshal(b, v) == nil
}

// label bounds a label value taken from a result: short, plain characters.
func label(s string) string {
	if len(s) > 64 {
		s = s[:64]
	}
	return strings.Map(func(r rune) rune {
		if r == '.' || r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return '_'
	}, s)
}
