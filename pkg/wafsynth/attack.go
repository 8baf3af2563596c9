package wafsynth

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
)

// Attack classes the synthesiser has detection expressions for.
const (
	ClassSQLi    = "sqli"
	ClassXSS     = "xss"
	ClassRCE     = "rce"
	ClassLFI     = "lfi"
	ClassScanner = "scanner"
)

// AttackClasses lists the classes in a fixed order.
func AttackClasses() []string { return []string{ClassSQLi, ClassXSS, ClassRCE, ClassLFI, ClassScanner} }

// Patterns are written for the Rust regex engine Cloudflare uses (no
// look-around, no backreferences) and checked by pkg/rules. They run over
// the recursively URL-decoded URI, the cookie header, header values and —
// on Enterprise — the request body.
var classRegex = map[string]string{
	ClassSQLi: `(?i)(\bunion\b[\s(/*]+(all[\s(/*]+)?(distinct[\s(/*]+)?select\b` +
		`|\bselect\b[\s\S]{1,120}\bfrom\b[\s\S]{0,60}\b(where|limit|order|group|union|information_schema|dual|users?|mysql|sys)\b` +
		`|\bselect\s*[(@*]|\bselect\s+(null|\d+|@@|user\s*\(|version\s*\(|database\s*\(|char\s*\(|concat\s*\(|sleep\s*\(|count\s*\()` +
		`|['\x22\x60)]\s*(\|\||&&|\b(or|and|xor|div|like|rlike|regexp|sounds\s+like)\b)\s*[\s\S]{0,20}?([=<>!]|\bis\b|\blike\b|\bin\b\s*\(|\bbetween\b|['\x22\x60])` +
		`|\b(or|and)\s+['\x22\x60]?\w+['\x22\x60]?\s*(=|<>|!=|>=|<=|like\b)\s*['\x22\x60]?\w+` +
		`|\b(sleep|benchmark|pg_sleep|waitfor\s+delay|load_file|extractvalue|updatexml|utl_inaddr|dbms_pipe|make_set|elt|exp|json_keys|group_concat)\s*\(` +
		`|\b(information_schema|sysobjects|syscolumns|xp_cmdshell|sp_executesql|sqlite_master|pg_catalog|mysql\.user)\b` +
		`|;\s*(drop|insert|update|delete|create|alter|exec|execute|declare|shutdown|truncate|select|rename|grant)\b` +
		`|['\x22\x60]\s*(;|--|#|/\*)|\b(having|order\s+by|group\s+by)\s+\d|/\*!?\d*|\binto\s+(out|dump)file\b` +
		`|@@(version|datadir|hostname)|\bchar\s*\(\s*\d+|\bconcat(_ws)?\s*\(|\b0x[0-9a-f]{8,}|\bcase\s+when\b|\bif\s*\(\s*[\w(]+\s*[=<>]` +
		`|\b(cast|convert)\s*\([\s\S]{1,60}\bas\b|\bexec(ute)?\s+(master|xp_|sp_)|['\x22\x60]\s*\bnot\b|\bnull\s*,\s*null\b)`,
	ClassXSS: `(?i)(<\s*/?\s*(script|iframe|frame|object|embed|svg|img|image|body|style|link|meta|base|form|input|button|video|audio|source|details|marquee|math|applet|frameset|isindex|xml|xss|html|textarea|select|keygen|a|div|span|p|table|animate|set|template|noscript|title|plaintext|xmp|layer|bgsound|portal)\b` +
		`|<[a-z][^>]{0,200}\b(on[a-z]{3,25}|src|href|style|formaction|action|xlink:href|srcdoc|background|dynsrc|lowsrc|data)\s*=` +
		`|\b(java|vb|live)script\s*:|data\s*:\s*[a-z]+/[a-z+-]+\s*[;,]|\bon[a-z]{3,25}\s*=\s*[^\s&]|expression\s*\(|-moz-binding|behavior\s*:` +
		`|document\s*\.\s*(cookie|location|write|domain|body)|window\s*\.\s*(location|open|name)|\b(alert|prompt|confirm|eval|settimeout|setinterval|atob)\s*[\(\x60]` +
		`|fromcharcode|\bsrcdoc\b|<!\[cdata\[|<!--|\bimport\s*\(|\$\{[^}]*\}\s*\x60|\x60[^\x60]*\$\{|\bconstructor\s*\(|<\?xml|\bvbscript\b|&#x?0*(60|3c|62|3e)\b)`,
	ClassRCE: `(?i)((^|[;&|\x60\n({]|\$\(|\|\||&&)\s*(/?(usr/)?s?bin/)?(cat|tac|nl|head|tail|more|less|ls|dir|id|whoami|uname|wget|curl|nc|ncat|netcat|bash|sh|zsh|ksh|csh|dash|python[23]?|perl|ruby|php|lua|node|chmod|chown|rm|mv|cp|echo|printf|ping|nslookup|dig|host|powershell|pwsh|cmd|net|sleep|kill|pkill|ps|env|export|set|find|locate|which|whereis|telnet|ifconfig|ip|systemctl|crontab|base64|xxd|od|awk|sed|grep|tar|zip|unzip|gzip|sudo|su|passwd|useradd|time|timeout|nohup|xargs|eval|exec|source|touch|mkdir|ssh|scp|ftp|tftp|socat|openssl|whoami\.exe|ipconfig|systeminfo|tasklist|certutil|bitsadmin|wmic|reg|type|copy|del|start|rundll32|regsvr32|mshta|cscript|wscript|nmap|java|jrunscript|gcc|make|vi|vim|nano|emacs|tee|dd|mount|shutdown|reboot|halt|history|alias|uptime|w|who|last|date|hostname|getent|id)\b` +
		`|\$\{?IFS|\$\{[^}]{0,40}\}|\$\(\s*[a-z/]|\x60[^\x60]{1,120}\x60|/bin/(ba|z|k|c|da)?sh\b|/usr/(local/)?bin/|/dev/(tcp|udp)/|cmd(\.exe)?\s*/[ck]\b|powershell(\.exe)?\b|\b(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|assert|create_function|call_user_func)\s*\(` +
		`|\{\s*[a-z]+\s*,\s*[^}]+\}|[a-z]\\[a-z]\\?[a-z]|\w'\w'?\w|\w\x22\w\x22?\w|\?\?\?|/\?\?|\*/[a-z]|\bcat\b[\s\S]{0,20}/etc/|/etc/(passwd|shadow|hosts|group)\b|[;|&]\s*\w+\s+-[a-z]+|\b(wget|curl)\s+\S|>\s*/(tmp|dev|var)/|2>&1|\|\s*(ba)?sh\b)`,
	ClassLFI:     `(?i)(\.\.[\\/]|[\\/]\.\.|\.\.%2f|%2e%2e|\.\.;|\.\.\\|/etc/(passwd|shadow|hosts|group|issue|motd|crontab|fstab|sudoers|httpd|apache2|nginx|mysql|ssh)|c:[\\/](windows|winnt|boot\.ini|inetpub)|\b(boot|win|system)\.ini\b|/proc/(self|version|cmdline|\d+)/?|/var/log/|\b(file|php|zip|phar|data|expect|glob|jar|netdoc|gopher|dict|ldap|tftp)://|\.(htaccess|htpasswd|git/|svn/|env\b|bash_history|ssh/)|web\.config|web-inf|meta-inf|/windows/(system32|win\.ini)|\bnull\b%00|%00|\x00|\.(ini|conf|log|bak|old|swp)\b[\s\S]{0,5}$)`,
	ClassScanner: `(?i)(sqlmap|nikto|nmap|masscan|zgrab|nuclei|acunetix|nessus|openvas|w3af|dirbuster|gobuster|dirb|wpscan|arachni|burp|\bzap\b|havij|netsparker|appscan|whatweb|fimap|jaeles|wfuzz|ffuf|feroxbuster|skipfish|grabber|morfeus|pangolin|webinspect|webshag|paros|sf\.|struts-pwn|bsqlbf|absinthe|nsauditor|vega|commix|xsser|joomscan|droopescan|\bcrowdstrike\b|qualys|brutus|hydra|medusa|metasploit|nstealth|prowler|jorgee|zmeu|blackwidow|httrack|\bcgichk|\bmysqloit)`,
}

// Bodies are Enterprise-only fields.
const bodyField = "http.request.body.raw"

// ClassExpression returns the detection expression of an attack class for
// a plan: regular expressions need Business or Enterprise; on Free and Pro
// a smaller set of substring checks is used. Enterprise also inspects the
// body.
func ClassExpression(class string, plan rules.Plan) (string, error) {
	re, ok := classRegex[class]
	if !ok {
		return "", fmt.Errorf("attack class %q is not known; accepted: %s", class, strings.Join(AttackClasses(), ", "))
	}
	if plan == rules.PlanFree || plan == rules.PlanPro {
		return substringExpression(class), nil
	}
	// Patterns avoid a literal double quote (\x22 instead), so the raw
	// string never needs #s and simple expression scanners stay in sync.
	lit := rawString(re)
	if class == ClassScanner {
		return "http.user_agent matches " + lit, nil
	}
	// One regular expression over the decoded URI, the cookie header and
	// every header value (and the body on Enterprise) keeps the rule far
	// below the 4,096-character limit.
	src := `concat(url_decode(http.request.uri, "ur"), "\x01", http.cookie, "\x01", join(http.request.headers.values, "\x01")`
	if plan == rules.PlanEnterprise || plan == rules.PlanUnknown {
		src += `, "\x01", url_decode(` + bodyField + `, "ur")`
	}
	return src + ") matches " + lit, nil
}

// substring indicators for plans without regular expressions.
var classSubstrings = map[string][]string{
	ClassSQLi:    {"union select", "union all select", "' or '", "' or 1", "\" or \"", "or 1=1", "sleep(", "benchmark(", "information_schema", "xp_cmdshell", "waitfor delay", "'--", "/*!", "load_file(", "extractvalue(", "updatexml(", "pg_sleep("},
	ClassXSS:     {"<script", "javascript:", "onerror=", "onload=", "onmouseover=", "<svg", "<iframe", "document.cookie", "alert(", "<img", "vbscript:", "onfocus=", "srcdoc", "fromcharcode"},
	ClassRCE:     {";cat ", "; cat ", "|cat ", "cat /etc/", "/etc/passwd", "$(", "`", "/bin/sh", "/bin/bash", "${ifs", "; ls", "| ls", "&& ", "wget ", "curl ", "cmd.exe", "powershell", "nc -e", "/dev/tcp/"},
	ClassLFI:     {"../", "..\\", "/etc/passwd", "/etc/shadow", "c:\\windows", "boot.ini", "win.ini", "/proc/self/", "php://", "file://", "%00", "web.config", "web-inf", ".htaccess"},
	ClassScanner: {"sqlmap", "nikto", "nmap", "masscan", "zgrab", "nuclei", "acunetix", "nessus", "openvas", "w3af", "dirbuster", "gobuster", "wpscan", "arachni", "havij", "netsparker", "wfuzz", "ffuf"},
}

func substringExpression(class string) string {
	subs := classSubstrings[class]
	var parts []string
	src := `lower(url_decode(http.request.uri, "ur"))`
	if class == ClassScanner {
		src = `lower(http.user_agent)`
	}
	for _, s := range subs {
		parts = append(parts, src+" contains "+rules.QuoteString(s))
	}
	return "(" + strings.Join(parts, " or ") + ")"
}

// rawString writes a raw string literal r#"…"# that no pattern can end
// early.
func rawString(s string) string {
	hashes := "#"
	for strings.Contains(s, "\""+hashes) {
		hashes += "#"
	}
	return "r" + hashes + "\"" + s + "\"" + hashes
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
