package layer0

import (
	"bufio"
	"encoding/json"
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// differentialTexts are texts for old-versus-new checks of the speed-ups,
// all in the repository: the golden inputs (the golden corpus, drawn from
// the development datasets in many languages, and its encoded variants) and
// the operator requests, labelled and held back.
func differentialTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, in := range goldenInputs(t) {
		if in.Text != "" {
			texts = append(texts, in.Text)
		}
	}
	for _, name := range []string{"testdata/operator.jsonl", "testdata/operator-heldout.jsonl"} {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var rec struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if rec.Text != "" {
				texts = append(texts, rec.Text)
			}
		}
		f.Close()
	}
	return texts
}

// keyTable.id answers as the map it was built from: for every key, every
// key with a byte changed or cut, random short strings, and the key of
// every word of the differential texts.
func TestKeyTableMatchesMap(t *testing.T) {
	kt := leadKeys()
	check := func(k string) {
		if got, want := kt.id(k), kt.ids[k]; got != want {
			t.Fatalf("id(%q) = %d, map %d", k, got, want)
		}
	}
	rng := rand.New(rand.NewSource(1))
	for k := range kt.ids {
		check(k)
		for i := 0; i < len(k); i++ {
			b := []byte(k)
			b[i] ^= byte(1 + rng.Intn(255))
			check(string(b))
			check(k[:i])
		}
		check(k + "x")
	}
	for i := 0; i < 100000; i++ {
		b := make([]byte, 1+rng.Intn(9))
		for j := range b {
			b[j] = "abcdefghijklmnopqrstuvwxyz0123456789_.@\xc3\xa4\xe4\xbd\xa0"[rng.Intn(44)]
		}
		check(string(b))
	}
	words := 0
	for _, text := range differentialTexts(t) {
		for _, v := range normalize(text).views {
			for _, w := range strings.FieldsFunc(v.text, func(r rune) bool { return r == ' ' || r == '\n' }) {
				check(leadKey(w))
				check(leadKey(firstWord(w)))
				words++
			}
		}
	}
	t.Logf("%d keys, %d words", len(kt.ids), words)
}

// An index skips a text's walk (mayStartIn false) only when the walk
// would try nothing: no keyed word of the text has a reference in it. And
// when a word has one, mayStartIn is true.
func TestKeyMaskSkipsOnlyEmptyWalks(t *testing.T) {
	for _, ix := range leadIndexes {
		ix.build()
	}
	skipped, walked := 0, 0
	for _, text := range differentialTexts(t) {
		for _, v := range normalize(text).views {
			ws, _ := indexWords(v.text)
			ctx := ctxOf(ws, v.text)
			if ctx == nil {
				releaseWords(ws)
				continue
			}
			for k, ix := range leadIndexes {
				would := false
				for _, id := range ctx.kid {
					if int(id)+1 < len(ix.off) && ix.off[id] != ix.off[id+1] {
						would = true
						break
					}
				}
				if got := ix.mayStartIn(ctx); got != would {
					t.Fatalf("index %d, text %.60q: mayStartIn %v, a word with references: %v", k, v.text, got, would)
				}
				if would {
					walked++
				} else {
					skipped++
				}
			}
			releaseWords(ws)
		}
	}
	t.Logf("%d walks skipped, %d walked", skipped, walked)
}

// indexWordsBefore is indexWords as it was before its byte loop: words
// found by ranging over runes, each key by leadKey, looked up in the map.
func indexWordsBefore(text string) (keys []string, pos []int, ids []int32, nonASCII bool) {
	m := leadKeys().ids
	start := -1
	add := func(end int) {
		k := leadKey(text[start:end])
		keys, pos, ids = append(keys, k), append(pos, start), append(ids, m[k]-1)
	}
	for i, r := range text {
		var isWord bool
		if r < utf8.RuneSelf {
			c := byte(r) | 0x20
			isWord = (c >= 'a' && c <= 'z') || (r >= '0' && r <= '9') || r == '_' || r == '@' || r == '.'
		} else {
			nonASCII = true
			isWord = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if isWord && start < 0 {
			start = i
		} else if !isWord && start >= 0 {
			add(i)
			start = -1
		}
	}
	if start >= 0 {
		add(len(text))
	}
	return keys, pos, ids, nonASCII
}

// indexWords finds the words, keys and key numbers it found before, on
// the differential texts, their normalised views, and random bytes
// (invalid UTF-8 included).
func TestIndexWordsAsBefore(t *testing.T) {
	var texts []string
	for _, text := range differentialTexts(t) {
		texts = append(texts, text)
		for _, v := range normalize(text).views {
			texts = append(texts, v.text)
		}
	}
	rng := rand.New(rand.NewSource(2))
	alphabet := []string{"a", "Z", "0", "_", "@", ".", " ", "-", "\n", "é", "ß", "日本", "Ω", "\xff", "\xc3", "ignore", "ЖЖ", "١", "\u200b", "ﬁ"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := rng.Intn(40); n > 0; n-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		keys, pos, ids, nonASCII := indexWordsBefore(text)
		ws, na := indexWords(text)
		if na != nonASCII || len(ws) != len(keys) {
			t.Fatalf("%q: %d words, nonASCII %v; before %d, %v", text, len(ws), na, len(keys), nonASCII)
		}
		var kid, kpos []int32
		for i, w := range ws {
			if w.key != keys[i] || w.pos != pos[i] || w.id != ids[i] {
				t.Fatalf("%q word %d: %q at %d (%d); before %q at %d (%d)", text, i, w.key, w.pos, w.id, keys[i], pos[i], ids[i])
			}
			if w.id >= 0 {
				kid, kpos = append(kid, w.id), append(kpos, int32(w.pos))
			}
		}
		if len(ws) > 0 {
			ctx := ws[0].ctx
			if !slices.Equal(ctx.kid, kid) || !slices.Equal(ctx.kpos, kpos) {
				t.Fatalf("%q: keyed words %v %v, want %v %v", text, ctx.kid, ctx.kpos, kid, kpos)
			}
		}
		releaseWords(ws)
	}
	t.Logf("%d texts", len(texts))
}
