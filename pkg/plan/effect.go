package plan

import (
	"context"

	"github.com/cfplane/cfplane/pkg/cfclient"
)

// AccountReader is what the effect model reads of the account beyond the
// zone a plan changes: its zones, their rules, and the lists.
type AccountReader interface {
	ListZones(ctx context.Context, f cfclient.ZoneFilter, max int) (cfclient.Page[cfclient.Zone], error)
	GetPhaseEntrypoint(ctx context.Context, zoneID, phase string) (cfclient.Ruleset, error)
	ListIPLists(ctx context.Context) ([]cfclient.IPList, error)
}

var _ AccountReader = (*cfclient.Client)(nil)
