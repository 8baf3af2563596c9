// Package cfsim is a stateful simulator of the Cloudflare API v4, for tests,
// demos and the --sandbox mode of the cfplane servers.
//
// # Use
//
//	sim := cfsim.New(cfsim.Options{})          // seeded demo account
//	h := sim.Handler()                         // serves /client/v4/...
//	hc := &http.Client{Transport: sim.Transport()} // in-process, no socket
//	srv, _ := cfsim.Listen("127.0.0.1:0", sim) // or a loopback server
//	go srv.Serve(ctx)                          // srv.BaseURL() = http://127.0.0.1:PORT/client/v4
//
// A cloudflare-go client needs option.WithBaseURL(base+"/") (or an
// http.Client on Transport, or on HandlerTransport(contract.Wrap(t,
// sim.Handler())) to validate every exchange against the OpenAPI spec) and any
// API token: every request must carry "Authorization: Bearer <token>" (or
// X-Auth-Key + X-Auth-Email), otherwise the answer is 401 with error code
// 10000. Options.Tokens restricts the accepted tokens; RevokedToken is always
// refused. State is shared by every client of one Sim and guarded by one
// mutex, so a Sim is safe for concurrent use.
//
// # Behaviour
//
// The simulator speaks the v4 envelope (success, errors, messages, result,
// result_info; errors carry "result": null) and pages like the real API:
// page/per_page with result_info {page, per_page, count, total_count,
// total_pages}, and a page after the last answers "result": [] (cloudflare-go's
// pager stops only on an empty page). IP list items page with an opaque
// cursor in result_info.cursors.after, as the real API does; note that
// cloudflare-go v4.6.0's cursor pager reads result_info.cursor and so stops
// after the first page against the real API and this simulator alike.
//
// Error codes are the real API's as far as they are known: 81057 record already exists, 81053/81054
// CNAME conflicts, 81044 record does not exist, 1004 DNS validation error
// (the reason in error_chain, whose inner 9xxx codes are approximations), 6007 malformed JSON body, 1001 invalid zone, 1006/1007 unknown zone
// setting / invalid setting value, 9109 other account, 10000 authentication
// error, 7003 bad identifier in the route, 7000 no route, 7001 method not
// allowed, 10003 ruleset or entry point not found, 971 on an injected 429.
// Codes the simulator had to choose are 20200 (ruleset validation, with
// source.pointer), 10001 (IP lists), 1003
// (tunnel not found), 1056 (tunnel configuration) and 1002 (interrupted
// batch).
//
// Served endpoints (see Operations for their OpenAPI operation ids): zones
// list (name with the real operators, status, account filters) and get; DNS
// records list (type, name/content/comment with .exact/.contains/.startswith/
// .endswith, proxied, search, match, order, direction, pages), get, create,
// PUT, PATCH, delete, batch (deletes, then patches, then puts, then posts;
// all or nothing), BIND export (text/plain) and multipart import; zone and
// account rulesets list/get, phase entry points get/put for
// http_request_firewall_custom, http_ratelimit and
// http_request_firewall_managed, rule create (with position)/edit/delete
// (32-hex rule ids, rule and ruleset versions, last_updated; a rule PATCH
// replaces the whole definition, a position-only body just moves it; a skip
// rule without logging gets logging {enabled: true}, a rate limit
// requests_to_origin false and mitigation_timeout 0; logging on any other
// action is 400/20018; exposed_credential_check and unknown rule fields are
// stored as sent); DNS record settings (flatten_cname, ipv4_only,
// ipv6_only), HTTPS/SVCB data, meta.read_only records
// (SetRecordReadOnly; changes refused with 81040, a code the simulator
// chose); account IP lists
// and items (create/get/update list, delete an unreferenced list, get an item,
// add/replace/delete items returning operation_id;
// delete takes {"items":[{"id"}]}, a body cloudflare-go v4.6.0 cannot send;
// bulk operations report completed); cfd_tunnel list/get/connections and
// remote configuration get/put; zone settings get-all/get/patch/bulk patch
// with value validation; account audit logs v1 (changes made through the
// simulator are audited too); /user/tokens/verify; /accounts; and POST
// /graphql for httpRequestsAdaptiveGroups, firewallEventsAdaptive and
// firewallEventsAdaptiveGroups with filters (field, _neq, _gt, _geq, _lt,
// _leq, _in, _notin, _like, AND, OR), limit, orderBy and variables. Audit logs
// v2 (/accounts/{id}/logs/audit, beta) serve the same entries in the v2 shape
// with since/before, FIELD and FIELD.not filters and cursor paging.
//
// # Seed
//
// Unless Options.Empty is set the account SeedAccountID holds three zones
// (SeedZoneMain active with 30 records, SeedZoneShop active with weak
// settings, SeedZoneDev pending) with apex A/AAAA, www CNAME, MX, SPF/DMARC/
// DKIM TXT, CAA, SRV, NS delegation and unproxied records exposing origins;
// custom WAF rules with deliberate weaknesses (SeedRule*IDs: a log-only rule,
// a skip trusting X-Forwarded-For, deprecated cf.threat_score, an inline IP
// set, a rule shadowed by an earlier one, a disabled rule); Cloudflare Managed
// and OWASP Core deployed on SeedZoneMain only; a rate-limit rule; two IP
// lists; two tunnels (SeedTunnelHealthyID with two connectors,
// SeedTunnelOrphanID whose ingress SeedOrphanHostname has no DNS record);
// audit logs; and 24 hours of firewall events and HTTP traffic ending at
// Options.Now() at New (default time.Now). Everything is deterministic for a
// given clock. Cloudflare's managed rulesets exist even when Empty.
//
// # Faults
//
// SetFault makes matching requests answer 429 with Retry-After, a 5xx, wait
// (honouring cancellation), lose the end of their body, or (DNS batch) stop
// midway with the first operations applied; ParseFault reads the cfsim
// --fault syntax; ClearFaults removes them. A truncated body needs a real
// connection or an in-process writer implementing BodyAborter (Transport,
// HandlerTransport, the contract checker); httptest.ResponseRecorder is not
// one.
//
// # Command
//
// Command returns the cobra command behind cmd/cfsim (--addr, loopback only;
// --fault, repeatable; --empty; --quiet; --now, a frozen clock); Execute runs it and maps a usage
// error to exit status 2 with one line on stderr.
//
// The sibling package contract validates requests and responses against the
// Cloudflare OpenAPI schema from inside any package's tests.
package cfsim
