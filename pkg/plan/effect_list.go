package plan

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/rules"
)

// listUser is a rule somewhere in the account that references a list.
type listUser struct {
	zone  Zone
	phase string
	rule  cfclient.Rule
}

// maxWitnesses bounds the addresses of added or removed items replayed per
// list change.
const maxWitnesses = 256

// listUsers finds every rule of every zone of the account whose expression
// references $name, and the number of references the API reports.
func (e *Engine) listUsers(ctx context.Context, names map[string]bool) (map[string][]listUser, map[string]int, error) {
	users := map[string][]listUser{}
	counts := map[string]int{}
	if e.acct == nil {
		return users, nil, nil
	}
	lists, err := e.acct.ListIPLists(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the account's lists: %w", err)
	}
	for _, l := range lists {
		if names[l.Name] {
			counts[l.Name] = l.NumReferencingFilters
		}
	}
	zs, err := e.acct.ListZones(ctx, cfclient.ZoneFilter{}, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the account's zones: %w", err)
	}
	for _, z := range zs.Items {
		for _, ph := range []string{cfclient.PhaseCustom, cfclient.PhaseRateLimit} {
			rs, err := e.acct.GetPhaseEntrypoint(ctx, z.ID, ph)
			if errors.Is(err, cfclient.ErrNotFound) {
				continue
			}
			if err != nil {
				return nil, nil, fmt.Errorf("reading the %s rules of zone %s: %w", ph, z.Name, err)
			}
			for _, r := range rs.Rules {
				if !strings.Contains(r.Expression, "$") {
					continue
				}
				n, err := rules.Parse(r.Expression)
				if err != nil {
					continue
				}
				for _, l := range rules.Analyze(n).Lists {
					if names[l] {
						users[l] = append(users[l], listUser{zone: Zone{ID: z.ID, Name: z.Name}, phase: ph, rule: r})
					}
				}
			}
		}
	}
	return users, counts, nil
}

// listEffects judges a list change through every rule in the account that
// uses the list. A list used by a zone outside zones.allow is refused.
func (e *Engine) listEffects(ctx context.Context, s *Snapshot, ops []Op) ([]Effect, error) {
	names := map[string]bool{}
	for _, op := range ops {
		for _, raw := range [][]byte{op.Before, op.After} {
			if v, err := DecodeList(raw); err == nil && !isNull(raw) {
				names[v.Name] = true
			}
		}
	}
	users, counts, err := e.listUsers(ctx, names)
	if err != nil {
		return nil, err
	}
	var out []Effect
	for _, op := range ops {
		var b, a ListValue
		if !isNull(op.Before) {
			b, _ = DecodeList(op.Before)
		}
		if !isNull(op.After) {
			a, _ = DecodeList(op.After)
		}
		name := firstNonEmpty(a.Name, b.Name)
		us := users[name]
		var outside []string
		for _, u := range us {
			if !e.cfg.ZoneAllowed(u.zone.Name, u.zone.ID) {
				outside = append(outside, u.zone.Name)
			}
		}
		if len(outside) > 0 {
			sort.Strings(outside)
			return nil, errorf("list %s is used by rules of zone(s) %s, which are not on the zones.allow list of the configuration; a list belongs to the whole account, so changing it changes those zones too; accepted: lists used only by allowed zones", name, strings.Join(dedupe(outside), ", "))
		}
		obj := "ip_list " + name
		add := func(class, text string) { out = append(out, Effect{Class: class, Object: obj, Text: text}) }
		n := len(out)
		if e.acct == nil {
			add("list.changed", "the rules using it were not read (no account reader)")
		} else if c, ok := counts[name]; ok && c > len(us) {
			add("list.unknown_users", fmt.Sprintf("the API reports %d rule(s) using it; cfplane found %d in the zones it can read", c, len(us)))
		}
		added, removed := diffItems(b, a)
		before := &rules.MapLists{IPs: map[string][]netip.Prefix{name: listPrefixes(b)}}
		after := &rules.MapLists{IPs: map[string][]netip.Prefix{name: listPrefixes(a)}}
		witnessesOf := func(ps []netip.Prefix) []*rules.Request {
			var out []*rules.Request
			for _, p := range ps {
				if len(out) >= maxWitnesses {
					break
				}
				r := &rules.Request{Method: "GET", Scheme: "https", Host: u0host(us), Path: "/", SrcIP: p.Masked().Addr().Next(), Headers: map[string][]string{}}
				r.Prepare()
				out = append(out, r)
			}
			return out
		}
		wAdded, wRemoved := witnessesOf(added), witnessesOf(removed)
		for _, u := range us {
			if u.rule.Enabled != nil && !*u.rule.Enabled {
				continue
			}
			p, err := rules.Compile(u.rule.Expression, rules.Options{})
			if err != nil {
				continue
			}
			where := fmt.Sprintf("via %s rule %q in %s", u.phase, firstNonEmpty(u.rule.Description, u.rule.ID), u.zone.Name)
			switch {
			case u.rule.Action == "skip":
				sb, sa := share(p, before), share(p, after)
				newly := 0
				for _, w := range wAdded {
					if p.Eval(w, after) && !p.Eval(w, before) {
						newly++
					}
				}
				switch {
				case sa >= broadShare && sa > sb:
					add("list.skip_broad", fmt.Sprintf("%s: the skip now matches ~%s of requests (was %s)", where, pct(sa), pct(sb)))
				case sa-sb >= someShare || addrShare(added) >= 1.0/256:
					add("list.skip_widens", fmt.Sprintf("%s: the skip widens to ~%s of requests, %d new address range(s)", where, pct(sa), newly))
				case newly > 0:
					add("list.changed", fmt.Sprintf("%s: the skip covers %d more address range(s)", where, newly))
				}
			case blocking(u.rule.Action) || u.phase == cfclient.PhaseRateLimit:
				freed := 0
				for _, w := range wRemoved {
					if p.Eval(w, before) && !p.Eval(w, after) {
						freed++
					}
				}
				switch {
				case freed > 0 && len(a.Items) == 0:
					add("list.unblocks_all", fmt.Sprintf("%s: every address it acted on (%s) through the list now passes", where, u.rule.Action))
				case freed > 0:
					add("list.unblocks", fmt.Sprintf("%s: %d address range(s) it acted on (%s) now pass", where, freed, u.rule.Action))
				}
			}
		}
		if len(out) == n {
			add("list.changed", fmt.Sprintf("%d item(s) added, %d removed; used by %d rule(s)", len(added), len(removed), len(us)))
		}
	}
	return out, nil
}

func u0host(us []listUser) string {
	if len(us) > 0 {
		return us[0].zone.Name
	}
	return "example.com"
}

func diffItems(b, a ListValue) (added, removed []netip.Prefix) {
	bp, ap := listPrefixes(b), listPrefixes(a)
	in := func(ps []netip.Prefix) map[netip.Prefix]bool {
		m := make(map[netip.Prefix]bool, len(ps))
		for _, p := range ps {
			m[p] = true
		}
		return m
	}
	bs, as := in(bp), in(ap)
	for _, p := range ap {
		if !bs[p] {
			added = append(added, p)
		}
	}
	for _, p := range bp {
		if !as[p] {
			removed = append(removed, p)
		}
	}
	return added, removed
}

// addrShare is the part of the IPv4 address space the prefixes cover
// (IPv6 prefixes shorter than /32 count like a /8).
func addrShare(ps []netip.Prefix) float64 {
	total := 0.0
	for _, p := range ps {
		if p.Addr().Is4() {
			total += 1 / float64(uint64(1)<<p.Bits())
		} else if p.Bits() < 32 {
			total += 1.0 / 256
		}
	}
	return total
}

func dedupe(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || s[i-1] != x {
			out = append(out, x)
		}
	}
	return out
}

// settingEffects judges posture: a security setting turned weaker.
func settingEffects(ops []Op) []Effect {
	var out []Effect
	for _, op := range ops {
		from, to := SettingString(op.Before), SettingString(op.After)
		obj := "setting " + op.ID
		switch {
		case rank(op.ID, to) >= 0 && rank(op.ID, to) < rank(op.ID, from):
			class := "setting.weaker"
			switch op.ID {
			case "ssl", "min_tls_version", "tls_1_3", "always_use_https":
				class = "setting.weaker_key"
			case "security_level":
				if to == "off" || to == "essentially_off" {
					class = "setting.weaker_key"
				}
			}
			out = append(out, Effect{Class: class, Object: obj, Text: "weaker: " + from + " → " + to})
		default:
			out = append(out, Effect{Class: "setting.changed", Object: obj, Text: from + " → " + to})
		}
	}
	return out
}
