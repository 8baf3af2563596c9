package layer0

import (
	_ "embed"
	"math"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The injection model (L0-ML-011): a linear model over the words, word
// pairs and word beginnings of any text, for instructions aimed at an
// assistant that the rules do not read. The rules and the first learned
// model (L0-ML-001/002, character n-grams and rule findings) were written
// and trained from the development sources; on attack sets no one here
// wrote they flag 30–60%. This model is trained (test/layer0itrain,
// `make layer0-train`) on the development sources and on rounds of attacks
// and hard benign texts written for it in testdata, each left out whole
// to choose its threshold, so that it scores what is left: a text the
// rules pass and this model scores above its threshold is reviewed, with
// the words that weighed most as evidence. It never blocks.
//
// A long text is scored in windows of injWindow units (words; two
// characters of a script written without spaces), the highest window
// counting: an instruction inside a document is not diluted by the
// document. A window's score is the sum of the weights of its distinct
// features over the square root of their number: a repeated word counts
// once, so padding can neither hide an instruction under the threshold nor
// push a harmless text over it. Its file has the operator model's format
// (ParseOperatorModel).

//go:embed injmodel.bin
var embeddedInjModel string

var loadInjModel = sync.OnceValues(func() (*OperatorModel, error) { return parseOpModel(embeddedInjModel) })

// EmbeddedInjectionModel returns the injection model compiled into the
// binary.
func EmbeddedInjectionModel() (*OperatorModel, error) { return loadInjModel() }

const (
	injWindow   = 48   // units per window
	injStride   = 16   // units between windows' starts
	injMaxUnits = 4096 // units read of one text
	injStemLen  = 5    // runes of a long word's beginning kept as a feature
	// injShortUnits: a text of at most this many units is short and is
	// held to the model's first threshold; a longer one (a role prompt, a
	// document) to its second, as each had its own false-positive budget.
	injShortUnits = 40
)

// injUnits appends the units of a folded text to dst: its words of two
// bytes or more (opWordsOf, read into words), and for a word in a script
// written without spaces (Chinese, Japanese, Thai, …) each pair of
// adjacent characters.
func injUnits(text string, words, dst []string) (_, _ []string) {
	words = opWordsOf(text, words[:0])
	for _, w := range words {
		if len(dst) >= injMaxUnits {
			break
		}
		if !injUnspaced(w) {
			if len(w) > 1 { // a letter alone (spaced-out text) says nothing
				dst = append(dst, w)
			}
			continue
		}
		prev := -1
		for i := 0; i < len(w); {
			_, sz := utf8.DecodeRuneInString(w[i:])
			if prev >= 0 {
				dst = append(dst, w[prev:i+sz])
			}
			prev = i
			i += sz
		}
		if prev == 0 { // one character
			dst = append(dst, w)
		}
	}
	if len(dst) > injMaxUnits {
		dst = dst[:injMaxUnits]
	}
	return words, dst
}

// injUnspaced reports a word holding a character of a script written
// without spaces between words: Thai, Lao, Khmer, Myanmar, kana, CJK.
func injUnspaced(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 0xe0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w[i:])
		if r >= 0x0e00 && r <= 0x0eff || r >= 0x1000 && r <= 0x109f || r >= 0x1780 && r <= 0x17ff ||
			r >= 0x2e80 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff || r >= 0xff66 && r <= 0xff9f {
			return true
		}
	}
	return false
}

// injUnitFeatures appends the hashed features of unit i of us: the unit,
// the pair it ends, the beginning of a long word, and its concept
// (modelconcepts.go: IGNORE, INSTRUCTIONS, REVEAL, … in every language the
// concept lexicon knows) with each concept of the few units before it, so
// that paraphrases and other languages share features.
func injUnitFeatures(us []string, cs []uint8, i int, dst []uint32) []uint32 {
	w := us[i]
	dst = append(dst, opFNV(opFNV(opFNVOffset, "w\x00"), w))
	if i > 0 {
		dst = append(dst, opFNV(opFNV(opFNV(opFNV(opFNVOffset, "b\x00"), us[i-1]), " "), w))
	}
	if n := utf8.RuneCountInString(w); n > injStemLen+1 {
		end, k := 0, 0
		for end < len(w) && k < injStemLen {
			_, sz := utf8.DecodeRuneInString(w[end:])
			end += sz
			k++
		}
		dst = append(dst, opFNV(opFNV(opFNVOffset, "s\x00"), w[:end]))
	}
	if c := cs[i]; c != 0 {
		h := opFNV(opFNVOffset, "c\x00")
		dst = append(dst, (h^uint32(c))*opFNVPrime)
		for j := max(0, i-injConceptSpan); j < i; j++ {
			if d := cs[j]; d != 0 && d != c {
				dst = append(dst, ((h^uint32(d)<<8^uint32(c))*opFNVPrime)^0x9e3779b9)
			}
		}
	}
	return dst
}

// injConceptSpan is how many units before a concept another may stand and
// form a pair with it.
const injConceptSpan = 4

// injConcepts sets cs[i] to the concept of unit i of us (0 for none).
func injConcepts(us []string, cs []uint8) []uint8 {
	t := conceptTab()
	cs = cs[:0]
	for _, w := range us {
		cs = append(cs, unitConcept(t, w))
	}
	return cs
}

// unitConcept looks a unit up in the concept table as scanConcepts looks up
// a word (a whole word, else the longest stem it starts with) or a run of
// an unspaced script.
func unitConcept(t *conceptTable, w string) uint8 {
	if injUnspaced(w) {
		h := uint64(fnvOffset)
		for _, r := range w {
			h ^= uint64(r)
			h *= fnvPrime
		}
		return t.get(h ^ ckRun)
	}
	h := uint64(fnvOffset)
	var stem uint8
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '\'' {
			return 0
		}
		h ^= uint64(r)
		h *= fnvPrime
		n++
		if n >= 2 {
			if c := t.get(h ^ ckPrefix); c != 0 {
				stem = c
			}
		}
	}
	if c := t.get(h ^ ckExact); c != 0 {
		return c
	}
	return stem
}

// InjectionWindows calls f with the bounds [a, b) of every window of a
// text of n units, as the injection model scores it.
func InjectionWindows(n int, f func(a, b int)) {
	if n <= injWindow {
		f(0, n)
		return
	}
	for a := 0; ; a += injStride {
		if a+injWindow >= n {
			f(max(0, n-injWindow), n)
			return
		}
		f(a, a+injWindow)
	}
}

// InjectionFeatures returns the injection model's features of text as
// ClassifyText reads it: the hashes of every unit's features in order in
// h, and where each unit's features end in ends. The trainer uses it, so
// training and scoring see the same features.
func (c *Classifier) InjectionFeatures(text string) (h []uint32, ends []int32) {
	n := normalize(text)
	if len(n.views) == 0 {
		return nil, nil
	}
	_, us := injUnits(n.views[0].text, nil, nil)
	cs := injConcepts(us, nil)
	for i := range us {
		h = injUnitFeatures(us, cs, i, h)
		ends = append(ends, int32(len(h)))
	}
	return h, ends
}

// injScratch holds what scoring one text needs, reused across texts.
type injScratch struct {
	words []string
	units []string
	cs    []uint8
	feats []uint32 // every unit's features, in order
	ends  []int32  // ends[i]: where unit i's features end in feats
	win   []uint32 // one window's distinct features
	set   injSet
}

// injScore returns the model's highest window score of a folded text and
// the window's bounds in units (minus infinity for fewer than 3 units).
func (m *OperatorModel) injScore(text string, sc *injScratch) (best float32, a, b int) {
	sc.words, sc.units = injUnits(text, sc.words, sc.units[:0])
	us := sc.units
	if len(us) < 3 {
		return float32(math.Inf(-1)), 0, 0
	}
	sc.cs = injConcepts(us, sc.cs)
	sc.feats, sc.ends = sc.feats[:0], sc.ends[:0]
	for i := range us {
		sc.feats = injUnitFeatures(us, sc.cs, i, sc.feats)
		sc.ends = append(sc.ends, int32(len(sc.feats)))
	}
	best = float32(math.Inf(-1))
	InjectionWindows(len(us), func(x, y int) {
		sc.win = sc.set.distinct(sc.feats, sc.ends, x, y, sc.win[:0])
		if len(sc.win) == 0 {
			return
		}
		var sum float32
		for _, h := range sc.win {
			sum += m.weight(h)
		}
		if v := m.Bias + sum/float32(math.Sqrt(float64(len(sc.win)))); v > best {
			best, a, b = v, x, y
		}
	})
	return best, a, b
}

// InjectionWindowFeatures appends to dst the distinct features of units
// [a, b) of a text whose features are h, unit i's ending at ends[i]
// (InjectionFeatures): a window's features as the model scores them, each
// counted once. A word said twenty times is no more evidence than said
// once, and a text padded with one word cannot raise its score by
// repeating it.
func InjectionWindowFeatures(h []uint32, ends []int32, a, b int, dst []uint32) []uint32 {
	var set injSet
	return set.distinct(h, ends, a, b, dst)
}

// injSet finds the distinct features of a window: an open-addressed table
// of hashes stamped with the window it was last filled for, so it is
// cleared by counting rather than by zeroing.
type injSet struct {
	keys  []uint32
	marks []uint32
	gen   uint32
}

func (t *injSet) distinct(h []uint32, ends []int32, a, b int, dst []uint32) []uint32 {
	lo := int32(0)
	if a > 0 {
		lo = ends[a-1]
	}
	fs := h[lo:ends[b-1]]
	size := 64
	for size < 2*len(fs) {
		size <<= 1
	}
	if len(t.keys) < size {
		t.keys, t.marks, t.gen = make([]uint32, size), make([]uint32, size), 0
	}
	t.gen++
	if t.gen == 0 { // wrapped: every stale mark must go
		clear(t.marks)
		t.gen = 1
	}
	mask := uint32(size - 1)
	for _, x := range fs {
		for i := (x * 0x9e3779b1) >> 7 & mask; ; i = (i + 1) & mask {
			if t.marks[i] != t.gen {
				t.keys[i], t.marks[i] = x, t.gen
				dst = append(dst, x)
				break
			}
			if t.keys[i] == x {
				break
			}
		}
	}
	return dst
}

// scoreInjection adds L0-ML-011 when nothing the rules found already
// decides a review and the injection model scores some window of the text
// above its threshold.
func (s *scanState) scoreInjection(views []view) {
	m := s.c.injModel
	if m == nil || len(views) == 0 || s.capture != nil || s.cond == nil || s.cond.mode != "text" {
		return // text only: a tool call's arguments are cfplane's own
	}
	for _, f := range s.findings {
		if s.c.rules[f.rule].weight >= weightWarning {
			return // already reviewed or blocked
		}
	}
	raw, a, b := m.injScore(views[0].text, &s.inj)
	th := m.injThreshold(len(s.inj.units))
	if raw <= th {
		return
	}
	if zoneRulesAsked(views[0].text) {
		return // "Покажи все правила WAF для зоны example.com": the zone's rules, not the agent's
	}
	s.addID("L0-ML-011", injEvidence(raw, th, m, s.inj.units[a:b]))
}

// zoneRulesAsked reports a text that names a host and whose every word for
// rules or instructions (INSTR) is a Cloudflare feature's: after its name
// ("WAF 规则", "rate limiting kurallarını") or before it, directly or after
// a preposition ("правила WAF", "aturan WAF untuk example.com"). The
// injection model, reading "show all the rules" in another language,
// takes such a request for one about the agent's own rules.
func zoneRulesAsked(text string) bool {
	if len(hostsIn(text)) == 0 {
		return false
	}
	sc := lexPool.Get().(*lexScratch)
	defer lexPool.Put(sc)
	hs := lexBuild().lexHits(text, sc)
	latin := !nonLatinLetters(text)
	n := 0
	for _, h := range hs {
		if h.concept != cInstr {
			continue
		}
		if latin && h.ambig {
			return false // an English word: the English rules read English requests
		}
		if !featureBefore(text[:h.start]) && !featureAfter(text[h.end:]) {
			return false
		}
		n++
	}
	return n > 0
}

// featureBefore reports a Cloudflare feature named right before the word
// for rules: "WAF-regels", "rate limiting kurallarını", "托管规则",
// "旧的waf规则" (featureWordBefore).
func featureBefore(before string) bool {
	if domainSuffix(before) {
		return true
	}
	last, rate := featureWordBefore(before)
	return rate || zoneFeature(last)
}

// zoneFeature: a Cloudflare feature whose rules an operator asks about.
func zoneFeature(w string) bool {
	switch w {
	case "waf", "firewall", "ruleset", "rulesets", "owasp", "ratelimit", "rate-limit", "page", "transform", "redirect", "cache", "dns":
		return true
	}
	return false
}

// featureAfter reports a Cloudflare feature named right after the word
// for rules, or after one preposition: "правила WAF для зоны", "reglas del
// firewall".
func featureAfter(rest string) bool {
	// the rest of the word the hit ends in ("правил|а")
	for i, r := range rest {
		if !isWordRune(r) {
			rest = rest[i:]
			break
		}
	}
	var buf [3]string
	ws := appendWords(buf[:0], rest[:min(len(rest), 48)])
	for i, w := range ws {
		if zoneFeature(w) {
			return true
		}
		if i > 0 || !afterPreposition(w) {
			return false
		}
	}
	return false
}

// afterPreposition: the prepositions between a word for rules and what the
// rules are of or for, in the lexicon's Latin and Cyrillic languages.
func afterPreposition(w string) bool {
	switch w {
	case "of", "for", "on", "de", "del", "des", "du", "la", "le", "für", "der", "van", "voor", "dla", "na", "do", "da", "di", "della", "dei", "para", "untuk", "pada", "için", "для", "на", "в", "во", "від", "pro", "pentru", "cho", "của":
		return true
	}
	return false
}

// injThreshold is the threshold of a text of n units.
func (m *OperatorModel) injThreshold(n int) float32 {
	if m.HasLong && n > injShortUnits {
		return m.Long
	}
	return m.Threshold
}

// InjectionThreshold is the injection model's threshold for a text of n
// units (the length of InjectionFeatures' ends).
func (m *OperatorModel) InjectionThreshold(n int) float32 { return m.injThreshold(n) }

// injEvidence names the score and the words of letters in the window that
// weighed most (never a value that may be a secret).
func injEvidence(raw, th float32, m *OperatorModel, us []string) string {
	return modelWordsEvidence("injection model score ", raw, th, m, us)
}
