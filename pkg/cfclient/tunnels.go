package cfclient

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
)

// The cfd_tunnel endpoints are called directly: cloudflare-go keeps them in
// its zero_trust package, which is by far the largest to compile.

func (c *Client) tunnelPath(acct, rest string) string {
	return "accounts/" + acct + "/cfd_tunnel" + rest
}

// ListTunnels lists the account's Cloudflare Tunnels that are not deleted,
// at most max (0 = MaxItems).
func (c *Client) ListTunnels(ctx context.Context, max int) (Page[Tunnel], error) {
	acct, err := c.AccountID(ctx)
	if err != nil {
		return Page[Tunnel]{}, err
	}
	return collectAll[Tunnel](ctx, "tunnels", c.pageCap(max), false, func(ctx context.Context, page int, _ string) (*envelope, error) {
		q := url.Values{"is_deleted": {"false"}, "page": {strconv.Itoa(page)}, "per_page": {"100"}}
		return c.raw(ctx, http.MethodGet, c.tunnelPath(acct, ""), q, nil, nil)
	})
}

// GetTunnel returns one tunnel.
func (c *Client) GetTunnel(ctx context.Context, tunnelID string) (Tunnel, error) {
	var t Tunnel
	if err := safeID("tunnel id", tunnelID); err != nil {
		return t, err
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return t, err
	}
	_, err = c.raw(ctx, http.MethodGet, c.tunnelPath(acct, "/"+tunnelID), nil, nil, &t)
	return t, err
}

// ListTunnelConnections lists a tunnel's connectors and their connections.
func (c *Client) ListTunnelConnections(ctx context.Context, tunnelID string) ([]TunnelClient, error) {
	if err := safeID("tunnel id", tunnelID); err != nil {
		return nil, err
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return nil, err
	}
	var out []TunnelClient
	_, err = c.raw(ctx, http.MethodGet, c.tunnelPath(acct, "/"+tunnelID+"/connections"), nil, nil, &out)
	if out == nil && err == nil {
		out = []TunnelClient{}
	}
	return out, err
}

// GetTunnelConfig returns a remotely managed tunnel's configuration,
// decoded. To change it, read it with GetTunnelConfigRaw and PUT it back with
// PutTunnelConfigRaw: a PUT replaces the whole configuration, and the decoded
// form does not carry every field the API may send.
func (c *Client) GetTunnelConfig(ctx context.Context, tunnelID string) (TunnelConfig, error) {
	r, err := c.GetTunnelConfigRaw(ctx, tunnelID)
	if err != nil {
		return TunnelConfig{}, err
	}
	cfg := TunnelConfig{TunnelID: r.TunnelID, Version: r.Version, Source: r.Source}
	if len(r.Config) > 0 && string(r.Config) != "null" {
		if err := json.Unmarshal(r.Config, &cfg.Config); err != nil {
			return cfg, fmt.Errorf("tunnel %s: the configuration does not decode: %w", tunnelID, err)
		}
	}
	return cfg, nil
}

// CreateTunnel creates a tunnel; configSrc "cloudflare" makes its
// configuration remotely managed (the configurations endpoint), "local"
// leaves it to cloudflared's file. The API generates the tunnel secret.
func (c *Client) CreateTunnel(ctx context.Context, name, configSrc string) (Tunnel, error) {
	var t Tunnel
	acct, err := c.AccountID(ctx)
	if err != nil {
		return t, err
	}
	body := map[string]string{"name": name, "config_src": configSrc}
	_, err = c.raw(ctx, http.MethodPost, c.tunnelPath(acct, ""), nil, body, &t)
	return t, err
}

// TunnelToken returns the token cloudflared runs the tunnel with. It is a
// credential: callers show it to a person only, never to a model, a log or
// an audit record.
func (c *Client) TunnelToken(ctx context.Context, tunnelID string) (string, error) {
	var tok string
	if err := safeID("tunnel id", tunnelID); err != nil {
		return "", err
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return "", err
	}
	_, err = c.raw(ctx, http.MethodGet, c.tunnelPath(acct, "/"+tunnelID+"/token"), nil, nil, &tok)
	return tok, err
}

// TunnelConfigRaw is a tunnel configuration with its config kept exactly as
// the API sent it: a PUT replaces the whole config, so what cfplane does not
// model must go back unchanged.
type TunnelConfigRaw struct {
	TunnelID string          `json:"tunnel_id,omitempty"`
	Version  int             `json:"version"`
	Config   json.RawMessage `json:"config"`
	Source   string          `json:"source,omitempty"`
}

// GetTunnelConfigRaw returns a tunnel's configuration with config raw.
func (c *Client) GetTunnelConfigRaw(ctx context.Context, tunnelID string) (TunnelConfigRaw, error) {
	var cfg TunnelConfigRaw
	if err := safeID("tunnel id", tunnelID); err != nil {
		return cfg, err
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return cfg, err
	}
	_, err = c.raw(ctx, http.MethodGet, c.tunnelPath(acct, "/"+tunnelID+"/configurations"), nil, nil, &cfg)
	return cfg, err
}

// PutTunnelConfigRaw replaces a tunnel's whole configuration with config.
func (c *Client) PutTunnelConfigRaw(ctx context.Context, tunnelID string, config json.RawMessage) (TunnelConfigRaw, error) {
	var cfg TunnelConfigRaw
	if err := safeID("tunnel id", tunnelID); err != nil {
		return cfg, err
	}
	if len(config) == 0 {
		return cfg, fmt.Errorf("%w: tunnel config is empty", ErrValidation)
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return cfg, err
	}
	body := struct {
		Config json.RawMessage `json:"config"`
	}{config}
	_, err = c.raw(ctx, http.MethodPut, c.tunnelPath(acct, "/"+tunnelID+"/configurations"), nil, body, &cfg)
	return cfg, err
}

// RotateTunnelSecret sets a tunnel's secret to secret (at least 32 bytes;
// PATCH tunnel_secret, the API's "Update a Cloudflare Tunnel"): the token
// changes and the old one no longer starts cloudflared. The secret is a
// credential: callers generate it, send it and forget it.
func (c *Client) RotateTunnelSecret(ctx context.Context, tunnelID string, secret []byte) (Tunnel, error) {
	var t Tunnel
	if err := safeID("tunnel id", tunnelID); err != nil {
		return t, err
	}
	if len(secret) < 32 {
		return t, fmt.Errorf("a tunnel secret has at least 32 bytes")
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return t, err
	}
	body := map[string]string{"tunnel_secret": base64.StdEncoding.EncodeToString(secret)}
	_, err = c.raw(ctx, http.MethodPatch, c.tunnelPath(acct, "/"+tunnelID), nil, body, &t)
	return t, err
}

// DeleteTunnel deletes a tunnel (the API keeps it, marked deleted). The API
// refuses a tunnel with active connections.
func (c *Client) DeleteTunnel(ctx context.Context, tunnelID string) error {
	if err := safeID("tunnel id", tunnelID); err != nil {
		return err
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return err
	}
	_, err = c.raw(ctx, http.MethodDelete, c.tunnelPath(acct, "/"+tunnelID), nil, map[string]any{}, nil)
	return err
}
