// Package redact removes secrets from text before it reaches a client, a log
// or an audit record.
//
// A Redactor knows two kinds of secrets:
//
//   - live values registered with New or Add (the Cloudflare API token, the
//     approval key, …), replaced wherever they occur;
//   - secret shapes: Authorization / X-Auth-Key header values, "Bearer …"
//     credentials, Cloudflare API tokens (40 characters of [A-Za-z0-9_-]),
//     Cloudflare global API keys (37 hex digits) and any extra patterns
//     registered with AddPattern.
//
// Cloudflare object IDs (32 hex digits), sha256 digests (64 hex digits), git
// commit ids (40 lower-case hex digits) and ordinary words are left alone.
// Every secret is replaced by [Replacement].
package redact

import (
	"errors"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

// Replacement is the text that stands in for every redacted secret.
const Replacement = "[REDACTED]"

// MinSecretLen is the shortest live value Add accepts. Shorter values would
// redact ordinary text (a one-letter "secret" matches everywhere), so they are
// ignored; real credentials are far longer.
const MinSecretLen = 6

// Redactor replaces secrets in strings, byte slices, errors and writers. The
// zero value is not usable; call New. A Redactor is safe for concurrent use.
type Redactor struct {
	mu       sync.RWMutex
	values   []string // longest first
	patterns []*regexp.Regexp
	maxLen   int // longest registered value
}

// New returns a Redactor that knows the given live secret values.
func New(secrets ...string) *Redactor {
	r := &Redactor{}
	r.Add(secrets...)
	return r
}

// Add registers more live secret values. Empty values, values shorter than
// MinSecretLen and duplicates are ignored.
func (r *Redactor) Add(secrets ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range secrets {
		if len(s) < MinSecretLen || contains(r.values, s) {
			continue
		}
		r.values = append(r.values, s)
		if len(s) > r.maxLen {
			r.maxLen = len(s)
		}
	}
	sort.SliceStable(r.values, func(i, j int) bool { return len(r.values[i]) > len(r.values[j]) })
}

// AddPattern registers a secret shape, e.g. the format of approval codes.
// Every match of re is replaced; if re has capture groups, only the first
// group is replaced so that the surrounding context stays readable.
func (r *Redactor) AddPattern(re *regexp.Regexp) {
	if re == nil {
		return
	}
	r.mu.Lock()
	r.patterns = append(r.patterns, re)
	r.mu.Unlock()
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// String returns s with every secret replaced by [Replacement].
func (r *Redactor) String(s string) string {
	if r == nil || s == "" {
		return s
	}
	sp := r.spans(s)
	if len(sp) == 0 {
		return s
	}
	return apply(s, sp)
}

// Bytes returns b with every secret replaced by [Replacement]. When nothing is
// redacted the input slice itself is returned.
func (r *Redactor) Bytes(b []byte) []byte {
	if r == nil || len(b) == 0 {
		return b
	}
	s := string(b)
	sp := r.spans(s)
	if len(sp) == 0 {
		return b
	}
	return []byte(apply(s, sp))
}

// Error returns an error whose message is err's message redacted. errors.Is
// and errors.As still see err's chain, but errors.Unwrap returns nil so that
// code walking the chain cannot print the unredacted message. A nil err
// yields nil.
func (r *Redactor) Error(err error) error {
	if err == nil {
		return nil
	}
	return &redactedError{err: err, msg: r.String(err.Error())}
}

type redactedError struct {
	err error
	msg string
}

func (e *redactedError) Error() string { return e.msg }

// Is reports whether the original error matches target.
func (e *redactedError) Is(target error) bool { return errors.Is(e.err, target) }

// As finds the first error in the original chain that matches target.
func (e *redactedError) As(target any) bool { return errors.As(e.err, target) }

// span is a half-open byte range [start, end) to replace. ctx is where the
// whole match begins (a header name before its value); a Writer never cuts
// between ctx and end.
type span struct{ start, end, ctx int }

// headerRe matches credential-carrying header names and captures their value,
// in header form ("Authorization: Bearer x"), assignment form
// ("x-auth-key=x") and JSON form ("Authorization":"x"). Inside a JSON
// string (a CLI's output, an MCP message) the header's closing quote is
// escaped ("-H \"Authorization: Bearer x\""): the value takes escaped
// characters ("abc\/def") but ends before an escaped quote, so redaction
// never eats the escape and the text stays valid JSON.
var headerRe = lazyre.New(`(?i)(?:authorization|x-auth-key|x-auth-user-service-key|cf-access-client-secret|proxy-authorization)["']?\s*[:=]\s*["']?([^\s"'\\](?:[^"'\r\n\\]|\\[^"'\r\n])*)`)

// bearerRe matches "Bearer <credential>" anywhere (eight or more characters so
// that prose such as "the bearer of" is left alone).
var bearerRe = lazyre.New(`(?i)\bbearer\s+([A-Za-z0-9._~+/=-]{8,})`)

// spans returns the sorted, merged ranges of s that hold secrets.
func (r *Redactor) spans(s string) []span {
	var out []span
	r.mu.RLock()
	for _, v := range r.values {
		for i := 0; i < len(s); {
			j := strings.Index(s[i:], v)
			if j < 0 {
				break
			}
			out = append(out, span{i + j, i + j + len(v), i + j})
			i += j + len(v)
		}
	}
	for _, re := range r.patterns {
		out = appendRegexp(out, re, s)
	}
	r.mu.RUnlock()

	if hasKeyword(s) {
		// Header values never span lines; matching line by line keeps
		// the regexp inputs small, which is several times faster.
		for off := 0; off < len(s); {
			end := strings.IndexByte(s[off:], '\n')
			if end < 0 {
				end = len(s)
			} else {
				end += off
			}
			if line := s[off:end]; hasKeyword(line) {
				out = appendRegexpAt(out, headerRe.Regexp(), line, off)
				out = appendRegexpAt(out, bearerRe.Regexp(), line, off)
			}
			off = end + 1
		}
	}
	out = appendTokenShapes(out, s)
	if len(out) == 0 {
		return nil
	}
	return merge(out)
}

func appendRegexp(out []span, re *regexp.Regexp, s string) []span {
	return appendRegexpAt(out, re, s, 0)
}

// appendRegexpAt appends the matches of re in s, shifted by off.
func appendRegexpAt(out []span, re *regexp.Regexp, s string, off int) []span {
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		if len(m) >= 4 && m[2] >= 0 {
			out = append(out, span{off + m[2], off + m[3], off + m[0]})
		} else {
			out = append(out, span{off + m[0], off + m[1], off + m[0]})
		}
	}
	return out
}

// hasKeyword is a cheap pre-check so the header regexps run only on text that
// could hold a credential header.
func hasKeyword(s string) bool {
	return indexFold(s, "bearer") || indexFold(s, "authorization") || indexFold(s, "x-auth-") ||
		indexFold(s, "client-secret")
}

// indexFold reports whether s contains the lower-case ASCII word w, ignoring
// ASCII case, without allocating.
func indexFold(s, w string) bool {
	first := w[0]
	for i := 0; i+len(w) <= len(s); i++ {
		if lower(s[i]) != first {
			continue
		}
		k := 1
		for ; k < len(w); k++ {
			if lower(s[i+k]) != w[k] {
				break
			}
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isTokenChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

// appendTokenShapes finds maximal runs of [A-Za-z0-9_-] and flags those that
// have the shape of a Cloudflare API token or global API key.
func appendTokenShapes(out []span, s string) []span {
	for i := 0; i < len(s); {
		if !isTokenChar(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isTokenChar(s[j]) {
			j++
		}
		if looksLikeSecret(s[i:j]) {
			out = append(out, span{i, j, i})
		}
		i = j
	}
	return out
}

// looksLikeSecret reports whether a maximal token run is an API token (40
// characters mixing at least two of upper case, lower case and digits, and
// not a lower-case hex commit id) or a global API key (37 hex digits).
func looksLikeSecret(t string) bool {
	switch len(t) {
	case 37:
		return isHex(t)
	case 40:
		var upper, lowerC, digit, nonHex bool
		for i := 0; i < len(t); i++ {
			c := t[i]
			switch {
			case 'A' <= c && c <= 'Z':
				upper = true
				nonHex = true
			case 'a' <= c && c <= 'z':
				lowerC = true
				if c > 'f' {
					nonHex = true
				}
			case '0' <= c && c <= '9':
				digit = true
			default:
				nonHex = true
			}
		}
		if !nonHex {
			return false // a sha1 / git commit id
		}
		classes := 0
		for _, b := range []bool{upper, lowerC, digit} {
			if b {
				classes++
			}
		}
		return classes >= 2
	}
	return false
}

func isHex(t string) bool {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func merge(sp []span) []span {
	sort.Slice(sp, func(i, j int) bool { return sp[i].start < sp[j].start })
	out := sp[:1]
	for _, x := range sp[1:] {
		last := &out[len(out)-1]
		if x.start <= last.end {
			if x.end > last.end {
				last.end = x.end
			}
			if x.ctx < last.ctx {
				last.ctx = x.ctx
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

func apply(s string, sp []span) string {
	var b strings.Builder
	n := len(s)
	for _, x := range sp {
		n += len(Replacement) - (x.end - x.start)
	}
	if n > 0 {
		b.Grow(n)
	}
	prev := 0
	for _, x := range sp {
		b.WriteString(s[prev:x.start])
		b.WriteString(Replacement)
		prev = x.end
	}
	b.WriteString(s[prev:])
	return b.String()
}
