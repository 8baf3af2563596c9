package wafsynth

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafbenign"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

func splitAlts(s string) []string {
	body := strings.TrimSuffix(strings.TrimPrefix(s, "(?i)("), ")")
	var out []string
	depth, start, inClass := 0, 0, false
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			out = append(out, body[start:i])
			start = i + 1
		}
	}
	return append(out, body[start:])
}

func TestDebugFP(t *testing.T) {
	cls := os.Getenv("DBG_CLASS")
	if cls == "" {
		t.Skip()
	}
	plan, _ := rules.ParsePlan(os.Getenv("DBG_PLAN"))
	set := os.Getenv("DBG_SET")
	sets, _ := wafbenign.Sets()
	src, _ := subject(plan, Fields{})
	var progs []*rules.Program
	alts := splitAlts(classRegex[cls])
	for _, a := range alts {
		p, err := rules.Compile(src+" matches "+rawString("(?i)"+a), rules.Options{Plan: plan})
		if err != nil {
			t.Fatal(a, err)
		}
		progs = append(progs, p)
	}
	n := 0
	for _, s := range sets[set] {
		rq, _ := wafreplay.PrepareFor(s.Request, plan)
		for i, p := range progs {
			if p.Eval(rq, nil) {
				n++
				if n < 40 {
					fmt.Printf("%s ALT %s\n   body=%.200q cookie=%.100q\n", s.ID, alts[i], s.Request.Body, s.Request.Headers["Cookie"]+s.Request.Headers["cookie"])
				}
			}
		}
	}
}
