package layer0

import "testing"

// A rule id names one detector. The expression table may list an id more
// than once (one detector, several expressions: then family, category and
// weight agree); the tables of findings raised by code may not repeat an
// id, nor take one the expression table has. Two detectors under one id
// would share one finding, and the second would never be reported.
func TestRuleIDsDeclaredOnce(t *testing.T) {
	ensureTables()
	type decl struct {
		table         string
		family, categ string
		weight        int
	}
	seen := map[string]decl{}
	for _, r := range builtinRules {
		if d, ok := seen[r.ID]; ok {
			if d.family != r.Family || d.categ != r.Category || d.weight != r.Weight {
				t.Errorf("%s: its expressions disagree on family, category or weight", r.ID)
			}
			continue
		}
		seen[r.ID] = decl{"expressions", r.Family, r.Category, r.Weight}
	}
	for _, tab := range []struct {
		name  string
		rules []textRule
	}{{"signals", signalRules}, {"intent signals", intentSignals}} {
		for _, r := range tab.rules {
			if d, ok := seen[r.ID]; ok {
				t.Errorf("%s in %s is declared in %s too", r.ID, tab.name, d.table)
				continue
			}
			seen[r.ID] = decl{tab.name, r.Family, r.Category, r.Weight}
		}
	}
}
