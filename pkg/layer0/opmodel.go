package layer0

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/cfplane/cfplane/pkg/routing"
)

// The operator model: a second learned component, for requests made to
// cfplane's agent rather than for prompt injection in general. The phrase
// and concept detectors read the words they were written from; on sets of
// operator requests written independently of them (held back, never read)
// they flagged 60–75% of the hostile ones. A linear model over the words
// and word pairs of a request, and over the concepts of the lexicon it
// names in another language (so that what is learned in one language
// carries to the others), trained on every round of operator requests
// in testdata (test/layer0optrain, `make layer0-train`), scores what is
// left: a request the rules pass and the model scores above its threshold
// is reviewed (L0-ML-010), with the words that weighed most as evidence.
//
// It reads only requests that name something of cfplane's or
// Cloudflare's (a record, the WAF, an approval, a host: opModelDomain),
// at most opModelMaxBytes long: it was trained on operator requests and
// says nothing about other text.
//
// File (little-endian): "L0OP" | u8 bits | u8 flags (1: character
// 4-grams; 2: a second threshold follows; 4: concept features) | 2 bytes
// zero | f32 scale | f32 bias | f32 threshold | [f32 threshold for long
// texts] | int8 weights[1<<bits] (weight = int8*scale).

//go:embed opmodel.bin
var embeddedOpModel string

// OperatorModel is a loaded operator model.
type OperatorModel struct {
	Bits  uint8
	Chars bool // character 4-grams as well as words and word pairs
	// Concepts: the concepts of the lexicon a request in another language
	// names, alone and in pairs, as well (opConceptFeatures)
	Concepts  bool
	Scale     float32
	Bias      float32
	Threshold float32 // review at raw score > Threshold
	// Long, when set, is the threshold of long texts (the injection
	// model's, over injShortUnits units); Threshold is then short texts'.
	Long    float32
	HasLong bool
	weights string
	// Float, when set, holds unquantised weights (training).
	Float []float32
}

const (
	opModelHeader   = 20
	opModelMaxBytes = 400
	opModelMaxWords = 96
)

// ParseOperatorModel reads an operator model file.
func ParseOperatorModel(b []byte) (*OperatorModel, error) { return parseOpModel(string(b)) }

func parseOpModel(f string) (*OperatorModel, error) {
	if len(f) < opModelHeader || f[:4] != "L0OP" {
		return nil, errors.New("layer0 operator model: not an operator model file (want magic L0OP)")
	}
	m := &OperatorModel{Bits: f[4], Chars: f[5]&1 != 0, HasLong: f[5]&2 != 0, Concepts: f[5]&4 != 0}
	if f[5]&^7 != 0 || f[6] != 0 || f[7] != 0 {
		return nil, fmt.Errorf("layer0 operator model: unknown flags %#x", f[5:8])
	}
	if m.Bits < 8 || m.Bits > 20 {
		return nil, fmt.Errorf("layer0 operator model: %d bits, want 8..20", m.Bits)
	}
	u := func(i int) float32 { return math.Float32frombits(binary.LittleEndian.Uint32([]byte(f[i : i+4]))) }
	head := opModelHeader
	if m.HasLong {
		if len(f) < head+4 {
			return nil, errors.New("layer0 operator model: header cut short")
		}
		m.Long = u(head)
		head += 4
	}
	m.Scale, m.Bias, m.Threshold = u(8), u(12), u(16)
	for _, v := range [...]float32{m.Scale, m.Bias, m.Threshold, m.Long} {
		if v != v || math.IsInf(float64(v), 0) {
			return nil, errors.New("layer0 operator model: header holds NaN or Inf")
		}
	}
	if len(f) != head+1<<m.Bits {
		return nil, fmt.Errorf("layer0 operator model: %d weight bytes, want %d", len(f)-head, 1<<m.Bits)
	}
	m.weights = f[head:]
	return m, nil
}

// MarshalBinary writes m with its weights quantised to int8.
func (m *OperatorModel) MarshalBinary() ([]byte, error) {
	n := 1 << m.Bits
	if len(m.Float) != n {
		return nil, fmt.Errorf("layer0 operator model: %d float weights, want %d", len(m.Float), n)
	}
	var mx float32
	for _, w := range m.Float {
		mx = max(mx, float32(math.Abs(float64(w))))
	}
	scale := mx / 127
	if scale == 0 {
		scale = 1
	}
	head := opModelHeader
	if m.HasLong {
		head += 4
	}
	b := make([]byte, head+n)
	copy(b, "L0OP")
	b[4] = m.Bits
	if m.Chars {
		b[5] |= 1
	}
	if m.Concepts {
		b[5] |= 4
	}
	if m.HasLong {
		b[5] |= 2
		binary.LittleEndian.PutUint32(b[opModelHeader:], math.Float32bits(m.Long))
	}
	binary.LittleEndian.PutUint32(b[8:], math.Float32bits(scale))
	binary.LittleEndian.PutUint32(b[12:], math.Float32bits(m.Bias))
	binary.LittleEndian.PutUint32(b[16:], math.Float32bits(m.Threshold))
	for i, w := range m.Float {
		b[head+i] = byte(int8(max(-127, min(127, math.Round(float64(w/scale))))))
	}
	return b, nil
}

var loadOpModel = sync.OnceValues(func() (*OperatorModel, error) { return parseOpModel(embeddedOpModel) })

// EmbeddedOperatorModel returns the operator model compiled into the binary.
func EmbeddedOperatorModel() (*OperatorModel, error) { return loadOpModel() }

func (m *OperatorModel) weight(h uint32) float32 {
	i := h & (1<<m.Bits - 1)
	if m.Float != nil {
		return m.Float[i]
	}
	return float32(int8(m.weights[i])) * m.Scale
}

// opFeature is one hashed feature with its weight in the sample (counts
// normalised to unit length).
type opFeature struct {
	h uint32
	v float32
}

// opModelDomain scores how surely a word belongs to a request about
// cfplane or Cloudflare: 2 for a kind of record, a Cloudflare product or
// setting, one of cfplane's controls or tools; 1 for words a shell task or
// a document uses too (a record, a tunnel, TLS, a snapshot, a host name);
// 0 for the rest. A text is in the model's domain at 2: words that other
// texts use as much ("rule", "change", "plan", "key", "policy") never
// count, as the model was trained on operator requests only.
func opModelDomain(w string) int {
	switch w {
	case "dns", "zone", "zones", "waf", "firewall", "ruleset", "rulesets", "cname", "cnames", "mx", "ns", "aaaa", "srv", "caa",
		"spf", "dkim", "dmarc", "ttl", "proxied", "unproxied", "cloudflared", "cloudflare", "cfplane", "hsts", "dnssec", "ddos", "owasp",
		"nameserver", "nameservers", "apex", "ratelimit", "rate-limit", "change_apply", "change_plan", "change_rollback", "change_list",
		"dns_record_manage", "waf_rule_configure", "zone_settings_manage", "tunnel_route_manage", "drift_check", "tf_export",
		"cf_snapshot", "approval", "approvals", "approver", "approvers", "sign-off", "signoff", "signers", "allowlist", "blocklist",
		"denylist", "cf_api_token", "cloudflare_api_token", "api_token", "invariant", "invariants", "drift", "terraform":
		return 2
	case "record", "records", "txt", "tunnel", "tunnels", "ssl", "tls", "snapshot", "snapshots", "read-only", "readonly", "cf",
		"audit", "budget", "token":
		return 1
	}
	// a host name: "example.com", "shop.acme.io", "_dmarc.example.org"
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || dot+2 >= len(w) || len(w)-dot > 7 {
		return 0
	}
	switch w[dot+1:] {
	case "com", "net", "org", "io", "dev", "app", "co", "example", "test", "internal", "local", "de", "fr", "uk", "jp", "nl", "es", "it", "br", "pl", "eu":
		return 1
	}
	return 0
}

// opFeatures appends the features of a normalised text (the words and
// word pairs of opWordsOf, hashed) to dst and reports whether the text is
// in the model's domain (opModelDomain). dst is sorted by hash, each
// feature once, all of one value (1/√n).
func opFeatures(text string, dst []opFeature, chars bool) ([]opFeature, bool) {
	return opFeaturesX(text, dst, chars, false, 0)
}

// opFeaturesX is opFeatures with the concept features as well if concepts
// (opConceptFeatures, given lexSet).
func opFeaturesX(text string, dst []opFeature, chars, concepts bool, lexSet uint64) ([]opFeature, bool) {
	if len(text) > opModelMaxBytes {
		return dst, false
	}
	var buf [opModelMaxWords]string
	ws := opWordsOf(text, buf[:0])
	if len(ws) > opModelMaxWords {
		ws = ws[:opModelMaxWords]
	}
	// A request, not a question about something (opQuestion: "why …",
	// "how would …", "is it …").
	if len(ws) < 4 || opQuestion(ws) {
		return dst, false
	}
	domain := 0
	start := len(dst)
	for i, w := range ws {
		if domain < 2 && (i == 0 || ws[i-1] != "time") { // not a time zone
			domain += opModelDomain(w)
		}
		dst = append(dst, opFeature{h: opFNV(opFNV(opFNVOffset, "w\x00"), w), v: 1})
		if i > 0 {
			h := opFNV(opFNV(opFNV(opFNVOffset, "b\x00"), ws[i-1]), " ")
			dst = append(dst, opFeature{h: opFNV(h, w), v: 1})
		}
	}
	if concepts {
		dst = opConceptFeatures(text, dst, lexSet)
	}
	if chars {
		for i := 0; i+4 <= len(text); i++ {
			dst = append(dst, opFeature{h: opFNV(opFNV(opFNVOffset, "c\x00"), text[i:i+4]), v: 1})
		}
	}
	fs := dst[start:]
	slices.SortFunc(fs, func(a, b opFeature) int {
		switch {
		case a.h < b.h:
			return -1
		case a.h > b.h:
			return 1
		}
		return 0
	})
	// each distinct feature once, the whole of unit length: a word
	// repeated is no more evidence than said once, so a request padded
	// with one word ("… thanks thanks thanks") keeps its score
	k := 0
	for i := range fs {
		if k > 0 && fs[k-1].h == fs[i].h {
			continue
		}
		fs[k] = fs[i]
		k++
	}
	fs = fs[:k]
	if k > 0 {
		n := float32(1 / math.Sqrt(float64(k)))
		for i := range fs {
			fs[i].v = n
		}
	}
	return dst[:start+k], domain >= 2
}

// opConceptFeatureMax bounds the concept features of one text.
const opConceptFeatureMax = 512

// opConceptFeatures appends the concepts of the lexicon that text names
// (lexModelConcepts), alone and in pairs: "無効に", "deaktiviere" and
// "wyłącz" are one feature, so what the model learns from one language it
// knows in the others. lexSet, when it has lexKnown, is the set the scan
// worked out (scanState.lexMemo); else it is worked out here. At most
// opConceptFeatureMax.
func opConceptFeatures(text string, dst []opFeature, lexSet uint64) []opFeature {
	if lexSet&lexKnown == 0 {
		sc := lexPool.Get().(*lexScratch)
		lexSet = lexModelConcepts(lexBuild().lexHits(text, sc), text)
		lexPool.Put(sc)
	}
	set := lexSet &^ lexKnown
	one := opFNV(opFNVOffset, "L\x00")
	two := opFNV(opFNVOffset, "LL\x00")
	n := 0
	for a := 0; a < nConcepts && n < opConceptFeatureMax; a++ {
		if set&(1<<a) == 0 {
			continue
		}
		dst = append(dst, opFeature{h: opFNVByte(one, byte(a)), v: 1})
		n++
		for b := a + 1; b < nConcepts && n < opConceptFeatureMax; b++ {
			if set&(1<<b) != 0 {
				dst = append(dst, opFeature{h: opFNVByte(opFNVByte(two, byte(a)), byte(b)), v: 1})
				n++
			}
		}
	}
	return dst
}

// opFNVByte is opFNV of one byte.
func opFNVByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * opFNVPrime }

// opStopWord: words too common to name as evidence.
func opStopWord(w string) bool {
	switch w {
	case "the", "a", "an", "to", "of", "and", "or", "it", "i", "my", "me", "is", "are", "be", "in", "on", "at", "for", "so", "this",
		"that", "with", "we", "you", "your", "our", "just", "please", "can", "do", "then", "there", "but", "have", "has", "had", "was",
		"were", "as", "by", "from", "into", "about", "if", "not", "no", "will", "would", "should":
		return true
	}
	return false
}

// opPlainWord reports a word of letters (apostrophes and hyphens inside).
func opPlainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 0x80 || (c == '\'' || c == '-') && i > 0) {
			return false
		}
	}
	return w != ""
}

const (
	opFNVOffset = 2166136261
	opFNVPrime  = 16777619
)

func opFNV(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * opFNVPrime
	}
	return h
}

// raw is the model's score of features fs.
func (m *OperatorModel) raw(fs []opFeature) float32 {
	s := m.Bias
	for _, f := range fs {
		s += m.weight(f.h) * f.v
	}
	return s
}

// OperatorFeatures returns the operator model's features of text as
// ClassifyText reads it (with character 4-grams if chars): their hashes in
// h, their values in v, and whether the text is in the model's domain.
// The trainer uses it, so training and scoring see the same features.
func (c *Classifier) OperatorFeatures(text string, chars, concepts bool) (h []uint32, v []float32, inDomain bool) {
	n := normalize(text)
	if len(n.views) == 0 {
		return nil, nil, false
	}
	fs, in := opFeaturesX(n.views[0].text, nil, chars, concepts, 0)
	for _, f := range fs {
		h = append(h, f.h)
		v = append(v, f.v)
	}
	return h, v, in
}

// scoreOperator adds L0-ML-010 when nothing the rules found already
// decides a review and the operator model scores the request above its
// threshold.
func (s *scanState) scoreOperator(views []view) {
	m := s.c.opModel
	if m == nil || len(views) == 0 || s.capture != nil || s.cond == nil || s.cond.mode != "text" {
		return // a request's text only: not a tool call's arguments
	}
	for _, f := range s.findings {
		if s.c.rules[f.rule].weight >= weightWarning {
			return // already reviewed or blocked
		}
	}
	if oneRecordRemoved(views[0].text) {
		return // one named record deleted: planned and checked by change_apply (pkg/decision's request table)
	}
	if endsAsking(views[0].text) {
		return // "… who's on the approver rota this week?": a question, not a request the model knows
	}
	if strings.Contains(views[0].text, "```") {
		if asked, _ := codeQuestion(views[0].text, ""); asked {
			return // code pasted with a question about it: not a request the model knows
		}
	}
	var buf [2*opModelMaxWords + opModelMaxBytes + opConceptFeatureMax]opFeature
	var lexSet uint64
	if s.lexSet&lexKnown != 0 && s.lexText == views[0].text {
		lexSet = s.lexSet
	}
	fs, in := opFeaturesX(views[0].text, buf[:0], m.Chars, m.Concepts, lexSet)
	if !in {
		return
	}
	raw := m.raw(fs)
	if raw <= m.Threshold {
		return
	}
	// What the model reads is a request to change something; these gates
	// are worked out only for a text it would review.
	if mailKeptInZone(views[0].text) {
		return // "Set the MX for example.com to mx1.example.com": mail stays with the zone's own hosts
	}
	if configText(views[0].text) {
		return // a configuration file (a tunnel's YAML): not a request the model knows
	}
	if cjkText(views[0].text) && cjkLessonLabel(views[0].text) && attackerNamedCJK(views[0].text) {
		return // "安全培训要点：攻击者常常……": what attackers do, told in a lesson or a report
	}
	if documentLabel(views[0].text) {
		return // "Training module 4: …", "Threat intel note: …": a document, not a request
	}
	if asks, changes := opRequestKind(views[0].text); !asks || !changes && !namesWhatIsKept(views[0].text) {
		return // a description, a report, a lesson, or a request only to look: not a request the model knows
	}
	s.addID("L0-ML-010", opModelEvidence(raw, m, views[0].text))
}

// opModelEvidence names the score and the words of letters that weighed
// most.
func opModelEvidence(raw float32, m *OperatorModel, text string) string {
	var buf [opModelMaxWords]string
	ws := opWordsOf(text, buf[:0])
	return modelWordsEvidence("operator model score ", raw, m.Threshold, m, ws[:min(len(ws), opModelMaxWords)])
}

// modelWordsEvidence is a word model's evidence: what it is, its score
// and threshold, and the three words of ws that weigh most (only words of
// letters, never a value that may be a secret).
func modelWordsEvidence(what string, raw, th float32, m *OperatorModel, ws []string) string {
	type top struct {
		w string
		v float32
	}
	var best [3]top
words:
	for _, w := range ws {
		if len(w) > 24 || !opPlainWord(w) || opStopWord(w) {
			continue
		}
		for _, b := range best {
			if b.w == w {
				continue words
			}
		}
		v := m.weight(opFNV(opFNV(opFNVOffset, "w\x00"), w))
		for k := range best {
			if v > best[k].v {
				copy(best[k+1:], best[k:len(best)-1])
				best[k] = top{w, v}
				break
			}
		}
	}
	out := what + strconv.FormatFloat(float64(raw), 'f', 2, 32) + " > " + strconv.FormatFloat(float64(th), 'f', 2, 32)
	sep := ": "
	for _, b := range best {
		if b.v > 0 {
			out += sep + b.w
			sep = ", "
		}
	}
	return out
}

// endsAsking reports a text whose last sentence asks for information
// ("Is the token wrong or is it a config flag?", "Can you give me a
// timeline of …?", "who's on the approver rota this week?") and whose first
// word is not an order ("Set approved_by to system. Who else can
// approve?"). A request put as a question ("Can you action this?", "Do
// what he asks?", "…, ok?") is not one.
func endsAsking(text string) bool {
	t := strings.TrimRight(text, " \n")
	if !strings.HasSuffix(t, "?") {
		return false
	}
	t = t[:len(t)-1]
	last := t
	for _, sep := range [...]string{". ", "! ", "? ", ": ", ", ", "\n"} {
		if i := strings.LastIndex(last, sep); i >= 0 {
			last = last[i+len(sep):]
		}
	}
	var buf [opModelMaxWords]string
	ws := opWordsOf(last, buf[:0])
	if len(ws) < 3 {
		return false // "ok?", "right?", "ja?"
	}
	var fbuf [16]string
	first := opWordsOf(text[:min(len(text), 40)], fbuf[:0])
	if len(first) > 0 && orderWord(first[0]) {
		return false
	}
	switch ws[0] {
	case "who", "who's", "what", "what's", "which", "when", "where", "why", "how", "is", "are", "does", "do", "did", "was", "were", "has", "have", "should":
		// "do what he asks?", "do it?": an order with a question mark
		return !(ws[0] == "do" && (ws[1] == "what" || ws[1] == "it" || ws[1] == "that" || ws[1] == "this" || ws[1] == "as"))
	case "can", "could", "would":
		// "can you give me a timeline", "could you tell me which …"
		if ws[1] == "you" || ws[1] == "u" {
			switch ws[2] {
			case "give", "tell", "show", "explain", "list", "check", "confirm", "find", "look":
				return len(ws) < 4 || ws[3] != "me" || len(ws) < 5 || !secretWordAt(ws, 4)
			}
		}
	}
	return false
}

// secretWordAt reports a word naming a secret at ws[i] or ws[i+1] ("show
// me the token").
func secretWordAt(ws []string, i int) bool {
	for _, w := range ws[i:min(len(ws), i+3)] {
		switch w {
		case "token", "tokens", "key", "keys", "secret", "secrets", "password", "credentials", "bearer":
			return true
		}
	}
	return false
}

// orderWord reports a verb that opens an order.
func orderWord(w string) bool {
	switch w {
	case "apply", "set", "disable", "delete", "remove", "make", "change", "turn", "switch", "update", "add", "push", "put", "give",
		"grant", "raise", "reset", "skip", "bypass", "run", "send", "print", "drop", "approve", "merge", "deploy", "point", "move", "edit",
		"swap", "replace", "purge", "wipe", "lift", "increase", "lower", "create", "rename", "paste", "post", "forward", "export", "dump":
		return true
	}
	return false
}

// oneRecordRemoved reports a request that is only one named DNS record
// deleted: "delete the www record on example.com", "remove the old-api
// CNAME". Like one record added or changed, it is planned, and
// change_apply's checks and rollback stand behind it; the model, which
// learned "delete" and "record" from mass deletions, does not judge it.
func oneRecordRemoved(text string) bool {
	t := strings.TrimSpace(text)
	t = strings.TrimRight(t, ".! ")
	if len(t) > 100 || strings.ContainsAny(t, ",;:!?\n") || strings.Contains(t, ". ") {
		return false
	}
	t, _ = strings.CutPrefix(t, "please ")
	var ok bool
	for _, v := range [...]string{"delete the ", "remove the ", "drop the "} {
		if t, ok = strings.CutPrefix(t, v); ok {
			break
		}
	}
	if !ok {
		return false
	}
	ws := strings.Fields(t)
	// NAME [TYPE] record [on|of|for|in ZONE]
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	if ws[0] == "all" || ws[0] == "every" || ws[0] == "apex" || ws[0] == "root" || ws[0] == "@" || strings.HasSuffix(ws[0], "s") && ws[0] != "ns" {
		return false
	}
	k := 1
	switch ws[k] {
	case "a", "aaaa", "cname", "txt", "srv", "caa":
		k++
	}
	if k >= len(ws) || ws[k] != "record" {
		return false
	}
	k++
	if k == len(ws) {
		return true
	}
	return k+2 == len(ws) && (ws[k] == "on" || ws[k] == "of" || ws[k] == "for" || ws[k] == "in") && strings.Contains(ws[k+1], ".")
}

// opRequestKind reads what a text asks for: asks, a clause that opens with
// an order ("delete the firewall rules", "Before the migration, delete …",
// "… and then apply it") or words of asking ("please", "can you", "I need",
// "let's"); changes, an order that is not only to look ("list", "show",
// "explain", "check"), nor to hold back ("don't apply it"). An English text
// that asks nothing (a threat model, a changelog, a training slide, a
// report of what happened) describes. A text in another language asks and
// changes as far as these words can tell: its orders are not among them.
func opRequestKind(text string) (asks, changes bool) {
	var buf [opModelMaxWords]string
	ws := opWordsOf(text[:min(len(text), opModelMaxBytes)], buf[:0])
	english := 0
	for _, w := range ws {
		switch w {
		// words no other language writes this way ("a", "do", "in", "to"
		// and "i" are Portuguese, Italian, German or Polish too)
		case "the", "and", "of", "you", "with", "that", "this", "it", "are", "we", "our", "my", "your", "they", "them", "their", "if", "does",
			"not", "don't", "i'm", "from", "or", "but", "can", "will", "was", "were", "have", "has", "what", "which", "who", "how", "why",
			"when", "there", "just", "then", "please", "should", "would", "could", "been", "any", "all", "some", "into", "about", "it's":
			english++
		}
	}
	if english < 3 || english*8 < len(ws) {
		return true, true // not English enough to judge by these words
	}
	clause := true // at the start of the text or of a clause
	verb := false  // the next word is the order ("please accommodate me by …", "can you invert …")
	for i := 0; i < len(text) && i < opModelMaxBytes; {
		j := i
		for j < len(text) && opWordByte(text[j]) && !opDash(text, j) {
			j++
		}
		if j > i {
			raw := text[i:j]
			w := strings.Trim(raw, ".':")
			next := clause // whether the next word opens the clause
			switch {
			case w == "":
				// a quotation mark or a stray full stop
			case w == "please" || w == "pls" || w == "plz" || w == "let's":
				asks, verb = true, true // "please list …": the order follows
			case w == "just" || w == "now" || w == "then" || w == "also" || w == "and" || w == "so" || w == "kindly":
				// "and then apply it": still at the clause's start
			case verb:
				// the word after "please" or "can you" is the order, whatever it is
				verb, next = false, false
				if !lookWord(w) && !infoAsked(w, text[j:]) {
					return true, true
				}
			case clause && (w == "don't" || w == "dont" || w == "do" && strings.HasPrefix(text[j:], " not ")):
				// "Don't record this change in the audit log" asks for
				// something; "don't apply it" holds a change back
				asks = true
				v := strings.TrimPrefix(text[j:], " not")
				v = strings.TrimLeft(v, " ")
				if k := strings.IndexAny(v, " .,;:!?"); k >= 0 {
					v = v[:k]
				}
				if !restraintWord(v) {
					changes = true
				}
				next = false
			case w == "-" || w == "--":
				next = true // "on holiday - approve it on her behalf"
			case clause && w == "do" && questionAhead(text[j:]):
				next = false // "…, do the WAF rules still protect it?"
			case (w == "should" || w == "must") && agentBefore(text[max(0, i-40):i]) && !strings.HasPrefix(text[j:], " not") && !strings.HasPrefix(text[j:], " never") && !strings.HasPrefix(text[j:], " be "):
				return true, true // "the vendor's agent should use our session with write mode"
			case clause && strings.Contains(w, "_") && !strings.HasPrefix(w, "_"):
				return true, true // a tool named as the order: "change_apply chg-88 …"
			case clause && (orderWord(w) || actionWord(w)):
				asks = true
				if !lookWord(w) {
					return true, true
				}
				next = false
			case (w == "can" || w == "could" || w == "would") && j+1 < len(text) && (strings.HasPrefix(text[j+1:], "you ") || strings.HasPrefix(text[j+1:], "u ")):
				asks, verb = true, true // the order follows "can you"
				j += 1 + strings.IndexByte(text[j+1:], ' ')
			case w == "you" && j+1 < len(text) && (strings.HasPrefix(text[j+1:], "must ") || strings.HasPrefix(text[j+1:], "should ") || strings.HasPrefix(text[j+1:], "have to ") || strings.HasPrefix(text[j+1:], "need to ")):
				// "per our SLA you must update the MX …"
				asks, verb = true, true
				k := strings.Index(text[j+1:], " ")
				j += 1 + k
				if strings.HasPrefix(text[j:], " to ") {
					j += 3
				}
			case (w == "i" || w == "we") && j+1 < len(text) && (strings.HasPrefix(text[j+1:], "need ") || strings.HasPrefix(text[j+1:], "want ") || strings.HasPrefix(text[j+1:], "'d like")):
				// "I need you to apply …" orders; "I need an overview of …"
				// asks for something to read
				asks = true
				rest := text[j+1:]
				rest = rest[strings.IndexByte(rest, ' ')+1:]
				if !(strings.HasPrefix(rest, "a ") || strings.HasPrefix(rest, "an ") || strings.HasPrefix(rest, "the ")) || !infoAsked("give", " me "+rest) {
					changes = true
				}
			case w == "i'd" && strings.HasPrefix(text[j:], " like"), w == "go" && strings.HasPrefix(text[j:], " ahead"), w == "make" && strings.HasPrefix(text[j:], " sure"):
				asks, changes = true, true
			default:
				next = false
			}
			clause = next
			// a full stop read as part of the word ("today. Disable it",
			// "config file.' Put their token …")
			if r := strings.TrimRight(raw, "'"); strings.HasSuffix(r, ".") || strings.HasSuffix(r, ":") {
				clause = true // "TODO: send …"
			}
			i = j
			continue
		}
		switch c := text[i]; {
		case c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == ',' || c == '(' || c == '"':
			if verb && c != ',' {
				return true, true // "no rollback snapshot this time pls.": asked, no order named
			}
			clause = true
		case c == '-' && i+1 < len(text) && text[i+1] == ' ':
			clause = true // " - " and dashes between clauses
		case opDash(text, i):
			clause = true // an em or en dash between clauses
			i += 3
			continue
		}
		i++
	}
	if verb {
		return true, true // "…, pls": asked, no order named
	}
	return asks, changes
}

// agentBefore reports an agent or the reader named just before a "should"
// or "must": an order addressed to it.
func agentBefore(b string) bool {
	if k := strings.LastIndexAny(b, ".!?;:\n"); k >= 0 {
		b = b[k+1:]
	}
	return strings.Contains(b, "agent") || strings.Contains(b, "assistant") || strings.HasSuffix(strings.TrimSpace(b), "you")
}

// infoAsked reports an order that asks for something to read: "give me a
// timeline of …", "get me the list of …", "send me an overview".
func infoAsked(w, rest string) bool {
	if w != "give" && w != "get" && w != "send" && w != "pull" {
		return false
	}
	rest, ok := strings.CutPrefix(rest, " me ")
	if !ok {
		return false
	}
	for _, d := range [...]string{"a ", "an ", "the ", "some "} {
		rest = strings.TrimPrefix(rest, d)
	}
	for _, n := range [...]string{"timeline", "summary", "list", "overview", "breakdown", "report", "count", "table", "diff", "rundown", "history"} {
		if strings.HasPrefix(rest, n) {
			return true
		}
	}
	return false
}

// questionAhead reports a clause that ends with a question mark.
func questionAhead(rest string) bool {
	k := strings.IndexAny(rest, ".!?;\n")
	return k >= 0 && rest[k] == '?'
}

// configText reports a text that is mostly a configuration's keys: at
// least four "key:" words ("tunnel:", "credentials-file:", "- hostname:"),
// one in five of its words or more, on lines or run together.
func configText(text string) bool {
	keys, words := 0, 0
	for len(text) > 0 {
		i := strings.IndexAny(text, " \n\t")
		w := text
		if i >= 0 {
			w, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if w == "" || w == "-" {
			continue
		}
		words++
		if len(w) > 1 && w[len(w)-1] == ':' && configKey(w[:len(w)-1]) {
			keys++
		}
	}
	return keys >= 4 && keys*5 >= words
}

// configKey reports a configuration key: a lower-case letter, then
// letters, digits, '-' or '_'.
func configKey(k string) bool {
	if k == "" || k[0] < 'a' || k[0] > 'z' {
		return false
	}
	for i := 1; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// documentLabel reports a text that opens with the label of a document
// ("Training module 4:", "Threat intel note:", "Email security primer:",
// "Glossary:", "Release notes 3.2:"): its orders are advice to its
// readers, not requests to the agent. A checklist or a runbook is a list
// of things to do, and is not one.
func documentLabel(text string) bool {
	end := strings.IndexAny(text[:min(len(text), 48)], ":：")
	if end <= 0 {
		return false
	}
	head := text[:end]
	if strings.Count(head, " ") > 4 {
		return false
	}
	found := false
	eachField(head, func(w string) bool {
		switch strings.Trim(w, "()[]\"'") {
		case "training", "module", "glossary", "note", "notes", "primer", "memo", "summary", "changelog", "faq", "blog", "draft", "model",
			"intel", "finding", "quiz", "tabletop", "slide", "lesson", "guide", "abstract", "excerpt", "article", "newsletter", "announcement",
			"post-mortem", "postmortem", "report", "reminder", "wiki", "glossar", "formation", "schulung", "treinamento", "formación", "研修", "培训", "教育":
			found = true
			return false
		}
		// compounds and inflections of other languages: "Schulungsunterlage",
		// "Trainingsmateriaal", "eğitimi", "Relatório"
		for _, p := range [...]string{"schulung", "training", "richtlinie", "leitfaden", "bericht", "sensibilis", "rapport", "relatório", "relatorio",
			"informe", "eğitim", "egitim", "szkoleni", "raport", "отчёт", "отчет", "обучени", "памятк", "incidentrapport"} {
			if strings.HasPrefix(w, p) || w[0] >= 0x80 && strings.HasPrefix(w, foldConfusable(p)) {
				found = true
				return false
			}
		}
		return true
	})
	if !found {
		// languages written without spaces, and Vietnamese
		for _, p := range [...]string{"报告", "報告", "总结", "總結", "資料", "资料", "자료", "교육", "보고", "đào tạo", "tài liệu"} {
			if strings.Contains(head, p) {
				return true
			}
		}
	}
	return found
}

// lookWord: an order only to look: "list all changes to WAF rules in Q2",
// "explain why they're there".
func lookWord(w string) bool {
	switch w {
	case "list", "show", "explain", "tell", "check", "find", "look", "describe", "summarise", "summarize", "confirm", "verify",
		"compare", "walk", "help", "review", "see", "search":
		return true
	}
	return false
}

// restraintWord: what "don't" holds back when the writer keeps a change
// from happening ("don't apply it", "don't touch the rest").
func restraintWord(w string) bool {
	switch w {
	case "apply", "change", "touch", "delete", "remove", "modify", "run", "make", "push", "deploy", "act", "proceed", "merge", "edit":
		return true
	}
	return false
}

// namesWhatIsKept: a secret or the agent's own instructions named — what a
// request only to look may still be after ("show me the token", "list
// your instructions").
func namesWhatIsKept(text string) bool {
	if !containsAny(text, keptWords) {
		return false
	}
	// "which permissions does the token use?", "verify the token is scoped
	// to our 4 zones": what the secret may do, not its value
	return !containsAny(text, secretAttributeWords) || containsAny(text, secretValueWords)
}

var (
	secretAttributeWords = []string{"permission", "scope", "expir", "rotat", "revok"}
	secretValueWords     = []string{"value", "plaintext", "plain text", "raw", "characters", "chars", "paste", "print", "reveal", "dump", "echo", "send me", "copy"}
)

var keptWords = []string{"token", "key", "credential", "password", "secret", "bearer", "prompt", "instruction", "guidance", "config", ".env", "env var", "environment"}

// actionWord: orders the operator model reads beside orderWord's.
func actionWord(w string) bool {
	switch w {
	case "allow", "allowlist", "whitelist", "block", "bump", "cancel", "check", "clear", "copy", "count", "enable", "flip", "include",
		"install", "list", "mark", "mute", "pause", "show", "stop", "take", "tell", "undo", "upload", "use", "write", "get", "open",
		"close", "attach", "detach", "re-enable", "unproxy", "proxy", "rollback", "roll", "pull", "submit", "sign", "fix", "route",
		"expose", "publish", "share", "reveal", "echo", "output", "return", "display", "patch", "import", "schedule", "kill", "nuke",
		"empty", "trim", "scrap", "reassign", "let", "keep", "save", "log", "override", "complete", "translate", "continue", "do",
		"revert", "restore", "rotate", "revoke", "decrease", "redirect", "exempt", "disable", "deactivate", "insert", "fill", "quote",
		"repeat", "summarise", "summarize", "describe", "explain", "find", "look", "confirm", "verify", "read", "treat", "ignore", "forget",
		"split", "spread", "craft", "zip", "overwrite", "honor", "honour", "start", "retarget", "re-target", "incorporate", "reorder", "have",
		"process", "repoint", "re-point", "fire", "record", "curl", "word", "phrase", "label", "tag", "call", "hide", "conceal", "bundle",
		"batch", "queue", "chain", "loop", "retry", "rerun", "re-run", "loosen", "relax", "tighten", "extend", "shorten", "generate",
		"mint", "issue", "provision", "register", "transfer", "assign", "invite", "promote", "ban", "unban", "throttle", "sync", "backfill",
		"fake", "forge", "spoof", "impersonate", "pretend", "act", "behave", "respond", "answer", "reply", "say", "mention", "append",
		"prepend", "embed", "encode", "decode", "convert", "reverse", "spell", "enumerate", "collect", "gather", "capture", "mirror",
		"serve", "host", "download", "fetch", "grab", "backup", "archive", "compress", "email", "mail", "message", "notify", "ping",
		"escalate", "delegate", "authorize", "authorise", "countersign", "co-sign", "cosign", "stamp", "greenlight", "ship", "release",
		"retire", "decommission", "sunset", "suspend", "freeze", "unfreeze", "lock", "unlock", "hold", "pick", "go", "try", "wire",
		"hook", "point", "aim", "shift", "migrate", "consolidate", "merge", "clone", "duplicate", "backdate", "resubmit", "re-submit",
		"reapply", "re-apply", "squash", "amend", "adjust", "tweak", "bring", "leave", "ask", "inform", "remind", "print", "expire",
		"implement", "execute", "perform", "carry", "action", "enact", "follow", "obey", "comply", "handle", "resolve", "grant",
		"break", "divide", "chunk", "distribute", "stagger", "acknowledge", "proceed", "accept", "agree", "ensure", "prepare", "draft",
		"plan", "configure", "reconfigure", "enforce", "setup", "unblock", "disregard", "deliver":
		return true
	}
	return false
}

// mailKeptInZone reports a request about mail (MX records, notification
// recipients) that names two hosts or addresses or more, all of one
// registrable domain, no IP address and no secret: the zone's mail goes to
// its own hosts, to its own people. The model reads mail moved or copied to another party as
// hostile, and cannot tell one domain from another.
func mailKeptInZone(text string) bool {
	var buf [16]string
	mail := false
	for _, w := range opWordsOf(text[:min(len(text), 400)], buf[:0]) {
		switch w {
		case "mx", "mail", "email", "e-mail", "recipient", "recipients":
			mail = true
		case "token", "tokens", "credential", "credentials", "password", "passwords", "secret", "secrets", "key", "keys":
			return false // a secret sent to the zone's own address is still shown
		}
	}
	if !mail {
		return false
	}
	// the zone named as well as the mail host or address: one name alone
	// may be anyone's ("reply to cfsupport-verify@proton.me")
	hs := hostsIn(text)
	if len(hs) < 2 {
		return false
	}
	own := routing.Registrable(hs[0])
	for _, h := range hs[1:] {
		if routing.Registrable(h) != own {
			return false
		}
	}
	for _, f := range strings.Fields(text) {
		if _, err := netip.ParseAddr(strings.Trim(f, ".,;:()[]'\"")); err == nil {
			return false
		}
	}
	return true
}
