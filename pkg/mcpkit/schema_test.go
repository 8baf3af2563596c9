package mcpkit

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestEnumFromDescription(t *testing.T) {
	for desc, want := range map[string]string{
		"get or set": "get,set",
		"list, get, export, create, update, delete or import":                         "list,get,export,create,update,delete,import",
		"production (default), staging or development":                                "production,staging,development",
		"only findings at or above: critical, high, medium, low, info (default info)": "critical,high,medium,low,info",
		"free, pro, business or enterprise (default: the zone's plan)":                "free,pro,business,enterprise",
		"sqli, xss, rce, lfi, scanner":                                                "sqli,xss,rce,lfi,scanner",
		"substrings, case-insensitive":                                                "",
		"zone name or 32-hex zone id":                                                 "",
		"@, relative or full":                                                         "",
		"action Cloudflare took: block, managed_challenge, log, skip, allow …":        "",
		"security: action (default), rule; traffic: country, path":                    "",
		"1 (auto) or 60–86400":                                                        "",
		"block (default) or a challenge":                                              "",
	} {
		if got := strings.Join(EnumFromDescription(desc), ","); got != want {
			t.Errorf("%q: got %q, want %q", desc, got, want)
		}
	}
}

func TestPortableInputSchema(t *testing.T) {
	raw := json.RawMessage(`{"type":"object","properties":{"ctx":{"type":["null","object"],"properties":{"env":{"type":"string","description":"prod or dev"},"tier":{"type":"string","description":"tier: free or pro"},"mode":{"type":"string","description":"fast or slow (default)"}}},"items":{"type":["null","array"],"items":{}},"n":{"type":"integer"}}}`)
	got := string(normaliseRaw(raw, true))
	// A description that only lists the values goes; a lead-in or a remark stays.
	for _, want := range []string{`"env":{"enum":["prod","dev"],"type":"string"}`, `"tier":{"description":"tier","enum":["free","pro"],"type":"string"}`,
		`"mode":{"description":"fast or slow (default)","enum":["fast","slow"],"type":"string"}`,
		`"items":{"items":{"anyOf":[{"type":"object"},{"type":"array"},{"type":"string"},{"type":"number"},{"type":"boolean"}]},"type":"array"}`} {
		if !strings.Contains(got, want) {
			t.Errorf("normalised schema %s lacks %s", got, want)
		}
	}
	// Output schemas keep their null branches: results may carry null.
	if out := string(normaliseRaw(raw, false)); out != string(raw) {
		t.Errorf("output schema changed: %s", out)
	}
}

// A value list after a lead-in becomes the enum, and the description keeps
// the lead-in; the enum's pointer is returned so the tool, not the generic
// validator, checks the value.
func TestDescribedEnumPointers(t *testing.T) {
	raw := json.RawMessage(`{"type":"object","properties":{"plan":{"type":"string","description":"plan for inline input: free, pro, business, enterprise"},"env":{"type":"string","description":"production (default), staging or development"}}}`)
	got, ptrs := normaliseRawEnums(raw, true)
	if !strings.Contains(string(got), `"plan":{"description":"plan for inline input","enum":["free","pro","business","enterprise"],"type":"string"}`) ||
		!strings.Contains(string(got), `"description":"production (default), staging or development","enum":["production","staging","development"]`) {
		t.Errorf("schema: %s", got)
	}
	if strings.Join(ptrs, " ") != "/properties/env /properties/plan" && strings.Join(ptrs, " ") != "/properties/plan /properties/env" {
		t.Errorf("pointers: %v", ptrs)
	}
}
