// Package wafbenign is the benign-traffic corpus the synthesised WAF rules
// are replayed on before they are proposed (waf_rule_synthesize) and in the
// zero-false-positive gate of go test and make waf-eval.
//
// The browser set is real browsers' header sets: a bounded sample of
// header-generator's header sets (Apache-2.0, testdata/), every sec-ch-ua
// brand list that generator knows, Chromium's GREASE brand algorithm for
// Chrome, Edge, Opera and Brave across major versions, and real user agents
// (npm user-agents, BSD-2-Clause) with Firefox/Safari-style headers — each
// with ordinary cookie and referer shapes. The text sets carry ordinary
// texts in many languages, with quotes, apostrophes and command-like
// English words, as a form post, a multipart upload, a JSON API call and a
// search query. Everything is deterministic.
package wafbenign

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/cfplane/cfplane/pkg/wafreplay"
)

//go:embed testdata/browser-headers.jsonl testdata/client-hints-values.json testdata/user-agents.txt testdata/texts.txt testdata/prose.txt
var data embed.FS

// Set names.
const (
	SetBrowsers  = "browsers"
	SetForm      = "form"
	SetMultipart = "multipart"
	SetJSON      = "json"
	SetQuery     = "query"
	// SetProse is prose with punctuation (quotes, parentheses, && and ||,
	// semicolons), HTML snippets and code samples, each text sent as a
	// form post, a multipart upload, a JSON call (HTML left as typed and
	// escaped as \u003c…\u003e, as Go's and many servers' encoders write
	// it) and a search query: zero matches required.
	SetProse = "prose"
)

// SetNames lists the sets in a fixed order: the browser set (zero matches
// required), the text sets (at most 1%) and the prose set (zero).
func SetNames() []string {
	return []string{SetBrowsers, SetForm, SetMultipart, SetJSON, SetQuery, SetProse}
}

// ZeroMatches says whether a set must have no match at all (the browser
// and prose sets); the other text sets allow at most 1%.
func ZeroMatches(set string) bool { return set == SetBrowsers || set == SetProse }

// Sample is one benign request with a stable id.
type Sample struct {
	ID      string
	Request wafreplay.Request
}

var (
	once sync.Once
	sets map[string][]Sample
	err  error
)

// Sets returns the corpus by set name. The error reports a damaged
// embedded file (never expected in a built binary).
func Sets() (map[string][]Sample, error) {
	once.Do(func() { sets, err = build() })
	return sets, err
}

// greaseyChars and greasedVersions are Chromium's GREASE inputs
// (components/embedder_support/user_agent_utils.cc).
var (
	greaseyChars    = []string{" ", "(", ":", "-", ".", "/", ")", ";", "=", "?", "_"}
	greasedVersions = []string{"8", "99", "24"}
	brandOrders     = [6][3]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}
)

// GreaseBrand returns Chromium's GREASE brand and version for a seed (the
// major version): "Not" + c1 + "A" + c2 + "Brand" and one of 8, 99, 24.
func GreaseBrand(seed int) (brand, version string) {
	n := len(greaseyChars)
	return "Not" + greaseyChars[seed%n] + "A" + greaseyChars[(seed+1)%n] + "Brand", greasedVersions[seed%len(greasedVersions)]
}

// SecCHUA returns the sec-ch-ua value Chromium sends for a browser brand
// at a major version (fullVersion "" for sec-ch-ua, the full version for
// sec-ch-ua-full-version-list): the GREASE brand, "Chromium" and the
// brand, in the order the seed permutes them.
func SecCHUA(brand string, major int, fullVersion string) string {
	gb, gv := GreaseBrand(major)
	v := strconv.Itoa(major)
	if fullVersion != "" {
		gv += ".0.0.0"
		v = fullVersion
	}
	var list [3]string
	order := brandOrders[major%len(brandOrders)]
	list[order[0]] = fmt.Sprintf("%q;v=%q", gb, gv)
	list[order[1]] = fmt.Sprintf("%q;v=%q", "Chromium", v)
	list[order[2]] = fmt.Sprintf("%q;v=%q", brand, v)
	return strings.Join(list[:], ", ")
}

// Ordinary cookie and referer shapes of real sites (analytics, consent
// managers, sessions, CSRF tokens, A/B buckets).
var (
	cookies = []string{
		"_ga=GA1.1.1234567890.1733400000; _ga_ABC123XYZ=GS1.1.1733400000.3.1.1733400500.0.0.0",
		"_gid=GA1.2.987654321.1733400000; _fbp=fb.1.1733400000000.1234567890; _gcl_au=1.1.1234567890.1733400000",
		`CookieConsent={stamp:%27Jx7m2Q1kP9%2BzL0aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4y%3D%3D%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1733400000000%2Cregion:%27de%27}`,
		"OptanonConsent=isGpcEnabled=0&datestamp=Thu+Dec+05+2024+10%3A00%3A00+GMT%2B0100+(Central+European+Standard+Time)&version=202409.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A0%2CC0003%3A1%2CC0004%3A0&AwaitingReconsent=false; OptanonAlertBoxClosed=2024-12-05T09:00:00.000Z",
		"session=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsIm5hbWUiOiJKYW5lIE8nTmVpbCJ9.Zm9vYmFyYmF6cXV4; csrftoken=Xq3k1b2c3d4e5f6g7h8i9j0kLmNoPqRs",
		"PHPSESSID=9c0b1f2e3d4a5b6c7d8e9f0a1b2c3d4e; wp-settings-1=libraryContent%3Dbrowse%26editor%3Dhtml; wp-settings-time-1=1733400000",
		"__cf_bm=abcDEF123456ghiJKL7890mnoPQR-1733400000-1.0.1.1-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789; cf_clearance=AbCdEf.GhIjKl-1733400000-1.2.1.1-xyz",
		"cart=%5B%7B%22sku%22%3A%22A-12%22%2C%22qty%22%3A1%7D%5D; currency=EUR; lang=fr-FR; theme=dark",
		`user_prefs={"lang":"en","tz":"Europe/Berlin","newsletter":false}; ab_bucket=variant_b`,
		"JSESSIONID=0A1B2C3D4E5F60718293A4B5C6D7E8F9.node01; AWSALB=Zm9vYmFyYmF6L2Zvby9iYXIrYmF6PT0=; AWSALBCORS=Zm9vYmFyYmF6L2Zvby9iYXIrYmF6PT0=",
		"remember_me=1; last_visit=2024-12-05T10%3A00%3A00Z; recently_viewed=123%2C456%2C789",
		"",
	}
	referers = []string{
		"https://www.google.com/", "https://www.google.de/", "https://www.bing.com/search?q=red+running+shoes&form=QBLH",
		"https://duckduckgo.com/", "https://t.co/AbC123xYz", "https://www.facebook.com/", "https://news.ycombinator.com/item?id=42000000",
		"https://www.example.com/", "https://www.example.com/products?page=2&sort=price_asc", "https://www.example.com/blog/2024/12/what's-new",
		"https://www.example.com/search?q=women%27s+boots", "https://accounts.example.com/login?next=%2Faccount%2Forders", "",
	}
	navPaths = []string{"/", "/products", "/products/running-shoes-123?color=blue&size=42", "/cart", "/account/orders",
		"/blog/2024/05/how-to-choose-a-tent", "/search?q=running+shoes&page=2", "/static/js/app.3f2a9c.min.js", "/images/logo@2x.png",
		"/api/v1/products?ids=12,15,99&fields=name,price", "/de/produkte/laufschuhe", "/help/faq#returns", "/checkout?step=2"}
	firefoxAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
	safariAccept  = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
	chromeAccept  = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"
	languages     = []string{"en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "fr-FR,fr;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "zh-CN,zh;q=0.9", "es-419,es;q=0.9"}
)

func build() (map[string][]Sample, error) {
	out := map[string][]Sample{}
	var browsers []Sample
	add := func(id string, h map[string]string) {
		i := len(browsers)
		if c := cookies[i%len(cookies)]; c != "" {
			h["Cookie"] = c
		}
		if r := referers[(i/3)%len(referers)]; r != "" {
			h["Referer"] = r
		}
		p, q, _ := strings.Cut(navPaths[i%len(navPaths)], "?")
		browsers = append(browsers, Sample{ID: id, Request: wafreplay.Request{Method: "GET", Host: "www.example.com", Path: p, Query: q, Headers: h, IP: "203.0.113.9"}})
	}
	// 1. header-generator's header sets.
	b, err := data.ReadFile("testdata/browser-headers.jsonl")
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		var row struct {
			ID      string            `json:"id"`
			Headers map[string]string `json:"headers"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, fmt.Errorf("browser-headers.jsonl: %v", err)
		}
		add("hg/"+row.ID, row.Headers)
	}
	// 2. Every sec-ch-ua brand list of the network, with its user agents.
	b, err = data.ReadFile("testdata/client-hints-values.json")
	if err != nil {
		return nil, err
	}
	var ch struct {
		Values map[string][]string `json:"values"`
	}
	if err := json.Unmarshal(b, &ch); err != nil {
		return nil, fmt.Errorf("client-hints-values.json: %v", err)
	}
	uas := ch.Values["user-agent"]
	plats := ch.Values["sec-ch-ua-platform"]
	for i, v := range ch.Values["sec-ch-ua"] {
		add(fmt.Sprintf("ch/%d", i), map[string]string{"sec-ch-ua": v, "sec-ch-ua-mobile": "?0", "sec-ch-ua-platform": plats[i%len(plats)],
			"User-Agent": uas[i%len(uas)], "Accept": chromeAccept, "Accept-Language": languages[i%len(languages)], "Accept-Encoding": "gzip, deflate, br, zstd"})
	}
	// 3. Chromium's GREASE algorithm, every major version 90–150, four brands,
	// with the high-entropy hints Chromium sends when asked.
	brands := []struct{ brand, ua string }{
		{"Google Chrome", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36"},
		{"Microsoft Edge", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0"},
		{"Opera", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 OPR/%d.0.0.0"},
		{"Brave", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36"},
	}
	for major := 90; major <= 150; major++ {
		for j, br := range brands {
			ua := br.ua
			if strings.Count(ua, "%d") == 2 {
				ua = fmt.Sprintf(ua, major, major)
			} else {
				ua = fmt.Sprintf(ua, major)
			}
			full := fmt.Sprintf("%d.0.%d.%d", major, 6000+major*7, 40+j)
			add(fmt.Sprintf("grease/%s/%d", br.brand, major), map[string]string{
				"sec-ch-ua": SecCHUA(br.brand, major, ""), "sec-ch-ua-full-version-list": SecCHUA(br.brand, major, full),
				"sec-ch-ua-mobile": "?0", "sec-ch-ua-platform": `"Windows"`, "sec-ch-ua-platform-version": `"15.0.0"`, "sec-ch-ua-arch": `"x86"`,
				"sec-ch-ua-bitness": `"64"`, "sec-ch-ua-model": `""`, "sec-ch-ua-wow64": "?0", "sec-ch-ua-form-factors": `"Desktop"`,
				"sec-ch-prefers-color-scheme": "dark", "sec-fetch-site": "same-origin", "sec-fetch-mode": "navigate", "sec-fetch-user": "?1", "sec-fetch-dest": "document",
				"upgrade-insecure-requests": "1", "User-Agent": ua, "Accept": chromeAccept, "Accept-Language": languages[major%len(languages)],
				"Accept-Encoding": "gzip, deflate, br, zstd", "priority": "u=0, i"})
		}
	}
	// 4. Real user agents with the headers their browser family sends.
	b, err = data.ReadFile("testdata/user-agents.txt")
	if err != nil {
		return nil, err
	}
	for i, ua := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		h := map[string]string{"User-Agent": ua, "Accept-Language": languages[i%len(languages)], "Accept-Encoding": "gzip, deflate, br"}
		switch {
		case strings.Contains(ua, "Firefox/"):
			h["Accept"] = firefoxAccept
			h["Sec-Fetch-Dest"], h["Sec-Fetch-Mode"], h["Sec-Fetch-Site"], h["Sec-GPC"], h["TE"] = "document", "navigate", "none", "1", "trailers"
		case strings.Contains(ua, "Chrome/") && !strings.Contains(ua, "CriOS"):
			h["Accept"] = chromeAccept
			major := 120
			if k := strings.Index(ua, "Chrome/"); k >= 0 {
				if n, err := strconv.Atoi(strings.SplitN(ua[k+7:], ".", 2)[0]); err == nil {
					major = n
				}
			}
			brand := "Google Chrome"
			if strings.Contains(ua, "Edg/") {
				brand = "Microsoft Edge"
			}
			h["sec-ch-ua"] = SecCHUA(brand, major, "")
			h["sec-ch-ua-mobile"] = "?0"
			if strings.Contains(ua, "Mobile") {
				h["sec-ch-ua-mobile"] = "?1"
			}
			h["sec-ch-ua-platform"] = `"Android"`
		default:
			h["Accept"] = safariAccept
		}
		add(fmt.Sprintf("ua/%d", i), h)
	}
	out[SetBrowsers] = browsers

	// Texts as forms, multipart uploads, JSON calls and queries, each
	// sent with a browser's headers.
	b, err = data.ReadFile("testdata/texts.txt")
	if err != nil {
		return nil, err
	}
	var texts []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			texts = append(texts, l)
		}
	}
	hdr := func(i int, ct string) map[string]string {
		src := browsers[(i*7)%len(browsers)].Request.Headers
		h := make(map[string]string, len(src)+1)
		for k, v := range src {
			h[k] = v
		}
		if ct != "" {
			h["Content-Type"] = ct
		}
		return h
	}
	for i, t := range texts {
		next := texts[(i+1)%len(texts)]
		form := url.Values{"name": {"Jane O'Neil"}, "email": {"jane@example.com"}, "subject": {next}, "message": {t}}
		out[SetForm] = append(out[SetForm], Sample{ID: fmt.Sprintf("form/%d", i), Request: wafreplay.Request{Method: "POST", Host: "www.example.com",
			Path: "/contact", Headers: hdr(i, "application/x-www-form-urlencoded"), Body: form.Encode(), IP: "203.0.113.9"}})
		body, ct := multipartBody(i, t, next)
		out[SetMultipart] = append(out[SetMultipart], Sample{ID: fmt.Sprintf("multipart/%d", i), Request: wafreplay.Request{Method: "POST", Host: "www.example.com",
			Path: "/upload", Headers: hdr(i, ct), Body: body, IP: "203.0.113.9"}})
		out[SetJSON] = append(out[SetJSON], Sample{ID: fmt.Sprintf("json/%d", i), Request: wafreplay.Request{Method: "POST", Host: "api.example.com",
			Path: "/v1/comments", Headers: hdr(i, "application/json"), Body: jsonBody(i, t, next), IP: "203.0.113.9"}})
		out[SetQuery] = append(out[SetQuery], Sample{ID: fmt.Sprintf("query/%d", i), Request: wafreplay.Request{Method: "GET", Host: "www.example.com",
			Path: "/search", Query: url.Values{"q": {t}, "page": {"1"}}.Encode(), Headers: hdr(i, ""), IP: "203.0.113.9"}})
	}
	// Prose with punctuation, HTML and code, in every body shape.
	b, err = data.ReadFile("testdata/prose.txt")
	if err != nil {
		return nil, err
	}
	for i, t := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		add := func(kind string, rq wafreplay.Request) {
			rq.Host, rq.IP = "www.example.com", "203.0.113.9"
			out[SetProse] = append(out[SetProse], Sample{ID: fmt.Sprintf("prose/%s/%d", kind, i), Request: rq})
		}
		form := url.Values{"name": {"Jane O'Neil"}, "email": {"jane@example.com"}, "message": {t}}
		add("form", wafreplay.Request{Method: "POST", Path: "/contact", Headers: hdr(i, "application/x-www-form-urlencoded"), Body: form.Encode()})
		body, ct := multipartBody(i, t, "Feedback")
		add("multipart", wafreplay.Request{Method: "POST", Path: "/upload", Headers: hdr(i, ct), Body: body})
		add("json", wafreplay.Request{Method: "POST", Path: "/v1/posts", Headers: hdr(i, "application/json"), Body: jsonBody(i, t, "Feedback")})
		escaped, _ := json.Marshal(map[string]any{"title": "Feedback", "body": t, "draft": false})
		add("json-escaped", wafreplay.Request{Method: "POST", Path: "/v1/posts", Headers: hdr(i, "application/json"), Body: string(escaped)})
		add("query", wafreplay.Request{Method: "GET", Path: "/search", Query: url.Values{"q": {t}}.Encode(), Headers: hdr(i, "")})
	}
	return out, nil
}

// multipartBody is what a browser sends for a form with two text fields
// and a small text file.
func multipartBody(i int, text, next string) (string, string) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.SetBoundary(fmt.Sprintf("----WebKitFormBoundary%016x", uint64(i)*0x9E3779B97F4A7C15))
	_ = w.WriteField("title", next)
	_ = w.WriteField("description", text)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="attachment"; filename="notes-%d.txt"`, i))
	h.Set("Content-Type", "text/plain")
	if fw, err := w.CreatePart(h); err == nil {
		_, _ = fw.Write([]byte(text + "\n" + next + "\n"))
	}
	_ = w.Close()
	return buf.String(), w.FormDataContentType()
}

// jsonBody is an API call as JSON.stringify writes it (no HTML escaping).
func jsonBody(i int, text, next string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(map[string]any{"post_id": 1000 + i, "author": map[string]any{"name": "Zoë O'Connor", "id": i}, "title": next, "comment": text,
		"tags": []string{"feedback", "support"}, "notify": i%2 == 0})
	return strings.TrimSpace(buf.String())
}
