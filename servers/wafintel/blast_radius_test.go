package wafintel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
	"github.com/cfplane/cfplane/pkg/mcpkit/mcpkittest"
	"github.com/cfplane/cfplane/pkg/racetest"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafbenign"
	"github.com/cfplane/cfplane/pkg/wafsynth"
)

// An attack-class proposal's benign numbers cover every request of the
// corpus, on every plan with regexes. (The budget is raised, and two
// classes are proposed, not three: under -race the evaluator is many
// times slower and the call's own timeout would cut the replay short;
// TestBlastRadiusCutShort covers the budget running out.)
func TestBlastRadiusWholeCorpus(t *testing.T) {
	racetest.SkipHeavy(t)
	defer func(b time.Duration) { benignReplayBudget = b }(benignReplayBudget)
	benignReplayBudget = 10 * time.Minute
	sets, err := wafbenign.Sets()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	for _, plan := range []string{"business", "enterprise"} {
		var p wafsynth.Proposal
		mcpkittest.Decode(t, c.MustCall("waf_rule_synthesize", map[string]any{"action": "block", "attack_classes": []any{"sqli", "xss"}, "plan": plan}), &p)
		br := p.BlastRadius
		corpus := 0
		for i, name := range wafbenign.SetNames() {
			corpus += len(sets[name])
			if br.Benign[i].Set != name || br.Benign[i].Requests != len(sets[name]) {
				t.Errorf("%s: set %s replayed %d of %d requests", plan, name, br.Benign[i].Requests, len(sets[name]))
			}
		}
		if br.BenignMatches != 0 {
			t.Errorf("%s: %d benign matches: %+v", plan, br.BenignMatches, br.Benign)
		}
		if !strings.Contains(p.Rollout[0].Promotion, fmt.Sprintf("benign corpus: 0 of %d replayed requests matched", corpus)) {
			t.Errorf("%s: promotion does not name the corpus replay: %s", plan, p.Rollout[0].Promotion)
		}
	}
}

// When the budget runs out the replay stops, and the result says how far
// it got and why instead of presenting a part as the whole.
func TestBlastRadiusCutShort(t *testing.T) {
	racetest.SkipHeavy(t)
	e, err := wafsynth.ClassExpression(wafsynth.ClassRCE, rules.PlanEnterprise)
	if err != nil {
		t.Fatal(err)
	}
	e = `http.host ne "cut-short.test" and (` + e + `)` // not in the cache of complete replays
	b, err := replayBenign(context.Background(), e, rules.PlanEnterprise, time.Nanosecond)
	if err != nil {
		t.Fatal(err)
	}
	if b.stopped == "" || b.played >= b.corpus {
		t.Fatalf("not cut short: %d of %d replayed", b.played, b.corpus)
	}
	if n := b.note(); !strings.Contains(n, "cut short") || !strings.Contains(n, "replay budget (1ns) ran out") {
		t.Errorf("note: %s", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	b, err = replayBenign(ctx, e, rules.PlanEnterprise, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if b.played != 0 || !strings.Contains(b.note(), "cancelled") {
		t.Errorf("cancelled call: %d replayed, %s", b.played, b.note())
	}
	// A complete replay afterwards is not taken from the cut-short one.
	b, err = replayBenign(context.Background(), e, rules.PlanEnterprise, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if b.stopped != "" || b.played != b.corpus {
		t.Errorf("complete replay: %d of %d (%s)", b.played, b.corpus, b.stopped)
	}
}

// With a zone, the candidate is replayed on its sampled traffic; the
// expected matches per hour come from it, and a rule on fields the
// samples do not carry says so and takes the rate from security events.
func TestBlastRadiusSampledTraffic(t *testing.T) {
	racetest.SkipHeavy(t)
	d, _ := clitest.Deps(t, nil)
	c := clitest.Client(t, d, Name, Toolsets)
	var p wafsynth.Proposal
	mcpkittest.Decode(t, c.MustCall("waf_rule_synthesize", map[string]any{"zone": cfsim.SeedZoneMain, "action": "block", "paths": []any{"/login"}, "plan": "enterprise"}), &p)
	notes := strings.Join(p.BlastRadius.Notes, "\n")
	if !strings.Contains(notes, "sampled traffic of "+cfsim.SeedZoneMain) || !strings.Contains(notes, "POST www.example.com/login ×") {
		t.Fatalf("no sampled-traffic replay: %s", notes)
	}
	if strings.Contains(notes, "cannot match here") {
		t.Errorf("a path rule is fully judged on sampled traffic: %s", notes)
	}
	if !strings.Contains(notes, "paths, query strings and user agents of the replayed events and traffic are third-party text") {
		t.Errorf("client-controlled samples not marked as data: %s", notes)
	}
	if !strings.Contains(p.Rollout[0].Promotion, "matches per hour (sampled traffic") || !strings.Contains(p.Rollout[0].Promotion, "add exceptions first") {
		t.Errorf("log stage: %s", p.Rollout[0].Promotion)
	}
	var a wafsynth.Proposal
	mcpkittest.Decode(t, c.MustCall("waf_rule_synthesize", map[string]any{"zone": cfsim.SeedZoneMain, "action": "block", "attack_classes": []any{"sqli"}, "plan": "business"}), &a)
	notes = strings.Join(a.BlastRadius.Notes, "\n")
	if !strings.Contains(notes, "http.request.headers.values") || !strings.Contains(notes, "cannot match here") {
		t.Errorf("missing fields not named: %s", notes)
	}
	// The samples carry the query string (clientRequestQuery): the SQLi rule
	// is judged on it and catches the sampled UNION SELECT requests, and the
	// expected rate comes from the traffic.
	if strings.Contains(notes, "http.request.uri.args.values") || !strings.Contains(notes, "GET www.example.com/?id=1%27%20UNION%20SELECT") {
		t.Errorf("query string of the samples not replayed: %s", notes)
	}
	if !strings.Contains(a.Rollout[0].Promotion, "matches per hour (sampled traffic") {
		t.Errorf("rate not taken from sampled traffic: %s", a.Rollout[0].Promotion)
	}
}

// Promotion criteria in observed numbers.
func TestPromotionCriteria(t *testing.T) {
	o := observed{hours: 24, events: true, eventReqs: 500, eventMatches: 48, eventLikely: 0,
		traffic: &trafficReplay{hours: 24, total: 100000, matched: 2400}, benign: &benignReplay{played: 1000, corpus: 1000}}
	log := o.promotion("log", "managed_challenge")
	for _, w := range []string{"expected 100.0 matches per hour (sampled traffic", "between 50.0 and 200.0 per hour", "at most 24 likely false positives among the about 2400 matches expected per day",
		"benign corpus still shows 0 matches", "Promote to managed_challenge after at least 24 h"} {
		if !strings.Contains(log, w) {
			t.Errorf("log stage lacks %q: %s", w, log)
		}
	}
	ch := o.promotion("managed_challenge", "block")
	if !strings.Contains(ch, "at most 72 solved of about 7200 in 72 h") {
		t.Errorf("challenge stage: %s", ch)
	}
	// Likely false positives already seen; benign matches.
	o.eventLikely = 12
	o.benign.total = 3
	log = o.promotion("log", "block")
	if !strings.Contains(log, "already shows 25.0%: add exceptions first") || !strings.Contains(log, "the 3 benign-corpus matches (0.30%) are gone") {
		t.Errorf("false positives not flagged: %s", log)
	}
	// Traffic shows fewer matches than the events: the events' rate, named as a lower bound.
	few := o
	few.traffic = &trafficReplay{hours: 24, total: 100000, matched: 0}
	if s := few.promotion("log", "block"); !strings.Contains(s, "expected 2.0 matches per hour (security events, a lower bound") {
		t.Errorf("rate not taken from security events: %s", s)
	}
	// Nothing observed: no invented volume.
	none := observed{benign: &benignReplay{played: 10, corpus: 10}}
	if s := none.promotion("log", "block"); !strings.Contains(s, "No matches observed") || strings.Contains(s, "per hour") {
		t.Errorf("no zone: %s", s)
	}
	// The last stage keeps its text.
	p := &wafsynth.Proposal{Rollout: []wafsynth.Stage{{Action: "log"}, {Action: "managed_challenge"}, {Action: "block", Promotion: "Final stage."}}}
	applyPromotion(p, o)
	if p.Rollout[2].Promotion != "Final stage." || !strings.Contains(p.Rollout[0].Promotion, "Promote to managed_challenge") || !strings.Contains(p.Rollout[1].Promotion, "Promote to block") {
		t.Errorf("rollout: %+v", p.Rollout)
	}
}

// BenchmarkReplayBenignCorpus is the benign replay of one proposal (the
// Enterprise SQLi, XSS and RCE rules together) on the whole corpus,
// uncached, as waf_rule_synthesize runs it.
//
//	go test -run '^$' -bench ReplayBenignCorpus -benchtime 3x ./servers/wafintel/
func BenchmarkReplayBenignCorpus(b *testing.B) {
	var parts []string
	for _, c := range []string{wafsynth.ClassSQLi, wafsynth.ClassXSS, wafsynth.ClassRCE} {
		e, err := wafsynth.ClassExpression(c, rules.PlanEnterprise)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, "("+e+")")
	}
	e := strings.Join(parts, " or ")
	// The corpus is prepared once per plan; replay something first.
	if _, err := replayBenign(context.Background(), `http.host eq "warm.test"`, rules.PlanEnterprise, time.Minute); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// A new expression each time: complete replays are kept.
		r, err := replayBenign(context.Background(), fmt.Sprintf(`http.host ne "bench-%d.test" and (%s)`, i, e), rules.PlanEnterprise, time.Minute)
		if err != nil || r.stopped != "" {
			b.Fatal(err, r.stopped)
		}
		b.ReportMetric(float64(r.played), "requests/op")
	}
}

// Events and traffic groups decode into one request shape: the ASN as the
// API's string or as a number, a path without its slash, the query's "?".
func TestSampledRequest(t *testing.T) {
	for _, raw := range []string{`{"clientAsn":"64510","clientRequestPath":"api","clientRequestQuery":"?id=1","clientRequestHTTPMethodName":"GET"}`,
		`{"clientAsn":64510,"clientRequestPath":"/api","clientRequestQuery":"id=1","clientRequestHTTPMethodName":"GET"}`} {
		var s sampledRequest
		if err := json.Unmarshal([]byte(raw), &s); err != nil {
			t.Fatal(err)
		}
		if r := s.request(); r.ASN != 64510 || r.Path != "/api" || r.Query != "id=1" || r.Method != "GET" {
			t.Errorf("%s: %+v", raw, r)
		}
	}
}

// An API that refuses clientRequestQuery still gives the rest of the
// samples: the query is dropped from the request and its fields count as
// missing.
func TestReadTrafficWithoutQuery(t *testing.T) {
	var asked []string
	gql := func(_ context.Context, q string, _ map[string]any, out any) error {
		asked = append(asked, q)
		if strings.Contains(q, "clientRequestQuery") {
			return errors.New(`code 0: unknown dimension "clientRequestQuery" on httpRequestsAdaptiveGroups`)
		}
		return nil
	}
	with, err := readTraffic(context.Background(), gql, nil, nil)
	if err != nil || with || len(asked) != 2 || strings.Contains(asked[1], "clientRequestQuery") || !strings.Contains(asked[1], "clientRequestPath") {
		t.Fatalf("with=%v err=%v asked=%q", with, err, asked)
	}
	// Any other error is the caller's to report; no second request.
	asked = nil
	if _, err := readTraffic(context.Background(), func(context.Context, string, map[string]any, any) error {
		asked = append(asked, "")
		return errors.New("HTTP 403")
	}, nil, nil); err == nil || len(asked) != 1 {
		t.Fatalf("err=%v, %d requests", err, len(asked))
	}
	if with, err := readTraffic(context.Background(), func(context.Context, string, map[string]any, any) error { return nil }, nil, nil); !with || err != nil {
		t.Fatal("the query string is asked for first")
	}
}
