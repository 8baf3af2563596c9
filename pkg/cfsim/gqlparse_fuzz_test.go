package cfsim

import "testing"

// FuzzGraphQL checks the parser and executor never panic and always answer
// either data or one error.
func FuzzGraphQL(f *testing.F) {
	f.Add(fwQuery)
	f.Add(`{ viewer { zones(filter: {zoneTag: "` + SeedZoneMainID + `"}) { a: firewallEventsAdaptiveGroups(limit: 5, orderBy: [count_DESC], filter: {OR: [{action: "block"}, {action_like: "%challenge"}]}) { count dimensions { action datetimeHour } } } } }`)
	f.Add(`query Q($x: [String!] = ["a", "b"]) { viewer { __typename } }`)
	f.Add(`"""block""" { x }`)
	f.Add(`{ a(b: "\u00e9\n") }`)
	s := New(Options{Now: fixedNowFunc})
	f.Fuzz(func(t *testing.T, q string) {
		data, err := s.execGraphQL(q, map[string]any{"zoneTag": SeedZoneMainID, "since": "2026-01-14T12:00:00Z", "until": "2026-01-15T12:00:00Z"})
		if (data == nil) == (err == nil) {
			t.Fatalf("want exactly one of data and error: %v %v", data, err)
		}
	})
}

// FuzzBIND checks the zone-file reader never panics and that whatever it
// accepts goes through record validation without panicking either.
func FuzzBIND(f *testing.F) {
	f.Add("$ORIGIN example.dev.\n@ 300 IN A 192.0.2.1 ; cf_tags=cf-proxied:true\nwww IN CNAME @\n")
	f.Add("_sip._tcp 3600 IN SRV 10 5 5060 sip.example.dev.\n@ CAA 0 issue \"letsencrypt.org\"\n")
	f.Add("x\t\tIN\tTXT\t\"a;b\" \"c\"\n\tMX 10 mail\n")
	z := &zone{Name: "example.dev"}
	f.Fuzz(func(t *testing.T, text string) {
		ins, err := parseBIND(text, z.Name, false)
		if err != nil {
			return
		}
		for _, in := range ins {
			rec := &record{}
			_ = applyRecordInput(rec, in, z, true)
		}
	})
}
