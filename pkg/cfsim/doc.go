// Package cfsim is a stateful simulator of the Cloudflare API v4, for tests,
// demos and the --sandbox mode of the cfplane servers.
//
// # Use
//
//	sim := cfsim.New(cfsim.Options{})            // seeded demo account
//	srv := httptest.NewServer(sim.Handler())     // or sim.Transport() in-process
//	base := srv.URL + cfsim.BasePath             // "http://127.0.0.1:PORT/client/v4"
//
// A cloudflare-go client needs only option.WithBaseURL(base+"/") (or
// option.WithHTTPClient(&http.Client{Transport: sim.Transport()}) with any base
// URL whose path is /client/v4/) and any API token: every request must carry
// "Authorization: Bearer <token>" (or X-Auth-Key + X-Auth-Email), otherwise the
// answer is 401 with error code 10000. Options.Tokens restricts the accepted
// tokens; RevokedToken is always refused.
//
// The simulator speaks the v4 envelope (success, errors, messages, result,
// result_info), pages like the real API (page/per_page; a page after the last
// answers "result": []), and answers the real error codes: 81057 record already
// exists, 81053/81054 CNAME conflicts, 81044 record does not exist, 1004 DNS
// validation error (the reason in error_chain), 1001 invalid zone, 10000
// authentication error, 7003 bad identifier in the route, 7000 no route,
// 7001 method not allowed.
//
// # Seed
//
// Unless Options.Empty is set the account SeedAccountID holds three zones
// (SeedZoneMain, SeedZoneShop, SeedZoneDev) with dozens of DNS records, custom
// WAF rules with deliberate weaknesses, Cloudflare Managed + OWASP Core
// deployed on SeedZoneMain only, a rate-limit rule, IP lists, two tunnels,
// weak settings on SeedZoneShop, audit logs and analytics. See the Seed*
// constants.
//
// # Faults
//
// SetFault makes matching requests answer 429 with Retry-After, a 5xx, wait,
// lose the end of their body, or (DNS batch) stop midway; ParseFault reads the
// cfsim --fault syntax. ClearFaults removes them.
//
// The sibling package contract validates requests and responses against the
// Cloudflare OpenAPI schema from inside any package's tests.
package cfsim
