package cfclient

import (
	"context"
	"errors"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cfsim/contract"
)

// faultClient is a simulator-backed client with retries on and sleeps
// recorded instead of slept.
func faultClient(t *testing.T) (*Client, *cfsim.Sim, *[]time.Duration) {
	t.Helper()
	sim := cfsim.New(cfsim.Options{})
	srv := httptest.NewServer(contract.Wrap(t, sim.Handler()))
	t.Cleanup(srv.Close)
	c, err := New(Config{Token: testToken, BaseURL: srv.URL + cfsim.BasePath, Sandbox: true, MaxRetries: 2})
	if err != nil {
		t.Fatal(err)
	}
	slept := &[]time.Duration{}
	c.do.sleep = func(ctx context.Context, d time.Duration) error {
		*slept = append(*slept, d)
		return ctx.Err()
	}
	return c, sim, slept
}

func TestSimRateLimitFaultRetried(t *testing.T) {
	c, sim, slept := faultClient(t)
	sim.SetFault(cfsim.Fault{Method: "POST", Path: "/zones/*/dns_records", Kind: cfsim.FaultRateLimit, RetryAfter: 4, Count: 1})
	rec, err := c.CreateDNSRecord(context.Background(), cfsim.SeedZoneMainID, DNSRecordInput{Type: "A", Name: "rl." + cfsim.SeedZoneMain, Content: "192.0.2.5", TTL: 300})
	if err != nil || rec.ID == "" {
		t.Fatalf("create after 429: %+v %v", rec, err)
	}
	if len(*slept) != 1 || (*slept)[0] != 4*time.Second {
		t.Fatalf("slept %v, want the simulator's Retry-After of 4s", *slept)
	}
	got, _ := c.ListDNSRecords(context.Background(), cfsim.SeedZoneMainID, DNSFilter{Name: "rl." + cfsim.SeedZoneMain}, 0)
	if len(got.Items) != 1 {
		t.Fatalf("want exactly one record, got %d", len(got.Items))
	}
}

func TestSimServerErrorOnlyIdempotentRetried(t *testing.T) {
	c, sim, _ := faultClient(t)
	sim.SetFault(cfsim.Fault{Method: "GET", Path: "/zones/*", Kind: cfsim.FaultServerError, Status: 502, Count: 2})
	if z, err := c.GetZone(context.Background(), cfsim.SeedZoneMainID); err != nil || z.Name != cfsim.SeedZoneMain {
		t.Fatalf("GET after two 502s: %+v %v", z, err)
	}
	sim.SetFault(cfsim.Fault{Method: "POST", Path: "/zones/*/dns_records", Kind: cfsim.FaultServerError, Status: 500, Count: 1})
	_, err := c.CreateDNSRecord(context.Background(), cfsim.SeedZoneMainID, DNSRecordInput{Type: "A", Name: "e5." + cfsim.SeedZoneMain, Content: "192.0.2.6", TTL: 300})
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("POST 500: %v", err)
	}
}

func TestSimTruncatedWriteNotRepeated(t *testing.T) {
	c, sim, _ := faultClient(t)
	ctx := context.Background()
	sim.SetFault(cfsim.Fault{Method: "POST", Path: "/zones/*/dns_records", Kind: cfsim.FaultTruncate, Bytes: 20, Count: 1})
	_, err := c.CreateDNSRecord(ctx, cfsim.SeedZoneMainID, DNSRecordInput{Type: "A", Name: "cut." + cfsim.SeedZoneMain, Content: "192.0.2.7", TTL: 300})
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("truncated POST: %v", err)
	}
	// The simulator applied it; the client must not have sent it twice.
	got := must(c.ListDNSRecords(ctx, cfsim.SeedZoneMainID, DNSFilter{Name: "cut." + cfsim.SeedZoneMain}, 0)).ok(t)
	if len(got.Items) != 1 {
		t.Fatalf("want exactly one record after a truncated create, got %d", len(got.Items))
	}
	// A truncated read is simply retried.
	sim.SetFault(cfsim.Fault{Method: "GET", Path: "/zones/*/dns_records/*", Kind: cfsim.FaultTruncate, Bytes: 10, Count: 1})
	if r, err := c.GetDNSRecord(ctx, cfsim.SeedZoneMainID, got.Items[0].ID); err != nil || r.Content != "192.0.2.7" {
		t.Fatalf("truncated GET not recovered: %+v %v", r, err)
	}
}
