package threatintel

import (
	"os"
	"path/filepath"
	"testing"
)

func FuzzParseSTIXPattern(f *testing.F) {
	for _, s := range []string{
		`[ipv4-addr:value = '198.51.100.1']`,
		`[ipv4-addr:value ISSUBSET '203.0.113.0/24' OR ipv6-addr:value = '2001:db8::1']`,
		`[(ipv4-addr:value = '192.0.2.1' OR ipv4-addr:value = '192.0.2.3') AND ipv4-addr:value ISSUBSET '192.0.2.0/31']`,
		`[ipv4-addr:value IN ('192.0.2.8', '192.0.2.9')] OR [domain-name:value = 'x']`,
		`[ipv4-addr:value = 'a\'b'] WITHIN 5 SECONDS`, `[`, `'`, `[]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		set, err := ParseSTIXPattern(s)
		if err == nil && set == nil {
			t.Fatal("nil set without error")
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(b, FormatAuto)
	}
	f.Add([]byte("1.2.3.4\n"), FormatPlain)
	f.Add([]byte("ip\n1.2.3.4\n\"x"), FormatCSV)
	f.Fuzz(func(t *testing.T, b []byte, format string) {
		p, err := Parse(b, format)
		if err != nil {
			return
		}
		for _, e := range p.Entries {
			if !e.Prefix.IsValid() || e.Prefix != e.Prefix.Masked() {
				t.Fatalf("entry %v is not a masked prefix", e.Prefix)
			}
		}
		res, err := Ingest(p, Options{MaxItems: 50})
		if err != nil {
			return
		}
		if len(res.Items) > 50 {
			t.Fatalf("%d items over max_items", len(res.Items))
		}
	})
}
