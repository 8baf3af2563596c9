package plan

import (
	"context"
	"encoding/json"
	"fmt"
	"net/netip"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/policy"
)

// KindIPList is the kind of account IP list objects (a list with its items).
const KindIPList = "ip_list"

// MaxListItems bounds the items of one list cfplane plans over.
const MaxListItems = 10000

// Bulk operation polling defaults.
const (
	DefaultBulkPolls    = 40
	DefaultBulkInterval = 250 * time.Millisecond
)

// ListsClient is what the IP list executor needs of cfclient.
type ListsClient interface {
	ListIPLists(ctx context.Context) ([]cfclient.IPList, error)
	CreateIPList(ctx context.Context, name, kind, description string) (cfclient.IPList, error)
	ListListItems(ctx context.Context, listID, search string, max int) (cfclient.Page[cfclient.ListItem], error)
	AddListItems(ctx context.Context, listID string, items []cfclient.ListItem) (string, error)
	ReplaceListItems(ctx context.Context, listID string, items []cfclient.ListItem) (string, error)
	DeleteListItems(ctx context.Context, listID string, itemIDs []string) (string, error)
	GetBulkOperation(ctx context.Context, operationID string) (cfclient.BulkOperation, error)
}

var _ ListsClient = (*cfclient.Client)(nil)

// ListItemValue is one item of an IP list.
type ListItemValue struct {
	IP      string `json:"ip"`
	Comment string `json:"comment,omitempty"`
}

// ListValue is the state of an IP list cfplane manages: its items sorted
// by address.
type ListValue struct {
	Name        string          `json:"name"`
	Kind        string          `json:"kind"`
	Description string          `json:"description,omitempty"`
	Items       []ListItemValue `json:"items"`
	// Oversize marks a list holding more than MaxListItems items: its
	// items are not read, and it cannot be planned over.
	Oversize int `json:"oversize,omitempty"`
}

// DecodeList decodes a list value.
func DecodeList(b json.RawMessage) (ListValue, error) {
	var v ListValue
	err := json.Unmarshal(b, &v)
	return v, err
}

// NormalizeList sorts the items and drops duplicate addresses (the last
// comment wins, as adding an existing item updates its comment).
func NormalizeList(v ListValue) ListValue {
	by := map[string]string{}
	for _, it := range v.Items {
		by[it.IP] = it.Comment
	}
	v.Items = make([]ListItemValue, 0, len(by))
	for ip, c := range by {
		v.Items = append(v.Items, ListItemValue{IP: ip, Comment: c})
	}
	sort.Slice(v.Items, func(i, j int) bool { return v.Items[i].IP < v.Items[j].IP })
	if v.Kind == "" {
		v.Kind = "ip"
	}
	return v
}

// ListJSON is a list value's canonical JSON.
func ListJSON(v ListValue) json.RawMessage {
	b, _ := json.Marshal(NormalizeList(v))
	return b
}

// NormalizeListIP puts an IP list item in the form Cloudflare stores it: an
// IPv4 address or CIDR /8–/32 (a /32 as the address), an IPv6 CIDR /12–/64
// (an IPv6 address as its /64), host bits cleared.
func NormalizeListIP(s string) (string, error) {
	s = strings.TrimSpace(s)
	const accepted = "accepted: an IPv4 address or CIDR /8–/32, or an IPv6 address or CIDR /12–/64"
	if p, err := netip.ParsePrefix(s); err == nil {
		switch {
		case p.Addr().Is4() && p.Bits() >= 8:
			if p.Bits() == 32 {
				return p.Addr().String(), nil
			}
			return p.Masked().String(), nil
		case p.Addr().Is6() && !p.Addr().Is4In6() && p.Bits() >= 12 && p.Bits() <= 64:
			return p.Masked().String(), nil
		}
		return "", fmt.Errorf("%q is outside the accepted prefix lengths; %s", s, accepted)
	}
	a, err := netip.ParseAddr(s)
	if err != nil || a.Zone() != "" {
		return "", fmt.Errorf("%q is not an IP address or CIDR; %s", s, accepted)
	}
	if a.Is4() {
		return a.String(), nil
	}
	return netip.PrefixFrom(a, 64).Masked().String(), nil
}

// Lists executes IP list changes: creating a list and changing its items
// through the asynchronous bulk endpoints, each polled to completion.
type Lists struct {
	Client ListsClient
	// Polls bounds how often one bulk operation is checked (default
	// DefaultBulkPolls), Interval is the first wait between checks (default
	// DefaultBulkInterval, doubling up to 2 s).
	Polls    int
	Interval time.Duration
}

var _ Executor = (*Lists)(nil)

// Kind implements Executor.
func (x *Lists) Kind() string { return KindIPList }

// Read returns the account's IP lists with their items. Lists belong to
// the account, not to the zone: every zone of the account sees the same.
func (x *Lists) Read(ctx context.Context, _ string) ([]Object, error) {
	lists, err := x.Client.ListIPLists(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Object, 0, len(lists))
	for _, l := range lists {
		if l.Kind != "ip" {
			continue
		}
		v := ListValue{Name: l.Name, Kind: l.Kind, Description: l.Description, Items: []ListItemValue{}}
		switch {
		case l.NumItems > MaxListItems:
			v.Oversize = l.NumItems
		case l.NumItems > 0:
			page, err := x.Client.ListListItems(ctx, l.ID, "", MaxListItems)
			if err != nil {
				return nil, fmt.Errorf("items of list %s: %w", l.Name, err)
			}
			if page.Truncated {
				v.Oversize = MaxListItems + 1
				break
			}
			for _, it := range page.Items {
				v.Items = append(v.Items, ListItemValue{IP: it.IP, Comment: it.Comment})
			}
		}
		o, err := x.Object(l.ID, ListJSON(v))
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// Object implements Executor.
func (x *Lists) Object(id string, value json.RawMessage) (Object, error) {
	v, err := DecodeList(value)
	if err != nil {
		return Object{}, fmt.Errorf("ip_list value: %w", err)
	}
	return Object{Kind: KindIPList, ID: id, Identity: v.Name, Slot: v.Name, Label: "ip_list " + v.Name, Value: ListJSON(v)}, nil
}

func apiItems(items []ListItemValue) []cfclient.ListItem {
	out := make([]cfclient.ListItem, len(items))
	for i, it := range items {
		out[i] = cfclient.ListItem{IP: it.IP, Comment: it.Comment}
	}
	return out
}

// Execute implements Executor. An update adds or removes only the items
// that differ; a change that both adds and removes, or changes comments,
// replaces the items in one request.
func (x *Lists) Execute(ctx context.Context, _ string, ops []Op) error {
	for _, op := range ops {
		if err := x.execOne(ctx, op); err != nil {
			return fmt.Errorf("%s %s: %w", op.Action, op.Object, err)
		}
	}
	return nil
}

func (x *Lists) execOne(ctx context.Context, op Op) error {
	switch op.Action {
	case ActionCreate:
		v, err := DecodeList(op.After)
		if err != nil {
			return err
		}
		l, err := x.Client.CreateIPList(ctx, v.Name, v.Kind, v.Description)
		if err != nil {
			return err
		}
		if len(v.Items) == 0 {
			return nil
		}
		opID, err := x.Client.AddListItems(ctx, l.ID, apiItems(v.Items))
		if err != nil {
			return err
		}
		return x.wait(ctx, opID)
	case ActionUpdate:
		v, err := DecodeList(op.After)
		if err != nil {
			return err
		}
		page, err := x.Client.ListListItems(ctx, op.ID, "", MaxListItems)
		if err != nil {
			return err
		}
		want := map[string]string{}
		for _, it := range v.Items {
			want[it.IP] = it.Comment
		}
		have := map[string]bool{}
		var dels []string
		changed := false
		for _, it := range page.Items {
			have[it.IP] = true
			c, keep := want[it.IP]
			switch {
			case !keep:
				dels = append(dels, it.ID)
			case c != it.Comment:
				changed = true
			}
		}
		var adds []ListItemValue
		for _, it := range v.Items {
			if !have[it.IP] {
				adds = append(adds, it)
			}
		}
		var opID string
		switch {
		case changed || (len(adds) > 0 && len(dels) > 0) || len(v.Items) == 0 && len(dels) > 0:
			opID, err = x.Client.ReplaceListItems(ctx, op.ID, apiItems(v.Items))
		case len(adds) > 0:
			opID, err = x.Client.AddListItems(ctx, op.ID, apiItems(adds))
		case len(dels) > 0:
			opID, err = x.Client.DeleteListItems(ctx, op.ID, dels)
		default:
			return nil
		}
		if err != nil {
			return err
		}
		return x.wait(ctx, opID)
	case ActionDelete:
		return fmt.Errorf("deleting a list is not offered by cfplane's Cloudflare client; empty it with an update, or delete it in the dashboard")
	}
	return fmt.Errorf("ip_list op %q is not supported", op.Action)
}

// wait polls a bulk operation until it completes, fails, or the poll bound
// is reached.
func (x *Lists) wait(ctx context.Context, opID string) error {
	if opID == "" {
		return nil
	}
	polls, interval := x.Polls, x.Interval
	if polls <= 0 {
		polls = DefaultBulkPolls
	}
	if interval <= 0 {
		interval = DefaultBulkInterval
	}
	status := "unknown"
	for i := 0; i < polls; i++ {
		op, err := x.Client.GetBulkOperation(ctx, opID)
		switch {
		case err != nil && !retryableRead(err):
			return fmt.Errorf("bulk operation %s: %w", opID, err)
		case err == nil && op.Status == "completed":
			return nil
		case err == nil && op.Status == "failed":
			return fmt.Errorf("bulk operation %s failed: %s", opID, op.Error)
		case err == nil:
			status = op.Status
		}
		if i == polls-1 {
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("bulk operation %s: %w", opID, ctx.Err())
		case <-time.After(interval):
		}
		interval = min(interval*2, 2*time.Second)
	}
	return fmt.Errorf("bulk operation %s is still %s after %d checks", opID, status, polls)
}

// Assess implements Executor: removing items weighs (it unblocks or stops
// allowing addresses wherever rules use the list).
func (x *Lists) Assess(zone Zone, op Op, _ []string) (int, []string, []string) {
	switch op.Action {
	case ActionCreate:
		return 5, nil, nil
	case ActionDelete:
		return 30, []string{"destructive: deletes " + op.Object}, nil
	}
	b, _ := DecodeList(op.Before)
	a, _ := DecodeList(op.After)
	in := map[string]bool{}
	for _, it := range a.Items {
		in[it.IP] = true
	}
	removed := 0
	for _, it := range b.Items {
		if !in[it.IP] {
			removed++
		}
	}
	added := len(a.Items) - (len(b.Items) - removed)
	score := 10
	reasons := []string{fmt.Sprintf("%s: %d items added, %d removed (%d → %d); every rule using $%s sees the change", op.Object, added, removed, len(b.Items), len(a.Items), a.Name)}
	if removed > 0 {
		score += 15
		if removed == len(b.Items) {
			score += 15
		}
		reasons = append(reasons, "destructive: removes "+strconv.Itoa(removed)+" items from "+op.Object)
	}
	return score, reasons, nil
}

// Policy implements Executor (no invariant looks at lists yet).
func (x *Lists) Policy([]Object, *policy.State) {}

// CreateListOp plans creating a list.
func CreateListOp(v ListValue) Op {
	v = NormalizeList(v)
	return Op{Kind: KindIPList, Action: ActionCreate, Object: "ip_list " + v.Name, Identity: v.Name, Before: json.RawMessage("null"), After: ListJSON(v)}
}

// UpdateListOp plans setting the items of the live list cur.
func UpdateListOp(cur Object, v ListValue) Op {
	return Op{Kind: KindIPList, Action: ActionUpdate, Object: cur.Label + " (id " + cur.ID + ")", ID: cur.ID, Identity: cur.Identity,
		Before: cur.Value, After: ListJSON(v)}
}
