package cfsim

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim/contract"
)

func TestTransportInProcessThroughChecker(t *testing.T) {
	s := New(Options{Now: fixedNowFunc})
	chk := contract.Wrap(t, s.Handler())
	hc := &http.Client{Transport: HandlerTransport(chk)}
	body := `{"name":"t","type":"TXT","content":"\"hello\"","ttl":300}`
	req, _ := http.NewRequest("POST", "https://api.cloudflare.com/client/v4/zones/"+SeedZoneDevID+"/dns_records", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer x")
	req.Header.Set("Content-Type", "application/json")
	res, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var e env
	if err := json.NewDecoder(res.Body).Decode(&e); err != nil || res.StatusCode != 200 || !e.Success {
		t.Fatalf("%d %v %+v", res.StatusCode, err, e)
	}
	res.Body.Close()
	if chk.Count("dns-records-for-a-zone-create-dns-record") != 1 {
		t.Fatalf("checker did not see the request: %v", chk.Covered())
	}
	// Sim.Transport serves the same state.
	req, _ = http.NewRequest("GET", "http://anything/client/v4/zones/"+SeedZoneDevID+"/dns_records?type=TXT&name.exact=t.example.dev", nil)
	req.Header.Set("Authorization", "Bearer x")
	res, err = (&http.Client{Transport: s.Transport()}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	if !strings.Contains(string(b), `"t.example.dev"`) || res.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("%s", b)
	}
}

func TestRouteAndAccountErrors(t *testing.T) {
	_, c := newTestSim(t)
	c.fail("DELETE", "/zones", nil, 405, 7001)
	c.fail("GET", "/accounts/"+HexID("other account"), nil, 403, 9109)
	c.fail("GET", "/accounts/"+HexID("other account")+"/rules/lists", nil, 403, 9109)
	c.fail("GET", "/zones/"+SeedZoneMainID+"/dns_records/not-a-record", nil, 404, 81044)
	c.fail("GET", "/client/v5/zones", nil, 400, 7000)
	rec := serve(c.h, httptestRequestRaw("GET", "/client/v5/zones"))
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), `"code":7000`) {
		t.Fatalf("outside /client/v4: %d %s", rec.Code, rec.Body)
	}
}

// TestConcurrentWrites runs parallel creates through Handler; under -race it
// checks the simulator's locking, and the count checks nothing is lost.
func TestConcurrentWrites(t *testing.T) {
	s := New(Options{Empty: false})
	c := client{t: t, h: s.Handler()}
	base := "/zones/" + SeedZoneDevID + "/dns_records"
	var before []dnsRec
	c.ok("GET", base, nil, &before)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				code, _, raw := c.call("POST", base, map[string]any{"name": "c" + itoa(w) + "-" + itoa(i), "type": "A", "content": "192.0.2.1"})
				if code != 200 {
					t.Errorf("create: %d %s", code, raw)
				}
				c.call("GET", base+"?per_page=5", nil)
			}
		}(w)
	}
	wg.Wait()
	var after []dnsRec
	c.ok("GET", base+"?per_page=500", nil, &after)
	if len(after) != len(before)+80 {
		t.Fatalf("%d records, want %d", len(after), len(before)+80)
	}
}

func TestEmptySimulator(t *testing.T) {
	s := New(Options{Empty: true})
	c := client{t: t, h: wrap(t, s.Handler())}
	var zones, lists, tunnels []any
	c.ok("GET", "/zones", nil, &zones)
	c.ok("GET", "/accounts/"+SeedAccountID+"/rules/lists", nil, &lists)
	c.ok("GET", "/accounts/"+SeedAccountID+"/cfd_tunnel", nil, &tunnels)
	if len(zones)+len(lists)+len(tunnels) != 0 {
		t.Fatalf("empty simulator has data: %d %d %d", len(zones), len(lists), len(tunnels))
	}
	c.ok("GET", "/accounts/"+SeedAccountID, nil, nil)
	var rulesets []rulesetJSON
	c.ok("GET", "/accounts/"+SeedAccountID+"/rulesets", nil, &rulesets)
	if len(rulesets) != 2 || rulesets[0].Kind != "managed" {
		t.Fatalf("Cloudflare's managed rulesets must exist in an empty account: %+v", rulesets)
	}
}
