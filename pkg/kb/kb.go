// Package kb is oracle_answer's embedded, versioned knowledge base of
// security and compliance guidance as it applies to Cloudflare (PCI DSS 4.0,
// OWASP ASVS 4.0.3, OWASP Top 10 2021, NIST SP 800-53 Rev. 5, Cloudflare
// settings and WAF guidance), with deterministic BM25F retrieval. A question
// that nothing in the base answers well enough gets "I don't know" instead
// of the nearest guess.
package kb

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

//go:embed data/*.yaml
var data embed.FS

// Entry is one piece of guidance.
type Entry struct {
	ID        string   `yaml:"id" json:"id"`
	Title     string   `yaml:"title" json:"title"`
	Framework string   `yaml:"framework" json:"framework"`
	Controls  []string `yaml:"controls" json:"controls"`
	Keywords  []string `yaml:"keywords" json:"keywords,omitempty"`
	Text      string   `yaml:"text" json:"text"`
	// Cloudflare lists the settings and rules that evidence the guidance.
	Cloudflare []string `yaml:"cloudflare" json:"cloudflare"`
	Sources    []string `yaml:"sources" json:"sources"`
	Related    []string `yaml:"related" json:"related,omitempty"`
	// SupersededBy names the entry that replaces this one (a retired
	// requirement): it ranks below its successor unless a question names
	// one of its controls.
	SupersededBy string `yaml:"superseded_by" json:"superseded_by,omitempty"`
	file         string
	line         int
}

// KB is a loaded, validated knowledge base with its search index.
type KB struct {
	// Version is the declared version plus a digest of the entry files.
	Version    string
	Frameworks map[string]string
	Entries    []Entry
	byID       map[string]int
	idx        *index
}

type meta struct {
	Version    string            `yaml:"version"`
	Frameworks map[string]string `yaml:"frameworks"`
}

var defaultKB = sync.OnceValues(func() (*KB, error) {
	files := map[string][]byte{}
	err := fs.WalkDir(data, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := data.ReadFile(p)
		files[path.Base(p)] = b
		return err
	})
	if err != nil {
		return nil, err
	}
	return Parse(files)
})

// Default returns the embedded knowledge base, loaded and indexed once.
func Default() (*KB, error) { return defaultKB() }

var idRE = lazyre.New(`^[a-z0-9][a-z0-9.-]*[a-z0-9]$`)

// Parse builds a knowledge base from files by name: kb.yaml holds the
// metadata, every other file a list of entries. Errors name the file, the
// line and the entry.
func Parse(files map[string][]byte) (*KB, error) {
	metaSrc, ok := files["kb.yaml"]
	if !ok {
		return nil, errors.New("kb: kb.yaml (version and frameworks) is missing")
	}
	var m meta
	if err := strictDecode(metaSrc, &m); err != nil {
		return nil, fmt.Errorf("kb: kb.yaml: %w", err)
	}
	if m.Version == "" || len(m.Frameworks) == 0 {
		return nil, errors.New("kb: kb.yaml needs version and frameworks")
	}
	names := make([]string, 0, len(files))
	for n := range files {
		if n != "kb.yaml" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	h := sha256.New()
	h.Write(metaSrc)
	k := &KB{Frameworks: m.Frameworks, byID: map[string]int{}}
	for _, n := range names {
		h.Write([]byte(n))
		h.Write(files[n])
		var doc yaml.Node
		if err := yaml.Unmarshal(files[n], &doc); err != nil {
			return nil, fmt.Errorf("kb: %s: %w", n, err)
		}
		if len(doc.Content) == 0 {
			continue
		}
		list := doc.Content[0]
		if list.Kind != yaml.SequenceNode {
			return nil, fmt.Errorf("kb: %s:%d: expected a list of entries", n, list.Line)
		}
		for _, item := range list.Content {
			var e Entry
			if err := decodeNodeStrict(item, &e); err != nil {
				return nil, fmt.Errorf("kb: %s:%d: %w", n, item.Line, err)
			}
			e.file, e.line = n, item.Line
			if err := k.check(&e); err != nil {
				return nil, fmt.Errorf("kb: %s:%d: entry %q: %w", n, item.Line, e.ID, err)
			}
			k.byID[e.ID] = len(k.Entries)
			k.Entries = append(k.Entries, e)
		}
	}
	for _, e := range k.Entries {
		for _, r := range e.Related {
			if _, ok := k.byID[r]; !ok {
				return nil, fmt.Errorf("kb: %s:%d: entry %q: related entry %q does not exist", e.file, e.line, e.ID, r)
			}
		}
		if s := e.SupersededBy; s != "" {
			if _, ok := k.byID[s]; !ok || s == e.ID {
				return nil, fmt.Errorf("kb: %s:%d: entry %q: superseded_by %q is not another entry", e.file, e.line, e.ID, s)
			}
		}
	}
	if len(k.Entries) == 0 {
		return nil, errors.New("kb: no entries")
	}
	k.Version = m.Version + "+sha256:" + hex.EncodeToString(h.Sum(nil))[:12]
	k.idx = buildIndex(k.Entries)
	return k, nil
}

func (k *KB) check(e *Entry) error {
	switch {
	case !idRE.MatchString(e.ID):
		return errors.New("id must be lower-case letters, digits, dots and dashes")
	case k.has(e.ID):
		return errors.New("duplicate id")
	case k.Frameworks[e.Framework] == "":
		return fmt.Errorf("framework %q is not declared in kb.yaml", e.Framework)
	case strings.TrimSpace(e.Title) == "":
		return errors.New("title is empty")
	case len(strings.TrimSpace(e.Text)) < 80:
		return errors.New("text is missing or shorter than 80 characters")
	case len(e.Controls) == 0:
		return errors.New("controls is empty")
	case len(e.Sources) == 0:
		return errors.New("sources is empty")
	case len(e.Cloudflare) == 0:
		return errors.New("cloudflare (settings or rules that evidence it) is empty")
	}
	return nil
}

func strictDecode(src []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	return dec.Decode(v)
}

func decodeNodeStrict(n *yaml.Node, v any) error {
	b, err := yaml.Marshal(n)
	if err != nil {
		return err
	}
	return strictDecode(b, v)
}

func (k *KB) has(id string) bool {
	_, ok := k.byID[id]
	return ok
}

// Entry returns the entry with id.
func (k *KB) Entry(id string) (Entry, bool) {
	i, ok := k.byID[id]
	if !ok {
		return Entry{}, false
	}
	return k.Entries[i], true
}

// frameworkAliases maps what callers write to framework ids.
var frameworkAliases = map[string]string{
	"pci": "pci-dss", "pci dss": "pci-dss", "pci-dss": "pci-dss", "pcidss": "pci-dss", "pci dss 4.0": "pci-dss", "pci-dss-4.0": "pci-dss", "pci dss 4": "pci-dss",
	"asvs": "owasp-asvs", "owasp asvs": "owasp-asvs", "owasp-asvs": "owasp-asvs",
	"owasp top 10": "owasp-top10", "owasp-top10": "owasp-top10", "owasp top10": "owasp-top10", "top 10": "owasp-top10", "top10": "owasp-top10", "owasp": "owasp-top10",
	"nist": "nist-800-53", "nist 800-53": "nist-800-53", "nist-800-53": "nist-800-53", "800-53": "nist-800-53", "nist sp 800-53": "nist-800-53",
	"cloudflare": "cloudflare", "cf": "cloudflare",
}

// Framework resolves a framework name or alias to its id.
func (k *KB) Framework(name string) (string, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if id, ok := frameworkAliases[n]; ok && k.Frameworks[id] != "" {
		return id, nil
	}
	if k.Frameworks[n] != "" {
		return n, nil
	}
	ids := make([]string, 0, len(k.Frameworks))
	for id := range k.Frameworks {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return "", fmt.Errorf("unknown framework %q; accepted: %s (or omit it to search every framework)", clip(name, 40), strings.Join(ids, ", "))
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
