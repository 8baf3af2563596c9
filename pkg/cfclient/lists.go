package cfclient

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudflare/cloudflare-go/v4/option"
	"github.com/cloudflare/cloudflare-go/v4/rules"
)

// MaxListItemsPerRequest bounds one add/replace/delete items request.
const MaxListItemsPerRequest = 10000

type operationRef struct {
	OperationID string `json:"operation_id"`
}

// safeID accepts ids made of letters, digits and hyphens (bulk operation
// ids, tunnel UUIDs) so that an id can never change the request path.
func safeID(what, id string) error {
	if id == "" || len(id) > 64 {
		return fmt.Errorf("%w: %s is empty or too long", ErrValidation, what)
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return fmt.Errorf("%w: %s may hold only letters, digits and hyphens", ErrValidation, what)
		}
	}
	return nil
}

func (c *Client) listPath(acct, rest string) string {
	return "accounts/" + acct + "/rules/lists" + rest
}

// ListIPLists lists the account's lists.
func (c *Client) ListIPLists(ctx context.Context) ([]IPList, error) {
	acct, err := c.AccountID(ctx)
	if err != nil {
		return nil, err
	}
	var p rules.ListListParams
	set(&p.AccountID.Value, &p.AccountID.Present, acct)
	var out []IPList
	err = c.sdk(http.MethodGet, c.listPath(acct, ""), &envelope{}, &out, func(opts ...option.RequestOption) error {
		_, err := c.lists.List(ctx, p, opts...)
		return err
	})
	if out == nil {
		out = []IPList{}
	}
	return out, err
}

// GetIPList returns one list.
func (c *Client) GetIPList(ctx context.Context, listID string) (IPList, error) {
	var l IPList
	if err := idErr("list id", listID); err != nil {
		return l, err
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return l, err
	}
	var p rules.ListGetParams
	set(&p.AccountID.Value, &p.AccountID.Present, acct)
	err = c.sdk(http.MethodGet, c.listPath(acct, "/"+listID), &envelope{}, &l, func(opts ...option.RequestOption) error {
		_, err := c.lists.Get(ctx, listID, p, opts...)
		return err
	})
	return l, err
}

// CreateIPList creates a list of kind ip, asn, hostname or redirect.
func (c *Client) CreateIPList(ctx context.Context, name, kind, description string) (IPList, error) {
	var l IPList
	acct, err := c.AccountID(ctx)
	if err != nil {
		return l, err
	}
	var p rules.ListNewParams
	set(&p.AccountID.Value, &p.AccountID.Present, acct)
	body := map[string]string{"name": name, "kind": kind}
	if description != "" {
		body["description"] = description
	}
	err = c.sdkBody(http.MethodPost, c.listPath(acct, ""), body, &envelope{}, &l, func(opts ...option.RequestOption) error {
		_, err := c.lists.New(ctx, p, opts...)
		return err
	})
	return l, err
}

// ListListItems lists a list's items (search filters them), at most max
// (0 = MaxItems).
func (c *Client) ListListItems(ctx context.Context, listID, search string, max int) (Page[ListItem], error) {
	if err := idErr("list id", listID); err != nil {
		return Page[ListItem]{}, err
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return Page[ListItem]{}, err
	}
	path := c.listPath(acct, "/"+listID+"/items")
	return collectAll[ListItem](ctx, "list items", c.pageCap(max), true, func(ctx context.Context, _ int, cursor string) (*envelope, error) {
		var p rules.ListItemListParams
		set(&p.AccountID.Value, &p.AccountID.Present, acct)
		set(&p.PerPage.Value, &p.PerPage.Present, int64(500))
		if cursor != "" {
			set(&p.Cursor.Value, &p.Cursor.Present, cursor)
		}
		if search != "" {
			set(&p.Search.Value, &p.Search.Present, search)
		}
		env := &envelope{}
		err := c.sdk(http.MethodGet, path, env, nil, func(opts ...option.RequestOption) error {
			_, err := c.items.List(ctx, listID, p, opts...)
			return err
		})
		return env, err
	})
}

func itemsErr(items []ListItem) error {
	if len(items) == 0 || len(items) > MaxListItemsPerRequest {
		return fmt.Errorf("%w: give 1–%d list items per request, got %d", ErrValidation, MaxListItemsPerRequest, len(items))
	}
	return nil
}

// newItems strips the server-side fields of items to send.
func newItems(items []ListItem) []ListItem {
	out := make([]ListItem, len(items))
	for i, it := range items {
		it.ID, it.CreatedOn, it.ModifiedOn = "", "", ""
		out[i] = it
	}
	return out
}

// AddListItems appends items to a list. The change is asynchronous: it
// returns the bulk operation id to poll with GetBulkOperation.
func (c *Client) AddListItems(ctx context.Context, listID string, items []ListItem) (string, error) {
	if err := idErr("list id", listID); err != nil {
		return "", err
	}
	if err := itemsErr(items); err != nil {
		return "", err
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return "", err
	}
	var p rules.ListItemNewParams
	set(&p.AccountID.Value, &p.AccountID.Present, acct)
	var op operationRef
	err = c.sdkBody(http.MethodPost, c.listPath(acct, "/"+listID+"/items"), newItems(items), &envelope{}, &op, func(opts ...option.RequestOption) error {
		_, err := c.items.New(ctx, listID, p, opts...)
		return err
	})
	return op.OperationID, err
}

// ReplaceListItems replaces all items of a list (asynchronous; returns the
// bulk operation id). An empty items slice empties the list.
func (c *Client) ReplaceListItems(ctx context.Context, listID string, items []ListItem) (string, error) {
	if err := idErr("list id", listID); err != nil {
		return "", err
	}
	if len(items) > MaxListItemsPerRequest {
		return "", itemsErr(items)
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return "", err
	}
	var p rules.ListItemUpdateParams
	set(&p.AccountID.Value, &p.AccountID.Present, acct)
	var op operationRef
	err = c.sdkBody(http.MethodPut, c.listPath(acct, "/"+listID+"/items"), newItems(items), &envelope{}, &op, func(opts ...option.RequestOption) error {
		_, err := c.items.Update(ctx, listID, p, opts...)
		return err
	})
	return op.OperationID, err
}

// DeleteListItems removes items by id (asynchronous; returns the bulk
// operation id).
func (c *Client) DeleteListItems(ctx context.Context, listID string, itemIDs []string) (string, error) {
	if err := idErr("list id", listID); err != nil {
		return "", err
	}
	if len(itemIDs) == 0 || len(itemIDs) > MaxListItemsPerRequest {
		return "", fmt.Errorf("%w: give 1–%d item ids per request, got %d", ErrValidation, MaxListItemsPerRequest, len(itemIDs))
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return "", err
	}
	type itemID struct {
		ID string `json:"id"`
	}
	body := struct {
		Items []itemID `json:"items"`
	}{}
	for _, id := range itemIDs {
		body.Items = append(body.Items, itemID{id})
	}
	var p rules.ListItemDeleteParams
	set(&p.AccountID.Value, &p.AccountID.Present, acct)
	var op operationRef
	err = c.sdkBody(http.MethodDelete, c.listPath(acct, "/"+listID+"/items"), body, &envelope{}, &op, func(opts ...option.RequestOption) error {
		_, err := c.items.Delete(ctx, listID, p, opts...)
		return err
	})
	return op.OperationID, err
}

// GetBulkOperation returns the status of an asynchronous list change.
func (c *Client) GetBulkOperation(ctx context.Context, operationID string) (BulkOperation, error) {
	var op BulkOperation
	if err := safeID("operation id", operationID); err != nil {
		return op, err
	}
	acct, err := c.AccountID(ctx)
	if err != nil {
		return op, err
	}
	var p rules.ListBulkOperationGetParams
	set(&p.AccountID.Value, &p.AccountID.Present, acct)
	err = c.sdk(http.MethodGet, c.listPath(acct, "/bulk_operations/"+operationID), &envelope{}, &op, func(opts ...option.RequestOption) error {
		_, err := c.bulkOps.Get(ctx, operationID, p, opts...)
		return err
	})
	return op, err
}
