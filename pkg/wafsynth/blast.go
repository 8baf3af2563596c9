package wafsynth

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

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

// BenignReplay is a rule replayed on the benign corpus: per set, how many
// requests were replayed and matched.
type BenignReplay struct {
	Sets    []BenignMatch
	Matches int // over the corpus; every one is a false positive
	Corpus  int // requests in the corpus (or in the sample asked for)
	Played  int // requests replayed
	// Stopped says where the replay stopped when ctx ended first ("after
	// 1.2 s, in set json (40 of 138 requests)"); "" when it did not.
	Stopped string
}

// ReplayBenign runs a rule expression on the benign corpus as the edge
// presents the requests on plan (ReplayBenignContext without a deadline).
func ReplayBenign(expression string, plan rules.Plan, perSet int) ([]BenignMatch, int, error) {
	r, err := ReplayBenignContext(context.Background(), expression, plan, perSet)
	if err != nil {
		return nil, 0, err
	}
	return r.Sets, r.Matches, nil
}

// ReplayBenignContext runs a rule expression on the benign corpus as the
// edge presents the requests on plan: every request of every set when
// perSet is 0, else a fixed, evenly spread sample of at most perSet
// requests per set. The requests are evaluated on every CPU until ctx
// ends; a replay cut short says where (Stopped). Complete replays are kept
// per expression, plan and sample size (the corpus is fixed), so proposing
// the same rule again costs nothing.
func ReplayBenignContext(ctx context.Context, expression string, plan rules.Plan, perSet int) (*BenignReplay, error) {
	key := fmt.Sprintf("%s\x00%d\x00%s", plan, perSet, expression)
	replayMu.Lock()
	if r, ok := replayCache[key]; ok {
		replayMu.Unlock()
		return r.clone(), nil
	}
	replayMu.Unlock()
	prog, err := rules.Compile(expression, rules.Options{Plan: plan, Combined: true})
	if err != nil {
		return nil, fmt.Errorf("the expression does not compile: %v", err)
	}
	sets, err := preparedCorpus(plan)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	out := &BenignReplay{}
	workers := runtime.GOMAXPROCS(0)
	for _, name := range wafbenign.SetNames() {
		ss := spread(sets[name], perSet)
		out.Corpus += len(ss)
		m := BenignMatch{Set: name, Samples: []string{}}
		if out.Stopped != "" {
			out.Sets = append(out.Sets, m)
			continue
		}
		hit := make([]int8, len(ss)) // 0 not replayed, 1 clean, 2 matched
		var next atomic.Int64
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for ctx.Err() == nil {
					i := int(next.Add(1)) - 1
					if i >= len(ss) {
						return
					}
					hit[i] = 1
					if prog.Eval(ss[i].req, nil) {
						hit[i] = 2
					}
				}
			}()
		}
		wg.Wait()
		for i, h := range hit {
			if h == 0 {
				continue
			}
			m.Requests++
			if h == 2 {
				m.Matches++
				if len(m.Samples) < 5 {
					m.Samples = append(m.Samples, ss[i].id)
				}
			}
		}
		out.Played += m.Requests
		out.Matches += m.Matches
		out.Sets = append(out.Sets, m)
		if m.Requests < len(ss) {
			out.Stopped = fmt.Sprintf("after %.1f s, in set %s (%d of %d requests)", time.Since(start).Seconds(), name, m.Requests, len(ss))
		}
	}
	if out.Stopped == "" {
		replayMu.Lock()
		if len(replayCache) >= 256 {
			replayCache = map[string]*BenignReplay{}
		}
		replayCache[key] = out.clone()
		replayMu.Unlock()
	}
	return out, nil
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

var (
	replayMu    sync.Mutex
	replayCache = map[string]*BenignReplay{}
)

func (r *BenignReplay) clone() *BenignReplay {
	c := *r
	c.Sets = make([]BenignMatch, len(r.Sets))
	for i, m := range r.Sets {
		m.Samples = append([]string{}, m.Samples...)
		c.Sets[i] = m
	}
	return &c
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

// ApplyBlastRadius records the replay in the proposal and warns of what
// it found: benign-corpus matches (every one a false positive) and likely
// false positives among the zone's events. The rollout's promotion
// criteria are the caller's (waf_rule_synthesize writes them in the
// observed numbers).
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
	if br.BenignMatches > 0 {
		p.Warnings = append(p.Warnings, fmt.Sprintf("benign corpus: %d of %d requests matched (%s): every match is a false positive; narrow the rule (paths, methods) before deploying", br.BenignMatches, corpus, strings.Join(benign, ", ")))
	}
	if e := br.Events; e != nil && e.Requests > 0 && e.LikelyFP > 0 {
		p.Warnings = append(p.Warnings, fmt.Sprintf("%d of the %d replayed matches are likely false positives (verified bots or allowlisted clients): add an exception before deploying", e.LikelyFP, e.Matches))
	}
}
