package threatintel

import (
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/tfhcl"
)

func read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func prefixes(p *Parsed) []string {
	var out []string
	for _, e := range p.Entries {
		out = append(out, e.Prefix.String())
	}
	return out
}

func TestFormatsValid(t *testing.T) {
	cases := []struct {
		file, format string
		want         []string
		skipped      int
	}{
		{"stix_bundle.json", FormatSTIX, []string{"45.95.147.10/32", "45.95.148.0/24", "2a0e:1c80:3::1/128"}, 3},
		{"misp_event.json", FormatMISP, []string{"45.95.147.20/32", "45.95.147.21/32", "45.95.147.23/32"}, 2},
		{"misp.csv", FormatMISPCSV, []string{"45.95.147.30/32", "45.95.147.31/32"}, 1},
		{"drop.txt", FormatSpamhaus, []string{"1.10.16.0/20", "1.19.0.0/16", "2.56.192.0/22"}, 0},
		{"drop_v4.json", FormatSpamhaus, []string{"1.10.16.0/20", "1.19.0.0/16"}, 0},
		{"firehol.netset", FormatFireHOL, []string{"0.0.0.0/8", "10.0.0.0/8", "5.188.10.0/23", "31.184.198.0/23", "37.9.42.0/24"}, 0},
		{"plain.txt", FormatPlain, []string{"45.95.147.40/32", "45.95.147.41/32", "45.95.147.40/32", "104.16.0.1/32", "2a0e:1c80:4::5/128"}, 0},
		{"list.csv", FormatCSV, []string{"45.95.147.50/32", "45.95.147.51/32"}, 0},
	}
	for _, tc := range cases {
		for _, format := range []string{tc.format, FormatAuto} {
			p, err := Parse(read(t, tc.file), format)
			if err != nil {
				t.Fatalf("%s as %s: %v", tc.file, format, err)
			}
			got := prefixes(p)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%s as %s: missing %s in %v", tc.file, format, w, got)
				}
			}
			if len(got) != len(tc.want) || len(p.Skipped) != tc.skipped || p.Format != tc.format {
				t.Errorf("%s as %s: format %s entries %v skipped %+v", tc.file, format, p.Format, got, p.Skipped)
			}
		}
	}
}

func TestSTIXSkipReasons(t *testing.T) {
	p, err := Parse(read(t, "stix_bundle.json"), FormatSTIX)
	if err != nil {
		t.Fatal(err)
	}
	reasons := ""
	for _, s := range p.Skipped {
		reasons += s.Ref + ": " + s.Reason + "\n"
	}
	for _, w := range []string{"domain-name is not a network address", "expired", "revoked"} {
		if !strings.Contains(reasons, w) {
			t.Errorf("skipped reasons lack %q:\n%s", w, reasons)
		}
	}
	if p.Confidence != 85 || p.ValidUntil.Year() != 2099 {
		t.Errorf("confidence %d valid_until %v", p.Confidence, p.ValidUntil)
	}
}

func TestSTIXPattern(t *testing.T) {
	good := map[string][]string{
		`[ipv4-addr:value = '198.51.100.1']`:                                                                             {"198.51.100.1/32"},
		`[ipv4-addr:value = '198.51.100.1' OR ipv4-addr:value = '198.51.100.2']`:                                         {"198.51.100.1/32", "198.51.100.2/32"},
		`[ipv4-addr:value ISSUBSET '203.0.113.0/24'] OR [ipv6-addr:value = '2001:db8::1']`:                               {"203.0.113.0/24", "2001:db8::1/128"},
		`[ipv4-addr:value ISSUBSET '203.0.113.0/24' AND ipv4-addr:value = '203.0.113.7']`:                                {"203.0.113.7/32"},
		`[(ipv4-addr:value = '192.0.2.1' OR ipv4-addr:value = '192.0.2.3') AND ipv4-addr:value ISSUBSET '192.0.2.0/31']`: {"192.0.2.1/32"},
		`[ipv4-addr:value IN ('192.0.2.8', '192.0.2.9')]`:                                                                {"192.0.2.8/31"},
		`[ipv4-addr:value = 'it\'s' OR ipv4-addr:value = '192.0.2.5']`:                                                   nil,
	}
	for pat, want := range good {
		set, err := ParseSTIXPattern(pat)
		if want == nil {
			if err == nil {
				t.Errorf("%s: accepted a non-address value", pat)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", pat, err)
			continue
		}
		var got []string
		for _, p := range set.Prefixes() {
			got = append(got, p.String())
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: got %v want %v", pat, got, want)
		}
	}
	bad := map[string]string{
		`[domain-name:value = 'x.test']`:                                             "not a network address",
		`[ipv4-addr:value = '192.0.2.1'] AND [ipv4-addr:value = '192.0.2.2']`:        "observation operator AND",
		`[ipv4-addr:value = '192.0.2.1'] FOLLOWEDBY [ipv4-addr:value = '192.0.2.2']`: "FOLLOWEDBY",
		`[ipv4-addr:value = '192.0.2.1'] WITHIN 5 SECONDS`:                           "qualifier WITHIN",
		`[ipv4-addr:value LIKE '192.0.2.%']`:                                         "operator LIKE",
		`[ipv4-addr:value != '192.0.2.1']`:                                           "operator !=",
		`[ipv4-addr:value NOT = '192.0.2.1']`:                                        "NOT",
		`[ipv4-addr:value = '192.0.2.1'`:                                             "missing ]",
		`[ipv4-addr:value = '192.0.2.1]`:                                             "unterminated",
		`[ipv4-addr:resolves_to_refs = '192.0.2.1']`:                                 "property",
		`[ipv4-addr:value = '2001:db8::1']`:                                          "other address family",
		`ipv4-addr:value = '192.0.2.1'`:                                              "starts with [",
	}
	for pat, want := range bad {
		_, err := ParseSTIXPattern(pat)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err %v, want %q", pat, err, want)
		}
	}
}

func TestFormatsEmptyMalformedOversized(t *testing.T) {
	malformed := map[string]struct {
		in   string
		line string
	}{
		FormatSTIX:     {"{\n \"type\": \"bundle\",\n \"objects\": [ {\"type\": } ]\n}", "line 3"},
		FormatMISP:     {"{\n \"Event\": {\n  \"Attribute\": [\n   {\"type\": \"ip-dst\", \"value\": \"999.1.1.1\"}\n ]}}", "line 4"},
		FormatMISPCSV:  {"uuid,event_id,type,value\nc1,1,ip-src,45.95.147.1\nc2,1,ip-src,not-an-ip\n", "line 3"},
		FormatSpamhaus: {"; DROP\n1.10.16.0/20 ; SBL1\n1.10.16.0/33 ; SBL2\n", "line 3"},
		FormatFireHOL:  {"# firehol\n5.188.10.0/23\nbogus\n", "line 3"},
		FormatPlain:    {"45.95.147.1\n45.95.147.2 45.95.147.3\n", "line 2"},
		FormatCSV:      {"ip,port\n45.95.147.1,80\n\"unterminated,80\n", "line 3"},
	}
	for format, tc := range malformed {
		_, err := Parse([]byte(tc.in), format)
		if err == nil || !strings.Contains(err.Error(), tc.line) {
			t.Errorf("%s malformed: err %v, want %q", format, err, tc.line)
		}
		if _, err := Parse([]byte("  \n"), format); err == nil || !strings.Contains(err.Error(), "empty") {
			t.Errorf("%s empty: %v", format, err)
		}
		big := strings.Repeat("45.95.147.1\n", MaxFeedLines+1)
		if _, err := Parse([]byte(big), format); err == nil || !strings.Contains(err.Error(), "limit") {
			t.Errorf("%s oversized: %v", format, err)
		}
	}
	if _, err := Parse([]byte(strings.Repeat("x", MaxFeedBytes+1)), FormatPlain); err == nil || !strings.Contains(err.Error(), "8 MiB") {
		t.Errorf("oversized bytes: %v", err)
	}
	if _, err := Parse([]byte("1.2.3.4"), "yaml"); err == nil || !strings.Contains(err.Error(), "accepted: auto, stix") {
		t.Errorf("unknown format: %v", err)
	}
	if _, err := Parse([]byte(`{"type":"report","objects":[]}`), FormatSTIX); err == nil || !strings.Contains(err.Error(), "bundle") {
		t.Errorf("stix non-bundle: %v", err)
	}
}

func TestIngest(t *testing.T) {
	feed := "45.95.147.0\n45.95.147.1\n45.95.147.2\n45.95.147.3\n45.95.147.3\n" + // aggregate to /30, one duplicate
		"10.1.2.3\n192.0.2.9\n" + // reserved / documentation
		"104.16.5.5\n" + // Cloudflare
		"45.95.200.7\n" + // allowlisted (origin)
		"2a0e:1c80:4::5\n2a0e:1c80:4::6\n" + // one /64
		"3.0.0.0/7\n" // wider than /8: split
	p, err := Parse([]byte(feed), FormatPlain)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 12, 10, 0, 0, 0, time.UTC)
	res, err := Ingest(p, Options{Source: "unit feed", Plan: rules.PlanPro, Allowlist: []netip.Prefix{netip.MustParsePrefix("45.95.200.7/32")}, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range res.Items {
		got = append(got, it.IP)
	}
	// 3.0.0.0/7 is 2.0.0.0/7 masked: two /8 items.
	if strings.Join(got, " ") != "2.0.0.0/8 3.0.0.0/8 45.95.147.0/30 2a0e:1c80:4::/64" {
		t.Errorf("items %v", got)
	}
	for _, bad := range []string{"10.1.2.3", "192.0.2.9", "104.16.5.5", "45.95.200.7"} {
		for _, g := range got {
			if strings.HasPrefix(g, bad) {
				t.Errorf("%s should have been removed: %v", bad, got)
			}
		}
	}
	pv := res.Provenance
	if pv.Duplicates != 2 || pv.RemovedReserved != 2 || pv.RemovedCloudflare != 1 || pv.RemovedAllowlist != 1 || pv.WidenedIPv6 != 2 || !res.Complete {
		t.Errorf("provenance %+v", pv)
	}
	if res.ListName != "ti_unit_feed" || res.Rule.Expression != "ip.src in $ti_unit_feed" || res.Rule.Action != "block" {
		t.Errorf("rule %+v list %s", res.Rule, res.ListName)
	}
	if pv.ExpiresAt != "2026-02-11T10:00:00Z" || !strings.Contains(res.Items[0].Comment, "expires 2026-02-11") {
		t.Errorf("expiry %s / %s", pv.ExpiresAt, res.Items[0].Comment)
	}
	if _, err := rules.Check(res.Rule.Expression, rules.Options{Phase: "http_request_firewall_custom", Lists: map[string]string{res.ListName: "ip"}}); err != nil {
		t.Errorf("rule does not check: %v", err)
	}
	schemas, err := tfhcl.LoadSchema()
	if err != nil {
		t.Fatal(err)
	}
	if errs := tfhcl.CheckSchema([]byte(res.Terraform), schemas); len(errs) > 0 {
		t.Errorf("terraform: %v\n%s", errs, res.Terraform)
	}

	// Budget: the plan's items across all lists, then max_items.
	res, err = Ingest(p, Options{Plan: rules.PlanPro, MaxItems: 2, Now: now})
	if err != nil || res.Complete || len(res.Items) != 2 || res.Provenance.Dropped == 0 {
		t.Errorf("max_items: %+v %v", res, err)
	}
	res, err = Ingest(p, Options{Plan: rules.PlanPro, ExistingItems: 9998, Now: now})
	if err != nil || res.Complete || len(res.Items) != 2 {
		t.Errorf("existing items budget: %+v %v", res, err)
	}
	if _, err := Ingest(p, Options{Plan: rules.PlanPro, ExistingItems: 10000}); err == nil || !strings.Contains(err.Error(), "allows 10000") {
		t.Errorf("exhausted budget: %v", err)
	}
	if _, err := Ingest(p, Options{ListName: "Bad-Name"}); err == nil {
		t.Error("bad list name accepted")
	}
	if _, err := Ingest(p, Options{Action: "log"}); err == nil {
		t.Error("log action accepted")
	}
	// Low confidence → managed challenge; STIX expiry wins over the TTL.
	sp, _ := Parse(read(t, "stix_bundle.json"), FormatSTIX)
	sp.Confidence = 30
	sp.ValidUntil = now.Add(48 * time.Hour)
	res, _ = Ingest(sp, Options{Now: now})
	if res.Rule.Action != "managed_challenge" || res.Provenance.ExpiresAt != "2026-01-14T10:00:00Z" || res.Provenance.SkippedIndicators != 3 {
		t.Errorf("stix ingest: %+v", res.Provenance)
	}
}

func BenchmarkIngest100k(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 100000; i++ {
		fmt.Fprintf(&sb, "%d.%d.%d.%d\n", 11+i%150, (i/150)%256, (i*7)%256, i%256)
	}
	feed := []byte(sb.String())
	b.ResetTimer()
	start := cpuTime()
	defer func() { b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op") }()
	for i := 0; i < b.N; i++ {
		p, err := Parse(feed, FormatPlain)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Ingest(p, Options{Plan: rules.PlanEnterprise, MaxItems: 500000}); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuTime is the process's user+system CPU time (all threads, GC included).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
