package cfclient

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/cloudflare/cloudflare-go/v4/option"
	"github.com/cloudflare/cloudflare-go/v4/rulesets"
)

// Ruleset phases cfplane manages.
const (
	PhaseCustom    = "http_request_firewall_custom"
	PhaseRateLimit = "http_ratelimit"
	PhaseManaged   = "http_request_firewall_managed"
)

// RulesetUpdate is the body of a phase entry point update: the complete
// rule list (rules without an id are created, missing ones are removed).
type RulesetUpdate struct {
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"`
	Rules       []Rule `json:"rules"`
}

// ruleBody is a rule plus its position, as the rule endpoints take it.
type ruleBody struct {
	Rule
	Position *RulePosition `json:"position,omitempty"`
}

// MarshalJSON writes the rule (with its extra fields) and the position.
func (b ruleBody) MarshalJSON() ([]byte, error) {
	extra := Extra{}
	for k, v := range b.Extra {
		extra[k] = v
	}
	if b.Position != nil {
		p, err := json.Marshal(b.Position)
		if err != nil {
			return nil, err
		}
		extra["position"] = p
	}
	return marshalExtra(ruleFields(b.Rule), extra)
}

func phaseErr(phase string) error {
	if phase == "" || len(phase) > 64 {
		return fmt.Errorf("%w: phase must be a ruleset phase such as %s", ErrValidation, PhaseCustom)
	}
	for i := 0; i < len(phase); i++ {
		if c := phase[i]; !(c >= 'a' && c <= 'z' || c == '_') {
			return fmt.Errorf("%w: phase must be a ruleset phase such as %s", ErrValidation, PhaseCustom)
		}
	}
	return nil
}

// ListRulesets lists a zone's rulesets (without their rules).
func (c *Client) ListRulesets(ctx context.Context, zoneID string) ([]Ruleset, error) {
	if err := idErr("zone id", zoneID); err != nil {
		return nil, err
	}
	p, err := collectAll[Ruleset](ctx, "rulesets", c.maxItems, true, func(ctx context.Context, _ int, cursor string) (*envelope, error) {
		var p rulesets.RulesetListParams
		set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
		if cursor != "" {
			set(&p.Cursor.Value, &p.Cursor.Present, cursor)
		}
		env := &envelope{}
		err := c.sdk(http.MethodGet, "zones/"+zoneID+"/rulesets", env, nil, func(opts ...option.RequestOption) error {
			_, err := c.rulesets.List(ctx, p, opts...)
			return err
		})
		return env, err
	})
	return p.Items, err
}

// GetRuleset returns a ruleset with its rules.
func (c *Client) GetRuleset(ctx context.Context, zoneID, rulesetID string) (Ruleset, error) {
	var rs Ruleset
	if err := idErr("zone id", zoneID); err != nil {
		return rs, err
	}
	if err := idErr("ruleset id", rulesetID); err != nil {
		return rs, err
	}
	var p rulesets.RulesetGetParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	err := c.sdk(http.MethodGet, "zones/"+zoneID+"/rulesets/"+rulesetID, &envelope{}, &rs, func(opts ...option.RequestOption) error {
		_, err := c.rulesets.Get(ctx, rulesetID, p, opts...)
		return err
	})
	return rs, err
}

// GetPhaseEntrypoint returns the zone's entry point ruleset of a phase.
// A phase without one fails with ErrNotFound.
func (c *Client) GetPhaseEntrypoint(ctx context.Context, zoneID, phase string) (Ruleset, error) {
	var rs Ruleset
	if err := idErr("zone id", zoneID); err != nil {
		return rs, err
	}
	if err := phaseErr(phase); err != nil {
		return rs, err
	}
	var p rulesets.PhaseGetParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	err := c.sdk(http.MethodGet, "zones/"+zoneID+"/rulesets/phases/"+phase+"/entrypoint", &envelope{}, &rs, func(opts ...option.RequestOption) error {
		_, err := c.phases.Get(ctx, rulesets.Phase(phase), p, opts...)
		return err
	})
	return rs, err
}

// UpdatePhaseEntrypoint replaces the rules of a phase's entry point ruleset
// (creating it if needed) and returns the new ruleset.
func (c *Client) UpdatePhaseEntrypoint(ctx context.Context, zoneID, phase string, u RulesetUpdate) (Ruleset, error) {
	var rs Ruleset
	if err := idErr("zone id", zoneID); err != nil {
		return rs, err
	}
	if err := phaseErr(phase); err != nil {
		return rs, err
	}
	if u.Rules == nil {
		u.Rules = []Rule{}
	}
	var p rulesets.PhaseUpdateParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	err := c.sdkBody(http.MethodPut, "zones/"+zoneID+"/rulesets/phases/"+phase+"/entrypoint", u, &envelope{}, &rs, func(opts ...option.RequestOption) error {
		_, err := c.phases.Update(ctx, rulesets.Phase(phase), p, opts...)
		return err
	})
	return rs, err
}

// CreateRule adds a rule to a ruleset (at the end unless pos says
// otherwise) and returns the updated ruleset.
func (c *Client) CreateRule(ctx context.Context, zoneID, rulesetID string, r Rule, pos *RulePosition) (Ruleset, error) {
	var rs Ruleset
	if err := idErr("zone id", zoneID); err != nil {
		return rs, err
	}
	if err := idErr("ruleset id", rulesetID); err != nil {
		return rs, err
	}
	r.ID, r.Version, r.LastUpdated = "", "", ""
	var p rulesets.RuleNewParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	p.Body = rulesets.RuleNewParamsBody{}
	err := c.sdkBody(http.MethodPost, "zones/"+zoneID+"/rulesets/"+rulesetID+"/rules", ruleBody{r, pos}, &envelope{}, &rs, func(opts ...option.RequestOption) error {
		_, err := c.rules.New(ctx, rulesetID, p, opts...)
		return err
	})
	return rs, err
}

// UpdateRule replaces a rule's definition (PATCH: the API keeps none of
// the fields left out, so r must be the complete rule, Extra included) and
// moves it when pos is set; it returns the updated ruleset.
func (c *Client) UpdateRule(ctx context.Context, zoneID, rulesetID, ruleID string, r Rule, pos *RulePosition) (Ruleset, error) {
	var rs Ruleset
	for _, x := range [][2]string{{"zone id", zoneID}, {"ruleset id", rulesetID}, {"rule id", ruleID}} {
		if err := idErr(x[0], x[1]); err != nil {
			return rs, err
		}
	}
	r.ID, r.Version, r.LastUpdated = "", "", ""
	var p rulesets.RuleEditParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	p.Body = rulesets.RuleEditParamsBody{}
	err := c.sdkBody(http.MethodPatch, "zones/"+zoneID+"/rulesets/"+rulesetID+"/rules/"+ruleID, ruleBody{r, pos}, &envelope{}, &rs, func(opts ...option.RequestOption) error {
		_, err := c.rules.Edit(ctx, rulesetID, ruleID, p, opts...)
		return err
	})
	return rs, err
}

// DeleteRule removes a rule and returns the updated ruleset.
func (c *Client) DeleteRule(ctx context.Context, zoneID, rulesetID, ruleID string) (Ruleset, error) {
	var rs Ruleset
	for _, x := range [][2]string{{"zone id", zoneID}, {"ruleset id", rulesetID}, {"rule id", ruleID}} {
		if err := idErr(x[0], x[1]); err != nil {
			return rs, err
		}
	}
	var p rulesets.RuleDeleteParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	err := c.sdk(http.MethodDelete, "zones/"+zoneID+"/rulesets/"+rulesetID+"/rules/"+ruleID, &envelope{}, &rs, func(opts ...option.RequestOption) error {
		_, err := c.rules.Delete(ctx, rulesetID, ruleID, p, opts...)
		return err
	})
	return rs, err
}
