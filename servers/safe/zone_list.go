package safe

import (
	"context"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// ZoneListArgs are zone_list's arguments.
type ZoneListArgs struct {
	Name   string `json:"name,omitempty" jsonschema:"only the zone with this exact name"`
	Status string `json:"status,omitempty" jsonschema:"only zones with this status: active, pending, initializing, moved, deleted, deactivated"`
}

// Zone is one zone in zone_list's result.
type Zone struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
	Plan   string `json:"plan"`
}

// ZoneListResult is zone_list's result.
type ZoneListResult struct {
	Zones []Zone `json:"zones"`
	// Hidden counts zones the token sees that the config's allowlist hides.
	Hidden int `json:"hidden"`
	// Truncated is set when the account has more zones than one listing returns.
	Truncated bool `json:"truncated"`
}

var zoneStatuses = map[string]bool{"active": true, "pending": true, "initializing": true, "moved": true, "deleted": true, "deactivated": true}

func zoneList(d *cli.Deps) mcpkit.Tool {
	return mcpkit.NewTool("zone_list",
		"List zones the token can see and the config allows: id, name, status, plan.",
		mcpkit.ReadHints,
		func(ctx context.Context, a ZoneListArgs) (ZoneListResult, error) {
			if a.Status != "" && !zoneStatuses[a.Status] {
				return ZoneListResult{}, mcpkit.Errorf("status %q is not accepted; accepted: active, pending, initializing, moved, deleted, deactivated", a.Status)
			}
			page, err := d.Client.ListZones(ctx, cfclient.ZoneFilter{Status: a.Status}, 0)
			if err != nil {
				return ZoneListResult{}, mcpkit.Errorf("listing zones failed: %v", err)
			}
			res := ZoneListResult{Zones: []Zone{}, Truncated: page.Truncated}
			for _, z := range page.Items {
				if !d.Config.ZoneAllowed(z.Name, z.ID) {
					res.Hidden++
					continue
				}
				if a.Name != "" && !strings.EqualFold(a.Name, z.Name) {
					continue
				}
				if a.Status != "" && a.Status != z.Status {
					continue
				}
				res.Zones = append(res.Zones, Zone{ID: z.ID, Name: z.Name, Status: z.Status, Plan: z.Plan.Name})
			}
			sort.Slice(res.Zones, func(i, j int) bool { return res.Zones[i].Name < res.Zones[j].Name })
			return res, nil
		})
}
