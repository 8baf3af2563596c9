package rules

import "unicode/utf8"

// Cost is a rough evaluation-cost and size estimate of an expression.
type Cost struct {
	// Length is the expression's length in characters; LengthLimit is 4,096.
	Length      int `json:"length"`
	LengthLimit int `json:"length_limit"`
	// CanonicalLength is the length of the canonical form.
	CanonicalLength int `json:"canonical_length"`
	// RegexCount counts matches/~ operators and regex_replace calls;
	// RegexLimit is the per-expression limit applied.
	RegexCount int `json:"regex_count"`
	RegexLimit int `json:"regex_limit"`
	// Comparisons, FunctionCalls, Wildcards, ListLookups and ArrayScans count
	// the corresponding constructs.
	Comparisons   int `json:"comparisons"`
	FunctionCalls int `json:"function_calls"`
	Wildcards     int `json:"wildcards"`
	ListLookups   int `json:"list_lookups"`
	ArrayScans    int `json:"array_scans"`
	// Score weighs the constructs: comparison 1, function 2, wildcard 3,
	// list lookup 2, [*] scan 5, regex 10.
	Score int `json:"score"`
}

// EstimateCost computes the cost of a tree.
func EstimateCost(n Node) Cost {
	c := Cost{LengthLimit: MaxExpressionLength, RegexLimit: MaxRegexPerExpression}
	walk(n, func(x Node) {
		switch v := x.(type) {
		case *Compare:
			c.Comparisons++
			switch v.Op {
			case OpMatches:
				c.RegexCount++
			case OpWildcard, OpStrictWildcard:
				c.Wildcards++
			case OpIn:
				if _, ok := v.RHS.(*ListRef); ok {
					c.ListLookups++
				}
			}
		case *Call:
			c.FunctionCalls++
			if v.Name == "regex_replace" {
				c.RegexCount++
			}
			if v.Name == "any" || v.Name == "all" {
				c.ArrayScans++
			}
		}
	})
	canon := Print(n)
	c.CanonicalLength = utf8.RuneCountInString(canon)
	c.Score = c.Comparisons + 2*c.FunctionCalls + 3*c.Wildcards + 2*c.ListLookups + 5*c.ArrayScans + 10*c.RegexCount
	return c
}

// walk calls fn for every node of the tree, parents first.
func walk(n Node, fn func(Node)) {
	if n == nil {
		return
	}
	fn(n)
	switch x := n.(type) {
	case *Logical:
		walk(x.X, fn)
		walk(x.Y, fn)
	case *Not:
		walk(x.X, fn)
	case *Compare:
		walk(x.LHS, fn)
		if x.RHS != nil {
			walk(x.RHS, fn)
		}
	case *Call:
		for _, a := range x.Args {
			walk(a, fn)
		}
	case *Set:
		for _, e := range x.Elems {
			walk(e, fn)
		}
	}
}

// Report is the JSON-ready result of CheckExpression, printed by
// `waf_intelligence expr check`. Errors and Warnings are never null.
type Report struct {
	Valid     bool     `json:"valid"`
	Canonical string   `json:"canonical"`
	Errors    []*Error `json:"errors"`
	Warnings  []*Error `json:"warnings"`
	Fields    []string `json:"fields"`
	Functions []string `json:"functions"`
	Cost      Cost     `json:"cost"`
}

// CheckExpression checks src for opts.Phase and opts.Plan and returns the
// report used by the CLI command
//
//	waf_intelligence expr check [--phase P] [--plan free|pro|business|enterprise] EXPR
//
// which should print the report as JSON and exit 1 when Valid is false.
// Canonical is set only for valid expressions. Fields and Functions list
// what the expression uses (also for invalid but parseable input).
func CheckExpression(src string, opts Options) Report {
	rep := Report{Errors: []*Error{}, Warnings: []*Error{}, Fields: []string{}, Functions: []string{}}
	limit := opts.MaxRegex
	if limit <= 0 {
		limit = MaxRegexPerExpression
	}
	rep.Cost = Cost{Length: utf8.RuneCountInString(src), LengthLimit: MaxExpressionLength, RegexLimit: limit}
	ch, err := Check(src, opts)
	if ch != nil {
		rep.Cost = EstimateCost(ch.Root)
		rep.Cost.Length = utf8.RuneCountInString(src)
		rep.Cost.RegexLimit = limit
		rep.Fields = append(rep.Fields, ch.Fields...)
		rep.Functions = append(rep.Functions, ch.Functions...)
		rep.Warnings = append(rep.Warnings, ch.Warnings...)
	}
	if err != nil {
		if l, ok := err.(ErrorList); ok {
			rep.Errors = append(rep.Errors, l...)
		} else {
			rep.Errors = append(rep.Errors, &Error{Line: 1, Column: 1, Message: err.Error()})
		}
		return rep
	}
	rep.Valid = true
	rep.Canonical = Print(ch.Root)
	return rep
}
