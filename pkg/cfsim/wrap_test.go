package cfsim

import (
	"net/http"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim/contract"
)

// wrap puts the contract checker in front of h: every request and response in
// these tests is validated against the Cloudflare OpenAPI schema.
func wrap(t testing.TB, h http.Handler) http.Handler { return contract.Wrap(t, h) }
