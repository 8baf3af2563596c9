package safe

import (
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// Toolsets is the single registry of cloudflare_safe's tools: the server, the
// docs generator and the tests all read it.
func Toolsets(d *cli.Deps) ([]*mcpkit.Toolset, error) {
	// One plan engine per server: the change tools and the read tools that
	// consult its journal share it (and its journal index).
	eng, err := changeEngine(d)
	if err != nil {
		return nil, err
	}
	zones := mcpkit.NewToolset("zones", "Zones visible to the token and allowed by the config").
		AddRead(zoneList(d))
	tunnels := mcpkit.NewToolset("tunnels", "Cloudflare Tunnel health and routes: connectors, ingress and the DNS that routes to them").
		AddRead(tunnelHealthCheck(d, eng))
	analytics := mcpkit.NewToolset("analytics", "Zone traffic and security event analytics").
		AddRead(zoneAnalyticsQuery(d))
	snapshots := mcpkit.NewToolset("snapshots", "Local snapshots of a zone's configuration and diffs against live state").
		AddRead(cfSnapshot(d), cfConfigDiff(d))
	terraform := mcpkit.NewToolset("terraform", "Live state as Terraform v5 HCL, and drift between live state and Terraform").
		AddRead(tfExport(d), driftCheck(d, eng))
	changes, err := changeToolsets(d, eng, tunnels)
	if err != nil {
		return nil, err
	}
	return append([]*mcpkit.Toolset{zones, tunnels, analytics, snapshots, terraform}, changes...), nil
}
