package layer0

import (
	_ "embed"
	binenc "encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The learned component: a logistic regression over hashed features of the
// normalised text and of every view Layer0 decodes from it (base64, hex,
// rot13, leetspeak, letter spacing, tag characters). Features are character
// n-grams of 1 to 5 runes and word unigrams and bigrams (scaled by
// NgramScale), the rule detectors' findings (scaled by RuleScale), the
// text's shape, and multilingual concepts (modelconcepts.go), which carry
// what the model learns from English attacks to other languages. Weights
// are trained by test/layer0train (`make layer0-train`) from the
// development data and embedded here, quantised to one byte each; the raw
// score is turned into a probability by Platt scaling fitted on
// leave-one-data-set-out predictions, so a threshold reads as "probability
// of an attack from a data set the model has not seen".

// A string, not a []byte: read-only data, outside the writable data
// segment, and the model's weights use it in place.
//
//go:embed model.bin
var embeddedModel string

// Model is a loaded weight file.
type Model struct {
	Bits          uint8   // log2 of the hashed feature space
	Scale         float32 // weight = int8 * Scale
	Bias          float32
	PlattA        float32 // p = 1 / (1 + exp(PlattA*raw + PlattB))
	PlattB        float32
	Review, Block float32 // probability thresholds
	// ReviewRule is the review threshold for a text on which the rule
	// detectors found something too weak for a verdict of their own (0 =
	// the same as Review): weak rule evidence and a likely model agree.
	ReviewRule float32
	Window     uint32 // texts longer than this (runes) are also scored in windows of this size; 0 = off
	MinN       uint8  // shortest character n-gram used (1..5; 0 means 1)
	// NgramScale multiplies the n-gram part of the score (character and
	// word n-grams); the global features (rules, shape, concepts) count 1
	// each. Below 1 it leans the model on the features that carry across
	// sources and languages. 0 is read as 1.
	NgramScale float32
	// RuleScale multiplies the rule features (which detectors fired, per
	// family, their summed weight); 0 is read as 1. Below 1 the model
	// scores what the text says more than what the rules found in it, so
	// that it adds to them rather than repeating them.
	RuleScale float32
	weights   string // int8 weights, 1<<Bits of them (read-only: the embedded file's bytes)
	// Float holds unquantised weights while training; nil in a loaded model.
	Float []float32
}

// modelMagic names the file format and the feature set: L0M2 added the
// rule and shape features, L0M3 the concept and delimiter features and the
// n-gram scale, so an older file is refused rather than scored with
// features it was not trained on.
const modelMagic = "L0M3"

// Feature kinds, mixed into the hash so equal strings of different kinds
// land apart.
const (
	featChar = iota + 1
	featWord
	featBigram
	featRule    // a rule detector fired (its stable id)
	featFamily  // how many rules of a family fired (1, 2, 3+)
	featTotal   // the rules' summed weight, bucketed
	featShape   // length, lines, quoting, second person
	featOpen    // the first word of a sentence or line (imperative openings)
	featConcept // multilingual concepts, their pairs and openers (modelconcepts.go)
)

// modelHeaderSize is the size of the encoded header.
const modelHeaderSize = 4 + 1 + 4*8 + 4 + 4 + 4

// MarshalBinary encodes m with its weights quantised to int8.
func (m *Model) MarshalBinary() ([]byte, error) {
	n := 1 << m.Bits
	if m.Float != nil && len(m.Float) != n {
		return nil, errors.New("layer0 model: weight count does not match bits")
	}
	out := make([]byte, modelHeaderSize+n)
	copy(out, modelMagic)
	out[4] = m.Bits
	maxAbs := float32(0)
	for _, w := range m.Float {
		if a := float32(math.Abs(float64(w))); a > maxAbs {
			maxAbs = a
		}
	}
	scale := m.Scale
	if m.Float != nil {
		scale = maxAbs / 127
		if scale == 0 {
			scale = 1
		}
	}
	for i, f := range []float32{scale, m.Bias, m.PlattA, m.PlattB, m.Review, m.Block, float32(m.MinN), m.ReviewRule} {
		binenc.LittleEndian.PutUint32(out[5+4*i:], math.Float32bits(f))
	}
	binenc.LittleEndian.PutUint32(out[5+4*8:], m.Window)
	binenc.LittleEndian.PutUint32(out[5+4*9:], math.Float32bits(m.NgramScale))
	binenc.LittleEndian.PutUint32(out[5+4*10:], math.Float32bits(m.RuleScale))
	ws := out[modelHeaderSize:]
	if m.Float != nil {
		for i, w := range m.Float {
			q := math.Round(float64(w / scale))
			q = math.Max(-127, math.Min(127, q))
			ws[i] = byte(int8(q))
		}
	} else {
		copy(ws, m.weights)
	}
	return out, nil
}

// ParseModel decodes a weight file (its weights are copied once).
func ParseModel(b []byte) (*Model, error) { return parseModel(string(b)) }

// parseModel is ParseModel on the file's bytes as a string, which the
// model's weights keep (no copy).
func parseModel(file string) (*Model, error) {
	if len(file) < modelHeaderSize || file[:4] != modelMagic {
		return nil, errors.New("layer0 model: not a model file (bad magic)")
	}
	b := []byte(file[:modelHeaderSize]) // the header
	m := &Model{Bits: b[4]}
	if m.Bits < 8 || m.Bits > 24 {
		return nil, fmt.Errorf("layer0 model: feature bits %d out of range 8..24", m.Bits)
	}
	f := func(i int) float32 { return math.Float32frombits(binenc.LittleEndian.Uint32(b[5+4*i:])) }
	m.Scale, m.Bias, m.PlattA, m.PlattB, m.Review, m.Block = f(0), f(1), f(2), f(3), f(4), f(5)
	if n := f(6); n >= 0 && n <= 5 {
		m.MinN = uint8(n)
	} else {
		return nil, fmt.Errorf("layer0 model: shortest n-gram %v out of range 0..5", n)
	}
	m.ReviewRule = f(7)
	if m.ReviewRule < 0 || m.ReviewRule > 1 || m.Review < 0 || m.Review > 1 || m.Block < 0 || m.Block > 1 {
		return nil, fmt.Errorf("layer0 model: thresholds review %v, review with rule evidence %v, block %v not all in 0..1", m.Review, m.ReviewRule, m.Block)
	}
	m.Window = binenc.LittleEndian.Uint32(b[5+4*8:])
	m.NgramScale = f(9)
	if m.NgramScale < 0 || m.NgramScale > 16 || m.NgramScale != m.NgramScale {
		return nil, fmt.Errorf("layer0 model: n-gram scale %v out of range 0..16", m.NgramScale)
	}
	m.RuleScale = f(10)
	if m.RuleScale < 0 || m.RuleScale > 16 || m.RuleScale != m.RuleScale {
		return nil, fmt.Errorf("layer0 model: rule scale %v out of range 0..16", m.RuleScale)
	}
	if len(file) != modelHeaderSize+1<<m.Bits {
		return nil, fmt.Errorf("layer0 model: %d weight bytes, want %d", len(file)-modelHeaderSize, 1<<m.Bits)
	}
	m.weights = file[modelHeaderSize:]
	return m, nil
}

var loadEmbedded = sync.OnceValues(func() (*Model, error) { return parseModel(embeddedModel) })

// EmbeddedModel returns the model compiled into the binary.
func EmbeddedModel() (*Model, error) { return loadEmbedded() }

func (m *Model) weight(i uint32) float32 {
	if m.Float != nil {
		return m.Float[i]
	}
	return float32(int8(m.weights[i])) * m.Scale
}

// ngramScale is NgramScale, 0 read as 1.
func (m *Model) ngramScale() float32 {
	if m.NgramScale == 0 {
		return 1
	}
	return m.NgramScale
}

// ruleScale is RuleScale, 0 read as 1.
func (m *Model) ruleScale() float32 {
	if m.RuleScale == 0 {
		return 1
	}
	return m.RuleScale
}

// Prob turns a raw score into the calibrated probability.
func (m *Model) Prob(raw float32) float32 {
	return float32(1 / (1 + math.Exp(float64(m.PlattA*raw+m.PlattB))))
}

// hashFeature maps a feature hash to a weight index.
func (m *Model) index(h uint64) uint32 {
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	return uint32(h >> (64 - uint(m.Bits)))
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// maxModelRunes bounds the text the model reads per view.
const maxModelRunes = 16 << 10

// featureSink receives each feature: its hash and the rune position in the
// primary view where it ends (-1 for decoded views).
type featureSink func(h uint64, pos int32)

// foldRune canonicalises a rune for the character n-grams: digits become
// '0', every kind of space or punctuation run is kept as is.
func foldRune(r rune) rune {
	if r >= '0' && r <= '9' {
		return '0'
	}
	if r == '\n' || r == '\t' {
		return ' '
	}
	return r
}

// emitFeatures produces the features of one normalised view.
func emitFeatures(text string, primary bool, minN int, sink featureSink) {
	var ring [5]rune
	for i := range ring {
		ring[i] = ' '
	}
	pos := int32(-1)
	n := 0
	// word state
	var wordHash, prevWord uint64
	inWord, sentStart, opener := false, true, false
	endWord := func(p int32) {
		if !inWord {
			return
		}
		sink(wordHash*31+featWord, p)
		if opener {
			sink(wordHash*31+featOpen, p)
		}
		if prevWord != 0 {
			sink((prevWord*0x9e3779b97f4a7c15)^wordHash^featBigram<<56, p)
		}
		prevWord = wordHash
		inWord = false
	}
	step := func(r rune) {
		if primary {
			pos++
		}
		copy(ring[1:], ring[:4])
		ring[0] = r
		h := uint64(fnvOffset)
		for k := 0; k < 5; k++ {
			h ^= uint64(ring[k])
			h *= fnvPrime
			if k+1 >= minN {
				sink(h^uint64(k+1)<<59^featChar, pos)
			}
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			if !inWord {
				wordHash = fnvOffset
				inWord = true
				opener, sentStart = sentStart, false
			}
			wordHash ^= uint64(r)
			wordHash *= fnvPrime
		} else {
			endWord(pos)
			switch r {
			case '.', '!', '?', ':', ';', '。', '！', '？', '：', '；':
				sentStart = true
			}
		}
	}
	step(' ')
	for _, r := range text {
		if n >= maxModelRunes {
			break
		}
		n++
		step(foldRune(r))
	}
	step(' ')
	endWord(pos)
}

// modelViews feeds the features of every view to sink.
func modelViews(views []view, minN uint8, sink featureSink) {
	for i, v := range views {
		emitFeatures(v.text, i == 0, int(minN), sink)
	}
}

// ModelScore is the model's judgement of one text.
type ModelScore struct {
	Raw  float32
	Prob float32
}

// modelScratch is reused between scorings.
type modelScratch struct {
	global []uint32
	rules  []uint32
	pos    []int32
	w      []float32
	idx    []uint32
	posW   []float32 // per primary rune position: summed weight
	posN   []int32   // per primary rune position: feature count
	// Per primary rune position, the weight indices (+1; 0 none) of the
	// 4-gram, the 5-gram and the word ending there, as scoring found them:
	// topFeatures ranks these instead of hashing the text again.
	c4, c5, cw []uint32
	top        string // the primary view they describe
	// topASCII: every rune of top that collect read is ASCII, so that a
	// rune's position is its byte offset plus one (topFeatures' fast path).
	topASCII bool
	// topOut is topFeatures' list, whose storage the next call reuses.
	topOut []string
	// ruleFindings is how many findings there were when rawScore put the
	// rule features first in rules, one per finding that counts, in
	// findings order (-1: none recorded): topRule reads their weight
	// indices there instead of hashing the ids again.
	ruleFindings int
	// concepts are the concept sets of the text globalFeatures last read
	// (topConcept names the strongest without scanning again).
	concepts conceptSets
}

// score computes the raw score: the weight sum scaled by 1/sqrt(feature
// count), maximised over windows of the primary view when the text is long
// (so that an instruction buried in a long benign document is not diluted).
func (m *Model) score(views []view, global, rules []uint32, sc *modelScratch) float32 {
	g, r := float32(0), float32(0)
	for _, i := range global {
		g += m.weight(i)
	}
	for _, i := range rules {
		r += m.weight(i)
	}
	return m.scoreChars(views, sc) + g + m.ruleScale()*r
}

// scoreChars is the n-gram part of the score (with the bias).
func (m *Model) scoreChars(views []view, sc *modelScratch) float32 {
	sc.idx, sc.pos = sc.idx[:0], sc.pos[:0]
	sc.top = ""
	for i, v := range views {
		m.collect(v.text, i == 0, int(m.MinN), sc)
	}
	if len(sc.idx) == 0 {
		return m.Bias
	}
	sum := float32(0)
	if m.Float == nil && len(m.weights) == 1<<m.Bits {
		// m.weight written out; every index is below 1<<m.Bits.
		ws, scale := m.weights[:1<<m.Bits], m.Scale
		mask := uint32(len(ws) - 1)
		for _, i := range sc.idx {
			sum += float32(int8(ws[i&mask])) * scale
		}
	} else {
		for _, i := range sc.idx {
			sum += m.weight(i)
		}
	}
	ns := m.ngramScale()
	best := m.Bias + ns*sum/float32(math.Sqrt(float64(len(sc.idx))))
	W := int32(m.Window)
	if W == 0 || len(views) == 0 {
		return best
	}
	last := int32(-1)
	for _, p := range sc.pos {
		if p > last {
			last = p
		}
	}
	if last < W+W/2 {
		return best
	}
	size := int(last) + 2
	if cap(sc.posW) < size {
		sc.posW, sc.posN = make([]float32, size), make([]int32, size)
	}
	posW, posN := sc.posW[:size], sc.posN[:size]
	for i := range posW {
		posW[i], posN[i] = 0, 0
	}
	for k, p := range sc.pos {
		if p >= 0 {
			posW[p+1] += m.weight(sc.idx[k])
			posN[p+1]++
		}
	}
	for i := 1; i < size; i++ {
		posW[i] += posW[i-1]
		posN[i] += posN[i-1]
	}
	for a := int32(0); ; a += W / 2 {
		b := a + W
		if b >= int32(size) {
			b = int32(size) - 1
		}
		if cnt := posN[b] - posN[a]; cnt > 0 {
			if s := m.Bias + ns*(posW[b]-posW[a])/float32(math.Sqrt(float64(cnt))); s > best {
				best = s
			}
		}
		if b == int32(size)-1 {
			break
		}
	}
	return best
}

// collect appends the weight index and position of every feature of one
// view to sc.idx and sc.pos: emitFeatures with the scoring sink written
// out, without a call per feature (TestCollectMatchesEmitFeatures holds
// them equal). For the primary view it also records, per rune position,
// the 4-gram, 5-gram and word indices topFeatures ranks.
func (m *Model) collect(text string, primary bool, minN int, sc *modelScratch) {
	var c4, c5, cw []uint32
	// Steps: the leading space (position 0), up to maxModelRunes runes,
	// the trailing space; each gives at most 5 n-grams and 3 word features.
	steps := min(len(text), maxModelRunes) + 2
	if primary {
		if cap(sc.c4) < steps {
			sc.c4, sc.c5, sc.cw = make([]uint32, steps), make([]uint32, steps), make([]uint32, steps)
		}
		c4, c5, cw = sc.c4[:steps], sc.c5[:steps], sc.cw[:steps]
		clear(c4)
		clear(c5)
		clear(cw)
		sc.top, sc.topASCII = text, true
	}
	// Room for every feature up front: they are stored, not appended.
	j := len(sc.idx)
	idx, ps := slices.Grow(sc.idx, 8*steps), slices.Grow(sc.pos, 8*steps)
	idx, ps = idx[:cap(idx)], ps[:cap(ps)]
	sh := 64 - uint(m.Bits)
	index := func(h uint64) uint32 { // m.index
		h ^= h >> 29
		h *= 0xbf58476d1ce4e5b9
		h ^= h >> 32
		return uint32(h >> sh)
	}
	kmin := max(minN-1, 0) // the first n-gram length emitted, less one
	var r0, r1, r2, r3, r4 uint64 = ' ', ' ', ' ', ' ', ' '
	pos := int32(-1)
	var wordHash, prevWord uint64
	inWord, sentStart, opener := false, true, false
	n := 0
	rest := text
	for phase := 0; phase < 3; {
		var r rune
		switch {
		case phase == 0: // the leading space
			r, phase = ' ', 1
		case phase == 1 && len(rest) > 0 && n < maxModelRunes:
			if c := rest[0]; c < utf8.RuneSelf {
				r, rest = rune(c), rest[1:]
			} else {
				r0, size := utf8.DecodeRuneInString(rest)
				r, rest = r0, rest[size:]
				if primary {
					sc.topASCII = false
				}
			}
			n++
			r = foldRune(r)
		default: // the trailing space
			r, phase = ' ', 3
		}
		if primary {
			pos++
		}
		r4, r3, r2, r1, r0 = r3, r2, r1, r0, uint64(r)
		h1 := (fnvOffset ^ r0) * fnvPrime
		h2 := (h1 ^ r1) * fnvPrime
		h3 := (h2 ^ r2) * fnvPrime
		h4 := (h3 ^ r3) * fnvPrime
		h5 := (h4 ^ r4) * fnvPrime
		if kmin <= 2 {
			if kmin <= 1 {
				if kmin == 0 {
					idx[j], ps[j] = index(h1^1<<59^featChar), pos
					j++
				}
				idx[j], ps[j] = index(h2^2<<59^featChar), pos
				j++
			}
			idx[j], ps[j] = index(h3^3<<59^featChar), pos
			j++
		}
		if kmin <= 3 {
			x := index(h4 ^ 4<<59 ^ featChar)
			idx[j], ps[j] = x, pos
			j++
			if primary {
				c4[pos] = x + 1
			}
		}
		if kmin <= 4 {
			x := index(h5 ^ 5<<59 ^ featChar)
			idx[j], ps[j] = x, pos
			j++
			if primary {
				c5[pos] = x + 1
			}
		}
		var word bool
		if r < utf8.RuneSelf {
			word = isWordByte(byte(r))
		} else {
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if word {
			if !inWord {
				wordHash = fnvOffset
				inWord = true
				opener, sentStart = sentStart, false
			}
			wordHash ^= uint64(r)
			wordHash *= fnvPrime
			continue
		}
		if inWord {
			x := index(wordHash*31 + featWord)
			idx[j], ps[j] = x, pos
			j++
			if primary {
				cw[pos] = x + 1
			}
			if opener {
				idx[j], ps[j] = index(wordHash*31+featOpen), pos
				j++
			}
			if prevWord != 0 {
				idx[j], ps[j] = index((prevWord*0x9e3779b97f4a7c15)^wordHash^featBigram<<56), pos
				j++
			}
			prevWord = wordHash
			inWord = false
		}
		switch r {
		case '.', '!', '?', ':', ';', '。', '！', '？', '：', '；':
			sentStart = true
		}
	}
	sc.idx, sc.pos = idx[:j], ps[:j]
}

// topFeatures names the character n-grams (4 and 5 runes) and words of the
// primary view that pushed the score up most, for evidence. It walks the
// text once for the byte spans, reading the features' weight indices from
// sc when the scoring just recorded them for this text (and hashing again
// only when it did not, or the model's n-grams start above 4). With sc,
// the list is in sc's storage, which the next call with sc reuses.
func (m *Model) topFeatures(text string, k int, sc *modelScratch) []string {
	recorded := sc != nil && sc.top == text && m.MinN <= 4 && len(sc.c4) >= min(len(text), maxModelRunes)+2
	// The best 4k candidates so far; once full, a candidate replaces the
	// first of the lowest weights when it weighs more.
	var buf [16]topCand
	best := buf[:0]
	if 4*k > len(buf) {
		best = make([]topCand, 0, 4*k)
	}
	size := 4 * k
	low := -1 // once best is full: the first of its lowest weights
	// floor is the weight a candidate must exceed to change best: 0 until
	// it is full, then its lowest weight. Callers compare with it first, so
	// that keep is called only when it changes best.
	floor := float32(0)
	keep := func(lo, hi int, w float32) {
		if w <= 0 {
			return
		}
		if len(best) < size {
			best = append(best, topCand{lo, hi, w})
			if len(best) == size {
				low = lowestCand(best)
				floor = best[low].w
			}
			return
		}
		if low < 0 {
			low = lowestCand(best)
		}
		if w > best[low].w {
			best[low] = topCand{lo, hi, w}
			low = lowestCand(best)
			floor = best[low].w
		}
	}
	// weight is m.weight (recorded indices are below 1<<m.Bits).
	ws, scale, fw := m.weights, m.Scale, m.Float
	weight := func(i uint32) float32 {
		if fw != nil {
			return fw[i]
		}
		return float32(int8(ws[i])) * scale
	}
	if recorded && sc.topASCII {
		// The loop below for a text whose runes scoring read are all
		// ASCII: the rune at position n is byte n-1, one byte long, so
		// no rune is decoded and no offsets are kept.
		c4, c5, cw := sc.c4, sc.c5, sc.cw
		lim := min(len(text), maxModelRunes)
		wordStart := -1
		for i := 0; i < lim; i++ {
			n := i + 1
			if n > 3 && c4[n] != 0 {
				if w := weight(c4[n] - 1); w > floor {
					keep(i-3, n, w)
				}
			}
			if n > 4 && c5[n] != 0 {
				if w := weight(c5[n] - 1); w > floor {
					keep(i-4, n, w)
				}
			}
			if isWordByte(text[i]) {
				if wordStart < 0 {
					wordStart = i
				}
			} else if wordStart >= 0 {
				if cw[n] != 0 {
					if w := weight(cw[n] - 1); w > floor {
						keep(wordStart, i, w)
					}
				}
				wordStart = -1
			}
		}
		// The trailing space (position lim+1) ends a last word.
		if wordStart >= 0 && cw[lim+1] != 0 {
			keep(wordStart, len(text), weight(cw[lim+1]-1))
		}
	} else if recorded {
		// The rune at byte i is at position n (the leading space is 0);
		// starts holds the offsets of the last five runes.
		c4, c5, cw := sc.c4, sc.c5, sc.cw
		var starts [5]int
		wordStart, n := -1, 0
		for i, r0 := range text {
			if n >= maxModelRunes {
				break
			}
			n++
			starts[4], starts[3], starts[2], starts[1], starts[0] = starts[3], starts[2], starts[1], starts[0], i
			end := i + utf8.RuneLen(r0)
			if n > 3 && c4[n] != 0 {
				if w := weight(c4[n] - 1); w > floor {
					keep(starts[3], end, w)
				}
			}
			if n > 4 && c5[n] != 0 {
				if w := weight(c5[n] - 1); w > floor {
					keep(starts[4], end, w)
				}
			}
			// A word rune of the folded text (folding keeps digits and
			// changes no letter, '_' or non-ASCII rune).
			var word bool
			if r0 < utf8.RuneSelf {
				word = isWordByte(byte(r0))
			} else {
				word = unicode.IsLetter(r0) || unicode.IsDigit(r0)
			}
			if word {
				if wordStart < 0 {
					wordStart = i
				}
			} else if wordStart >= 0 {
				if cw[n] != 0 {
					if w := weight(cw[n] - 1); w > floor {
						keep(wordStart, i, w)
					}
				}
				wordStart = -1
			}
		}
		// The trailing space (position n+1) ends a last word.
		if wordStart >= 0 && cw[n+1] != 0 {
			keep(wordStart, len(text), weight(cw[n+1]-1))
		}
	} else {
		m.rankByHashing(text, keep)
	}
	// Heaviest first, ties in text order (a stable insertion sort: there
	// are at most 4k).
	for i := 1; i < len(best); i++ {
		for j := i; j > 0 && best[j-1].w < best[j].w; j-- {
			best[j-1], best[j] = best[j], best[j-1]
		}
	}
	var out []string
	if sc != nil {
		out = sc.topOut[:0] // kept storage: the list is read before the next call
	}
	for _, c := range best {
		s := strings.TrimSpace(text[c.lo:c.hi])
		dup := s == ""
		for _, o := range out {
			if strings.Contains(o, s) || strings.Contains(s, o) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		out = append(out, s)
		if len(out) == k {
			break
		}
	}
	if sc != nil {
		sc.topOut = out
	}
	return out
}

// rankByHashing offers keep every 4-gram, 5-gram and word of text with its
// weight, hashing the text again (topFeatures without recorded indices).
func (m *Model) rankByHashing(text string, keep func(lo, hi int, w float32)) {
	var ring [5]rune
	var starts [5]int // byte offset where each ring rune starts
	for i := range ring {
		ring[i] = ' '
	}
	wordStart, wordHash := -1, uint64(0)
	n := 0
	for i, r0 := range text {
		if n >= maxModelRunes {
			break
		}
		n++
		r := foldRune(r0)
		copy(ring[1:], ring[:4])
		copy(starts[1:], starts[:4])
		ring[0], starts[0] = r, i
		end := i + utf8.RuneLen(r0)
		h := uint64(fnvOffset)
		for j := 0; j < 5 && j < n; j++ {
			h ^= uint64(ring[j])
			h *= fnvPrime
			if j >= 3 {
				keep(starts[j], end, m.weight(m.index(h^uint64(j+1)<<59^featChar)))
			}
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			if wordStart < 0 {
				wordStart, wordHash = i, fnvOffset
			}
			wordHash ^= uint64(r)
			wordHash *= fnvPrime
		} else if wordStart >= 0 {
			keep(wordStart, i, m.weight(m.index(wordHash*31+featWord)))
			wordStart = -1
		}
	}
	if wordStart >= 0 {
		keep(wordStart, len(text), m.weight(m.index(wordHash*31+featWord)))
	}
}

// topCand is a candidate feature for topFeatures: its byte span and weight.
type topCand struct {
	lo, hi int
	w      float32
}

// lowestCand returns the index of the first smallest weight in xs.
func lowestCand(xs []topCand) int {
	low := 0
	for j := range xs {
		if xs[j].w < xs[low].w {
			low = j
		}
	}
	return low
}

// topRule names the rule finding that weighed most for the model (with a
// positive weight), or "".
func (m *Model) topRule(s *scanState) string {
	recorded := s.model.ruleFindings == len(s.findings)
	best, w := "", float32(0)
	k := 0 // the finding's rule feature in s.model.rules, when recorded
	for _, f := range s.findings {
		r := &s.c.rules[f.rule]
		if r.family == FamilyToolCall || r.family == FamilyLearned {
			continue
		}
		var i uint32
		if recorded && k < len(s.model.rules) {
			i = s.model.rules[k]
		} else {
			i = m.index(hashString(featRule, 0, r.id))
		}
		k++
		if x := m.weight(i); x > w {
			best, w = r.id, x
		}
	}
	return best
}

// modelEvidence renders the model's finding.
func modelEvidence(p float32, top []string, concept, rule string) string {
	var b strings.Builder
	b.Grow(128) // the usual length: grown once, not step by step
	b.WriteString("p=")
	b.WriteString(strconv.FormatFloat(float64(p), 'f', 2, 32))
	if len(top) > 0 {
		b.WriteString("; top features: ")
		for i, t := range top {
			if i > 0 {
				b.WriteString(", ")
			}
			var q [64]byte // room for a quoted 24-byte feature, unless escapes lengthen it
			b.Write(strconv.AppendQuote(q[:0], clip(t, 24)))
		}
	}
	if concept != "" {
		b.WriteString("; concept ")
		b.WriteString(concept)
	}
	if rule != "" {
		b.WriteString("; with rule ")
		b.WriteString(rule)
	}
	return b.String()
}

// hashString hashes s under a feature kind and a small tag.
func hashString(kind, tag uint64, s string) uint64 {
	h := uint64(fnvOffset) ^ kind<<56 ^ tag<<48
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// secondPerson lists words addressing the reader, in the languages of the
// development data; CJK forms are matched as substrings.
var secondPerson map[string]bool

var secondPersonCJK = []string{"你", "您", "あなた", "君", "당신", "너"}

// secondPersonFirst marks the first bytes of secondPerson's words: a word
// whose lower-cased first byte is ASCII and not marked is not one of them,
// and is not looked up.
var secondPersonFirst [128]bool

// secondPersonEnds marks, per first byte (ASCII, lower case) of
// secondPerson's words, their last bytes (ASCII, lower case) as bit c&63
// (every last byte from 0x80 up sets bit 63): most words that pass
// secondPersonFirst are ruled out there, without a map lookup.
var secondPersonEnds [128]uint64

// secondPersonEnd is the bit of secondPersonEnds for a word's last byte.
func secondPersonEnd(c byte) uint64 {
	if c >= utf8.RuneSelf {
		return 1 << 63
	}
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return 1 << (c & 63)
}

// isSecondPerson is secondPerson[strings.ToLower(w)].
func isSecondPerson(w string) bool {
	if c := w[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if !secondPersonFirst[c] || secondPersonEnds[c]&secondPersonEnd(w[len(w)-1]) == 0 {
			return false
		}
	}
	return secondPerson[strings.ToLower(w)]
}

// bucket maps n to 0, 1, 2, ... max by powers of two.
func bucket(n, max int) uint64 {
	b := 0
	for n > 0 && b < max {
		n >>= 1
		b++
	}
	return uint64(b)
}

// globalFeatures emits the features that describe the whole text rather
// than a position in it: which rule detectors fired (so the model learns
// how to combine weak rule evidence, including findings too weak to reach a
// verdict on their own), how many per family, their summed weight, and the
// text's shape. They are added to the score unnormalised. Tool-call
// findings and the model's own are left out: training sees text only.
func (s *scanState) globalFeatures(views []view, sink, ruleSink func(h uint64)) {
	var fam [12]struct {
		name string
		n    int
	}
	nf, total := 0, 0
	for _, f := range s.findings {
		r := &s.c.rules[f.rule]
		if r.family == FamilyToolCall || r.family == FamilyLearned {
			continue
		}
		ruleSink(hashString(featRule, 0, r.id))
		total += r.weight
		k := 0
		for k < nf && fam[k].name != r.family {
			k++
		}
		if k == nf && nf < len(fam) {
			fam[k].name = r.family
			nf++
		}
		if k < nf {
			fam[k].n++
		}
	}
	for _, f := range fam[:nf] {
		ruleSink(hashString(featFamily, uint64(min(f.n, 3)), f.name))
	}
	ruleSink(hashString(featTotal, bucket(total, 5), ""))
	if len(views) == 0 {
		return
	}
	t := views[0].text
	runes, lines, quotes, you := 0, 0, 0, 0
	wordStart := -1
	for i, r := range t {
		runes++
		switch r {
		case '\n':
			lines++
		case '"', '“', '”', '«', '»', '「', '」', '『', '』', '`':
			quotes++
		}
		var letter bool
		if r < utf8.RuneSelf {
			letter = 'a' <= r|0x20 && r|0x20 <= 'z' // no ASCII character is a mark
		} else {
			letter = unicode.IsLetter(r) || unicode.IsMark(r)
		}
		if letter {
			if wordStart < 0 {
				wordStart = i
			}
			continue
		}
		if wordStart >= 0 {
			if w := t[wordStart:i]; len(w) <= 12 && isSecondPerson(w) {
				you++
			}
			wordStart = -1
		}
	}
	if wordStart >= 0 && isSecondPerson(t[wordStart:]) {
		you++
	}
	for _, w := range secondPersonCJK {
		you += strings.Count(t, w)
	}
	sink(hashString(featShape, 1, string(rune('a'+bucket(runes, 14)))))
	sink(hashString(featShape, 2, string(rune('a'+bucket(lines, 5)))))
	sink(hashString(featShape, 3, string(rune('a'+bucket(quotes, 3)))))
	sink(hashString(featShape, 4, string(rune('a'+bucket(you, 3)))))
	// second-person density relative to length
	d := 0
	if runes > 0 {
		d = min(you*200/runes, 4)
	}
	sink(hashString(featShape, 5, string(rune('a'+d))))
	delimiterShape(t, sink)
	var hits [maxConceptHits]conceptHit
	s.model.concepts = conceptFeatures(views, hits[:0], sink)
}

// weakRuleEvidence says whether the rule detectors found something in the
// text (tool-call findings and the model's own aside), however weak.
func (s *scanState) weakRuleEvidence() bool {
	for _, f := range s.findings {
		r := &s.c.rules[f.rule]
		if r.weight > 0 && r.family != FamilyToolCall && r.family != FamilyLearned {
			return true
		}
	}
	return false
}

// reviewAt is the review threshold that applies to the scanned text.
func (m *Model) reviewAt(s *scanState) float32 {
	if m.ReviewRule > 0 && m.ReviewRule < m.Review && s.weakRuleEvidence() {
		return m.ReviewRule
	}
	return m.Review
}

// ModelFeatures returns text's model features as weight indices in a
// model of the given size (n-gram features, with repeats, and the global
// ones), whether the rules alone flag the text, and whether they found
// anything in it at all. The training command
// uses it so that training and inference see exactly the same features;
// c should be built with NoModel.
func (c *Classifier) ModelFeatures(text string, bits, minN uint8, chars, global []uint32) (_, _ []uint32, flagged, evidence bool) {
	chars, global, rules, flagged, evidence := c.ModelFeatureSets(text, bits, minN, chars, global, nil)
	return chars, append(global, rules...), flagged, evidence
}

// ModelFeatureSets is ModelFeatures with the rule features (scaled by the
// model's RuleScale) apart from the other global ones.
func (c *Classifier) ModelFeatureSets(text string, bits, minN uint8, chars, global, rules []uint32) (_, _, _ []uint32, flagged, evidence bool) {
	if len(text) > MaxInputBytes || strings.TrimSpace(text) == "" {
		return chars, global, rules, false, false
	}
	m := &Model{Bits: bits, MinN: minN}
	s := c.newState()
	s.cond = &condInput{mode: "text"}
	var views []view
	s.capture = &views
	s.scanText(text)
	s.capture = nil
	modelViews(views, minN, func(h uint64, _ int32) { chars = append(chars, m.index(h)) })
	s.globalFeatures(views, func(h uint64) { global = append(global, m.index(h)) }, func(h uint64) { rules = append(rules, m.index(h)) })
	evidence = s.weakRuleEvidence()
	s.thirdPartyViews(views) // after the features, as in scanText: the model does not see them
	v := c.finish(s, "", levelAllow)
	c.release(s)
	return chars, global, rules, v.Verdict != "allow", evidence
}

// ModelScore is the classifier's model score of text (raw and calibrated),
// whatever the thresholds; ok is false without a model or for text the
// classifier refuses (empty, too large).
func (c *Classifier) ModelScore(text string) (ModelScore, bool) {
	if c.model == nil || len(text) > MaxInputBytes || strings.TrimSpace(text) == "" {
		return ModelScore{}, false
	}
	s := c.newState()
	s.cond = &condInput{mode: "text"}
	var views []view
	s.capture = &views
	s.scanText(text)
	s.capture = nil
	raw := c.model.rawScore(s, views)
	c.release(s)
	return ModelScore{Raw: raw, Prob: c.model.Prob(raw)}, true
}

// rawScore is the model's raw score of the scanned text.
func (m *Model) rawScore(s *scanState, views []view) float32 {
	s.model.global, s.model.rules = s.model.global[:0], s.model.rules[:0]
	s.globalFeatures(views, func(h uint64) { s.model.global = append(s.model.global, m.index(h)) },
		func(h uint64) { s.model.rules = append(s.model.rules, m.index(h)) })
	s.model.ruleFindings = len(s.findings)
	return m.score(views, s.model.global, s.model.rules, &s.model)
}

// initModelTables assigns this file's tables (buildTables, on first use).
func initModelTables() {
	secondPerson = map[string]bool{
		"you": true, "your": true, "yours": true, "yourself": true, "u": true, "du": true, "dich": true, "dir": true, "dein": true,
		"deine": true, "ihr": true, "sie": true, "tu": true, "te": true, "toi": true, "vous": true, "votre": true, "ton": true, "ta": true,
		"usted": true, "tú": true, "tus": true, "tuo": true, "ti": true, "voi": true, "você": true, "ты": true, "тебя": true,
		"вы": true, "вас": true, "твой": true, "anda": true, "kamu": true, "sen": true, "siz": true, "bạn": true, "आप": true, "तुम": true,
		"أنت": true, "আপনি": true, "wewe": true, "คุณ": true,
	}
	secondPersonFirst = func() (f [128]bool) {
		for w := range secondPerson {
			if w[0] < utf8.RuneSelf {
				f[w[0]] = true
			}
		}
		return f
	}()
	for w := range secondPerson {
		if w[0] < utf8.RuneSelf {
			secondPersonEnds[w[0]] |= secondPersonEnd(w[len(w)-1])
		}
	}
}
