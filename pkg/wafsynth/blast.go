package wafsynth

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafbenign"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// BlastRadius is the candidate rule replayed before it is proposed: on the
// zone's recent security events (when a zone is given) and on the benign
// corpus (always).
type BlastRadius struct {
	Events *EventReplay  `json:"events,omitempty"`
	Benign []BenignMatch `json:"benign_corpus"`
	// BenignMatches is the total over the corpus: every one is a false
	// positive.
	BenignMatches int      `json:"benign_matches"`
	Notes         []string `json:"notes"`
}

// EventReplay is the rule on the zone's recent traffic.
type EventReplay struct {
	Source    string   `json:"source"`
	Requests  int      `json:"requests"`
	Matches   int      `json:"matches"`
	LikelyFP  int      `json:"likely_false_positives" jsonschema:"matches on verified bots or allowlisted clients"`
	Samples   []string `json:"samples"`
	FPSamples []string `json:"false_positive_samples"`
}

// BenignMatch is the rule on one benign set.
type BenignMatch struct {
	Set      string   `json:"set"`
	Requests int      `json:"requests"`
	Matches  int      `json:"matches"`
	Samples  []string `json:"samples" jsonschema:"ids of matched benign requests"`
}

// ReplayBenign runs a rule expression on the benign corpus as the edge
// presents the requests on plan: every request of every set when perSet is
// 0, else a fixed, evenly spread sample of at most perSet requests per set
// (a large attack-class rule costs about 1 ms of CPU per request in Go's
// regexp engine, so a tool call replays a sample and the test suite the
// whole corpus). The requests are evaluated on every CPU, and results are
// kept per expression, plan and sample size (the corpus is fixed), so
// proposing the same rule again costs nothing.
func ReplayBenign(expression string, plan rules.Plan, perSet int) ([]BenignMatch, int, error) {
	key := fmt.Sprintf("%s\x00%d\x00%s", plan, perSet, expression)
	replayMu.Lock()
	if r, ok := replayCache[key]; ok {
		replayMu.Unlock()
		return cloneMatches(r.m), r.total, nil
	}
	replayMu.Unlock()
	prog, err := rules.Compile(expression, rules.Options{Plan: plan, Combined: true})
	if err != nil {
		return nil, 0, fmt.Errorf("the expression does not compile: %v", err)
	}
	sets, err := preparedCorpus(plan)
	if err != nil {
		return nil, 0, err
	}
	var out []BenignMatch
	total := 0
	workers := runtime.GOMAXPROCS(0)
	for _, name := range wafbenign.SetNames() {
		ss := spread(sets[name], perSet)
		hit := make([]bool, len(ss))
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := w; i < len(ss); i += workers {
					hit[i] = prog.Eval(ss[i].req, nil)
				}
			}(w)
		}
		wg.Wait()
		m := BenignMatch{Set: name, Requests: len(ss), Samples: []string{}}
		for i, h := range hit {
			if h {
				m.Matches++
				if len(m.Samples) < 5 {
					m.Samples = append(m.Samples, ss[i].id)
				}
			}
		}
		total += m.Matches
		out = append(out, m)
	}
	replayMu.Lock()
	if len(replayCache) >= 256 {
		replayCache = map[string]cachedReplay{}
	}
	replayCache[key] = cachedReplay{m: cloneMatches(out), total: total}
	replayMu.Unlock()
	return out, total, nil
}

// spread keeps at most n samples, evenly spaced over ss (all when n <= 0).
func spread(ss []preparedSample, n int) []preparedSample {
	if n <= 0 || len(ss) <= n {
		return ss
	}
	out := make([]preparedSample, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, ss[i*len(ss)/n])
	}
	return out
}

type cachedReplay struct {
	m     []BenignMatch
	total int
}

var (
	replayMu    sync.Mutex
	replayCache = map[string]cachedReplay{}
)

func cloneMatches(in []BenignMatch) []BenignMatch {
	out := make([]BenignMatch, len(in))
	for i, m := range in {
		m.Samples = append([]string{}, m.Samples...)
		out[i] = m
	}
	return out
}

type preparedSample struct {
	id  string
	req *rules.Request
}

var (
	corpusMu    sync.Mutex
	corpusCache = map[rules.Plan]map[string][]preparedSample{}
)

// preparedCorpus is the benign corpus as the edge presents it on plan,
// prepared once per plan (read-only afterwards).
func preparedCorpus(plan rules.Plan) (map[string][]preparedSample, error) {
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if c := corpusCache[plan]; c != nil {
		return c, nil
	}
	sets, err := wafbenign.Sets()
	if err != nil {
		return nil, fmt.Errorf("benign corpus: %v", err)
	}
	out := map[string][]preparedSample{}
	for name, ss := range sets {
		for _, s := range ss {
			rq, err := wafreplay.PrepareFor(s.Request, plan)
			if err != nil {
				return nil, fmt.Errorf("benign %s: %v", s.ID, err)
			}
			out[name] = append(out[name], preparedSample{id: s.ID, req: rq})
		}
	}
	corpusCache[plan] = out
	return out, nil
}

// EventsFromResult keeps the candidate's line of a wafreplay result.
func EventsFromResult(res *wafreplay.Result) *EventReplay {
	e := &EventReplay{Source: res.Source, Requests: res.Requests, Samples: []string{}, FPSamples: []string{}}
	if len(res.Rules) > 0 {
		r := res.Rules[0]
		e.Matches, e.LikelyFP, e.Samples, e.FPSamples = r.Matches, r.LikelyFP, r.Samples, r.FPSamples
	}
	return e
}

// ApplyBlastRadius records the replay in the proposal and rewrites the
// rollout's promotion criteria with the observed numbers.
func ApplyBlastRadius(p *Proposal, br *BlastRadius) {
	if br.Notes == nil {
		br.Notes = []string{}
	}
	p.BlastRadius = br
	var benign []string
	corpus := 0
	for _, b := range br.Benign {
		corpus += b.Requests
		benign = append(benign, fmt.Sprintf("%s %d/%d", b.Set, b.Matches, b.Requests))
	}
	benignText := fmt.Sprintf("benign corpus: %d of %d requests matched (%s)", br.BenignMatches, corpus, strings.Join(benign, ", "))
	if br.BenignMatches > 0 {
		p.Warnings = append(p.Warnings, benignText+": every match is a false positive; narrow the rule (paths, methods) before deploying")
	}
	events := "no zone traffic replayed (pass zone to replay its recent security events)"
	perHour := ""
	fpAllowed := 0
	if e := br.Events; e != nil {
		events = fmt.Sprintf("%s: %d of %d requests matched, %d likely false positives", e.Source, e.Matches, e.Requests, e.LikelyFP)
		fpAllowed = e.Matches / 100
		perHour = fmt.Sprintf(" and the logged matches stay within twice the replayed volume (%d matches in the replayed window)", e.Matches)
		if e.Requests > 0 && e.LikelyFP > 0 {
			p.Warnings = append(p.Warnings, fmt.Sprintf("%d of the %d replayed matches are likely false positives (verified bots or allowlisted clients): add an exception before deploying", e.LikelyFP, e.Matches))
		}
	}
	observed := "Observed before proposing — " + events + "; " + benignText + ". "
	for i := range p.Rollout {
		st := &p.Rollout[i]
		switch st.Action {
		case "log", "simulate":
			if br.Events == nil {
				st.Promotion = observed + "Promote after at least 24 h when under 1% of the logged matches are likely false positives (verified bots, allowlisted clients, known customers) and the benign corpus still shows 0 browser matches; the first 24 h set the baseline volume."
				continue
			}
			st.Promotion = observed + fmt.Sprintf("Promote after at least 24 h when reviewed matches show at most %d likely false positives (1%% of the %d replayed matches)%s, and the benign corpus still shows 0 browser matches.", fpAllowed, matchesOr0(br), perHour)
		case "managed_challenge", "js_challenge", "challenge":
			if i == len(p.Rollout)-1 {
				continue
			}
			st.Promotion = observed + "Promote after at least 72 h when at most 1% of challenged requests solve the challenge (solves are humans) — with the replayed volume, " +
				fmt.Sprintf("at most %d solved of about %d challenged per day — and no legitimate client reports errors.", max(1, matchesOr0(br)/100), matchesOr0(br))
		}
	}
}

func matchesOr0(br *BlastRadius) int {
	if br.Events == nil {
		return 0
	}
	return br.Events.Matches
}
