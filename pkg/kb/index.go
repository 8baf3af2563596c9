package kb

import (
	"math"
	"strings"
	"sync"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

// BM25F parameters and field weights. Controls and titles weigh most: a
// question that names "6.4.3" or "HSTS" should land on that entry.
const (
	k1 = 1.2
	b  = 0.75
)

type field int

const (
	fTitle field = iota
	fControls
	fKeywords
	fText
	fCloudflare
	nFields
)

var fieldWeight = [nFields]float64{fTitle: 3, fControls: 4, fKeywords: 2, fText: 1, fCloudflare: 1}

type posting struct {
	doc int
	tf  [nFields]float32
}

type index struct {
	n        int
	postings map[string][]posting
	lens     [][nFields]float32
	controls []map[string]bool // per entry: tokens of its control ids that contain a digit
	avg      [nFields]float64
	maxIDF   float64
}

func buildIndex(entries []Entry) *index {
	ix := &index{n: len(entries), postings: map[string][]posting{}, lens: make([][nFields]float32, len(entries)), controls: make([]map[string]bool, len(entries))}
	for d, e := range entries {
		ix.controls[d] = map[string]bool{}
		for _, c := range e.Controls {
			for _, t := range tokenize(c) {
				if strings.ContainsAny(t, "0123456789") {
					ix.controls[d][t] = true
				}
			}
		}
		fields := [nFields]string{
			fTitle:      e.Title,
			fControls:   strings.Join(e.Controls, " "),
			fKeywords:   strings.Join(e.Keywords, " "),
			fText:       e.Text,
			fCloudflare: strings.Join(e.Cloudflare, " "),
		}
		tfs := map[string]*[nFields]float32{}
		for f, s := range fields {
			toks := tokenize(s)
			ix.lens[d][f] = float32(len(toks))
			for _, t := range toks {
				if tfs[t] == nil {
					tfs[t] = &[nFields]float32{}
				}
				tfs[t][f]++
			}
		}
		for t, tf := range tfs {
			ix.postings[t] = append(ix.postings[t], posting{doc: d, tf: *tf})
		}
	}
	for f := 0; f < int(nFields); f++ {
		sum := 0.0
		for d := range ix.lens {
			sum += float64(ix.lens[d][f])
		}
		ix.avg[f] = math.Max(1, sum/float64(max(1, ix.n)))
	}
	ix.maxIDF = ix.idf(0)
	return ix
}

func (ix *index) idf(df int) float64 {
	return math.Log(1 + (float64(ix.n-df)+0.5)/(float64(df)+0.5))
}

// hit is one scored entry.
type hit struct {
	doc   int
	score float64
	terms []string
}

// search scores every entry allowed by keep against the query terms and
// returns hits sorted by score (ties by entry order), plus the coverage:
// the share of the query's total IDF carried by terms found in the base
// (terms the base never uses count with the largest IDF).
func (ix *index) search(terms []string, keep func(doc int) bool) ([]hit, float64) {
	scores := map[int]*hit{}
	total, found := 0.0, 0.0
	for _, t := range terms {
		ps := ix.postings[t]
		if len(ps) == 0 {
			total += ix.maxIDF
			continue
		}
		idf := ix.idf(len(ps))
		total += idf
		found += idf
		for _, p := range ps {
			if !keep(p.doc) {
				continue
			}
			tf := 0.0
			for f := 0; f < int(nFields); f++ {
				if p.tf[f] == 0 {
					continue
				}
				norm := 1 - b + b*float64(ix.lens[p.doc][f])/ix.avg[f]
				tf += fieldWeight[f] * float64(p.tf[f]) / norm
			}
			h := scores[p.doc]
			if h == nil {
				h = &hit{doc: p.doc}
				scores[p.doc] = h
			}
			h.score += idf * tf / (k1 + tf)
			// A control id named exactly in the question ("6.4.3",
			// "sc-7") counts once more: it names the entry.
			if ix.controls[p.doc][t] {
				h.score += idf
			}
			h.terms = append(h.terms, t)
		}
	}
	hits := make([]hit, 0, len(scores))
	for _, h := range scores {
		hits = append(hits, *h)
	}
	sortHits(hits)
	coverage := 0.0
	if total > 0 {
		coverage = found / total
	}
	return hits, coverage
}

func sortHits(hits []hit) {
	// insertion sort keeps this allocation-free for the small result sets
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && less(hits[j], hits[j-1]); j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
}

func less(a, b hit) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.doc < b.doc
}

// Tokenising: compound tokens keep control ids and field names whole
// ("6.4.3", "sc-7", "a03:2021", "cf.waf.score", "1.2"); their alphabetic
// parts are indexed too. Words are lower-cased, stop words dropped and
// lightly stemmed.
var tokenRE = lazyre.New(`[a-z0-9]+(?:[._:\-/][a-z0-9]+)*`)

// stopWords are built on first use.
var stopWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the is are was were be been being am do does did doing have has had
		i me my we our us you your it its this that these those there here what which who whom whose how why when where
		to of for in on at by from with without into onto about as and or but if not no nor so than then too very
		can could should would will shall may might must need needs use used using get got make made
		please tell explain describe give show let any all some each every other such same own just also only
		one more most much many them they their he she his her him`) {
		m[w] = true
	}
	return m
})

func tokenize(s string) []string {
	s = strings.ToLower(s)
	var out []string
	for _, m := range tokenRE.FindAllString(s, -1) {
		if strings.ContainsAny(m, "._:-/") {
			out = append(out, m)
			for _, p := range strings.FieldsFunc(m, func(r rune) bool { return r == '.' || r == '_' || r == ':' || r == '-' || r == '/' }) {
				if len(p) >= 2 && hasLetter(p) && !stopWords()[p] {
					out = append(out, stem(p))
				}
			}
			continue
		}
		if stopWords()[m] || (len(m) < 2 && !isDigit(m[0])) {
			continue
		}
		out = append(out, stem(m))
	}
	return out
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// stem strips common English inflections from alphabetic words of five or
// more letters: plurals, -ing, -ed, -ies. It is deliberately light.
func stem(w string) string {
	if len(w) < 5 || !isAlpha(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ing") && len(w) >= 6:
		return undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && len(w) >= 6:
		return undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "es") && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

func undouble(w string) string {
	n := len(w)
	if n >= 2 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
		return w[:n-1]
	}
	return w
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// synonyms expand query words into the words the base uses.
var synonyms = map[string][]string{
	"ddos":       {"denial", "service"},
	"dos":        {"denial", "service"},
	"sqli":       {"sql", "injection"},
	"xss":        {"cross-site", "scripting"},
	"mfa":        {"2fa", "two-factor"},
	"2fa":        {"mfa", "two-factor"},
	"firewall":   {"waf"},
	"waf":        {"web application firewall"},
	"ssrf":       {"server-side", "request", "forgery"},
	"https":      {"tls"},
	"encryption": {"tls"},
	"bruteforce": {"brute", "force"},
	"throttle":   {"rate", "limit"},
	"throttl":    {"rate", "limit"},
	"csp":        {"content", "security", "policy"},
}

// queryTerms tokenises a question and adds synonyms, without duplicates.
func queryTerms(q string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, t := range tokenize(q) {
		add(t)
		for _, s := range synonyms[t] {
			for _, st := range tokenize(s) {
				add(st)
			}
		}
	}
	return out
}
