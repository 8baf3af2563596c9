package threat

import (
	"fmt"
	"math"
	"net/netip"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

// Caps on one assessment.
const (
	MaxIndicators = 1000
	MaxEvents     = 10000
	maxFieldBytes = 4096
	// ewmaAlpha weighs the newest bucket in the baseline; warmup buckets
	// precede the first one judged.
	ewmaAlpha = 0.3
	warmup    = 5
	// maxBuckets bounds the event timeline; longer spans use wider buckets.
	maxBuckets = 1440
)

// Event is one security event (a firewall event, a log line).
type Event struct {
	IP             string `json:"ip,omitempty" jsonschema:"client IP address"`
	ASN            string `json:"asn,omitempty" jsonschema:"client ASN, AS64496 or 64496"`
	Country        string `json:"country,omitempty" jsonschema:"two-letter country code (T1 = Tor)"`
	Path           string `json:"path,omitempty" jsonschema:"request path and query"`
	UserAgent      string `json:"user_agent,omitempty" jsonschema:"User-Agent header"`
	Action         string `json:"action,omitempty" jsonschema:"action Cloudflare took: block, managed_challenge, log, skip, allow …"`
	WAFAttackScore int    `json:"waf_attack_score,omitempty" jsonschema:"cf.waf.score 1-99 (lower is more likely an attack; 100 = not scored)"`
	Time           string `json:"time" jsonschema:"RFC 3339 time, e.g. 2026-11-21T08:00:00Z"`
}

// Input is what to assess.
type Input struct {
	IPs    []string
	CIDRs  []string
	ASNs   []string
	Events []Event
	// BaselinePerMinute, when set, is the normal event rate; otherwise the
	// baseline is learned from the events themselves (EWMA).
	BaselinePerMinute float64
}

// InputError is input that cannot be assessed.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

func inputErr(format string, args ...any) error {
	return &InputError{Msg: fmt.Sprintf(format, args...)}
}

// Factor is one contribution to the score.
type Factor struct {
	ID     string `json:"id"`
	Points int    `json:"points"`
	Detail string `json:"detail"`
}

// Match is one feed listing an indicator.
type Match struct {
	Feed   string `json:"feed"`
	Format string `json:"format"`
	Ref    string `json:"ref,omitempty"`
}

// Indicator is one IP, network or ASN and the feeds that list it.
type Indicator struct {
	Value string `json:"value"`
	Kind  string `json:"kind"`
	// NotRoutable marks private, reserved and documentation space: FireHOL
	// level1 lists such bogons, which says nothing about an attacker.
	NotRoutable bool    `json:"not_routable,omitempty"`
	Matches     []Match `json:"matches"`
	FromEvents  bool    `json:"from_events,omitempty"`
}

// FeedInfo describes a feed used.
type FeedInfo struct {
	Name           string `json:"name"`
	Format         string `json:"format"`
	Entries        int    `json:"entries"`
	Snapshot       string `json:"snapshot"`
	SnapshotSource string `json:"snapshot_source"`
}

// Burst describes the event rate analysis.
type Burst struct {
	BucketMinutes int     `json:"bucket_minutes"`
	Buckets       int     `json:"buckets"`
	PeakAt        string  `json:"peak_at"`
	PeakCount     int     `json:"peak_count"`
	Baseline      float64 `json:"baseline"`
	BaselineFrom  string  `json:"baseline_from"` // ewma | given
	Z             float64 `json:"z,omitempty"`
	Ratio         float64 `json:"ratio,omitempty"`
	Alpha         float64 `json:"alpha,omitempty"`
	Note          string  `json:"note,omitempty"`
}

// Assessment is the result.
type Assessment struct {
	Score      int         `json:"score"`
	Level      string      `json:"level"`
	Factors    []Factor    `json:"factors"`
	Indicators []Indicator `json:"indicators"`
	Feeds      []FeedInfo  `json:"feeds"`
	Events     int         `json:"events"`
	Burst      *Burst      `json:"burst,omitempty"`
	Notes      []string    `json:"notes,omitempty"`
}

// Points per feed format when an indicator is listed.
var feedPoints = map[string]int{FormatDROP: 45, FormatASNDROP: 40, FormatFireHOL: 35, FormatPlain: 25, FormatTorExits: 15}

var notRoutable = func() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range []string{"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
		"192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
		"::/128", "::1/128", "fc00::/7", "fe80::/10", "2001:db8::/32", "ff00::/8"} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

func isNotRoutable(p netip.Prefix) bool {
	for _, b := range notRoutable {
		if b.Bits() <= p.Bits() && b.Contains(p.Addr()) {
			return true
		}
	}
	return false
}

type indicator struct {
	Indicator
	ip     netip.Addr
	prefix netip.Prefix
	asn    uint32
}

// Assess scores input against feeds.
func Assess(in Input, feeds []*Feed) (Assessment, error) {
	a := Assessment{Factors: []Factor{}, Indicators: []Indicator{}, Feeds: []FeedInfo{}}
	n := len(in.IPs) + len(in.CIDRs) + len(in.ASNs)
	if n == 0 && len(in.Events) == 0 {
		return a, inputErr("nothing to assess; pass ips, cidrs, asns and/or events")
	}
	if n > MaxIndicators {
		return a, inputErr("%d ips, cidrs and asns; at most %d are accepted per call (split the list)", n, MaxIndicators)
	}
	if len(in.Events) > MaxEvents {
		return a, inputErr("%d events; at most %d are accepted per call (narrow the time window)", len(in.Events), MaxEvents)
	}
	if in.BaselinePerMinute < 0 || math.IsNaN(in.BaselinePerMinute) || math.IsInf(in.BaselinePerMinute, 0) {
		return a, inputErr("baseline_per_minute must be a positive number of events per minute")
	}
	var inds []indicator
	seen := map[string]bool{}
	addInd := func(ind indicator) {
		if !seen[ind.Kind+ind.Value] {
			seen[ind.Kind+ind.Value] = true
			inds = append(inds, ind)
		}
	}
	for i, s := range in.IPs {
		ip, err := netip.ParseAddr(strings.TrimSpace(s))
		if err != nil {
			return a, inputErr("ips[%d] %q is not an IP address; pass addresses like 198.51.100.7 or 2001:db8::1 (networks go in cidrs)", i, clip(s, 50))
		}
		ip = ip.Unmap()
		addInd(indicator{Indicator: Indicator{Value: ip.String(), Kind: "ip"}, ip: ip})
	}
	for i, s := range in.CIDRs {
		p, err := netip.ParsePrefix(strings.TrimSpace(s))
		if err != nil {
			return a, inputErr("cidrs[%d] %q is not a network; pass networks like 198.51.100.0/24", i, clip(s, 50))
		}
		p = p.Masked()
		if minBits := map[bool]int{true: 8, false: 16}[p.Addr().Is4()]; p.Bits() < minBits {
			return a, inputErr("cidrs[%d] %s is broader than /%d; pass the networks you want assessed", i, p, minBits)
		}
		addInd(indicator{Indicator: Indicator{Value: p.String(), Kind: "cidr"}, prefix: p})
	}
	for i, s := range in.ASNs {
		asn, ok := parseASN(s)
		if !ok {
			return a, inputErr("asns[%d] %q is not an AS number; pass AS64496 or 64496", i, clip(s, 30))
		}
		addInd(indicator{Indicator: Indicator{Value: fmt.Sprintf("AS%d", asn), Kind: "asn"}, asn: asn})
	}
	times := make([]time.Time, 0, len(in.Events))
	for i, e := range in.Events {
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(e.Time))
		if err != nil {
			return a, inputErr("events[%d].time %q is not an RFC 3339 time; pass e.g. 2026-11-21T08:00:00Z", i, clip(e.Time, 40))
		}
		times = append(times, t)
		if len(e.Path) > maxFieldBytes || len(e.UserAgent) > maxFieldBytes {
			return a, inputErr("events[%d]: path and user_agent are limited to %d bytes each", i, maxFieldBytes)
		}
		if c := strings.TrimSpace(e.Country); c != "" && !isCountryCode(c) {
			return a, inputErr("events[%d].country %q is not a two-letter country code (T1 = Tor, XX = unknown)", i, clip(e.Country, 20))
		}
		if e.WAFAttackScore < 0 || e.WAFAttackScore > 100 {
			return a, inputErr("events[%d].waf_attack_score %d is out of range; accepted 1-99 (lower is more likely an attack), 100 = not scored, omit when unknown", i, e.WAFAttackScore)
		}
		if e.IP != "" {
			ip, err := netip.ParseAddr(strings.TrimSpace(e.IP))
			if err != nil {
				return a, inputErr("events[%d].ip %q is not an IP address", i, clip(e.IP, 50))
			}
			ip = ip.Unmap()
			addInd(indicator{Indicator: Indicator{Value: ip.String(), Kind: "ip", FromEvents: true}, ip: ip})
		}
		if e.ASN != "" {
			asn, ok := parseASN(e.ASN)
			if !ok {
				return a, inputErr("events[%d].asn %q is not an AS number; pass AS64496 or 64496", i, clip(e.ASN, 30))
			}
			addInd(indicator{Indicator: Indicator{Value: fmt.Sprintf("AS%d", asn), Kind: "asn", FromEvents: true}, asn: asn})
		}
	}
	a.Events = len(in.Events)
	for _, f := range feeds {
		a.Feeds = append(a.Feeds, FeedInfo{Name: f.Name, Format: f.Format, Entries: f.Entries, Snapshot: f.Snapshot.Format(time.RFC3339), SnapshotSource: f.SnapshotSource})
	}
	if len(feeds) == 0 && len(inds) > 0 {
		a.Notes = append(a.Notes, "no reputation feeds are configured (threat_intel.feeds), so IPs and ASNs were not checked against any list")
	}
	a.Factors = append(a.Factors, reputation(inds, feeds)...)
	for i := range inds {
		if inds[i].Matches == nil {
			inds[i].Matches = []Match{}
		}
		a.Indicators = append(a.Indicators, inds[i].Indicator)
	}
	if len(in.Events) > 0 {
		a.Factors = append(a.Factors, eventFactors(in.Events)...)
		burst, f := bursts(times, in.BaselinePerMinute)
		a.Burst = burst
		if f != nil {
			a.Factors = append(a.Factors, *f)
		}
	}
	sort.SliceStable(a.Factors, func(i, j int) bool { return a.Factors[i].Points > a.Factors[j].Points })
	for _, f := range a.Factors {
		a.Score += f.Points
	}
	a.Score = min(100, a.Score)
	a.Level = level(a.Score)
	return a, nil
}

func level(score int) string {
	switch {
	case score >= 75:
		return "critical"
	case score >= 50:
		return "high"
	case score >= 20:
		return "medium"
	default:
		return "low"
	}
}

// reputation checks every indicator against every feed and returns one
// factor per feed that lists any of them.
func reputation(inds []indicator, feeds []*Feed) []Factor {
	var out []Factor
	bogons := []string{}
	for i := range inds {
		in := &inds[i]
		switch in.Kind {
		case "ip":
			in.NotRoutable = isNotRoutable(netip.PrefixFrom(in.ip, in.ip.BitLen()))
		case "cidr":
			in.NotRoutable = isNotRoutable(in.prefix)
		}
		if in.NotRoutable {
			bogons = append(bogons, in.Value)
		}
	}
	for _, f := range feeds {
		var hits []string
		for i := range inds {
			in := &inds[i]
			if in.NotRoutable {
				continue
			}
			var ok bool
			var r string
			switch in.Kind {
			case "ip":
				ok, r = f.ContainsIP(in.ip)
			case "cidr":
				ok = f.OverlapsPrefix(in.prefix)
			case "asn":
				ok, r = f.ContainsASN(in.asn)
			}
			if ok {
				in.Matches = append(in.Matches, Match{Feed: f.Name, Format: f.Format, Ref: r})
				h := in.Value
				if r != "" {
					h += " (" + r + ")"
				}
				hits = append(hits, h)
			}
		}
		if len(hits) == 0 {
			continue
		}
		what := "listed"
		if f.Format == FormatTorExits {
			what = "a Tor exit (anonymiser, not necessarily malicious)"
		}
		shown := hits
		if len(shown) > 5 {
			shown = shown[:5]
		}
		detail := fmt.Sprintf("%d indicator(s) %s in feed %q (%s, snapshot %s): %s", len(hits), what, f.Name, f.Format, f.Snapshot.Format("2006-01-02"), strings.Join(shown, ", "))
		if len(hits) > len(shown) {
			detail += fmt.Sprintf(" and %d more", len(hits)-len(shown))
		}
		out = append(out, Factor{ID: "reputation:" + f.Name, Points: feedPoints[f.Format], Detail: detail})
	}
	if len(bogons) > 0 {
		out = append(out, Factor{ID: "not-routable", Points: 0, Detail: fmt.Sprintf("%d indicator(s) in private, reserved or documentation space are not matched against feeds (FireHOL level1 lists bogons): %s", len(bogons), strings.Join(first(bogons, 5), ", "))})
	}
	return out
}

func first(xs []string, n int) []string {
	if len(xs) > n {
		return xs[:n]
	}
	return xs
}

// Request patterns: payloads and scanners.
type pattern struct {
	id     string
	points int
	re     *lazyre.Regexp
}

var pathPatterns = []pattern{
	{"sqli", 20, lazyre.New(`union(\s|\+|/\*.*?\*/)+(all(\s|\+)+)?select|'\s*(or|and)\s*'?\d+'?\s*=\s*'?\d+|\bsleep\(\s*\d+\s*\)|benchmark\(|information_schema|\bwaitfor\s+delay\b|;\s*drop\s+table`)},
	{"xss", 20, lazyre.New(`<\s*script|javascript:|\bon(error|load|mouseover)\s*=|<\s*svg[^>]*on\w+\s*=|document\.cookie`)},
	{"path-traversal", 20, lazyre.New(`\.\./|\.\.\\|%2e%2e[/\\]`)},
	{"sensitive-file", 15, lazyre.New(`/etc/(passwd|shadow)|/\.env\b|/\.git/|wp-config\.php|/\.aws/|/\.ssh/|/\.htpasswd|/server-status`)},
	{"rce", 25, lazyre.New(`\$\{jndi:|\$\{\$\{|;\s*(cat|wget|curl|id|uname)\b|\|\s*(sh|bash)\b|\bcmd\.exe\b|/bin/(sh|bash)\b|phpunit/src/util/php/eval-stdin`)},
	{"probe", 10, lazyre.New(`/wp-login\.php|/xmlrpc\.php|/phpmyadmin|/wp-admin/|/actuator(/|$)|/cgi-bin/|/boaform/|/vendor/|/\.well-known/security\.txt$`)},
}

var uaPatterns = []pattern{
	{"scanner-ua", 15, lazyre.New(`sqlmap|nikto|nmap|masscan|zgrab|nuclei|wpscan|dirbuster|gobuster|ffuf|acunetix|nessus|openvas|hydra|jaeles|commix|whatweb|feroxbuster|wfuzz|netsparker|burp`)},
	{"scripted-client-ua", 5, lazyre.New(`^(curl|wget|python-requests|python-urllib|go-http-client|libwww-perl|java/|okhttp|aiohttp|httpclient|axios)`)},
}

// eventFactors scores WAF attack scores, payloads, scanners and Cloudflare's
// own actions.
func eventFactors(events []Event) []Factor {
	var out []Factor
	classes := map[string]int{}
	lowest := 0
	for _, e := range events {
		s := e.WAFAttackScore
		if s <= 0 || s >= 100 {
			continue
		}
		if lowest == 0 || s < lowest {
			lowest = s
		}
		switch {
		case s <= 20:
			classes["attack"]++
		case s <= 50:
			classes["likely_attack"]++
		case s <= 80:
			classes["likely_clean"]++
		default:
			classes["clean"]++
		}
	}
	switch {
	case classes["attack"] > 0:
		out = append(out, Factor{ID: "waf-attack-score", Points: 30, Detail: fmt.Sprintf("%d event(s) in class attack (cf.waf.score 1-20), lowest %d; %d likely_attack", classes["attack"], lowest, classes["likely_attack"])})
	case classes["likely_attack"] > 0:
		out = append(out, Factor{ID: "waf-attack-score", Points: 15, Detail: fmt.Sprintf("%d event(s) in class likely_attack (cf.waf.score 21-50), lowest %d", classes["likely_attack"], lowest)})
	}
	counts := map[string]int{}
	examples := map[string]string{}
	for _, e := range events {
		p := strings.ToLower(e.Path)
		if u, err := url.PathUnescape(p); err == nil {
			p = u
		}
		p = strings.ReplaceAll(p, "+", " ")
		for _, pt := range pathPatterns {
			if pt.re.MatchString(p) {
				counts[pt.id]++
				if examples[pt.id] == "" {
					examples[pt.id] = clip(e.Path, 80)
				}
			}
		}
		ua := strings.ToLower(strings.TrimSpace(e.UserAgent))
		for _, pt := range uaPatterns {
			if pt.re.MatchString(ua) {
				counts[pt.id]++
				if examples[pt.id] == "" {
					examples[pt.id] = clip(e.UserAgent, 80)
				}
				break
			}
		}
	}
	best := map[string]int{}
	for _, pt := range append(append([]pattern{}, pathPatterns...), uaPatterns...) {
		if counts[pt.id] == 0 {
			continue
		}
		group := "payload"
		if strings.HasSuffix(pt.id, "-ua") {
			group = "client"
		}
		best[group] = max(best[group], pt.points)
	}
	var payload, client []string
	for _, pt := range pathPatterns {
		if counts[pt.id] > 0 {
			payload = append(payload, fmt.Sprintf("%s ×%d (e.g. %q)", pt.id, counts[pt.id], examples[pt.id]))
		}
	}
	for _, pt := range uaPatterns {
		if counts[pt.id] > 0 {
			client = append(client, fmt.Sprintf("%s ×%d (e.g. %q)", pt.id, counts[pt.id], examples[pt.id]))
		}
	}
	if len(payload) > 0 {
		out = append(out, Factor{ID: "request-payloads", Points: best["payload"], Detail: "attack patterns in request paths: " + strings.Join(payload, "; ")})
	}
	if len(client) > 0 {
		out = append(out, Factor{ID: "client-tools", Points: best["client"], Detail: "user agents of scanners or scripted clients: " + strings.Join(client, "; ")})
	}
	tor := 0
	for _, e := range events {
		if strings.EqualFold(strings.TrimSpace(e.Country), "T1") {
			tor++
		}
	}
	if tor > 0 {
		out = append(out, Factor{ID: "tor-traffic", Points: 10, Detail: fmt.Sprintf("%d of %d events came through Tor (country T1): anonymised, not necessarily malicious", tor, len(events))})
	}
	mitigated := 0
	for _, e := range events {
		switch strings.ToLower(e.Action) {
		case "block", "managed_challenge", "challenge", "js_challenge", "jschallenge", "managedchallenge", "drop":
			mitigated++
		}
	}
	if mitigated*2 >= len(events) && mitigated > 0 {
		out = append(out, Factor{ID: "mitigated-by-cloudflare", Points: 10, Detail: fmt.Sprintf("%d of %d events were blocked or challenged by Cloudflare", mitigated, len(events))})
	}
	paths := map[string]map[string]bool{}
	for _, e := range events {
		if e.IP == "" || e.Path == "" {
			continue
		}
		if paths[e.IP] == nil {
			paths[e.IP] = map[string]bool{}
		}
		paths[e.IP][e.Path] = true
	}
	var enumerators []string
	for ip, ps := range paths {
		if len(ps) >= 20 {
			enumerators = append(enumerators, fmt.Sprintf("%s (%d distinct paths)", ip, len(ps)))
		}
	}
	sort.Strings(enumerators)
	if len(enumerators) > 0 {
		out = append(out, Factor{ID: "path-enumeration", Points: 10, Detail: "clients requesting many distinct paths: " + strings.Join(first(enumerators, 5), ", ")})
	}
	return out
}

// bursts buckets event times and compares the peak bucket with a baseline:
// the given rate, or an EWMA of the preceding buckets (z-score).
func bursts(times []time.Time, baseline float64) (*Burst, *Factor) {
	sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
	start, end := times[0].Truncate(time.Minute), times[len(times)-1]
	span := end.Sub(start)
	width := 1
	if mins := int(span/time.Minute) + 1; mins > maxBuckets {
		width = (mins + maxBuckets - 1) / maxBuckets
	}
	bw := time.Duration(width) * time.Minute
	nb := int(span/bw) + 1
	counts := make([]float64, nb)
	for _, t := range times {
		counts[int(t.Sub(start)/bw)]++
	}
	b := &Burst{BucketMinutes: width, Buckets: nb}
	peak := 0
	for i, c := range counts {
		if c > counts[peak] {
			peak = i
		}
	}
	b.PeakAt, b.PeakCount = start.Add(time.Duration(peak)*bw).UTC().Format(time.RFC3339), int(counts[peak])
	if baseline > 0 {
		perBucket := baseline * float64(width)
		b.Baseline, b.BaselineFrom = round2(perBucket), "given"
		b.Ratio = round2(counts[peak] / perBucket)
		pts := 0
		switch {
		case b.Ratio >= 30:
			pts = 30
		case b.Ratio >= 10:
			pts = 20
		case b.Ratio >= 3:
			pts = 10
		}
		if pts == 0 {
			return b, nil
		}
		return b, &Factor{ID: "burst", Points: pts, Detail: fmt.Sprintf("%d events in the %d-minute bucket at %s: %.1f× the baseline of %.2f", b.PeakCount, width, b.PeakAt, b.Ratio, b.Baseline)}
	}
	b.BaselineFrom, b.Alpha = "ewma", ewmaAlpha
	if nb <= warmup {
		b.Note = fmt.Sprintf("events span %d bucket(s); at least %d are needed to learn a baseline (or pass baseline_per_minute)", nb, warmup+1)
		return b, nil
	}
	mean, variance := counts[0], 0.0
	bestZ, bestAt, bestMean := math.Inf(-1), 0, 0.0
	for i := 1; i < nb; i++ {
		x := counts[i]
		if i >= warmup {
			sd := math.Max(math.Sqrt(variance), math.Max(1, math.Sqrt(mean)))
			if z := (x - mean) / sd; z > bestZ {
				bestZ, bestAt, bestMean = z, i, mean
			}
		}
		d := x - mean
		mean += ewmaAlpha * d
		variance = (1 - ewmaAlpha) * (variance + ewmaAlpha*d*d)
	}
	b.Z, b.Baseline = round2(bestZ), round2(bestMean)
	b.PeakAt, b.PeakCount = start.Add(time.Duration(bestAt)*bw).UTC().Format(time.RFC3339), int(counts[bestAt])
	pts := 0
	switch {
	case bestZ >= 8:
		pts = 30
	case bestZ >= 5:
		pts = 20
	case bestZ >= 3:
		pts = 10
	}
	if pts == 0 {
		return b, nil
	}
	return b, &Factor{ID: "burst", Points: pts, Detail: fmt.Sprintf("%d events in the %d-minute bucket at %s against an EWMA baseline of %.2f (alpha %.1f): z = %.1f", b.PeakCount, width, b.PeakAt, b.Baseline, ewmaAlpha, b.Z)}
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func isCountryCode(s string) bool {
	if len(s) != 2 {
		return false
	}
	for i := 0; i < 2; i++ {
		c := s[i] | 0x20
		if (c < 'a' || c > 'z') && !(i == 1 && s[i] >= '0' && s[i] <= '9') {
			return false
		}
	}
	return true
}
