package wafsynth

import (
	"encoding/base64"
	"fmt"
	"regexp"
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
)

// Base64 anywhere. decode_base64 needs a value that is base64 as a whole
// (the query values and the body are decoded so), and decoding every
// header, cookie and form value would turn random tokens (session ids,
// CSRF tokens: hex is valid base64) into binary that short patterns match
// by chance. Instead the tokens that mark an attack are looked for in
// their base64 form: a string's base64 encoding depends on its offset
// modulo 3 in the encoded data, so each token has three encodings (the
// characters that mix in neighbouring bytes dropped); standard and
// URL-safe alphabets (+/ or -_) and %-encoded + and / are accepted. The
// match is case-sensitive, so the tokens are listed in the cases attack
// tools write them; each is at least five bytes (six base64 characters at
// every offset). A run of six or more base64 characters fixed by an
// attack token does not occur in random tokens by chance (64^-6 per
// position). This is how IDS signatures find base64-encoded commands
// (e.g. Snort/Suricata's base64 content modifiers, Sigma's
// base64offset|contains modifier, which encodes each string at the three
// offsets the same way).
var base64Tokens = map[string][]string{
	ClassSQLi: {"UNION SELECT", "union select", "UNION ALL SELECT", "union all select", "' OR '", "' or '", "' OR 1=1", "' or 1=1", " OR 1=1", " or 1=1",
		"SLEEP(", "sleep(", "information_schema", "WAITFOR DELAY", "waitfor delay", "' AND '", "' and '", "') OR ", "') or ", "select * from", "SELECT * FROM"},
	ClassXSS: {"<script", "<SCRIPT", "<Script", "</script>", "<svg ", "<svg/", "<svg>", "<img ", "<img/", "<iframe", "javascript:", "onerror=", "onload=", "onmouseover=", "onfocus=",
		"alert(", "prompt(", "confirm(", "document.cookie", "fromCharCode", "<body", "<object", "<embed"},
	ClassRCE: {"/bin/sh", "/bin/bash", "cmd.exe", "powershell", "/etc/passwd", ";cat ", "; cat ", "|cat ", "| cat ", "wget http", "curl http", "$(curl", "$(wget",
		"whoami", "nc -e", "; ls ", "${IFS}", "/dev/tcp/", "uname -a", "system(", "exec(", "passthru(", "shell_exec("},
	ClassLFI: {"../../", "..\\..\\", "/etc/passwd", "/etc/shadow", "php://", "file://", "c:\\windows", "C:\\Windows", "boot.ini", "win.ini", "/proc/self", "WEB-INF"},
}

// base64Offsets returns the encodings of tok at offsets 0, 1 and 2 of the
// encoded data, each cut to the characters that depend on tok alone.
func base64Offsets(tok string) []string {
	var out []string
	for off := 0; off < 3; off++ {
		enc := base64.StdEncoding.EncodeToString(append(make([]byte, off), tok...))
		// The first ceil(off*4/3) characters carry the prefix bytes.
		start := (off*8 + 5) / 6
		// The characters after the last whole 6-bit group of tok mix in
		// what follows it.
		end := (8 * (off + len(tok))) / 6
		if end > len(enc) {
			end = len(enc)
		}
		out = append(out, enc[start:end])
	}
	return out
}

// base64TokenRegex is the case-sensitive pattern of a class's tokens in
// base64 ("" for a class without tokens).
func base64TokenRegex(class string) string {
	toks := base64Tokens[class]
	if len(toks) == 0 {
		return ""
	}
	seen := map[string]bool{}
	var alts []string
	for _, tok := range toks {
		for _, e := range base64Offsets(tok) {
			if len(e) < 6 || seen[e] {
				continue
			}
			seen[e] = true
			var b strings.Builder
			for _, c := range e {
				switch c {
				case '+':
					b.WriteString(`(?:[+-]|%2[bB])`)
				case '/':
					b.WriteString(`(?:[/_]|%2[fF])`)
				default:
					b.WriteString(regexp.QuoteMeta(string(c)))
				}
			}
			alts = append(alts, b.String())
		}
	}
	return "(" + strings.Join(alts, "|") + ")"
}

// overlongRegex: a class's key characters written as overlong UTF-8
// (CAPEC-80; the IIS "Unicode" traversal, CVE-2000-0884): the 2-, 3- and
// 4-byte forms of an ASCII byte, %-encoded, as sent (no Rules function
// decodes them, and url_decode would turn them into invalid UTF-8 the
// patterns cannot name). The 2-byte forms are also valid GBK and
// Shift-JIS text, so each needs the context of the attack: two dots,
// a dot pair before a slash, "<" before a tag name, a quote before a
// boolean or a comment, a separator before a command.
var overlongRegex = map[string]string{
	ClassLFI:  `(?i:(` + overlongPattern('.') + `){2}|\.\.(` + overlongPattern('/') + `|` + overlongPattern('\\') + `))`,
	ClassXSS:  `(?i:(` + overlongPattern('<') + `)(` + overlongPattern('/') + `|/)?[a-z])`,
	ClassSQLi: `(?i:(` + overlongPattern('\'') + `)(%20|\+|\s|` + overlongPattern(' ') + `)*(or|and|union|select|--|#|;))`,
	ClassRCE:  `(?i:(` + overlongPattern(';') + `|` + overlongPattern('|') + `|` + overlongPattern('`') + `)(%20|\+|\s|` + overlongPattern(' ') + `)*(cat|id|ls|uname|whoami|wget|curl|nc|bash|sh|ping|echo|sleep)\b)`,
}

// overlongPattern returns the pattern of the overlong encodings of an ASCII byte
// (%C0%AE, %E0%80%AE, %F0%80%80%AE for "."), %25-encoded or not.
func overlongPattern(c byte) string {
	p := `%(25)?`
	h := func(b byte) string { return p + fmt.Sprintf("%02x", b) }
	last := h(0x80 | c&0x3f)
	return h(0xc0|c>>6) + last + `|` + h(0xe0) + h(0x80) + last + `|` + h(0xf0) + h(0x80) + h(0x80) + last
}

// base64Term is the class's term for base64-encoded attack tokens and
// overlong UTF-8 in the URI as sent, every header value (cookies
// included) and, on Enterprise, the raw body. Header fields and
// raw.http.request.uri are on every plan; regular expressions need
// Business.
func base64Term(class string, plan rules.Plan) string {
	re := base64TokenRegex(class)
	if re == "" || plan == rules.PlanFree || plan == rules.PlanPro {
		return ""
	}
	if o := overlongRegex[class]; o != "" {
		re = "(" + re + "|" + o + ")"
	}
	src := `concat(raw.http.request.uri, "\x01", join(http.request.headers.values, "\x01")`
	if plan == rules.PlanEnterprise || plan == rules.PlanUnknown {
		src += `, "\x01", http.request.body.raw`
	}
	return src + ") matches " + rawString(re)
}
