package layer0

import (
	"bytes"
	"math/bits"
	"strings"
)

// The respelled view: the words an instruction needs, written so that a
// detector's patterns miss them but a model reading the text does not.
//   - misspelt or leet ("ignor all previus instrutions", "1gnore", "systm
//     promt"): a word one edit (two for words of ten letters or more) from
//     a word of respellVocab becomes that word;
//   - glued ("ignoreallpreviousinstructions"): a long run of letters that
//     splits wholly into known words is split;
//   - identifiers ("forget_your_rules", "bypass.all.safety.checks",
//     "disableSafetyFilters"): underscores, dots and hyphens between words,
//     and case changes inside one, become spaces when one of the words is
//     an instruction word.
//
// A word that is a known word's inflection ("ignored", "prompts") is not a
// misspelling and stays; so does every word of text that needs none of
// this, and then there is no view.

// originRespelled names the view; originEscapedNewlines the view of a
// text whose line breaks were written as "\n" (normalize.go). Neither is a
// disguise: a finding in them does not count as obfuscation.
const (
	originRespelled       = "respelled"
	originEscapedNewlines = "escaped-newlines"
)

const (
	respellMinWord = 5  // shorter words are not corrected
	respellMaxWord = 24 // longer runs are only split, not corrected
	glueMinRun     = 12 // a shorter run of letters is not split
	glueMaxRun     = 64
)

// respellVocab are the words corrected towards: the instruction words of
// the detectors' patterns, six letters or more (shorter ones have too many
// ordinary neighbours: "rules" and "roles", "prior" and "prion").
var respellVocab []string

// The vocabulary words (at most 64) a word may be a misspelling of, as
// sets of their indexes: by the word's first letter, by its last two
// letters (a misspelling keeps one or the other), and by its length
// (within one letter, two for long words). respellMasks holds each
// vocabulary word's set of letters (bit i for 'a'+i): a word one edit
// away lacks at most one of them and adds at most one.
var (
	respellByFirst [26]uint64
	respellByLast2 [26 * 26]uint64
	respellByLen   [respellMaxWord + 1]uint64
	respellMasks   []uint32
)

// respellByte classes the bytes of a token: letters, digits and leetspeak
// symbols, and the joiners of identifiers.
var respellByte [256]uint8

const (
	rbLetter = 1 << iota
	rbLeet
	rbJoin
)

// respellStop are ordinary words near a vocabulary word.
var respellStop map[string]bool

// glueWords are the words a glued run may split into: ordinary short words
// and the instruction words. identWords are the instruction words that make
// an identifier worth splitting.
var glueWords, identWords map[string]bool

func initRespellTables() {
	respellVocab = bar("ignore|disregard|forget|previous|previously|preceding|instructions|instruction|prompt|system|reveal|" +
		"guidelines|restrictions|override|bypass|directives|directive|safety|filters|password|secret|confidential|developer|" +
		"unrestricted|jailbreak|pretend|initial|original|hidden|commands|everything|disable|policies|limitations|" +
		"settings|configuration|credentials|guardrails|safeguards|unfiltered|uncensored|respond|repeat|anything")
	if len(respellVocab) > 64 {
		panic("layer0: respellVocab has more than 64 words")
	}
	respellMasks = make([]uint32, len(respellVocab))
	for id, w := range respellVocab {
		bit := uint64(1) << id
		respellMasks[id] = letterMask(w)
		respellByFirst[w[0]-'a'] |= bit
		respellByLast2[int(w[len(w)-2]-'a')*26+int(w[len(w)-1]-'a')] |= bit
		for n := respellMinWord; n <= respellMaxWord; n++ {
			if d := n - len(w); d >= -1 && d <= 1 || (d >= -2 && d <= 2 && n >= 10 && len(w) >= 10) {
				respellByLen[n] |= bit
			}
		}
	}
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			respellByte[c] = rbLetter
		case c >= '0' && c <= '9', c == '@', c == '$':
			respellByte[c] = rbLeet
		case c == '_', c == '.', c == '-':
			respellByte[c] = rbJoin
		}
	}
	// Found by running the words of the development data's benign texts
	// through respellWord, and by hand.
	respellStop = set(bar("safely|forge|forgot|developed|construction|constructions|obstruction|obstructions|destruction|" +
		"destructions|instructor|instructors|instructional|directions|precious|reheat|repent|repeal|revel|secrete|systemic|" +
		"restricted|filtered|censored|sittings|fillers|fitters|commends|promote|pretext|respite|dispose")...)
	glueWords = set(bar("a|i|me|my|you|your|yours|the|all|any|and|or|to|of|in|on|at|is|are|be|it|its|now|no|not|do|dont|" +
		"from|with|this|that|these|those|what|tell|show|say|print|give|write|output|above|prior|before|rules|rule|" +
		"ignore|ignoring|forget|disregard|bypass|override|disable|remove|skip|stop|follow|obey|reveal|repeat|previous|" +
		"instructions|instruction|prompt|system|secret|password|key|token|safety|filter|filters|restrictions|mode|admin|" +
		"developer|unrestricted|jailbreak|everything|new|real|true|only|just|must|will|can|please|again|back|out|up|" +
		"initial|original|hidden|guidelines|policy|policies|content|checks|guardrails|ethics|limits|unsafe|access|full")...)
	identWords = set(bar("ignore|forget|disregard|bypass|override|disable|remove|skip|reveal|obey|rules|safety|filter|filters|" +
		"restrictions|guardrails|unsafe|unrestricted|unfiltered|uncensored|jailbreak|instructions|prompt|ethics|limits|" +
		"censorship|policy|checks|safeguards|moderation|refusals|refusal")...)
}

// letterMask is the set of letters of a lower-case ASCII word.
func letterMask[S ~string | ~[]byte](w S) uint32 {
	var m uint32
	for i := 0; i < len(w); i++ {
		c := w[i] - 'a'
		m |= 1 << (c & 31)
	}
	return m
}

// respellCandidate reports whether some vocabulary word could be near the
// word w (ASCII letters, any case), by its first letter, last two letters
// and length: the cheap test before any other.
func respellCandidate(w string) bool {
	n := len(w)
	if n < respellMinWord || n > respellMaxWord {
		return false
	}
	c0, c1, c2 := w[0]|0x20, w[n-2]|0x20, w[n-1]|0x20
	return (respellByFirst[c0-'a']|respellByLast2[int(c1-'a')*26+int(c2-'a')])&respellByLen[n] != 0
}

// respellWord returns the vocabulary word w (lower case, ASCII letters,
// mask its letterMask) is a misspelling of, or "".
func respellWord(w []byte, mask uint32) string {
	n := len(w)
	if n < respellMinWord || n > respellMaxWord {
		return ""
	}
	cand := (respellByFirst[w[0]-'a'] | respellByLast2[int(w[n-2]-'a')*26+int(w[n-1]-'a')]) & respellByLen[n]
	for c := cand; c != 0; c &= c - 1 {
		if respellVocab[bits.TrailingZeros64(c)] == string(w) {
			return "" // a word of its own
		}
	}
	for cand != 0 {
		id := bits.TrailingZeros64(cand)
		cand &= cand - 1
		v := respellVocab[id]
		edits := 1
		if n >= 10 && len(v) >= 10 {
			edits = 2
		}
		if bits.OnesCount32(mask&^respellMasks[id]) > edits || bits.OnesCount32(respellMasks[id]&^mask) > edits {
			continue
		}
		if respellFits(string(w), v) {
			return v
		}
	}
	return ""
}

// respellFits reports whether w, a candidate near v, is a misspelling of v:
// within one edit (two when both have ten letters or more), and not v's
// inflection or a word in its own right.
func respellFits(w, v string) bool {
	if w == v || isInflection(w, v) || isInflection(v, w) {
		return false
	}
	if respellStop[w] {
		return false
	}
	return editsAtMost(w, v, 1) || len(w) >= 10 && len(v) >= 10 && editsAtMost(w, v, 2)
}

// isInflection reports whether w is v with an English ending ("ignored",
// "ignoring", "prompts", "directives", "hiddenly").
func isInflection(w, v string) bool {
	stem := v
	if strings.HasPrefix(w, stem) {
		switch w[len(stem):] {
		case "s", "es", "d", "ed", "ing", "er", "ers", "ly", "al":
			return true
		}
	}
	if strings.HasSuffix(v, "e") {
		stem = v[:len(v)-1]
		if strings.HasPrefix(w, stem) {
			switch w[len(stem):] {
			case "ing", "ion", "ions", "ation", "ations":
				return true
			}
		}
	}
	return false
}

// glueSplit splits a run of lower-case letters wholly into glueWords, the
// fewest words first; ok is false when it does not split, splits into
// fewer than three words, or has no instruction word.
func glueSplit(run string) (string, bool) {
	n := len(run)
	if n < glueMinRun || n > glueMaxRun {
		return "", false
	}
	const maxWordLen = 12
	var best [glueMaxRun + 1]int8 // fewest words for run[:i]; -1 unreachable
	var from [glueMaxRun + 1]int8
	for i := 1; i <= n; i++ {
		best[i] = -1
		for l := 1; l <= maxWordLen && l <= i; l++ {
			if best[i-l] < 0 || !glueWords[run[i-l:i]] {
				continue
			}
			if c := best[i-l] + 1; best[i] < 0 || c < best[i] {
				best[i], from[i] = c, int8(i-l)
			}
		}
	}
	if best[n] < 3 {
		return "", false
	}
	var words []string
	instr := false
	for i := n; i > 0; i = int(from[i]) {
		w := run[from[i]:i]
		if identWords[w] || len(w) >= 6 {
			instr = true
		}
		words = append(words, w)
	}
	if !instr {
		return "", false
	}
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return strings.Join(words, " "), true
}

// respelledView renders clean (the input after cleaning, before case
// folding) with identifiers split, glued runs split and misspelt
// instruction words corrected; ok is false when nothing changed.
func respelledView(clean string) (string, bool) {
	if len(clean) > maxDecodedBytes {
		return "", false
	}
	var b strings.Builder
	changed := false
	last := 0 // clean[:last] is in b
	for i := 0; i < len(clean); {
		if respellByte[clean[i]] == 0 {
			i++
			continue
		}
		j := i
		var cls uint8
		for j < len(clean) && respellByte[clean[j]] != 0 {
			cls |= respellByte[clean[j]]
			j++
		}
		if j-i < respellMinWord {
			i = j
			continue
		}
		tok := clean[i:j]
		var out string
		var ok bool
		switch {
		case cls&rbJoin != 0 || hasCaseChange(tok):
			out, ok = respellToken(tok)
		case cls == rbLetter && len(tok) < glueMinRun && !respellCandidate(tok):
			// No vocabulary word is near: nothing to do.
		default:
			out, ok = respellPart(tok)
		}
		if ok {
			if !changed {
				changed = true
				b.Grow(len(clean) + 16)
			}
			b.WriteString(clean[last:i])
			b.WriteString(out)
			last = j
		}
		i = j
	}
	if !changed {
		return "", false
	}
	b.WriteString(clean[last:])
	return fold(b.String()), true
}

// hasCaseChange reports a capital letter after a small one ("ignoreRules").
func hasCaseChange(tok string) bool {
	for i := 1; i < len(tok); i++ {
		if tok[i]-'A' < 26 && tok[i-1]-'a' < 26 {
			return true
		}
	}
	return false
}

// respellToken rewrites one token (a run of respellByte bytes), or reports
// that it stays.
func respellToken(tok string) (string, bool) {
	// Trailing sentence punctuation is not part of the word.
	end := len(tok)
	for end > 0 && (tok[end-1] == '.' || tok[end-1] == '-' || tok[end-1] == '_') {
		end--
	}
	start := 0
	for start < end && (tok[start] == '.' || tok[start] == '-' || tok[start] == '_') {
		start++
	}
	core := tok[start:end]
	if len(core) < respellMinWord {
		return "", false
	}
	var cuts [maxIdentParts + 1]int
	n := identifierParts(core, &cuts)
	if n < 2 || !hasIdentWord(core, cuts[:n+1]) {
		w, ok := respellPart(core)
		if !ok {
			return "", false
		}
		return tok[:start] + w + tok[end:], true
	}
	var b strings.Builder
	b.WriteString(tok[:start])
	for k := 0; k < n; k++ {
		p := core[cuts[k]:cuts[k+1]]
		if p[0] == '_' || p[0] == '.' || p[0] == '-' {
			p = p[1:]
		}
		if k > 0 {
			b.WriteByte(' ')
		}
		if w, ok := respellPart(p); ok {
			b.WriteString(w)
		} else {
			b.WriteString(p)
		}
	}
	b.WriteString(tok[end:])
	return b.String(), true
}

// maxIdentParts bounds the words an identifier is split into.
const maxIdentParts = 16

// identifierParts finds where an identifier splits into words: at
// underscores, dots and hyphens between letters (the joiner starts the
// next part), and before a capital that follows a small letter. It writes
// the parts' starts and the end into cuts and returns how many parts (1:
// no split, or too many parts to be an instruction).
func identifierParts(s string, cuts *[maxIdentParts + 1]int) int {
	n := 1
	cuts[0] = 0
	for i := 1; i < len(s); i++ {
		c := s[i]
		if (c == '_' || c == '.' || c == '-') && i+1 < len(s) && isAlpha(s[i-1]) && isAlpha(s[i+1]) ||
			c-'A' < 26 && s[i-1]-'a' < 26 {
			if n == maxIdentParts {
				return 1
			}
			cuts[n] = i
			n++
		}
	}
	cuts[n] = len(s)
	return n
}

// hasIdentWord reports whether one of the parts of s (split at cuts) is an
// instruction word.
func hasIdentWord(s string, cuts []int) bool {
	var buf [24]byte
	for k := 0; k+1 < len(cuts); k++ {
		p := s[cuts[k]:cuts[k+1]]
		if p[0] == '_' || p[0] == '.' || p[0] == '-' {
			p = p[1:]
		}
		if len(p) < 4 || len(p) > len(buf) {
			continue
		}
		for i := 0; i < len(p); i++ {
			c := p[i]
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if identWords[string(buf[:len(p)])] {
			return true
		}
	}
	return false
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// respellPart corrects one word: leetspeak letters read as letters, a
// glued run split, a misspelling corrected.
func respellPart(p string) (string, bool) {
	if len(p) < respellMinWord || len(p) > glueMaxRun {
		return "", false
	}
	var buf [glueMaxRun]byte
	letters, subs := 0, 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			letters++
		case leet[c] != 0:
			c = leet[c]
			subs++
		default:
			return "", false
		}
		buf[i] = c
	}
	// Leetspeak stands in for a few letters of a word, never most of it
	// (a number or a version string).
	if subs > 2 || subs*3 > letters {
		return "", false
	}
	w := buf[:len(p)]
	if subs > 0 && respellKnown(w) {
		return string(w), true
	}
	if len(w) <= respellMaxWord {
		if v := respellWord(w, letterMask(w)); v != "" {
			return v, true
		}
	}
	if subs == 0 && len(w) >= glueMinRun && !respellKnown(w) && hasGlueAnchor(w) {
		return glueSplit(string(w))
	}
	return "", false
}

// respellKnown reports whether w is a vocabulary or glue word.
func respellKnown(w []byte) bool {
	if glueWords[string(w)] {
		return true
	}
	if len(w) > respellMaxWord {
		return false
	}
	for _, v := range respellVocab {
		if v == string(w) {
			return true
		}
	}
	return false
}

// hasGlueAnchor reports whether a long run holds an instruction word, the
// condition for trying to split it.
func hasGlueAnchor(w []byte) bool {
	for _, a := range [...]string{"ignor", "forget", "disregard", "previous", "instruction", "prompt", "rules", "safety", "bypass", "reveal", "system", "override", "password", "secret", "filter", "restriction"} {
		if bytes.Contains(w, []byte(a)) {
			return true
		}
	}
	return false
}
