package layer0

import (
	"bufio"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// differentialTexts are texts for old-versus-new checks of the speed-ups:
// the golden inputs, and when the development datasets are there
// (../shared/datasets beside the repository), the text of every JSON line
// of their .jsonl files (capped per file).
func differentialTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, in := range goldenInputs(t) {
		if in.Text != "" {
			texts = append(texts, in.Text)
		}
	}
	dir := filepath.Join("..", "..", "..", "shared", "datasets")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.jsonl"))
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for n := 0; n < 400 && sc.Scan(); n++ {
			var rec map[string]any
			if json.Unmarshal(sc.Bytes(), &rec) != nil {
				continue
			}
			for _, v := range rec {
				if s, ok := v.(string); ok && len(s) > 20 && len(s) <= MaxInputBytes {
					texts = append(texts, s)
				}
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
