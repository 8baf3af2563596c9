// Package validate checks user input before it reaches Cloudflare and turns
// every rejection into an *Error that says what was wrong and what is
// accepted.
package validate

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits shared by the servers.
const (
	MaxNameLen       = 255
	MaxContentLen    = 2048
	MaxCommentLen    = 500
	MaxExpressionLen = 4096
	MaxDescription   = 500
	MaxValueShown    = 64 // longest Value kept in an Error
	MinTTL           = 60
	MaxTTL           = 86400
	AutoTTL          = 1
	MaxPriority      = 65535
)

// Error is a rejected input. Its message reads
// "field: value problem; accepted: what is accepted", for example
// "ttl: 5 is out of range; accepted: 1 (automatic) or 60–86400".
type Error struct {
	Field    string // argument path, e.g. "record.ttl"
	Value    string // the offending value as shown to the user, truncated
	Problem  string // what is wrong, e.g. "is out of range"
	Accepted string // what would be accepted
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	if e.Value != "" {
		b.WriteString(e.Value)
		b.WriteString(" ")
	}
	b.WriteString(e.Problem)
	if e.Accepted != "" {
		b.WriteString("; accepted: ")
		b.WriteString(e.Accepted)
	}
	return b.String()
}

// newErr builds an *Error for a string value (quoted and truncated).
func newErr(field, value, problem, accepted string) *Error {
	return &Error{Field: field, Value: Quote(value), Problem: problem, Accepted: accepted}
}

// numErr builds an *Error for a number.
func numErr(field string, v int, problem, accepted string) *Error {
	return &Error{Field: field, Value: strconv.Itoa(v), Problem: problem, Accepted: accepted}
}

// Quote renders a user value for an error message: Go-quoted and cut to
// MaxValueShown characters so that a huge or hostile value cannot flood the
// message.
func Quote(s string) string {
	if utf8.RuneCountInString(s) > MaxValueShown {
		r := []rune(s)
		return strconv.Quote(string(r[:MaxValueShown])) + "…"
	}
	return strconv.Quote(s)
}

// ID checks a Cloudflare object ID: 32 lower-case hex digits.
func ID(field, id string) error {
	if len(id) != 32 || !isLowerHex(id) {
		return newErr(field, id, "is not a Cloudflare ID", "32 lower-case hexadecimal characters, e.g. 023e105f4ecef8ad9ca31a8372d0c353")
	}
	return nil
}

// IsID reports whether s is a Cloudflare object ID.
func IsID(s string) bool { return len(s) == 32 && isLowerHex(s) }

func isLowerHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// TTL checks a DNS TTL: 1 (automatic) or 60–86400 seconds.
func TTL(field string, ttl int) error {
	if ttl == AutoTTL || (ttl >= MinTTL && ttl <= MaxTTL) {
		return nil
	}
	return numErr(field, ttl, "is out of range", "1 (automatic) or 60–86400")
}

// Priority checks an MX/SRV/URI priority: 0–65535.
func Priority(field string, p int) error {
	return Range(field, p, 0, MaxPriority)
}

// Range checks min ≤ v ≤ max.
func Range(field string, v, min, max int) error {
	if v < min || v > max {
		return numErr(field, v, "is out of range", fmt.Sprintf("%d–%d", min, max))
	}
	return nil
}

// MaxLen checks that s has at most max characters.
func MaxLen(field, s string, max int) error {
	if n := utf8.RuneCountInString(s); n > max {
		return &Error{Field: field, Value: fmt.Sprintf("(%d characters)", n), Problem: "is too long",
			Accepted: fmt.Sprintf("at most %d characters", max)}
	}
	return nil
}

// Required checks that s is not empty or blank.
func Required(field, s string) error {
	if strings.TrimSpace(s) == "" {
		return &Error{Field: field, Problem: "is required", Accepted: "a non-empty value"}
	}
	return nil
}

// Enum checks that v is one of accepted (case-sensitive).
func Enum(field, v string, accepted ...string) error {
	for _, a := range accepted {
		if v == a {
			return nil
		}
	}
	return newErr(field, v, "is not a valid value", strings.Join(accepted, ", "))
}

// Comment checks a record or rule comment: at most 500 characters, no
// control characters other than tab.
func Comment(field, s string) error {
	if err := MaxLen(field, s, MaxCommentLen); err != nil {
		return err
	}
	return printable(field, s)
}

// Description checks a rule description: at most 500 characters, no control
// characters other than tab.
func Description(field, s string) error {
	if err := MaxLen(field, s, MaxDescription); err != nil {
		return err
	}
	return printable(field, s)
}

// Expression checks the size of a Rules-language expression: 1–4,096
// characters. Syntax is checked by the rules parser.
func Expression(field, s string) error {
	if err := Required(field, s); err != nil {
		return &Error{Field: field, Problem: "is required", Accepted: "a Rules-language expression of 1–4096 characters"}
	}
	return MaxLen(field, s, MaxExpressionLen)
}

func printable(field, s string) error {
	if !utf8.ValidString(s) {
		return &Error{Field: field, Problem: "is not valid UTF-8", Accepted: "UTF-8 text"}
	}
	for _, r := range s {
		if Control(r) {
			return &Error{Field: field, Value: Quote(s), Problem: "contains a control character",
				Accepted: "printable text (tab allowed)"}
		}
		if Bidi(r) {
			return &Error{Field: field, Value: Quote(s), Problem: "contains a bidirectional formatting character",
				Accepted: "printable text without U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C"}
		}
	}
	return nil
}

// ZoneRef checks a zone argument: a 32-hex zone ID or a zone name (a host
// name without wildcard).
func ZoneRef(field, s string) error {
	if IsID(s) {
		return nil
	}
	const accepted = "a zone name such as example.com or a 32-character lower-case hex zone ID"
	if s == "" {
		return &Error{Field: field, Problem: "is required", Accepted: accepted}
	}
	if err := Hostname(field, s); err != nil || strings.HasPrefix(s, "*") || !strings.Contains(strings.TrimSuffix(s, "."), ".") {
		return newErr(field, s, "is neither a zone name nor a zone ID", accepted)
	}
	return nil
}
