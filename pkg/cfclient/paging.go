package cfclient

import (
	"context"
	"encoding/json"
	"fmt"
)

// pageFunc fetches one page by number (1-based) or cursor.
type pageFunc func(ctx context.Context, page int, cursor string) (*envelope, error)

// collect pages through fetch until the API has no more items or max items
// were handed to each. It checks ctx before every page, stops on an empty
// page, on the last page the API reports and on a missing next cursor, and
// never trusts the server to end the loop on its own: the item cap bounds
// it. It returns the number of items handed over, the total the API
// reported and whether items remain beyond max.
func collect[T any](ctx context.Context, what string, max int, cursorMode bool, fetch pageFunc, each func(T) error) (n, total int, truncated bool, err error) {
	cursor := ""
	for page := 1; ; page++ {
		if err := ctx.Err(); err != nil {
			return n, total, false, err
		}
		env, err := fetch(ctx, page, cursor)
		if err != nil {
			return n, total, false, err
		}
		var items []T
		if len(env.Result) > 0 && string(env.Result) != "null" {
			if err := json.Unmarshal(env.Result, &items); err != nil {
				return n, total, false, fmt.Errorf("cloudflare: listing %s: %w: unexpected result shape: %v", what, ErrAPI, err)
			}
		}
		ri := env.ResultInfo
		if ri != nil && ri.TotalCount > total {
			total = ri.TotalCount
		}
		for i, it := range items {
			if n >= max {
				return n, total, true, nil
			}
			if err := each(it); err != nil {
				return n, total, false, err
			}
			n++
			_ = i
		}
		more := len(items) > 0
		switch {
		case !more:
		case cursorMode:
			cursor = ri.next()
			more = cursor != ""
		case ri == nil:
			more = false
		case ri.TotalPages > 0:
			more = page < ri.TotalPages
		case ri.PerPage > 0:
			more = len(items) >= ri.PerPage
		}
		if !more {
			return n, total, false, nil
		}
		if n >= max {
			return n, total, true, nil
		}
	}
}

// collectAll is collect into a Page.
func collectAll[T any](ctx context.Context, what string, max int, cursorMode bool, fetch pageFunc) (Page[T], error) {
	var p Page[T]
	_, total, truncated, err := collect(ctx, what, max, cursorMode, fetch, func(t T) error {
		p.Items = append(p.Items, t)
		return nil
	})
	p.Total, p.Truncated = total, truncated
	if p.Items == nil {
		p.Items = []T{}
	}
	return p, err
}
