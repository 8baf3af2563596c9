package cfclient

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"github.com/cfplane/cfplane/pkg/telemetry"
)

// Cloudflare API metrics, in the process registry of pkg/telemetry (served
// at /metrics).
var (
	apiRequests = telemetry.Registry.Counter(telemetry.Namespace+"_cloudflare_api_requests_total",
		"Cloudflare API request attempts by method and status (HTTP code, timeout or error).", "method", "status")
	apiLatency = telemetry.Registry.Histogram(telemetry.Namespace+"_cloudflare_api_request_duration_seconds",
		"Cloudflare API request attempt latency by method.",
		[]float64{0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}, "method")
	// Label-less gauges: the series appears only once Cloudflare sent the
	// header (an absent series, not a misleading 0).
	rateRemaining = telemetry.Registry.Gauge(telemetry.Namespace+"_cloudflare_ratelimit_remaining",
		"Requests left in Cloudflare's rate-limit window, from the last response's Ratelimit header.")
	rateLimit = telemetry.Registry.Gauge(telemetry.Namespace+"_cloudflare_ratelimit_limit",
		"Requests allowed per Cloudflare rate-limit window, from the last response's Ratelimit-Policy header.")
)

// startAttempt opens the span of one API attempt, a child of the tool call's
// span when the context carries one. The path is the API-relative path
// (ids included, no query, no token).
func startAttempt(ctx context.Context, method, path string, attempt int) (context.Context, trace.Span) {
	return telemetry.Tracer().Start(ctx, "cloudflare "+method+" "+routeOf(path), trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(
			attribute.String("http.request.method", method),
			attribute.String("url.path", path),
			attribute.Int("http.request.resend_count", attempt),
		))
}

// observeAttempt records one attempt's metrics and ends its span.
func observeAttempt(span trace.Span, method, path string, resp *http.Response, err error, took time.Duration) {
	defer span.End()
	status := "error"
	switch {
	case err != nil && (errors.Is(err, context.DeadlineExceeded) || isTimeout(err)):
		status = "timeout"
	case err != nil:
	case resp != nil:
		status = strconv.Itoa(resp.StatusCode)
		span.SetAttributes(attribute.Int("http.response.status_code", resp.StatusCode))
		observeRateLimit(resp.Header)
	}
	apiRequests.Inc(method, status)
	apiLatency.Observe(took.Seconds(), method)
	failed := err != nil || resp == nil || resp.StatusCode >= 400
	if failed {
		span.SetStatus(codes.Error, status)
	}
	if failed && isRulesetWrite(method, path) {
		reason := status
		if resp != nil && resp.StatusCode >= 400 && resp.StatusCode < 500 && resp.StatusCode != 429 {
			reason = "rejected_" + status
		}
		telemetry.WAFDeployFailures.Inc(reason)
	}
}

// isRulesetWrite: creating, replacing, updating or deleting a ruleset or a
// rule of it — a WAF rule deployment.
func isRulesetWrite(method, path string) bool {
	if method == http.MethodGet || method == http.MethodHead {
		return false
	}
	return strings.Contains("/"+path, "/rulesets")
}

// routeOf replaces ids (32-hex and other long opaque segments) with
// placeholders so span names stay few.
func routeOf(path string) string {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	for i, s := range segs {
		if len(s) >= 16 || strings.ContainsAny(s, "0123456789") && len(s) > 8 {
			segs[i] = "{id}"
		}
	}
	return "/" + strings.Join(segs, "/")
}

// observeRateLimit reads Cloudflare's rate-limit headers:
//
//	Ratelimit: "default";r=1199;t=300   (r = requests remaining)
//	Ratelimit-Policy: "default";q=1200;w=300   (q = quota per window)
func observeRateLimit(h http.Header) {
	if v, ok := headerParam(h.Get("Ratelimit"), "r"); ok {
		rateRemaining.Set(v)
	}
	if v, ok := headerParam(h.Get("Ratelimit-Policy"), "q"); ok {
		rateLimit.Set(v)
	}
}

func headerParam(v, key string) (float64, bool) {
	if v == "" {
		return 0, false
	}
	for _, item := range strings.Split(v, ",") {
		for _, p := range strings.Split(item, ";") {
			k, val, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(k, key) {
				n, err := strconv.ParseFloat(strings.Trim(val, `"`), 64)
				if err == nil && n >= 0 {
					return n, true
				}
			}
		}
	}
	return 0, false
}
