package layer0

import (
	"fmt"

	"github.com/cfplane/cfplane/pkg/expr"
)

// Policy conditions (`when:`) are written in CEL's syntax and evaluated by
// pkg/expr, the CEL subset cfplane's plan invariants use too (no cel-go,
// protobuf or antlr in any server). Over Layer0's input they can name:
//
//	variables    mode text tool action args known mutating rules families categories score
//	operators    ! && || ?: == != < <= > >= in + - * / % ( ) x.field x["key"] x[i]
//	functions    has(args.field) string(x) int(x) double(x) size(x)
//	methods      s.contains(t) s.startsWith(t) s.endsWith(t) s.matches(re)
//	             s.upperAscii() s.lowerAscii() s.trim() x.size() …
//	macros       l.all(x, p) l.exists(x, p) l.filter(x, p) …
//
// Names, arity and the types the checker can see are checked when the
// policy loads (a condition must be boolean; errors name the column). At
// evaluation, a failure (a missing argument, a value of the wrong type)
// makes the condition false, as with CEL; && and || still decide past a
// failing side when the other side decides. Regular expressions given as
// literals compile once, at load.

// condition is one compiled `when:` expression.
type condition struct {
	src string
	prg *expr.Program
}

// maxCondLen bounds what a policy file can ask of the parser (pkg/expr
// also bounds nesting, at 64 levels).
const maxCondLen = 4096

// condSteps bounds one condition's evaluation.
const condSteps = 1_000_000

var condEnv *expr.Env

// compileCondition parses and type-checks src.
func compileCondition(src string) (*condition, error) {
	if len(src) > maxCondLen {
		return nil, fmt.Errorf("longer than %d characters", maxCondLen)
	}
	prg, err := condEnv.Compile(src)
	if err != nil {
		return nil, err
	}
	if t := prg.Type(); t != expr.Bool && t != expr.Dyn {
		return nil, fmt.Errorf("condition must be a boolean expression, got %s", t)
	}
	return &condition{src: src, prg: prg}, nil
}

// eval runs the condition; any evaluation failure counts as false.
func (c *condition) eval(in *condInput) bool {
	v, err := c.prg.EvalVars(in)
	b, ok := v.(bool)
	return err == nil && ok && b
}

// Var gives a condition the value of one of its variables.
func (in *condInput) Var(name string) (any, bool) {
	switch name {
	case "mode":
		// The two modes as constants: boxed without an allocation.
		switch in.mode {
		case "text":
			return "text", true
		case "tool_call":
			return "tool_call", true
		}
		return in.mode, true
	case "text":
		return in.text, true
	case "tool":
		return in.tool, true
	case "action":
		return in.action, true
	case "args":
		if in.args == nil {
			return map[string]any{}, true
		}
		return in.args, true
	case "known":
		return in.known, true
	case "mutating":
		return in.mutating, true
	case "rules":
		return in.list(0, in.rules), true
	case "families":
		return in.list(1, in.families), true
	case "categories":
		return in.list(2, in.cats), true
	case "score":
		return int64(in.score), true
	}
	return nil, false
}

// initCondTables assigns this file's tables (buildTables, on first use).
func initCondTables() {
	condEnv = func() *expr.Env {
		e := expr.NewEnv(map[string]expr.Type{
			"mode": expr.String, "text": expr.String, "tool": expr.String, "action": expr.String, "args": expr.Map,
			"known": expr.Bool, "mutating": expr.Bool, "rules": expr.List, "families": expr.List, "categories": expr.List, "score": expr.Int,
		})
		e.MaxLen = maxCondLen
		e.MaxSteps = condSteps
		return e
	}()
}
