package rules

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
)

// Cloudflare evaluates regular expressions with the Rust regex crate built
// with Unicode disabled (bytes mode). Go's regexp/syntax accepts nearly the
// same language. translateRegex checks the pattern against the Rust rules,
// reports the constructs Rust rejects (look-around, backreferences, \Z,
// atomic groups) with specific messages, rewrites the Rust-only spellings Go
// lacks (\u escapes, the u flag) and refuses, explicitly, the Rust-only
// features this package cannot evaluate (class set operations and nested
// classes, verbose mode, \< \> and \b{…} boundaries).
//
// Remaining, documented differences: with Unicode disabled Rust's `.` and
// negated classes match single bytes, while Go matches UTF-8 characters
// (invalid bytes count as one character each); Go limits counted
// repetitions to 1,000.

type regexIssue struct {
	off         int // byte offset in the pattern
	msg, hint   string
	unsupported bool
}

func (r *regexIssue) Error() string { return r.msg }

const regexHintRaw = "use a raw string, for example r\"^/api/v[0-9]+/\", to avoid double escaping"

func translateRegex(pat string) (string, *regexIssue) {
	var out strings.Builder
	unicode := false
	classDepth := 0
	classStart := false // just after [ or [^
	for i := 0; i < len(pat); i++ {
		c := pat[i]
		if c == '\\' {
			if i+1 >= len(pat) {
				return "", &regexIssue{off: i, msg: "regular expression ends with a lone backslash", hint: regexHintRaw}
			}
			e := pat[i+1]
			switch {
			case e >= '1' && e <= '9' && classDepth == 0:
				return "", &regexIssue{off: i, msg: fmt.Sprintf("regular expression uses a backreference (\\%c), which Cloudflare's engine does not support", e),
					hint: "Rust regexes have no backreferences; match the repeated text explicitly"}
			case e == 'k' && classDepth == 0:
				return "", &regexIssue{off: i, msg: "regular expression uses a named backreference (\\k), which Cloudflare's engine does not support", hint: "Rust regexes have no backreferences"}
			case e == 'Q' || e == 'E':
				return "", &regexIssue{off: i, msg: "regular expression uses \\Q…\\E quoting, which Cloudflare's engine does not support", hint: "escape each metacharacter with a backslash instead"}
			case e == 'Z':
				return "", &regexIssue{off: i, msg: "regular expression uses \\Z, which Cloudflare's engine does not support", hint: "use \\z or $ for the end of the text"}
			case e == 'u' || e == 'U':
				n, cp, ok := parseUnicodeEscape(pat[i+2:], e)
				if !ok {
					return "", &regexIssue{off: i, msg: fmt.Sprintf("invalid \\%c escape in regular expression", e), hint: "write \\u007F, \\u{7F}, \\U0000007F or \\x{7F}"}
				}
				fmt.Fprintf(&out, `\x{%X}`, cp)
				i += 1 + n
				classStart = false
				continue
			case e == '<' || e == '>' || (e == 'b' && strings.HasPrefix(pat[i+2:], "{")):
				return "", &regexIssue{off: i, unsupported: true, msg: "regular expression uses a Rust word-boundary assertion (\\<, \\> or \\b{…}) that this checker cannot evaluate", hint: "use \\b instead"}
			case (e == 'p' || e == 'P') && !unicode:
				return "", &regexIssue{off: i, msg: "regular expression uses a Unicode class (\\" + string(e) + ") but Cloudflare compiles regular expressions with Unicode disabled",
					hint: "enable Unicode for the pattern with the (?u) flag, for example (?u)\\p{Hangul}+"}
			}
			out.WriteByte(c)
			out.WriteByte(e)
			i++
			classStart = false
			continue
		}
		if classDepth > 0 {
			switch {
			case c == '[' && strings.HasPrefix(pat[i:], "[:"):
				end := strings.Index(pat[i:], ":]")
				if end > 0 {
					out.WriteString(pat[i : i+end+2])
					i += end + 1
					classStart = false
					continue
				}
				return "", &regexIssue{off: i, unsupported: true, msg: "regular expression uses a nested character class, which this checker cannot evaluate", hint: "flatten the class, for example [a-z0-9]"}
			case c == '[':
				return "", &regexIssue{off: i, unsupported: true, msg: "regular expression uses a nested character class, which this checker cannot evaluate", hint: "flatten the class, for example [a-z0-9]"}
			case c == ']' && !classStart:
				classDepth--
			case (c == '&' || c == '-' || c == '~') && i+1 < len(pat) && pat[i+1] == c && !classStart:
				return "", &regexIssue{off: i, unsupported: true, msg: fmt.Sprintf("regular expression uses the class set operation %c%c, which this checker cannot evaluate", c, c),
					hint: "spell the class out, for example [a-cx-z] instead of [a-z--d-w]"}
			}
			if c == '^' && classStart && i > 0 && pat[i-1] == '[' {
				out.WriteByte(c)
				continue
			}
			classStart = false
			out.WriteByte(c)
			continue
		}
		switch c {
		case '[':
			classDepth = 1
			classStart = true
			out.WriteByte(c)
			continue
		case '(':
			if strings.HasPrefix(pat[i:], "(?") {
				rest := pat[i+2:]
				switch {
				case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"), strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"):
					return "", &regexIssue{off: i, msg: "regular expression uses a look-around, which Cloudflare's engine does not support",
						hint: "Rust regexes have no look-ahead or look-behind; combine several conditions with and / not instead"}
				case strings.HasPrefix(rest, ">"):
					return "", &regexIssue{off: i, msg: "regular expression uses an atomic group (?>…), which Cloudflare's engine does not support", hint: "use a plain group (?:…)"}
				case strings.HasPrefix(rest, "P="), strings.HasPrefix(rest, "P>"), strings.HasPrefix(rest, "&"):
					return "", &regexIssue{off: i, msg: "regular expression uses a backreference or subroutine call, which Cloudflare's engine does not support", hint: "Rust regexes have no backreferences"}
				case strings.HasPrefix(rest, "P<"), strings.HasPrefix(rest, "<"):
					// named group: copy as is (Go accepts both spellings)
				case strings.HasPrefix(rest, "#"):
					return "", &regexIssue{off: i, msg: "regular expression uses an inline comment (?#…), which Cloudflare's engine does not support", hint: "remove the comment"}
				default:
					// flags: (?flags) or (?flags:
					j := 0
					for j < len(rest) && rest[j] != ')' && rest[j] != ':' {
						j++
					}
					if j == len(rest) {
						break
					}
					flags := rest[:j]
					var kept strings.Builder
					neg := false
					for _, f := range flags {
						switch f {
						case '-':
							neg = true
							kept.WriteRune(f)
						case 'i', 'm', 's', 'U':
							kept.WriteRune(f)
						case 'u':
							unicode = !neg
						case 'x':
							return "", &regexIssue{off: i, unsupported: true, msg: "regular expression uses the verbose flag x, which this checker cannot evaluate", hint: "remove the whitespace and comments and drop the x flag"}
						case 'R':
							return "", &regexIssue{off: i, unsupported: true, msg: "regular expression uses the CRLF flag R, which this checker cannot evaluate", hint: "drop the R flag"}
						default:
							return "", &regexIssue{off: i, msg: fmt.Sprintf("regular expression uses the unknown flag %q", f), hint: "Rust accepts the flags i m s U u x R"}
						}
					}
					k := strings.TrimSuffix(kept.String(), "-")
					if rest[j] == ')' {
						if k != "" {
							out.WriteString("(?" + k + ")")
						}
					} else {
						if k != "" {
							out.WriteString("(?" + k + ":")
						} else {
							out.WriteString("(?:")
						}
					}
					i += 2 + j
					continue
				}
			}
		}
		out.WriteByte(c)
	}
	goPat := out.String()
	if _, err := syntax.Parse(goPat, syntax.Perl); err != nil {
		msg := err.Error()
		if se, ok := err.(*syntax.Error); ok {
			msg = string(se.Code)
			if se.Expr != "" {
				msg += ": " + se.Expr
			}
		}
		return "", &regexIssue{off: 0, msg: "invalid regular expression: " + msg, hint: regexHintRaw}
	}
	return goPat, nil
}

func parseUnicodeEscape(s string, kind byte) (consumed int, cp int64, ok bool) {
	if strings.HasPrefix(s, "{") {
		end := strings.IndexByte(s, '}')
		if end < 2 {
			return 0, 0, false
		}
		v, err := strconv.ParseInt(s[1:end], 16, 32)
		if err != nil || v > 0x10FFFF {
			return 0, 0, false
		}
		return end + 1, v, true
	}
	n := 4
	if kind == 'U' {
		n = 8
	}
	if len(s) < n {
		return 0, 0, false
	}
	v, err := strconv.ParseInt(s[:n], 16, 64)
	if err != nil || v > 0x10FFFF {
		return 0, 0, false
	}
	return n, v, true
}

// compileRegex validates pat under the Rust rules and compiles it.
func compileRegex(pat string) (*regexp.Regexp, *regexIssue) {
	goPat, issue := translateRegex(pat)
	if issue != nil {
		return nil, issue
	}
	re, err := regexp.Compile(goPat)
	if err != nil {
		return nil, &regexIssue{msg: "invalid regular expression: " + err.Error(), hint: regexHintRaw}
	}
	return re, nil
}
