package oracle

import (
	"context"
	"errors"

	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/threat"
)

// ThreatArgs are threat_assess's arguments.
type ThreatArgs struct {
	IPs    []string       `json:"ips,omitempty" jsonschema:"IP addresses (ips, cidrs and asns: at most 1000 together)"`
	CIDRs  []string       `json:"cidrs,omitempty" jsonschema:"networks, e.g. 198.51.100.0/24 (IPv4 /8 or narrower, IPv6 /16 or narrower)"`
	ASNs   []string       `json:"asns,omitempty" jsonschema:"AS numbers, AS64496 or 64496"`
	Events []threat.Event `json:"events,omitempty" jsonschema:"security events (at most 10000)"`
	// BaselinePerMinute is the normal event rate, when known.
	BaselinePerMinute float64 `json:"baseline_per_minute,omitempty" jsonschema:"normal events per minute; learned from the events (EWMA) when omitted"`
}

func threatAssess(store *threat.Store) mcpkit.Tool {
	return mcpkit.NewTool("threat_assess",
		"Threat score 0-100 for IPs, CIDRs, ASNs and/or security events, from named factors: configured reputation feeds (with snapshot dates), WAF attack scores, payload and scanner patterns, bursts against a baseline.",
		mcpkit.LocalReadHints,
		func(ctx context.Context, a ThreatArgs) (threat.Assessment, error) {
			feeds, err := store.Feeds()
			var fe *threat.FeedError
			if errors.As(err, &fe) {
				return threat.Assessment{}, mcpkit.Errorf("%v; fix the file or its entry under threat_intel.feeds in the configuration", fe)
			} else if err != nil {
				return threat.Assessment{}, mcpkit.Internal(err)
			}
			res, err := threat.Assess(threat.Input{IPs: a.IPs, CIDRs: a.CIDRs, ASNs: a.ASNs, Events: a.Events, BaselinePerMinute: a.BaselinePerMinute}, feeds)
			var ie *threat.InputError
			if errors.As(err, &ie) {
				return res, mcpkit.Errorf("%v", ie)
			} else if err != nil {
				return res, mcpkit.Internal(err)
			}
			return res, nil
		})
}
