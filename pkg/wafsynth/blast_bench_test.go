package wafsynth

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/rules"
)

// BenchmarkReplayBenign is one uncached replay of an attack-class rule on
// the whole benign corpus, as waf_rule_synthesize runs it before proposing.
func BenchmarkReplayBenign(b *testing.B) {
	for _, c := range []string{ClassSQLi, ClassRCE} {
		b.Run(c, func(b *testing.B) {
			e, err := ClassExpression(c, rules.PlanEnterprise)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := preparedCorpus(rules.PlanEnterprise); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				replayMu.Lock()
				replayCache = map[string]*BenignReplay{}
				replayMu.Unlock()
				if _, _, err := ReplayBenign(e, rules.PlanEnterprise, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestReplayBenignSample(t *testing.T) {
	e, err := ClassExpression(ClassSQLi, rules.PlanPro)
	if err != nil {
		t.Fatal(err)
	}
	all, _, err := ReplayBenign(e, rules.PlanPro, 0)
	if err != nil {
		t.Fatal(err)
	}
	some, _, err := ReplayBenign(e, rules.PlanPro, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(some) {
		t.Fatalf("sets: %d whole, %d sampled", len(all), len(some))
	}
	for i := range all {
		if all[i].Requests <= 10 {
			continue
		}
		if some[i].Requests != 10 {
			t.Errorf("set %s: sampled %d requests, want 10 of %d", some[i].Set, some[i].Requests, all[i].Requests)
		}
	}
	ss := make([]preparedSample, 100)
	for i := range ss {
		ss[i].id = strconv.Itoa(i)
	}
	var ids []string
	for _, s := range spread(ss, 4) {
		ids = append(ids, s.id)
	}
	if got := strings.Join(ids, ","); got != "0,25,50,75" {
		t.Errorf("spread(100, 4) kept %s, want 0,25,50,75", got)
	}
	if got := spread(ss, 0); len(got) != 100 {
		t.Errorf("spread(100, 0) kept %d", len(got))
	}
}

// A replay whose context has ended says where it stopped, and is not kept:
// the next replay of the same rule runs in full.
func TestReplayBenignContextCutShort(t *testing.T) {
	e := `http.host ne "cut-short.wafsynth.test"`
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, err := ReplayBenignContext(ctx, e, rules.PlanBusiness, 0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Played != 0 || r.Stopped == "" || r.Corpus == 0 {
		t.Fatalf("cancelled replay: played %d of %d, stopped %q", r.Played, r.Corpus, r.Stopped)
	}
	r, err = ReplayBenignContext(context.Background(), e, rules.PlanBusiness, 0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Stopped != "" || r.Played != r.Corpus || r.Matches != r.Corpus {
		t.Fatalf("full replay: played %d of %d, %d matches, stopped %q", r.Played, r.Corpus, r.Matches, r.Stopped)
	}
}
