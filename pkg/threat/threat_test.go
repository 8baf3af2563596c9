package threat

import (
	"errors"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func spec(name, file, format string) Spec {
	return Spec{Name: name, Path: filepath.Join("testdata", file), Format: format}
}

func mustLoad(t testing.TB, s Spec) *Feed {
	t.Helper()
	f, err := Load(s)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestParseFormats(t *testing.T) {
	mtime := func(p string) time.Time {
		st, err := os.Stat(filepath.Join("testdata", p))
		if err != nil {
			t.Fatal(err)
		}
		return st.ModTime().UTC()
	}
	cases := []struct {
		spec     Spec
		entries  int
		snapshot time.Time
		source   string
		listed   string
		ref      string
		notIn    string
	}{
		{spec("level1", "firehol_level1.netset", FormatFireHOL), 6, time.Date(2026, 11, 20, 10, 20, 41, 0, time.UTC), "header", "5.188.206.14", "", "5.188.206.15"},
		{spec("drop", "drop.txt", FormatDROP), 2, time.Date(2026, 11, 20, 6, 12, 0, 0, time.UTC), "header", "1.10.17.3", "1.10.16.0/20 SBL256894", "1.10.32.1"},
		{spec("drop-json", "drop_v4.json", FormatDROP), 2, time.Unix(1795500000, 0).UTC(), "header", "2.56.193.1", "2.56.192.0/22 SBL459831", "2.56.196.1"},
		{spec("tor", "tor-bulk-exit-list.txt", FormatTorExits), 3, mtime("tor-bulk-exit-list.txt"), "mtime", "2001:67c:e60:c0c:192:42:116:16", "", "185.220.101.6"},
		{spec("tor-exits", "exit-addresses", FormatTorExits), 2, time.Date(2026, 11, 20, 21, 1, 44, 0, time.UTC), "header", "109.70.100.2", "", "109.70.100.3"},
		{spec("own", "blocklist.txt", FormatPlain), 2, mtime("blocklist.txt"), "mtime", "91.92.240.77", "", "91.92.241.1"},
	}
	for _, c := range cases {
		t.Run(c.spec.Name, func(t *testing.T) {
			f := mustLoad(t, c.spec)
			if f.Entries != c.entries || !f.Snapshot.Equal(c.snapshot) || f.SnapshotSource != c.source {
				t.Errorf("entries %d snapshot %v (%s), want %d %v (%s)", f.Entries, f.Snapshot, f.SnapshotSource, c.entries, c.snapshot, c.source)
			}
			if ok, ref := f.ContainsIP(mustAddr(c.listed)); !ok || ref != c.ref {
				t.Errorf("ContainsIP(%s) = %v %q, want true %q", c.listed, ok, ref, c.ref)
			}
			if ok, _ := f.ContainsIP(mustAddr(c.notIn)); ok {
				t.Errorf("ContainsIP(%s) = true", c.notIn)
			}
		})
	}
	for _, s := range []Spec{spec("asn-json", "asndrop.json", FormatASNDROP), spec("asn-txt", "asndrop.txt", FormatASNDROP)} {
		f := mustLoad(t, s)
		if ok, name := f.ContainsASN(64511); !ok || name != "BAD-HOSTING-AS" || f.Entries != 2 || f.SnapshotSource != "header" {
			t.Errorf("%s: AS64511 = %v %q, entries %d, snapshot %s", s.Name, ok, name, f.Entries, f.SnapshotSource)
		}
		if ok, _ := f.ContainsASN(13335); ok {
			t.Errorf("%s lists AS13335", s.Name)
		}
	}
	if f := mustLoad(t, spec("asn-json", "asndrop.json", FormatASNDROP)); !f.Snapshot.Equal(time.Unix(1795503600, 0)) {
		t.Errorf("asndrop.json snapshot %v", f.Snapshot)
	}
	if ok, _ := mustLoad(t, spec("asn-json", "asndrop.json", FormatASNDROP)).ContainsASN(4200000001); !ok {
		t.Error(`"AS4200000001" as a JSON string is not read`)
	}
}

func TestBadFeeds(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	long := write("long.txt", "1.2.3.4\n"+strings.Repeat("9", maxLineBytes+10)+"\n")
	empty := write("empty.netset", "# only comments\n\n")
	cases := []struct {
		spec Spec
		line int
		want string
	}{
		{spec("level1", "bad_firehol.netset", FormatFireHOL), 5, `"45.148.10.300" is not an IP address or CIDR`},
		{spec("drop", "bad_drop.json", FormatDROP), 2, "malformed JSON line"},
		{spec("asn", "bad_asndrop.txt", FormatASNDROP), 3, `"ASX ; US | BROKEN" is not an ASN-DROP line`},
		{spec("tor", "bad_tor.txt", FormatTorExits), 2, "is not an IP address; Tor exit lists"},
		{spec("asndrop-as-firehol", "asndrop.txt", FormatFireHOL), 3, `"AS64511 ; NL | BAD-HOSTING-AS" is not an IP address or CIDR`},
		{spec("firehol-as-asn", "firehol_level1.netset", FormatASNDROP), 16, `"0.0.0.0/8" is not an ASN-DROP line`},
		{Spec{Name: "long", Path: long, Format: FormatPlain}, 2, "line longer than"},
		{Spec{Name: "empty", Path: empty, Format: FormatFireHOL}, 0, "the feed lists nothing"},
		{Spec{Name: "missing", Path: filepath.Join(dir, "nope.txt"), Format: FormatPlain}, 0, "cannot read the file: no such file"},
		{Spec{Name: "csv", Path: empty, Format: "csv"}, 0, `format "csv" is not accepted; accepted: firehol, spamhaus_drop, spamhaus_asndrop, tor_exits, plain`},
	}
	for _, c := range cases {
		t.Run(c.spec.Name, func(t *testing.T) {
			_, err := Load(c.spec)
			var fe *FeedError
			if !errors.As(err, &fe) || fe.Line != c.line || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.spec.Path) {
				t.Fatalf("err = %v, want line %d and %q", err, c.line, c.want)
			}
			if c.line > 0 && !strings.Contains(err.Error(), fmt.Sprintf("%s:%d", c.spec.Path, c.line)) {
				t.Errorf("error %q does not name file:line", err)
			}
		})
	}
}

func TestStoreReloadsChangedFeeds(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "own.txt")
	if err := os.WriteFile(p, []byte("91.92.240.0/24\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := NewStore([]Spec{{Name: "own", Path: p, Format: FormatPlain}})
	f1, err := s.Feeds()
	if err != nil || len(f1) != 1 || f1[0].Entries != 1 {
		t.Fatal(f1, err)
	}
	f2, _ := s.Feeds()
	if f2[0] != f1[0] {
		t.Error("an unchanged feed is parsed again")
	}
	if err := os.WriteFile(p, []byte("91.92.240.0/24\n141.98.11.9\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(p, later, later); err != nil {
		t.Fatal(err)
	}
	f3, err := s.Feeds()
	if err != nil || f3[0].Entries != 2 {
		t.Fatalf("changed feed not reloaded: %v %v", f3, err)
	}
	if err := os.WriteFile(p, []byte("not an ip\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Feeds(); err == nil || !strings.Contains(err.Error(), p+":1") {
		t.Errorf("broken update: %v", err)
	}
}

func mustAddr(s string) netip.Addr { return netip.MustParseAddr(s) }
