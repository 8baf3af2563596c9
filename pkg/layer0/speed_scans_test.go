package layer0

import (
	"math/rand"
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
// their first four bytes, separators that are not words).
func TestFloodAsBefore(t *testing.T) {
	var texts []string
	for _, text := range differentialTexts(t) {
		for _, v := range normalize(text).views {
			texts = append(texts, v.text)
		}
	}
	rng := rand.New(rand.NewSource(13))
	words := []string{"ok", "okay", "stop", "stops", "stopping", "token", "tokens", "日本", "!!"}
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
	found := 0
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
	}
	if found < 100 {
		t.Fatalf("only %d texts with a repeated word", found)
	}
	t.Logf("%d texts, %d with a repeated word", len(texts), found)
}
