// Package threatintel turns threat-intelligence feeds (STIX 2.1 bundles,
// MISP events and CSV feeds, Spamhaus DROP/EDROP, FireHOL netsets, plain
// or CSV IP lists) into Cloudflare IP list items: normalised, de-duplicated
// and aggregated CIDRs with reserved space, Cloudflare's own ranges and
// allowlisted networks removed, within the account's list budget.
package threatintel

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"strings"
	"time"
)

// Formats.
const (
	FormatAuto     = "auto"
	FormatSTIX     = "stix"
	FormatMISP     = "misp_event"
	FormatMISPCSV  = "misp_csv"
	FormatSpamhaus = "spamhaus"
	FormatFireHOL  = "firehol"
	FormatPlain    = "plain"
	FormatCSV      = "csv"
)

// Formats lists the accepted format names.
func Formats() []string {
	return []string{FormatAuto, FormatSTIX, FormatMISP, FormatMISPCSV, FormatSpamhaus, FormatFireHOL, FormatPlain, FormatCSV}
}

// Size caps of a feed.
const (
	MaxFeedBytes = 8 << 20
	MaxFeedLines = 200000
	maxErrors    = 5
)

// Entry is one address or network read from a feed.
type Entry struct {
	Prefix netip.Prefix
	Line   int
	Label  string // SBL id, indicator id, attribute category …
}

// Skipped is an indicator the feed holds but that does not become a list
// item, with the reason.
type Skipped struct {
	Ref    string `json:"ref"`
	Reason string `json:"reason"`
}

// Parsed is what a feed yields.
type Parsed struct {
	Format     string
	Entries    []Entry
	Lines      int
	Skipped    []Skipped
	ValidUntil time.Time // earliest expiry the feed states (zero: none)
	Confidence int       // lowest confidence stated (-1: none)
}

// FeedError is a malformed feed: the first problems with their lines.
type FeedError struct {
	Format string
	Errs   []string
	More   int
}

func (e *FeedError) Error() string {
	s := e.Format + " feed is malformed: " + strings.Join(e.Errs, "; ")
	if e.More > 0 {
		s += fmt.Sprintf("; and %d more", e.More)
	}
	return s
}

type errs struct {
	format string
	list   []string
	more   int
}

func (e *errs) add(line int, format string, args ...any) {
	if len(e.list) >= maxErrors {
		e.more++
		return
	}
	e.list = append(e.list, fmt.Sprintf("line %d: ", line)+fmt.Sprintf(format, args...))
}

func (e *errs) err() error {
	if len(e.list) == 0 {
		return nil
	}
	return &FeedError{Format: e.format, Errs: e.list, More: e.more}
}

// Parse reads a feed in the given format ("auto" detects it).
func Parse(content []byte, format string) (*Parsed, error) {
	if len(content) > MaxFeedBytes {
		return nil, fmt.Errorf("the feed is %d bytes; the limit is %d (8 MiB); split it", len(content), MaxFeedBytes)
	}
	if lines := bytes.Count(content, []byte{'\n'}) + 1; lines > MaxFeedLines {
		return nil, fmt.Errorf("the feed has %d lines; the limit is %d; split it", lines, MaxFeedLines)
	}
	if len(bytes.TrimSpace(content)) == 0 {
		return nil, fmt.Errorf("the feed is empty")
	}
	if format == "" || format == FormatAuto {
		format = detect(content)
	}
	var p *Parsed
	var err error
	switch format {
	case FormatSTIX:
		p, err = parseSTIX(content)
	case FormatMISP:
		p, err = parseMISPEvent(content)
	case FormatMISPCSV:
		p, err = parseCSV(content, FormatMISPCSV)
	case FormatCSV:
		p, err = parseCSV(content, FormatCSV)
	case FormatSpamhaus, FormatFireHOL, FormatPlain:
		p, err = parseLines(content, format)
	default:
		return nil, fmt.Errorf("format %q is not accepted; accepted: %s", format, strings.Join(Formats(), ", "))
	}
	if err != nil {
		return nil, err
	}
	p.Format = format
	if p.Lines == 0 {
		p.Lines = bytes.Count(content, []byte{'\n'}) + 1
	}
	return p, nil
}

func detect(b []byte) string {
	t := bytes.TrimSpace(b)
	if len(t) > 0 && t[0] == '{' {
		head := string(t[:min(len(t), 4096)])
		switch {
		case strings.Contains(head, `"Event"`) || strings.Contains(head, `"response"`):
			return FormatMISP
		case strings.Contains(head, `"cidr"`) && strings.Contains(head, `"sblid"`):
			return FormatSpamhaus
		default:
			return FormatSTIX
		}
	}
	first := strings.ToLower(strings.SplitN(string(t), "\n", 2)[0])
	switch {
	case strings.Contains(first, "uuid") && strings.Contains(first, "type") && strings.Contains(first, "value"):
		return FormatMISPCSV
	case strings.Contains(string(t[:min(len(t), 2048)]), "; SBL"):
		return FormatSpamhaus
	case strings.HasPrefix(first, "#") && strings.Contains(strings.ToLower(string(t[:min(len(t), 4096)])), "firehol"):
		return FormatFireHOL
	case strings.Contains(first, ","):
		return FormatCSV
	}
	return FormatPlain
}

// parseLines reads line-oriented feeds: Spamhaus DROP ("CIDR ; SBLnnn",
// ";" comments, or the JSON-lines drop_v4.json form), FireHOL netsets and
// plain lists ("#" comments, one address or CIDR per line, optional
// trailing comment).
func parseLines(b []byte, format string) (*Parsed, error) {
	p := &Parsed{Confidence: -1}
	e := &errs{format: format}
	line := 0
	for len(b) > 0 {
		var l []byte
		l, b, _ = bytes.Cut(b, []byte{'\n'})
		line++
		s := strings.TrimSpace(string(l))
		if s == "" || s[0] == '#' || s[0] == ';' || strings.HasPrefix(s, "//") {
			continue
		}
		label := ""
		if format == FormatSpamhaus && s[0] == '{' {
			var j struct {
				CIDR  string `json:"cidr"`
				SBLID string `json:"sblid"`
				Type  string `json:"type"`
			}
			if err := json.Unmarshal([]byte(s), &j); err != nil {
				e.add(line, "not a JSON object: %v", err)
				continue
			}
			if j.Type == "metadata" {
				continue
			}
			s, label = j.CIDR, j.SBLID
		} else {
			if i := strings.IndexAny(s, ";#"); i >= 0 {
				label = strings.TrimSpace(s[i+1:])
				s = strings.TrimSpace(s[:i])
			}
			if f := strings.Fields(s); len(f) > 1 {
				e.add(line, "expected one address or CIDR, got %q", s)
				continue
			}
		}
		pfx, err := parseEntry(s)
		if err != nil {
			e.add(line, "%q is %v", s, err)
			continue
		}
		p.Entries = append(p.Entries, Entry{Prefix: pfx, Line: line, Label: label})
	}
	p.Lines = line
	return p, e.err()
}

var csvIPColumns = []string{"ip", "ip_address", "ipaddress", "address", "addr", "cidr", "network", "netblock", "prefix", "indicator", "value", "src_ip", "ip-src"}

// parseCSV reads CSV feeds: a header names the address column (ip,
// ip_address, cidr, network, indicator, value …); MISP CSV exports use
// type and value and only ip-src/ip-dst rows become entries.
func parseCSV(b []byte, format string) (*Parsed, error) {
	p := &Parsed{Confidence: -1}
	e := &errs{format: format}
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = -1
	r.Comment = '#'
	r.TrimLeadingSpace = true
	header, err := r.Read()
	if err != nil {
		return nil, &FeedError{Format: format, Errs: []string{fmt.Sprintf("line %d: %v", csvErrLine(err), err)}}
	}
	col, typeCol, idCol := -1, -1, -1
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		switch {
		case h == "type" || h == "attribute_type":
			typeCol = i
		case h == "uuid" || h == "event_id":
			if idCol < 0 {
				idCol = i
			}
		}
		for _, c := range csvIPColumns {
			if h == c && col < 0 {
				col = i
			}
		}
	}
	hasHeader := col >= 0
	if format == FormatMISPCSV && (typeCol < 0 || col < 0) {
		return nil, &FeedError{Format: format, Errs: []string{"line 1: the header needs type and value columns (MISP CSV export)"}}
	}
	if !hasHeader {
		// No recognisable header: the first column holds the addresses and
		// the first row is data.
		col = 0
		if pfx, err := parseEntry(header[0]); err == nil {
			p.Entries = append(p.Entries, Entry{Prefix: pfx, Line: 1})
		} else {
			return nil, &FeedError{Format: format, Errs: []string{fmt.Sprintf("line 1: no address column in the header (accepted names: %s) and %q is not an address", strings.Join(csvIPColumns, ", "), header[0])}}
		}
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			e.add(csvErrLine(err), "%v", err)
			continue
		}
		line, _ := r.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if col >= len(rec) {
			e.add(line, "has %d columns; the address is in column %d", len(rec), col+1)
			continue
		}
		v := strings.TrimSpace(rec[col])
		ref := ""
		if idCol >= 0 && idCol < len(rec) {
			ref = rec[idCol]
		}
		if typeCol >= 0 && typeCol < len(rec) {
			t := strings.ToLower(strings.TrimSpace(rec[typeCol]))
			ip, ok := mispIP(t, v)
			if !ok {
				p.Skipped = append(p.Skipped, Skipped{Ref: fmt.Sprintf("line %d %s", line, t), Reason: "type " + t + " is not an IP indicator"})
				continue
			}
			v = ip
		}
		pfx, err := parseEntry(v)
		if err != nil {
			e.add(line, "%q is %v", v, err)
			continue
		}
		p.Entries = append(p.Entries, Entry{Prefix: pfx, Line: line, Label: ref})
	}
	return p, e.err()
}

func csvErrLine(err error) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.StartLine
	}
	return 1
}

// mispIP extracts the address of IP attribute types (ip-src, ip-dst,
// ip-src|port, ip-dst|port, domain|ip).
func mispIP(t, v string) (string, bool) {
	switch t {
	case "ip-src", "ip-dst":
		return v, true
	case "ip-src|port", "ip-dst|port":
		ip, _, _ := strings.Cut(v, "|")
		return ip, true
	case "domain|ip":
		_, ip, ok := strings.Cut(v, "|")
		return ip, ok
	}
	return "", false
}

type mispAttr struct {
	Type     string `json:"type"`
	Value    string `json:"value"`
	ToIDs    *bool  `json:"to_ids"`
	Category string `json:"category"`
	UUID     string `json:"uuid"`
	Deleted  bool   `json:"deleted"`
}

type mispEvent struct {
	UUID      string     `json:"uuid"`
	Info      string     `json:"info"`
	Attribute []mispAttr `json:"Attribute"`
	Object    []struct {
		Attribute []mispAttr `json:"Attribute"`
	} `json:"Object"`
}

// parseMISPEvent reads a MISP event ({"Event": …}, as in MISP feeds and
// the REST API, or {"response": [{"Event": …}]}): ip-src, ip-dst,
// ip-*|port and domain|ip attributes marked to_ids become entries.
func parseMISPEvent(b []byte) (*Parsed, error) {
	var doc struct {
		Event    *mispEvent `json:"Event"`
		Response []struct {
			Event *mispEvent `json:"Event"`
		} `json:"response"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, jsonFeedErr(FormatMISP, b, err)
	}
	var events []*mispEvent
	if doc.Event != nil {
		events = append(events, doc.Event)
	}
	for _, r := range doc.Response {
		if r.Event != nil {
			events = append(events, r.Event)
		}
	}
	if len(events) == 0 {
		return nil, &FeedError{Format: FormatMISP, Errs: []string{"line 1: no Event object (expected {\"Event\": {…}} or {\"response\": [{\"Event\": …}]})"}}
	}
	p := &Parsed{Confidence: -1}
	e := &errs{format: FormatMISP}
	for _, ev := range events {
		attrs := append([]mispAttr(nil), ev.Attribute...)
		for _, o := range ev.Object {
			attrs = append(attrs, o.Attribute...)
		}
		for i, a := range attrs {
			ref := a.UUID
			if ref == "" {
				ref = fmt.Sprintf("event %s attribute %d", ev.UUID, i)
			}
			ip, ok := mispIP(strings.ToLower(a.Type), a.Value)
			switch {
			case a.Deleted:
				p.Skipped = append(p.Skipped, Skipped{Ref: ref, Reason: "deleted"})
				continue
			case !ok:
				p.Skipped = append(p.Skipped, Skipped{Ref: ref, Reason: "type " + a.Type + " is not an IP indicator"})
				continue
			case a.ToIDs != nil && !*a.ToIDs:
				p.Skipped = append(p.Skipped, Skipped{Ref: ref, Reason: "to_ids is false (not meant for detection)"})
				continue
			}
			pfx, err := parseEntry(ip)
			if err != nil {
				e.add(lineOf(b, a.Value), "attribute %s value %q is %v", ref, a.Value, err)
				continue
			}
			p.Entries = append(p.Entries, Entry{Prefix: pfx, Line: lineOf(b, a.Value), Label: ev.Info})
		}
	}
	return p, e.err()
}

type stixObject struct {
	Type        string   `json:"type"`
	ID          string   `json:"id"`
	SpecVersion string   `json:"spec_version"`
	Name        string   `json:"name"`
	Pattern     string   `json:"pattern"`
	PatternType string   `json:"pattern_type"`
	ValidFrom   string   `json:"valid_from"`
	ValidUntil  string   `json:"valid_until"`
	Revoked     bool     `json:"revoked"`
	Confidence  *int     `json:"confidence"`
	Labels      []string `json:"labels"`
}

// parseSTIX reads a STIX 2.1 bundle ({"type":"bundle","objects":[…]});
// indicator objects with pattern_type stix become entries through the
// pattern parser; revoked and expired indicators and other patterns are
// skipped with the reason.
func parseSTIX(b []byte) (*Parsed, error) {
	var bundle struct {
		Type    string            `json:"type"`
		Objects []json.RawMessage `json:"objects"`
	}
	if err := json.Unmarshal(b, &bundle); err != nil {
		return nil, jsonFeedErr(FormatSTIX, b, err)
	}
	if bundle.Type != "bundle" {
		return nil, &FeedError{Format: FormatSTIX, Errs: []string{fmt.Sprintf("line 1: type is %q; a STIX 2.1 bundle has \"type\": \"bundle\"", bundle.Type)}}
	}
	p := &Parsed{Confidence: -1}
	e := &errs{format: FormatSTIX}
	now := time.Now()
	for _, raw := range bundle.Objects {
		var o stixObject
		if err := json.Unmarshal(raw, &o); err != nil {
			e.add(lineOf(b, string(raw[:min(len(raw), 40)])), "object is not valid: %v", err)
			continue
		}
		if o.Type != "indicator" {
			continue
		}
		line := lineOf(b, o.ID)
		switch {
		case o.PatternType != "" && o.PatternType != "stix":
			p.Skipped = append(p.Skipped, Skipped{Ref: o.ID, Reason: "pattern_type " + o.PatternType + " is not stix"})
			continue
		case o.Revoked:
			p.Skipped = append(p.Skipped, Skipped{Ref: o.ID, Reason: "revoked"})
			continue
		case o.Pattern == "":
			e.add(line, "indicator %s has no pattern", o.ID)
			continue
		}
		if o.ValidUntil != "" {
			t, err := time.Parse(time.RFC3339, o.ValidUntil)
			if err != nil {
				e.add(line, "indicator %s valid_until %q is not an RFC 3339 time", o.ID, o.ValidUntil)
				continue
			}
			if t.Before(now) {
				p.Skipped = append(p.Skipped, Skipped{Ref: o.ID, Reason: "expired " + o.ValidUntil})
				continue
			}
			if p.ValidUntil.IsZero() || t.Before(p.ValidUntil) {
				p.ValidUntil = t
			}
		}
		set, err := ParseSTIXPattern(o.Pattern)
		if err != nil {
			p.Skipped = append(p.Skipped, Skipped{Ref: o.ID, Reason: "pattern not turned into addresses: " + err.Error()})
			continue
		}
		if o.Confidence != nil && (p.Confidence < 0 || *o.Confidence < p.Confidence) {
			p.Confidence = *o.Confidence
		}
		label := o.Name
		if label == "" {
			label = o.ID
		}
		for _, pfx := range set.Prefixes() {
			p.Entries = append(p.Entries, Entry{Prefix: pfx, Line: line, Label: label})
		}
	}
	return p, e.err()
}

func jsonFeedErr(format string, b []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &FeedError{Format: format, Errs: []string{fmt.Sprintf("line %d: invalid JSON: %v", lineAt(b, int(se.Offset)), se)}}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &FeedError{Format: format, Errs: []string{fmt.Sprintf("line %d: %s is a JSON %s, expected %s", lineAt(b, int(te.Offset)), te.Field, te.Value, te.Type)}}
	}
	return &FeedError{Format: format, Errs: []string{"line 1: " + err.Error()}}
}

func lineAt(b []byte, off int) int {
	if off > len(b) {
		off = len(b)
	}
	return bytes.Count(b[:off], []byte{'\n'}) + 1
}

// lineOf is the line of the first occurrence of s (1 when not found).
func lineOf(b []byte, s string) int {
	if s == "" {
		return 1
	}
	i := bytes.Index(b, []byte(s))
	if i < 0 {
		return 1
	}
	return lineAt(b, i)
}
