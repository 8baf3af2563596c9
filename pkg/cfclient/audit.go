package cfclient

import (
	"context"
	"net/http"

	"github.com/cloudflare/cloudflare-go/v4/audit_logs"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

// ListAuditLogs lists the account's audit log entries, newest first, at
// most max (0 = MaxItems).
func (c *Client) ListAuditLogs(ctx context.Context, f AuditFilter, max int) (Page[AuditLog], error) {
	acct, err := c.AccountID(ctx)
	if err != nil {
		return Page[AuditLog]{}, err
	}
	path := "accounts/" + acct + "/audit_logs"
	return collectAll[AuditLog](ctx, "audit logs", c.pageCap(max), false, func(ctx context.Context, page int, _ string) (*envelope, error) {
		var p audit_logs.AuditLogListParams
		set(&p.AccountID.Value, &p.AccountID.Present, acct)
		set(&p.Page.Value, &p.Page.Present, float64(page))
		set(&p.PerPage.Value, &p.PerPage.Present, float64(100))
		set(&p.Direction.Value, &p.Direction.Present, audit_logs.AuditLogListParamsDirectionDesc)
		// Filters whose SDK types are unions go in as plain query values.
		var q []option.RequestOption
		for k, v := range map[string]string{"since": f.Since, "before": f.Before, "action.type": f.ActionType,
			"actor.email": f.ActorEmail, "zone.name": f.ZoneName} {
			if v != "" {
				q = append(q, option.WithQuery(k, v))
			}
		}
		env := &envelope{}
		err := c.sdk(http.MethodGet, path, env, nil, func(opts ...option.RequestOption) error {
			_, err := c.auditLogs.List(ctx, p, append(opts, q...)...)
			return err
		})
		return env, err
	})
}
