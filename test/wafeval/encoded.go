package main

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafsynth"
)

// jsonEscape writes s as a JSON string with every character outside
// [A-Za-z0-9 ] escaped as \u00XX (or \uXXXX): a JSON-escaped payload.
func jsonEscape(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if r == ' ' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			continue
		}
		if r > 0xffff {
			r = 0xfffd
		}
		fmt.Fprintf(&b, `\u%04x`, r)
	}
	b.WriteByte('"')
	return b.String()
}

// encodedVariants re-sends CRS attack requests whose payload is one query
// argument (GET ?k=v) in two encodings: the value base64-encoded in the
// query, and the value JSON-escaped in a JSON body {"k": …}. It measures
// what the rules see where the plan can decode: base64 query values
// (Business, Enterprise); JSON-escaped values only through lookup_json_string
// with the key named (json_keys, Enterprise).
func encodedVariants(crs map[string][]sample) map[string][]sample {
	out := map[string][]sample{}
	for _, fam := range families {
		if fam.class == wafsynth.ClassScanner {
			continue
		}
		for _, s := range crs[fam.name] {
			if s.src.Method != "GET" || s.src.Body != "" || s.src.Query == "" || strings.Contains(s.src.Query, "&") {
				continue
			}
			k, v, ok := strings.Cut(s.src.Query, "=")
			if !ok || k == "" {
				continue
			}
			dv, err := url.QueryUnescape(v)
			if err != nil || strings.TrimSpace(dv) == "" {
				continue
			}
			b := s.src
			b.Query = k + "=" + url.QueryEscape(base64.StdEncoding.EncodeToString([]byte(dv)))
			out["base64 "+fam.name] = append(out["base64 "+fam.name], newSample(s.id+"/b64", s.split, b))
			j := s.src
			j.Method, j.Query = "POST", ""
			j.Headers = map[string]string{"content-type": "application/json", "user-agent": "OWASP CRS test agent", "host": "localhost"}
			j.Body = `{"` + k + `":` + jsonEscape(dv) + `}`
			js := newSample(s.id+"/json", s.split, j)
			js.key = k
			out["json "+fam.name] = append(out["json "+fam.name], js)
		}
	}
	return out
}

func reportEncoded(crs map[string][]sample, devOnly bool, misses string) {
	enc := encodedVariants(crs)
	fmt.Println("\n== encoded payloads: CRS single-argument GET attacks re-sent base64-encoded (query) and JSON-escaped (JSON body) ==")
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "variant\tsplit\tn\tbusiness\tenterprise\tenterprise + json_keys\t")
	splits := []string{"report", "dev"}
	if devOnly {
		splits = []string{"dev"}
	}
	for _, fam := range families {
		for _, kind := range []string{"base64", "json"} {
			ss := enc[kind+" "+fam.name]
			if len(ss) == 0 {
				continue
			}
			for _, split := range splits {
				n := 0
				hit := map[string]int{}
				for _, s := range ss {
					if s.split != split {
						continue
					}
					n++
					for _, v := range []struct {
						name string
						plan rules.Plan
						keys bool
					}{{"business", rules.PlanBusiness, false}, {"enterprise", rules.PlanEnterprise, false}, {"keys", rules.PlanEnterprise, true}} {
						f := wafsynth.Fields{Zone: zoneOf(s)}
						if v.keys {
							if kind != "json" {
								continue
							}
							f.JSONKeys = []string{s.key}
						}
						e, err := wafsynth.ClassExpressionFor(fam.class, v.plan, f)
						if err != nil {
							continue
						}
						p, err := rules.Compile(e, rules.Options{Plan: v.plan, Phase: "http_request_firewall_custom", Combined: true})
						if err != nil {
							fmt.Fprintf(os.Stderr, "wafeval: %s: %v\n", s.id, err)
							os.Exit(1)
						}
						if p.Eval(s.req(v.plan), nil) {
							hit[v.name]++
						} else if misses != "" && split == "dev" && v.name == "enterprise" && strings.HasPrefix(kind+" "+fam.name, misses) {
							fmt.Fprintf(os.Stderr, "MISS %s %s\n", s.id, s.src.Body)
						}
					}
				}
				keys := pct(hit["keys"], n)
				if kind != "json" {
					keys = "-"
				}
				fmt.Fprintf(tw, "%s %s\t%s\t%d\t%s\t%s\t%s\t\n", kind, fam.name, split, n, pct(hit["business"], n), pct(hit["enterprise"], n), keys)
			}
		}
	}
	tw.Flush()
}
