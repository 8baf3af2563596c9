package rules

import "testing"

// Evaluating expressions without string-building functions allocates
// nothing: sets, CIDRs, regexes and wildcards are prepared at compile time.
func TestEvalZeroAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	r := baseRequest()
	for _, src := range []string{
		tenClauses,
		`http.request.uri.path matches "(?i)^/api/v[0-9]+/" and ip.src in {192.0.2.0/24 2001:db8::/32} and ip.src.asnum in {1..20000}`,
		`any(http.request.headers["x-multi"][*] eq "two") and all(http.request.headers.names[*] ne "evil") and len(http.request.headers["accept"]) ge 0`,
		`starts_with(http.request.uri.path, "/api") and ends_with(http.host, ".com") and substring(http.request.uri.path, 1, 4) eq "api"`,
		`http.host wildcard "*.example.COM" and http.request.uri.path strict wildcard "/api/*" and not http.request.headers["nope"][0] eq "x"`,
		`any(cf.bot_management.detection_ids[*] eq 7) and cf.llm.prompt.custom_topic_categories["competitors"] lt 30 and ip.src in $office`,
	} {
		p := MustCompile(src, Options{})
		lists := &MapLists{}
		allocs := testing.AllocsPerRun(200, func() { p.Eval(r, lists) })
		if allocs != 0 {
			t.Errorf("%s: %v allocations per evaluation, want 0", src, allocs)
		}
	}
}
