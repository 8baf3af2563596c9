package layer0

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZLexDebug(t *testing.T) {
	fn := os.Getenv("LEXDBG")
	if fn == "" {
		t.Skip()
	}
	f, _ := os.Open(fn)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	m := lexBuild()
	for sc.Scan() {
		text := sc.Text()
		n := normalize(text)
		v := n.views[0].text
		var s lexScratch
		hs := m.lexHits(v, &s)
		var parts []string
		for _, h := range hs {
			a := ""
			if h.ambig {
				a = "~"
			}
			parts = append(parts, fmt.Sprintf("%s%s[%s]", a, conceptNames[h.concept], v[h.start:h.end]))
		}
		fmt.Printf("%s\n   => %s\n", text[:min(len(text), 160)], strings.Join(parts, " "))
	}
}
