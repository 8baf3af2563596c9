package main

import (
	"fmt"
	"math/rand/v2"
	"net/netip"
	"net/url"
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
)

// The benign corpus is assembled here from realistic parts (no attack
// payloads): browsing, search with natural-language queries (including
// words such as select, union, drop, script, cat and apostrophes), forms,
// JSON and GraphQL API calls, tracking parameters and cookies. A fixed seed
// keeps it identical between runs.

var (
	hosts = []string{"www.example.com", "shop.example.com", "api.example.com", "blog.example.com"}
	uas   = []string{
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
		"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
		"Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
		"Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
		"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36",
		"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
		"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
		"curl/8.4.0", "python-requests/2.31.0", "okhttp/4.12.0", "Go-http-client/2.0", "PostmanRuntime/7.36.0",
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0",
		"Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
	}
	accepts = []string{
		"text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
		"application/json", "application/json, text/plain, */*", "*/*", "image/avif,image/webp,*/*",
		"text/css,*/*;q=0.1",
	}
	langs    = []string{"en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9", "en-GB,en;q=0.9,es;q=0.5", "ja,en-US;q=0.9"}
	referers = []string{"https://www.google.com/", "https://www.example.com/", "https://www.example.com/products?page=2&sort=price_asc",
		"https://t.co/xyz123", "https://www.bing.com/search?q=example+shop", "https://news.ycombinator.com/item?id=38000000", ""}
	cookies = []string{
		"_ga=GA1.2.1234567890.1700000000; _gid=GA1.2.987654321.1700000000",
		"session=eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjQyLCJyb2xlIjoidXNlciJ9.kS3c9uQ2x8Zp0Vb1Nn4Yd6FqWm7Rt5Ls; cart=3f2a9c8e",
		"consent=necessary%2Canalytics; lang=en; theme=dark",
		"PHPSESSID=9c0b1f2e3d4a5b6c7d8e9f0a1b2c3d4e; wp-settings-1=libraryContent%3Dbrowse",
		"csrftoken=Xq3k1b2c3d4e5f6g7h8i9j0kLmNoPqRs; sessionid=abcd1234efgh5678",
		"", "", "",
	}
	searches = []string{
		"red running shoes", "how to select a laptop for college", "union square hotels", "drop shipping business ideas",
		"cat tree for large cats", "ls 430 lexus review", "rock 'n' roll records", "o'reilly books python", "what is 1+1",
		"c# tutorial for beginners", "valentine gift <3", "fish & chips near me", "100% cotton t-shirt", "what's new this week",
		"script writing course", "alert system for home", "echo dot 5th gen", "python for beginners", "where to buy from local farms",
		"select comfort mattress", "order by date", "group by brand", "insert coin arcade", "update my address", "delete account",
		"sleep aid for kids", "benchmark gpu 2024", "passwort vergessen", "déjà vu chanson", "東京 ホテル", "size 10.5 (wide)",
		"the cat in the hat", "1/2 inch drill bit", "nike air max 90 - white", "\"exact phrase\" search", "men's jackets", "women's boots",
		"can't log in", "i'd like a refund", "table for two", "from dusk till dawn dvd", "where is my order", "null pointer exception java",
		"2 + 2 = 4 worksheet", "html and css book", "javascript: the good parts", "bash scripting cookbook", "power shell vs cmd",
		"linux ls command tutorial", "how to use curl", "wget alternative", "chmod 755 meaning", "etc passwd file explained",
		"select all that apply", "drop table cloth", "or else movie", "and then there were none", "1 or 2 bedroom apartment",
		"50% off sale", "pizza & wings", "a/b testing guide", "user id lookup", "e-mail support", "#1 best seller", "tom's diner",
		"ben & jerry's", "ctrl+alt+del", "c:\\program files help", "semi-colon usage; grammar", "sleep(less) nights book",
	}
	comments = []string{
		"Great product, would buy again!", "Don't buy - it broke after 2 days.", "I loved it (really!) 5/5",
		"Price: $20; shipping: free. Arrived on time.", "It's OK, but the colour is darker than in the picture.",
		"Can you ship to Zürich? Thanks, Jürgen", "Works with Windows 11 and macOS 14.", "Size runs small -- order one size up.",
		"Best purchase of 2024 :)", "My son's favourite toy; he uses it every day.", "Quality is 8/10, delivery 10/10.",
		"Question: does it fit a 15\" laptop?", "Replaced my old one (model X-200) and it's much quieter.",
		"Select the blue one, it's nicer.", "Order arrived from the warehouse in 3 days.", "I had to update the firmware first.",
		"The \"pro\" version is worth it.", "Email me at jane.doe@example.com if you have questions.", "Ships in 2-3 business days & free returns.",
	}
	paths = []string{
		"/", "/index.html", "/products", "/products/running-shoes-123", "/products/4711/reviews", "/cart", "/checkout", "/account/orders",
		"/blog/2024/05/how-to-choose-a-tent", "/blog/category/news/page/2", "/about-us", "/contact", "/help/faq", "/search",
		"/static/js/app.3f2a9c.min.js", "/static/css/main.css", "/images/logo@2x.png", "/favicon.ico", "/robots.txt", "/sitemap.xml",
		"/api/v1/products", "/api/v1/products/123", "/api/v1/users/42/orders", "/api/v2/search", "/graphql", "/wp-json/wp/v2/posts",
		"/en-us/docs/getting-started", "/de/produkte/laufschuhe", "/download/manual-v2.pdf", "/feeds/rss.xml", "/health",
		"/login", "/logout", "/register", "/password/reset", "/api/v1/auth/token", "/oauth/authorize", "/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1",
	}
)

func pick[T any](r *rand.Rand, l []T) T { return l[r.IntN(len(l))] }

func query(r *rand.Rand) string {
	v := url.Values{}
	switch r.IntN(9) {
	case 0:
		v.Set("q", pick(r, searches))
	case 1:
		v.Set("page", fmt.Sprint(1+r.IntN(20)))
		v.Set("sort", pick(r, []string{"price_asc", "-created_at", "relevance", "name"}))
	case 2:
		v.Set("utm_source", pick(r, []string{"google", "newsletter", "facebook"}))
		v.Set("utm_medium", pick(r, []string{"cpc", "email", "social"}))
		v.Set("utm_campaign", pick(r, []string{"spring_sale_2024", "black-friday", "brand"}))
	case 3:
		v.Set("color", pick(r, []string{"blue", "red", "black"}))
		v.Set("size", pick(r, []string{"S", "M", "L", "42", "10.5"}))
		v.Set("q", pick(r, searches))
	case 4:
		v.Set("redirect", pick(r, []string{"/account/orders", "/checkout?step=2", "https://www.example.com/cart"}))
	case 5:
		v.Set("ids", "12,15,99")
		v.Set("fields", "name,price,stock")
		v.Set("filter[status]", "active")
	case 6:
		v.Set("from", "2024-01-01")
		v.Set("to", "2024-03-31")
		v.Set("tz", "Europe/Berlin")
	case 7:
		v.Set("callback", fmt.Sprintf("jQuery3600%d_%d", r.IntN(99999), 1700000000000+r.IntN(99999)))
		v.Set("_", fmt.Sprint(1700000000000+r.IntN(99999)))
	case 8:
		return ""
	}
	return v.Encode()
}

func body(r *rand.Rand, p string) (string, string) {
	switch {
	case p == "/login" || p == "/register":
		v := url.Values{}
		v.Set("username", pick(r, []string{"alice", "bob.smith", "jane_o'neil", "j.müller@example.de"}))
		v.Set("password", pick(r, []string{"S3cr3t!pass&word", "correct horse battery staple", "P@ssw0rd#2024", "hunter2"}))
		v.Set("remember", "on")
		return v.Encode(), "application/x-www-form-urlencoded"
	case strings.HasPrefix(p, "/products/") && strings.HasSuffix(p, "reviews"):
		v := url.Values{}
		v.Set("rating", fmt.Sprint(1+r.IntN(5)))
		v.Set("comment", pick(r, comments))
		v.Set("name", pick(r, []string{"Mary O'Connor", "Tom", "Sven-Göran", "Li Wei"}))
		return v.Encode(), "application/x-www-form-urlencoded"
	case p == "/checkout":
		v := url.Values{}
		v.Set("name", pick(r, []string{"Jane O'Neil", "Peter Smith", "Anne-Marie Dubois"}))
		v.Set("address", pick(r, []string{"12 O'Connell St., Apt #4", "Hauptstraße 5", "1600 Amphitheatre Pkwy"}))
		v.Set("note", pick(r, comments))
		return v.Encode(), "application/x-www-form-urlencoded"
	case p == "/graphql":
		return fmt.Sprintf(`{"query":"query Product($id: ID!) { product(id: $id) { name price reviews(first: 5) { rating comment } } }","variables":{"id":"%d"}}`, r.IntN(1000)), "application/json"
	case strings.HasPrefix(p, "/api/"):
		return fmt.Sprintf(`{"name":%q,"email":"user%d@example.com","items":[{"sku":"A-%d","qty":%d}],"note":%q}`,
			pick(r, []string{"Jane O'Neil", "Bob", "Zoë"}), r.IntN(999), r.IntN(99), 1+r.IntN(3), pick(r, comments)), "application/json"
	case p == "/contact":
		v := url.Values{}
		v.Set("subject", pick(r, []string{"Order question", "Return request", "Partnership"}))
		v.Set("message", pick(r, comments)+" "+pick(r, comments))
		return v.Encode(), "application/x-www-form-urlencoded"
	}
	return "", ""
}

func benignRequests() []sample {
	r := rand.New(rand.NewPCG(20240501, 11))
	var out []sample
	for i := 0; i < 4000; i++ {
		p := pick(r, paths)
		host := pick(r, hosts)
		method := "GET"
		b, ct := "", ""
		if r.IntN(4) == 0 {
			if b, ct = body(r, p); b != "" {
				method = "POST"
			}
		}
		h := map[string][]string{
			"host": {host}, "user-agent": {pick(r, uas)}, "accept": {pick(r, accepts)}, "accept-language": {pick(r, langs)},
			"accept-encoding": {"gzip, deflate, br"},
		}
		if ref := pick(r, referers); ref != "" {
			h["referer"] = []string{ref}
		}
		if c := pick(r, cookies); c != "" {
			h["cookie"] = []string{c}
		}
		if ct != "" {
			h["content-type"] = []string{ct}
		}
		if r.IntN(3) == 0 {
			h["sec-ch-ua"] = []string{`"Not_A Brand";v="8", "Chromium";v="120", "Google Chrome";v="120"`}
			h["sec-fetch-mode"] = []string{"navigate"}
		}
		if strings.HasPrefix(p, "/api/") && r.IntN(2) == 0 {
			h["authorization"] = []string{"Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dGVzdHNpZ25hdHVyZQ"}
		}
		req := &rules.Request{Method: method, Scheme: "https", Host: host, Path: p, Query: query(r), Headers: h, Body: b,
			BodySize: int64(len(b)), Version: "HTTP/2", SrcIP: netip.MustParseAddr("203.0.113.9")}
		req.Prepare()
		id := fmt.Sprintf("benign#%d", i)
		out = append(out, newSample(id, splitOf(id), fromRules(req)))
	}
	return out
}
