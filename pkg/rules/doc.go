// Package rules implements Cloudflare's Rules language (the wirefilter
// syntax used by WAF custom rules, rate limiting rules and transform rules):
// a parser, the field and function scheme, a type checker with positioned
// errors, a compiled evaluator, a canonical printer and analysis helpers.
// It has no dependency outside the standard library.
//
// # Entry points
//
//	Parse(src) (Node, error)                 syntax only; ErrorList with one positioned error
//	Check(src, Options) (*Checked, error)    parse + fields, functions, types, plan, phase, limits
//	Compile(src, Options) (*Program, error)  Check + prepared regexes, sets, CIDRs, wildcards
//	(*Program).Eval(*Request, ListResolver)  bool; safe for concurrent use
//	Print(Node) string                       canonical form; Parse(Print(n)) is Equal to n
//	CheckExpression(src, Options) Report     JSON-ready report for `waf_intelligence expr check`
//	Analyze, FieldsUsed, FunctionsUsed, ConstValue, Contains, EstimateCost
//	Fields, LookupField, Functions, LookupFunction, KnownPhases, ParsePlan
//
// # CLI contract
//
// `waf_intelligence expr check [--phase P] [--plan free|pro|business|enterprise] EXPR`
// builds Options{Phase: P, Plan: ParsePlan(plan)}, calls CheckExpression,
// prints the Report as JSON and exits 1 when Report.Valid is false:
//
//	{"valid":false,"canonical":"","errors":[{"line":1,"column":1,
//	 "message":"unknown field http.request.path — did you mean http.request.uri.path?",
//	 "hint":"see the fields reference: …"}],"warnings":[],"fields":[],"functions":[],
//	 "cost":{"length":25,"length_limit":4096,…}}
//
// # Language
//
// Fields are dotted names whose segments may start with a digit
// (cf.response.1xxx_code), with ["key"], [0] and [*] accesses. Strings are
// quoted ("\" \\ \xHH \OOO" escapes) or raw (r"…", r#"…"#, up to 255 #);
// on the right of matches/~ a quoted string keeps every escape except \"
// (regex escaping rules). Integers are decimal, 0x hex or 0-prefixed octal; IPv4,
// IPv6, CIDRs (host bits zero) and ranges (80..443, 192.0.2.1..192.0.2.9) appear in sets
// {…}; named lists are $name (dots allowed: $cf.open_proxies); byte
// strings aa:bb:cc are accepted. Comparison operators: eq ne lt le gt ge
// contains matches wildcard "strict wildcard" in & (bitwise_and) and
// == != < <= > >= ~. Logical operators, tightest first: not/!, and/&&,
// xor/^^, or/||; all left-associative; parentheses nest up to 128 levels.
//
// # Semantics
//
// A comparison on a missing value (absent map key, index out of range,
// function of a missing value) is false, whichever the operator; `not`
// negates that false. wildcard is ASCII case-insensitive, strict wildcard
// case-sensitive, both match the whole value; `\*` and `\\` are the only
// escapes and `**` is invalid. [*] maps the enclosing expression over an
// array (or a map's values) and is only allowed in the first argument of
// a function call; any() is false and all() true on an empty array, both
// are false on a missing one. A function mapped over [*] without a
// trailing [*] yields an array, usable by join(), len() and concat().
// Lists are resolved through ListResolver.
// Fields a Request struct does not carry are read from Request.Fields.
//
// # Limits
//
// Inputs over 16 KB are refused before parsing; expressions over 4,096
// characters, with more than 64 regular expressions (a third-party figure,
// configurable with Options.MaxRegex) or nested deeper than 128 levels are
// rejected. matches needs a Business or Enterprise plan when Options.Plan
// is set; fields and functions carry their documented plan and phase
// availability, including the rate limiting field restrictions below the
// Enterprise plan. Options.Lists, when given, makes unknown lists and
// lists of the wrong kind errors.
//
// # Regular expressions
//
// Cloudflare uses the Rust regex crate with Unicode disabled. Patterns are
// checked against the Rust rules with specific errors for look-around,
// backreferences, \Z, atomic groups and inline comments, and Unicode classes
// without (?u). Rust spellings Go lacks (\u007F, \u{7F}, \U0000007F, the u
// flag) are translated. Rust-only features this package cannot evaluate —
// class set operations (&& -- ~~), nested classes, the x and R flags, \<
// \> and \b{…} — are refused with an explicit message rather than
// evaluated wrongly. Remaining difference: Rust matches `.` and negated
// classes against single bytes, Go against UTF-8 characters.
package rules
