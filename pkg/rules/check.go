package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// Options select the context an expression is checked for.
type Options struct {
	// Phase is the ruleset phase, e.g. http_request_firewall_custom. Empty:
	// no phase restrictions are checked.
	Phase string
	// Plan is the zone's plan. PlanUnknown: no plan restrictions are checked.
	Plan Plan
	// CountingExpression marks a rate limiting counting expression, where
	// response fields are allowed in http_ratelimit.
	CountingExpression bool
	// MaxRegex overrides MaxRegexPerExpression when > 0.
	MaxRegex int
	// Combined marks an expression that or-s several rules' expressions
	// together to replay them as one (a class split into several rules
	// because of the length limit): the 4096-character limit, which each
	// deployed rule meets on its own, is not checked.
	Combined bool
	// Lists, when not nil, names the account's lists and their kinds
	// ("ip", "hostname", "asn"); references to other lists, or to lists of
	// the wrong kind, are errors. Managed lists ($cf.*) are IP lists and
	// always known.
	Lists map[string]string
}

// Managed IP lists (waf/tools/lists/managed-lists).
var managedLists = map[string]bool{"cf.open_proxies": true, "cf.anonymizer": true, "cf.vpn": true, "cf.malware": true, "cf.botnetcc": true}

// Rate limiting rule expressions may only use some fields below the
// Enterprise plan (waf/rate-limiting-rules, availability by plan).
var rateLimitFieldPlan = map[string]Plan{
	"http.request.uri.path":          PlanFree,
	"cf.client.bot":                  PlanFree,
	"cf.bot_management.verified_bot": PlanFree,
	"http.host":                      PlanPro,
	"http.request.uri":               PlanPro,
	"http.request.full_uri":          PlanPro,
	"http.request.uri.query":         PlanPro,
	"http.request.method":            PlanBusiness,
	"ip.src":                         PlanBusiness,
	"http.user_agent":                PlanBusiness,
}

// vinfo is what the checker knows about a value.
type vinfo struct {
	t       Type
	each    bool   // elementwise value from [*]; t is the element type
	derived bool   // Array produced by mapping a function over [*]; t is the array type
	lit     bool   // literal
	source  string // canonical text of the array [*] iterates
	ok      bool
}

type checker struct {
	src       string
	opts      Options
	errs      ErrorList
	warns     ErrorList
	info      map[Node]vinfo
	fields    map[string]bool
	funcs     map[string]bool
	regexes   map[Node]*regexp.Regexp
	wildcards map[Node]*wildcardPattern
	nRegex    int
	replaces  int

	countingReported bool
}

func rateLimitFieldsFor(p Plan) string {
	var out []string
	for name, need := range rateLimitFieldPlan {
		if need <= p {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// Checked is a parsed and type-checked expression.
type Checked struct {
	Source    string
	Root      Node
	Warnings  ErrorList
	Fields    []string
	Functions []string
	// RegexCount counts matches/~ operators and regex_replace calls.
	RegexCount int
	c          *checker
}

// Check parses and type-checks src. Errors are returned as an ErrorList;
// warnings (deprecated fields, values that can never match) are in
// Checked.Warnings.
func Check(src string, opts Options) (*Checked, error) {
	limit := MaxInputBytes
	if opts.Combined {
		limit = MaxCombinedInputBytes
	}
	root, err := parseLimit(src, limit)
	if err != nil {
		return nil, err
	}
	return checkTree(src, root, opts)
}

func checkTree(src string, root Node, opts Options) (*Checked, error) {
	c := &checker{src: src, opts: opts, info: map[Node]vinfo{}, fields: map[string]bool{},
		funcs: map[string]bool{}, regexes: map[Node]*regexp.Regexp{}, wildcards: map[Node]*wildcardPattern{}}
	if opts.Phase != "" && !isKnownPhase(opts.Phase) {
		c.errorf(0, "accepted phases: "+strings.Join(knownPhases, ", "), "unknown phase %q", opts.Phase)
	}
	if n := utf8.RuneCountInString(src); n > MaxExpressionLength && !opts.Combined {
		off := 0
		for i := 0; i < MaxExpressionLength; i++ {
			_, size := utf8.DecodeRuneInString(src[off:])
			off += size
		}
		c.errorf(off, "split the rule or move values into a list ($name)", "expression is %s characters, the limit is %s", thousands(n), thousands(MaxExpressionLength))
	}
	v := c.checkBool(root, false)
	if v.ok && v.each {
		c.errorf(root.Pos(), "wrap the comparison in any(...) or all(...)", "expression yields an array of booleans (it uses [*]), not a boolean")
	}
	limit := opts.MaxRegex
	if limit <= 0 {
		limit = MaxRegexPerExpression
	}
	if c.nRegex > limit {
		c.errorf(0, "combine patterns with | or use lists and wildcard instead", "expression uses %d regular expressions, the limit is %d", c.nRegex, limit)
	}
	ch := &Checked{Source: src, Root: root, Warnings: c.warns, RegexCount: c.nRegex, c: c}
	for f := range c.fields {
		ch.Fields = append(ch.Fields, f)
	}
	for f := range c.funcs {
		ch.Functions = append(ch.Functions, f)
	}
	sort.Strings(ch.Fields)
	sort.Strings(ch.Functions)
	if len(c.errs) > 0 {
		sort.SliceStable(c.errs, func(i, j int) bool { return c.errs[i].Offset < c.errs[j].Offset })
		return ch, c.errs
	}
	return ch, nil
}

func (c *checker) errorf(off int, hint, format string, args ...any) {
	c.errs = append(c.errs, newError(c.src, off, hint, format, args...))
}

func (c *checker) warnf(off int, hint, format string, args ...any) {
	c.warns = append(c.warns, newError(c.src, off, hint, format, args...))
}

// checkBool checks a boolean expression. eachOK: [*] may appear (inside
// any/all or a mapped function's first argument).
func (c *checker) checkBool(n Node, eachOK bool) vinfo {
	switch x := n.(type) {
	case *Logical:
		a := c.checkBool(x.X, eachOK)
		b := c.checkBool(x.Y, eachOK)
		if !a.ok || !b.ok {
			return vinfo{}
		}
		if a.each != b.each {
			c.errorf(x.OpPos, "use [*] on both sides inside any(...)/all(...), or on neither", "%s combines an array of booleans (from [*]) with a single boolean", x.Op)
			return vinfo{}
		}
		if a.each && a.source != b.source {
			c.errorf(x.OpPos, "[*] can only be used several times on the same array", "%s combines [*] over two different arrays (%s and %s)", x.Op, a.source, b.source)
			return vinfo{}
		}
		v := vinfo{t: TypeBool, each: a.each, source: a.source, ok: true}
		c.info[n] = v
		return v
	case *Not:
		v := c.checkBool(x.X, eachOK)
		c.info[n] = v
		return v
	case *BoolLit:
		v := vinfo{t: TypeBool, ok: true}
		c.info[n] = v
		return v
	case *Compare:
		v := c.checkCompare(x, eachOK)
		c.info[n] = v
		return v
	case nil:
		return vinfo{}
	}
	c.errorf(n.Pos(), "write a comparison such as http.host eq \"example.com\"", "expected a boolean expression")
	return vinfo{}
}

func describeType(v vinfo) string {
	if v.each {
		return "an array element of type " + v.t.String() + " (from [*])"
	}
	return v.t.String()
}

func (c *checker) checkCompare(x *Compare, eachOK bool) vinfo {
	l := c.checkValue(x.LHS, eachOK)
	if !l.ok {
		return vinfo{}
	}
	lhsText := Print(x.LHS)
	if x.Op == OpIsTrue {
		switch {
		case l.each && l.t == TypeBool:
			return vinfo{t: TypeBool, each: true, source: l.source, ok: true}
		case l.derived && l.t == ArrayOf(TypeBool):
			return vinfo{t: TypeBool, each: true, source: l.source, ok: true}
		case !l.each && !l.derived && l.t == TypeBool:
			return vinfo{t: TypeBool, ok: true}
		}
		c.errorf(x.LHS.Pos(), "compare it with an operator, for example "+lhsText+" eq \"value\"", "%s is %s, not a boolean; it needs an operator and a value", lhsText, describeType(l))
		return vinfo{}
	}
	t := l.t
	if l.derived || t.IsContainer() {
		hint := "index it ([0] or [\"key\"]) or use any(" + lhsText + "[*] " + x.Op.String() + " …)"
		if l.derived {
			hint = "add [*] after the function call: " + lhsText + "[*]"
		}
		c.errorf(x.LHS.Pos(), hint, "operators do not accept arrays or maps: %s is %s", lhsText, t)
		return vinfo{}
	}
	out := vinfo{t: TypeBool, each: l.each, source: l.source, ok: true}
	rhsPos := x.OpPos
	if x.RHS != nil {
		rhsPos = x.RHS.Pos()
	}
	opName := x.Op.String()
	switch x.Op {
	case OpEq, OpNe, OpLt, OpLe, OpGt, OpGe:
		if t == TypeBool {
			c.errorf(x.OpPos, "write the field alone ("+lhsText+") or negate it (not "+lhsText+")", "%s is a boolean; booleans cannot be compared with %s", lhsText, opName)
			return vinfo{}
		}
		if !c.literalFits(x.RHS, t, lhsText) {
			return vinfo{}
		}
		if t == TypeIP && x.Op != OpEq && x.Op != OpNe {
			c.warnf(x.OpPos, "use a set with a range instead: "+lhsText+" in {…}", "the documentation lists %s for strings and numbers only; the engine also orders IP addresses", opName)
		}
		c.valueWarnings(x, lhsText)
	case OpContains:
		if t != TypeBytes {
			c.errorf(x.OpPos, "contains works on strings", "%s is %s; contains needs a String", lhsText, t)
			return vinfo{}
		}
		if !c.literalFits(x.RHS, t, lhsText) {
			return vinfo{}
		}
	case OpMatches:
		if t != TypeBytes {
			c.errorf(x.OpPos, "matches works on strings", "%s is %s; matches needs a String", lhsText, t)
			return vinfo{}
		}
		if c.opts.Plan != PlanUnknown && c.opts.Plan < PlanBusiness {
			c.errorf(x.OpPos, "use eq, in, contains, wildcard, starts_with() or ends_with() instead", "matches needs a Business or Enterprise plan (this zone is on the %s plan)", c.opts.Plan)
		}
		c.nRegex++
		rl, ok := x.RHS.(*RegexLit)
		if !ok {
			c.errorf(rhsPos, "write the pattern as a string, preferably raw: r\"^/api/\"", "matches needs a regular expression string")
			return vinfo{}
		}
		re, issue := compileRegex(rl.Pattern)
		if issue != nil {
			c.errorf(rl.Start, issue.hint, "%s", issue.msg)
			return vinfo{}
		}
		c.regexes[x] = re
	case OpWildcard, OpStrictWildcard:
		if t != TypeBytes {
			c.errorf(x.OpPos, opName+" works on strings", "%s is %s; %s needs a String", lhsText, t, opName)
			return vinfo{}
		}
		s, ok := x.RHS.(*StringLit)
		if !ok {
			c.errorf(rhsPos, "write the pattern as a string, for example \"/api/*\"", "%s needs a string pattern", opName)
			return vinfo{}
		}
		w, msg := compileWildcard(s.Value, x.Op == OpStrictWildcard)
		if msg != "" {
			c.errorf(s.Start, "escape a literal star as \\* and a backslash as \\\\ (raw strings help: r\"a\\*b\")", "%s", msg)
			return vinfo{}
		}
		c.wildcards[x] = w
	case OpIn:
		switch r := x.RHS.(type) {
		case *Set:
			if t == TypeBool {
				c.errorf(x.OpPos, "test a boolean field by writing it alone or negated", "%s is a boolean; in needs a String, Integer or IP address", lhsText)
				return vinfo{}
			}
			for _, e := range r.Elems {
				if !c.setElemFits(e, t, lhsText) {
					return vinfo{}
				}
			}
		case *ListRef:
			if t != TypeIP && t != TypeBytes && t != TypeInt {
				c.errorf(x.OpPos, "use lists with ip.src, http.host or ip.src.asnum", "%s is %s; lists hold IP addresses, hostnames or ASNs", lhsText, t)
				return vinfo{}
			}
			if c.opts.Lists != nil || strings.HasPrefix(r.Name, "cf.") {
				kind, known := c.opts.Lists[r.Name]
				if strings.HasPrefix(r.Name, "cf.") {
					kind, known = "ip", managedLists[r.Name]
				}
				want := map[Type]string{TypeIP: "ip", TypeBytes: "hostname", TypeInt: "asn"}[t]
				switch {
				case !known && strings.HasPrefix(r.Name, "cf."):
					c.errorf(r.Start, "managed lists: $cf.open_proxies $cf.anonymizer $cf.vpn $cf.malware $cf.botnetcc", "unknown managed list $%s", r.Name)
				case !known:
					names := make([]string, 0, len(c.opts.Lists))
					for n := range c.opts.Lists {
						names = append(names, n)
					}
					sort.Strings(names)
					hint := "create the list first, or use one of: " + strings.Join(names, ", ")
					if s := suggest(r.Name, names); s != "" {
						c.errorf(r.Start, hint, "unknown list $%s — did you mean $%s?", r.Name, s)
					} else {
						c.errorf(r.Start, hint, "unknown list $%s", r.Name)
					}
				case kind != want:
					c.errorf(r.Start, "compare "+kind+" lists with "+map[string]string{"ip": "ip.src", "hostname": "http.host", "asn": "ip.src.asnum"}[kind],
						"$%s is a list of kind %s, but %s needs a list of kind %s", r.Name, kind, lhsText, want)
				}
			}
			if c.opts.Plan != PlanUnknown && c.opts.Plan < PlanEnterprise {
				if strings.HasPrefix(r.Name, "cf.") {
					c.errorf(r.Start, "use a custom IP list instead", "managed list $%s needs an Enterprise plan", r.Name)
				} else if t != TypeIP {
					kind := "hostname"
					if t == TypeInt {
						kind = "ASN"
					}
					c.errorf(r.Start, "use an inline set { … } instead", "%s lists need an Enterprise plan", kind)
				}
			}
		}
	case OpBitwiseAnd:
		if t != TypeInt {
			c.errorf(x.OpPos, "& works on integers", "%s is %s; & needs an Integer", lhsText, t)
			return vinfo{}
		}
		if !c.literalFits(x.RHS, t, lhsText) {
			return vinfo{}
		}
	}
	return out
}

func litKind(n Node) string {
	switch x := n.(type) {
	case *StringLit:
		return "a string"
	case *IntLit:
		return "an integer"
	case *IPLit:
		if x.Bits >= 0 {
			return "a CIDR"
		}
		return "an IP address"
	case *IntRange:
		return "an integer range"
	case *IPRange:
		return "an IP range"
	case *RegexLit:
		return "a regular expression"
	}
	return "a value"
}

func expectedLit(t Type) string {
	switch t {
	case TypeBytes:
		return "a quoted string"
	case TypeInt:
		return "an integer"
	case TypeIP:
		return "an IP address"
	}
	return t.String()
}

func (c *checker) literalFits(rhs Node, t Type, lhsText string) bool {
	ok := false
	switch rhs.(type) {
	case *StringLit:
		ok = t == TypeBytes
	case *IntLit:
		ok = t == TypeInt
	case *IPLit:
		ok = t == TypeIP
	}
	if !ok {
		c.errorf(rhs.Pos(), "write "+expectedLit(t)+" here", "%s is %s; expected %s, found %s", lhsText, t, expectedLit(t), litKind(rhs))
	}
	return ok
}

func (c *checker) setElemFits(e Node, t Type, lhsText string) bool {
	ok := false
	switch e.(type) {
	case *StringLit:
		ok = t == TypeBytes
	case *IntLit, *IntRange:
		ok = t == TypeInt
	case *IPLit, *IPRange:
		ok = t == TypeIP
	}
	if !ok {
		c.errorf(e.Pos(), "every element of the set must be "+expectedLit(t), "%s is %s; the set element is %s", lhsText, t, litKind(e))
	}
	return ok
}

// valueWarnings flags literal values that can never match a field.
func (c *checker) valueWarnings(x *Compare, lhsText string) {
	f, ok := x.LHS.(*Field)
	if !ok || len(f.Index) > 0 {
		return
	}
	switch r := x.RHS.(type) {
	case *StringLit:
		switch f.Name {
		case "http.request.method":
			if r.Value != asciiUpper(r.Value) {
				c.warnf(r.Start, "write "+QuoteString(asciiUpper(r.Value)), "%s values are uppercase; %s never matches", f.Name, QuoteString(r.Value))
			}
		case "http.request.uri.path", "raw.http.request.uri.path":
			if x.Op == OpEq && r.Value != "" && !strings.HasPrefix(r.Value, "/") {
				c.warnf(r.Start, "write "+QuoteString("/"+r.Value), "%s starts with /; %s never matches", f.Name, QuoteString(r.Value))
			}
		case "http.request.uri.path.extension":
			if strings.HasPrefix(r.Value, ".") || r.Value != asciiLower(r.Value) {
				c.warnf(r.Start, "write "+QuoteString(strings.TrimPrefix(asciiLower(r.Value), ".")), "%s is lowercase without the dot; %s never matches", f.Name, QuoteString(r.Value))
			}
		case "ip.src.country", "ip.geoip.country":
			if len(r.Value) != 2 || r.Value != asciiUpper(r.Value) {
				c.warnf(r.Start, "country codes are two uppercase letters (ISO 3166-1 alpha-2), for example \"GB\"", "%s never matches %s", f.Name, QuoteString(r.Value))
			}
		}
	case *IntLit:
		if f.Name == "cf.threat_score" && ((x.Op == OpGt && r.Value >= 0) || (x.Op == OpGe && r.Value > 0) || (x.Op == OpEq && r.Value != 0)) {
			c.warnf(x.OpPos, "remove the condition or use cf.waf.score", "cf.threat_score is always 0, so this comparison is always false")
		}
	}
}

// checkValue checks a field or function call (with indexes).
func (c *checker) checkValue(n Node, eachOK bool) vinfo {
	var v vinfo
	switch x := n.(type) {
	case *Field:
		v = c.checkField(x)
		if !v.ok {
			return v
		}
		v = c.applyIndexes(v, x.Index, eachOK, x.Name)
	case *Call:
		v = c.checkCall(x)
		if !v.ok {
			return v
		}
		v = c.applyIndexes(v, x.Index, eachOK, Print(&Call{Name: x.Name, Args: x.Args}))
	default:
		c.errorf(n.Pos(), "the left side of a comparison is a field or a function call", "expected a field or a function call")
		return vinfo{}
	}
	if v.ok {
		c.info[n] = v
	}
	return v
}

func (c *checker) checkField(x *Field) vinfo {
	fi := LookupField(x.Name)
	if fi == nil {
		if LookupFunction(x.Name) != nil {
			c.errorf(x.Start, "call it with arguments: "+x.Name+"(…)", "%s is a function, not a field", x.Name)
			return vinfo{}
		}
		hint := "see the fields reference: https://developers.cloudflare.com/ruleset-engine/rules-language/fields/reference/"
		if x.Name == "cf.colo.id" {
			hint = "cf.colo.id is a rate limiting characteristic and cannot be used in expressions"
		}
		if s := suggest(x.Name, fields().names); s != "" {
			c.errorf(x.Start, hint, "unknown field %s — did you mean %s?", x.Name, s)
		} else {
			c.errorf(x.Start, hint, "unknown field %s", x.Name)
		}
		return vinfo{}
	}
	c.fields[fi.Name] = true
	if fi.Deprecated != "" {
		c.warnf(x.Start, "", "%s", fi.Deprecated)
	}
	if c.opts.Phase != "" {
		if fi.ResponseOnly && c.opts.Phase == "http_ratelimit" && !c.opts.CountingExpression {
			c.errorf(x.Start, "move the condition to the rule's counting expression", "response field %s is only allowed in the counting expression of a rate limiting rule", fi.Name)
		} else if !phaseAllowed(fi.Phases, c.opts.Phase) {
			c.errorf(x.Start, "available in: "+strings.Join(fi.Phases, ", "), "field %s is not available in phase %s", fi.Name, c.opts.Phase)
		}
	}
	if c.opts.Phase == "http_ratelimit" && c.opts.Plan != PlanUnknown && c.opts.Plan < PlanEnterprise {
		need, ok := rateLimitFieldPlan[fi.Name]
		if !ok {
			need = PlanEnterprise
		}
		if need > c.opts.Plan {
			c.errorf(x.Start, "on the "+c.opts.Plan.String()+" plan rate limiting rules can use: "+rateLimitFieldsFor(c.opts.Plan),
				"rate limiting rules can use %s only on %s", fi.Name, planLabel(need))
		}
	}
	if c.opts.Phase == "http_ratelimit" && c.opts.CountingExpression && c.opts.Plan != PlanUnknown && c.opts.Plan < PlanBusiness && !c.countingReported {
		c.countingReported = true
		c.errorf(x.Start, "remove the counting expression", "counting expressions need a Business or Enterprise plan")
	}
	if c.opts.Plan != PlanUnknown && fi.Plan > c.opts.Plan {
		addon := ""
		if fi.AddOn {
			addon = " with the corresponding add-on"
		}
		c.errorf(x.Start, "this zone is on the "+c.opts.Plan.String()+" plan", "%s needs %s%s", fi.Name, planLabel(fi.Plan), addon)
	}
	return vinfo{t: fi.Type, ok: true}
}

func (c *checker) applyIndexes(v vinfo, idx []Index, eachOK bool, base string) vinfo {
	var path strings.Builder
	path.WriteString(base)
	for _, ix := range idx {
		switch ix.Kind {
		case IndexEach:
			switch {
			case !eachOK:
				c.errorf(ix.Start, "operators do not accept [*] directly; write any("+base+"[*] … ) or all(…)", "[*] is only allowed in the first argument of a function call")
				return vinfo{}
			case v.derived:
				v = vinfo{t: v.t.Elem(), each: true, source: v.source, ok: true}
			case v.each:
				c.errorf(ix.Start, "use [*] once, on the array you iterate", "[*] applied twice")
				return vinfo{}
			case !v.t.IsContainer():
				c.errorf(ix.Start, "[*] iterates over arrays and maps", "%s is %s; [*] needs an Array or a Map", path.String(), v.t)
				return vinfo{}
			default:
				v = vinfo{t: v.t.Elem(), each: true, source: path.String(), ok: true}
			}
			path.WriteString("[*]")
		case IndexKey:
			if v.derived || v.t.Kind() != KindMap {
				c.errorf(ix.Start, "[\"key\"] applies to maps such as http.request.headers", "%s is %s; it cannot be indexed by a key", path.String(), v.t)
				return vinfo{}
			}
			if strings.HasSuffix(base, "headers") && len(idx) > 0 && ix.Key != asciiLower(ix.Key) {
				c.warnf(ix.Start, "write "+QuoteString(asciiLower(ix.Key)), "header names are lowercase in %s; key %s never matches", base, QuoteString(ix.Key))
			}
			v.t = v.t.Elem()
			path.WriteString("[" + QuoteString(ix.Key) + "]")
		case IndexElem:
			if v.derived || v.t.Kind() != KindArray {
				c.errorf(ix.Start, "[0] applies to arrays", "%s is %s; it cannot be indexed by a number", path.String(), v.t)
				return vinfo{}
			}
			v.t = v.t.Elem()
			path.WriteString(fmt.Sprintf("[%d]", ix.Elem))
		}
	}
	return v
}

func isLiteral(n Node) bool {
	switch n.(type) {
	case *StringLit, *IntLit, *IPLit:
		return true
	}
	return false
}

func isBoolExpr(n Node) bool {
	switch n.(type) {
	case *Logical, *Not, *BoolLit, *Compare:
		return true
	}
	return false
}

func litType(n Node) Type {
	switch n.(type) {
	case *StringLit:
		return TypeBytes
	case *IntLit:
		return TypeInt
	case *IPLit:
		return TypeIP
	}
	return TypeInvalid
}

func funcNames() []string {
	table := functionTable()
	out := make([]string, 0, len(table))
	for n := range table {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func (c *checker) checkCall(x *Call) vinfo {
	fn := LookupFunction(x.Name)
	if fn == nil {
		hint := "see the functions reference: https://developers.cloudflare.com/ruleset-engine/rules-language/functions/"
		if LookupField(x.Name) != nil {
			c.errorf(x.Start, "remove the parentheses", "%s is a field, not a function", x.Name)
		} else if s := suggest(x.Name, funcNames()); s != "" {
			c.errorf(x.Start, hint, "unknown function %s — did you mean %s?", x.Name, s)
		} else {
			c.errorf(x.Start, hint, "unknown function %s", x.Name)
		}
		return vinfo{}
	}
	c.funcs[fn.Name] = true
	if c.opts.Phase != "" && !phaseAllowed(fn.Phases, c.opts.Phase) {
		c.errorf(x.Start, "available in: "+strings.Join(fn.Phases, ", "), "function %s() is not available in phase %s", fn.Name, c.opts.Phase)
	}
	if c.opts.Plan != PlanUnknown && fn.Plan > c.opts.Plan {
		c.errorf(x.Start, "this zone is on the "+c.opts.Plan.String()+" plan", "%s() needs %s", fn.Name, planLabel(fn.Plan))
	}
	if fn.Once {
		c.replaces++
		if c.replaces > 1 {
			c.errorf(x.Start, "use a single regex_replace() or wildcard_replace() per expression", "%s() can be used only once per expression and cannot be combined or nested with regex_replace()/wildcard_replace()", fn.Name)
		}
	}
	// Arity.
	minArgs, maxArgs := 0, 0
	for _, p := range fn.Params {
		if !p.Optional {
			minArgs++
		}
		maxArgs++
		if p.Variadic {
			maxArgs = 1 << 30
		}
	}
	if len(x.Args) < minArgs || len(x.Args) > maxArgs {
		c.errorf(x.Start, "signature: "+fn.Signature, "%s() takes %s, got %d", fn.Name, arityText(minArgs, maxArgs), len(x.Args))
		return vinfo{}
	}
	switch fn.Name {
	case "any", "all":
		a := x.Args[0]
		var v vinfo
		if isBoolExpr(a) {
			v = c.checkBool(a, true)
		} else if !isLiteral(a) {
			av := c.checkValue(a, true)
			if av.ok {
				switch {
				case av.derived && av.t == ArrayOf(TypeBool), av.each && av.t == TypeBool:
					v = vinfo{t: TypeBool, each: true, source: av.source, ok: true}
				case !av.each && !av.derived && av.t == ArrayOf(TypeBool):
					v = vinfo{t: TypeBool, each: true, source: Print(a), ok: true}
				default:
					c.errorf(a.Pos(), "write a comparison over [*], for example "+fn.Name+"(http.request.headers.names[*] == \"x-api-key\")", "%s() needs an Array<Boolean>, got %s", fn.Name, describeType(av))
					return vinfo{}
				}
			}
		} else {
			c.errorf(a.Pos(), "write a comparison over [*], for example "+fn.Name+"(http.request.headers.names[*] == \"x-api-key\")", "%s() needs an Array<Boolean>, got %s", fn.Name, litKind(a))
			return vinfo{}
		}
		if !v.ok {
			return vinfo{}
		}
		if !v.each {
			c.errorf(a.Pos(), "iterate with [*], for example "+fn.Name+"(http.request.headers.names[*] == \"x-api-key\")", "%s() needs an array of booleans; its argument does not use [*]", fn.Name)
			return vinfo{}
		}
		c.info[a] = v
		return vinfo{t: TypeBool, ok: true}
	}
	args := make([]vinfo, len(x.Args))
	for i, a := range x.Args {
		p := fn.Params[min(i, len(fn.Params)-1)]
		switch {
		case isLiteral(a):
			if p.Kind == ArgField {
				c.errorf(a.Pos(), "pass a field such as http.request.uri.path", "argument %d (%s) of %s() must be a field or a function call, not a literal", i+1, p.Name, fn.Name)
				return vinfo{}
			}
			args[i] = vinfo{t: litType(a), lit: true, ok: true}
		case isBoolExpr(a):
			c.errorf(a.Pos(), "signature: "+fn.Signature, "argument %d (%s) of %s() cannot be a comparison", i+1, p.Name, fn.Name)
			return vinfo{}
		default:
			if p.Kind == ArgLiteral {
				c.errorf(a.Pos(), "signature: "+fn.Signature, "argument %d (%s) of %s() must be a literal value", i+1, p.Name, fn.Name)
				return vinfo{}
			}
			av := c.checkValue(a, i == 0)
			if !av.ok {
				return vinfo{}
			}
			if av.derived {
				if e := av.t.Elem(); e != TypeBytes && e != TypeInt {
					c.errorf(a.Pos(), "use it inside any(...) or all(...)", "%s() cannot take %s", fn.Name, av.t)
					return vinfo{}
				}
				// The mapped array is materialised: a plain array argument.
				av = vinfo{t: av.t, ok: true}
			}
			args[i] = av
		}
		if len(p.Types) > 0 {
			found := false
			for _, t := range p.Types {
				if t == args[i].t {
					found = true
				}
			}
			if !found {
				c.errorf(a.Pos(), "signature: "+fn.Signature, "argument %d (%s) of %s() must be %s, got %s", i+1, p.Name, fn.Name, typesText(p.Types), describeType(args[i]))
				return vinfo{}
			}
		}
	}
	ret := fn.Returns
	switch fn.Name {
	case "len":
		t := args[0].t
		if t != TypeBytes && !t.IsContainer() {
			c.errorf(x.Args[0].Pos(), "signature: "+fn.Signature, "len() needs a String or an Array, got %s", describeType(args[0]))
			return vinfo{}
		}
	case "concat":
		first := args[0].t
		for i, a := range args {
			if a.t != first || (first != TypeBytes && first.Kind() != KindArray) {
				c.errorf(x.Args[i].Pos(), "signature: "+fn.Signature, "concat() arguments must all be Strings or all be Arrays of the same type")
				return vinfo{}
			}
			if i > 0 && a.each {
				c.errorf(x.Args[i].Pos(), "move the [*] argument first", "[*] is only allowed in the first argument of a function call")
				return vinfo{}
			}
		}
		ret = first
	}
	if !c.checkFuncLiterals(x, fn) {
		return vinfo{}
	}
	if args[0].each {
		return vinfo{t: ArrayOf(ret), derived: true, source: args[0].source, ok: true}
	}
	return vinfo{t: ret, ok: true}
}

func arityText(minA, maxA int) string {
	switch {
	case maxA == 1<<30:
		return fmt.Sprintf("at least %d arguments", minA)
	case minA == maxA && minA == 1:
		return "1 argument"
	case minA == maxA:
		return fmt.Sprintf("%d arguments", minA)
	}
	return fmt.Sprintf("%d to %d arguments", minA, maxA)
}

func typesText(ts []Type) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.String()
	}
	return strings.Join(parts, " or ")
}

// checkFuncLiterals validates literal arguments with documented ranges.
func (c *checker) checkFuncLiterals(x *Call, fn *FunctionInfo) bool {
	intArg := func(i int) (int64, bool) {
		if i < len(x.Args) {
			if l, ok := x.Args[i].(*IntLit); ok {
				return l.Value, true
			}
		}
		return 0, false
	}
	strArg := func(i int) (string, bool) {
		if i < len(x.Args) {
			if l, ok := x.Args[i].(*StringLit); ok {
				return l.Value, true
			}
		}
		return "", false
	}
	bad := func(i int, hint, format string, args ...any) bool {
		c.errorf(x.Args[i].Pos(), hint, format, args...)
		return false
	}
	switch fn.Name {
	case "cidr":
		if v, _ := intArg(1); v < 1 || v > 32 {
			return bad(1, "use a value between 1 and 32", "cidr() ipv4_network_bits must be between 1 and 32, got %d", v)
		}
		if v, _ := intArg(2); v < 1 || v > 128 {
			return bad(2, "use a value between 1 and 128", "cidr() ipv6_network_bits must be between 1 and 128, got %d", v)
		}
	case "cidr6":
		if v, _ := intArg(1); v < 1 || v > 128 {
			return bad(1, "use a value between 1 and 128", "cidr6() ipv6_network_bits must be between 1 and 128, got %d", v)
		}
	case "split":
		if s, _ := strArg(1); s == "" {
			return bad(1, "use a separator such as \",\"", "split() separator must be a non-empty string")
		}
		if v, _ := intArg(2); v < 1 || v > 128 {
			return bad(2, "use a limit between 1 and 128", "split() limit must be between 1 and 128, got %d", v)
		}
	case "url_decode":
		if s, ok := strArg(1); ok {
			switch s {
			case "", "r", "u", "ur", "ru":
			default:
				return bad(1, "accepted options: \"r\" (recursive), \"u\" (%uXXXX), \"ur\"", "url_decode() options %s are invalid", QuoteString(s))
			}
		}
	case "remove_query_args":
		if f, ok := x.Args[0].(*Field); !ok || (f.Name != "http.request.uri.query" && f.Name != "raw.http.request.uri.query") {
			return bad(0, "pass http.request.uri.query or raw.http.request.uri.query", "remove_query_args() field must be http.request.uri.query or raw.http.request.uri.query")
		}
	case "regex_replace":
		c.nRegex++
		s, _ := strArg(1)
		re, issue := compileRegex(s)
		if issue != nil {
			return bad(1, issue.hint, "%s", issue.msg)
		}
		c.regexes[x] = re
	case "wildcard_replace":
		s, _ := strArg(1)
		w, msg := compileWildcard(s, false)
		if msg != "" {
			return bad(1, "escape a literal star as \\* and a backslash as \\\\", "%s", msg)
		}
		if f, ok := strArg(3); ok && f != "" && f != "s" {
			return bad(3, "use \"s\" for case-sensitive matching", "wildcard_replace() flags must be \"s\", got %s", QuoteString(f))
		}
		c.wildcards[x] = w
	case "bit_slice":
		a, _ := intArg(1)
		b, _ := intArg(2)
		if a < 0 || b <= a || b-a > 32 || b > 2040 {
			return bad(1, "the slice is at most 32 bits and ends before bit 2,040", "bit_slice() offsets %d..%d are invalid", a, b)
		}
	case "encode_base64":
		if f, ok := strArg(1); ok && f != "" && f != "u" {
			return bad(1, "use \"u\" for URL-safe encoding", "encode_base64() flags must be \"u\", got %s", QuoteString(f))
		}
	}
	return true
}
