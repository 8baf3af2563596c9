package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// sharedDatasets finds ../shared/datasets beside the repository (the
// directory holding go.mod); "" when it is not there.
func sharedDatasets() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(filepath.Dir(dir), "shared", "datasets")
			if _, err := os.Stat(p); err == nil {
				return p
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// textRequests turns benign natural-language texts into requests: as a
// search query (GET) and as a contact-form message (POST). The texts are
// shell-task descriptions (nl2bash, MIT) and benign chat prompts
// (InjecGuard/WildGuard, MIT): English that mentions commands, files,
// quotes and punctuation without being an attack.
func textRequests(name string, texts []string) []sample {
	var out []sample
	for i, t := range texts {
		for j, get := range []bool{true, false} {
			r := &rules.Request{Scheme: "https", Host: "www.example.com", Version: "HTTP/2", SrcIP: netip.MustParseAddr("203.0.113.9"),
				Headers: map[string][]string{"host": {"www.example.com"}, "user-agent": {uas[i%len(uas)]}, "accept": {accepts[i%len(accepts)]},
					"accept-language": {langs[i%len(langs)]}}}
			if get {
				r.Method, r.Path, r.Query = "GET", "/search", url.Values{"q": {t}}.Encode()
			} else {
				r.Method, r.Path = "POST", "/contact"
				r.Body = url.Values{"subject": {"Question"}, "message": {t}}.Encode()
				r.BodySize = int64(len(r.Body))
				r.Headers["content-type"] = []string{"application/x-www-form-urlencoded"}
			}
			r.Prepare()
			// Both requests of one text share its split.
			id := fmt.Sprintf("%s#%d", name, i)
			out = append(out, newSample(fmt.Sprintf("%s/%d", id, j), splitOf(id), fromRules(r)))
		}
	}
	return out
}

// sharedBenign loads the benign text corpora when ../shared/datasets is
// present.
func sharedBenign() (map[string][]sample, error) {
	dir := sharedDatasets()
	out := map[string][]sample{}
	if dir == "" {
		return out, nil
	}
	f, err := os.Open(filepath.Join(dir, "ops-benign", "nl2bash-dev.txt"))
	if err == nil {
		var lines []string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if l := strings.TrimSpace(sc.Text()); l != "" {
				lines = append(lines, l)
			}
		}
		f.Close()
		out["nl2bash texts"] = textRequests("nl2bash", lines)
	}
	b, err := os.ReadFile(filepath.Join(dir, "prompt-injection", "injecguard-wildguard-benign.json"))
	if err == nil {
		var rows []struct {
			Prompt string `json:"prompt"`
		}
		if err := json.Unmarshal(b, &rows); err != nil {
			return nil, fmt.Errorf("wildguard benign: %v", err)
		}
		var texts []string
		for _, r := range rows {
			texts = append(texts, r.Prompt)
		}
		out["wildguard prompts"] = textRequests("wildguard", texts)
	}
	// Every browser header set and user agent the datasets hold (the
	// repository's browser corpus is a sample of them): a GET with the
	// header set, and a Chrome-shaped GET with each user agent.
	if f, err := os.Open(filepath.Join(dir, "waf-benign", "header-generator-sample-headers.jsonl")); err == nil {
		var ss []sample
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var row struct {
				ID      string            `json:"id"`
				Headers map[string]string `json:"headers"`
			}
			if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
				f.Close()
				return nil, fmt.Errorf("header-generator sample headers: %v", err)
			}
			ss = append(ss, newSample("hgall/"+row.ID, splitOf("hgall/"+row.ID), wafreplay.Request{Method: "GET", Host: "www.example.com", Path: "/", Headers: row.Headers}))
		}
		f.Close()
		out["header sets (all 3,000)"] = ss
	}
	if b, err := os.ReadFile(filepath.Join(dir, "waf-benign", "intoli-user-agents.json")); err == nil {
		var rows []struct {
			UserAgent string `json:"userAgent"`
		}
		if err := json.Unmarshal(b, &rows); err != nil {
			return nil, fmt.Errorf("intoli user agents: %v", err)
		}
		var ss []sample
		for i, r := range rows {
			id := fmt.Sprintf("ua/%d", i)
			h := map[string]string{"User-Agent": r.UserAgent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Accept-Language": "en-US,en;q=0.9"}
			ss = append(ss, newSample(id, splitOf(id), wafreplay.Request{Method: "GET", Host: "www.example.com", Path: "/", Headers: h}))
		}
		out["user agents (all 10,000)"] = ss
	}
	return out, nil
}
