package wafsynth

// Vocabularies: the names a grammar cannot derive. Each is its own pattern
// of its class (classParts) because it does not fit into one 4096-character
// expression with the grammar patterns.
//
// The names come from the OWASP Core Rule Set v4 (Apache-2.0; rules
// 942150, 942151, 942152 and 942410 for SQL functions, 932237 for Unix
// commands), expanded to plain names and re-factored as a prefix tree; a
// few Windows commands are added. The contexts they must appear in are this
// package's own (see the comments), narrower than CRS's, so that English
// words that are also command names ("time", "yes", "make") do not match a
// form field on their own.

// sqlFunctionRegex: a SQL built-in function name followed by its opening
// parenthesis (up to four punctuation bytes between them — comments,
// backslashes, "=" — as in md5\( or encode=( ); json_* and sqlite_* by
// prefix. The parenthesis may be JSON-escaped (\u0028): JSON bodies are
// read as sent.
const sqlFunctionRegex = `(?i)\b(?:json_\w+|sqlite_\w+|(?:a(?:bs|cosh?|dd(?:date|time)|es_(?:decrypt|encrypt)|s(?:cii(?:str)?|inh?)|tan(?:2|h)?|vg)|b(?:enchmark|i(?:n(?:_to_num)?|t_(?:and|count|length|or|xor)))|c(?:ast|eil(?:ing)?|h(?:a(?:nges|r(?:_length|acter_length|set)?)|r)|o(?:alesce|ercibility|llation|mpress|n(?:cat(?:_ws)?|nection_id|v(?:ert(?:_tz)?)?)|sh?|t|unt)|rc32|ur(?:date|rent_(?:date|setting|time(?:stamp)?|user)|time))|d(?:a(?:t(?:abase(?:_to_xml)?|e(?:_(?:add|format|sub)|diff)?)|y(?:name|of(?:month|week|year))?)|b_name|count|e(?:code|fault|grees|s_(?:decrypt|encrypt))|ump)|e(?:lt|n(?:c(?:ode|rypt)|ds(?:_with|with))|x(?:ecute|p(?:ort_set)?|tract(?:value)?))|f(?:i(?:eld(?:_in_set)?|nd_in_set)|loor(?:avg)?|o(?:rmat|und_rows)|rom_(?:base64|days|unixtime))|g(?:e(?:ometrycollection|t(?:_(?:format|lock)|pgusername))|lob|r(?:eatest|oup_concat)|tid_subset)|h(?:ex(?:toraw)?|our)|i(?:f(?:null)?|if|n(?:et(?:6_(?:aton|ntoa)|_(?:aton|ntoa))|s(?:ert|tr)|terval)?|s(?:_(?:free_lock|ipv(?:4(?:_(?:compat|mapped))?|6)|n(?:ot(?:_null)?|ull)|superuser|used_lock)|null)?)|l(?:ast(?:_(?:day|insert_(?:id|rowid)))?|case|e(?:ast|ft|ngth)|i(?:ke(?:l(?:ihood|y))?|nestring)|n|o(?:_(?:from_bytea|put)|ad_(?:extension|file)|ca(?:l(?:timestamp)?|te)|g(?:10|2)?|wer(?:pi)?)|pad|trim)|m(?:a(?:ke(?:_set|date)|ster_pos_wait|x)|d5|i(?:crosecond|d|n(?:ute)?)|o(?:d|nth(?:name)?)|ulti(?:linestring|po(?:int|lygon)))|n(?:ame_const|o(?:t_in|w)|ullif)|o(?:ct(?:et_length)?|ld_password|rd)|p(?:assword|eriod_(?:add|diff)|g_(?:client_encoding|database|l(?:argeobject|s_dir)|read_file|sleep|user)|i|o(?:lygon|sition|w(?:er)?)|r(?:intf|ocedure_analyse))|qu(?:arter|ery_to_xml|ote)|r(?:a(?:dians|nd(?:om(?:blob)?)?|wto(?:hex|nhex(?:toraw)?))|e(?:lease_lock|p(?:eat|lace)|verse)|ight|o(?:und|w_(?:count|to_json))|pad|trim)|s(?:chema|e(?:c(?:_to_time|ond)|ssion_user)|ha(?:1|2)?|i(?:gn|nh?)|leep|oundex|pace|qrt|t(?:arts(?:_with|with)|d(?:dev(?:_(?:pop|samp))?)?|r(?:_to_date|cmp))|u(?:b(?:date|str(?:ing(?:_index)?)?|time)|m)|ys(?:date|tem_user))|t(?:anh?|ime(?:_(?:format|to_sec)|diff|stamp(?:add|diff)?)?|o(?:_(?:base64|char|days|jsonb?|nchar|seconds)|char|days|nchar|seconds|tal(?:_changes)?)|r(?:im|unc(?:ate)?)|ypeof)|u(?:case|n(?:compress(?:ed_length)?|hex|i(?:code|str|x_timestamp)|likely)|p(?:datexml|per)|se(?:_json_null|r)|tc_(?:date|time(?:stamp)?)|uid(?:_short)?)|v(?:a(?:lues|r(?:_(?:pop|samp)|iance))|ersion)|we(?:ek(?:day|ofyear)?|ight_string)|xmltype|year(?:week)?|zeroblob))(?:[^\w\s]{0,4}\s*\(|\s*\\u0028)`

// shellCommandRegex: a Unix or Windows command name where a shell starts a
// command — after ; | || && a backtick or $( (not a newline: multipart
// framing and text bodies have them before ordinary words) — optionally with a
// directory, and followed by the end of the command word (space, redirect,
// separator, closing parenthesis or backtick, end of value). Separators
// may be JSON-escaped (\u003b, \u007c, \u0060, \u0026\u0026,
// \u0024\u0028), and the command may end a JSON string: JSON bodies are
// read as sent. Shell keywords that close a block (done) are not in the
// vocabulary: after a ; they are ordinary text ("…"; done).
const shellCommandRegex = `(?i)(?:[;|\x60]|&&|\$\(|\\u00(?:3b|7c|60)|\\u0026\\u0026|\\u0024\\u0028)\s*(?:[\w.~-]*/)*[\x22']?` + shellVocab + `(?:\.exe|[\d.]+)?[\x22']?(?:[\s;|&<>)\x60\x01\x22]|\\u00(?:3b|7c|26|3c|3e|29|60)|$)`

// shellOptionRegex: a command name where a value starts, with an option
// (-x, --long) or a system directory as its first argument — a command
// line pasted into a parameter the application hands to a shell (the
// shape of CRS 932230–932239's "command at the start of a value" without
// their bare-word form, which matches English: "time to go"). An option
// is a dash and a letter right after the command; English puts a space
// after a dash ("date - tomorrow").
const shellOptionRegex = `(?i)(?:^|[=\x01\n])\s*(?:[\w.~-]*/)*` + shellVocab + `(?:\.exe)?\s+(?:-{1,2}[a-z][\w-]{0,20}(?:[\s=&\x01]|$)|/(?:etc|bin|usr|var|tmp|dev|proc|home|root|opt|sbin|windows)/)`

// shellVocab is the command-name group of shellCommandRegex.
const shellVocab = `(?:(?:7z(?:a|r|x)?|a(?:b|dd(?:group|user)|getty|l(?:ias|pine)|nsible|pt(?:\-get|itude)?|r(?:ch|ia2c|j(?:\-register|disp)?|p)?|s(?:cii(?:\-xfr|85)|h|pell)?|t(?:obm)?|u(?:ditctl|repot|search)|w(?:k|s)|xel)|b(?:a(?:s(?:e(?:32|64|n(?:ame|c))|h)|tch)|itsadmin|lkid|pftrace|r(?:eaksw|idge|wap)|sd(?:cat|iff|tar)|u(?:iltin|n(?:dler|zip2)|s(?:ctl|ybox))|y(?:ebug|obu))|c(?:a(?:ncel|psh|rgo|t)|c|ert(?:bot|util)|h(?:attr|dir|ef|flags|g(?:passwd|rp)|mod|o(?:om|wn)|pass|root|sh)|l(?:ang(?:\+\+)?|ippy\-driver)|m(?:d|p)|o(?:bc(?:run)?|lumn|m(?:m(?:and)?|p(?:oser|ress))|p(?:roc|y)|w(?:say|think))|p(?:an|io|ulimit)?|r(?:ash|on(?:tab)?)|s(?:c(?:li|ript)|h|plit|vtool)|u(?:psfilter|rl|t))|d(?:a(?:sh|te)|d|el|f|hclient|i(?:alog|ff|g|r)|m(?:esg|idecode|setup)|nf|o(?:as|cker|sbox)|pkg|u|vips)|e(?:2fsck|asy_install|b|cho|d|fax|grep|macs|n(?:d(?:if|sw)|v(?:\-update)?)|qn|s(?:ac|h)?|val|x(?:ec|iftool|p(?:and|ect|ort|r))?)|f(?:acter|c|d(?:find|isk|mount|umount)|etch|g(?:rep)?|i(?:le(?:test)?|n(?:d|ger)|sh)?|lock|mt|o(?:ld|reach)|ping|tp(?:stats|who)?|unction)|g(?:awk|c(?:c|ore)|db|e(?:m|ni(?:e|soimage)|t(?:cap|facl)?)|hci?|i(?:mp|nsh|t)|o|pg|r(?:c(?:at)?|ep|oupmod)|tester|unzip|z(?:cat|exe|ip))|h(?:ash|d|e(?:ad|xdump)|i(?:ghlight|story)|ost(?:id|name)|ping3|t(?:digest|op|passwd)|up)|i(?:c(?:acls|onv)|d|f(?:config|top)|nstall|onice|p(?:6tables|config|p(?:eveprinter|find|tool)|tables)?|rb|spell)|j(?:ava|exec|js|o(?:bs|in|urnalctl)|q|runscript)|k(?:ill(?:all)?|nife|s(?:h|shell))|l(?:a(?:st(?:comm|log(?:in)?)?|tex)?|d(?:config|d)?|ess(?:echo|file|pipe)?|ftp(?:get)?|l|n|o(?:ca(?:l|te)|g(?:inctl|name|save)|ok|setup)|p|s(?:b_release|cpu|hw|mod|of|pci|usb)?|trace|ua|ynx|z)?|m(?:a(?:il(?:q|x)?|ke|n|wk)|k(?:dir|fifo|nod|temp)|locate|o(?:re|squitto|unt)|shta|tr|utt|v|ysql)|n(?:a(?:no|sm|wk)|c(?:at)?|e(?:ofetch|t(?:1|cat|plan|stat)?)|ice|l|m(?:ap)?|o(?:de|hup)|p(?:ing|m)|roff|s(?:enter|lookup|tat))|o(?:ctave|d|nintr|p(?:en(?:ssl|v(?:pn|t))|kg))|p(?:a(?:cman|rted|s(?:swd|te)|tch|x)|d(?:b|ksh)|er(?:f|l(?:5|sh)?|ms)|f(?:tp)?|g(?:rep)?|hp(?:\-cgi|5|7)?|i(?:c(?:o(?:nv)?)?|dstat|gz|ng6?|p)|k(?:exec|g(?:_info|info)?|ill)|o(?:pd|st|wershell)|r(?:int(?:env|f)|y)?|s(?:ed|ftp|ql)?|t(?:ar|x)|u(?:ppet|shd)|w(?:d|sh)|xz|ython(?:2|3)?)|r(?:a(?:k(?:e|u)|r)|bash|cp?|e(?:a(?:delf|lpath)|boot|d(?:carpet)?|gsvr32|name|p(?:eat|lace)|stic|v)|l(?:ogin|wrap)|m(?:dir|t|user)?|nano|oute|pm|sync(?:\-ssl)?|u(?:by|n(?:\-(?:mailcap|parts)|c|dll32))|vi(?:ew|m))|s(?:ash|c(?:h(?:ed|tasks)|p|r(?:een|ipt))|diff|e(?:d|ndmail|rvice|t(?:arch|cap|env|facl|sid)?)|ftp|g|h(?:red|u(?:f|tdown))?|l(?:eep|sh)|mbclient|o(?:cat|elim|rt|urce)|plit|qlite3|s(?:h(?:pass)?)?|t(?:art\-stop\-daemon|dbuf|r(?:ace|ings))|u(?:do(?:edit|replay)?)?|vn|ys(?:ctl|tem(?:ctl|d\-resolve|info)))|t(?:a(?:c|ilf?|r|sk(?:list|set)?)|bl|c(?:lsh|p(?:dump|ing|traceroute)|sh)|e(?:e|lnet|x)|ftp|i(?:c|me(?:datectl|out)?)|mux|o(?:p|uch)|r(?:a(?:ceroute6?|p)|off)|shark|ype)|u(?:conv|l(?:imit)?|n(?:ame|compress|expand|iq|l(?:ink|z(?:4|ma))|pigz|rar|s(?:et|hare)|xz|z(?:ip|std))|p(?:2date|date\-alternatives|time)|ser(?:add|del|mod)|u(?:decode|encode))|v(?:algrind|i(?:ew|gr|m(?:diff)?|pw|rsh|sudo)?|olatility)|w(?:a(?:ll|tch)|c|get|h(?:iptail|o(?:ami|is)?)|i(?:reshark|sh)|mic|script)?|x(?:args|mo(?:dmap|re)|pad|term|xd|z)|y(?:arn|e(?:lp|s)|um)|z(?:athura|ip|s(?:h|td)|ypper)))`
