// Command wafeval measures the attack-class rules waf_rule_synthesize
// produces (SQLi, XSS, RCE, LFI, scanner) with pkg/rules, every request
// prepared as the edge presents it on the plan (pkg/wafreplay: form and
// multipart fields, body limit): recall on the
// OWASP CRS regression requests shipped in
// github.com/corazawaf/coraza-coreruleset/v4 (tests/) and the
// false-positive rate on benign requests: assembled in benign.go, plus —
// when ../shared/datasets is present — benign English texts (shell-task
// descriptions from nl2bash, benign chat prompts from WildGuard) sent as a
// search query and as a form message, and every browser header set
// (header-generator, 3,000) and user agent (intoli, 10,000) the datasets
// hold (corpora.go), and the repository's
// benign corpus (pkg/wafbenign: real browser header sets with Chromium's
// GREASE brands; texts as form, multipart, JSON and query). An encoded
// section re-sends single-argument CRS attacks base64-encoded and
// JSON-escaped (encoded.go).
//
// Every request is assigned to a "dev" or a "report" split by a hash of its
// identity. The rules were tuned on the dev split only; the report split is
// the number to quote. A third measure (folds.go) groups the report split
// by CRS test file, so a gain on a few attack forms shows as a spread. The
// lfi rule is synthesised for each request's zone (its host's last two
// labels), as waf_rule_synthesize does with the zone's name. Run with
// `make waf-eval`.
package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"io/fs"
	"net/netip"
	"net/url"
	"os"
	"path"
	"sort"
	"strings"
	"text/tabwriter"

	crstests "github.com/corazawaf/coraza-coreruleset/v4/tests"
	"gopkg.in/yaml.v3"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafbenign"
	"github.com/cfplane/cfplane/pkg/wafreplay"
	"github.com/cfplane/cfplane/pkg/wafsynth"
)

// family maps CRS test directories to the synthesiser's classes.
var families = []struct {
	dir, name, class string
}{
	{"REQUEST-942-APPLICATION-ATTACK-SQLI", "sqli (942)", wafsynth.ClassSQLi},
	{"REQUEST-941-APPLICATION-ATTACK-XSS", "xss (941)", wafsynth.ClassXSS},
	{"REQUEST-932-APPLICATION-ATTACK-RCE", "rce (932)", wafsynth.ClassRCE},
	{"REQUEST-930-APPLICATION-ATTACK-LFI", "lfi (930)", wafsynth.ClassLFI},
	{"REQUEST-931-APPLICATION-ATTACK-RFI", "rfi (931, lfi rule)", wafsynth.ClassLFI},
	{"REQUEST-913-SCANNER-DETECTION", "scanner (913)", wafsynth.ClassScanner},
}

type ftwFile struct {
	RuleID int `yaml:"rule_id"`
	Tests  []struct {
		TestID int    `yaml:"test_id"`
		Desc   string `yaml:"desc"`
		Stages []struct {
			Input  ftwInput `yaml:"input"`
			Output struct {
				Log struct {
					ExpectIDs   []int `yaml:"expect_ids"`
					NoExpectIDs []int `yaml:"no_expect_ids"`
				} `yaml:"log"`
			} `yaml:"output"`
		} `yaml:"stages"`
	} `yaml:"tests"`
}

type ftwInput struct {
	Method         string            `yaml:"method"`
	URI            string            `yaml:"uri"`
	Headers        map[string]string `yaml:"headers"`
	Data           string            `yaml:"data"`
	EncodedRequest string            `yaml:"encoded_request"`
}

type sample struct {
	id    string
	split string
	src   wafreplay.Request
	reqs  map[rules.Plan]*rules.Request
	key   string // the JSON key of an encoded variant
}

func newSample(id, split string, src wafreplay.Request) sample {
	return sample{id: id, split: split, src: src, reqs: map[rules.Plan]*rules.Request{}}
}

// req is the request as the edge presents it on plan (wafreplay.PrepareFor:
// body fields filled and cut to the plan's limit).
func (s sample) req(p rules.Plan) *rules.Request {
	if r := s.reqs[p]; r != nil {
		return r
	}
	r, err := wafreplay.PrepareFor(s.src, p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "wafeval: %s: %v\n", s.id, err)
		os.Exit(1)
	}
	s.reqs[p] = r
	return r
}

// fromRules turns an assembled request into a replay sample (header
// values of one name joined with ", ").
func fromRules(r *rules.Request) wafreplay.Request {
	h := map[string]string{}
	for k, v := range r.Headers {
		h[k] = strings.Join(v, ", ")
	}
	ip := ""
	if r.SrcIP.IsValid() {
		ip = r.SrcIP.String()
	}
	return wafreplay.Request{Method: r.Method, Host: r.Host, Path: r.Path, Query: r.Query, Headers: h, Body: r.Body, IP: ip, Scheme: r.Scheme}
}

func splitOf(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	if h.Sum32()%2 == 0 {
		return "dev"
	}
	return "report"
}

// toRequest maps a test input to the fields the rules read. The URI is
// kept as sent (Cloudflare's http.request.uri is not decoded; the rules
// decode it themselves).
func toRequest(in ftwInput) (*rules.Request, bool) {
	if in.EncodedRequest != "" {
		return nil, false
	}
	method := strings.ToUpper(in.Method)
	if method == "" {
		method = "GET"
	}
	uri := in.URI
	if uri == "" {
		uri = "/"
	}
	p, q, _ := strings.Cut(uri, "?")
	if u, err := url.Parse(uri); err == nil && u.IsAbs() {
		p, q = u.EscapedPath(), u.RawQuery
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	r := &rules.Request{Method: method, Scheme: "http", Path: p, Query: q, Headers: map[string][]string{}, Body: in.Data,
		BodySize: int64(len(in.Data)), Version: "HTTP/1.1", SrcIP: netip.MustParseAddr("198.51.100.7")}
	for k, v := range in.Headers {
		r.Headers[strings.ToLower(k)] = append(r.Headers[strings.ToLower(k)], v)
	}
	r.Prepare()
	return r, true
}

func loadCRS() (map[string][]sample, map[string]int, error) {
	out := map[string][]sample{}
	skipped := map[string]int{}
	for _, fam := range families {
		err := fs.WalkDir(crstests.FS, fam.dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
				return err
			}
			b, err := fs.ReadFile(crstests.FS, p)
			if err != nil {
				return err
			}
			var f ftwFile
			if err := yaml.Unmarshal(b, &f); err != nil {
				return fmt.Errorf("%s: %v", p, err)
			}
			for _, t := range f.Tests {
				for si, st := range t.Stages {
					if len(st.Output.Log.ExpectIDs) == 0 {
						continue // no_expect_ids stages are not guaranteed benign: not used
					}
					r, ok := toRequest(st.Input)
					if !ok {
						skipped[fam.name]++
						continue
					}
					id := fmt.Sprintf("%s#%d/%d", path.Base(p), t.TestID, si)
					out[fam.name] = append(out[fam.name], newSample(id, splitOf(id), fromRules(r)))
				}
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	return out, skipped, nil
}

type variant struct {
	name string
	plan rules.Plan
}

var variants = []variant{{"enterprise (URI, cookie values, UA/referer/XFF, strongest constructs in any header, x-filename, base64 args and base64 attack tokens anywhere, form/multipart values, raw and base64 body)", rules.PlanEnterprise}, {"business (URI, cookie values, UA/referer/XFF, strongest constructs in any header, x-filename, base64 args and base64 attack tokens anywhere; no body)", rules.PlanBusiness}, {"pro (substrings over the decoded URI, no regex)", rules.PlanPro}}

func main() {
	verbose := flag.String("misses", "", "print dev-split misses of this family (e.g. sqli, or json rce for the encoded variants) for tuning")
	fps := flag.Bool("fps", false, "print dev-split benign false positives")
	devOnly := flag.Bool("dev", false, "print the dev split only (use while tuning)")
	only := flag.String("plan", "", "evaluate one plan only (enterprise, business, pro)")
	withBenign := flag.Bool("benign", true, "measure the benign corpora (false: recall only, for quick tuning runs)")
	corpusFilter := flag.String("corpus", "", "measure only the benign corpora whose name contains this")
	flag.Parse()
	crs, skipped, err := loadCRS()
	if err != nil {
		fmt.Fprintln(os.Stderr, "wafeval:", err)
		os.Exit(1)
	}
	corpora := map[string][]sample{"assembled requests": benignRequests()}
	shared, err := sharedBenign()
	if err != nil {
		fmt.Fprintln(os.Stderr, "wafeval:", err)
		os.Exit(1)
	}
	for k, v := range shared {
		corpora[k] = v
	}
	bsets, err := wafbenign.Sets()
	if err != nil {
		fmt.Fprintln(os.Stderr, "wafeval:", err)
		os.Exit(1)
	}
	for _, name := range wafbenign.SetNames() {
		var ss []sample
		for _, b := range bsets[name] {
			ss = append(ss, newSample(b.ID, splitOf(b.ID), b.Request))
		}
		corpora["corpus: "+name] = ss
	}
	corpusNames := make([]string, 0, len(corpora))
	for k := range corpora {
		if strings.Contains(k, *corpusFilter) {
			corpusNames = append(corpusNames, k)
		}
	}
	sort.Strings(corpusNames)
	progs := map[rules.Plan]map[string]*rules.Program{}
	for _, v := range variants {
		progs[v.plan] = map[string]*rules.Program{}
		for _, c := range wafsynth.AttackClasses() {
			e, err := wafsynth.ClassExpression(c, v.plan)
			if err != nil {
				fmt.Fprintln(os.Stderr, "wafeval:", err)
				os.Exit(1)
			}
			p, err := rules.Compile(e, rules.Options{Plan: v.plan, Phase: "http_request_firewall_custom", Combined: true})
			if err != nil {
				fmt.Fprintf(os.Stderr, "wafeval: %s/%s does not compile: %v\n", c, v.plan, err)
				os.Exit(1)
			}
			progs[v.plan][c] = p
		}
	}
	fmt.Println("waf-eval: synthesised attack-class rules vs OWASP CRS regression tests (coraza-coreruleset v4.25.0) and assembled benign requests")
	fmt.Println("Splits: a hash of each request's id puts it in dev or report; the rules were tuned on dev only. Quote the report split.")
	fmt.Println("Attack requests: test stages with expect_ids; no_expect_ids stages are not used (not guaranteed benign); encoded_request stages are skipped.")
	for _, v := range variants {
		if *only != "" && !strings.EqualFold(*only, v.plan.String()) {
			continue
		}
		fmt.Printf("\n== %s ==\n", v.name)
		tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "family\treport n\treport recall\tdev n\tdev recall\tskipped\t")
		for _, fam := range families {
			var n, hit = map[string]int{}, map[string]int{}
			for _, s := range crs[fam.name] {
				n[s.split]++
				ok := match(progs, v.plan, fam.class, s)
				if *verbose != "" && v.plan == rules.PlanEnterprise && s.split == "dev" && strings.HasPrefix(fam.name, *verbose) {
					fmt.Fprintf(os.Stderr, "DEV %s %v\n", s.id, ok)
				}
				if ok {
					hit[s.split]++
				} else if *verbose != "" && v.plan == rules.PlanEnterprise && s.split == "dev" && strings.HasPrefix(fam.name, *verbose) {
					fmt.Fprintf(os.Stderr, "MISS %s %s %s?%s body=%q headers=%q\n", s.id, s.src.Method, s.src.Path, s.src.Query, s.src.Body, s.src.Headers)
				}
			}
			if *devOnly {
				n["report"], hit["report"] = 0, 0
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\t%d\t%s\t%d\t\n", fam.name, n["report"], pct(hit["report"], n["report"]), n["dev"], pct(hit["dev"], n["dev"]), skipped[fam.name])
		}
		tw.Flush()
		if !*withBenign {
			continue
		}
		tw = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "benign corpus\tsplit\trequests\tsqli FP\txss FP\trce FP\tlfi FP\tscanner FP\tany FP\t")
		splits := []string{"report", "dev"}
		if *devOnly {
			splits = []string{"dev"}
		}
		for _, corpus := range corpusNames {
			for _, split := range splits {
				var total, anyFP int
				per := map[string]int{}
				for _, b := range corpora[corpus] {
					if b.split != split {
						continue
					}
					total++
					hitAny := false
					for _, c := range wafsynth.AttackClasses() {
						if match(progs, v.plan, c, b) {
							per[c]++
							hitAny = true
							if *fps && split == "dev" && v.plan == rules.PlanEnterprise {
								fmt.Fprintf(os.Stderr, "FP %s %s %s\n", c, b.id, explain(c, b.req(v.plan)))
							}
						}
					}
					if hitAny {
						anyFP++
					}
				}
				fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t\n", corpus, split, total, pct(per["sqli"], total), pct(per["xss"], total), pct(per["rce"], total),
					pct(per["lfi"], total), pct(per["scanner"], total), pct(anyFP, total))
			}
		}
		tw.Flush()
	}
	if !*devOnly && (*only == "" || strings.EqualFold(*only, "enterprise")) {
		reportFolds(crs, func(c string, s sample) bool { return match(progs, rules.PlanEnterprise, c, s) })
	}
	if *withBenign && (*only == "" || strings.EqualFold(*only, "enterprise")) {
		reportEncoded(crs, *devOnly, *verbose)
	}
}

// zoneOf is the zone a request is sent to, as waf_rule_synthesize passes
// it to the synthesiser: the last two labels of its host (example.com for
// shop.example.com; localhost for localhost).
func zoneOf(s sample) string {
	h := strings.ToLower(s.src.Host)
	for k, v := range s.src.Headers {
		if h == "" && strings.EqualFold(k, "host") {
			h = strings.ToLower(v)
		}
	}
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[i:], "]") {
		h = h[:i]
	}
	if h == "" {
		h = "localhost"
	}
	if l := strings.Split(h, "."); len(l) > 2 {
		h = strings.Join(l[len(l)-2:], ".")
	}
	return h
}

// zoned caches the lfi programs compiled with a zone's names.
var zoned = map[string]*rules.Program{}

// match evaluates class's rule on a sample as the edge sees it on plan;
// the lfi rule is the one synthesised for the sample's zone (its
// off-domain term needs the zone's names).
func match(progs map[rules.Plan]map[string]*rules.Program, plan rules.Plan, class string, s sample) bool {
	p := progs[plan][class]
	if class == wafsynth.ClassLFI && plan != rules.PlanFree && plan != rules.PlanPro {
		z := zoneOf(s)
		key := plan.String() + "|" + z
		if zoned[key] == nil {
			e, err := wafsynth.ClassExpressionFor(class, plan, wafsynth.Fields{Zone: z})
			if err == nil {
				zoned[key], err = rules.Compile(e, rules.Options{Plan: plan, Phase: "http_request_firewall_custom", Combined: true})
			}
			if err != nil {
				fmt.Fprintf(os.Stderr, "wafeval: lfi for zone %s: %v\n", z, err)
				os.Exit(1)
			}
		}
		p = zoned[key]
	}
	return p.Eval(s.req(plan), nil)
}

func pct(a, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%% (%d)", 100*float64(a)/float64(n), a)
}
