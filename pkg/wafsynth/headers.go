package wafsynth

import (
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
)

// Header terms: attacks in headers the class rule does not name. The
// Rules language cannot select header values by a name pattern, but
// http.request.headers.values holds every header's values (all plans), and
// any(url_decode(…[*])[*] matches …) reads each of them decoded. That list
// includes the browser's structured headers (sec-ch-ua with its GREASE
// brands, accept with q-values) and the cookie header — names included —
// so only the strongest, least ambiguous constructs of a class are looked
// for there, and a match is not counted when the cookie header matches the
// same pattern: cookie names are never inspected, cookie values already
// are (subject).
var anyHeaderRegex = map[string]string{
	// Tags a browser would run, script URIs, event handlers after a quote
	// or a space, the dialog functions called, document properties.
	ClassXSS: `(?i)(<\s*/?\s*(script|iframe|frame|frameset|svg|img|image|body|object|embed|applet|meta|link|style|base|form|input|video|audio|details|marquee|math|isindex|xss)\b` +
		`|\b(java|vb|live)script\s*:|['\x22\s]on(load|error|click|dblclick|mouse\w{2,10}|focus\w{0,3}|blur|select|change|submit|key(up|down|press)|input|toggle|animation\w{3,10}|transition\w{3,10}|pointer\w{2,10}|begin|end|drag\w{0,5}|drop|scroll|wheel|touch\w{3,6}|copy|cut|paste|show|hashchange|message|pageshow|resize|unload|beforeunload|auxclick|contextmenu|play\w{0,7}|abort|search|invalid|readystatechange)\s*=` +
		`|\b(alert|prompt|confirm|eval)\s*[(\x60]|\bdocument\s*\.\s*(cookie|location|write|domain)\b|\bstring\s*\.\s*fromcharcode\b` +
		// Calls without name( (PortSwigger's cheat sheet, "Restricted
		// characters"): a global indexed by a string, the dialog functions
		// passed as callbacks or assigned to onerror, dynamic import.
		`|\b(window|self|top|parent|globalthis|frames)\s*\[\s*['\x22\x60]|\.\s*(find|map|filter|some|every|foreach|then)\s*\(\s*(alert|prompt|confirm|eval)\b|\bon(error|load)\s*=\s*(alert|prompt|confirm|eval)\b|\bimport\s*\(\s*['\x22\x60])`,
	// Function definitions (shellshock), command substitution, a shell
	// run with -c or fed by a pipe, a download piped or run, /dev/tcp,
	// $IFS, a command with an argument after a separator.
	// UNION SELECT, SELECT … FROM, the time and file functions, a quote
	// closing a string before a boolean comparison or a comment, stacked
	// statements, tautologies. Chromium's GREASE brands ("Not(A:Brand";
	// v="99") have quotes, parentheses and semicolons but none of these.
	ClassSQLi: `(?i)(\bunion\b[\s(/*]+(all[\s(/*]+)?(distinct[\s(/*]+)?select\b|\bselect\b[\s\S]{1,100}\bfrom\b|\b(sleep|benchmark|pg_sleep|load_file|extractvalue|updatexml|dbms_pipe\.receive_message)\s*\(` +
		`|\bwaitfor\s+delay\b|\b(information_schema|xp_cmdshell|sysobjects|sqlite_master|pg_catalog)\b|['\x22\x60]\s*\)*\s*\b(or|and|xor)\b\s*\(?\s*['\x22\x60]?\w+['\x22\x60]?\s*(=|<>|!=|<|>|\blike\b)` +
		`|['\x22\x60]\s*\)*\s*(--[\s-]*$|#\s*$|/\*)|;\s*(drop|insert|update|delete|select|exec|execute|declare|shutdown|truncate)\s|\b(or|and)\s+\d+\s*=\s*\d+)`,
	// Traversal sequences, system files and wrapper schemes (a browser
	// resolves ../ before it sends a URL, so none is in its headers).
	ClassLFI: `(?i)(\.\.[\\/]|[\\/]\.\.(\s|$|[\\/])|/etc/(passwd|shadow|hosts|group|issue)\b|\b(file|php|phar|expect|zip|glob|data)://|c:[\\/](windows|winnt|boot\.ini|inetpub)|\b(boot|win|system)\.ini\b|/proc/self/|\x00)`,
	ClassRCE: `(?i)(\(\)\s*\{[^}]{0,40}\}\s*;|\$\(\s*[a-z/]|\$\{ifs|\x60\s*(id|whoami|uname|cat|ls|wget|curl|sleep|ping)\b[^\x60]{0,80}\x60|/bin/(ba|z|k|c|da)?sh\b|\|\s*(ba|z)?sh\b|/dev/(tcp|udp)/` +
		`|\b(wget|curl)\s+(-\S+\s+)*(https?|ftp)://|[;|&]\s*(cat|wget|curl|whoami|uname|nc|ncat|bash|sh|python[23]?|perl|php|ping|nslookup|powershell|cmd)(\.exe)?\s+(-\w|/|https?://|\$)|\bcmd(\.exe)?\s*/[ck]\s` +
		// Evasions (PayloadsAllTheThings, Command Injection: "Bypass
		// without space", "Bypass with a line return", "Bypass characters
		// filter"): $IFS unbraced, brace expansion as argument list, glob
		// paths, a word split by empty quotes, $@ or $(), redirection from
		// or into a system directory, a command after a line break.
		`|\$ifs\b|\{\s*[a-z]{2,10}\s*,\s*[-/$][^}]{0,60}\}|/\?\?\?/|\w(''|\x22\x22|\$@|\$\(\))\w|\w'\w{1,3}'\w|[<>]\s*/(etc|tmp|dev|var|proc)/|\n\s*(id|whoami|uname|ls|cat)\b)`,
}

// headerCommandRegex: a command name after ; | || && or a backtick, in
// every header value, followed by what makes it a command line — an
// option, a path, a variable, a URL, a number that ends the value, or
// the end of the command (a separator or the end of the value). Free text
// in a custom header ("ping me; cat photos are great") has a word after
// the name; the structured headers have none of these shapes (sec-ch-ua's
// GREASE brands "Not;A=Brand", accept's ";q=0.9", link's "; as=style",
// content-type's "; boundary="), and a cookie name is always followed by
// "=". $( is left to anyHeaderRegex, which excludes cookie names.
const headerCommandRegex = `(?i)(?:[;|\x60]|&&)\s*(?:[\w.~-]*/)*[\x22']?` + shellVocab + `(?:\.exe)?[\x22']?(?:\s+(?:-{1,2}[a-z]|/|\.\.?/|\$|~|https?://|\d+\s*(?:$|[;|&]))|\s*(?:[;|&\x60)<>]|$))`

// userAgentCommandRegex: a user agent that is a command line — a command
// name with at least one argument and nothing else. Clients name
// themselves with a product/version token (curl/8.5.0, Mozilla/5.0 (…),
// node-fetch/1.0) or a single word; a user agent made of a command and
// its arguments (chef report nodes, wget http://…) is a command injected
// where a program logs or evaluates it.
const userAgentCommandRegex = `(?i)^\s*(?:[\w.~-]*/)*` + shellVocab + `(?:\.exe)?(?:\s+[^\s/()]+)+\s*$`

// uploadFileHeaders are the headers upload clients name the file in.
var uploadFileHeaders = []string{"x-filename", "x_filename", "x-file-name"}

// restrictedUploadRegex: file names an upload must not use — server and
// application configuration (.htaccess, wp-config.*, settings.php,
// config.{yml,php,…}), credentials and shell history dotfiles, package
// manifests, Linux /proc names. From OWASP CRS v4's restricted-upload.data
// (Apache-2.0; rule 932180), folded into a prefix tree by family; a name
// counts when the value is a bare relative path to it (a URL or other
// text around it is not a file name); .boto, acpi,
// buddyinfo, mtrr and zoneinfo only as a whole word (as CRS).
const restrictedUploadRegex = `(?i)^\s*([\w. -]*[/\\])*(\.(ds_store|access/|addressbook|bash_|bashrc|bowerrc|cache/|config\.local\.php|coverage|coveralls\.yml|credentials|cshrc|cvs|deployment-secrets|dockerignore|env|eslint(ignore|rc)|fbcindex|fish|forward|ftpconfig` +
	`|git(attributes|config|ignore|keep|lab-ci\.yml|modules)|google_authenticator|hgignore|history|ht(access|digest|passwd)|idea|ipynb_checkpoints|jshintrc|ksh_history|lesshst|lhistory|lighttpdpassword|lldb-history|lynx_cookies|msmtprc|my\.cnf|myscmserverinfo` +
	`|(mysql|nano|node_repl|php|psql|python|rediscli|sqlite|sh|ksh|zsh)_history|netrc|npmrc|nsconfig|nsr|oh-my-|pac|pass(wd|word-store)?|pearrc|pgpass|php_cs\.dist|phpcs\.xml|pinerc|proclog|procmailrc|profile|pwd|pytest_cache|remote-sync\.json|rhistory|rhosts|s3cfg|secrets` +
	`|selected_editor|settings/|svnignore|tcshrc|terraform|tmux\.conf|tools/|travis\.ya?ml|user\.ini|viminfo|vimrc|vscode|web\.config\.swp|wget-hsts|ws_ftp\.ini|www_?acl|xauthority|yarnrc|zhistory|zshenv|zshrc)` +
	`|\.boto\b|(acpi|buddyinfo|mtrr|zoneinfo)\b|blockcypher\.log|__pycache__|asound|auth\.json|aws(-key)?\.ya?ml|boot\.ini|bootconfig|bower\.json|cgroups|cmdline|compose\.ya?ml|composer\.(json|lock)` +
	`|config([._-](dev|prod|sample|test))?\.(asp|ini|json|php|pl|py|rb|toml|txt|xml|ya?ml|gz|inc\.php)|config\.sample\.inc\.php|coverage\.xml|cpuinfo|credentials\.json|database\.ya?ml|debian\.cnf|debug\.log|default\.settings\.php|defaults\.inc\.php|desktop\.ini|diskstats|dockerfile|dynamic_debug` +
	`|env\.php|execdomains|filesystems|fish_variables|ftp-sync\.json|gitlab\.rb|gitlab_config_|gruntfile\.js|hplip\.conf|hypervisor|initial_root_password|iomem|ioports|ipmi|kallsyms|kcore|key-users|kmsg|kpage(cgroup|count|flags)|latency_stats|ldap-authentication-report\.csv|loadavg|local\.xml` +
	`|mdstat|meminfo|(my|mysql|mysqldump)\.cnf|notify-osd\.log|npm-(debug\.log|shrinkwrap\.json)|package(-lock)?\.json|packages\.json|pagetypeinfo|parameters\.(php|yml)|php\.ini|php_errors?\.log|phpcs\.xml|phpinfo\.php|pm2\.log|routing\.yml|sched(_debug|stat)|scsi` +
	`|secrets\.(json|ya?ml)|security\.yml|sendgrid\.env|services\.yml|settings(\.inc|\.local)?\.php|sftp\.json|slabinfo|softirqs|sslvpn_websession|sysrq-trigger|system\.ini|sysvipc|thread-self|thumbs\.db|timer_(list|stats)|user_secrets\.yml|version_signature|vmallocinfo|vmstat` +
	`|web\.config|weblogic\.xml|webpack\.config\.js|win\.ini|wp-config[-._]|yarn(-debug|-error)?\.(log|lock))|\.sql\.(\d{3}|7z|ace|arj|bz|cpio|gz|lha|lz|pa|pea|r\d\d|rar|rev|tar|taz|tbz|tgz|txz|uha|xz|yz1|z)\b`

// headerTerms returns the class's header terms for a plan: the any-header
// term (XSS, RCE) and, for RCE, the command-line user agent and restricted
// upload file names. They need regular expressions (Business and
// Enterprise); header fields are available on every plan and phase.
func headerTerms(class string, plan rules.Plan) []string {
	if plan == rules.PlanFree || plan == rules.PlanPro {
		return nil
	}
	var out []string
	if re, ok := anyHeaderRegex[class]; ok {
		p := rawString(re)
		out = append(out, `(any(url_decode(http.request.headers.values[*], "ur")[*] matches `+p+`) and not url_decode(http.cookie, "ur") matches `+p+`)`)
	}
	if class == ClassRCE {
		out = append(out, `any(url_decode(http.request.headers.values[*], "ur")[*] matches `+rawString(headerCommandRegex)+`)`)
		out = append(out, "http.user_agent matches "+rawString(userAgentCommandRegex))
		// The pattern is too long to repeat per header, and concat over
		// an absent header (a missing value) is not defined to keep the
		// others: the request must carry one of the upload headers, and a
		// header value must be a bare (relative) path to a restricted name.
		var hs []string
		for _, h := range uploadFileHeaders {
			hs = append(hs, rules.QuoteString(h))
		}
		out = append(out, "(any(lower(http.request.headers.names[*])[*] in {"+strings.Join(hs, " ")+"}) and any(http.request.headers.values[*] matches "+rawString(restrictedUploadRegex)+"))")
	}
	return out
}
