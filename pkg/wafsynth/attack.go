package wafsynth

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/lazyre"
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
	ClassSQLi: `(?i)(\bunion\b[\s(/*]+(all[\s(/*]+)?(distinct[\s(/*]+)?select\b|\bselect\b[\s\S]{1,120}\bfrom\b[\s\S]{0,60}\b(where|limit|order|group|union|information_schema|dual|users?|mysql|sys)\b` +
		`|\bselect\s*[(@*]|\bselect\s+(null|\d+|@@)|['\x22\x60]\s*\)*\s*(\|\||&&|\b(or|and|xor|div|like|rlike|regexp|sounds\s+like)\b)\s*[^&\x01]{0,20}?([=<>!]|\bis\b|\blike\b|\bin\b\s*\(|\bbetween\b)` +
		`|\b(or|and)\s+['\x22\x60]?\w+['\x22\x60]?\s*(=|<>|!=|>=|<=|like\b)\s*['\x22\x60]?\w+|\bsleep\s*\(\s*\d|\bbenchmark\s*\(|\b(load_file|extractvalue|updatexml|utl_inaddr|dbms_pipe|make_set|group_concat)\s*\(` +
		`|\b(information_schema|sysobjects|syscolumns|xp_cmdshell|sp_executesql|sqlite_master|pg_catalog|mysql\.user)\b|;\s*(drop|insert|update|delete|create|alter|exec|execute|declare|shutdown|truncate|select|rename|grant)\b` +
		`|['\x22\x60][ \t]*(--|/\*)|'\s*#(\s|$|\x01)|\b(having|order\s+by|group\s+by)\s+\d|/\*!|/\*[^*&\x01]{0,100}\*/|\binto\s+(out|dump)file\b|\b0x[0-9a-f]{8,}` +
		`|\bcase\s+when\b|\b(cast|convert)\s*\([\s\S]{1,60}\bas\b|\bexec(ute)?\s+(master|xp_|sp_)|['\x22\x60]\s*\bnot\s+(\d|[\x22'\x60@]|(in|like|between|null|exists|regexp|true|false)\b)` +
		`|\bnull\s*,\s*null\b` +
		`|\w\s*(<=>|!=|<>)\s*['\x22\w]|\w\s*==\s*\w|\w\s+==\s*['\x22]|'\s*;|'\s*(and|or|xor|div)\s*[(\d]|['\x60]\s*(not\s+)?(collate|glob|rlike|regexp|sounds\s+like|having|union|select|where|alter|drop|exec)\b` +
		`|'\s*(and|or)\s+\w+\s+(not\s+)?(glob|like|rlike|regexp)\b|\b(and|or|xor|div)\s*\(?\s*\d+\s*[=<>]|[;\s]set\s+@|@@\w+|::\s*(int|integer|text|varchar|numeric|bigint|bool|jsonb?|regclass|double)\b` +
		`|\)(--|#)|\)[ \t]*--[ \t]*(\x01|$)|\b(tempdb|northwind|msysaccessobjects|msysobjects|all_tables|user_tables|pg_shadow)\b|\brlike\b|;\s*(print|waitfor|use|revoke|merge|call|load|handler)\b` +
		`|\bin\s*\(\s*[\d'\x22][^)]*,|[\x60')\d]\s*as\s*[\x60'\x22]?\w*[\x60'\x22]?\s*from\b|\bhaving\b\s+\w+\s*\(|\bwaitfor\s+delay\b|\bpg_sleep\b|[{,\[]\s*['\x22]?\$(ne|nor|gt|gte|lt|lte|in|nin|or|and|where|regex|exists|elemmatch)\b` +
		`|\bexec(ute)?\s*\(\s*@|\b(xp|sp)_[a-z]\w+|\b(msdasql|openrowset|opendatasource)\b|\b(or|and)\s+\d+\s*(#|--|/\*)|'\S*--(\s|\x01|$)|<=>|,\s*0x[0-9a-f]{2,}` +
		`|'\s*(<@|@>|\?[|&]?|#>>?|->>?)\s*(['\[]|array\[)|\b(delete\s+from|insert\s+into|update\s+\w+\s+set)\b|[‘’]\s*(or|and|#|--|;)|[\x60'\x22][ \t]+[<>][ \t]*[\w%]|[\x60'\x22][<>][ \t]*[\d%]` +
		`|'\d+'\s*=\s*'\d|(&&|\|\|)\s*\(?\s*\w*\s*(!?==?|!=)|\b(and|or)\s*\(?\s*\w+\s*(=|!=|<>)\s*['\x22(]|=\s*\(\s*select\b|\d\s+is\s+not\s+\d|\d\s+like\s+\d` +
		`|\bwhen\s+\d+\s+then\b|\bexcept\s+select\b|unionselect|'\s*or\s+true\b|;\s*analyze\b|;\s*--|\balter\s+table\b|\b(order|group)\s+by\s+[\x60\x22'(]` +
		`|['\x22](or|and)['\x22]?\d|'\s*(or|and)\s*--|\)\s*like\s*\(|[?&][\x60'\x22]\w+[\x60'\x22](&|\x01|$)|\w['\x22];(\x01|$|--|#)|\d\.e\(|\bselect\s+sleep\b` +
		`|\w'(or|and)'\w|\b(and|or)\(|\b(and|or)\s+'\d+'|\blike\s*['\x22](\x01|$)` +
		`|\b(xor|regexp|isnull|notnull|ilike)\b|\bis\s+(not\s+)?null\b|\bnot\s+between\b|\blike\s+(null|\w+\s+escape)\b|[\x22'\x60]\s*!\s*[\x22'\w]|\bexists\s*\(\s*select\b` +
		`|\bcreate\s+(table|function|procedure|trigger|view)\b|\bselect\b[\s\S]{0,100}\bcase\b|\bfrom\b[\s\S]{0,100}\blimit\s+\d|\bhaving\s+['\x22\d]|\\x(2[27]|3d|60)|\\'\s*(and|or|xor|union|select)\b|!=|\w(&&|\|\|)[\w!(]|(^|[=\x01])\s*(&&|\|\|)\s*(\x01|$)|(&&|\|\|)\s*\(*\s*(\d|['\x22\x60@]|(not|select|sleep|benchmark|true|false|null|exists|if|case|substr\w*|ascii|char|length)\b)|>=|<=|->>?)`,
	ClassXSS: `(?i)(<\s*/?\s*` + xssTagNames + `\b` +
		`|<[a-z][^>]{0,200}\b(on[a-z]{3,25}|formaction|xlink:href|srcdoc|dynsrc|lowsrc)\s*=|\b(java|vb|live)script:\S` +
		`|data\s*:\s*[a-z]+/[a-z+-]+\s*[;,]|\bon[a-z]{3,50}\s*=\s*[^\s&]|expression\s*\(|-moz-binding|behavior\s*:|document\s*\.\s*(cookie|location|write|domain|body)` +
		`|window\s*\.\s*(location|open|name)|\b(alert|prompt|confirm|eval|settimeout|setinterval|atob)\s*[\(\x60]|fromcharcode|\bsrcdoc\b|<!\[cdata\[|<!--` +
		`|\bimport\s*\(|\$\{[^}]*\}\s*\x60|\x60[^\x60]*\$\{|\bconstructor\s*\(|<\?xml|\bvbscript\b|&#x?0*(60|3c|62|3e)\b|\bformaction\s*=|<\s*([a-z]\s){2,}[a-z]` +
		`|-->|&(tab|newline|colon|lpar|rpar|#x0*9|#0*9|#x0*a|#0*10|#x0*d|#0*13);|\[\]\s*\[|\(!\[\]|!\+\[\]|!!\[\]|\b(self|top|parent|window|document|globalthis)\s*(/\*[^*]*\*/\s*)*(\[|\.(/\*[^*]*\*/\s*)*[a-z]|\s\.\s*[a-z]|\.\s*/\*)` +
		`|\bnew\s+function\s*\(|\bimport\s*\{[^}]*\}\s*from\b|\\x[0-9a-f]{2}script|<\s*import|!entity\b|<[\s:]*vml|\(\s*(alert|prompt|confirm|eval)\s*\)` +
		`|['\x22\s/]on[a-z]{3,30}\s*=\s*[^\s=]|(j|&#x?0*(6a|4a|106|74);?)[\s\x00-\x1f]*(a|&#x?0*(61|41|97|65);?)[\s\x00-\x1f]*(v|&#x?0*(76|56|118|86);?)[\s\x00-\x1f]*(a|&#x?0*(61|41|97|65);?)[\s\x00-\x1f]*s[\s\x00-\x1f]*c[\s\x00-\x1f]*r[\s\x00-\x1f]*i[\s\x00-\x1f]*p[\s\x00-\x1f]*t[\s\x00-\x1f]*(:|&colon;|&#x?0*(3a|58);?)[^\s&]` +
		`|<\s*[a-z]+:[a-z]+[\s/>]|\bxmlns(:\w+)?\s*=|<!doctype\b|<\w+[\s/][^>]{0,200}\b(src|href|action|formaction|data)\s*=\s*['\x22]?\s*(javascript|data|vbscript):` +
		`|＜\s*/?\s*[a-z]|¾\s*/?\s*script|[+\s]adw-\w|\.\s*(innerhtml|outerhtml|parentnode|insertadjacenthtml)\b|\bthis\s*\[|@import\s*['\x22(u]|<[a-z][^>]{0,200}\b(srcset|poster|codebase|classid|ping|xlink:\w+)\s*=|\b(alert|prompt|confirm|eval)\s*\.\s*(call|apply|bind)\b|\.\s*(map|find|filter|foreach|then|call)\s*\(\s*(alert|prompt|confirm|eval)\b|\b(alert|prompt|confirm|eval|atob)\s*\?\.\s*\()`,
	ClassRCE: `(?i)(([;|\x60&\x02]|\$\()\s*(/?(usr/)?s?bin/)?(cat|tac|nl|head|tail|more|less|l[sl]|dir|id|who(ami)?|uname|wget|curl|nc|n(et)?cat|(ba|z|k|c|da)?sh|python[23]?|perl|ruby|php|lua|node|ch(mod|own)|rm|mv|cp|echo|printf|ping|nslookup|dig|powershell|pwsh|cmd|net1?|sleep|p?kill|ps|env|export|find|locate|which|whereis|telnet|i[fp]config|systemctl|crontab|base64|xxd|od|awk|sed|e?grep|tar|g?(un)?zip|sudo|su|passwd|useradd|timeout|nohup|xargs|eval|exec|source|touch|mkdir|t?ftp|ssh|scp|socat|openssl|systeminfo|tasklist|certutil|bitsadmin|wmic|reg(svr32)?|rundll32|mshta|[cw]script|nmap|jrunscript|gcc|vim?|tee|dd|mount|shutdown|reboot|alias|uptime|hostname|getent|[sl]trace|fold|ansible[\w-]*|chef[\w-]*|puppet|column|comm|irb|perf|visudo|pip3?|cscli|rmt[\w-]*|docker|kubectl|mysql|psql|sqlite3|sc|schtasks|bcdboot|diskpart|fsutil|icacls|takeown|vssadmin|time|set|type|copy|del|start|date|w|last|history)(\.exe)?([\s;|&\x60)<>\x01$]|$)` +
		`|([=\x01\n]\s*(/?(usr/)?s?bin/)?|\b)(cat|l[sl]|id|uname|wget|curl|nc|n(et)?cat|(ba|k|z)?sh|python[23]?|perl|ruby|php|ch(mod|own)|rm|echo|ping|nslookup|kill|ps|find|grep|tar|sudo|nohup|xargs|ssh|socat|openssl|nmap|tee|dd|gunzip|strace|perf|pip3?|head|tail|awk|sed|base64|crontab|systemctl|mkdir|touch|cp|mv|powershell|certutil|wmic|reg|net|sc|env|ansible[\w-]*|chef[\w-]*|cscli|ifconfig|whoami|busybox)\s+(-{1,2}[a-z][\w-]{0,20}\b|/(etc|bin|usr|var|tmp|dev|proc|home|root|opt|sbin|windows)\b)` +
		`|[=\x01\n]\s*(/?(usr/)?s?bin/)?(cat|l[sl]|id|uname|wget|curl|nc|n(et)?cat|(ba|k|z)?sh|python[23]?|perl|ruby|php|ch(mod|own)|rm|echo|ping|nslookup|kill|ps|find|grep|tar|sudo|nohup|xargs|ssh|socat|openssl|nmap|tee|dd|gunzip|strace|perf|pip3?|head|tail|awk|sed|base64|crontab|systemctl|mkdir|touch|cp|mv|powershell|certutil|wmic|reg|net|sc|env|ansible[\w-]*|chef[\w-]*|cscli|ifconfig|whoami)\s+(/|\.\.?/|\$|\d)` +
		`|[=\x01\n;]\s*(pip3?|ansible[\w-]*|chef-[\w-]+|cscli|busybox|ssh-[\w-]+|ncat|netcat|nmap|certutil|ifconfig|whoami|uname|sudo)\s+\S|\btime\s+(curl|wget|who(ami)?|ifconfig|id|ls|cat|nc|bash|sh|ping)\b` +
		`|=\s*(usr/)?s?bin/[a-z]|\balias\s+([-+]?\w\s+|[-+]\w+\s+)*\S+=|\((ba)?sh\)|\s-e\s+(/bin/)?(ba)?sh\b|\$\{?IFS|\$\{[^}]{0,40}\}|\$\(\s*[a-z/()]|\$\[|\x60[^\x60]{1,120}\x60` +
		`|/bin/(ba|z|k|c|da)?sh\b|/usr/(local/)?bin/|/dev/(tcp|udp)/|cmd(\.exe)?\s*/[ck]\b|powershell(\.exe)?\b|\b(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|assert|create_function|call_user_func)\s*\(` +
		`|\b(invoke-\w+|iex|iwr|new-object|start-process|downloadstring)\b|\$shell\b|\{\s*[a-z/?*$\\]+\s*,\s*[^}]*\}|\{,[^}]+\}|[a-z]\\[a-z]\\?[a-z]|\w'\w'\w` +
		`|\w\x22\w\x22\w|\?\?\?|/\?\?|\*/[a-z]|[a-z/]\[[!^]?[\w/]{1,4}\][a-z/]|[<>]\(\s*\w|\(\)\s*\{|\bfor\s+(/[dlfr]\s+)?[^\n]{0,60}%%?[\w~@\]\-]+\s+in\s*\(` +
		`|\bif\s+(/i\s+)?(not\s+)?(exist|defined|errorlevel)\b|\bif\s+[^\n]{1,40}\s(equ|neq|lss|leq|gtr|geq)\s|\bif(\s*/i)?\s+(not\s+)?([\x22(%!\w]\S*|\x22[^\x22]{0,40}\x22)\s*==` +
		`|%[a-z_~][\w~]*%|\bcat\b[\s\S]{0,20}/etc/|/etc/(passwd|shadow|hosts|group)\b|[;|&]\s*\w+\s+-[a-z]+|\b(wget|curl)\s+(-\S+\s+)*(https?://|ftp://|\d{1,3}\.\d|[\w.-]+\.[a-z]{2,}(/|\s|$))` +
		`|>\s*/(tmp|dev|var)/|2>&1|\|\s*(ba)?sh\b|[=\x01\n]\s*(whoami|id|ifconfig|ipconfig|uname|hostname|pwd|env|ls|ps|uptime|visudo|systeminfo|tasklist)\s*([\x01\n;|]|$)` +
		`|[=\x01\n]\s*((nohup|strace|ltrace|sudo|xargs|stdbuf)\s+[\w/;.]|cd\s+[/.~])|\w+\s*\(\)\s*\{|~[-+]?\d+|~[-+](\s|\x01|$)|\w(''|\x22\x22|\x60\x60|\$[-@*#?!]|>\(\))\w` +
		`|[;&|]\s*at\s+\d)`,
	ClassLFI: `(?i)(\.\.[\\/]|[\\/]\.\.|\.\.%2f|%2e%2e|\.\.;|\.\.\\|/etc/(passwd|shadow|hosts|group|issue|motd|crontab|fstab|sudoers|httpd|apache2|nginx|mysql|ssh)` +
		`|c:[\\/](windows|winnt|boot\.ini|inetpub)|\b(boot|win|system)\.ini\b|/proc/(self|version|cmdline|\d+)/?|/var/log/|\b(file|php|zip|phar|data|expect|glob|jar|netdoc|gopher|dict|ldap|tftp)://` +
		`|\.(htaccess|htpasswd|git/|svn/|env\b|bash_history|ssh/)|web\.config|web-inf|meta-inf|/windows/(system32|win\.ini)|\bnull\b%00|%00|\x00|\.(ini|conf|log|bak|old|swp)\b[\s\S]{0,5}$` +
		`|/\.(git|svn|hg|env|aws|ssh|docker|kube|npmrc|bash_history|htpasswd|htaccess|claude|continue|roo|cline|windsurf|cursor\w*|rovodev|opencode|plandex|n8n|junie|vscode|idea|ds_store|config)\b` +
		`|/(proc|sys)/[a-z]|/etc/[a-z]|\b(error|access|debug|install)\.log\b|__x00__|\w\.(sql|bak|old|swp|orig|save)(\.\w+)?(\s|$|\x01)|\b(ftps?|https?|file|local_file)://[^/\s\x01]*@` +
		`|\b(ftps?|https?)://(\[?[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,}|\d{1,3}(\.\d{1,3}){3})|\bjar:file:|\blocal_file://|%(c0%[ae]f|c1%[89]c|e0%80%ae|f0%80%80%ae)` +
		`|(path|file|inc(lude)?|require|dir|template|root)\]?=\s*(https?|ftps?)://|\b(https?|ftps?)(:/{1,2}[^\s\x01&?]*)?\?(\x01|$)` +
		`|[?&][\w.\[\]-]{1,40}=\s*(ftps?://|https?://[^\s\x01&?#]*\.(txt|php\d?|phtml|sh|pl|py|cgi|jsp|aspx?|inc|exe|dll|bin)\b)|(0x2e|%2e|\.){2}(0x2f|0x5c|%2f|%5c|[/\\])|>\s*/(tmp|etc|var|dev|proc)/|/(https?|ftps?):/{1,2}[^/\s\x01]+` +
		`|/\.([a-vx-z0-9_]|w[^e]|we[^l])[\w.-]*(/|\s|\x01|$)|(^|[=\x01\\:])\s*(etc|proc|sys|windows|winnt|system32|boot)[/\\][\w.-]{2}` + lfiEscapedRegex + `|` + jsonOddEscapeRegex + `)`,
	ClassScanner: `(?i)(sqlmap|nikto|nmap|masscan|zgrab|nuclei|acunetix|nessus|openvas|w3af|dirbuster|gobuster|dirb|wpscan|arachni|burp|\bzap\b|havij|netsparker|appscan|whatweb|fimap|jaeles|wfuzz|ffuf|feroxbuster|skipfish|grabber|morfeus|pangolin|webinspect|webshag|paros|sf\.|struts-pwn|bsqlbf|absinthe|nsauditor|vega|commix|xsser|joomscan|droopescan|\bcrowdstrike\b|qualys|brutus|hydra|medusa|metasploit|nstealth|prowler|jorgee|zmeu|blackwidow|httrack|\bcgichk|\bmysqloit)`,
}

// classParts are further patterns of a class, each its own term of the
// class expression: a vocabulary too long to share one expression with the
// grammar patterns (Cloudflare limits an expression to 4096 characters;
// Build puts each part in its own rule when they do not fit together).
var classParts = map[string][]string{
	ClassSQLi: {sqlFunctionRegex, sqlSyntaxRegex},
	ClassXSS:  {xssSyntaxRegex},
	ClassRCE:  {shellCommandRegex, shellSyntaxRegex, shellOptionRegex},
}

// sqlSyntaxRegex: more SQL grammar — a closed string, a boolean and a
// function call (' AND ASCII(…), ' OR SLEEP(…): PortSwigger's blind
// SQL injection shapes), a value that starts with punctuation
// and then a statement keyword, DDL keywords, comment-then-statement,
// arithmetic after a boolean operator, MongoDB operators in brackets,
// system catalogues and MSSQL/Oracle procedure names.
const sqlSyntaxRegex = `(?i)([=\x01]\s*[^a-z\s\x01&=]+\s*(create|truncate|rename|delete|desc|drop|insert|select|load|update|alter)\s+\w` +
	`|\balter\s+(database|user|view|function|procedure|trigger|index|schema|login|role|session|system|sequence)\b|([#;]|--)\s*(alter|drop|(insert|update)\s*\w{2,})` +
	`|\d\s*(and|between|div|like|x?or)\s*\d+\s*[+-]|/\w+;?[ \t]+(having|select|between|div)\W|\[\s*\$[a-z]{2,12}\s*\]|\biif\s*\(|\bunion[\s(\w]{0,40}\bselect\b` +
	`|\b(autonomous_transaction|n?varchar|tbcreator|dba_users|dbms_\w+|owa_util|openquery|utl_(file|http|inaddr|smtp|tcp)|sql_(longvarchar|variant)|sysaux|msdb|pg_toast)\b` +
	`|\bmsys(access\w+|aces|relationships|queries|modules2?|objects)\b|master\.\.sysdatabases|\bmysql\.db\b|\bsys\.database_name\b|\bsqlite(_temp)?_master\b|\bschema_name\b` +
	`|\bselect\b[\s\S]{1,100}\b(dump|data_type|instr|top\s+\d)\b|\binner\s+join\b|\bload\s+data\b[\s\S]{0,40}\binfile\b|\bprint\W*@@|@@version\b|;\W*(drop|shutdown)\b|'(dbo|msdasql|sa|sqloledb)'|['\x22\x60]\s*\)*\s*(\b(and|or|xor)\b|&&|\|\|)\s*[a-z_]\w*\(|['\x60]\s*[-+*/%^|&<>=]+\s*['\x60\d(@]` + sqlEscapedRegex + `|` + jsonOddEscapeRegex + `)`

// shellSyntaxRegex: more shell grammar — a variable or a quote-split word
// used as a command, SQLite dot commands after a stacked query, history
// expansion, mail (SMTP, IMAP) commands injected after CRLF, Windows
// commands with a /switch after a separator.
const shellSyntaxRegex = `(?i)(([;|\x60]|&&|\$\()\s*\$\{?\w+\}?\s+-\w|\w\$\{?[a-z_]\w*\}?\s+-\w|\w\s+'-'\w|;\s*\.\s*\\?['\x22]?(shell|system|sh|import|output|once|load|read|open|print|cd|dump|excel|log|backup|restore|save|clone|archive)\b` +
	`|~[-+ ]?(\x01|$)|(^|[=\x01;|&\s])!(-?\d+|!)(\s|\x01|$)|[^\n]\r\n[ \t]*((data|quit|noop|rset|stat|capa)\s*(\r|\x01|$)|(help|expn|vrfy)\b)` +
	`|[^\n]\r\n\w{1,10}\s+(uid\s+)?(store|fetch|copy)\s+[\d:*,]+\s|[&|;]\s*[a-z]\w{1,20}(\.exe)?\s*/[a-z?]{1,2}(\s|\x01|$)` +
	`|[^\n]\r\n[ \t]*(mail\s+from|rcpt\s+to|helo|ehlo|apop|retr|dele|quit|uidl)\b|[=\x01\s;|&]set\s+[-+][a-z]\b|\d>&\d|>&\s*/dev/|\$\{?(home|path|shell|user|pwd|ifs|random|hostname|uid|euid|ppid|bash_version)\b|[^\n]\r\n[ \t]*[a-z]?\d+\s+(examine|select|list|search|fetch|store|copy|login|logout|append|uid|status|expunge)\b` + shellEvasionRegex + shellEscapedRegex + `|` + jsonOddEscapeRegex + `)`

// xssTagNames are the elements that run script, load active content or
// change how the page is parsed. Ordinary markup (a, p, b, div, span,
// table, title, img without a handler or script scheme) is not among them:
// rich-text editors send it in forms and JSON, and it runs nothing.
const xssTagNames = `(script|iframe|frame|object|embed|svg|body|style|link|meta|base|form|input|button|video|audio|source|details|marquee|math|applet|frameset|isindex|xml|xss|html|textarea|select|keygen|animate|set|template|noscript|plaintext|xmp|layer|bgsound|portal|import|dialog)`

// ClassPatterns returns the regular expressions of an attack class (nil for
// an unknown class); a request is of the class when any of them matches.
func ClassPatterns(class string) []string {
	re, ok := classRegex[class]
	if !ok {
		return nil
	}
	return append([]string{re}, classParts[class]...)
}

// ClassPattern returns the first (grammar) regular expression of an attack
// class ("" for an unknown class).
func ClassPattern(class string) string { return classRegex[class] }

// Fields names what a class rule inspects beyond the defaults: header
// names whose values are URL-decoded and inspected (custom headers such as
// x-api-version; the Rules language cannot select header values by a name
// pattern, so only named headers are read), and top-level JSON keys of the
// body whose string values lookup_json_string decodes (JSON escapes such as
// \u0027 undone; Enterprise).
type Fields struct {
	Headers  []string `json:"headers,omitempty" jsonschema:"header names to inspect (decoded) besides user-agent, referer, x-forwarded-for"`
	JSONKeys []string `json:"json_keys,omitempty" jsonschema:"top-level JSON body keys to decode with lookup_json_string (Ent)"`
	// Zone is the zone's name: with it the lfi class also flags a
	// parameter value that is a URL to a host outside the zone (remote file
	// inclusion, offDomainTerm).
	Zone string `json:"-"`
}

var headerNameRe = lazyre.New(`^[a-z0-9][a-z0-9-]{0,63}$`)

// structuredHeaders are never inspected: their grammar (client hints with
// GREASE brands, media ranges with q-values, cookie names) is not
// attacker-free-text and made browsers match.
func structuredHeader(h string) bool {
	return strings.HasPrefix(h, "sec-ch-") || strings.HasPrefix(h, "accept") || h == "cookie" || strings.HasPrefix(h, "sec-fetch-")
}

// ClassExpression returns the detection expression of an attack class for
// a plan with the default fields (ClassExpressionFor).
func ClassExpression(class string, plan rules.Plan) (string, error) {
	return ClassExpressionFor(class, plan, Fields{})
}

// scoreTerm is Cloudflare's own detection for a class: the per-class
// attack score on Enterprise (1–20 is Cloudflare's "attack" band), the
// class-agnostic score class on Business; "" where there is none.
func scoreTerm(class string, plan rules.Plan) string {
	switch plan {
	case rules.PlanEnterprise, rules.PlanUnknown:
		switch class {
		case ClassSQLi, ClassXSS, ClassRCE:
			return "cf.waf.score." + class + " le 20"
		case ClassLFI:
			return "cf.waf.score le 20"
		}
	case rules.PlanBusiness:
		if class != ClassScanner {
			return `cf.waf.score.class eq "attack"`
		}
	}
	return ""
}

// ClassExpressionFor returns the detection expression of an attack class
// for a plan. Regular expressions need Business or Enterprise; on Free and
// Pro a smaller set of substring checks over the decoded URI is used.
//
// The pattern runs over one string built field by field, each with the
// decoding it needs: the URI (url_decode, recursive), cookie values (never
// their names), the user agent, referer and x-forwarded-for (decoded),
// the named custom headers, the query argument values decoded from base64
// and — on Enterprise — the form values, the multipart part values without
// their framing, the raw body (JSON, XML, text), a body that is base64 as a
// whole, and named JSON keys (lookup_json_string). sec-ch-*, accept*,
// sec-fetch-* and the cookie header are never inspected with the class
// patterns; every header value is read for the strongest constructs of
// each class only, cookie names never deciding (headerTerms), and the URI,
// every header value and the raw body for attack tokens in base64
// (base64Term). On Business and Enterprise Cloudflare's attack score is
// or-ed in (scoreTerm).
func ClassExpressionFor(class string, plan rules.Plan, f Fields) (string, error) {
	terms, err := ClassTerms(class, plan, f)
	if err != nil {
		return "", err
	}
	if len(terms) == 1 {
		return terms[0], nil
	}
	return "(" + strings.Join(terms, " or ") + ")", nil
}

// ClassTerms returns the terms of an attack class's expression for a plan:
// one per pattern of the class, the attack score (where the plan has it)
// or-ed into the first. A request is of the class when any term matches;
// each term alone stays within Cloudflare's expression limit, so a class
// too long for one rule can be deployed as one rule per term.
func ClassTerms(class string, plan rules.Plan, f Fields) ([]string, error) {
	pats := ClassPatterns(class)
	if pats == nil {
		return nil, fmt.Errorf("attack class %q is not known; accepted: %s", class, strings.Join(AttackClasses(), ", "))
	}
	if plan == rules.PlanFree || plan == rules.PlanPro {
		return []string{substringExpression(class)}, nil
	}
	if class == ClassScanner {
		return []string{"http.user_agent matches " + rawString(pats[0])}, nil
	}
	src, err := subject(plan, f)
	if err != nil {
		return nil, err
	}
	if class == ClassLFI {
		// Overlong UTF-8 (%c0%ae = ".") is undone by no Rules function:
		// the path-traversal rule also reads the URI as sent.
		src = strings.TrimSuffix(src, ")") + `, "\x01", raw.http.request.uri)`
	}
	var terms []string
	for i, re := range pats {
		// Patterns avoid a literal double quote (\x22 instead), so the raw
		// string never needs #s and simple expression scanners stay in sync.
		s := src
		if re == sqlFunctionRegex {
			// Device models in user agents read as SQL function calls
			// ("moto g power (2022)"); the grammar pattern still reads
			// the user agent for the time and file functions.
			s = strings.Replace(s, `, "\x01", http.user_agent`, "", 1)
		}
		e := s + " matches " + rawString(re)
		if st := scoreTerm(class, plan); st != "" && i == 0 {
			e = "(" + e + " or " + st + ")"
		}
		terms = append(terms, e)
	}
	terms = append(terms, headerTerms(class, plan)...)
	if t := base64Term(class, plan); t != "" {
		terms = append(terms, t)
	}
	if class == ClassLFI {
		if f.Zone != "" {
			z, err := zoneName(f.Zone)
			if err != nil {
				return nil, err
			}
			if t := offDomainTerm(plan, z); t != "" {
				terms = append(terms, t)
			}
		}
	}
	return terms, nil
}

func subject(plan rules.Plan, f Fields) (string, error) {
	// Everything URL-decodable is decoded once, recursively ("ur"); the
	// base64 decodings stay outside (they need the value undecoded).
	dec := []string{
		"http.request.uri",
		`join(join(http.request.cookies[*], "\x01"), "\x01")`,
		"http.user_agent", "http.referer", "http.x_forwarded_for",
	}
	raw := []string{`join(decode_base64(url_decode(http.request.uri.args.values[*])[*]), "\x01")`}
	seen := map[string]bool{"user-agent": true, "referer": true, "x-forwarded-for": true}
	for _, h := range f.Headers {
		h = strings.ToLower(strings.TrimSpace(h))
		if seen[h] {
			continue
		}
		seen[h] = true
		if !headerNameRe.MatchString(h) {
			return "", fmt.Errorf("header %q is not a header name (lowercase letters, digits and -)", h)
		}
		if structuredHeader(h) {
			return "", fmt.Errorf("header %q is not inspected: sec-ch-*, sec-fetch-*, accept* and cookie carry browser grammar (GREASE brands, q-values), not free text; cookie values are already inspected", h)
		}
		dec = append(dec, `join(http.request.headers[`+rules.QuoteString(h)+`], "\x01")`)
	}
	if plan == rules.PlanEnterprise || plan == rules.PlanUnknown {
		dec = append(dec, `join(http.request.body.form.values, "\x01")`, `join(http.request.body.multipart.values, "\x01")`, "http.request.body.raw")
		raw = append(raw, "decode_base64(http.request.body.raw)")
		keys := map[string]bool{}
		for _, k := range f.JSONKeys {
			k = strings.TrimSpace(k)
			if k == "" || keys[k] || len(k) > 100 {
				return "", fmt.Errorf("json_keys %q is not accepted: give distinct top-level keys of at most 100 characters", k)
			}
			keys[k] = true
			raw = append(raw, `lookup_json_string(http.request.body.raw, `+rules.QuoteString(k)+`)`)
		}
	} else if len(f.JSONKeys) > 0 {
		return "", fmt.Errorf("json_keys need body inspection, which needs an Enterprise plan (the zone is on %s)", plan)
	}
	const sep = `, "\x01", `
	return `concat(url_decode(concat(` + strings.Join(dec, sep) + `), "ur")` + sep + strings.Join(raw, sep) + ")", nil
}

// substring indicators for plans without regular expressions.
var classSubstrings = map[string][]string{
	ClassSQLi:    {"union select", "union all select", "' or '", "' or 1", "\" or \"", "or 1=1", "sleep(", "benchmark(", "information_schema", "xp_cmdshell", "waitfor delay", "'--", "/*!", "load_file(", "extractvalue(", "updatexml(", "pg_sleep("},
	ClassXSS:     {"<script", "javascript:", "onerror=", "onload=", "onmouseover=", "<svg", "<iframe", "document.cookie", "alert(", "<img src=x", "vbscript:", "onfocus=", "srcdoc", "fromcharcode"},
	ClassRCE:     {";cat ", "; cat ", "|cat ", "cat /etc/", "/etc/passwd", "$(", "`", "/bin/sh", "/bin/bash", "${ifs", "; ls", "| ls", "&& cat ", "&& id", "&& ls", "&& whoami", "wget ", "curl ", "cmd.exe", "powershell", "nc -e", "/dev/tcp/"},
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
