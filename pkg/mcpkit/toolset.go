package mcpkit

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// Toolset is a named group of tools with separate read and write lists.
// Adding a tool to the wrong list panics at start-up: a write tool that
// claims to be read-only would survive --read-only.
type Toolset struct {
	Name        string
	Description string
	read        []Tool
	write       []Tool
}

// NewToolset starts an empty toolset.
func NewToolset(name, description string) *Toolset {
	return &Toolset{Name: name, Description: description}
}

// AddRead adds tools that never mutate anything.
func (ts *Toolset) AddRead(tools ...Tool) *Toolset {
	for _, t := range tools {
		mustHaveHints(t)
		t.describedEnums = normaliseTool(&t)
		if !t.ReadOnly || !*t.Def.Annotations.ReadOnlyHint || *t.Def.Annotations.DestructiveHint {
			panic(fmt.Sprintf("mcpkit: tool %q added to the read list of toolset %q but is not annotated read-only", t.Def.Name, ts.Name))
		}
		ts.read = append(ts.read, t)
	}
	return ts
}

// AddWrite adds tools that may mutate (directly or by producing plans).
func (ts *Toolset) AddWrite(tools ...Tool) *Toolset {
	for _, t := range tools {
		mustHaveHints(t)
		t.describedEnums = normaliseTool(&t)
		if t.ReadOnly || *t.Def.Annotations.ReadOnlyHint {
			panic(fmt.Sprintf("mcpkit: tool %q added to the write list of toolset %q but is annotated read-only", t.Def.Name, ts.Name))
		}
		ts.write = append(ts.write, t)
	}
	return ts
}

// Tools returns the toolset's tools: only the read list when readOnly.
func (ts *Toolset) Tools(readOnly bool) []Tool {
	out := append([]Tool(nil), ts.read...)
	if !readOnly {
		out = append(out, ts.write...)
	}
	return out
}

func mustHaveHints(t Tool) {
	a := t.Def.Annotations
	if a.ReadOnlyHint == nil || a.DestructiveHint == nil || a.IdempotentHint == nil || a.OpenWorldHint == nil {
		panic(fmt.Sprintf("mcpkit: tool %q must set all four annotation hints", t.Def.Name))
	}
	if t.Def.Description == "" {
		panic(fmt.Sprintf("mcpkit: tool %q has no description", t.Def.Name))
	}
	if t.Handler == nil {
		panic(fmt.Sprintf("mcpkit: tool %q has no handler", t.Def.Name))
	}
}

// AllTools flattens toolsets in order, checking names are unique.
func AllTools(sets []*Toolset, readOnly bool) []Tool {
	seen := map[string]string{}
	var out []Tool
	for _, ts := range sets {
		for _, t := range ts.Tools(readOnly) {
			if prev, dup := seen[t.Def.Name]; dup {
				panic(fmt.Sprintf("mcpkit: tool %q registered twice (toolsets %q and %q)", t.Def.Name, prev, ts.Name))
			}
			seen[t.Def.Name] = ts.Name
			out = append(out, t)
		}
	}
	return out
}

// FieldNames lists the JSON names of a struct's fields, sorted: used to tell
// a client which arguments are accepted.
func FieldNames(v any) []string {
	t := reflect.TypeOf(v)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := strings.Split(f.Tag.Get("json"), ",")[0]
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
