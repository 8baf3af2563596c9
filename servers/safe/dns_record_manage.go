package safe

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
	"github.com/cfplane/cfplane/pkg/untrusted"
	"github.com/cfplane/cfplane/pkg/validate"
)

// DNS listing caps.
const (
	dnsDefaultLimit = 50
	dnsMaxLimit     = 500
	maxExportBytes  = 512 << 10
	maxImportItems  = 10000
)

var (
	dnsReadActions  = []string{"list", "get", "export"}
	dnsWriteActions = []string{"create", "update", "delete", "import"}
)

// DNSRecordArg is a record as a caller gives it.
type DNSRecordArg struct {
	Type     string         `json:"type,omitempty"`
	Name     string         `json:"name,omitempty" jsonschema:"@, relative or full"`
	Content  string         `json:"content,omitempty"`
	TTL      int            `json:"ttl,omitempty" jsonschema:"1 (auto) or 60–86400"`
	Proxied  *bool          `json:"proxied,omitempty"`
	Priority *int           `json:"priority,omitempty"`
	Comment  *string        `json:"comment,omitempty"`
	Data     map[string]any `json:"data,omitempty" jsonschema:"CAA/SRV fields"`
}

// DNSFilterArg narrows list.
type DNSFilterArg struct {
	Type    string `json:"type,omitempty"`
	Name    string `json:"name,omitempty"`
	Content string `json:"content,omitempty"`
	Proxied *bool  `json:"proxied,omitempty"`
}

// DNSReadArgs are the arguments of the read-only dns_record_manage.
type DNSReadArgs struct {
	Zone     string        `json:"zone" jsonschema:"zone name or 32-hex zone id"`
	Action   string        `json:"action" jsonschema:"list, get or export"`
	RecordID string        `json:"record_id,omitempty" jsonschema:"32-hex id"`
	Filter   *DNSFilterArg `json:"filter,omitempty"`
	Cursor   string        `json:"cursor,omitempty" jsonschema:"next_cursor from list"`
	Limit    int           `json:"limit,omitempty" jsonschema:"1–500, default 50"`
}

// DNSArgs are dns_record_manage's arguments.
type DNSArgs struct {
	Zone     string        `json:"zone" jsonschema:"zone name or 32-hex zone id"`
	Action   string        `json:"action" jsonschema:"list, get, export, create, update, delete or import"`
	Record   *DNSRecordArg `json:"record,omitempty" jsonschema:"create: record; update: fields to change"`
	RecordID string        `json:"record_id,omitempty" jsonschema:"32-hex id"`
	Filter   *DNSFilterArg `json:"filter,omitempty"`
	Cursor   string        `json:"cursor,omitempty" jsonschema:"next_cursor from list"`
	Limit    int           `json:"limit,omitempty" jsonschema:"1–500, default 50"`
	BIND     string        `json:"bind,omitempty" jsonschema:"import: BIND text"`
	Records  []any         `json:"records,omitempty" jsonschema:"import: record objects instead of bind"`
}

// RecordView is a DNS record in a result. Content is labelled untrusted for
// TXT and CAA records, and comments and tags always (third parties write
// them).
type RecordView struct {
	ID       string           `json:"id"`
	Type     string           `json:"type"`
	Name     string           `json:"name"`
	Content  untrusted.Text   `json:"content"`
	TTL      int              `json:"ttl"`
	Proxied  bool             `json:"proxied"`
	Priority *int             `json:"priority,omitempty"`
	Comment  *untrusted.Text  `json:"comment,omitempty"`
	Data     json.RawMessage  `json:"data,omitempty"`
	Tags     []untrusted.Text `json:"tags,omitempty"`
}

// DNSResult is dns_record_manage's result: records (list, get), bind
// (export) or plan (create, update, delete, import).
type DNSResult struct {
	Action     string `json:"action"`
	Zone       string `json:"zone"`
	Records    any    `json:"records,omitempty"`
	NextCursor string `json:"next_cursor,omitempty"`
	Total      int    `json:"total,omitempty"`
	BIND       any    `json:"bind,omitempty"`
	Truncated  bool   `json:"truncated,omitempty"`
	Plan       any    `json:"plan,omitempty"`
	Untrusted  any    `json:"untrusted"`
}

func dnsRecordManage(d *cli.Deps, eng *plan.Engine) mcpkit.Tool {
	return mcpkit.NewTool("dns_record_manage",
		"DNS records of a zone. Reads: list (filter, cursor, limit), get, export (BIND). Changes return a plan: create, update, delete, import (bind text or records).",
		mcpkit.PlanHints,
		func(ctx context.Context, a DNSArgs) (DNSResult, error) {
			return dnsManage(ctx, d, eng, a, true)
		})
}

func dnsRecordRead(d *cli.Deps) mcpkit.Tool {
	return mcpkit.NewTool("dns_record_manage",
		"DNS records of a zone (read-only server): list (filter, cursor, limit), get, export (BIND).",
		mcpkit.ReadHints,
		func(ctx context.Context, a DNSReadArgs) (DNSResult, error) {
			return dnsManage(ctx, d, nil, DNSArgs{Zone: a.Zone, Action: a.Action, RecordID: a.RecordID, Filter: a.Filter, Cursor: a.Cursor, Limit: a.Limit}, false)
		})
}

func dnsManage(ctx context.Context, d *cli.Deps, eng *plan.Engine, a DNSArgs, writes bool) (DNSResult, error) {
	accepted := dnsReadActions
	if writes {
		accepted = append(append([]string(nil), dnsReadActions...), dnsWriteActions...)
	}
	if err := validate.Enum("action", a.Action, accepted...); err != nil {
		if !writes && contains(dnsWriteActions, a.Action) {
			return DNSResult{}, mcpkit.Errorf("action %q changes DNS and this server is read-only (writes disabled or --read-only); accepted: %s", a.Action, strings.Join(accepted, ", "))
		}
		return DNSResult{}, mcpkit.Errorf("%v", err)
	}
	if err := checkDNSArgs(a); err != nil {
		return DNSResult{}, err
	}
	z, err := zoneFor(ctx, d, a.Zone)
	if err != nil {
		return DNSResult{}, err
	}
	res := DNSResult{Action: a.Action, Zone: z.Name}
	scan := untrusted.NewScan(0)
	switch a.Action {
	case "list":
		err = dnsList(ctx, d, z, a, &res, scan)
	case "get":
		var r cfclient.DNSRecord
		r, err = d.Client.GetDNSRecord(ctx, z.ID, a.RecordID)
		if errors.Is(err, cfclient.ErrNotFound) {
			return res, mcpkit.Errorf("record %s does not exist in zone %s; list shows the record ids", a.RecordID, z.Name)
		}
		if err == nil {
			res.Records = []RecordView{recordView(r, scan)}
		}
	case "export":
		var text string
		text, err = d.Client.ExportDNSRecords(ctx, z.ID)
		if err == nil {
			if len(text) > maxExportBytes {
				text, res.Truncated = text[:maxExportBytes], true
			}
			// Record text reaches a person's terminal: control and bidi
			// characters inside a line are shown escaped.
			lines := strings.Split(text, "\n")
			for i, l := range lines {
				lines[i] = validate.Terminal(l)
			}
			t := scan.Text(strings.Join(lines, "\n"))
			res.BIND = &t
		}
	default:
		var p *plan.Prepared
		var notes []string
		p, notes, err = dnsPlan(ctx, eng, z, a)
		if err == nil {
			res.Plan = planView(p, notes...)
		}
	}
	if err != nil {
		return DNSResult{}, toolErr(a.Action, err)
	}
	res.Untrusted = scan.Summary()
	return res, nil
}

func contains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}

// checkDNSArgs checks which arguments an action takes, and their shapes.
func checkDNSArgs(a DNSArgs) error {
	need := map[string][]string{
		"get": {"record_id"}, "update": {"record_id", "record"}, "delete": {"record_id"}, "create": {"record"},
	}
	given := map[string]bool{"record": a.Record != nil, "record_id": a.RecordID != "", "filter": a.Filter != nil,
		"cursor": a.Cursor != "", "limit": a.Limit != 0, "bind": a.BIND != "", "records": len(a.Records) > 0}
	allowed := map[string][]string{
		"list": {"filter", "cursor", "limit"}, "get": {"record_id"}, "export": {},
		"create": {"record"}, "update": {"record_id", "record"}, "delete": {"record_id"}, "import": {"bind", "records"},
	}[a.Action]
	for _, n := range need[a.Action] {
		if !given[n] {
			return mcpkit.Errorf("action %s needs %s", a.Action, n)
		}
	}
	for n, g := range given {
		if g && !contains(allowed, n) {
			return mcpkit.Errorf("action %s does not take %s; it takes: zone, action%s", a.Action, n, listPrefix(allowed))
		}
	}
	if a.Action == "import" && (a.BIND == "") == (len(a.Records) == 0) {
		return mcpkit.Errorf("action import needs exactly one of bind (BIND zone file text) or records (a list of records)")
	}
	if a.RecordID != "" {
		if err := validate.ID("record_id", a.RecordID); err != nil {
			return mcpkit.Errorf("%v", err)
		}
	}
	if a.Limit != 0 {
		if err := validate.Range("limit", a.Limit, 1, dnsMaxLimit); err != nil {
			return mcpkit.Errorf("%v", err)
		}
	}
	if f := a.Filter; f != nil && f.Type != "" {
		if err := validate.RecordType("filter.type", f.Type); err != nil {
			return mcpkit.Errorf("%v", err)
		}
	}
	if len(a.Records) > maxImportItems {
		return mcpkit.Errorf("records: %d records; accepted: at most %d", len(a.Records), maxImportItems)
	}
	if len(a.BIND) > plan.MaxBINDBytes {
		return mcpkit.Errorf("bind: %d bytes; accepted: at most %d", len(a.BIND), plan.MaxBINDBytes)
	}
	return nil
}

func listPrefix(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return ", " + strings.Join(xs, ", ")
}

func recordView(r cfclient.DNSRecord, scan *untrusted.Scan) RecordView {
	v := RecordView{ID: r.ID, Type: r.Type, Name: r.Name, Content: untrusted.Trusted(r.Content), TTL: r.TTL, Proxied: r.Proxied,
		Priority: r.Priority}
	if untrustedType(r.Type) || r.Type == "CAA" {
		v.Content = scan.Text(r.Content)
	}
	if r.Comment != "" {
		c := scan.Text(r.Comment)
		v.Comment = &c
	}
	for _, t := range r.Tags {
		v.Tags = append(v.Tags, scan.Text(t))
	}
	if len(r.Data) > 0 && string(r.Data) != "null" {
		v.Data = r.Data
	}
	return v
}

func encodeCursor(page int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("p" + strconv.Itoa(page)))
}

func decodeCursor(c string) (int, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil && len(b) > 1 && b[0] == 'p' {
		if n, err := strconv.Atoi(string(b[1:])); err == nil && n >= 1 && n <= 1_000_000 && encodeCursor(n) == c {
			return n, nil
		}
	}
	return 0, mcpkit.Errorf("cursor %s is not a cursor this tool returned; accepted: the next_cursor of the previous list call, unchanged", validate.Quote(c))
}

func dnsList(ctx context.Context, d *cli.Deps, z plan.Zone, a DNSArgs, res *DNSResult, scan *untrusted.Scan) error {
	page, limit := 1, dnsDefaultLimit
	if a.Limit > 0 {
		limit = a.Limit
	}
	if a.Cursor != "" {
		var err error
		if page, err = decodeCursor(a.Cursor); err != nil {
			return err
		}
	}
	var f cfclient.DNSFilter
	if a.Filter != nil {
		f = cfclient.DNSFilter{Type: a.Filter.Type, Content: a.Filter.Content, Proxied: a.Filter.Proxied}
		if a.Filter.Name != "" {
			f.Name = plan.FQDN(z.Name, a.Filter.Name)
		}
	}
	recs, info, err := d.Client.ListDNSRecordsPage(ctx, z.ID, f, page, limit)
	if err != nil {
		return err
	}
	views := make([]RecordView, 0, len(recs))
	for _, r := range recs {
		views = append(views, recordView(r, scan))
	}
	res.Records = views
	res.Total = info.TotalCount
	if info.TotalPages > page {
		res.NextCursor = encodeCursor(page + 1)
	}
	return nil
}

// recordValue checks a record argument and turns it into a value.
func recordValue(prefix string, r DNSRecordArg) (plan.RecordValue, error) {
	var data json.RawMessage
	if r.Data != nil {
		data, _ = json.Marshal(r.Data)
	}
	comment := ""
	if r.Comment != nil {
		comment = *r.Comment
	}
	vr := validate.Record{Type: r.Type, Name: r.Name, Content: r.Content, TTL: r.TTL, Proxied: r.Proxied, Priority: r.Priority, Comment: comment, Data: data}
	if err := validate.CheckRecord(prefix, vr); err != nil {
		return plan.RecordValue{}, mcpkit.Errorf("%v", err)
	}
	v := plan.RecordValue{Type: r.Type, Name: r.Name, Content: r.Content, TTL: r.TTL, Priority: r.Priority, Comment: comment, Data: data}
	if r.Proxied != nil {
		v.Proxied = *r.Proxied
	}
	return v, nil
}

func dnsPlan(ctx context.Context, eng *plan.Engine, z plan.Zone, a DNSArgs) (*plan.Prepared, []string, error) {
	live, err := eng.Read(ctx, z, plan.KindDNS)
	if err != nil {
		return nil, nil, err
	}
	var ops []plan.Op
	var notes []string
	current := func() (plan.Object, error) {
		o, ok := live.Get(plan.KindDNS, a.RecordID)
		if !ok {
			return o, mcpkit.Errorf("record %s does not exist in zone %s; list shows the record ids", a.RecordID, z.Name)
		}
		return o, nil
	}
	switch a.Action {
	case "create":
		v, err := recordValue("record", *a.Record)
		if err != nil {
			return nil, nil, err
		}
		op, err := plan.CreateRecordOp(z.Name, v)
		if err != nil {
			return nil, nil, mcpkit.Errorf("%v", err)
		}
		if m := live.ByIdentity(plan.KindDNS, op.Identity); len(m) > 0 {
			return nil, nil, mcpkit.Errorf("an identical record already exists (id %s); nothing to create — use update to change it", m[0].ID)
		}
		ops = append(ops, op)
	case "update":
		cur, err := current()
		if err != nil {
			return nil, nil, err
		}
		old, _ := plan.DecodeRecord(cur.Value)
		merged := mergeRecord(old, *a.Record)
		v, err := recordValue("record", merged)
		if err != nil {
			return nil, nil, err
		}
		op, err := plan.UpdateRecordOp(z.Name, cur, v)
		if err != nil {
			return nil, nil, mcpkit.Errorf("%v", err)
		}
		if string(op.After) == string(op.Before) {
			return nil, nil, mcpkit.Errorf("record %s already has these values; nothing to update", a.RecordID)
		}
		ops = append(ops, op)
	case "delete":
		cur, err := current()
		if err != nil {
			return nil, nil, err
		}
		ops = append(ops, plan.DeleteRecordOp(cur))
	case "import":
		ops, notes, err = importOps(z, a, live)
		if err != nil {
			return nil, nil, err
		}
	}
	if c := plan.DNSConflicts(live, ops); len(c) > 0 {
		more := ""
		if len(c) > 5 {
			more = fmt.Sprintf(" (and %d more)", len(c)-5)
			c = c[:5]
		}
		return nil, nil, mcpkit.Errorf("%s%s; accepted: a CNAME alone at its name, or other record types without a CNAME", strings.Join(c, "; "), more)
	}
	p, err := eng.Prepare(ctx, live, plan.Request{Tool: "dns_record_manage", Action: a.Action, Ops: ops, Gate: gateOf(ctx), Notes: notes})
	return p, nil, err
}

// mergeRecord applies the fields an update gives onto the live record.
func mergeRecord(old plan.RecordValue, u DNSRecordArg) DNSRecordArg {
	m := DNSRecordArg{Type: old.Type, Name: old.Name, Content: old.Content, TTL: old.TTL, Proxied: &old.Proxied, Priority: old.Priority, Comment: &old.Comment}
	if len(old.Data) > 0 {
		_ = json.Unmarshal(old.Data, &m.Data)
	}
	if u.Type != "" && u.Type != old.Type {
		m.Type, m.Data, m.Priority = u.Type, nil, nil
		if u.Content == "" && u.Data == nil {
			m.Content = ""
		}
	}
	if u.Name != "" {
		m.Name = u.Name
	}
	if u.Content != "" {
		m.Content = u.Content
		if u.Data == nil {
			m.Data = nil
		}
	}
	if u.Data != nil {
		m.Data, m.Content = u.Data, ""
	}
	if u.TTL != 0 {
		m.TTL = u.TTL
	}
	if u.Proxied != nil {
		m.Proxied = u.Proxied
		if *u.Proxied && u.TTL == 0 {
			m.TTL = 0
		}
	}
	if m.Proxied != nil && *m.Proxied && m.TTL == 1 {
		m.TTL = 0
	}
	if u.Priority != nil {
		m.Priority = u.Priority
	}
	if u.Comment != nil {
		m.Comment = u.Comment
	}
	return m
}

func importOps(z plan.Zone, a DNSArgs, live *plan.Snapshot) ([]plan.Op, []string, error) {
	type item struct {
		where string
		v     plan.RecordValue
	}
	var items []item
	var notes []string
	if a.BIND != "" {
		recs, n, err := plan.ParseBIND(z.Name, a.BIND)
		if err != nil {
			return nil, nil, mcpkit.Errorf("%v; accepted: a BIND zone file (name [ttl] [IN] type data per line, $ORIGIN, $TTL)", err)
		}
		notes = n
		for _, r := range recs {
			where := fmt.Sprintf("bind line %d", r.Line)
			arg := DNSRecordArg{Type: r.Record.Type, Name: r.Record.Name, Content: r.Record.Content, TTL: r.Record.TTL, Priority: r.Record.Priority}
			if r.Record.Proxied {
				arg.Proxied = &r.Record.Proxied
			}
			if arg.TTL != 0 && arg.TTL != 1 && arg.Proxied != nil {
				arg.TTL = 0
			}
			v, err := recordValue(where, arg)
			if err != nil {
				return nil, nil, err
			}
			items = append(items, item{where, v})
		}
	} else {
		for i, raw := range a.Records {
			where := fmt.Sprintf("records[%d]", i)
			r, err := decodeRecordArg(where, raw)
			if err != nil {
				return nil, nil, err
			}
			v, err := recordValue(where, r)
			if err != nil {
				return nil, nil, err
			}
			items = append(items, item{where, v})
		}
	}
	var ops []plan.Op
	seen := map[string]bool{}
	present := 0
	for _, it := range items {
		op, err := plan.CreateRecordOp(z.Name, it.v)
		if err != nil {
			return nil, nil, mcpkit.Errorf("%s: %v", it.where, err)
		}
		if !strings.HasSuffix(plan.FQDN(z.Name, it.v.Name), z.Name) {
			return nil, nil, mcpkit.Errorf("%s: %s is outside zone %s", it.where, it.v.Name, z.Name)
		}
		if seen[op.Identity] {
			continue
		}
		seen[op.Identity] = true
		if len(live.ByIdentity(plan.KindDNS, op.Identity)) > 0 {
			present++
			continue
		}
		ops = append(ops, op)
	}
	if present > 0 {
		notes = append(notes, fmt.Sprintf("%d records already exist and are left as they are", present))
	}
	return ops, notes, nil
}

// decodeRecordArg decodes one item of records strictly.
func decodeRecordArg(where string, raw any) (DNSRecordArg, error) {
	var r DNSRecordArg
	b, err := json.Marshal(raw)
	if err == nil {
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		err = dec.Decode(&r)
	}
	if err != nil {
		return r, mcpkit.Errorf("%s: %s; accepted: an object with type, name, content, ttl, proxied, priority, comment, data", where, strings.TrimPrefix(err.Error(), "json: "))
	}
	return r, nil
}
