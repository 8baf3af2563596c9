package cfclient

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/cloudflare/cloudflare-go/v4/option"
	"github.com/cloudflare/cloudflare-go/v4/zones"
)

func settingErr(id string) error {
	if id == "" || len(id) > 64 {
		return fmt.Errorf("%w: setting id must be a zone setting name such as ssl", ErrValidation)
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return fmt.Errorf("%w: setting id must be a zone setting name such as ssl", ErrValidation)
		}
	}
	return nil
}

// GetZoneSettings returns all settings of a zone.
func (c *Client) GetZoneSettings(ctx context.Context, zoneID string) ([]ZoneSetting, error) {
	if err := idErr("zone id", zoneID); err != nil {
		return nil, err
	}
	var out []ZoneSetting
	_, err := c.raw(ctx, http.MethodGet, "zones/"+zoneID+"/settings", nil, nil, &out)
	if out == nil && err == nil {
		out = []ZoneSetting{}
	}
	return out, err
}

// GetZoneSetting returns one setting, e.g. "ssl" or "min_tls_version".
func (c *Client) GetZoneSetting(ctx context.Context, zoneID, settingID string) (ZoneSetting, error) {
	var s ZoneSetting
	if err := idErr("zone id", zoneID); err != nil {
		return s, err
	}
	if err := settingErr(settingID); err != nil {
		return s, err
	}
	var p zones.SettingGetParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	err := c.sdk(http.MethodGet, "zones/"+zoneID+"/settings/"+settingID, &envelope{}, &s, func(opts ...option.RequestOption) error {
		_, err := c.settings.Get(ctx, settingID, p, opts...)
		return err
	})
	return s, err
}

// EditZoneSetting sets one setting's value (a string such as "strict" for
// most settings) and returns the setting as stored.
func (c *Client) EditZoneSetting(ctx context.Context, zoneID, settingID string, value any) (ZoneSetting, error) {
	var s ZoneSetting
	if err := idErr("zone id", zoneID); err != nil {
		return s, err
	}
	if err := settingErr(settingID); err != nil {
		return s, err
	}
	var p zones.SettingEditParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	p.Body = zones.SettingEditParamsBody{}
	body := struct {
		Value any `json:"value"`
	}{value}
	if raw, ok := value.(json.RawMessage); ok {
		body.Value = raw
	}
	err := c.sdkBody(http.MethodPatch, "zones/"+zoneID+"/settings/"+settingID, body, &envelope{}, &s, func(opts ...option.RequestOption) error {
		_, err := c.settings.Edit(ctx, settingID, p, opts...)
		return err
	})
	return s, err
}
