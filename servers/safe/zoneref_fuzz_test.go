package safe

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzZoneRef: a zone argument is a name or an id, never both, and neither
// ever holds a path separator or a space.
func FuzzZoneRef(f *testing.F) {
	for _, s := range []string{"example.com", "Example.COM.", "c39b9df90fde9d1627acdfa860ee7abf", "../etc", "a..b", "-a.com", "x", "xn--bcher-kva.example", "a b.com", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, id := zoneRefIsName(s), zoneRefIsHexID(s)
		if name && id {
			t.Fatalf("%q is both a name and an id", s)
		}
		if (name || id) && strings.ContainsAny(s, "/\\ \t\n\x00") {
			t.Fatalf("%q accepted with a separator", s)
		}
	})
}

// FuzzParseWindow: an accepted window is positive.
func FuzzParseWindow(f *testing.F) {
	for _, s := range []string{"24h", "7d", "1d12h", "90m", "-1h", "0d", "7d1m", "d", "1e9h", "365d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := parseWindow(s)
		if err == nil && w <= 0 {
			t.Fatalf("parseWindow(%q) = %v", s, w)
		}
		if err == nil {
			a := AnalyticsArgs{Window: s}
			since, until, err := analyticsWindow(a, time.Unix(1e9, 0))
			if err == nil && (until.Sub(since) > maxAnalyticsWindow || !since.Before(until)) {
				t.Fatalf("window %q accepted as %s..%s", s, since, until)
			}
		}
	})
}

// FuzzSnapshotID: an id that passes validation names a file directly in
// the snapshot directory.
func FuzzSnapshotID(f *testing.F) {
	for _, s := range []string{"../x", "snap-20261121T080000Z-0123456789abcdef01234567", "snap-20261121T080000Z-0123456789abcdef0123456/", "snap-x"} {
		f.Add(s)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, id string) {
		if !snapshotIDPattern.MatchString(id) {
			if _, err := loadSnapshot(dir, id); err == nil || !strings.Contains(err.Error(), "is not a snapshot id") {
				t.Fatalf("loadSnapshot(%q) = %v", id, err)
			}
			return
		}
		p := filepath.Join(dir, "snapshots", id+".json")
		if filepath.Dir(p) != filepath.Join(dir, "snapshots") {
			t.Fatalf("id %q escapes the snapshot directory: %s", id, p)
		}
	})
}
