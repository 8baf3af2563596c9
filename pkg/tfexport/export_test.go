package tfexport

import (
	"context"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/cli/clitest"
)

var seeded = []cfclient.Zone{
	{ID: cfsim.SeedZoneMainID, Name: cfsim.SeedZoneMain},
	{ID: cfsim.SeedZoneShopID, Name: cfsim.SeedZoneShop},
	{ID: cfsim.SeedZoneDevID, Name: cfsim.SeedZoneDev},
}

func export(t *testing.T, c Client, z cfclient.Zone) (*Live, map[string]string) {
	t.Helper()
	l, err := Read(context.Background(), c, z)
	if err != nil {
		t.Fatal(err)
	}
	files, err := Render(l)
	if err != nil {
		t.Fatal(err)
	}
	return l, files
}

func TestExportEverySeededZoneMatchesSchema(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	for _, z := range seeded {
		l, files := export(t, d.Client, z)
		if err := CheckFiles(files); err != nil {
			t.Errorf("%s: %v", z.Name, err)
		}
		types := map[string]int{}
		for _, r := range l.Resources {
			types[r.Type]++
		}
		t.Logf("%s: %v notes=%v", z.Name, types, l.Notes)
		if types[TypeDNS] == 0 || types[TypeSetting] == 0 {
			t.Errorf("%s: export misses records or settings: %v", z.Name, types)
		}
		if strings.Contains(strings.Join(mapValues(files), ""), clitest.Canary) {
			t.Errorf("%s: the token is in the export", z.Name)
		}
	}
	_, files := export(t, d.Client, seeded[0])
	for _, want := range []string{`resource "cloudflare_dns_record" "cname_app"`, `resource "cloudflare_ruleset" "waf_custom"`,
		`resource "cloudflare_list" "blocked_ips"`, `resource "cloudflare_zero_trust_tunnel_cloudflared_config"`,
		`tunnel_id  = cloudflare_zero_trust_tunnel_cloudflared.`, `ref `, `"${var.zone_id}/`, `zone_id = var.zone_id`} {
		if !strings.Contains(strings.Join(mapValues(files), "\n"), want) {
			t.Errorf("the export of example.com lacks %q", want)
		}
	}
}

func mapValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// shuffled returns every list the API returns in a random order.
type shuffled struct {
	Client
	rnd *rand.Rand
}

func (s shuffled) EachDNSRecord(ctx context.Context, zoneID string, f cfclient.DNSFilter, max int, fn func(cfclient.DNSRecord) error) (int, bool, error) {
	var all []cfclient.DNSRecord
	n, more, err := s.Client.EachDNSRecord(ctx, zoneID, f, max, func(r cfclient.DNSRecord) error { all = append(all, r); return nil })
	s.rnd.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	for _, r := range all {
		if err := fn(r); err != nil {
			return n, more, err
		}
	}
	return n, more, err
}

func (s shuffled) GetZoneSettings(ctx context.Context, zoneID string) ([]cfclient.ZoneSetting, error) {
	v, err := s.Client.GetZoneSettings(ctx, zoneID)
	s.rnd.Shuffle(len(v), func(i, j int) { v[i], v[j] = v[j], v[i] })
	return v, err
}

func (s shuffled) ListIPLists(ctx context.Context) ([]cfclient.IPList, error) {
	v, err := s.Client.ListIPLists(ctx)
	s.rnd.Shuffle(len(v), func(i, j int) { v[i], v[j] = v[j], v[i] })
	return v, err
}

func (s shuffled) ListListItems(ctx context.Context, id, search string, max int) (cfclient.Page[cfclient.ListItem], error) {
	v, err := s.Client.ListListItems(ctx, id, search, max)
	s.rnd.Shuffle(len(v.Items), func(i, j int) { v.Items[i], v.Items[j] = v.Items[j], v.Items[i] })
	return v, err
}

func (s shuffled) ListTunnels(ctx context.Context, max int) (cfclient.Page[cfclient.Tunnel], error) {
	v, err := s.Client.ListTunnels(ctx, max)
	s.rnd.Shuffle(len(v.Items), func(i, j int) { v.Items[i], v.Items[j] = v.Items[j], v.Items[i] })
	return v, err
}

func TestExportStableAcrossRunsAndOrder(t *testing.T) {
	d, _ := clitest.Deps(t, nil)
	for _, z := range seeded {
		_, first := export(t, d.Client, z)
		_, second := export(t, d.Client, z)
		if !reflect.DeepEqual(first, second) {
			t.Fatalf("%s: two exports of the same state differ", z.Name)
		}
		for seed := int64(1); seed <= 5; seed++ {
			_, sh := export(t, shuffled{Client: d.Client, rnd: rand.New(rand.NewSource(seed))}, z)
			for fn := range first {
				if sh[fn] != first[fn] {
					t.Fatalf("%s seed %d: %s differs when the API lists come in another order", z.Name, seed, fn)
				}
			}
		}
	}
}

func TestAssignNamesUniqueAndOrderFree(t *testing.T) {
	mk := func() []Resource {
		var rs []Resource
		for _, c := range []string{"192.0.2.1", "192.0.2.2", "192.0.2.3"} {
			rs = append(rs, Resource{Type: TypeDNS, ID: "id" + c, Key: "A www " + c, base: "a_www"})
		}
		// Same natural key twice (e.g. differing only in ttl): ids separate them.
		rs = append(rs, Resource{Type: TypeDNS, ID: "x1", Key: "TXT t v", base: "txt_t"}, Resource{Type: TypeDNS, ID: "x2", Key: "TXT t v", base: "txt_t"})
		rs = append(rs, Resource{Type: TypeSetting, ID: "ssl", Key: "ssl", base: "ssl"}, Resource{Type: TypeDNS, ID: "y", Key: "A ssl", base: "ssl"})
		return rs
	}
	a := mk()
	AssignNames(a)
	seen := map[string]bool{}
	for _, r := range a {
		if seen[r.Address()] {
			t.Errorf("name %s used twice", r.Address())
		}
		seen[r.Address()] = true
		if r.Type == TypeDNS && r.Key == "A www 192.0.2.1" && !strings.HasPrefix(r.Name, "a_www_") {
			t.Errorf("colliding base not suffixed: %s", r.Name)
		}
	}
	for seed := int64(0); seed < 20; seed++ {
		b := mk()
		rand.New(rand.NewSource(seed)).Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
		AssignNames(b)
		for i := range a {
			if a[i].ID != b[i].ID || a[i].Name != b[i].Name {
				t.Fatalf("seed %d: names depend on input order: %s/%s vs %s/%s", seed, a[i].ID, a[i].Name, b[i].ID, b[i].Name)
			}
		}
	}
}
