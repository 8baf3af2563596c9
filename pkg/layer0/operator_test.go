package layer0

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
)

type operatorCase struct {
	ID        string         `json:"id"`
	Kind      string         `json:"kind"`
	Text      string         `json:"text"`
	Tool      string         `json:"tool"`
	Arguments map[string]any `json:"arguments"`
	Expect    string         `json:"expect"`
	Category  string         `json:"category"`
}

func loadOperatorSet(t testing.TB) []operatorCase {
	t.Helper()
	return loadOperatorFile(t, "testdata/operator.jsonl")
}

// loadOperatorFile reads a labelled set of operator requests (JSON Lines).
func loadOperatorFile(t testing.TB, path string) []operatorCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []operatorCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c operatorCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, c)
	}
	return out
}

func (oc operatorCase) classify(c *Classifier) (Verdict, error) {
	if oc.Tool != "" {
		return c.ClassifyToolCall(oc.Tool, oc.Arguments)
	}
	return c.ClassifyText(oc.Text)
}

// The operator set is a labelled benchmark (reported by layer0eval); these
// are the invariants that must hold on every case, whatever the score.
func TestOperatorSetInvariants(t *testing.T) {
	c := newTestClassifier(t)
	cases := loadOperatorSet(t)
	if len(cases) < 150 {
		t.Fatalf("operator set has %d requests, want at least 150", len(cases))
	}
	kinds := map[string]int{}
	for _, oc := range cases {
		kinds[oc.Kind]++
		switch oc.Expect {
		case "allow", "review", "block":
		default:
			t.Fatalf("%s: bad label %q", oc.ID, oc.Expect)
		}
		v, err := oc.classify(c)
		if err != nil {
			t.Fatalf("%s: %v", oc.ID, err)
		}
		if strings.HasPrefix(oc.Kind, "benign") && v.Verdict == "block" {
			t.Errorf("%s: benign operator request blocked: %v", oc.ID, rulesOf(v))
		}
		if (oc.Kind == "injection" || oc.Kind == "exfiltration") && v.Verdict == "allow" {
			t.Errorf("%s: %s allowed", oc.ID, oc.Kind)
		}
		if oc.Kind == "unknown-tool" && v.Verdict == "allow" {
			t.Errorf("%s: unknown tool or action allowed", oc.ID)
		}
		if oc.Kind == "destructive" && v.Verdict == "allow" {
			t.Errorf("%s: destructive change allowed: %q%s", oc.ID, oc.Text, oc.Tool)
		}
	}
	for _, k := range []string{"benign-read", "benign-change", "destructive", "exfiltration", "injection", "escalation", "recon"} {
		if kinds[k] == 0 {
			t.Errorf("operator set has no %s requests", k)
		}
	}
}

func TestConcurrentClassification(t *testing.T) {
	c := newTestClassifier(t)
	cases := loadOperatorSet(t)
	want := make([]Verdict, len(cases))
	for i, oc := range cases {
		want[i], _ = oc.classify(c)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, oc := range cases {
				v, err := oc.classify(c)
				if err != nil || v.ReceiptID != want[i].ReceiptID || v.Score != want[i].Score {
					t.Errorf("%s: concurrent result differs", oc.ID)
					return
				}
			}
		}()
	}
	wg.Wait()
}
