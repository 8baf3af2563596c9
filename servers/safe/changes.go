package safe

import (
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
)

// changeToolsets are the DNS, settings and change tools. With writes on,
// dns_record_manage and zone_settings_manage plan changes and change_apply
// and change_rollback exist; read-only (or writes off) they only read, and
// change_list stays.
func changeToolsets(d *cli.Deps, eng *plan.Engine, tunnels *mcpkit.Toolset) ([]*mcpkit.Toolset, error) {
	dns := mcpkit.NewToolset("dns", "DNS records: read, and plan changes")
	settings := mcpkit.NewToolset("settings", "Zone security settings: read, and plan changes")
	waf := mcpkit.NewToolset("waf", "WAF rules, managed rulesets and IP lists: read, and plan changes")
	changes := mcpkit.NewToolset("changes", "Apply, undo and list planned changes").AddRead(changeList(d, eng))
	if d.ReadOnly || !d.Writes {
		dns.AddRead(dnsRecordRead(d))
		settings.AddRead(zoneSettingsRead(d))
		waf.AddRead(wafRuleRead(d))
		tunnels.AddRead(tunnelRouteRead(d, eng))
	} else {
		dns.AddWrite(dnsRecordManage(d, eng))
		settings.AddWrite(zoneSettingsManage(d, eng))
		waf.AddWrite(wafRuleConfigure(d, eng))
		tunnels.AddWrite(tunnelRouteManage(d, eng))
		changes.AddWrite(changeApply(d, eng), changeRollback(d, eng))
	}
	return []*mcpkit.Toolset{dns, settings, waf, changes}, nil
}
