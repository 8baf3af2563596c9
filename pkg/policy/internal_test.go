package policy

import "testing"

func TestInternalTargets(t *testing.T) {
	internal := [][2]string{
		{"A", "10.1.2.3"}, {"A", "192.0.0.8"}, {"A", "198.18.0.1"}, {"A", "198.19.255.1"}, {"A", "240.0.0.1"}, {"A", "255.255.255.255"},
		{"A", "192.0.0.192"}, {"A", "100.64.1.1"}, {"A", "0.1.2.3"},
		{"AAAA", "64:ff9b::a00:1"}, {"AAAA", "64:ff9b::7f00:1"}, {"AAAA", "64:ff9b::a9fe:a9fe"}, {"AAAA", "2002:a00:1::1"}, {"AAAA", "2002:c0a8:101::"},
		{"AAAA", "fec0::1"}, {"AAAA", "::ffff:10.0.0.1"}, {"AAAA", "fd00:ec2::254"}, {"AAAA", "::1"}, {"AAAA", "100::1"},
		{"CNAME", "localhost"}, {"CNAME", "db.internal"}, {"CNAME", "metadata.google.internal."}, {"CNAME", "10.0.0.1"}, {"CNAME", "8.8.8.8"},
		{"MX", "192.0.2.1"}, {"NS", "ns.corp"}, {"SRV", "5 5060 printer.local"}, {"CNAME", "x.localhost"},
	}
	for _, c := range internal {
		if !InternalTarget(c[0], c[1]) {
			t.Errorf("%s %s: not internal", c[0], c[1])
		}
	}
	public := [][2]string{
		{"A", "8.8.8.8"}, {"A", "203.0.113.10"}, {"A", "192.0.2.5"}, {"AAAA", "2606:4700::1"}, {"AAAA", "64:ff9b::808:808"}, {"AAAA", "2002:808:808::1"},
		{"AAAA", "2001:db8::1"}, {"CNAME", "example.net"}, {"CNAME", "internal.example.com"}, {"MX", "mx.example.net"}, {"SRV", "5 5060 sip.example.com"},
		{"TXT", "10.0.0.1"}, {"SRV", "0 0 ."},
	}
	for _, c := range public {
		if InternalTarget(c[0], c[1]) {
			t.Errorf("%s %s: internal", c[0], c[1])
		}
	}
}

func TestNoInternalTargetsInvariant(t *testing.T) {
	s, err := Compile(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []Record{{Type: "CNAME", Name: "x.example.com", Content: "metadata.google.internal"}, {Type: "AAAA", Name: "x.example.com", Content: "64:ff9b::a9fe:a9fe"}} {
		for _, res := range s.Check(Input{Zone: "example.com", Changes: Changes{Records: []Record{r}}}) {
			if res.ID == "no_internal_targets" && res.OK {
				t.Errorf("%+v passes no_internal_targets", r)
			}
		}
	}
}
