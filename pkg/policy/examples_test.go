package policy

import (
	"os"
	"regexp"
	"testing"
)

// The invariants shown (commented out) in configs/cfplane.example.yaml
// compile and hold on a zone whose www records are proxied.
func TestExampleConfigInvariants(t *testing.T) {
	b, err := os.ReadFile("../../configs/cfplane.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ms := regexp.MustCompile(`(?m)^#\s+expr: '(.*)'$`).FindAllStringSubmatch(string(b), -1)
	if len(ms) == 0 {
		t.Fatal("no example invariant found in configs/cfplane.example.yaml")
	}
	for i, m := range ms {
		s, err := Compile([]Invariant{{ID: "example", Expr: m[1]}})
		if err != nil {
			t.Errorf("example %d: %v", i, err)
			continue
		}
		in := Input{Zone: "example.com", Post: State{Records: []Record{{Type: "CNAME", Name: "www.example.com", Content: "x.example.net", Proxied: true}}}}
		if r := result(s.Check(in), "example"); !r.OK {
			t.Errorf("example %d: %s", i, r.Message)
		}
	}
}
