package wafintel

import (
	"context"
	"net/netip"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/threatintel"
)

// ThreatIntelArgs are threat_intel_integrate's arguments.
type ThreatIntelArgs struct {
	Content   string   `json:"content" jsonschema:"feed text (max 8 MiB, 200000 lines)"`
	Format    string   `json:"format,omitempty" jsonschema:"auto, stix, misp_event, misp_csv, spamhaus, firehol, plain, csv"`
	Source    string   `json:"source,omitempty" jsonschema:"feed name for provenance"`
	ListName  string   `json:"list_name,omitempty"`
	Zone      string   `json:"zone,omitempty" jsonschema:"allowlist its origins; budget from its plan and lists"`
	Allowlist []string `json:"allowlist,omitempty" jsonschema:"CIDRs never to block"`
	Plan      string   `json:"plan,omitempty"`
	MaxItems  int      `json:"max_items,omitempty" jsonschema:"default 1000"`
	TTLDays   int      `json:"ttl_days,omitempty" jsonschema:"expiry in days (default 30)"`
	Action    string   `json:"action,omitempty" jsonschema:"block (default) or a challenge"`
}

func threatIntelIntegrate(d *cli.Deps) mcpkit.Tool {
	return mcpkit.NewTool("threat_intel_integrate",
		"Feed (STIX 2.1, MISP, Spamhaus DROP, FireHOL, plain/CSV IPs) → aggregated IP list items without bogons/Cloudflare/allowlisted ranges, ip.src in $list rule, Terraform, provenance, expiry.",
		mcpkit.ReadHints,
		func(ctx context.Context, a ThreatIntelArgs) (threatintel.Result, error) {
			plan, err := rules.ParsePlan(a.Plan)
			if err != nil {
				return threatintel.Result{}, mcpkit.Errorf("plan %q is not accepted; accepted: free, pro, business, enterprise", a.Plan)
			}
			p, err := threatintel.Parse([]byte(a.Content), a.Format)
			if err != nil {
				return threatintel.Result{}, mcpkit.Errorf("%v", err)
			}
			opts := threatintel.Options{Source: a.Source, ListName: a.ListName, Plan: plan, MaxItems: a.MaxItems, TTLDays: a.TTLDays, Action: a.Action}
			for _, c := range a.Allowlist {
				pfx, err := parseCIDR(c)
				if err != nil {
					return threatintel.Result{}, mcpkit.Errorf("allowlist %q is not an address or CIDR", c)
				}
				opts.Allowlist = append(opts.Allowlist, pfx)
			}
			if strings.TrimSpace(a.Zone) != "" {
				z, err := zoneFor(ctx, d, a.Zone)
				if err != nil {
					return threatintel.Result{}, err
				}
				if plan == rules.PlanUnknown {
					opts.Plan, _ = rules.ParsePlan(planOf(z))
				}
				recs, err := d.Client.ListDNSRecords(ctx, z.ID, cfclient.DNSFilter{}, 5000)
				if err != nil {
					return threatintel.Result{}, mcpkit.Errorf("listing the DNS records of %s failed: %v", z.Name, err)
				}
				for _, r := range recs.Items {
					if r.Type == "A" || r.Type == "AAAA" {
						if ip, err := netip.ParseAddr(r.Content); err == nil {
							opts.Allowlist = append(opts.Allowlist, netip.PrefixFrom(ip, ip.BitLen()))
						}
					}
				}
				lists, err := d.Client.ListIPLists(ctx)
				if err != nil {
					return threatintel.Result{}, mcpkit.Errorf("listing account lists failed: %v", err)
				}
				for _, l := range lists {
					if l.Name != a.ListName {
						opts.ExistingItems += l.NumItems
					}
				}
			}
			res, err := threatintel.Ingest(p, opts)
			if err != nil {
				return threatintel.Result{}, mcpkit.Errorf("%v", err)
			}
			return *res, nil
		})
}
