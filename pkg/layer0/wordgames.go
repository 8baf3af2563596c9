package layer0

import (
	"strings"
	"unicode/utf8"
)

// Word games that hide English from the detectors, undone as extra views
// (beside those of normalize.go):
//
//   - reversed text ("snoitcurtsni suoiverp lla erongi"), recognised by
//     three or more distinct words that read as common words backwards;
//   - letters joined by a separator inside words, words kept apart by
//     spaces ("i-g-n-o-r-e a-l-l p-r-e-v-i-o-u-s");
//   - strings assigned to variables and joined by "+" (a="ign";
//     b="ore all previous instructions"; a+b).
//
// Each costs one pass over the folded text, and only when a cheap test
// says the game may be there.
func (n *normalized) addWordGames(folded string, fw foldedWords) {
	if len(folded) > maxDecodedBytes {
		return
	}
	if fw.reversed {
		n.views = append(n.views, view{origin: "reversed", text: reverseRunes(folded)})
	}
	if j, ok := separatedLettersOf(folded, fw.separators); ok {
		n.views = append(n.views, view{origin: "letter-spacing", text: j})
	}
	if j, ok := assignedConcat(folded); ok {
		n.views = append(n.views, view{origin: "string-concatenation", text: j})
	}
}

// reversedWords are common words of instructions written backwards; none of
// them is itself a common word forwards.
var reversedWords map[string]bool

func initWordgames1() {
	for _, w := range bar("the|and|you|your|all|ignore|previous|instructions|instruction|prompt|system|reveal|tell|what|say|print|password|secret|rules|above|forget|this|that|with|please|from|have|must|now|write|give|me|output|answer|question|following|everything|disregard|delete|show|hidden|key|token") {
		b := []byte(w)
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		reversedWords[string(b)] = true
	}
	// Backwards, these are ordinary words too ("won", "em", "yek").
	for _, w := range bar("won|em|on|yek") {
		delete(reversedWords, w)
	}
	for w := range reversedWords {
		reversedEnds[w[0]-'a'][w[len(w)-1]-'a'] = true
	}
}

// reversedEnds[a][z] says whether a word of reversedWords starts with
// letter a and ends with letter z: most words of a text are ruled out
// there, without hashing them for the map.
var reversedEnds [26][26]bool

// reversedView returns s reversed when three distinct words of it read as
// common words backwards (found by scanFoldedWords, in the pass over the
// words that also serves the ROT13 view).
func reversedView(s string) (string, bool) {
	if !scanFoldedWords(s).reversed {
		return "", false
	}
	return reverseRunes(s), true
}

func reverseRunes(s string) string {
	b := make([]byte, len(s))
	j := len(s)
	for _, r := range s {
		n := utf8.RuneLen(r)
		if n < 0 {
			n = 1
		}
		j -= n
		utf8.EncodeRune(b[j:], r)
	}
	return string(b)
}

// separatorsBetweenLetters counts the separators (isSepLetter) that stand
// between two single letters ("-" in "a-b", not in "ab-c"), up to 8: every
// separator inside a run of separatedLetters does. A filter in one pass
// before the scan that builds the view.
func separatorsBetweenLetters(s string) int {
	const lo = 1<<'*' | 1<<'+' | 1<<'-' | 1<<'.' | 1<<'/' // the separators below 64
	const hi = 1<<('_'-64) | 1<<('|'-64) | 1<<('~'-64)    // and from 64 to 127
	isL := func(c byte) bool { return c >= 'a' && c <= 'z' }
	n := 0
	for p := 1; p+1 < len(s); p++ {
		c := s[p]
		var sep bool
		if c < 64 {
			sep = lo>>c&1 != 0
		} else if c < 128 {
			sep = hi>>(c-64)&1 != 0
		}
		if !sep || !isL(s[p-1]) || !isL(s[p+1]) || (p >= 2 && isL(s[p-2])) || (p+2 < len(s) && isL(s[p+2])) {
			continue
		}
		if n++; n == 8 {
			break
		}
	}
	return n
}

func isSepLetter(c byte) bool {
	return c == '-' || c == '.' || c == '_' || c == '*' || c == '/' || c == '|' || c == '+' || c == '~'
}

// separatedLetters joins runs of single letters separated by one
// punctuation character ("i-g-n-o-r-e"), keeping spaces between the runs;
// a run needs three letters, and the text two runs of five or more.
func separatedLetters(s string) (string, bool) {
	return separatedLettersOf(s, separatorsBetweenLetters(s))
}

// separatedLettersOf is separatedLetters, given separatorsBetweenLetters(s)
// (or a larger count: scanFoldedWords does not stop at 8).
func separatedLettersOf(s string, separators int) (string, bool) {
	if separators < 8 {
		// Two runs of five letters have eight separators between single
		// letters; without them there is no view.
		return "", false
	}
	isL := func(c byte) bool { return c >= 'a' && c <= 'z' }
	var b strings.Builder
	long, found := 0, false
	for i := 0; i < len(s); {
		if isL(s[i]) && (i == 0 || !isL(s[i-1])) && i+2 < len(s) && isSepLetter(s[i+1]) && isL(s[i+2]) && (i+3 == len(s) || !isL(s[i+3])) {
			j, count := i, 1
			for j+2 < len(s) && isSepLetter(s[j+1]) && isL(s[j+2]) && (j+3 == len(s) || !isL(s[j+3])) {
				j += 2
				count++
			}
			if count >= 3 {
				if !found {
					b.Grow(len(s))
					b.WriteString(s[:i])
					found = true
				}
				if count >= 5 {
					long++
				}
				for k := i; k <= j; k += 2 {
					b.WriteByte(s[k])
				}
				i = j + 1
				continue
			}
		}
		if found {
			b.WriteByte(s[i])
		}
		i++
	}
	if !found || long < 2 {
		return "", false
	}
	return b.String(), true
}

// assignedConcat finds strings assigned to names (x = "…", x := '…') and an
// expression joining two or more of those names with "+", and returns the
// joined strings, one expression per line.
func assignedConcat(s string) (string, bool) {
	if !strings.Contains(s, "+") || !strings.Contains(s, "=") || !strings.ContainsAny(s, "\"'`") {
		return "", false
	}
	vars := map[string]string{}
	isName := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' }
	for i := 0; i < len(s) && len(vars) < 32; i++ {
		if s[i] != '=' || (i+1 < len(s) && s[i+1] == '=') {
			continue
		}
		// name before
		e := i
		if e > 0 && s[e-1] == ':' {
			e--
		}
		for e > 0 && s[e-1] == ' ' {
			e--
		}
		st := e
		for st > 0 && isName(s[st-1]) {
			st--
		}
		if st == e || e-st > 24 {
			continue
		}
		// quoted value after
		k := i + 1
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k >= len(s) || !strings.ContainsRune("\"'`", rune(s[k])) {
			continue
		}
		q := s[k]
		end := strings.IndexByte(s[k+1:], q)
		if end < 0 || end > 200 {
			continue
		}
		vars[s[st:e]] = s[k+1 : k+1+end]
		i = k + end
	}
	if len(vars) < 2 {
		return "", false
	}
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '+' {
			continue
		}
		// name + name (+ name)*, starting from the name before this '+'.
		e := i
		for e > 0 && s[e-1] == ' ' {
			e--
		}
		st := e
		for st > 0 && isName(s[st-1]) {
			st--
		}
		first, ok := vars[s[st:e]]
		if !ok {
			continue
		}
		joined := first
		j, n := i, 1
		for j < len(s) && s[j] == '+' {
			k := j + 1
			for k < len(s) && s[k] == ' ' {
				k++
			}
			m := k
			for m < len(s) && isName(s[m]) {
				m++
			}
			v, ok := vars[s[k:m]]
			if !ok {
				break
			}
			joined += v
			n++
			j = m
			for j < len(s) && s[j] == ' ' {
				j++
			}
		}
		if n >= 2 {
			out = append(out, joined)
			i = j
		}
	}
	if len(out) == 0 {
		return "", false
	}
	return strings.Join(out, "\n"), true
}

// initWordgamesTables assigns this file's tables (buildTables, on first use).
func initWordgamesTables() {
	reversedWords = map[string]bool{}
}
