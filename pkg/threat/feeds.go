// Package threat scores IP addresses, networks, ASNs and bursts of security
// events from offline evidence: reputation lists the operator keeps on disk
// (FireHOL netsets, Spamhaus DROP and ASN-DROP, Tor exit lists, plain
// lists), Cloudflare WAF attack scores, request path and user-agent patterns,
// and event rates against a baseline. Every point of the score comes from a
// named factor, and feed snapshot dates are reported so an assessment can be
// reproduced.
package threat

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"go4.org/netipx"
)

// Feed formats.
const (
	FormatFireHOL   = "firehol"
	FormatDROP      = "spamhaus_drop"
	FormatASNDROP   = "spamhaus_asndrop"
	FormatTorExits  = "tor_exits"
	FormatPlain     = "plain"
	MaxFeedBytes    = 64 << 20
	maxLineBytes    = 64 << 10
	snapshotHeader  = "header"
	snapshotModTime = "mtime"
)

// Formats lists the accepted feed formats.
var Formats = []string{FormatFireHOL, FormatDROP, FormatASNDROP, FormatTorExits, FormatPlain}

// Spec names a feed file, as configured under threat_intel.feeds.
type Spec struct {
	Name   string
	Path   string
	Format string
}

// FeedError is a feed that cannot be used; Line is 0 when the problem is
// not on one line (unreadable file, unknown format).
type FeedError struct {
	Feed string
	Path string
	Line int
	Msg  string
}

func (e *FeedError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("threat feed %q (%s:%d): %s", e.Feed, e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("threat feed %q (%s): %s", e.Feed, e.Path, e.Msg)
}

type ref struct {
	prefix netip.Prefix
	ref    string
}

// Feed is a parsed reputation list.
type Feed struct {
	Name   string
	Path   string
	Format string
	// Snapshot is when the list was produced: from its header or metadata
	// when it states it, else the file's modification time.
	Snapshot       time.Time
	SnapshotSource string
	Entries        int
	set            *netipx.IPSet
	refs           []ref // prefixes with a reference (Spamhaus SBL id), sorted
	asns           map[uint32]string
	modTime        time.Time
	size           int64
}

// ContainsIP reports whether ip is listed, with the listing's reference
// (an SBL id) when the feed has one.
func (f *Feed) ContainsIP(ip netip.Addr) (bool, string) {
	if f.set == nil || !f.set.Contains(ip) {
		return false, ""
	}
	for _, r := range f.refs {
		if r.prefix.Contains(ip) {
			return true, r.prefix.String() + " " + r.ref
		}
	}
	return true, ""
}

// OverlapsPrefix reports whether any address of p is listed.
func (f *Feed) OverlapsPrefix(p netip.Prefix) bool {
	return f.set != nil && f.set.OverlapsPrefix(p)
}

// ContainsASN reports whether asn is listed, with its listed name.
func (f *Feed) ContainsASN(asn uint32) (bool, string) {
	name, ok := f.asns[asn]
	return ok, name
}

// Load reads and parses one feed file.
func Load(s Spec) (*Feed, error) {
	fh, err := os.Open(s.Path)
	if err != nil {
		return nil, &FeedError{Feed: s.Name, Path: s.Path, Msg: "cannot read the file: " + strings.TrimPrefix(err.Error(), "open "+s.Path+": ")}
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, &FeedError{Feed: s.Name, Path: s.Path, Msg: "cannot stat the file"}
	}
	if st.Size() > MaxFeedBytes {
		return nil, &FeedError{Feed: s.Name, Path: s.Path, Msg: fmt.Sprintf("the file is %d bytes; at most %d are read", st.Size(), MaxFeedBytes)}
	}
	f, err := Parse(s, fh, st.ModTime())
	if err != nil {
		return nil, err
	}
	f.modTime, f.size = st.ModTime(), st.Size()
	return f, nil
}

// Parse parses a feed from r; modTime is used as the snapshot date when the
// content does not state one.
func Parse(s Spec, r io.Reader, modTime time.Time) (*Feed, error) {
	f := &Feed{Name: s.Name, Path: s.Path, Format: s.Format}
	bad := func(line int, msg string) error { return &FeedError{Feed: s.Name, Path: s.Path, Line: line, Msg: msg} }
	known := false
	for _, x := range Formats {
		known = known || x == s.Format
	}
	if !known {
		return nil, &FeedError{Feed: s.Name, Path: s.Path, Msg: fmt.Sprintf("format %q is not accepted; accepted: %s", s.Format, strings.Join(Formats, ", "))}
	}
	var b netipx.IPSetBuilder
	if s.Format == FormatASNDROP {
		f.asns = map[uint32]string{}
	}
	sc := bufio.NewScanner(io.LimitReader(r, MaxFeedBytes+1))
	sc.Buffer(make([]byte, 64<<10), maxLineBytes)
	var snap time.Time
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		line := strings.TrimSpace(strings.TrimPrefix(raw, "\ufeff"))
		if line == "" {
			continue
		}
		var err error
		switch s.Format {
		case FormatFireHOL, FormatPlain:
			if strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";") {
				if t, ok := fireholDate(line); ok && (snap.IsZero() || strings.Contains(line, "This File Date")) {
					snap = t
				}
				continue
			}
			err = addEntry(&b, f, firstField(line), "")
			if err != nil {
				return nil, bad(n, fmt.Sprintf("%q is not an IP address or CIDR; %s lines hold one address or network, comments start with #", clip(line, 60), s.Format))
			}
		case FormatDROP:
			if strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#") {
				if t, ok := httpDateComment(line); ok {
					snap = t
				}
				continue
			}
			if strings.HasPrefix(line, "{") {
				var j struct {
					CIDR      string `json:"cidr"`
					SBL       string `json:"sblid"`
					Type      string `json:"type"`
					Timestamp int64  `json:"timestamp"`
				}
				if json.Unmarshal([]byte(line), &j) != nil {
					return nil, bad(n, "malformed JSON line; drop_v4/drop_v6.json lines look like {\"cidr\":\"1.10.16.0/20\",\"sblid\":\"SBL256894\",\"rir\":\"apnic\"}")
				}
				if j.Type == "metadata" {
					if j.Timestamp > 0 {
						snap = time.Unix(j.Timestamp, 0).UTC()
					}
					continue
				}
				if addEntry(&b, f, j.CIDR, j.SBL) != nil {
					return nil, bad(n, fmt.Sprintf("cidr %q is not a network", clip(j.CIDR, 60)))
				}
				continue
			}
			cidr, sbl, _ := strings.Cut(line, ";")
			if addEntry(&b, f, strings.TrimSpace(cidr), strings.TrimSpace(sbl)) != nil {
				return nil, bad(n, fmt.Sprintf("%q is not a DROP line; expected \"1.10.16.0/20 ; SBL256894\" or a JSON line {\"cidr\": …}", clip(line, 60)))
			}
		case FormatASNDROP:
			if strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#") {
				if t, ok := httpDateComment(line); ok {
					snap = t
				}
				continue
			}
			if strings.HasPrefix(line, "{") {
				var j struct {
					ASN       json.RawMessage `json:"asn"`
					Name      string          `json:"asname"`
					Type      string          `json:"type"`
					Timestamp int64           `json:"timestamp"`
				}
				if json.Unmarshal([]byte(line), &j) != nil {
					return nil, bad(n, "malformed JSON line; asndrop.json lines look like {\"asn\":64496,\"rir\":\"ripencc\",\"domain\":\"example.net\",\"cc\":\"NL\",\"asname\":\"EXAMPLE-AS\"}")
				}
				if j.Type == "metadata" {
					if j.Timestamp > 0 {
						snap = time.Unix(j.Timestamp, 0).UTC()
					}
					continue
				}
				asn, ok := parseASN(strings.Trim(string(j.ASN), `"`))
				if !ok {
					return nil, bad(n, fmt.Sprintf("asn %s is not an AS number", clip(string(j.ASN), 30)))
				}
				f.asns[asn] = j.Name
				f.Entries++
				continue
			}
			asText, rest, _ := strings.Cut(line, ";")
			asn, ok := parseASN(strings.TrimSpace(asText))
			if !ok {
				return nil, bad(n, fmt.Sprintf("%q is not an ASN-DROP line; expected \"AS64496 ; NL | EXAMPLE-AS\" or a JSON line {\"asn\": …}", clip(line, 60)))
			}
			name := strings.TrimSpace(rest)
			if _, after, ok := strings.Cut(name, "|"); ok {
				name = strings.TrimSpace(after)
			}
			f.asns[asn] = name
			f.Entries++
		case FormatTorExits:
			if strings.HasPrefix(line, "#") {
				continue
			}
			fields := strings.Fields(line)
			switch fields[0] {
			case "ExitNode", "LastStatus":
				continue
			case "Published":
				if t, ok := torTime(fields[1:]); ok && t.After(snap) {
					snap = t
				}
				continue
			case "ExitAddress":
				if len(fields) < 2 || addEntry(&b, f, fields[1], "") != nil {
					return nil, bad(n, fmt.Sprintf("%q has no valid address; expected \"ExitAddress 185.220.101.1 2026-11-20 10:00:00\"", clip(line, 60)))
				}
				if t, ok := torTime(fields[2:]); ok && t.After(snap) {
					snap = t
				}
				continue
			}
			if len(fields) != 1 || addEntry(&b, f, fields[0], "") != nil {
				return nil, bad(n, fmt.Sprintf("%q is not an IP address; Tor exit lists hold one address per line (or the exit-addresses format)", clip(line, 60)))
			}
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, bad(n+1, fmt.Sprintf("line longer than %d bytes", maxLineBytes))
		}
		return nil, &FeedError{Feed: s.Name, Path: s.Path, Msg: "cannot read: " + err.Error()}
	}
	if s.Format != FormatASNDROP {
		set, err := b.IPSet()
		if err != nil {
			return nil, &FeedError{Feed: s.Name, Path: s.Path, Msg: err.Error()}
		}
		f.set = set
	}
	if f.Entries == 0 {
		return nil, &FeedError{Feed: s.Name, Path: s.Path, Msg: "the feed lists nothing; check the path and the format (" + s.Format + ")"}
	}
	sort.Slice(f.refs, func(i, j int) bool { return f.refs[i].prefix.Bits() > f.refs[j].prefix.Bits() })
	if snap.IsZero() {
		f.Snapshot, f.SnapshotSource = modTime.UTC(), snapshotModTime
	} else {
		f.Snapshot, f.SnapshotSource = snap, snapshotHeader
	}
	return f, nil
}

func addEntry(b *netipx.IPSetBuilder, f *Feed, s, sbl string) error {
	if strings.Contains(s, "/") {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return err
		}
		p = p.Masked()
		b.AddPrefix(p)
		if sbl != "" {
			f.refs = append(f.refs, ref{prefix: p, ref: sbl})
		}
		f.Entries++
		return nil
	}
	ip, err := netip.ParseAddr(s)
	if err != nil {
		return err
	}
	b.Add(ip.Unmap())
	f.Entries++
	return nil
}

func firstField(line string) string {
	if i := strings.IndexAny(line, " \t;#"); i >= 0 {
		return line[:i]
	}
	return line
}

// fireholDate reads "# This File Date  : Tue Aug 11 14:33:07 UTC 2026" or
// "# Source File Date: …".
func fireholDate(line string) (time.Time, bool) {
	body := strings.TrimSpace(strings.TrimLeft(line, "#;"))
	if !strings.HasPrefix(body, "This File Date") && !strings.HasPrefix(body, "Source File Date") {
		return time.Time{}, false
	}
	_, v, ok := strings.Cut(body, ":")
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse(time.UnixDate, strings.Join(strings.Fields(v), " "))
	if err != nil {
		t, err = time.Parse("Mon Jan 2 15:04:05 MST 2006", strings.Join(strings.Fields(v), " "))
	}
	return t.UTC(), err == nil
}

// httpDateComment reads "; Last-Modified: Tue, 30 Aug 2016 05:17:00 GMT".
func httpDateComment(line string) (time.Time, bool) {
	body := strings.TrimSpace(strings.TrimLeft(line, "#;"))
	if !strings.HasPrefix(strings.ToLower(body), "last-modified:") {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC1123, strings.TrimSpace(body[len("last-modified:"):]))
	return t.UTC(), err == nil
}

func torTime(fields []string) (time.Time, bool) {
	if len(fields) < 2 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02 15:04:05", fields[0]+" "+fields[1])
	return t.UTC(), err == nil
}

// parseASN accepts "AS64496", "as64496" and "64496".
func parseASN(s string) (uint32, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 2 && strings.EqualFold(s[:2], "as") {
		s = s[2:]
	}
	v, err := strconv.ParseUint(s, 10, 32)
	if err != nil || v == 0 {
		return 0, false
	}
	return uint32(v), true
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// Store loads the configured feeds on first use and reloads a feed when its
// file changes (modification time or size), so a daily feed update needs no
// restart. It is safe for concurrent use.
type Store struct {
	mu    sync.Mutex
	specs []Spec
	feeds map[string]*Feed
}

// NewStore returns a store for specs; nothing is read yet.
func NewStore(specs []Spec) *Store {
	return &Store{specs: append([]Spec(nil), specs...), feeds: map[string]*Feed{}}
}

// Feeds returns every configured feed, parsed. The first feed that cannot
// be used is returned as a *FeedError.
func (s *Store) Feeds() ([]*Feed, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*Feed, 0, len(s.specs))
	for _, sp := range s.specs {
		cached := s.feeds[sp.Name]
		st, err := os.Stat(sp.Path)
		if err != nil {
			return nil, &FeedError{Feed: sp.Name, Path: sp.Path, Msg: "cannot read the file: " + strings.TrimPrefix(err.Error(), "stat "+sp.Path+": ")}
		}
		if cached != nil && cached.modTime.Equal(st.ModTime()) && cached.size == st.Size() {
			out = append(out, cached)
			continue
		}
		f, err := Load(sp)
		if err != nil {
			return nil, err
		}
		s.feeds[sp.Name] = f
		out = append(out, f)
	}
	return out, nil
}
