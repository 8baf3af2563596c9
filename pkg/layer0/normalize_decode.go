package layer0

import (
	"strings"
	"unicode/utf8"
)

// Decoding views for Caesar shifts, binary ASCII, Morse code, \u{…} escapes
// and HTML character references.

// caesarFirstLetters maps the shape of a word of two to six letters (each
// letter's distance from the first, packed 5 bits a letter as in
// commonWordKey, so that every Caesar shift of a word has the same shape)
// to the first letters, as a bit set (a = bit 0), of the frequent English
// words of commonWordKey with that shape. A word of that shape starting
// with letter w decodes to a common word under the shift w - first letter.
func caesarFirstLetters(shape uint32) uint32 {
	switch shape {
	case 0x24: // be or
		return 1<<('b'-'a') | 1<<('o'-'a')
	case 0x26, 0x2b, 0x38: // in, is, if
		return 1 << ('i' - 'a')
	case 0x2c: // do it
		return 1<<('d'-'a') | 1<<('i'-'a')
	case 0x2d: // my
		return 1 << ('m' - 'a')
	case 0x2e, 0x58c, 0x5c4, 0x645: // an, all, and, are
		return 1 << 0
	case 0x33: // as me
		return 1<<0 | 1<<('m'-'a')
	case 0x32, 0x3a, 0x4e4: // of, on, our
		return 1 << ('o' - 'a')
	case 0x36, 0x5ec, 0xbd01, 0xbe1a: // to, the, that, this
		return 1 << ('t' - 'a')
	case 0x29, 0xb0b8, 0xb70c: // we, what, with
		return 1 << ('w' - 'a')
	case 0x447: // not
		return 1 << ('n' - 'a')
	case 0x510: // how
		return 1 << ('h' - 'a')
	case 0x54d, 0xb548: // for, from
		return 1 << ('f' - 'a')
	case 0x637, 0xc6f4: // you, your
		return 1 << ('y' - 'a')
	case 0x72c: // can
		return 1 << ('c' - 'a')
	case 0x3783090: // please
		return 1 << ('p' - 'a')
	}
	return 0
}

// caesarShifts returns the shifts (bit d set: each letter decodes to the
// letter d places before it) under which the word w of a-z, two to six
// letters long, reads as a frequent English word other than itself.
func caesarShifts(w string) uint32 {
	var shape uint32
	for i := 0; i < len(w); i++ {
		shape = shape<<5 | uint32((w[i]-w[0]+26)%26+1)
	}
	firsts := caesarFirstLetters(shape)
	var shifts uint32
	for firsts != 0 {
		f := 0
		for firsts>>f&1 == 0 {
			f++
		}
		firsts &^= 1 << f
		if d := (int(w[0]-'a') - f + 26) % 26; d != 0 {
			shifts |= 1 << d
		}
	}
	return shifts
}

// plainCommon reports whether the word w of a-z is a frequent English word.
func plainCommon(w string) bool {
	if len(w) > 6 {
		return false
	}
	var key uint32
	for i := 0; i < len(w); i++ {
		key = key<<5 | uint32(w[i]-'a'+1)
	}
	return commonWordKey(key)
}

// nextWord returns the bounds of the first word (run of a-z) of s at or
// after i, or start == len(s) when there is none.
func nextWord(s string, i int) (start, end int) {
	for i < len(s) && (s[i] < 'a' || s[i] > 'z') {
		i++
	}
	start = i
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	return start, i
}

// caesarMinRun is how many consecutive words that are not frequent English
// words a text needs before the Caesar shifts are tried at all: English
// rarely goes that long without one.
const caesarMinRun = 5

// caesarViewOf returns the rendering, under the one Caesar shift that
// reads best, of the part of a folded text that is shifted: the stretch of
// words where that shift turns the most words into frequent English words
// (commonWordKey) net of the words that are frequent English words as
// they are, widened to the neighbouring words up to the nearest frequent
// word or line break. It needs a stretch that gains at least three
// distinct common words, so ordinary English, whose common words are
// common unshifted, gets no view. shift is how far each letter moves back.
func caesarViewOf(s string, fw foldedWords) (text string, shift int, ok bool) {
	if fw.plainRun < caesarMinRun {
		return "", 0, false
	}
	// One pass: a maximum-sum stretch (Kadane) per shift, where a word
	// that decodes to a common word counts +3, a common word as it is -3
	// and any other word of two letters or more -1. The penalties fall on
	// every shift alike, so they are summed once (paid) and a shift's sum
	// takes its share only when one of its words comes.
	var cur, best, upTo [26]int
	var curStart, bestStart, bestEnd [26]int
	paid := 0
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start == len(s) {
			break
		}
		i = end
		w := s[start:end]
		// Letters glued to other scripts are not words (confusable
		// Cyrillic and Greek letters are folded to Latin ones).
		if len(w) < 2 || (start > 0 && s[start-1] >= utf8.RuneSelf) || (end < len(s) && s[end] >= utf8.RuneSelf) {
			continue
		}
		penalty := 1
		if plainCommon(w) {
			penalty = 3
		}
		var shifts uint32
		if len(w) <= 6 {
			shifts = caesarShifts(w)
		}
		for shifts != 0 {
			d := 1
			for shifts>>d&1 == 0 {
				d++
			}
			shifts &^= 1 << d
			c := cur[d] - (paid - upTo[d])
			if c <= 0 {
				c, curStart[d] = 0, start
			}
			cur[d], upTo[d] = c+4-penalty, paid+penalty
			if cur[d] > best[d] {
				best[d], bestStart[d], bestEnd[d] = cur[d], curStart[d], end
			}
		}
		paid += penalty
	}
	d := 0
	for k := 1; k < 26; k++ {
		if best[k] > best[d] {
			d = k
		}
	}
	if best[d] < 8 || !caesarGainsWords(s[bestStart[d]:bestEnd[d]], d) {
		return "", 0, false
	}
	// Widen to the words around that are not common as they are.
	lo, hi := 0, len(s)
	for i := 0; ; {
		start, end := nextWord(s, i)
		if j := strings.IndexByte(s[i:start], '\n'); j >= 0 {
			if i+j < bestStart[d] {
				lo = i + j + 1
			} else if i+j >= bestEnd[d] {
				hi = i + j
				break
			}
		}
		if start == len(s) {
			break
		}
		i = end
		if end <= bestStart[d] && plainCommon(s[start:end]) {
			lo = end
		} else if start >= bestEnd[d] && plainCommon(s[start:end]) {
			hi = start
			break
		}
	}
	b := []byte(strings.TrimSpace(s[lo:hi]))
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = 'a' + (c-'a'+26-byte(d))%26
		}
	}
	return string(b), d, true
}

// caesarGainsWords reports whether s, shifted back by d, has at least
// three distinct frequent English words of two letters or more.
func caesarGainsWords(s string, d int) bool {
	var seen [3]uint32
	n := 0
	for i := 0; n < 3; {
		start, end := nextWord(s, i)
		if start == len(s) {
			break
		}
		i = end
		if end-start < 2 || end-start > 6 || caesarShifts(s[start:end])>>d&1 == 0 {
			continue
		}
		var key uint32
		for k := start; k < end; k++ {
			key = key<<5 | uint32((s[k]-'a'+26-byte(d))%26+1)
		}
		if key != seen[0] && key != seen[1] {
			seen[n] = key
			n++
		}
	}
	return n >= 3
}

// minEncodedGroups is the shortest run of binary groups or Morse letters
// decoded.
const minEncodedGroups = 4

// isBit reports a binary digit.
func isBit(c byte) bool { return c == '0' || c == '1' }

// binaryRuns returns the bytes encoded by the runs in s of at least four
// groups of eight (or seven) binary digits separated by spaces, at most
// maxFragmentsPerRun of them. Every group of printable ASCII has a zero,
// so the scan starts at the first one.
func binaryRuns(s string) [][]byte {
	var out [][]byte
	for i := 0; i < len(s) && len(out) < maxFragmentsPerRun; {
		z := strings.IndexByte(s[i:], '0')
		if z < 0 {
			break
		}
		start := i + z
		for start > i && isBit(s[start-1]) {
			start--
		}
		// A run starts at a group not glued to a preceding word.
		w := bitGroup(s, start)
		if (w != 7 && w != 8) || (start > 0 && isWordByte(s[start-1])) {
			i = start + 1
			for i < len(s) && isBit(s[i]) {
				i++
			}
			continue
		}
		var b []byte
		j := start
		for {
			var v byte
			for k := j; k < j+w; k++ {
				v = v<<1 | (s[k] - '0')
			}
			b = append(b, v)
			j += w
			k := j
			for k < len(s) && s[k] == ' ' {
				k++
			}
			if k == j || bitGroup(s, k) != w {
				break
			}
			j = k
		}
		if len(b) >= minEncodedGroups {
			out = append(out, b)
		}
		i = j
	}
	return out
}

// bitGroup returns the length of the run of binary digits at s[i] when it
// ends the token (end of text or a byte that is not a letter or digit),
// or 0.
func bitGroup(s string, i int) int {
	j := i
	for j < len(s) && isBit(s[j]) {
		j++
	}
	if j < len(s) && isWordByte(s[j]) {
		return 0
	}
	return j - i
}

// morseTree holds the letters and digits of Morse code by their place in
// the binary tree of codes: the root is 1, a dot doubles, a dash doubles
// and adds one ('_' where no letter or digit is).
const morseTree = "__etianmsurwdkgohvf_l_pjbxcyzq__54_3___2_______16_______7___8_90"

// isMorseByte reports a dot or a dash.
func isMorseByte(c byte) bool { return c == '.' || c == '-' }

// morseCode returns the letter or digit of the Morse token at s[i] (dots
// and dashes up to a space or the end of s) and the token's end; ok is
// false when s[i] starts no such token.
func morseCode(s string, i int) (c byte, end int, ok bool) {
	code := 1
	j := i
	for j < len(s) && isMorseByte(s[j]) {
		code <<= 1
		if s[j] == '-' {
			code |= 1
		}
		j++
		if j-i > 6 {
			return 0, j, false
		}
	}
	if j == i || (j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t') {
		return 0, j, false
	}
	if j-i == 6 {
		c = morsePunct(s[i:j])
		return c, j, c != 0
	}
	return morseTree[code], j, morseTree[code] != '_'
}

// morsePunct returns the punctuation mark a six-symbol Morse code stands
// for, or 0.
func morsePunct(code string) byte {
	switch code {
	case ".-.-.-":
		return '.'
	case "--..--":
		return ','
	case "..--..":
		return '?'
	case ".----.":
		return '\''
	case "-.-.--":
		return '!'
	case "---...":
		return ':'
	case "-....-":
		return '-'
	}
	return 0
}

// morseRuns returns the text of the runs in s of at least four Morse
// letters (codes separated by one space; words separated by "/" between
// spaces, or two spaces or more) that read as English
// (morseReadsEnglish), at most maxFragmentsPerRun of them.
//
// The scan jumps from dash to dash: a run that reads as English has one
// (the letters with dots only are e, i, s, h), and dashes are rare in
// prose, while dots end its sentences. From a token with a dash it goes
// back over the tokens before it to where the run starts.
func morseRuns(s string) []string {
	var out []string
	for i := 0; i < len(s) && len(out) < maxFragmentsPerRun; {
		j := strings.IndexByte(s[i:], '-')
		if j < 0 {
			break
		}
		k := i + j
		for k > i && isMorseByte(s[k-1]) {
			k--
		}
		if k > 0 && s[k-1] != ' ' && s[k-1] != '\n' && s[k-1] != '\t' {
			i = i + j + 1
			continue
		}
		for k > i {
			// Spaces, or a slash between spaces, then a token.
			e := k
			for e > i && s[e-1] == ' ' {
				e--
			}
			if e < k && e > i && s[e-1] == '/' {
				e--
				for e > i && s[e-1] == ' ' {
					e--
				}
			}
			t := e
			for t > i && isMorseByte(s[t-1]) {
				t--
			}
			if e == k || t == e || (t > 0 && s[t-1] != ' ' && s[t-1] != '\n' && s[t-1] != '\t') {
				break
			}
			k = t
		}
		text, end, letters := morseRun(s, k)
		if letters >= minEncodedGroups && morseReadsEnglish(text) {
			out = append(out, text)
		}
		i = max(end, k+1)
	}
	return out
}

// morseRun decodes the run of Morse tokens starting at s[i]: its text,
// where it ends and how many letters, digits and punctuation marks it has.
func morseRun(s string, i int) (string, int, int) {
	var b []byte
	letters := 0
	end := i
	for {
		c, e, ok := morseCode(s, i)
		if !ok {
			return string(b), end, letters
		}
		b = append(b, c)
		letters++
		end = e
		// Separator: one space between letters; " / " or two spaces or
		// more between words.
		k := e
		for k < len(s) && s[k] == ' ' {
			k++
		}
		spaces := k - e
		word := spaces >= 2
		if k < len(s) && s[k] == '/' && spaces >= 1 {
			k++
			n := k
			for k < len(s) && s[k] == ' ' {
				k++
			}
			if k == n {
				return string(b), end, letters
			}
			word = true
		} else if spaces == 0 {
			return string(b), end, letters
		}
		if k >= len(s) || !isMorseByte(s[k]) {
			return string(b), end, letters
		}
		if word {
			b = append(b, ' ')
		}
		i = k
	}
}

// morseReadsEnglish reports whether decoded Morse reads as English: it has
// a frequent English word of two letters or more, or it is words of
// letters (twelve at least: longer than the Morse people quote, "sos",
// "hello world") in which every word of two letters or more
// mixes vowels and consonants, never repeats a letter three times running,
// and vowels are a quarter to three fifths of the letters. Dashes and dots
// used as punctuation or rules decode to runs of e, t, i, m, s and o,
// which fail ("eeee", "tttt", "mmm").
func morseReadsEnglish(s string) bool {
	if hasCommonWord(s) {
		return true
	}
	const vowels = 1<<('a'-'a') | 1<<('e'-'a') | 1<<('i'-'a') | 1<<('o'-'a') | 1<<('u'-'a') | 1<<('y'-'a')
	letters, nv := 0, 0
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start == len(s) {
			break
		}
		if start > i && strings.ContainsAny(s[i:start], "0123456789") {
			return false
		}
		i = end
		wv := 0
		for k := start; k < end; k++ {
			wv += vowels >> (s[k] - 'a') & 1
			if k >= start+2 && s[k] == s[k-1] && s[k] == s[k-2] {
				return false
			}
		}
		if end-start >= 2 && (wv == 0 || wv == end-start) {
			return false
		}
		letters += end - start
		nv += wv
	}
	return letters >= 12 && nv*4 >= letters && nv*5 <= letters*3
}

// hasCommonWord reports whether s (a-z words) has a frequent English word
// of two letters or more.
func hasCommonWord(s string) bool {
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start == len(s) {
			return false
		}
		i = end
		if end-start >= 2 && plainCommon(s[start:end]) {
			return true
		}
	}
}

// minSpacedHexGroups is the fewest byte pairs a spaced hex run needs.
const minSpacedHexGroups = 6

// spacedHexRuns returns the bytes encoded by the runs in s of at least
// minSpacedHexGroups two-digit hex groups separated by single spaces or
// commas ("49 67 6e 6f 72 65", "0x49, 0x67"), at most maxFragmentsPerRun of
// them. A run of only decimal digits is a list of numbers, not hex.
func spacedHexRuns(s string) [][]byte {
	var out [][]byte
	group := func(i int) int { // the group's digits start, or -1
		if i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
			i += 2
		}
		if i+1 >= len(s) || !isHexDigit(s[i]) || !isHexDigit(s[i+1]) || i+2 < len(s) && isWordByte(s[i+2]) {
			return -1
		}
		return i
	}
	for i := 0; i < len(s) && len(out) < maxFragmentsPerRun; i++ {
		// A run of printable ASCII starts with a digit: '0' of "0x", or
		// the high digit 2 to 7.
		if c := s[i]; c < '0' || c > '7' || c == '1' || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		g := group(i)
		if g < 0 {
			continue
		}
		var b []byte
		letters := false
		j := i
		for {
			g = group(j)
			if g < 0 {
				break
			}
			letters = letters || s[g] > '9' || s[g+1] > '9'
			b = append(b, hexVal(s[g])<<4|hexVal(s[g+1]))
			j = g + 2
			k := j
			if k < len(s) && s[k] == ',' {
				k++
			}
			if k < len(s) && s[k] == ' ' {
				k++
			}
			if k == j {
				break
			}
			j = k
		}
		if len(b) >= minSpacedHexGroups && letters {
			out = append(out, b)
		}
		i = j
	}
	return out
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// braceEscapes decodes \u{X…} escapes (one to six hex digits), keeping the
// rest of s; nil unless at least four were decoded.
func braceEscapes(s string) []byte {
	return decodeEscapes(s, func(out []byte, s string, i int) ([]byte, int, bool) {
		if !strings.HasPrefix(s[i:], `\u{`) {
			return out, i, false
		}
		j := i + 3
		for j < len(s) && j-i-3 < 6 && isHexDigit(s[j]) {
			j++
		}
		if j == i+3 || j >= len(s) || s[j] != '}' {
			return out, i, false
		}
		r := hexRune(s[i+3 : j])
		if !utf8.ValidRune(r) {
			return out, i, false
		}
		return utf8.AppendRune(out, r), j + 1, true
	})
}

// charRefs decodes numeric HTML character references (&#105; and &#x69;,
// the semicolon optional before a non-digit), keeping the rest of s; nil
// unless at least four were decoded.
func charRefs(s string) []byte {
	return decodeEscapes(s, func(out []byte, s string, i int) ([]byte, int, bool) {
		if !strings.HasPrefix(s[i:], "&#") {
			return out, i, false
		}
		j, hex := i+2, false
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j, hex = j+1, true
		}
		k := j
		for k < len(s) && k-j < 7 && (hex && isHexDigit(s[k]) || !hex && s[k] >= '0' && s[k] <= '9') {
			k++
		}
		if k == j {
			return out, i, false
		}
		var r rune
		if hex {
			r = hexRune(s[j:k])
		} else {
			for _, c := range s[j:k] {
				r = r*10 + c - '0'
			}
		}
		if r <= 0 || !utf8.ValidRune(r) {
			return out, i, false
		}
		if k < len(s) && s[k] == ';' {
			k++
		}
		return utf8.AppendRune(out, r), k, true
	})
}

// hexRune is the value of up to seven hex digits.
func hexRune(h string) rune {
	var r rune
	for i := 0; i < len(h); i++ {
		r = r<<4 | rune(hexVal(h[i]))
	}
	return r
}
