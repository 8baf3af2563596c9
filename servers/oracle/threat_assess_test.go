package oracle

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/threat"
)

func feedConfig(t *testing.T, files map[string]string, feeds []config.Feed) *config.Config {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cfg := config.Default()
	for _, f := range feeds {
		f.Path = filepath.Join(dir, f.Path)
		cfg.ThreatIntel.Feeds = append(cfg.ThreatIntel.Feeds, f)
	}
	return cfg
}

const (
	dropFixture = "; Spamhaus DROP List (fixture)\n; Last-Modified: Thu, 20 Nov 2026 06:12:00 GMT\n1.10.16.0/20 ; SBL256894\n"
	torFixture  = "185.220.101.4\n"
)

func TestThreatAssess(t *testing.T) {
	cfg := feedConfig(t, map[string]string{"drop.txt": dropFixture, "tor.txt": torFixture},
		[]config.Feed{{Name: "drop", Path: "drop.txt", Format: "spamhaus_drop"}, {Name: "tor", Path: "tor.txt", Format: "tor_exits"}})
	d, _ := clitest.Deps(t, cfg)
	c := clitest.Client(t, d, Name, Toolsets)
	event := func(extra map[string]any) map[string]any {
		e := map[string]any{"time": "2026-11-21T08:00:00Z"}
		for k, v := range extra {
			e[k] = v
		}
		return e
	}
	cases := []struct {
		name      string
		args      map[string]any
		factor    string
		minScore  int
		toolError string
	}{
		{name: "drop listed ip", args: map[string]any{"ips": []any{"1.10.16.5"}}, factor: "reputation:drop", minScore: 45},
		{name: "tor exit", args: map[string]any{"ips": []any{"185.220.101.4"}}, factor: "reputation:tor", minScore: 15},
		{name: "events with payloads", args: map[string]any{"events": []any{event(map[string]any{"path": "/?id=1 union select 1", "waf_attack_score": 8})}}, factor: "waf-attack-score", minScore: 50},
		{name: "nothing", args: map[string]any{}, toolError: "nothing to assess"},
		{name: "bad ip", args: map[string]any{"ips": []any{"300.1.1.1"}}, toolError: `ips[0] "300.1.1.1" is not an IP address`},
		{name: "bad asn", args: map[string]any{"asns": []any{"ASX"}}, toolError: "pass AS64496 or 64496"},
		{name: "event without time", args: map[string]any{"events": []any{map[string]any{"ip": "8.8.8.8"}}}, toolError: "time"},
		{name: "malformed event time", args: map[string]any{"events": []any{event(map[string]any{"time": "now"})}}, toolError: `events[0].time "now" is not an RFC 3339 time`},
		{name: "malformed event score", args: map[string]any{"events": []any{event(map[string]any{"waf_attack_score": 500})}}, toolError: "out of range"},
		{name: "unknown event field", args: map[string]any{"events": []any{event(map[string]any{"colour": "red"})}}, toolError: "colour"},
		{name: "too many ips", args: map[string]any{"ips": manyIPs(threat.MaxIndicators + 1)}, toolError: "at most 1000 are accepted"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := c.MustCall("threat_assess", tc.args)
			if tc.toolError != "" {
				if !res.IsError || !strings.Contains(mcpkittest.Text(res), tc.toolError) {
					t.Fatalf("want tool error %q, got %s", tc.toolError, mcpkittest.Text(res))
				}
				return
			}
			var a threat.Assessment
			mcpkittest.Decode(t, res, &a)
			found := false
			for _, f := range a.Factors {
				found = found || f.ID == tc.factor
			}
			if res.IsError || !found || a.Score < tc.minScore || len(a.Feeds) != 2 || a.Feeds[0].Snapshot != "2026-11-20T06:12:00Z" {
				t.Fatalf("got %+v", a)
			}
		})
	}
}

func manyIPs(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = "8.8.8." + itoa(i%250)
	}
	return out
}

func TestThreatAssessBadFeedFile(t *testing.T) {
	cfg := feedConfig(t, map[string]string{"level1.netset": "# firehol_level1\n1.10.16.0/20\nnot-a-network\n"},
		[]config.Feed{{Name: "level1", Path: "level1.netset", Format: "firehol"}})
	d, _ := clitest.Deps(t, cfg)
	c := clitest.Client(t, d, Name, Toolsets)
	res := c.MustCall("threat_assess", map[string]any{"ips": []any{"1.10.16.5"}})
	text := mcpkittest.Text(res)
	if !res.IsError || !strings.Contains(text, "level1.netset:3") || !strings.Contains(text, `"not-a-network" is not an IP address or CIDR`) || !strings.Contains(text, "threat_intel.feeds") {
		t.Fatalf("bad feed: %s", text)
	}
	missing := feedConfig(t, nil, []config.Feed{{Name: "gone", Path: "gone.txt", Format: "plain"}})
	d2, _ := clitest.Deps(t, missing)
	c2 := clitest.Client(t, d2, Name, Toolsets)
	res = c2.MustCall("threat_assess", map[string]any{"ips": []any{"1.10.16.5"}})
	if !res.IsError || !strings.Contains(mcpkittest.Text(res), "gone.txt") || !strings.Contains(mcpkittest.Text(res), "cannot read the file") {
		t.Fatalf("missing feed: %s", mcpkittest.Text(res))
	}
}
