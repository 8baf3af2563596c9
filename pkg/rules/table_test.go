package rules

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

type tableCase struct {
	line      int
	ok        bool
	opts      Options
	expr      string
	canonical string
	pos       string
	msg       string
}

func loadTable(t *testing.T) []tableCase {
	t.Helper()
	f, err := os.Open("testdata/expressions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []tableCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		head := strings.Split(cols[0], "@")
		c := tableCase{line: n, ok: head[0] == "ok"}
		for _, o := range head[1:] {
			k, v, _ := strings.Cut(o, "=")
			switch k {
			case "plan":
				p, err := ParsePlan(v)
				if err != nil {
					t.Fatalf("line %d: %v", n, err)
				}
				c.opts.Plan = p
			case "phase":
				c.opts.Phase = v
			case "counting":
				c.opts.CountingExpression = true
			default:
				t.Fatalf("line %d: unknown option %q", n, o)
			}
		}
		if head[0] != "ok" && head[0] != "err" {
			t.Fatalf("line %d: kind must be ok or err", n)
		}
		c.expr = strings.ReplaceAll(cols[1], "⏎", "\n")
		if c.ok {
			if len(cols) != 3 {
				t.Fatalf("line %d: ok rows have 3 columns, got %d", n, len(cols))
			}
			c.canonical = cols[2]
			if c.canonical == "=" {
				c.canonical = c.expr
			}
		} else {
			if len(cols) != 4 {
				t.Fatalf("line %d: err rows have 4 columns, got %d", n, len(cols))
			}
			c.pos, c.msg = cols[2], cols[3]
		}
		out = append(out, c)
	}
	return out
}

// TestExpressionTable runs the documented and hand-written expressions:
// valid ones must check cleanly and print canonically (and the canonical
// form must be a fixed point); invalid ones must fail at the given
// position with the given message.
func TestExpressionTable(t *testing.T) {
	cases := loadTable(t)
	if len(cases) < 300 {
		t.Fatalf("table has %d cases, want at least 300", len(cases))
	}
	for _, c := range cases {
		rep := CheckExpression(c.expr, c.opts)
		if c.ok {
			if !rep.Valid {
				t.Errorf("line %d: %q: unexpected errors %v", c.line, c.expr, rep.Errors)
				continue
			}
			if rep.Canonical != c.canonical {
				t.Errorf("line %d: %q: canonical\n got  %s\n want %s", c.line, c.expr, rep.Canonical, c.canonical)
			}
			again := CheckExpression(rep.Canonical, c.opts)
			if !again.Valid || again.Canonical != rep.Canonical {
				t.Errorf("line %d: canonical form %q is not a fixed point: %+v", c.line, rep.Canonical, again)
			}
			continue
		}
		if rep.Valid {
			t.Errorf("line %d: %q: expected error %s %q, got valid %s", c.line, c.expr, c.pos, c.msg, rep.Canonical)
			continue
		}
		found := false
		for _, e := range rep.Errors {
			pos := fmt.Sprintf("%d:%d", e.Line, e.Column)
			if pos == c.pos && strings.Contains(e.Message, c.msg) {
				found = true
			}
			if e.Message == "" || e.Hint == "" {
				t.Errorf("line %d: error without hint: %+v", c.line, e)
			}
		}
		if !found {
			t.Errorf("line %d: %q: want %s %q, got %v", c.line, c.expr, c.pos, c.msg, rep.Errors)
		}
	}
}
