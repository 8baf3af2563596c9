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
	return out, nil
}
