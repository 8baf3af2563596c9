package rules_test

import (
	"encoding/json"
	"fmt"
	"net/netip"

	"github.com/cfplane/cfplane/pkg/rules"
)

func ExampleCompile() {
	prog, err := rules.Compile(`http.request.uri.path wildcard "/admin/*" and not ip.src in $office`, rules.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	lists := &rules.MapLists{IPs: map[string][]netip.Prefix{"office": {netip.MustParsePrefix("192.0.2.0/24")}}}
	for _, ip := range []string{"192.0.2.7", "203.0.113.9"} {
		req := &rules.Request{Path: "/Admin/users", SrcIP: netip.MustParseAddr(ip)}
		fmt.Println(ip, prog.Eval(req, lists))
	}
	// Output:
	// 192.0.2.7 false
	// 203.0.113.9 true
}

func ExampleCheckExpression() {
	rep := rules.CheckExpression(`http.request.path eq "/login"`, rules.Options{Plan: rules.PlanFree})
	out, _ := json.Marshal(rep.Errors)
	fmt.Println(rep.Valid, string(out))

	rep = rules.CheckExpression(`(http.host == "example.com")  &&  !ssl`, rules.Options{})
	fmt.Println(rep.Valid, rep.Canonical)
	// Output:
	// false [{"line":1,"column":1,"message":"unknown field http.request.path — did you mean http.request.uri.path?","hint":"see the fields reference: https://developers.cloudflare.com/ruleset-engine/rules-language/fields/reference/"}]
	// true http.host eq "example.com" and not ssl
}

func ExampleContains() {
	broad, _ := rules.Parse(`ip.src in {10.0.0.0/8} or starts_with(http.request.uri.path, "/api/")`)
	narrow, _ := rules.Parse(`ip.src in {10.1.0.0/16} and http.request.method eq "POST"`)
	fmt.Println(rules.Contains(broad, narrow))
	fmt.Println(rules.Contains(narrow, broad))
	// Output:
	// true true
	// false true
}
