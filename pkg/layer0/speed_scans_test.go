package layer0

import (
	"bytes"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// floodBefore is flood as it was: word runs counted pair by pair.
func floodBefore(text string, ws []wordAt) (string, bool) {
	var prev rune
	run, start := 0, 0
	for i, r := range text {
		if r == ' ' {
			continue
		}
		if r == prev && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("=-_*#~.─═━·•", r) {
			run++
			if run >= 48 {
				return "run of " + string(r) + " from byte " + itoaInt(start), true
			}
			continue
		}
		prev, run, start = r, 1, i
	}
	rep := 1
	for i := 1; i < len(ws); i++ {
		if ws[i].key == ws[i-1].key && firstWord(text[ws[i].pos:]) == firstWord(text[ws[i-1].pos:]) {
			rep++
			if rep >= 24 {
				return "word " + clip(firstWord(text[ws[i].pos:]), 24) + " repeated 24 times", true
			}
		} else {
			rep = 1
		}
	}
	return "", false
}

// flood answers as before on the differential texts, their views, and
// texts made of runs of a few words (runs of 20 to 30, words that share
// their first four bytes, separators that are not words) and symbols.
func TestFloodAsBefore(t *testing.T) {
	var texts []string
	for _, text := range differentialTexts(t) {
		for _, v := range normalize(text).views {
			texts = append(texts, v.text)
		}
	}
	rng := rand.New(rand.NewSource(13))
	words := []string{"ok", "okay", "stop", "stops", "stopping", "token", "tokens", "日本", "!!", "★★", "?", "=="}
	seps := []string{" ", " ", ", ", ". ", "\n", " - "}
	for i := 0; i < 4000; i++ {
		var b strings.Builder
		for k := rng.Intn(5); k >= 0; k-- {
			w := words[rng.Intn(len(words))]
			for n := 20 + rng.Intn(12); n > 0; n-- {
				b.WriteString(w)
				b.WriteString(seps[rng.Intn(len(seps))])
			}
		}
		texts = append(texts, b.String())
	}
	for i := 0; i < 2000; i++ { // runs of one symbol, spaces allowed between
		var b strings.Builder
		b.WriteString("see ")
		sym := []string{"!", "?", "=", "★", "═", "\n", "\t", ","}[rng.Intn(8)]
		for n := 40 + rng.Intn(16); n > 0; n-- {
			b.WriteString(sym)
			if rng.Intn(4) == 0 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(" ok")
		texts = append(texts, b.String())
	}
	found, symbols := 0, 0
	for _, text := range texts {
		ws, _ := indexWords(text)
		span, ok := flood(text, ws)
		span0, ok0 := floodBefore(text, ws)
		releaseWords(ws)
		if span != span0 || ok != ok0 {
			t.Fatalf("%q: flood %q %v, before %q %v", text, span, ok, span0, ok0)
		}
		if ok && strings.HasPrefix(span, "word ") {
			found++
		}
		if ok && strings.HasPrefix(span, "run ") {
			symbols++
		}
	}
	if found < 100 || symbols < 100 {
		t.Fatalf("only %d texts with a repeated word, %d with a run of symbols", found, symbols)
	}
	t.Logf("%d texts, %d with a repeated word, %d with a run of symbols", len(texts), found, symbols)
}

// opWordsOfBefore and opSentenceEndBefore are the concept detectors'
// scanners as they were, byte class by comparisons (dashes between words
// split them: "debug you—paste").
func opWordsOfBefore(s string, dst []string) []string {
	s = strings.NewReplacer("\u2013", " ", "\u2014", " ", "\u2015", " ").Replace(s)
	wordByte := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '\'' ||
			c == '.' || c == '/' || c == ':' || c >= 0x80
	}
	trimByte := func(c byte) bool { return c == '.' || c == ':' || c == '/' || c == '-' || c == '\'' }
	i := 0
	for i < len(s) {
		for i < len(s) && !wordByte(s[i]) {
			i++
		}
		start, upper := i, false
		for i < len(s) && wordByte(s[i]) {
			upper = upper || s[i] >= 'A' && s[i] <= 'Z'
			i++
		}
		w := s[start:i]
		for len(w) > 0 && trimByte(w[0]) && !opDotfile(w) {
			w = w[1:]
		}
		for len(w) > 0 && trimByte(w[len(w)-1]) {
			w = w[:len(w)-1]
		}
		if len(w) > 2 && w[len(w)-2] == '\'' && w[len(w)-1] == 's' {
			w = w[:len(w)-2]
		}
		if w == "" {
			continue
		}
		if upper {
			w = strings.ToLower(w)
		}
		dst = append(dst, w)
	}
	return dst
}

func opSentenceEndBefore(text string, start int) int {
	for i := start; i < len(text); i++ {
		switch text[i] {
		case '!', '?', ';', '\n':
			return i
		case ' ':
			// a folded line's list item, heading or rule line
			if i > start && i+3 < len(text) {
				switch m, n, o := text[i+1], text[i+2], text[i+3]; {
				case (m == '*' || m == '#') && (n == ' ' || n == m), m == '-' && n == ' ', (m == '-' || m == '=') && n == m && o == m:
					return i
				}
			}
		case '.':
			if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\t' || text[i+1] == '"' {
				return i
			}
		}
	}
	return len(text)
}

// The concept detectors' scanners split as before: the differential texts
// (as given and normalised), and random texts of the bytes they class.
func TestOpScannersAsBefore(t *testing.T) {
	var texts []string
	for _, text := range differentialTexts(t) {
		texts = append(texts, text)
		for _, v := range normalize(text).views {
			texts = append(texts, v.text)
		}
	}
	rng := rand.New(rand.NewSource(5))
	alphabet := []string{"a", "Z", "0", "_", "-", "'", "'s", ".", "/", ":", " ", "\t", "\"", "!", "?", ";", "\n", ",", "é", "\xff", "IP", "0.0.0.0/0", "x.example.com.", "\u2014", "\u2013", "\xe2\x80"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := rng.Intn(30); n > 0; n-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for c := 0; c < 256; c++ {
		texts = append(texts, "a"+string(rune(c))+"b "+string([]byte{byte(c)})+"x"+string([]byte{byte(c)}))
	}
	for _, text := range texts {
		got, want := opWordsOf(text, nil), opWordsOfBefore(text, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: words %q, before %q", text, got, want)
		}
		for start := 0; start <= len(text); start++ {
			if got, want := opSentenceEnd(text, start), opSentenceEndBefore(text, start); got != want {
				t.Fatalf("%q from %d: sentence ends at %d, before %d", text, start, got, want)
			}
			if start > 64 {
				start += 7 // long texts: every eighth start
			}
		}
	}
}

// separatedLettersBefore is separatedLetters without its filter.
func separatedLettersBefore(s string) (string, bool) {
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

// separatedLetters answers as before: on the differential texts' views,
// and random texts dense in single letters and separators (every byte from
// 0 to 255 among them).
func TestSeparatedLettersAsBefore(t *testing.T) {
	var texts []string
	for _, text := range differentialTexts(t) {
		for _, v := range normalize(text).views {
			texts = append(texts, v.text)
		}
	}
	rng := rand.New(rand.NewSource(8))
	alphabet := []string{"a", "i", "z", "ab", "-", ".", "_", "*", "/", "|", "+", "~", " ", ",", "A", "0", "é"}
	seps := "-._*/|+~"
	for i := 0; i < 40000; i++ {
		var b strings.Builder
		for n := rng.Intn(8); n > 0; n-- {
			switch rng.Intn(4) {
			case 0: // a run of single letters, its separator sometimes changing or doubled
				sep := seps[rng.Intn(len(seps))]
				for k := 2 + rng.Intn(6); k > 0; k-- {
					b.WriteByte(byte('a' + rng.Intn(26)))
					if rng.Intn(12) == 0 {
						b.WriteByte('x')
					}
					if k > 1 {
						if rng.Intn(10) == 0 {
							sep = seps[rng.Intn(len(seps))]
						}
						b.WriteByte(sep)
					}
				}
			case 1:
				b.WriteByte(byte(rng.Intn(256)))
			default:
				b.WriteString(alphabet[rng.Intn(len(alphabet))])
			}
		}
		texts = append(texts, b.String())
	}
	views := 0
	for _, text := range texts {
		got, ok := separatedLetters(text)
		want, ok0 := separatedLettersBefore(text)
		if got != want || ok != ok0 {
			t.Fatalf("%q: %q %v, before %q %v", text, got, ok, want, ok0)
		}
		if ok {
			views++
		}
	}
	if views < 100 {
		t.Fatalf("only %d texts have a view", views)
	}
	t.Logf("%d texts, %d views", len(texts), views)
}

// reversedViewBefore is reversedView as it was, a pass of its own.
func reversedViewBefore(s string) (string, bool) {
	var seen [3]string
	hits := 0
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := s[start:i]
			if reversedEnds[w[0]-'a'][w[len(w)-1]-'a'] && reversedWords[w] && w != seen[0] && w != seen[1] {
				seen[hits] = w
				hits++
				if hits >= 3 {
					return reverseRunes(s), true
				}
			}
			start = -1
		}
	}
	return "", false
}

// rot13ViewBefore is rot13View as it was: its own pass for the letters.
func rot13ViewBefore(s string) (string, bool) {
	letters := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			letters++
		}
	}
	if letters < 8 || letters*2 < len(s) {
		return "", false
	}
	if !mentionsROT13(s) && !readsBetterRotatedRef(s) {
		return "", false
	}
	return rot13(s), true
}

// One pass over the words finds what the ROT13 and reversed views found
// in passes of their own: on the differential texts' views (and their
// rotations and reversals), and random texts of words and backwards words.
func TestFoldedWordsAsBefore(t *testing.T) {
	ensureTables()
	var texts []string
	for _, text := range differentialTexts(t) {
		for _, v := range normalize(text).views {
			texts = append(texts, v.text, rot13(v.text), reverseRunes(v.text))
		}
	}
	rng := rand.New(rand.NewSource(21))
	alphabet := []string{"eht", "lla", "erongi", "uoy", "snoitcurtsni", "the", "gur", "naq", "vtaber", "rot13", "a", "zz", " ", " ", "\n", ".", "é", "1"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := rng.Intn(16); n > 0; n-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
			if rng.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	var rot, rev int
	for _, s := range texts {
		r, ok := rot13View(s)
		r0, ok0 := rot13ViewBefore(s)
		if r != r0 || ok != ok0 {
			t.Fatalf("%q: rot13 view %v, before %v", s, ok, ok0)
		}
		v, vok := reversedView(s)
		v0, vok0 := reversedViewBefore(s)
		if v != v0 || vok != vok0 {
			t.Fatalf("%q: reversed view %v, before %v", s, vok, vok0)
		}
		if ok {
			rot++
		}
		if vok {
			rev++
		}
	}
	if rot < 1000 || rev < 1000 {
		t.Fatalf("%d rot13 views and %d reversed views in %d texts", rot, rev, len(texts))
	}
	t.Logf("%d texts: %d rot13 views, %d reversed", len(texts), rot, rev)
}

// leetMixedBefore is leetView's count of tokens that mix letters with
// leetspeak as it was: a pass of its own.
func leetMixedBefore(s string) int {
	mixed := 0
	letters, subs := false, false
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' {
			if letters && subs {
				mixed++
			}
			letters, subs = false, false
			continue
		}
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			letters = true
		case leet[c] != 0 && c != '!' && c != '|':
			subs = true
		case c == '!' && i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z':
			subs = true
		}
	}
	return mixed
}

// The pass over the words counts the leetspeak tokens and the separators
// between single letters as the passes of their own did (the separators up
// to the eight that matter).
func TestFoldedWordsCountsAsBefore(t *testing.T) {
	var texts []string
	for _, text := range differentialTexts(t) {
		for _, v := range normalize(text).views {
			texts = append(texts, v.text)
		}
	}
	rng := rand.New(rand.NewSource(34))
	alphabet := []string{"1gn0r3", "4ll", "h3ll0", "i-g-n-o-r-e", "a.l.l", "x_y", "p*r+o", "a", "b", "-", ".", "_", "*", "/", "|", "+", "~", "$", "@", "!", " ", "\n", "2024", "v1.2", "ok"}
	for i := 0; i < 30000; i++ {
		var b strings.Builder
		for n := rng.Intn(24); n > 0; n-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	var leetViews, sepViews int
	for _, s := range texts {
		fw := scanFoldedWords(s)
		if want := leetMixedBefore(s); fw.leetMixed != want {
			t.Fatalf("%q: %d leetspeak tokens, before %d", s, fw.leetMixed, want)
		}
		if got, want := min(fw.separators, 8), separatorsBetweenLetters(s); got != want {
			t.Fatalf("%q: %d separators between letters, before %d", s, got, want)
		}
		if fw.leetMixed >= 2 {
			leetViews++
		}
		if fw.separators >= 8 {
			sepViews++
		}
	}
	if leetViews < 1000 || sepViews < 1000 {
		t.Fatalf("%d leetspeak and %d letter-spacing candidates in %d texts", leetViews, sepViews, len(texts))
	}
}

// isSecondPerson answers as the map it filters: the words of secondPerson
// in upper, lower and mixed case, with a byte changed, and every word of
// the differential texts.
func TestIsSecondPersonAsMap(t *testing.T) {
	ensureTables()
	var words []string
	for w := range secondPerson {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", "a"+w, w[:len(w)-1]+"x", w[:len(w)-1]+"K", w[:len(w)-1]+"\u212a")
	}
	for _, text := range differentialTexts(t) {
		words = append(words, strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })...)
	}
	yes := 0
	for _, w := range words {
		if w == "" {
			continue
		}
		want := secondPerson[strings.ToLower(w)]
		if got := isSecondPerson(w); got != want {
			t.Fatalf("isSecondPerson(%q) = %v, the map says %v", w, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 100 {
		t.Fatalf("only %d second-person words among %d", yes, len(words))
	}
}

// followedByBefore is followedBy as it was: every occurrence tried
// against every word.
func followedByBefore(text, lead string, words []string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], lead)
		if j < 0 {
			return false
		}
		i += j + len(lead)
		for _, w := range words {
			if strings.HasPrefix(text[i:], w) {
				return true
			}
		}
	}
}

// followedBy answers as before: the indirect-injection leads and nouns on
// the differential texts' views, random texts of them, and word lists
// with an empty word.
func TestFollowedByAsBefore(t *testing.T) {
	var texts []string
	for _, text := range differentialTexts(t) {
		for _, v := range normalize(text).views {
			texts = append(texts, v.text)
		}
	}
	rng := rand.New(rand.NewSource(55))
	alphabet := []string{"your ", "the ", "your", "the", "reply", "re", "answer", "summary", "output", "x", " ", "\xff"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := rng.Intn(10); n > 0; n-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	lists := [][]string{replyNouns, {"re", "\xffa"}, {"", "reply"}, nil}
	yes := 0
	for _, text := range texts {
		for _, lead := range []string{"your ", "the "} {
			for _, words := range lists {
				got, want := followedBy(text, lead, words), followedByBefore(text, lead, words)
				if got != want {
					t.Fatalf("followedBy(%q, %q, %q) = %v, before %v", text, lead, words, got, want)
				}
				if got {
					yes++
				}
			}
		}
	}
	if yes < 1000 {
		t.Fatalf("only %d texts followed", yes)
	}
}

// A classifier's automaton finds the indirect-injection prefilter groups
// of a view ("\n" + its text, as scanView scans it) that tpNeedIndex finds
// in the text: on the differential texts' views, and random texts of the
// prefilter words.
func TestClassifierScanFindsPrefilterGroups(t *testing.T) {
	c := newTestClassifier(t)
	if !c.acGroups {
		t.Fatal("the classifier's automaton does not have the prefilter words")
	}
	var texts []string
	for _, text := range differentialTexts(t) {
		for _, v := range normalize(text).views {
			texts = append(texts, v.text)
		}
	}
	ws := tpNeedWords()
	rng := rand.New(rand.NewSource(89))
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for n := rng.Intn(6); n > 0; n-- {
			w := ws[rng.Intn(len(ws))].word
			if rng.Intn(4) == 0 {
				w = w[:rng.Intn(len(w)+1)]
			}
			b.WriteString(w)
			b.WriteString([]string{" ", "", "\n", "x"}[rng.Intn(4)])
		}
		texts = append(texts, b.String())
	}
	words := c.words
	cand, reqs, reqs2, must := make([]uint64, words), make([]uint64, words), make([]uint64, words), make([]uint64, words)
	found := 0
	for _, text := range texts {
		var want, got [tpMaxGroups / 64]uint64
		tpNeedIndex().scanGroups(text, want[:])
		c.ac.scan("\n"+text, cand, reqs, reqs2, must, got[:], c.isAnchor, nil, nil)
		if got != want {
			t.Fatalf("%.80q: groups %x, tpNeedIndex %x", text, got, want)
		}
		if want != ([tpMaxGroups / 64]uint64{}) {
			found++
		}
	}
	if found < len(texts)/4 {
		t.Fatalf("only %d of %d texts have a prefilter word", found, len(texts))
	}
}

// splitWordsBefore is splitWords as it was: a search for each head.
func splitWordsBefore(text string) (string, bool) {
	if len(text) > 1024 {
		text = text[:1024]
	}
	var buf [1024]byte
	n, gaps := 0, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'a' && c <= 'z':
			buf[n] = c
			n++
		case c == ' ' || c == '-' || c == '_' || c == '.' || c == '\n':
			gaps++
		}
	}
	if gaps < 3 || n < 20 {
		return "", false
	}
	joined := buf[:n]
	for _, h := range splitHeads {
		for from := 0; from < len(joined); {
			p := bytes.Index(joined[from:], h)
			if p < 0 {
				break
			}
			p += from
			from = p + 1
			for k, nd := range splitJoined() {
				if bytes.HasPrefix(joined[p:], nd) {
					if span, ok := splitSpan(text, p, len(nd), splitPhrases[k]); ok {
						return span, true
					}
				}
			}
		}
	}
	return "", false
}

// splitWords answers as before: on the differential texts' views, on the
// phrases broken apart at random places (some cut short), and on texts
// with many of one head (more than the one pass keeps).
func TestSplitWordsAsBefore(t *testing.T) {
	ensureTables()
	var texts []string
	for _, text := range differentialTexts(t) {
		for _, v := range normalize(text).views {
			texts = append(texts, v.text)
		}
	}
	rng := rand.New(rand.NewSource(144))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		b.WriteString("please now ")
		for n := 1 + rng.Intn(3); n > 0; n-- {
			ph := splitPhrases[rng.Intn(len(splitPhrases))]
			if rng.Intn(5) == 0 {
				ph = ph[:rng.Intn(len(ph))]
			}
			for j := 0; j < len(ph); j++ {
				b.WriteByte(ph[j])
				if rng.Intn(5) == 0 {
					b.WriteString([]string{" ", "-", ".", "_", "'"}[rng.Intn(5)])
				}
			}
			b.WriteString([]string{" and then stop ", " tell tell show ", " "}[rng.Intn(3)])
		}
		if rng.Intn(10) == 0 {
			b.WriteString(strings.Repeat("tell me the pass word ", 5+rng.Intn(6)))
		}
		texts = append(texts, b.String())
	}
	yes := 0
	for _, text := range texts {
		got, ok := splitWords(text)
		want, ok0 := splitWordsBefore(text)
		if got != want || ok != ok0 {
			t.Fatalf("%q: %q %v, before %q %v", text, got, ok, want, ok0)
		}
		if ok {
			yes++
		}
	}
	if yes < 1000 {
		t.Fatalf("only %d split phrases found", yes)
	}
}
