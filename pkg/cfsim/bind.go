package cfsim

import (
	"bufio"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"sort"
	"strconv"
	"strings"
)

func (s *Sim) dnsExport(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	z, err := s.lookupZone(r)
	if err != nil {
		s.mu.Unlock()
		return err
	}
	text := exportBIND(z, s.Now().Unix())
	s.mu.Unlock()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(text)))
	w.WriteHeader(200)
	_, _ = io.WriteString(w, text)
	return nil
}

func fqdn(n string) string { return strings.TrimSuffix(n, ".") + "." }

// exportBIND renders the zone as the API's export does: SOA and NS first,
// then the records; proxied records carry "; cf_tags=cf-proxied:true".
func exportBIND(z *zone, serial int64) string {
	var b strings.Builder
	fmt.Fprintf(&b, ";;\n;; Domain:     %s.\n;; Exported:   by the Cloudflare API simulator\n;;\n", z.Name)
	fmt.Fprintf(&b, "$ORIGIN %s.\n\n;; SOA Record\n", z.Name)
	ns := "ns.cloudflare.com"
	if len(z.NameServers) > 0 {
		ns = z.NameServers[0]
	}
	fmt.Fprintf(&b, "%s.\t3600\tIN\tSOA\t%s. dns.cloudflare.com. %d 10000 2400 604800 3600\n\n;; NS Records\n", z.Name, ns, serial)
	for _, n := range z.NameServers {
		fmt.Fprintf(&b, "%s.\t86400\tIN\tNS\t%s.\n", z.Name, n)
	}
	recs := append([]*record(nil), z.records...)
	sort.SliceStable(recs, func(i, j int) bool {
		if recs[i].Type != recs[j].Type {
			return recs[i].Type < recs[j].Type
		}
		return recs[i].Name < recs[j].Name
	})
	last := ""
	for _, rec := range recs {
		if rec.Type != last {
			fmt.Fprintf(&b, "\n;; %s Records\n", rec.Type)
			last = rec.Type
		}
		var rdata string
		switch rec.Type {
		case "CNAME", "NS", "PTR":
			rdata = fqdn(rec.Content)
		case "MX":
			p := 0
			if rec.Priority != nil {
				p = *rec.Priority
			}
			rdata = fmt.Sprintf("%d %s", p, fqdn(rec.Content))
		case "SRV":
			d := rec.Data
			rdata = fmt.Sprintf("%v %v %v %s", d["priority"], d["weight"], d["port"], fqdn(fmt.Sprint(d["target"])))
		case "TXT":
			rdata = rec.Content
			if !strings.HasPrefix(rdata, "\"") {
				rdata = strconv.Quote(rdata)
			}
		default:
			rdata = rec.Content
		}
		var tags []string
		if rec.Proxied {
			tags = append(tags, "cf-proxied:true")
		} else if proxiable(rec.Type) {
			tags = append(tags, "cf-proxied:false")
		}
		tags = append(tags, rec.Tags...)
		line := fmt.Sprintf("%s\t%d\tIN\t%s\t%s", fqdn(rec.Name), rec.TTL, rec.Type, rdata)
		if len(tags) > 0 {
			line += " ; cf_tags=" + strings.Join(tags, ",")
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// readImportForm reads the multipart body the SDK sends: a "file" part (a
// plain field or a file upload) and an optional "proxied" field.
func readImportForm(r *http.Request) (file string, proxied bool, err error) {
	mt, params, perr := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if perr != nil || !strings.HasPrefix(mt, "multipart/") {
		return "", false, errf(400, 1004, "import expects a multipart/form-data body with a \"file\" part")
	}
	mr := multipart.NewReader(io.LimitReader(r.Body, 8<<20), params["boundary"])
	found := false
	for {
		p, perr := mr.NextPart()
		if perr == io.EOF {
			break
		}
		if perr != nil {
			return "", false, errf(400, 1004, "malformed multipart body: %v", perr)
		}
		b, _ := io.ReadAll(p)
		switch p.FormName() {
		case "file":
			file, found = string(b), true
		case "proxied":
			proxied = strings.EqualFold(strings.TrimSpace(string(b)), "true")
		}
	}
	if !found {
		return "", false, errf(400, 1004, "import expects a multipart/form-data body with a \"file\" part")
	}
	return file, proxied, nil
}

// parseBIND parses the subset of RFC 1035 master-file syntax the API exports:
// one record per line, $ORIGIN and $TTL, "@", relative names, optional TTL and
// class, quoted TXT strings, and "; cf_tags=cf-proxied:true" comments.
func parseBIND(text, zoneName string, defProxied bool) ([]map[string]any, error) {
	origin := zoneName
	defTTL := 1
	lastName := zoneName
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		raw := sc.Text()
		line, comment := splitComment(raw)
		if strings.TrimSpace(line) == "" {
			continue
		}
		fields := tokenizeBIND(line)
		if len(fields) == 0 {
			continue
		}
		switch strings.ToUpper(fields[0]) {
		case "$ORIGIN":
			if len(fields) > 1 {
				origin = strings.TrimSuffix(strings.ToLower(fields[1]), ".")
			}
			continue
		case "$TTL":
			if len(fields) > 1 {
				if v, err := strconv.Atoi(fields[1]); err == nil {
					defTTL = v
				}
			}
			continue
		}
		name := lastName
		if raw[0] != ' ' && raw[0] != '\t' {
			name = fields[0]
			fields = fields[1:]
			switch {
			case name == "@":
				name = origin
			case strings.HasSuffix(name, "."):
				name = strings.TrimSuffix(strings.ToLower(name), ".")
			default:
				name = strings.ToLower(name) + "." + origin
			}
			lastName = name
		}
		ttl := defTTL
		for len(fields) > 0 {
			if v, err := strconv.Atoi(fields[0]); err == nil {
				ttl = v
				fields = fields[1:]
				continue
			}
			if u := strings.ToUpper(fields[0]); u == "IN" || u == "CH" || u == "HS" {
				fields = fields[1:]
				continue
			}
			break
		}
		if len(fields) < 2 {
			return nil, dnsInvalid(9000, "line %d: expected TYPE and RDATA", lineNo)
		}
		typ := strings.ToUpper(fields[0])
		rd := fields[1:]
		if typ == "SOA" || (typ == "NS" && name == zoneName) {
			continue // managed by Cloudflare
		}
		proxied := defProxied
		if i := strings.Index(comment, "cf-proxied:"); i >= 0 {
			proxied = strings.HasPrefix(comment[i+len("cf-proxied:"):], "true")
		}
		rel := func(h string) string {
			if strings.HasSuffix(h, ".") {
				return strings.TrimSuffix(h, ".")
			}
			if h == "@" {
				return origin
			}
			return h + "." + origin
		}
		m := map[string]any{"type": typ, "name": name, "ttl": ttl}
		switch typ {
		case "A", "AAAA":
			m["content"] = rd[0]
			m["proxied"] = proxied
		case "CNAME":
			m["content"] = rel(rd[0])
			m["proxied"] = proxied
		case "NS", "PTR":
			m["content"] = rel(rd[0])
		case "MX":
			if len(rd) < 2 {
				return nil, dnsInvalid(9101, "line %d: MX needs a priority and a host", lineNo)
			}
			p, err := strconv.Atoi(rd[0])
			if err != nil {
				return nil, dnsInvalid(9100, "line %d: MX priority must be a number", lineNo)
			}
			m["priority"] = p
			m["content"] = rel(rd[1])
		case "TXT":
			var parts []string
			for _, f := range rd {
				parts = append(parts, strings.Trim(f, "\""))
			}
			m["content"] = strconv.Quote(strings.Join(parts, ""))
		case "CAA":
			if len(rd) < 3 {
				return nil, dnsInvalid(9041, "line %d: CAA needs flags, tag and value", lineNo)
			}
			fl, _ := strconv.Atoi(rd[0])
			m["data"] = map[string]any{"flags": fl, "tag": rd[1], "value": strings.Trim(strings.Join(rd[2:], " "), "\"")}
		case "SRV":
			if len(rd) < 4 {
				return nil, dnsInvalid(9016, "line %d: SRV needs priority, weight, port and target", lineNo)
			}
			pr, _ := strconv.Atoi(rd[0])
			we, _ := strconv.Atoi(rd[1])
			po, _ := strconv.Atoi(rd[2])
			m["data"] = map[string]any{"priority": pr, "weight": we, "port": po, "target": rel(rd[3])}
		case "HTTPS", "SVCB":
			if len(rd) < 2 {
				return nil, dnsInvalid(9016, "line %d: %s needs priority, target and parameters", lineNo, typ)
			}
			pr, _ := strconv.Atoi(rd[0])
			m["data"] = map[string]any{"priority": pr, "target": rel(rd[1]), "value": strings.Join(rd[2:], " ")}
		default:
			m["content"] = strings.Join(rd, " ")
		}
		out = append(out, m)
	}
	return out, nil
}

func splitComment(line string) (string, string) {
	inQ := false
	for i, c := range line {
		switch c {
		case '"':
			inQ = !inQ
		case ';':
			if !inQ {
				return line[:i], line[i+1:]
			}
		}
	}
	return line, ""
}

func tokenizeBIND(line string) []string {
	var out []string
	var cur strings.Builder
	inQ, has := false, false
	for _, c := range line {
		switch {
		case c == '"':
			inQ = !inQ
			cur.WriteRune(c)
			has = true
		case (c == ' ' || c == '\t') && !inQ:
			if has {
				out = append(out, cur.String())
				cur.Reset()
				has = false
			}
		default:
			cur.WriteRune(c)
			has = true
		}
	}
	if has {
		out = append(out, cur.String())
	}
	return out
}

// dnsImport adds the records of a BIND file; records that already exist are
// skipped. Any invalid record fails the whole import and changes nothing.
func (s *Sim) dnsImport(w http.ResponseWriter, r *http.Request) error {
	file, proxied, err := readImportForm(r)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	z, err := s.lookupZone(r)
	if err != nil {
		return err
	}
	ins, err := parseBIND(file, z.Name, proxied)
	if err != nil {
		return err
	}
	work := append([]*record(nil), z.records...)
	added := 0
	for i, in := range ins {
		_, recs, err := s.createRecord(z, work, in)
		if err != nil {
			if he, ok := err.(*httpError); ok && len(he.errs) > 0 && he.errs[0].Code == 81057 {
				continue
			}
			if he, ok := err.(*httpError); ok {
				for k := range he.errs {
					he.errs[k].Message = fmt.Sprintf("record %d (%s %s): %s", i+1, in["type"], in["name"], he.errs[k].Message)
				}
			}
			return err
		}
		work = recs
		added++
	}
	z.records = work
	writeOK(w, map[string]any{"recs_added": added, "total_records_parsed": len(ins)})
	return nil
}
