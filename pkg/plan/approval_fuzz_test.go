package plan

import (
	"strings"
	"testing"
	"time"
)

// The approval text comes from the agent: parsing any text must not panic,
// and a statement that parses is exactly its canonical form.
func FuzzParseApproval(f *testing.F) {
	st := Statement{Expires: time.Date(2026, 12, 6, 4, 0, 0, 0, time.UTC), Plans: []StatementPlan{{ID: "0123456789abcdef", Digest: strings.Repeat("a", 64), Overrides: []string{"@ MX"}}}}
	f.Add(string(st.Canonical()) + "-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\n")
	f.Add(string(st.Canonical()))
	f.Add("AP-AAAA-BBBB-CCCC-DDDD")
	f.Add("-----BEGIN SSH SIGNATURE-----\n")
	f.Fuzz(func(t *testing.T, text string) {
		sts, err := ParseApproval(text)
		if err != nil {
			return
		}
		for _, s := range sts {
			lines := strings.Split(strings.TrimSuffix(string(s.Statement.Canonical()), "\n"), "\n")
			back, err := ParseStatement(lines)
			if err != nil || string(back.Canonical()) != string(s.Statement.Canonical()) {
				t.Fatalf("a parsed statement does not round-trip: %v", err)
			}
		}
	})
}
