package wafsynth

import (
	"encoding/base64"
	"math/rand/v2"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// The complement pattern agrees with a direct comparison of the authority
// on random authorities built from the zone's names with edits.
func TestOffDomainPatternIsTheComplement(t *testing.T) {
	const zone = "example.com"
	re := regexp.MustCompile(offDomainPattern(zone))
	seeds := []string{zone, "www." + zone, "shop.eu." + zone, "example.co", "xample.com", "com", "evil.example", zone + ".evil.com"}
	r := rand.New(rand.NewPCG(7, 12))
	alphabet := "abcdexmplo.w-:19"
	for i := 0; i < 20000; i++ {
		h := []byte(seeds[r.IntN(len(seeds))])
		for n := r.IntN(3); n > 0; n-- {
			switch r.IntN(3) {
			case 0:
				h[r.IntN(len(h))] = alphabet[r.IntN(len(alphabet))]
			case 1:
				h = h[r.IntN(len(h)):]
			case 2:
				h = append([]byte{alphabet[r.IntN(len(alphabet))]}, h...)
			}
			if len(h) == 0 {
				h = []byte("a")
			}
		}
		if r.IntN(3) == 0 {
			h = []byte(strings.ToUpper(string(h)))
		}
		a := strings.ToLower(string(h))
		off := a != zone && !strings.HasSuffix(a, "."+zone)
		u := "\x01http://" + string(h) + []string{"", "/", "/x.txt?", "?a=b", "#f"}[r.IntN(5)] + "\x01"
		if got := re.MatchString(u); got != off {
			t.Fatalf("%q: pattern says off the zone = %v, want %v", u, got, off)
		}
	}
}

// Regression (CRS 931130): a URL in a parameter to another host, to a host
// that only starts with the zone's name, or to the zone on another port is
// remote file inclusion; URLs within the zone (redirects) are not.
func TestOffDomainURLInParameter(t *testing.T) {
	f := Fields{Zone: "Example.com."}
	attacks := []string{"https://foo.bar", "https://example.com.evil.com/", "https://example.com:1234/", "ftp://203.0.113.9/x",
		"HTTPS://evil.example/", "http://examplexcom/", "http://notexample.com/x.txt"}
	benign := []string{"https://www.example.com/cart", "https://EXAMPLE.com/account?x=1", "https://shop.eu.example.com/", "/account/orders", "see https://foo.bar for more"}
	for _, plan := range []rules.Plan{rules.PlanBusiness, rules.PlanEnterprise} {
		p := compileFor(t, ClassLFI, plan, f)
		for _, v := range attacks {
			for _, rq := range []wafreplay.Request{{Path: "/get", Query: "x=" + url.QueryEscape(v)}, {Method: "POST", Path: "/post",
				Headers: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, Body: "x=" + url.QueryEscape(v)}} {
				rq.Host = "shop.example.com"
				pr, err := wafreplay.PrepareFor(rq, plan)
				if err != nil {
					t.Fatal(err)
				}
				if want := rq.Method != "POST" || plan == rules.PlanEnterprise; p.Eval(pr, nil) != want {
					t.Errorf("%s: %s %q matched=%v, want %v", plan, rq.Method, v, !want, want)
				}
			}
		}
		for _, v := range benign {
			pr, err := wafreplay.PrepareFor(wafreplay.Request{Host: "shop.example.com", Path: "/get", Query: "next=" + url.QueryEscape(v)}, plan)
			if err != nil {
				t.Fatal(err)
			}
			if p.Eval(pr, nil) {
				t.Errorf("%s: the zone's own URL %q matches", plan, v)
			}
		}
	}
	// The same URL base64-encoded in a query value.
	pb := compileFor(t, ClassLFI, rules.PlanBusiness, f)
	rq, _ := wafreplay.PrepareFor(wafreplay.Request{Host: "example.com", Path: "/get", Query: "x=" + url.QueryEscape(base64.StdEncoding.EncodeToString([]byte("https://foo.bar/x")))}, rules.PlanBusiness)
	if !pb.Eval(rq, nil) {
		t.Error("a base64-encoded off-domain URL in a query value is missed")
	}
	if _, err := ClassTerms(ClassLFI, rules.PlanEnterprise, Fields{Zone: "*.example.com"}); err == nil {
		t.Error("a wildcard zone name was accepted")
	}
	// Without the zone's name there is no off-domain term.
	plain, _ := ClassTerms(ClassLFI, rules.PlanEnterprise, Fields{})
	zoned, _ := ClassTerms(ClassLFI, rules.PlanEnterprise, f)
	if len(zoned) != len(plain)+1 {
		t.Errorf("terms: %d without the zone, %d with", len(plain), len(zoned))
	}
	// Build takes the zone from the caller.
	pr, err := Build(Intent{Action: "block", AttackClasses: []string{"lfi"}, Zone: "example.com"}, rules.PlanEnterprise, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(pr.Expression, "http.request.uri.args.values") || !strings.Contains(strings.Join(pr.Detection.Inspects, "\n"), "outside example.com") {
		t.Errorf("Build ignored the zone: %s", pr.Expression)
	}
}
