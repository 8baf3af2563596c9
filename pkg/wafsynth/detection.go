package wafsynth

import (
	"fmt"
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
)

// functionsUsed are the Rules-language transformation functions the class
// rules use; detection checks each one's plan and phase availability with
// pkg/rules so the proposal never relies on one the zone lacks.
var functionsUsed = []string{"url_decode", "join", "concat", "decode_base64", "lookup_json_string"}

func functionAvailable(name string, plan rules.Plan, phase string) bool {
	f := rules.LookupFunction(name)
	if f == nil {
		return false
	}
	if f.Plan != rules.PlanUnknown && plan != rules.PlanUnknown && plan < f.Plan {
		return false
	}
	if f.Phases == nil {
		return true
	}
	for _, p := range f.Phases {
		if p == phase {
			return true
		}
	}
	return false
}

// detection says what the class rules read on plan, what they cannot see
// and what the attack score adds.
func detection(classes []string, plan rules.Plan, f Fields) *Detection {
	d := &Detection{Inspects: []string{}, CannotSee: []string{}}
	scannerOnly := len(classes) == 1 && strings.EqualFold(strings.TrimSpace(classes[0]), ClassScanner)
	if scannerOnly {
		d.Inspects = append(d.Inspects, "http.user_agent (scanner signatures)")
		d.Score = "none: attack scores do not rate scanners; the user agent is matched directly"
		return d
	}
	const phase = "http_request_firewall_custom"
	var missing []string
	for _, fn := range functionsUsed {
		if !functionAvailable(fn, plan, phase) {
			missing = append(missing, fn)
		}
	}
	if plan == rules.PlanFree || plan == rules.PlanPro {
		d.Inspects = append(d.Inspects, "lower(url_decode(http.request.uri, \"ur\")) — the recursively decoded URI, with substring checks (regular expressions need Business or Enterprise)")
		d.CannotSee = append(d.CannotSee,
			"anything outside the URI: headers, cookies, user agent, referer, the body",
			"payloads the substring list does not name (regular expressions need Business or Enterprise)",
			"base64-encoded and JSON-escaped payloads")
		d.Score = "none: WAF attack scores need Business (class) or Enterprise (scores)"
		return d
	}
	d.Inspects = append(d.Inspects,
		"http.request.uri, url_decode(…, \"ur\"): recursive %XX and %uXXXX decoding",
		"cookie values only (http.request.cookies, joined), url-decoded; never cookie names",
		"http.user_agent, http.referer, http.x_forwarded_for, url-decoded",
		"query argument values decoded from base64 (decode_base64 over url_decode(http.request.uri.args.values[*]))")
	for _, h := range f.Headers {
		d.Inspects = append(d.Inspects, "header "+strings.ToLower(strings.TrimSpace(h))+", url-decoded")
	}
	anyHeader := false
	for _, c := range classes {
		if _, ok := anyHeaderRegex[strings.ToLower(strings.TrimSpace(c))]; ok {
			anyHeader = true
		}
	}
	if anyHeader {
		d.Inspects = append(d.Inspects, "sqli, xss, rce, lfi: every header value (http.request.headers.values, url-decoded) for the strongest constructs only (UNION SELECT, quote-then-boolean, time functions; script tags and event handlers; shell functions, substitutions, shells and downloads; traversal and system files); such a match is not counted when the cookie header matches the same pattern, so cookie names never decide")
	}
	if hasClass(classes, ClassRCE) {
		d.Inspects = append(d.Inspects, "rce: every header value for a command name after ; | && or a backtick followed by an option, a path, a variable, a URL or the end of the command")
	}
	var b64 []string
	for _, c := range classes {
		if c = strings.ToLower(strings.TrimSpace(c)); base64TokenRegex(c) != "" {
			b64 = append(b64, c)
		}
	}
	if len(b64) > 0 {
		where := "the URI as sent and every header value (cookies included)"
		if plan == rules.PlanEnterprise || plan == rules.PlanUnknown {
			where += " and the raw body"
		}
		d.Inspects = append(d.Inspects, strings.Join(b64, ", ")+": attack tokens (<script, UNION SELECT, /bin/sh, ../../ …) in base64 at any offset, standard or URL-safe, anywhere in "+where+" — base64 inside a longer value (a JWT segment, a JSON string) that decode_base64 cannot reach")
	}
	if hasClass(classes, ClassRCE) {
		d.Inspects = append(d.Inspects,
			"rce: a user agent that is a command line (a command name and its arguments, no product/version token)",
			"rce: x-filename, x_filename and x-file-name against restricted upload file names (.htaccess, wp-config.*, settings.php, dotfiles with credentials; OWASP CRS 932180's list)")
	}
	d.CannotSee = append(d.CannotSee,
		"sec-ch-*, sec-fetch-*, accept* and cookie names are never inspected with the class patterns (browser grammar such as Chromium's GREASE brands, not free text)",
		"custom headers not named in inspect_headers, except for the strongest constructs of each class (the Rules language cannot select header values by a name pattern)",
		"multipart upload file names (restricted names are checked in the x-filename headers only)",
		"base64 inside a longer value or outside the query and body (decode_base64 needs the whole value to be base64), except the listed attack tokens; base64 of a payload written in unusual case",
		"HTML entities and JavaScript \\uXXXX escapes outside JSON bodies are not decoded (no Rules function does); entity-encoded tags, javascript: and handlers are matched as written",
		"overlong UTF-8 is not decoded: its %-encoded forms of each class's key characters (dots and slashes, <, quote, shell separators) are matched as sent, in an attack's context, in the URI, header values and raw body; other encodings than %XX, %uXXXX and base64 are not decoded (the Rules language has no other decoder)")
	if plan == rules.PlanEnterprise || plan == rules.PlanUnknown {
		d.Inspects = append(d.Inspects,
			"http.request.body.form.values, url-decoded (form posts)",
			"http.request.body.multipart.values: each part's value without its framing",
			"http.request.body.raw, url-decoded (JSON, XML, text), and decoded from base64 when the whole body is base64")
		for _, k := range f.JSONKeys {
			d.Inspects = append(d.Inspects, "JSON key "+strings.TrimSpace(k)+" via lookup_json_string (JSON escapes such as \\u0027 undone)")
		}
		d.CannotSee = append(d.CannotSee,
			"bodies beyond the first 128 KB (http.request.body.truncated)",
			"JSON strings whose letters are \\u-escaped, outside json_keys: the raw body is read as sent and no Rules function but lookup_json_string (which needs a named key) undoes \\u escapes; the patterns also match escaped punctuation (\\u003c, \\u0027, \\u0028, \\u003b …) around plain keywords, and \\\" is read as a quote; the attack score decodes them")
		if len(f.JSONKeys) == 0 {
			d.CannotSee = append(d.CannotSee, "the raw body also carries multipart framing; the patterns do not match across a value's end (quote, CRLF, boundary)")
		}
	} else {
		d.CannotSee = append(d.CannotSee, "the request body: body fields need Enterprise")
	}
	if len(missing) > 0 {
		d.CannotSee = append(d.CannotSee, "functions not available on this plan/phase: "+strings.Join(missing, ", "))
	}
	if hasClass(classes, ClassLFI) {
		if z, err := zoneName(f.Zone); err == nil && offDomainTerm(plan, z) != "" {
			d.Inspects = append(d.Inspects, "lfi: query (and, on Enterprise, form) values that are http/https/ftp URLs to a host outside "+z+" (remote file inclusion)")
		} else {
			d.CannotSee = append(d.CannotSee, "lfi: URLs in parameters to other hosts (remote file inclusion) are flagged only when the zone is given")
		}
	}
	for _, c := range classes {
		if n := len(ClassPatterns(strings.ToLower(strings.TrimSpace(c)))); n > 1 {
			d.Inspects = append(d.Inspects, fmt.Sprintf("%s: %d patterns (grammar, a vocabulary of names, more syntax); when they exceed 4096 characters together, rules lists one rule per part", strings.ToLower(strings.TrimSpace(c)), n))
		}
	}
	d.Inspects = append(d.Inspects, "patterns are case-insensitive ((?i)), so lower() is not needed; remove_bytes is not used because removing bytes would also remove the quotes and separators the patterns need")
	switch plan {
	case rules.PlanEnterprise, rules.PlanUnknown:
		var terms []string
		for _, c := range classes {
			if t := scoreTerm(strings.ToLower(strings.TrimSpace(c)), plan); t != "" {
				terms = append(terms, t)
			}
		}
		d.Score = "or " + strings.Join(terms, ", or ") + ": Cloudflare's attack score (1–20 is its attack band), which parses and decodes the request itself, catches what the patterns cannot see (JSON escapes, other encodings, obfuscations); the patterns catch what the score rates above 20. Matches replayed here are the patterns' only — scores are not in samples and read as 99"
	case rules.PlanBusiness:
		d.Score = "or cf.waf.score.class eq \"attack\": Business has only the score class, which is not per attack type, so the rule also catches other attack types Cloudflare rates as attacks; the patterns catch what the class misses"
	}
	return d
}

func hasClass(classes []string, c string) bool {
	for _, x := range classes {
		if strings.EqualFold(strings.TrimSpace(x), c) {
			return true
		}
	}
	return false
}
