package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Readback comparison. The API answers a write with the object as it now
// is: the fields the plan set, plus fields the server fills in (a skip
// rule's logging, a rate limit's requests_to_origin and
// mitigation_timeout, record settings, fields cfplane does not model).
// What the plan set must come back equal; what the server added is
// reported, never rolled back.
//
// Equal means semantically equal: numbers by value, a planned zero value
// (false, 0, "", null, {}, []) equal to an absent key, and the string
// arrays the API treats as sets (unorderedPaths) in any order.

// unorderedPaths are the array fields whose order the API does not keep
// or does not give meaning to, by their last path element.
var unorderedPaths = map[string]bool{
	"tags":            true, // DNS record tags
	"characteristics": true, // ratelimit.characteristics
	"phases":          true, // skip action_parameters.phases
	"products":        true, // skip action_parameters.products
	"rulesets":        true, // skip action_parameters.rulesets
}

// serverDefault reports whether an added field with this value is a known
// server default: any zero value (ratelimit.requests_to_origin false,
// ratelimit.mitigation_timeout 0, settings {}), and a skip rule's
// logging {enabled: true}.
func serverDefault(kind, path string, v any) bool {
	if isZero(v) {
		return true
	}
	if path == "version" && kind == KindTunnelConfig {
		return true // the API numbers every configuration
	}
	if path == "logging" && (kind == KindCustomRule || kind == KindRateLimitRule || kind == KindManagedRule) {
		m, _ := v.(map[string]any)
		return len(m) == 1 && m["enabled"] == true
	}
	return false
}

func isZero(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case bool:
		return !x
	case json.Number:
		f, err := x.Float64()
		return err == nil && f == 0
	case string:
		return x == ""
	case map[string]any:
		return len(x) == 0
	case []any:
		return len(x) == 0
	}
	return false
}

func decodeAny(b json.RawMessage) (any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	err := d.Decode(&v)
	return v, err
}

// readbackDiff compares what a plan set with what was read back. diffs are
// planned fields that came back different (or missing); added are fields
// the server added that are not known defaults.
func readbackDiff(kind string, planned, got json.RawMessage) (diffs, added []string) {
	if bytes.Equal(planned, got) {
		return nil, nil
	}
	p, err1 := decodeAny(planned)
	g, err2 := decodeAny(got)
	if err1 != nil || err2 != nil {
		return []string{"(value)"}, nil
	}
	var walk func(path string, p, g any)
	walk = func(path string, p, g any) {
		switch pv := p.(type) {
		case map[string]any:
			gv, ok := g.(map[string]any)
			if !ok {
				if !(isZero(pv) && isZero(g)) {
					diffs = append(diffs, orRoot(path))
				}
				return
			}
			for _, k := range sortedKeys(pv) {
				sub := join(path, k)
				if gk, has := gv[k]; has {
					walk(sub, pv[k], gk)
				} else if !isZero(pv[k]) {
					diffs = append(diffs, sub)
				}
			}
			for _, k := range sortedKeys(gv) {
				if _, planned := pv[k]; !planned && !serverDefault(kind, join(path, k), gv[k]) {
					added = append(added, join(path, k))
				}
			}
		case []any:
			gv, ok := g.([]any)
			if !ok {
				if !(isZero(pv) && isZero(g)) {
					diffs = append(diffs, orRoot(path))
				}
				return
			}
			if unorderedPaths[last(path)] && allStrings(pv) && allStrings(gv) {
				if !sameStringSet(pv, gv) {
					diffs = append(diffs, orRoot(path))
				}
				return
			}
			if len(pv) != len(gv) {
				diffs = append(diffs, orRoot(path))
				return
			}
			for i := range pv {
				walk(fmt.Sprintf("%s[%d]", path, i), pv[i], gv[i])
			}
		case json.Number:
			gn, ok := g.(json.Number)
			pf, e1 := pv.Float64()
			gf, e2 := gn.Float64()
			if !ok || e1 != nil || e2 != nil || pf != gf {
				diffs = append(diffs, orRoot(path))
			}
		default:
			if p != g && !(isZero(p) && isZero(g)) {
				diffs = append(diffs, orRoot(path))
			}
		}
	}
	walk("", p, g)
	return diffs, added
}

// sameValue reports whether got holds everything want sets.
func sameValue(kind string, want, got json.RawMessage) bool {
	d, _ := readbackDiff(kind, want, got)
	return len(d) == 0
}

func sortedKeys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

func orRoot(path string) string {
	if path == "" {
		return "(value)"
	}
	return path
}

func last(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[i+1:]
	}
	return path
}

func allStrings(a []any) bool {
	for _, x := range a {
		if _, ok := x.(string); !ok {
			return false
		}
	}
	return true
}

func sameStringSet(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	n := map[string]int{}
	for _, x := range a {
		n[x.(string)]++
	}
	for _, x := range b {
		n[x.(string)]--
	}
	for _, c := range n {
		if c != 0 {
			return false
		}
	}
	return true
}
