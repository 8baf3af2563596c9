package plan

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfclient"
)

// The API response samples of the fidelity suite (pkg/cfclient/testdata/
// api-samples, from cloudflare-go, BSD-3-Clause) decoded through cfclient
// and turned into plan values: every field a sample record or rule carries
// survives into the plan value and into what an update or undo sends, except
// the fields the server computes.

func readSamples(t *testing.T, file string) map[string][]json.RawMessage {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "cfclient", "testdata", "api-samples", file))
	if err != nil {
		t.Fatal(err)
	}
	var sf struct {
		Samples []struct {
			Test string          `json:"test"`
			Body json.RawMessage `json:"body"`
		} `json:"samples"`
	}
	if err := json.Unmarshal(b, &sf); err != nil {
		t.Fatal(err)
	}
	out := map[string][]json.RawMessage{}
	for _, s := range sf.Samples {
		var body struct {
			Result json.RawMessage `json:"result"`
		}
		if json.Unmarshal(s.Body, &body) == nil && len(body.Result) > 0 {
			out[s.Test] = append(out[s.Test], body.Result)
		}
	}
	return out
}

func keysOf(t *testing.T, b []byte) []string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	var out []string
	for k, v := range m {
		if s := string(v); s != "null" && s != "{}" && s != "[]" && s != `""` {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func TestSampleRecordsKeepEveryField(t *testing.T) {
	n := 0
	for test, results := range readSamples(t, "dns-records.json") {
		for _, res := range results {
			var recs []cfclient.DNSRecord
			if res[0] == '[' {
				if err := json.Unmarshal(res, &recs); err != nil {
					t.Fatalf("%s: %v", test, err)
				}
			} else {
				var r cfclient.DNSRecord
				if err := json.Unmarshal(res, &r); err != nil {
					t.Fatalf("%s: %v", test, err)
				}
				recs = append(recs, r)
			}
			for _, r := range recs {
				if r.Type == "" {
					continue // the delete answer {id}
				}
				raw, _ := json.Marshal(r)
				v := FromAPI(r)
				val := recordJSON(v)
				in, _ := json.Marshal(recordInput(v))
				for _, k := range keysOf(t, raw) {
					if recordServerOnly[k] || k == "data" && !dataRecord(r.Type) {
						continue
					}
					if !strings.Contains(string(val), `"`+k+`"`) || !strings.Contains(string(in), `"`+k+`"`) {
						t.Errorf("%s: record field %s lost (value %s, sent %s)", test, k, val, in)
					}
				}
				n++
			}
		}
	}
	if n < 10 {
		t.Fatalf("only %d sample records decoded", n)
	}
}

func TestSampleRulesKeepEveryField(t *testing.T) {
	n := 0
	for test, results := range readSamples(t, "rulesets.json") {
		for _, res := range results {
			if res[0] == '[' {
				continue // lists carry no rules
			}
			var rs cfclient.Ruleset
			if err := json.Unmarshal(res, &rs); err != nil {
				t.Fatalf("%s: %v", test, err)
			}
			var raw struct {
				Rules []json.RawMessage `json:"rules"`
			}
			_ = json.Unmarshal(res, &raw)
			for i, r := range rs.Rules {
				v := RuleFromAPI(r, i+1)
				val := RuleJSON(v)
				sent, _ := json.Marshal(ruleInput(v))
				for _, k := range keysOf(t, raw.Rules[i]) {
					if ruleVolatile[k] {
						continue
					}
					if !strings.Contains(string(val), `"`+k+`"`) || !strings.Contains(string(sent), `"`+k+`"`) {
						t.Errorf("%s rule %d: field %s lost (value %s, sent %s)", test, i, k, val, sent)
					}
				}
				n++
			}
		}
	}
	if n < 5 {
		t.Fatalf("only %d sample rules decoded", n)
	}
}
