package cfclient

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"go.opentelemetry.io/otel/trace/noop"

	"github.com/cfplane/cfplane/pkg/telemetry"
)

func TestRateLimitHeaders(t *testing.T) {
	h := http.Header{}
	h.Set("Ratelimit", `"default";r=42;t=120`)
	h.Set("Ratelimit-Policy", `"default";q=1200;w=300`)
	observeRateLimit(h)
	if got := rateRemaining.Value(); got != 42 {
		t.Errorf("remaining %v", got)
	}
	if got := rateLimit.Value(); got != 1200 {
		t.Errorf("limit %v", got)
	}
	for _, bad := range []string{"", "r=-1", "r=abc", `"default";t=5`} {
		if _, ok := headerParam(bad, "r"); ok {
			t.Errorf("%q parsed", bad)
		}
	}
}

func TestWAFDeploymentFailuresCounted(t *testing.T) {
	_, span := noop.NewTracerProvider().Tracer("t").Start(context.Background(), "x")
	before := telemetry.WAFDeployFailures.Value("rejected_400")
	observeAttempt(span, "PUT", "zones/abc/rulesets/phases/http_request_firewall_custom/entrypoint", &http.Response{StatusCode: 400, Header: http.Header{}}, nil, time.Millisecond)
	observeAttempt(span, "GET", "zones/abc/rulesets", &http.Response{StatusCode: 400, Header: http.Header{}}, nil, time.Millisecond) // a read
	observeAttempt(span, "PUT", "zones/abc/dns_records/x", &http.Response{StatusCode: 400, Header: http.Header{}}, nil, time.Millisecond)
	if got := telemetry.WAFDeployFailures.Value("rejected_400") - before; got != 1 {
		t.Errorf("%v WAF deployment failures counted, want 1", got)
	}
	tb := telemetry.WAFDeployFailures.Value("error")
	observeAttempt(span, "POST", "zones/abc/rulesets/r1/rules", nil, errors.New("connection reset"), time.Millisecond)
	if got := telemetry.WAFDeployFailures.Value("error") - tb; got != 1 {
		t.Errorf("a failed ruleset write: %v", got)
	}
}

func TestRouteOf(t *testing.T) {
	if got := routeOf("zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records"); got != "/zones/{id}/dns_records" {
		t.Error(got)
	}
}
