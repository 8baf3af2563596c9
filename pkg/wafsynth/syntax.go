package wafsynth

// More grammar, each a part of its class (classParts): constructs the
// first pattern of a class does not cover, and the JSON-escaped forms of
// the core constructs. The raw body is read as sent, and the only Rules
// function that undoes \uXXXX escapes, lookup_json_string, needs a named
// key; a JSON string whose punctuation is escaped (\u003c for <, \u0027
// for ', \u0028 for …) is matched by writing the escape into the pattern.
// A word after an escape has no \b before it (the escape ends in a hex
// digit), so the escape itself counts as the boundary.

// xssSyntaxRegex: event handlers whose = is an entity or follows a slash,
// vbscript:/livescript:/data: URIs with whitespace and entity
// obfuscation, script calls that avoid the plain name( form (tagged
// templates, .call/.apply on a global, (0,f)(…), Function('…'),
// Reflect.apply, bracket access on frames/opener, .constructor), a tag
// of any name with an attribute, runs of printable-ASCII entities or
// \u00XX / \xXX escapes (browsers never encode ASCII that way), the
// JSON-escaped forms, client-side template injection ({{ with a call,
// member or $ inside }}), and a quote that ends a script string followed by
// a property assignment (' x.y=).
const xssSyntaxRegex = `(?i)(<[a-z][^>]{0,200}[\s/\x22'\x00-\x20]on[a-z]{3,30}[\s\x00-\x20/]*(=|&#x?0*(3d|61);?|&equals;)|[\s/\x22']on[a-z]{3,30}[\s\x00-\x20]*(&#x?0*(3d|61);?|&equals;)` +
	`|\b(vb|live)[\s\x00-\x20]*s[\s\x00-\x20]*c[\s\x00-\x20]*r[\s\x00-\x20]*i[\s\x00-\x20]*p[\s\x00-\x20]*t[\s\x00-\x20]*(:|&colon;|&#x?0*(3a|58);?)` +
	`|\bdata[\s\x00-\x20]*(:|&colon;|&#x?0*(3a|58);?)[\s\x00-\x20]*(text/(html|javascript|xml)|image/svg|application/(x-)?(javascript|ecmascript|xhtml))` +
	`|\b(alert|prompt|confirm|eval|settimeout|setinterval|fetch|atob|write|writeln|open|print|function)\s*\x60|\.\s*(call|apply)\s*\(\s*(null|this|window|self|top|parent|undefined|0)\b` +
	`|\b(frames|opener|content|globalthis)\s*\[|[.\[]\s*['\x22\x60]?\s*constructor\b|\(\s*\d+\s*,\s*[a-z_$][\w$.]*\s*\)\s*[(\x60]|\bfunction\s*\(\s*['\x22\x60]|\breflect\s*\.\s*(apply|construct)\b` +
	`|\b(unescape|decodeuri(component)?)\s*\(|\bstring\s*\.\s*fromcodepoint\b|\blocation\s*(\.\s*(href|hash|search|replace|assign))?\s*=\s*['\x22\x60]?\s*(javascript|data|vbscript)` +
	`|<[a-z][\w:-]{0,30}[\s/+]+[a-z][\w:-]{0,30}\s*=|(&#(x0*[2-7][0-9a-f]|0*(3[2-9]|[4-9]\d|1[01]\d|12[0-6]));?\s*){3,}|(\\u00[2-7][0-9a-f]|\\x[2-7][0-9a-f]){3,}` +
	`|\\u003c\s*(\\u002f)?\s*[a-z]|(\b|\\u00[0-9a-f]{2})on[a-z]{3,30}\s*\\u003d|(\b|\\u00[0-9a-f]{2})(java|vb)script\s*\\u003a` +
	`|(\b|\\u00[0-9a-f]{2})(alert|prompt|confirm|eval|atob|settimeout)\s*\\u00(28|60)|\bdocument\s*\\u002e\s*(cookie|domain|write|location)|\bnew\s+function\s*\\u0028|\{\{[^}]{0,200}[(\[.$][^}]{0,200}\}\}|['\x22]\s*[;,)]?\s*\b[a-z_$][\w$]*\s*\.\s*[a-z_$][\w$]*\s*=[^=]|\\u0060[^\x22]{0,80}\\u0024\\u007b|` + jsonOddEscapeRegex + xssNoParenRegex + `)`

// jsonOddEscapeRegex: a \u00XX escape of a printable ASCII character that
// no JSON encoder escapes. Encoders write " and \ with a backslash, escape
// control characters and (optionally) non-ASCII, and the HTML-safe ones
// also < > & ' " + = and the backtick (Go's encoding/json, Gson's
// htmlSafe default, .NET's JavaScriptEncoder.Default, PHP's JSON_HEX_*
// flags; see RFC 8259 §7); none escapes letters, digits, spaces or
// ( ) ; | $ . - * # % ! : ? @ [ ] { } ~ ^ , _. A string that does was
// escaped by hand to hide what it says, so every class counts it: the
// raw body is read as sent, and no Rules function but lookup_json_string
// (which needs a named key) undoes the escapes. An escaped backslash
// before u (\\u0028, the text \u0028) is not an escape.
const jsonOddEscapeRegex = `(^|[^\\])(\\\\)*\\u00(2[0134589acde]|3[0-9abf]|4[0-9a-f]|5[0-9abdef]|6[1-9a-f]|7[0-9a-e])`

// xssNoParenRegex: calls without parentheses and JSFuck/Hieroglyphy
// primitives (PortSwigger's XSS cheat sheet, "Restricted characters";
// OWASP CRS 941360/941400's descriptions): a dialog function assigned to
// valueOf/toString or thrown into onerror, Symbol.hasInstance, a method
// of an array literal called through .call/.apply/.bind or a tagged
// template, +[] and +{} coercions.
const xssNoParenRegex = `|\b(valueof|tostring)\s*=\s*(alert|prompt|confirm|eval|print)\b|\bthrow\s+onerror\b|\bsymbol\s*\.\s*hasinstance\b` +
	`|\[\s*\]\s*\.\s*[a-z]+\s*\.\s*(call|apply|bind)\b|\.\s*(call|apply)\s*\x60|\[\s*\+\s*\[\s*\]\s*\]|\(\s*\+\s*\{\s*\}\s*\+\s*\[\s*\]\s*\)`

// sqlEscapedRegex: JSON-escaped SQL — a quote (\u0027, \u0022, \u0060)
// then a boolean or statement keyword or a comment, UNION SELECT with
// escaped parentheses or comments, comparisons with an escaped operator,
// stacked queries after an escaped semicolon. A \" is not an escaped
// quote here: it is how JSON writes every double quote, and the plain
// grammar reads the quote after the backslash.
const sqlEscapedRegex = `|\\u00(27|22|60)\s*(\\u0029\s*)*(\b|\\u00[0-9a-f]{2})(or|and|xor|union|select|having|order|group|waitfor|div|like|rlike|regexp)\b` +
	`|\\u00(27|22|60)\s*(\\u0029\s*)*(\\u002d\\u002d|\\u0023|\\u003b)|\bunion(\s|\\u0028|\\u002f\\u002a[^*]{0,40}?\\u002a\\u002f)+(all\s+|distinct\s+)?(\\u0028)?select\b` +
	`|\b(or|and|xor)\s+(\d+|\\u00(27|22)\w*\\u00(27|22))\s*(\\u003d|\\u003c\\u003e|\\u0021\\u003d|\\u003e|\\u003c)|\\u003b\s*(drop|select|insert|update|delete|exec|execute|shutdown|waitfor|declare|create|alter|truncate)\b` +
	`|\\u0028\s*select\b|\\u002f\\u002a|\\u003d\s*\\u0028|\\u0021\\u003d|\\u003[ce]\\u003d|\\u003c\\u003e|\\u003a\\u003a\s*[a-z]|\\u0026\\u0026|\\u007c\\u007c` +
	`|\\u0029\s*(like|and|or|xor)\s*\\u0028|\blike\s+\\u00(27|22)|\\u005b\\u0024[a-z]{2,12}\\u005d|\\u003b\s*\\u002d\\u002d|\\u0027\s*\\u003[ce]` +
	// MATCH … AGAINST, MERGE INTO, EXECUTE IMMEDIATE, boolean full-text
	// mode, PROCEDURE ANALYSE, MySQL's 1.e( / 1.e, scientific notation.
	// A WHERE clause with a comparison; quote look-alikes that databases
	// convert to a quote (modifier apostrophe, fullwidth, prime).
	// Probes: a value that is only quotes or an escaped quote or hash, and
	// the integers that overflow 32-bit and 64-bit columns (CRS 942220's
	// list).
	`|\bmatch\s*\([^)]{0,100}\)\s*against\s*\(|\bmerge\s+into\b|\bexecute\s+immediate\b|\bin\s+boolean\s+mode\b|\bprocedure\s+analyse\b|\d\.e[),]` +
	`|\bwhere\s+(\d+|'[^'&\x01]{0,20}'|\w+)\s*(=|<>|!=|\blike\b|\bin\s*\()\s*['\x22(\d]|(ʼ|＇|′)\s*(or|and|union|select|#|--|;)` +
	`|[=\x01]\s*([\x22'\x60]{2,}|\\x(2[237]|60))\s*(&|\x01|$)|[=\x01]\s*(-?(4294967295|4294967296|2147483647|2147483648|2147483649|0000012345|0000023456)|1e309|2\.2250738585072011e-308|9223372036854775807|9223372036854775808|18446744073709551615|18446744073709551616)\s*(&|\x01|$)`

// shellEvasionRegex: PowerShell cmdlets (a verb, a hyphen and one of the
// nouns attackers use; not the English "get-together" kind), a variable
// spliced into a command word before its argument (cat$u /etc), glob
// characters in a system path in a value (/b?n/, /etc/pa*wd), cmd's caret
// splitting (w^h^oami), input redirected from a system path (cat</etc/…),
// ANSI-C quoting ($'\x63at'), a command made of two variables ($a$b),
// shell loops (for v in … ; do, while true/:/[ … ; do).
const shellEvasionRegex = `|\b(get|set|new|remove|invoke|start|stop|add|import|export|copy|move|test|register|clear)-(childitem|content|item|itemproperty|process|service|object|webrequest|restmethod|expression|command|wmiobject|ciminstance|acl|location|variable|alias|module|executionpolicy|mppreference|localuser|localgroupmember|scheduledtask|netfirewallrule|eventlog|hotfix|computerinfo|psdrive|credential|filehash|clipboard|bitstransfer)\b` +
	`|\b(out-(file|string|null)|write-host|convertto-securestring|frombase64string)\b|\w\$\{?[a-z_]\w{0,10}\}?(\s+[-/]|/)|[=\x01\s;|&\x60]/([a-z]{0,3}[?*][a-z?*]{0,3}/|(s?bin|etc|usr|dev|tmp|proc|var)/[a-z]*[?*][a-z?*]*([\s/&;|\x01]|$))` +
	`|[a-z]\^[a-z]+\^[a-z]|[\w\s]<\s*/(etc|proc|dev|tmp|var|home|root)/|\$'\\(x[0-9a-f]{2}|[0-7]{3})|(^|[;|&\s=\x60(])\$\{?[a-z_]\w*\}?\$\{?[a-z_]\w*` +
	`|\bfor\s+\w+\s+in\s+[^;\x01]{1,80};\s*do\b|\b(while|until)\s+(true|:|\[\[?\s)[^;\x01]{0,80};\s*do\b`

// shellEscapedRegex: JSON-escaped shell — $( ${ $[, a backtick pair,
// system directories between escaped slashes, a pipe into a shell, a
// variable run as a command with an option, process substitution, glob
// brackets after a slash, PowerShell verbs, cmd's FOR … %v IN ( and
// IF … == forms.
const shellEscapedRegex = `|\\u0024\\u0028|\\u0024\\u007b|\\u0024\\u005b|\\u0060[^\x22]{1,80}\\u0060|\\u002f(bin|etc|usr|dev|proc|tmp)\\u002f|\\u007c\s*(ba)?sh\b` +
	`|[\x22=\s]s?bin\\u002f[a-z]|\\u0024\{?[a-z_]\w*\}?\s+\\u002d\w|\\u003[ce]\\u0028|\\u002f\\u005b|\binvoke\\u002d[a-z]` +
	`|\bfor\b[^\x22]{0,100}\\u0025[^\x22]{0,60}\bin\s*\\u0028|\bif\b[^\x22]{0,80}\\u003d\\u003d|\bif\s*\\u002fi\b`

// lfiEscapedRegex: JSON-escaped traversal — dots before an escaped slash
// or backslash, system directories and wrapper schemes with escaped
// punctuation; and a URL whose ':' and '/' are escaped (no JSON encoder
// writes a URL so: the string was escaped whole to hide it) or that ends
// in an escaped '?'.
const lfiEscapedRegex = `|(\.|\\u002e){2}(\\u002f|\\u005c)|\\u002e\\u002e|\\u002f(etc|proc|windows|winnt)\\u002f|\b(file|php|zip|phar|data|expect|glob|jar|gopher|dict|ldap|tftp)\\u003a\\u002f\\u002f` +
	`|\b(https?|ftps?)\\u003a\\u002f\\u002f|\b(https?|ftps?)(\\u003a[^\x22]*)?\\u003f\x22|\\u0000|\\u002e(htaccess|htpasswd|env|git)\b`
