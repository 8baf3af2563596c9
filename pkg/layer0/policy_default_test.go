package layer0

import (
	"bytes"
	"flag"
	"go/format"
	"reflect"
	"strings"
	"testing"
)

var updatePolicy = flag.Bool("update-policy", false, "rewrite policy_default_gen.go from policy/default.yaml")

func knownRules(t *testing.T) map[string]*rule {
	t.Helper()
	c, err := New(Options{ReceiptKey: testKey, NoModel: true})
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]*rule{}
	for i := range c.rules {
		known[c.rules[i].id] = &c.rules[i]
	}
	return known
}

func parseDefaultPolicy(t *testing.T, known map[string]*rule) *policy {
	t.Helper()
	p := &policy{familyScale: map[string]float64{}, familyCeil: map[string]int{}, ruleWeight: map[string]int{}, ruleDisabled: map[string]bool{}}
	if err := p.merge("default.yaml (embedded)", defaultPolicy, known); err != nil {
		t.Fatal(err)
	}
	return p
}

// policy_default_gen.go is what parsing policy/default.yaml gives, and it
// compiles to the same policy.
func TestDefaultPolicyGenerated(t *testing.T) {
	parsed := parseDefaultPolicy(t, knownRules(t))
	sum := defaultPolicySum()
	want, err := format.Source(specOf(parsed, sum).goSource())
	if err != nil {
		t.Fatal(err)
	}
	if checkGenerated(t, "policy_default_gen.go", want, *updatePolicy, "-run TestDefaultPolicyGenerated -update-policy") {
		return
	}
	if generatedDefaultPolicy().sum != sum {
		t.Fatal("the generated policy is not the embedded YAML's")
	}
	compiled, err := policyFromSpec(generatedDefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	if a, b := specOf(compiled, sum), specOf(parsed, sum); !reflect.DeepEqual(a, b) {
		t.Fatalf("the generated policy compiles to\n%+v\nparsing the YAML gives\n%+v", a, b)
	}
	// loadPolicy (no operator file) takes the generated form.
	lp, err := loadPolicy("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(lp.exceptions) != len(parsed.exceptions) || lp.exceptions[0].when.src != parsed.exceptions[0].when.src ||
		!strings.HasPrefix(lp.version, parsed.version+"+sha256:") {
		t.Fatalf("loadPolicy gave %+v", lp)
	}
}

// A YAML edited without regenerating is parsed: the generated form is used
// only for the YAML it was made from.
func TestEditedDefaultPolicyIsParsed(t *testing.T) {
	known := knownRules(t)
	saved := defaultPolicy
	t.Cleanup(func() { defaultPolicy = saved })
	edited := bytes.Replace(saved, []byte("review: 3"), []byte("review: 4"), 1)
	if bytes.Equal(edited, saved) {
		t.Fatal("test YAML edit did not apply")
	}
	defaultPolicy = edited
	p, err := loadPolicy("", known)
	if err != nil {
		t.Fatal(err)
	}
	if p.review != 4 {
		t.Fatalf("review threshold %d; want the edited YAML's 4", p.review)
	}
	defaultPolicy = saved
	if p, err = loadPolicy("", known); err != nil || p.review != 3 {
		t.Fatalf("review %d, %v; want 3", p.review, err)
	}
}
