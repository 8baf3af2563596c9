package routing

import "testing"

// Regression: "add an A record www2 …" left the record name as "<name>".
func TestRecordNameFromText(t *testing.T) {
	for text, want := range map[string]string{
		"add an A record www2 pointing to 203.0.113.7 on example.com":                    "www2.example.com",
		"add an A record www2 → 203.0.113.7":                                             "www2",
		"create a record named api pointing to 198.51.100.4":                             "api",
		"add an A record for the staging subdomain pointing to 192.0.2.8 on example.org": "staging.example.org",
	} {
		d, err := Route(text)
		if err != nil || !d.Routed || d.Best.Tool != "dns_record_manage" {
			t.Errorf("%q: not routed to dns_record_manage: %+v %v", text, d.Best, err)
			continue
		}
		rec, _ := d.Arguments["record"].(map[string]any)
		if rec["name"] != want {
			t.Errorf("%q: record name %v, want %q", text, rec["name"], want)
		}
	}
	// Without a name in the text the placeholder stays, so the caller asks.
	d, _ := Route("add an A record pointing to 203.0.113.7")
	if rec, _ := d.Arguments["record"].(map[string]any); rec["name"] != "<name>" {
		t.Errorf("no name in the text: got %v", rec["name"])
	}
}
