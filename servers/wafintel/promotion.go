package wafintel

import (
	"fmt"
	"math"
	"strings"

	"github.com/cfplane/cfplane/pkg/wafsynth"
)

// observed is what the replays before a proposal saw, the base of the
// staged rollout's promotion criteria.
type observed struct {
	hours int
	// security events (events false: no zone, nothing read)
	events                               bool
	eventReqs, eventMatches, eventLikely int
	traffic                              *trafficReplay // nil: not read
	benign                               *benignReplay
}

// perHour is the expected number of matches per hour and where it comes
// from: the sampled traffic (all requests) or the security events
// (requests a security feature already flagged, so a lower bound),
// whichever shows more — sampled traffic lacks headers other than host and
// user agent, cookies and body, so a rule on those matches there less than
// it will.
func (o observed) perHour() (float64, string) {
	if o.hours <= 0 {
		return 0, ""
	}
	var tr, ev float64
	if o.traffic != nil {
		tr = o.traffic.matched / float64(o.hours)
	}
	if o.events {
		ev = float64(o.eventMatches) / float64(o.hours)
	}
	switch {
	case o.traffic != nil && tr >= ev:
		return tr, "sampled traffic"
	case o.events:
		return ev, "security events, a lower bound: only requests a security feature already flagged"
	}
	return 0, ""
}

// fpShare is the observed share of likely false positives among matches:
// security-event matches on verified bots or allowlisted clients, and
// benign-corpus matches (every one is a false positive) among the corpus.
func (o observed) fpShare() (events, benign float64) {
	if o.eventMatches > 0 {
		events = float64(o.eventLikely) / float64(o.eventMatches)
	}
	if o.benign != nil && o.benign.played > 0 {
		benign = float64(o.benign.total) / float64(o.benign.played)
	}
	return events, benign
}

// summary states the observed numbers in one sentence.
func (o observed) summary() string {
	var parts []string
	if ph, src := o.perHour(); src != "" {
		parts = append(parts, fmt.Sprintf("expected %.1f matches per hour (%s, last %d h)", ph, src, o.hours))
	}
	ev, bn := o.fpShare()
	if o.events {
		parts = append(parts, fmt.Sprintf("security events: %d of %d matched, %d likely false positives (%.1f%%)", o.eventMatches, o.eventReqs, o.eventLikely, 100*ev))
	}
	if o.traffic != nil {
		parts = append(parts, fmt.Sprintf("sampled traffic: %.0f of %.0f requests matched (%s)", o.traffic.matched, o.traffic.total, pct(o.traffic.matched, o.traffic.total)))
	}
	if o.benign != nil {
		b := fmt.Sprintf("benign corpus: %d of %d replayed requests matched (%.2f%% false positives)", o.benign.total, o.benign.played, 100*bn)
		if o.benign.stopped != "" {
			b += fmt.Sprintf(", cut short at %d of %d", o.benign.played, o.benign.corpus)
		}
		parts = append(parts, b)
	}
	if len(parts) == 0 {
		return "nothing replayed"
	}
	return strings.Join(parts, "; ")
}

// promotion is the criterion for leaving a stage for the next one, in the
// observed numbers: the volume to expect, the false-positive share that
// stops the promotion, and the benign corpus staying clean.
func (o observed) promotion(action, next string) string {
	ph, src := o.perHour()
	ev, bn := o.fpShare()
	obs := "Observed before proposing — " + o.summary() + ". "
	benignGate := "the benign corpus still shows 0 matches"
	if o.benign != nil && o.benign.total > 0 {
		benignGate = fmt.Sprintf("the %d benign-corpus matches (%.2f%%) are gone (narrow the rule first)", o.benign.total, 100*bn)
	}
	switch action {
	case "log", "simulate":
		watch := "after at least 24 h of logging"
		if action == "simulate" {
			watch = "after replaying at least 24 h of the zone's events with waf_rule_simulate"
		}
		if src == "" || ph == 0 {
			return obs + fmt.Sprintf("No matches observed to compare with: promote to %s %s when the reviewed matches show under 1%% likely false positives and %s; the first 24 h set the baseline volume.", next, watch, benignGate)
		}
		perDay := ph * 24
		fpGate := fmt.Sprintf("at most %d likely false positives among the about %.0f matches expected per day (1%%)", int(math.Max(1, math.Floor(perDay/100))), perDay)
		if ev > 0.01 {
			fpGate += fmt.Sprintf(" — the replay already shows %.1f%%: add exceptions first", 100*ev)
		}
		return obs + fmt.Sprintf("Promote to %s %s when: matches stay between %.1f and %.1f per hour (half to twice the expected %.1f; outside it the traffic differs from the replay, replay again); %s; %s.",
			next, watch, ph/2, ph*2, ph, fpGate, benignGate)
	case "managed_challenge", "js_challenge", "challenge":
		if src == "" || ph == 0 {
			return obs + fmt.Sprintf("Promote to %s after at least 72 h when at most 1%% of challenged requests solve the challenge (solves are humans) and no legitimate client reports errors.", next)
		}
		per72 := ph * 72
		return obs + fmt.Sprintf("Promote to %s after at least 72 h when at most 1%% of challenged requests solve the challenge (solves are humans): with about %.1f challenged per hour, at most %d solved of about %.0f in 72 h; and no legitimate client reports errors.",
			next, ph, int(math.Max(1, math.Floor(per72/100))), per72)
	}
	return ""
}

// applyPromotion rewrites the rollout's promotion criteria (every stage
// but the last) in the observed numbers.
func applyPromotion(p *wafsynth.Proposal, o observed) {
	for i := 0; i+1 < len(p.Rollout); i++ {
		if s := o.promotion(p.Rollout[i].Action, p.Rollout[i+1].Action); s != "" {
			p.Rollout[i].Promotion = s
		}
	}
}
