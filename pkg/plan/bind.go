package plan

import (
	"fmt"
	"strconv"
	"strings"
)

// MaxBINDBytes bounds a BIND zone file given to ParseBIND.
const MaxBINDBytes = 1 << 20

// BINDRecord is one record of a BIND zone file with its line number.
type BINDRecord struct {
	Line   int
	Record RecordValue
}

// ParseBIND reads a BIND zone file (as Cloudflare exports it, or written by
// hand) for zone: $ORIGIN and $TTL, comments, parentheses across lines, an
// omitted owner meaning the previous one, "@", relative and absolute names,
// and "cf_tags=cf-proxied:true" comments. SOA records and the apex NS
// records (which Cloudflare manages) are skipped and reported in notes.
func ParseBIND(zone, text string) (recs []BINDRecord, notes []string, err error) {
	if len(text) > MaxBINDBytes {
		return nil, nil, fmt.Errorf("bind: %d bytes; accepted: at most %d", len(text), MaxBINDBytes)
	}
	zone = strings.ToLower(strings.TrimSuffix(zone, "."))
	origin := zone
	defTTL := 0
	prev := ""
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	skippedSOA, skippedNS := 0, 0
	for i := 0; i < len(lines); i++ {
		lineNo := i + 1
		toks, comment, depth := tokenize(lines[i])
		for depth > 0 && i+1 < len(lines) {
			i++
			more, c2, d2 := tokenize(lines[i])
			toks, depth = append(toks, more...), depth+d2
			comment += c2
		}
		if depth > 0 {
			return nil, nil, fmt.Errorf("bind line %d: a parenthesis is never closed", lineNo)
		}
		if len(toks) == 0 {
			continue
		}
		first := toks[0]
		if strings.HasPrefix(first.s, "$") {
			switch strings.ToUpper(first.s) {
			case "$ORIGIN":
				if len(toks) < 2 {
					return nil, nil, fmt.Errorf("bind line %d: $ORIGIN needs a name", lineNo)
				}
				origin = strings.ToLower(strings.TrimSuffix(toks[1].s, "."))
				if z := strings.ToLower(zone); origin != z && !strings.HasSuffix(origin, "."+z) {
					return nil, nil, fmt.Errorf("bind line %d: $ORIGIN %s is outside zone %s; accepted: the zone or a name in it", lineNo, toks[1].s, zone)
				}
			case "$TTL":
				if len(toks) < 2 {
					return nil, nil, fmt.Errorf("bind line %d: $TTL needs a number", lineNo)
				}
				n, err := strconv.Atoi(toks[1].s)
				if err != nil {
					return nil, nil, fmt.Errorf("bind line %d: $TTL %q is not a number of seconds", lineNo, toks[1].s)
				}
				defTTL = n
			default:
				return nil, nil, fmt.Errorf("bind line %d: directive %s is not supported; accepted: $ORIGIN, $TTL", lineNo, first.s)
			}
			continue
		}
		owner := prev
		if !first.indented {
			owner = absName(first.s, origin)
			if z := strings.ToLower(zone); owner != z && !strings.HasSuffix(owner, "."+z) {
				return nil, nil, fmt.Errorf("bind line %d: owner name %s is outside zone %s; accepted: @, names relative to the zone, or absolute names ending in .%s.", lineNo, first.s, zone, zone)
			}
			toks = toks[1:]
		}
		if owner == "" {
			return nil, nil, fmt.Errorf("bind line %d: the record has no owner name", lineNo)
		}
		prev = owner
		ttl := defTTL
		// [ttl] [class] type or [class] [ttl] type.
		for len(toks) > 0 {
			t := strings.ToUpper(toks[0].s)
			if n, err := strconv.Atoi(t); err == nil && !toks[0].quoted {
				ttl = n
				toks = toks[1:]
				continue
			}
			if t == "IN" || t == "CH" || t == "HS" {
				toks = toks[1:]
				continue
			}
			break
		}
		if len(toks) < 2 {
			return nil, nil, fmt.Errorf("bind line %d: expected TYPE and data after the name", lineNo)
		}
		if toks[0].quoted || !isTypeName(toks[0].s) {
			return nil, nil, fmt.Errorf("bind line %d: %q is not a record type (A, AAAA, CNAME, MX, TXT, …)", lineNo, toks[0].raw)
		}
		typ := strings.ToUpper(toks[0].s)
		data := toks[1:]
		raw := func() string {
			parts := make([]string, len(data))
			for i, d := range data {
				parts[i] = d.raw
			}
			return strings.Join(parts, " ")
		}
		v := RecordValue{Type: typ, Name: owner, TTL: ttl}
		switch typ {
		case "SOA":
			skippedSOA++
			continue
		case "NS":
			if owner == zone {
				skippedNS++
				continue
			}
			v.Content = strings.TrimSuffix(data[0].s, ".")
		case "A", "AAAA":
			v.Content = data[0].s
		case "CNAME", "PTR":
			v.Content = absTarget(data[0].s, origin)
		case "MX":
			if len(data) != 2 {
				return nil, nil, fmt.Errorf("bind line %d: MX data must be \"priority host\"", lineNo)
			}
			p, err := strconv.Atoi(data[0].s)
			if err != nil {
				return nil, nil, fmt.Errorf("bind line %d: MX priority %q is not a number", lineNo, data[0].s)
			}
			v.Priority, v.Content = &p, absTarget(data[1].s, origin)
		case "SRV":
			if len(data) != 4 {
				return nil, nil, fmt.Errorf("bind line %d: SRV data must be \"priority weight port target\"", lineNo)
			}
			v.Content = data[0].s + " " + data[1].s + " " + data[2].s + " " + absTarget(data[3].s, origin)
		case "TXT":
			v.Content = raw()
		default:
			v.Content = raw()
		}
		if strings.Contains(comment, "cf-proxied:true") {
			v.Proxied = true
		}
		recs = append(recs, BINDRecord{Line: lineNo, Record: v})
	}
	if skippedSOA > 0 || skippedNS > 0 {
		notes = append(notes, fmt.Sprintf("skipped %d SOA and %d apex NS records: Cloudflare manages them", skippedSOA, skippedNS))
	}
	return recs, notes, nil
}

type token struct {
	s, raw   string
	quoted   bool
	indented bool
}

// tokenize splits one line into tokens, keeping quoted strings whole (raw
// keeps the quotes), and returns the comment and how many parentheses it
// leaves open.
func tokenize(line string) (toks []token, comment string, depth int) {
	indented := len(line) > 0 && (line[0] == ' ' || line[0] == '\t')
	i := 0
	for i < len(line) {
		c := line[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == ';':
			comment = line[i:]
			i = len(line)
		case c == '(':
			depth++
			i++
		case c == ')':
			depth--
			i++
		case c == '"':
			j := i + 1
			var b strings.Builder
			for j < len(line) && line[j] != '"' {
				if line[j] == '\\' && j+1 < len(line) {
					b.WriteByte(line[j+1])
					j += 2
					continue
				}
				b.WriteByte(line[j])
				j++
			}
			end := min(j+1, len(line))
			toks = append(toks, token{s: b.String(), raw: line[i:end], quoted: true})
			i = end
		default:
			j := i
			for j < len(line) && !strings.ContainsRune(" \t;()\"", rune(line[j])) {
				j++
			}
			toks = append(toks, token{s: line[i:j], raw: line[i:j]})
			i = j
		}
	}
	if len(toks) > 0 {
		toks[0].indented = indented
	}
	return toks, comment, depth
}

func absName(n, origin string) string {
	n = strings.ToLower(n)
	switch {
	case n == "@":
		return origin
	case strings.HasSuffix(n, "."):
		return strings.TrimSuffix(n, ".")
	default:
		return n + "." + origin
	}
}

func absTarget(n, origin string) string {
	if n == "@" {
		return origin
	}
	if strings.HasSuffix(n, ".") {
		return strings.TrimSuffix(n, ".")
	}
	return n + "." + origin
}

func isTypeName(s string) bool {
	if s == "" || len(s) > 10 {
		return false
	}
	for _, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return c0IsLetter(s)
}

func c0IsLetter(s string) bool { c := s[0]; return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }
