package main

import (
	"net/url"
	"regexp"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
	"github.com/cfplane/cfplane/pkg/wafsynth"
)

// explain returns the top-level alternative of a class pattern that
// matches the request and the text it matched (a tuning aid for the dev
// split; it mirrors the concatenation the synthesised expression inspects).
func explain(class string, r *rules.Request) string {
	var names []string
	for k := range r.Headers {
		names = append(names, k)
	}
	sort.Strings(names)
	var hv []string
	for _, k := range names {
		hv = append(hv, r.Headers[k]...)
	}
	text := decode(r.Path+"?"+r.Query) + "\x01" + r.Cookie + "\x01" + strings.Join(hv, "\x01") + "\x01" + decode(r.Body)
	for _, pat := range wafsynth.ClassPatterns(class) {
		body := strings.TrimSuffix(strings.TrimPrefix(pat, "(?i)("), ")")
		alts := splitTop(body)
		if !strings.HasPrefix(pat, "(?i)(") {
			alts = []string{strings.TrimPrefix(pat, "(?i)")}
		}
		for _, alt := range alts {
			re, err := regexp.Compile("(?i)" + alt)
			if err != nil {
				continue
			}
			if m := re.FindString(text); m != "" {
				if len(alt) > 80 {
					alt = alt[:80] + "…"
				}
				return alt + "  ⇒  " + m
			}
		}
	}
	return "?"
}

func decode(s string) string {
	for i := 0; i < 4; i++ {
		d, err := url.QueryUnescape(s)
		if err != nil || d == s {
			break
		}
		s = d
	}
	return s
}

// splitTop splits a regex at top-level |.
func splitTop(s string) []string {
	var out []string
	depth, start, inClass := 0, 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
