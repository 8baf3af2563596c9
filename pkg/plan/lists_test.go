package plan

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/cfplane/cfplane/pkg/cfclient"
)

// fakeLists answers list calls from memory; bulk operations report status.
type fakeLists struct {
	items  []cfclient.ListItem
	status []string // statuses returned by successive polls (last repeats)
	errs   []error  // errors returned by the first polls
	polls  int
	calls  []string
}

func (f *fakeLists) ListIPLists(context.Context) ([]cfclient.IPList, error) { return nil, nil }
func (f *fakeLists) CreateIPList(_ context.Context, name, kind, _ string) (cfclient.IPList, error) {
	f.calls = append(f.calls, "create "+name)
	return cfclient.IPList{ID: strings.Repeat("a", 32), Name: name, Kind: kind}, nil
}
func (f *fakeLists) ListListItems(context.Context, string, string, int) (cfclient.Page[cfclient.ListItem], error) {
	return cfclient.Page[cfclient.ListItem]{Items: f.items}, nil
}
func (f *fakeLists) AddListItems(_ context.Context, _ string, items []cfclient.ListItem) (string, error) {
	f.calls = append(f.calls, "add "+itemIPs(items))
	return "op-1", nil
}
func (f *fakeLists) ReplaceListItems(_ context.Context, _ string, items []cfclient.ListItem) (string, error) {
	f.calls = append(f.calls, "replace "+itemIPs(items))
	return "op-2", nil
}
func (f *fakeLists) DeleteListItems(_ context.Context, _ string, ids []string) (string, error) {
	f.calls = append(f.calls, "delete "+strings.Join(ids, ","))
	return "op-3", nil
}
func (f *fakeLists) GetBulkOperation(_ context.Context, id string) (cfclient.BulkOperation, error) {
	f.polls++
	if f.polls <= len(f.errs) {
		return cfclient.BulkOperation{}, f.errs[f.polls-1]
	}
	st := f.status[min(f.polls-len(f.errs), len(f.status))-1]
	return cfclient.BulkOperation{ID: id, Status: st, Error: "bad item"}, nil
}

func itemIPs(items []cfclient.ListItem) string {
	var s []string
	for _, it := range items {
		s = append(s, it.IP)
	}
	return strings.Join(s, ",")
}

func listOp(before, after []ListItemValue) Op {
	x := &Lists{}
	cur, _ := x.Object(strings.Repeat("b", 32), ListJSON(ListValue{Name: "l", Items: before}))
	return UpdateListOp(cur, ListValue{Name: "l", Kind: "ip", Items: after})
}

func TestListsBulkPolling(t *testing.T) {
	op := listOp(nil, []ListItemValue{{IP: "192.0.2.1"}})
	for _, c := range []struct {
		name   string
		status []string
		errs   []error
		polls  int
		want   string
	}{
		{"completes after pending", []string{"pending", "running", "completed"}, nil, 3, ""},
		{"never completes: bounded", []string{"pending"}, nil, 4, "bulk operation op-1 is still pending after 4 checks"},
		{"fails", []string{"failed"}, nil, 1, "bulk operation op-1 failed: bad item"},
		{"transient poll errors are retried", []string{"completed"}, []error{cfclient.ErrUnavailable, cfclient.ErrRateLimited}, 3, ""},
		{"other poll errors stop", []string{"completed"}, []error{cfclient.ErrForbidden}, 1, "bulk operation op-1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := &fakeLists{status: c.status, errs: c.errs}
			x := &Lists{Client: f, Polls: 4, Interval: time.Microsecond}
			err := x.Execute(context.Background(), "", []Op{op})
			if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
				t.Fatalf("err = %v, want %q", err, c.want)
			}
			if f.polls != c.polls {
				t.Fatalf("polls = %d, want %d", f.polls, c.polls)
			}
		})
	}
}

func TestListsExecuteChoosesEndpoint(t *testing.T) {
	have := []cfclient.ListItem{{ID: "i1", IP: "192.0.2.1"}, {ID: "i2", IP: "192.0.2.2", Comment: "x"}}
	hv := []ListItemValue{{IP: "192.0.2.1"}, {IP: "192.0.2.2", Comment: "x"}}
	for _, c := range []struct {
		name  string
		after []ListItemValue
		want  string
	}{
		{"add only", append(append([]ListItemValue{}, hv...), ListItemValue{IP: "192.0.2.3"}), "add 192.0.2.3"},
		{"remove only", hv[:1], "delete i2"},
		{"add and remove", []ListItemValue{{IP: "192.0.2.1"}, {IP: "192.0.2.9"}}, "replace 192.0.2.1,192.0.2.9"},
		{"comment change", []ListItemValue{{IP: "192.0.2.1"}, {IP: "192.0.2.2", Comment: "y"}}, "replace 192.0.2.1,192.0.2.2"},
		{"empty the list", []ListItemValue{}, "replace "},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := &fakeLists{items: have, status: []string{"completed"}}
			if err := (&Lists{Client: f}).Execute(context.Background(), "", []Op{listOp(hv, c.after)}); err != nil {
				t.Fatal(err)
			}
			if len(f.calls) != 1 || f.calls[0] != c.want {
				t.Fatalf("calls %q, want %q", f.calls, c.want)
			}
		})
	}
	if err := (&Lists{Client: &fakeLists{}}).Execute(context.Background(), "", []Op{{Kind: KindIPList, Action: ActionDelete, Object: "ip_list l"}}); err == nil || !strings.Contains(err.Error(), "deleting a list is not offered") {
		t.Fatalf("delete: %v", err)
	}
}

func TestNormalizeListIP(t *testing.T) {
	for in, want := range map[string]string{
		"192.0.2.7": "192.0.2.7", "192.0.2.7/32": "192.0.2.7", "192.0.2.7/24": "192.0.2.0/24", " 10.0.0.0/8 ": "10.0.0.0/8",
		"2001:db8::1": "2001:db8::/64", "2001:db8:1:2::/48": "2001:db8:1::/48", "2001:db8::/12": "2000::/12",
		"10.0.0.0/7": "", "2001:db8::/65": "", "2001:db8::/11": "", "example.com": "", "": "", "fe80::1%eth0": "", "::ffff:192.0.2.1/120": "",
	} {
		got, err := NormalizeListIP(in)
		if want == "" {
			if err == nil || !strings.Contains(err.Error(), "accepted:") {
				t.Errorf("%q: got %q, %v; want an error naming what is accepted", in, got, err)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("%q: got %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestListValueCanonical(t *testing.T) {
	a := ListJSON(ListValue{Name: "l", Items: []ListItemValue{{IP: "192.0.2.2"}, {IP: "192.0.2.1", Comment: "a"}, {IP: "192.0.2.2", Comment: "b"}}})
	var v ListValue
	if err := json.Unmarshal(a, &v); err != nil {
		t.Fatal(err)
	}
	if v.Kind != "ip" || len(v.Items) != 2 || v.Items[0].IP != "192.0.2.1" || v.Items[1].Comment != "b" {
		t.Fatalf("%s", a)
	}
}

type bigLists struct{ fakeLists }

func (b *bigLists) ListIPLists(context.Context) ([]cfclient.IPList, error) {
	return []cfclient.IPList{{ID: strings.Repeat("a", 32), Name: "huge", Kind: "ip", NumItems: MaxListItems + 5},
		{ID: strings.Repeat("b", 32), Name: "small", Kind: "ip", NumItems: 1}, {ID: strings.Repeat("c", 32), Name: "asns", Kind: "asn", NumItems: 1}}, nil
}

// A list over the cap does not stop plans over the others: it is read
// without its items and marked.
func TestListsReadOversize(t *testing.T) {
	b := &bigLists{fakeLists{items: []cfclient.ListItem{{ID: "i", IP: "192.0.2.1"}}}}
	objs, err := (&Lists{Client: b}).Read(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(objs) != 2 {
		t.Fatalf("objects: %+v", objs)
	}
	huge, _ := DecodeList(objs[0].Value)
	small, _ := DecodeList(objs[1].Value)
	if huge.Oversize != MaxListItems+5 || len(huge.Items) != 0 || small.Oversize != 0 || len(small.Items) != 1 {
		t.Fatalf("huge %+v small %+v", huge, small)
	}
}
