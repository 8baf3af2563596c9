package cfclient

import (
	"context"
	"net/http"
	"strconv"

	"github.com/cloudflare/cloudflare-go/v4/option"
	"github.com/cloudflare/cloudflare-go/v4/zones"
)

// set fills a cloudflare-go param.Field (whose type lives in an internal
// package) through its exported Value and Present fields.
func set[T any](value *T, present *bool, v T) {
	*value = v
	*present = true
}

// ListZones lists the zones the token sees, at most max (0 = MaxItems).
//
// A lookup by name is answered from a cache for Config.ZoneCacheTTL: every
// zone-scoped tool call starts with one.
func (c *Client) ListZones(ctx context.Context, f ZoneFilter, max int) (Page[Zone], error) {
	key := ""
	if f.Name != "" {
		key = f.Name + "\x00" + f.Status + "\x00" + f.AccountID + "\x00" + strconv.Itoa(c.pageCap(max))
		if p, ok := c.zoneCache.get(key); ok {
			return p, nil
		}
	}
	p, err := c.listZones(ctx, f, max)
	if err == nil && key != "" && len(p.Items) > 0 {
		c.zoneCache.put(key, p)
	}
	return p, err
}

func (c *Client) listZones(ctx context.Context, f ZoneFilter, max int) (Page[Zone], error) {
	return collectAll[Zone](ctx, "zones", c.pageCap(max), false, func(ctx context.Context, page int, _ string) (*envelope, error) {
		var p zones.ZoneListParams
		set(&p.Page.Value, &p.Page.Present, float64(page))
		set(&p.PerPage.Value, &p.PerPage.Present, float64(50))
		if f.Name != "" {
			set(&p.Name.Value, &p.Name.Present, f.Name)
		}
		if f.Status != "" {
			set(&p.Status.Value, &p.Status.Present, zones.ZoneListParamsStatus(f.Status))
		}
		if f.AccountID != "" {
			p.Account.Present = true
			set(&p.Account.Value.ID.Value, &p.Account.Value.ID.Present, f.AccountID)
		}
		env := &envelope{}
		err := c.sdk(http.MethodGet, "zones", env, nil, func(opts ...option.RequestOption) error {
			_, err := c.zones.List(ctx, p, opts...)
			return err
		})
		return env, err
	})
}

// GetZone returns one zone by id.
func (c *Client) GetZone(ctx context.Context, zoneID string) (Zone, error) {
	var z Zone
	if err := idErr("zone id", zoneID); err != nil {
		return z, err
	}
	var p zones.ZoneGetParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	err := c.sdk(http.MethodGet, "zones/"+zoneID, &envelope{}, &z, func(opts ...option.RequestOption) error {
		_, err := c.zones.Get(ctx, p, opts...)
		return err
	})
	return z, err
}
