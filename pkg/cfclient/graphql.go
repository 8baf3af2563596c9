package cfclient

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// graphQLError is one entry of a GraphQL response's errors array.
type graphQLError struct {
	Message string `json:"message"`
	Path    []any  `json:"path,omitempty"`
}

// GraphQL runs an analytics query against the GraphQL API (POST graphql)
// and decodes its data into out. GraphQL errors fail the call with
// ErrValidation and their messages. Queries are read-only, so they are
// retried like GETs.
func (c *Client) GraphQL(ctx context.Context, query string, variables map[string]any, out any) error {
	if strings.TrimSpace(query) == "" {
		return fmt.Errorf("%w: empty GraphQL query", ErrValidation)
	}
	body, err := json.Marshal(map[string]any{"query": query, "variables": variables})
	if err != nil {
		return fmt.Errorf("cloudflare: encoding GraphQL variables: %w", err)
	}
	req, err := http.NewRequestWithContext(withIdempotent(ctx), http.MethodPost, c.base+"graphql", strings.NewReader(string(body)))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrConfig, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.do.Do(req)
	if err != nil {
		return c.mapErr(http.MethodPost, "graphql", err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []graphQLError  `json:"errors"`
	}
	if err := json.Unmarshal(data, &env); err != nil {
		return fmt.Errorf("cloudflare: POST graphql: %w: response is not JSON", ErrAPI)
	}
	if len(env.Errors) > 0 {
		e := &APIError{Method: http.MethodPost, Path: "graphql", StatusCode: resp.StatusCode, Kind: ErrValidation}
		for _, g := range env.Errors {
			e.Errors = append(e.Errors, Message{Message: c.scrub(g.Message)})
		}
		return e
	}
	if out == nil || len(env.Data) == 0 || string(env.Data) == "null" {
		if out != nil {
			return fmt.Errorf("cloudflare: POST graphql: %w: no data in the response", ErrAPI)
		}
		return nil
	}
	if err := json.Unmarshal(env.Data, out); err != nil {
		return fmt.Errorf("cloudflare: POST graphql: %w: unexpected data shape: %v", ErrAPI, err)
	}
	return nil
}
