package safe

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/mcpkit"
	"github.com/cfplane/cfplane/pkg/plan"
)

// FuzzDNSArgs drives the argument checks of dns_record_manage: any input is
// either accepted with a record that normalises, or refused with a tool
// error that says what is accepted — never a panic or an internal error.
func FuzzDNSArgs(f *testing.F) {
	f.Add("create", "A", "www", "192.0.2.1", 300, 10, "", "", 0)
	f.Add("create", "MX", "@", "mx.example.net", 0, 70000, "", "", 0)
	f.Add("create", "CAA", "@", "", 0, 0, `{"flags":0,"tag":"issue","value":"ca.example"}`, "", 0)
	f.Add("update", "SRV", "_s._tcp", "1 2 3 t.example.com", 1, 5, "", strings.Repeat("a", 32), 0)
	f.Add("list", "", "", "", 0, 0, "", "", 501)
	f.Add("get", "", "", "", 0, 0, "", "ABC", 0)
	f.Fuzz(func(t *testing.T, action, typ, name, content string, ttl, prio int, data, recordID string, limit int) {
		rec := DNSRecordArg{Type: typ, Name: name, Content: content, TTL: ttl}
		if prio != 0 {
			rec.Priority = &prio
		}
		if data != "" {
			var m map[string]any
			if json.Unmarshal([]byte(data), &m) == nil {
				rec.Data = m
			}
		}
		a := DNSArgs{Zone: "example.com", Action: action, Record: &rec, RecordID: recordID, Limit: limit}
		if err := checkDNSArgs(a); err != nil {
			mustBeToolError(t, err)
			return
		}
		v, err := recordValue("record", rec)
		if err != nil {
			mustBeToolError(t, err)
			return
		}
		if _, err := plan.CreateRecordOp("example.com", v); err != nil && !strings.Contains(err.Error(), "accepted") {
			t.Fatalf("a normalisation error must say what is accepted: %v", err)
		}
	})
}

func FuzzCursor(f *testing.F) {
	f.Add(encodeCursor(3))
	f.Add("cDA")
	f.Add("!!")
	f.Fuzz(func(t *testing.T, c string) {
		n, err := decodeCursor(c)
		if err != nil {
			mustBeToolError(t, err)
			return
		}
		if n < 1 || encodeCursor(n) != c {
			t.Fatalf("cursor %q decoded to %d", c, n)
		}
	})
}

func mustBeToolError(t *testing.T, err error) {
	t.Helper()
	if _, ok := err.(*mcpkit.Error); !ok {
		t.Fatalf("want a tool error, got %T %v", err, err)
	}
	if msg := err.Error(); !strings.Contains(msg, "accepted") && !strings.Contains(msg, "needs") && !strings.Contains(msg, "does not take") && !strings.Contains(msg, "is required") && !strings.Contains(msg, "exactly one") {
		t.Fatalf("the error does not say what is accepted: %s", msg)
	}
}
