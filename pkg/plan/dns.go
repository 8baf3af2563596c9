package plan

import (
	"context"
	"encoding/json"
	"fmt"
	"net/netip"
	"path"
	"strconv"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/policy"
)

// KindDNS is the kind of DNS record objects.
const KindDNS = "dns_record"

// MaxZoneRecords bounds how many records a zone may hold for the engine to
// plan over it.
const MaxZoneRecords = 100_000

// dnsReadPage is the page size of the engine's zone reads (the API's
// maximum): a 1,000-record zone is one request.
const dnsReadPage = 5000

// DNSClient is what the DNS executor needs of cfclient.
type DNSClient interface {
	ListDNSRecordsPage(ctx context.Context, zoneID string, f cfclient.DNSFilter, page, perPage int) ([]cfclient.DNSRecord, cfclient.PageInfo, error)
	BatchDNSRecords(ctx context.Context, zoneID string, b cfclient.DNSBatch) (cfclient.DNSBatchResult, error)
}

var _ DNSClient = (*cfclient.Client)(nil)

// RecordValue is the state of a DNS record cfplane manages, in the
// normalised form Cloudflare stores (see NormalizeRecord).
type RecordValue struct {
	Type     string          `json:"type"`
	Name     string          `json:"name"`
	Content  string          `json:"content,omitempty"`
	TTL      int             `json:"ttl"`
	Proxied  bool            `json:"proxied"`
	Priority *int            `json:"priority,omitempty"`
	Comment  string          `json:"comment,omitempty"`
	Data     json.RawMessage `json:"data,omitempty"`
	Tags     []string        `json:"tags,omitempty"`
	// Settings are the record's settings (flatten_cname, ipv4_only,
	// ipv6_only), canonical, with the false (default) ones left out.
	Settings json.RawMessage `json:"settings,omitempty"`
	// ReadOnly is meta.read_only: another Cloudflare product manages the
	// record; plans that change or delete it are refused.
	ReadOnly bool `json:"read_only,omitempty"`
	// Extra holds the record's other fields as the API returned them,
	// canonical, written flat beside the fields above; a re-created record
	// gets them back.
	Extra map[string]json.RawMessage `json:"-"`
}

type recordValueFields RecordValue

// recordServerOnly are fields the API computes; they are never kept.
var recordServerOnly = map[string]bool{"id": true, "zone_id": true, "zone_name": true, "created_on": true, "modified_on": true,
	"proxiable": true, "meta": true, "locked": true, "comment_modified_on": true, "tags_modified_on": true}

// MarshalJSON writes Extra flat beside the modelled fields.
func (v RecordValue) MarshalJSON() ([]byte, error) { return marshalFlat(recordValueFields(v), v.Extra) }

// UnmarshalJSON keeps the fields RecordValue does not model in Extra.
func (v *RecordValue) UnmarshalJSON(b []byte) error {
	var f recordValueFields
	extra, err := unmarshalFlat(b, &f, recordServerOnly)
	if err != nil {
		return err
	}
	*v = RecordValue(f)
	v.Extra = extra
	return nil
}

// contentTypes are the record types whose value is their content; every
// other type (CAA, SRV, HTTPS, SVCB, …) carries it in data.
var contentTypes = map[string]bool{"A": true, "AAAA": true, "CNAME": true, "MX": true, "NS": true, "PTR": true, "TXT": true, "SPF": true}

// dataRecord reports whether a record type's value lives in data.
func dataRecord(t string) bool { return !contentTypes[t] }

// canonSettings is settings without its false (default) entries, or nil.
func canonSettings(b json.RawMessage) json.RawMessage {
	var m map[string]any
	if len(b) == 0 || json.Unmarshal(b, &m) != nil {
		return nil
	}
	for k, v := range m {
		if v == false || v == nil {
			delete(m, k)
		}
	}
	if len(m) == 0 {
		return nil
	}
	out, _ := json.Marshal(m)
	return out
}

// DNS executes DNS record ops through the batch endpoint.
type DNS struct {
	Client DNSClient
}

var _ Executor = (*DNS)(nil)

// Kind implements Executor.
func (x *DNS) Kind() string { return KindDNS }

// Read returns every record of the zone.
func (x *DNS) Read(ctx context.Context, zoneID string) ([]Object, error) {
	var out []Object
	for page := 1; ; page++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		recs, info, err := x.Client.ListDNSRecordsPage(ctx, zoneID, cfclient.DNSFilter{}, page, dnsReadPage)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			o, err := x.Object(r.ID, recordJSON(FromAPI(r)))
			if err != nil {
				return nil, err
			}
			out = append(out, o)
		}
		if len(out) > MaxZoneRecords {
			return nil, fmt.Errorf("the zone holds more than %d records; cfplane plans over zones of at most that many", MaxZoneRecords)
		}
		if len(recs) < dnsReadPage || (info.TotalPages > 0 && page >= info.TotalPages) {
			return out, nil
		}
	}
}

// FromAPI converts a record as the API returns it.
func FromAPI(r cfclient.DNSRecord) RecordValue {
	v := RecordValue{Type: r.Type, Name: r.Name, Content: r.Content, TTL: r.TTL, Proxied: r.Proxied,
		Priority: r.Priority, Comment: r.Comment, Tags: r.Tags, Settings: canonSettings(r.Settings), ReadOnly: r.ReadOnly(),
		Extra: canonExtra(r.Extra, recordServerOnly)}
	if len(r.Data) > 0 && string(r.Data) != "null" && dataRecord(r.Type) {
		v.Data = canonJSON(r.Data)
	}
	if r.Type != "MX" && r.Type != "SRV" {
		v.Priority = nil
	}
	if len(v.Tags) == 0 {
		v.Tags = nil
	}
	return v
}

func canonJSON(b json.RawMessage) json.RawMessage {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return b
	}
	out, _ := json.Marshal(v)
	return out
}

func recordJSON(v RecordValue) json.RawMessage {
	b, _ := json.Marshal(v)
	return b
}

// DecodeRecord decodes a record value.
func DecodeRecord(b json.RawMessage) (RecordValue, error) {
	var v RecordValue
	err := json.Unmarshal(b, &v)
	return v, err
}

// RecordIdentity is what makes two records the same: type, name, content
// (case-insensitive) and an MX record's priority.
func RecordIdentity(v RecordValue) string {
	id := v.Type + " " + v.Name + " " + strings.ToLower(v.Content)
	if v.Type == "MX" && v.Priority != nil {
		id += " " + strconv.Itoa(*v.Priority)
	}
	return id
}

// RecordLabel is a record as every result names it:
// "MX example.com → mail.example.com (pri 10)".
func RecordLabel(v RecordValue) string {
	c := v.Content
	if r := []rune(c); len(r) > 48 {
		c = string(r[:48]) + "…"
	}
	l := v.Type + " " + v.Name + " → " + c
	if v.Priority != nil {
		l += fmt.Sprintf(" (pri %d)", *v.Priority)
	}
	return l
}

// Object implements Executor.
func (x *DNS) Object(id string, value json.RawMessage) (Object, error) {
	v, err := DecodeRecord(value)
	if err != nil {
		return Object{}, fmt.Errorf("dns record value: %w", err)
	}
	return Object{Kind: KindDNS, ID: id, Identity: RecordIdentity(v), Slot: v.Type + " " + v.Name, Label: RecordLabel(v), Value: recordJSON(v)}, nil
}

func boolPtr(b bool) *bool { return &b }

func recordInput(v RecordValue) cfclient.DNSRecordInput {
	c := v.Comment
	in := cfclient.DNSRecordInput{Type: v.Type, Name: v.Name, Content: v.Content, TTL: v.TTL, Proxied: boolPtr(v.Proxied),
		Priority: v.Priority, Comment: &c, Tags: v.Tags, Data: v.Data, Settings: v.Settings}
	if dataRecord(v.Type) && len(v.Data) > 0 {
		in.Content = ""
	}
	for k, raw := range v.Extra {
		if in.Extra == nil {
			in.Extra = cfclient.Extra{}
		}
		in.Extra[k] = raw
	}
	return in
}

// Execute applies the ops in batches of at most cfclient.MaxBatchOps:
// deletes, then updates (PATCH of the managed fields), then creates — the
// order Cloudflare applies a batch in, kept across batches.
func (x *DNS) Execute(ctx context.Context, zoneID string, ops []Op) error {
	type item struct {
		action string
		id     string
		v      RecordValue
	}
	var dels, upds, crs []item
	for _, op := range ops {
		switch op.Action {
		case ActionDelete:
			dels = append(dels, item{action: op.Action, id: op.ID})
		case ActionUpdate, ActionCreate:
			v, err := DecodeRecord(op.After)
			if err != nil {
				return err
			}
			if op.Action == ActionUpdate {
				upds = append(upds, item{action: op.Action, id: op.ID, v: v})
			} else {
				crs = append(crs, item{action: op.Action, v: v})
			}
		default:
			return fmt.Errorf("dns_record op %q is not supported", op.Action)
		}
	}
	all := append(append(dels, upds...), crs...)
	for start := 0; start < len(all); start += cfclient.MaxBatchOps {
		end := min(start+cfclient.MaxBatchOps, len(all))
		var b cfclient.DNSBatch
		for _, it := range all[start:end] {
			switch it.action {
			case ActionDelete:
				b.Deletes = append(b.Deletes, cfclient.DNSBatchID{ID: it.id})
			case ActionUpdate:
				b.Patches = append(b.Patches, cfclient.DNSBatchRecord{ID: it.id, DNSRecordInput: recordInput(it.v)})
			case ActionCreate:
				b.Posts = append(b.Posts, recordInput(it.v))
			}
		}
		if _, err := x.Client.BatchDNSRecords(ctx, zoneID, b); err != nil {
			return fmt.Errorf("DNS batch %d of %d: %w", start/cfclient.MaxBatchOps+1, (len(all)+cfclient.MaxBatchOps-1)/cfclient.MaxBatchOps, err)
		}
	}
	return nil
}

// Assess implements Executor: deletes are destructive; the apex, MX and NS
// records weigh more; protected patterns ("NAME TYPE") are matched.
func (x *DNS) Assess(zone Zone, op Op, protected []string) (int, []string, []string) {
	var vs []RecordValue
	for _, raw := range []json.RawMessage{op.Before, op.After} {
		if len(raw) > 0 && string(raw) != "null" {
			if v, err := DecodeRecord(raw); err == nil {
				vs = append(vs, v)
			}
		}
	}
	score := 0
	var reasons, overrides []string
	switch op.Action {
	case ActionCreate:
		score += 2
	case ActionUpdate:
		score += 8
	case ActionDelete:
		score += 25
		reasons = append(reasons, "destructive: deletes "+op.Object)
	}
	seen := map[string]bool{}
	for _, v := range vs {
		if v.Name == zone.Name && op.Action != ActionCreate && !seen["apex"] {
			seen["apex"] = true
			score += 10
			reasons = append(reasons, "touches the zone apex: "+op.Object)
		}
		if (v.Type == "MX" || v.Type == "NS") && op.Action != ActionCreate && !seen[v.Type] {
			seen[v.Type] = true
			score += 10
			reasons = append(reasons, "touches a "+v.Type+" record: "+op.Object)
		}
		for _, p := range protected {
			if !seen["p:"+p] && RecordMatches(p, zone.Name, v.Name, v.Type) {
				seen["p:"+p] = true
				overrides = append(overrides, p)
				reasons = append(reasons, "touches protected object "+strconv.Quote(p)+": "+op.Object)
			}
		}
	}
	return score, reasons, overrides
}

// RecordMatches reports whether a record matches a protected pattern
// "NAME TYPE": NAME is "@" for the apex, a name relative to the zone or
// fully qualified, and may use * (path.Match); TYPE may be *.
func RecordMatches(pattern, zone, name, typ string) bool {
	pn, pt, ok := strings.Cut(strings.TrimSpace(pattern), " ")
	if !ok {
		return false
	}
	pt = strings.TrimSpace(pt)
	if pt != "*" && !strings.EqualFold(pt, typ) {
		return false
	}
	pn = strings.ToLower(strings.TrimSuffix(pn, "."))
	switch {
	case pn == "@":
		pn = zone
	case pn != zone && !strings.HasSuffix(pn, "."+zone) && pn != "*":
		pn = pn + "." + zone
	}
	if pn == "*" {
		return true
	}
	ok, err := path.Match(pn, strings.ToLower(name))
	return err == nil && ok
}

// Policy implements Executor.
func (x *DNS) Policy(objs []Object, st *policy.State) {
	for _, o := range objs {
		v, err := DecodeRecord(o.Value)
		if err != nil {
			continue
		}
		pr := 0
		if v.Priority != nil {
			pr = *v.Priority
		}
		st.Records = append(st.Records, policy.Record{ID: o.ID, Type: v.Type, Name: v.Name, Content: v.Content, TTL: v.TTL, Proxied: v.Proxied, Priority: pr})
	}
}

// NormalizeRecord puts a record in the form Cloudflare stores it, so that a
// planned state compares equal with the state read back: names fully
// qualified and lower case, host targets lower case without the final dot,
// IPv6 in canonical form, TTL 1 (automatic) when unset or proxied, CAA and
// SRV content and data derived from each other, priority kept only for MX
// and SRV. Shapes are checked by pkg/validate before.
func NormalizeRecord(zone string, v RecordValue) (RecordValue, error) {
	v.Type = strings.ToUpper(strings.TrimSpace(v.Type))
	if err := InZone(zone, v.Name); err != nil {
		return v, err
	}
	v.Name = FQDN(zone, v.Name)
	if v.TTL == 0 || v.Proxied {
		v.TTL = 1
	}
	if len(v.Tags) == 0 {
		v.Tags = nil
	}
	switch v.Type {
	case "CNAME", "NS", "PTR", "MX":
		v.Content = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(v.Content)), ".")
	case "AAAA":
		if a, err := netip.ParseAddr(v.Content); err == nil {
			v.Content = a.String()
		}
	case "CAA":
		if err := normCAA(&v); err != nil {
			return v, err
		}
	case "SRV":
		if err := normSRV(&v); err != nil {
			return v, err
		}
	case "HTTPS", "SVCB":
		if err := normSVCB(&v); err != nil {
			return v, err
		}
	}
	if !dataRecord(v.Type) {
		v.Data = nil
	}
	if v.Type != "MX" && v.Type != "SRV" {
		v.Priority = nil
	}
	v.Settings = canonSettings(v.Settings)
	v.Extra = canonExtra(v.Extra, recordServerOnly)
	return v, nil
}

// InZone refuses an absolute name (ending with a dot) that is not the zone
// or a name in it: "www.example.shop." is not rewritten into example.com.
func InZone(zone, name string) error {
	n := strings.ToLower(strings.TrimSpace(name))
	if !strings.HasSuffix(n, ".") || n == "." {
		if n == "." {
			return fmt.Errorf("record name %q is the root, outside zone %s; accepted: @, a name relative to the zone, or an absolute name ending in .%s.", name, zone, zone)
		}
		return nil
	}
	n = strings.TrimSuffix(n, ".")
	zone = strings.ToLower(zone)
	if n == zone || strings.HasSuffix(n, "."+zone) {
		return nil
	}
	return fmt.Errorf("record name %q is outside zone %s (an absolute name, ending with a dot); accepted: @, a name relative to the zone, or an absolute name ending in .%s.", name, zone, zone)
}

// FQDN turns a record name as given ("@", relative, trailing dot, any case)
// into the fully qualified lower-case name.
func FQDN(zone, name string) string {
	n := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(name)), ".")
	zone = strings.ToLower(zone)
	if n == "" || n == "@" {
		return zone
	}
	if n == zone || strings.HasSuffix(n, "."+zone) {
		return n
	}
	return n + "." + zone
}

func normCAA(v *RecordValue) error {
	var d struct {
		Flags *json.Number `json:"flags"`
		Tag   string       `json:"tag"`
		Value string       `json:"value"`
	}
	if len(v.Data) > 0 && string(v.Data) != "null" {
		if err := json.Unmarshal(v.Data, &d); err != nil {
			return fmt.Errorf("record.data: %v; accepted: {\"flags\": 0, \"tag\": \"issue\", \"value\": \"letsencrypt.org\"}", err)
		}
	} else {
		f := strings.SplitN(strings.TrimSpace(v.Content), " ", 3)
		if len(f) != 3 {
			return fmt.Errorf("record.content %q is not a CAA value; accepted: flags tag \"value\", e.g. 0 issue \"letsencrypt.org\"", v.Content)
		}
		n := json.Number(f[0])
		d.Flags, d.Tag, d.Value = &n, f[1], strings.Trim(strings.TrimSpace(f[2]), `"`)
	}
	flags := 0
	if d.Flags != nil {
		n, err := strconv.Atoi(d.Flags.String())
		if err != nil || n < 0 || n > 255 {
			return fmt.Errorf("CAA flags %s is out of range; accepted: 0–255", d.Flags.String())
		}
		flags = n
	}
	if d.Tag != "issue" && d.Tag != "issuewild" && d.Tag != "iodef" {
		return fmt.Errorf("CAA tag %q is not accepted; accepted: issue, issuewild, iodef", d.Tag)
	}
	if d.Value == "" {
		return fmt.Errorf("CAA value is empty; accepted: a CA domain such as letsencrypt.org, or ; to allow none")
	}
	v.Data, _ = json.Marshal(map[string]any{"flags": flags, "tag": d.Tag, "value": d.Value})
	v.Content = fmt.Sprintf("%d %s \"%s\"", flags, d.Tag, d.Value)
	return nil
}

// normSVCB derives an HTTPS or SVCB record's content from its data
// {priority, target, value}, as Cloudflare shows it.
func normSVCB(v *RecordValue) error {
	var d struct {
		Priority *int   `json:"priority"`
		Target   string `json:"target"`
		Value    string `json:"value"`
	}
	const accepted = `data {"priority": 1, "target": ".", "value": "alpn=\"h3,h2\""}`
	if len(v.Data) == 0 || string(v.Data) == "null" || json.Unmarshal(v.Data, &d) != nil {
		return fmt.Errorf("%s records need data; accepted: %s", v.Type, accepted)
	}
	if d.Priority == nil || *d.Priority < 0 || *d.Priority > 65535 {
		return fmt.Errorf("%s data.priority is missing or out of range; accepted: 0–65535", v.Type)
	}
	t := strings.TrimSuffix(strings.ToLower(d.Target), ".")
	if t == "" {
		t = "."
	}
	v.Data, _ = json.Marshal(map[string]any{"priority": *d.Priority, "target": t, "value": d.Value})
	v.Content = strings.TrimSpace(fmt.Sprintf("%d %s %s", *d.Priority, t, d.Value))
	return nil
}

func normSRV(v *RecordValue) error {
	var d struct {
		Priority *int   `json:"priority"`
		Weight   *int   `json:"weight"`
		Port     *int   `json:"port"`
		Target   string `json:"target"`
	}
	const accepted = `data {"priority": 10, "weight": 5, "port": 5060, "target": "sip.example.com"} or content "weight port target" with priority`
	if len(v.Data) > 0 && string(v.Data) != "null" {
		if err := json.Unmarshal(v.Data, &d); err != nil {
			return fmt.Errorf("record.data: %v; accepted: %s", err, accepted)
		}
	} else {
		f := strings.Fields(v.Content)
		nums := make([]int, 0, 3)
		for _, s := range f[:max(len(f)-1, 0)] {
			n, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("record.content %q is not an SRV value; accepted: %s", v.Content, accepted)
			}
			nums = append(nums, n)
		}
		switch len(f) {
		case 3:
			d.Priority, d.Weight, d.Port = v.Priority, &nums[0], &nums[1]
		case 4:
			d.Priority, d.Weight, d.Port = &nums[0], &nums[1], &nums[2]
		default:
			return fmt.Errorf("record.content %q is not an SRV value; accepted: %s", v.Content, accepted)
		}
		d.Target = f[len(f)-1]
	}
	if d.Priority == nil && v.Priority != nil {
		d.Priority = v.Priority
	}
	for name, p := range map[string]*int{"priority": d.Priority, "weight": d.Weight, "port": d.Port} {
		if p == nil || *p < 0 || *p > 65535 {
			return fmt.Errorf("SRV %s is missing or out of range; accepted: %s, numbers 0–65535", name, accepted)
		}
	}
	t := strings.TrimSuffix(strings.ToLower(d.Target), ".")
	if t == "" {
		t = "."
	}
	v.Data, _ = json.Marshal(map[string]any{"priority": *d.Priority, "weight": *d.Weight, "port": *d.Port, "target": t})
	v.Content = fmt.Sprintf("%d %d %s", *d.Weight, *d.Port, t)
	p := *d.Priority
	v.Priority = &p
	return nil
}

// CreateRecordOp plans the creation of a record (normalised for zone).
func CreateRecordOp(zone string, v RecordValue) (Op, error) {
	n, err := NormalizeRecord(zone, v)
	if err != nil {
		return Op{}, err
	}
	return Op{Kind: KindDNS, Action: ActionCreate, Object: RecordLabel(n), Identity: RecordIdentity(n),
		Before: json.RawMessage("null"), After: recordJSON(n)}, nil
}

// UpdateRecordOp plans setting the live record cur to v (normalised for
// zone); tags the record carries are kept.
func UpdateRecordOp(zone string, cur Object, v RecordValue) (Op, error) {
	old, err := DecodeRecord(cur.Value)
	if err != nil {
		return Op{}, err
	}
	if old.ReadOnly {
		return Op{}, readOnlyErr(cur)
	}
	v.Tags = old.Tags
	// Fields the request does not model stay as the record has them.
	if v.Settings == nil {
		v.Settings = old.Settings
	}
	for k, raw := range old.Extra {
		if _, set := v.Extra[k]; !set {
			if v.Extra == nil {
				v.Extra = map[string]json.RawMessage{}
			}
			v.Extra[k] = raw
		}
	}
	n, err := NormalizeRecord(zone, v)
	if err != nil {
		return Op{}, err
	}
	return Op{Kind: KindDNS, Action: ActionUpdate, Object: RecordLabel(old) + " (id " + cur.ID + ")", ID: cur.ID,
		Identity: RecordIdentity(n), Before: cur.Value, After: recordJSON(n)}, nil
}

func readOnlyErr(cur Object) error {
	return fmt.Errorf("%s (id %s) is read-only (meta.read_only): another Cloudflare product manages it (e.g. Email Routing's MX and SPF records); change it there (unlock Email Routing's records first); cfplane does not plan changes to it", cur.Label, cur.ID)
}

// RefuseOp implements OpRefuser: an update or delete of a read-only
// record.
func (x *DNS) RefuseOp(op Op) error {
	if op.Action == ActionCreate {
		return nil
	}
	v, err := DecodeRecord(op.Before)
	if err != nil || !v.ReadOnly {
		return nil
	}
	return readOnlyErr(Object{ID: op.ID, Label: "dns_record " + RecordLabel(v)})
}

// OpRefuser is implemented by executors that refuse some operations
// whatever the policy (e.g. on objects another product manages). The
// engine asks it for every op of a plan it prepares.
type OpRefuser interface {
	RefuseOp(op Op) error
}

var _ OpRefuser = (*DNS)(nil)

// DeleteRecordOp plans the deletion of the live record cur.
func DeleteRecordOp(cur Object) Op {
	return Op{Kind: KindDNS, Action: ActionDelete, Object: cur.Label + " (id " + cur.ID + ")", ID: cur.ID,
		Identity: cur.Identity, Before: cur.Value, After: json.RawMessage("null")}
}

// DNSConflicts lists the creates in ops that Cloudflare would refuse
// because of a CNAME sharing its name with another record (in the live
// state s after the plan's deletes, or among the creates themselves).
func DNSConflicts(s *Snapshot, ops []Op) []string {
	deleted := map[string]bool{}
	for _, op := range ops {
		if op.Kind == KindDNS && op.Action == ActionDelete {
			deleted[op.ID] = true
		}
	}
	type slot struct{ cname, other int }
	names := map[string]*slot{}
	at := func(n string) *slot {
		if names[n] == nil {
			names[n] = &slot{}
		}
		return names[n]
	}
	count := func(v RecordValue) {
		if v.Type == "CNAME" {
			at(v.Name).cname++
		} else {
			at(v.Name).other++
		}
	}
	updated := map[string]json.RawMessage{}
	for _, op := range ops {
		if op.Kind == KindDNS && op.Action == ActionUpdate {
			updated[op.ID] = op.After
		}
	}
	for _, o := range s.Objects(KindDNS) {
		if deleted[o.ID] {
			continue
		}
		raw := o.Value
		if u, ok := updated[o.ID]; ok {
			raw = u
		}
		if v, err := DecodeRecord(raw); err == nil {
			count(v)
		}
	}
	var out []string
	for _, op := range ops {
		if op.Kind != KindDNS || op.Action != ActionCreate {
			continue
		}
		v, err := DecodeRecord(op.After)
		if err != nil {
			continue
		}
		sl := at(v.Name)
		if (v.Type == "CNAME" && sl.cname+sl.other > 0) || (v.Type != "CNAME" && sl.cname > 0) {
			out = append(out, op.Object+": a CNAME cannot share its name with other records")
		}
		count(v)
	}
	return out
}
