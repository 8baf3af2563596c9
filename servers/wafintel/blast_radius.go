package wafintel

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafreplay"
	"github.com/cfplane/cfplane/pkg/wafsynth"
)

// benignReplayBudget bounds the benign replay of one proposal. The whole
// corpus takes well under a second of CPU per attack-class rule (pkg/rules
// runs large patterns split and prefiltered); on a loaded machine the
// budget cuts the replay short and the result says where.
var benignReplayBudget = 20 * time.Second

// benignReplay is the candidate on the benign corpus
// (wafsynth.ReplayBenignContext) with why a replay was cut short.
type benignReplay struct {
	sets    []wafsynth.BenignMatch
	total   int    // matches
	corpus  int    // requests in the corpus
	played  int    // requests replayed
	stopped string // why the replay stopped early ("" = it did not)
}

// replayBenign runs the expression on every request of every benign set
// until ctx ends or the budget runs out (wafsynth.ReplayBenignContext,
// which keeps complete replays).
func replayBenign(ctx context.Context, expression string, plan rules.Plan, budget time.Duration) (*benignReplay, error) {
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	start := time.Now()
	r, err := wafsynth.ReplayBenignContext(ctx, expression, plan, 0)
	if err != nil {
		return nil, err
	}
	out := &benignReplay{sets: r.Sets, total: r.Matches, corpus: r.Corpus, played: r.Played}
	if r.Stopped != "" {
		why := "the tool call was cancelled"
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			why = fmt.Sprintf("the replay budget (%s) ran out", budget)
			if dl, ok := ctx.Deadline(); ok && time.Until(dl) < 0 && time.Since(start) < budget {
				why = "the tool call's deadline ran out"
			}
		}
		out.stopped = why + " " + r.Stopped
	}
	return out, nil
}

// note says what was replayed.
func (b *benignReplay) note() string {
	var per []string
	for _, s := range b.sets {
		per = append(per, fmt.Sprintf("%s %d", s.Set, s.Requests))
	}
	if b.stopped == "" {
		return fmt.Sprintf("benign corpus: all %d requests replayed (%s)", b.corpus, strings.Join(per, ", "))
	}
	return fmt.Sprintf("benign corpus: cut short, %d of %d requests replayed (%s): %s; the numbers cover the replayed requests only", b.played, b.corpus, strings.Join(per, ", "), b.stopped)
}

// trafficFields are the rule fields sampled traffic carries in full
// (httpRequestsAdaptiveGroups dimensions: path and query string, host and
// user agent of the headers; the other headers, cookies and the body are
// not known, so fields built from them are listed as missing).
var trafficFields = map[string]bool{
	"http.request.method": true, "http.host": true, "http.request.uri.path": true, "http.request.uri.path.extension": true,
	"raw.http.request.uri.path": true, "raw.http.request.uri.path.extension": true, "http.user_agent": true, "ip.src": true,

	"ip.src.country": true, "ip.geoip.country": true, "ip.src.asnum": true, "ip.geoip.asnum": true, "ssl": true,
	"cf.waf.score": true, "cf.waf.score.sqli": true, "cf.waf.score.xss": true, "cf.waf.score.rce": true,
	"cf.waf.score.class": true,
}

// queryFields are the rule fields built from the query string, which the
// samples carry when the API gives clientRequestQuery.
var queryFields = map[string]bool{
	"http.request.full_uri": true, "http.request.uri": true, "http.request.uri.query": true, "http.request.uri.args": true,
	"http.request.uri.args.names": true, "http.request.uri.args.values": true, "raw.http.request.full_uri": true,
	"raw.http.request.uri": true, "raw.http.request.uri.query": true, "raw.http.request.uri.args": true,
	"raw.http.request.uri.args.names": true, "raw.http.request.uri.args.values": true,
}

// readTraffic reads the sampled traffic with the query string, or without
// it when the API refuses that dimension (the account's plan or the
// dataset's version may not offer it); withQuery says which.
func readTraffic(ctx context.Context, gql func(context.Context, string, map[string]any, any) error, vars map[string]any, out any) (withQuery bool, err error) {
	err = gql(ctx, trafficQuery, vars, out)
	if err == nil || !strings.Contains(err.Error(), "clientRequestQuery") {
		return err == nil, err
	}
	return false, gql(ctx, strings.Replace(trafficQuery, " clientRequestQuery", "", 1), vars, out)
}

// trafficReplay is the candidate on the zone's sampled traffic.
type trafficReplay struct {
	hours   int
	total   float64 // requests the samples stand for
	matched float64
	groups  int
	samples []string
	missing []string // fields the rule reads that the samples lack
	// withQuery: the samples carry the query string (the API gave
	// clientRequestQuery).
	withQuery bool
}

const trafficQuery = `query Traffic($zoneTag: string, $since: Time!, $until: Time!, $limit: uint64!) {
  viewer {
    zones(filter: { zoneTag: $zoneTag }) {
      httpRequestsAdaptiveGroups(filter: { datetime_geq: $since, datetime_leq: $until }, limit: $limit, orderBy: [count_DESC]) {
        count
        dimensions { ` + sampledFields + ` }
      }
    }
  }
}`

// sampledTraffic replays the candidate on the zone's sampled HTTP traffic
// (httpRequestsAdaptiveGroups: each group is one request shape and the
// number of requests it stands for). The dataset gives method, host, path,
// query string, scheme, user agent and the client's IP, country and ASN;
// other headers, cookies and body are not in it, so terms on them cannot
// match here.
func sampledTraffic(ctx context.Context, d *cli.Deps, zoneID, expression string, plan rules.Plan, lists rules.ListResolver, hours, limit int) (*trafficReplay, error) {
	var out struct {
		Viewer struct {
			Zones []struct {
				Groups []struct {
					Count      float64        `json:"count"`
					Dimensions sampledRequest `json:"dimensions"`
				} `json:"httpRequestsAdaptiveGroups"`
			} `json:"zones"`
		} `json:"viewer"`
	}
	withQuery, err := readTraffic(ctx, d.Client.GraphQL, analyticsWindow(d, zoneID, hours, limit), &out)
	if err != nil {
		return nil, mcpkit.Errorf("reading sampled traffic failed: %v", err)
	}
	prog, err := rules.Compile(expression, rules.Options{Plan: plan, Combined: true})
	if err != nil {
		return nil, mcpkit.Errorf("the candidate does not compile: %v", err)
	}
	tr := &trafficReplay{hours: hours, samples: []string{}, withQuery: withQuery}
	byShape := map[string]float64{}
	for _, f := range prog.Checked().Fields {
		if !trafficFields[f] && !(withQuery && queryFields[f]) {
			tr.missing = append(tr.missing, f)
		}
	}
	for _, z := range out.Viewer.Zones {
		for _, g := range z.Groups {
			rq, err := wafreplay.PrepareFor(g.Dimensions.request(), plan)
			if err != nil {
				continue // a group the sampler could not describe (no usable path or IP)
			}
			tr.groups++
			tr.total += g.Count
			if prog.Eval(rq, lists) {
				tr.matched += g.Count
				byShape[rq.Method+" "+rq.Host+rq.Path+queryPart(rq.Query)] += g.Count
			}
		}
	}
	shapes := make([]string, 0, len(byShape))
	for k := range byShape {
		shapes = append(shapes, k)
	}
	sort.Slice(shapes, func(i, j int) bool {
		if byShape[shapes[i]] != byShape[shapes[j]] {
			return byShape[shapes[i]] > byShape[shapes[j]]
		}
		return shapes[i] < shapes[j]
	})
	for i, k := range shapes {
		if i == 5 {
			break
		}
		tr.samples = append(tr.samples, fmt.Sprintf("%s ×%.0f", k, byShape[k]))
	}
	return tr, nil
}

func (t *trafficReplay) note(zoneName string) string {
	s := fmt.Sprintf("sampled traffic of %s, last %d h: %.0f of %.0f requests matched (%s of traffic, about %.1f per hour; %d request groups)",
		zoneName, t.hours, t.matched, t.total, pct(t.matched, t.total), t.matched/float64(t.hours), t.groups)
	if len(t.samples) > 0 {
		s += "; e.g. " + strings.Join(t.samples, ", ")
	}
	if len(t.missing) > 0 {
		carried := "method, host, path, query string, user agent and client IP/country/ASN"
		if !t.withQuery {
			carried = "method, host, path, user agent and client IP/country/ASN (the API gave no query strings)"
		}
		s += fmt.Sprintf("; the samples carry %s only, not %s, so terms on those cannot match here (the benign corpus and security events cover them)", carried, strings.Join(t.missing, ", "))
	}
	return s
}

func pct(a, b float64) string {
	if b == 0 {
		return "0%"
	}
	return fmt.Sprintf("%.2f%%", 100*a/b)
}

// queryPart is a matched shape's query string as the samples show it.
func queryPart(q string) string {
	if q == "" {
		return ""
	}
	return "?" + q
}
