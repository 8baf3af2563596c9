package kb

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

// MaxQuestionBytes is the longest question accepted.
const MaxQuestionBytes = 2048

// Thresholds below which the answer is "I don't know". A question must
// match at least MinScore (BM25F) on its best entry, and the words of the
// question the base knows must carry at least MinCoverage of its IDF mass.
const (
	MinScore    = 3.0
	MinCoverage = 0.45
)

// Errors for questions that cannot be asked.
var (
	ErrEmpty    = errors.New("kb: empty question")
	ErrTooLong  = fmt.Errorf("kb: question longer than %d bytes", MaxQuestionBytes)
	ErrNoTerms  = errors.New("kb: the question has no searchable words")
	maxSupports = 2
)

// Citation is one entry an answer is built from.
type Citation struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Framework  string   `json:"framework"`
	Controls   []string `json:"controls"`
	Score      float64  `json:"score"`
	Cloudflare []string `json:"cloudflare"`
	Sources    []string `json:"sources"`
}

// Answer is the response to one question.
type Answer struct {
	KBVersion string `json:"kb_version"`
	// Known is false when nothing in the base answers the question: the
	// answer then says "I don't know" and cites nothing.
	Known      bool       `json:"known"`
	Answer     string     `json:"answer"`
	Confidence float64    `json:"confidence"`
	Citations  []Citation `json:"citations"`
	// Related are further entries linked from the cited ones.
	Related []string `json:"related,omitempty"`
	// MatchedTerms are the question's terms found in the best entry.
	MatchedTerms []string `json:"matched_terms"`
	Framework    string   `json:"framework,omitempty"`
	BestScore    float64  `json:"best_score"`
	Coverage     float64  `json:"coverage"`
}

// Ask answers question from the base, optionally only from one framework
// (a name or alias accepted by Framework).
func (k *KB) Ask(question, framework string) (Answer, error) {
	a := Answer{KBVersion: k.Version, Citations: []Citation{}, MatchedTerms: []string{}}
	if strings.TrimSpace(question) == "" {
		return a, ErrEmpty
	}
	if len(question) > MaxQuestionBytes {
		return a, ErrTooLong
	}
	keep := func(int) bool { return true }
	if strings.TrimSpace(framework) != "" {
		fw, err := k.Framework(framework)
		if err != nil {
			return a, err
		}
		a.Framework = fw
		keep = func(d int) bool { return k.Entries[d].Framework == fw }
	}
	terms := queryTerms(question)
	if len(terms) == 0 {
		return a, ErrNoTerms
	}
	hits, coverage := k.idx.search(terms, keep)
	if a.Framework == "" {
		if fw := mentionedFramework(question); fw != "" {
			// The question names a framework: its entries are preferred.
			for i := range hits {
				if k.Entries[hits[i].doc].Framework == fw {
					hits[i].score *= frameworkBoost
				}
			}
			sortHits(hits)
		}
	}
	if k.demoteSuperseded(hits, terms) {
		sortHits(hits)
	}
	a.Coverage = round2(coverage)
	if len(hits) > 0 {
		a.BestScore = round2(hits[0].score)
	}
	if len(hits) == 0 || hits[0].score < MinScore || coverage < MinCoverage {
		a.Answer = k.dontKnow(hits, coverage, a.Framework)
		return a, nil
	}
	best := hits[0]
	a.Known = true
	a.MatchedTerms = uniqSorted(best.terms)
	// Confidence grows with coverage and with the best score's margin over
	// the threshold, saturating at twice the threshold.
	a.Confidence = round2(coverage * math.Min(1, best.score/(2*MinScore)))
	cited := []hit{best}
	for _, h := range hits[1:] {
		if len(cited) > maxSupports {
			break
		}
		if h.score >= 0.6*best.score && h.score >= MinScore {
			cited = append(cited, h)
		}
	}
	var sb strings.Builder
	e := k.Entries[best.doc]
	fmt.Fprintf(&sb, "%s [%s]\n%s", e.Title, e.ID, strings.TrimSpace(e.Text))
	if len(e.Cloudflare) > 0 {
		sb.WriteString("\nEvidence in Cloudflare: " + strings.Join(e.Cloudflare, "; ") + ".")
	}
	for _, h := range cited[1:] {
		s := k.Entries[h.doc]
		fmt.Fprintf(&sb, "\nSee also: %s [%s].", s.Title, s.ID)
	}
	a.Answer = sb.String()
	seen := map[string]bool{}
	for _, h := range cited {
		s := k.Entries[h.doc]
		seen[s.ID] = true
		a.Citations = append(a.Citations, Citation{ID: s.ID, Title: s.Title, Framework: s.Framework, Controls: s.Controls,
			Score: round2(h.score), Cloudflare: s.Cloudflare, Sources: s.Sources})
	}
	for _, h := range cited {
		for _, r := range k.Entries[h.doc].Related {
			if !seen[r] {
				seen[r] = true
				a.Related = append(a.Related, r)
			}
		}
	}
	return a, nil
}

// supersededWeight scales the score of an entry that another entry
// replaces, so the requirement in force answers first.
const supersededWeight = 0.7

// demoteSuperseded lowers superseded entries unless the question names one
// of their controls ("what replaced 6.6"); it reports whether any changed.
func (k *KB) demoteSuperseded(hits []hit, terms []string) bool {
	changed := false
	for i := range hits {
		if k.Entries[hits[i].doc].SupersededBy == "" {
			continue
		}
		named := false
		for _, t := range terms {
			named = named || k.idx.controls[hits[i].doc][t]
		}
		if !named {
			hits[i].score *= supersededWeight
			changed = true
		}
	}
	return changed
}

func (k *KB) dontKnow(hits []hit, coverage float64, framework string) string {
	scope := "PCI DSS 4.0, OWASP ASVS 4.0.3, OWASP Top 10 2021, NIST SP 800-53 Rev. 5 and Cloudflare security settings"
	if framework != "" {
		scope = k.Frameworks[framework]
	}
	why := "no entry matches the question"
	if len(hits) > 0 {
		why = fmt.Sprintf("the closest entry [%s] scores %.2f (needs %.1f) and the known words of the question cover %.0f%% of it (needs %.0f%%)",
			k.Entries[hits[0].doc].ID, hits[0].score, MinScore, 100*coverage, 100*MinCoverage)
	}
	return fmt.Sprintf("I don't know: the knowledge base (version %s) covers %s, and %s. Rephrase the question with the control or setting it is about.", k.Version, scope, why)
}

// frameworkBoost multiplies the score of entries of a framework the
// question names.
const frameworkBoost = 1.25

var mentionRE = []struct {
	re *lazyre.Regexp
	fw string
}{
	{lazyre.New(`(?i)\bpci\b`), "pci-dss"},
	{lazyre.New(`(?i)\basvs\b`), "owasp-asvs"},
	{lazyre.New(`(?i)\bowasp top ?10\b|\btop ?10\b|\ba(0[1-9]|10)(:2021)?\b`), "owasp-top10"},
	{lazyre.New(`(?i)\bnist\b|\b800-53\b`), "nist-800-53"},
}

// mentionedFramework returns the one framework a question names, or "".
func mentionedFramework(q string) string {
	found := ""
	for _, m := range mentionRE {
		if m.re.MatchString(q) {
			if found != "" {
				return ""
			}
			found = m.fw
		}
	}
	return found
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func uniqSorted(xs []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}
