package rules

import (
	"strings"
	"sync"
	"testing"
)

func TestRegexTranslationEval(t *testing.T) {
	cases := []struct {
		pattern, input string
		want           bool
	}{
		{`(?u)\p{Greek}+`, "/αβγ", true},
		{`(?u)\p{Greek}+`, "/abc", false},
		{`\u0041\u{42}\U00000043\U{44}`, "xABCD", true},
		{`(?i-u:abc)`, "xABC", true},
		{`(?-u)abc`, "abc", true},
		{`(?i)ADMIN`, "/admin", true},
		{`[[:digit:]]{3}`, "a123", true},
		{`[^"]+"`, `ab"`, true},
		{`\x{41}`, "A", true},
	}
	for _, c := range cases {
		re, issue := compileRegex(c.pattern)
		if issue != nil {
			t.Errorf("%s: %s", c.pattern, issue.msg)
			continue
		}
		if got := re.MatchString(c.input); got != c.want {
			t.Errorf("%s on %q = %v, want %v", c.pattern, c.input, got, c.want)
		}
	}
}

func TestFieldsMapConversions(t *testing.T) {
	r := &Request{Fields: map[string]any{
		"cf.timings.edge_msec":       int(500),
		"cf.tls_client_hello_length": int32(508),
		"cf.ray_id":                  []byte("abc"),
		"cf.hostname.metadata":       nil,
	}}
	runEvalCases(t, r, nil, []evalCase{
		{`cf.timings.edge_msec eq 500`, true},
		{`cf.tls_client_hello_length eq 508`, true},
		{`cf.ray_id eq "abc"`, true},
		{`cf.hostname.metadata eq ""`, true},
		{`cf.timings.worker_msec eq 0`, true},
	})
}

func TestProgramConcurrentEval(t *testing.T) {
	p := MustCompile(tenClauses, Options{})
	reqs := benchRequests(200)
	want := make([]bool, len(reqs))
	for i, r := range reqs {
		want[i] = p.Eval(r, nil)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, r := range reqs {
				if p.Eval(r, nil) != want[i] {
					errs <- "concurrent evaluation disagrees"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func TestMustCompileAndChecked(t *testing.T) {
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(r.(string), "unknown field") {
			t.Errorf("MustCompile panic = %v", r)
		}
	}()
	p := MustCompile(`ip.geoip.country eq "GB" and lower(http.host) eq "a"`, Options{})
	ch := p.Checked()
	if strings.Join(ch.Fields, ",") != "http.host,ip.geoip.country" || strings.Join(ch.Functions, ",") != "lower" || len(ch.Warnings) != 1 {
		t.Errorf("Checked = %+v", ch)
	}
	MustCompile(`no.such.field`, Options{})
}

func TestListOptions(t *testing.T) {
	opts := Options{Lists: map[string]string{"office": "ip", "hosts": "hostname", "asns": "asn"}}
	for _, ok := range []string{`ip.src in $office`, `http.host in $hosts`, `ip.src.asnum in $asns`, `ip.src in $cf.vpn`} {
		if _, err := Check(ok, opts); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	bad := map[string]string{
		`ip.src in $ofice`:       "unknown list $ofice — did you mean $office?",
		`ip.src in $nothing`:     "unknown list $nothing",
		`ip.src in $hosts`:       "$hosts is a list of kind hostname, but ip.src needs a list of kind ip",
		`http.host in $office`:   "$office is a list of kind ip, but http.host needs a list of kind hostname",
		`ip.src.asnum in $hosts`: "needs a list of kind asn",
	}
	for expr, want := range bad {
		_, err := Check(expr, opts)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", expr, err, want)
		}
	}
	// Without Options.Lists, custom list names are not checked.
	if _, err := Check(`ip.src in $anything`, Options{}); err != nil {
		t.Error(err)
	}
}
