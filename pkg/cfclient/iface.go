package cfclient

import "context"

// ZoneReader reads zones.
type ZoneReader interface {
	ListZones(ctx context.Context, f ZoneFilter, max int) (Page[Zone], error)
	GetZone(ctx context.Context, zoneID string) (Zone, error)
}

// TokenVerifier checks the API token.
type TokenVerifier interface {
	VerifyToken(ctx context.Context) (TokenStatus, error)
}

var (
	_ ZoneReader    = (*Client)(nil)
	_ TokenVerifier = (*Client)(nil)
)
