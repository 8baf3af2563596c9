package cfclient

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Sentinel errors. Every error a Client returns for a failed API call
// matches exactly one of them with errors.Is.
var (
	ErrNotFound     = errors.New("not found")
	ErrUnauthorized = errors.New("authentication failed")
	ErrForbidden    = errors.New("permission denied")
	ErrConflict     = errors.New("conflict or already exists")
	ErrValidation   = errors.New("rejected by Cloudflare as invalid")
	ErrRateLimited  = errors.New("rate limited")
	ErrUnavailable  = errors.New("Cloudflare API unavailable")
	ErrTooLarge     = errors.New("response too large")
	ErrTimeout      = errors.New("request timed out")
	ErrAPI          = errors.New("Cloudflare API error")
	ErrConfig       = errors.New("invalid client configuration")
)

// Cloudflare error codes with a fixed meaning.
const (
	CodeRecordExists        = 81057 // "Record already exists."
	CodeRecordExistsCNAME   = 81053 // "An A, AAAA, or CNAME record with that host already exists."
	CodeRecordExistsIdent   = 81058 // "A record with the same settings already exists."
	CodeAuthentication      = 10000
	CodeInvalidZone         = 1001
	CodeDNSValidation       = 1004
	CodeRecordDoesNotExist  = 81044
	CodeRateLimited         = 971
	CodeInvalidAccessToken  = 1000
	CodeRouteNotFound       = 7003
	CodeMethodNotAllowed    = 7000
	CodeRulesetNotFound     = 10003
	CodeListNotFound        = 10001
	CodeTunnelNotFound      = 1003
	CodeListItemsDuplicated = 10021
)

// Message is one entry of the errors or messages array of the v4 envelope.
type Message struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// APIError is a failed Cloudflare API call: the HTTP status, the Cloudflare
// error codes and messages, and the sentinel it maps to. It never holds the
// request or its headers.
type APIError struct {
	Method     string
	Path       string // relative to the base URL, without the query
	StatusCode int
	Errors     []Message
	RetryAfter time.Duration // from Retry-After on 429/503, when given
	Kind       error         // one of the sentinels
}

func (e *APIError) Error() string {
	var b strings.Builder
	b.WriteString("cloudflare: ")
	if e.Method != "" {
		b.WriteString(e.Method)
		b.WriteString(" ")
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Kind.Error())
	if e.StatusCode != 0 {
		b.WriteString(" (HTTP ")
		b.WriteString(strconv.Itoa(e.StatusCode))
		b.WriteString(")")
	}
	for i, m := range e.Errors {
		if i == 3 {
			fmt.Fprintf(&b, "; and %d more", len(e.Errors)-3)
			break
		}
		fmt.Fprintf(&b, "; code %d: %s", m.Code, truncate(m.Message, 300))
	}
	if e.RetryAfter > 0 {
		fmt.Fprintf(&b, "; retry after %s", e.RetryAfter)
	}
	return b.String()
}

// Is reports whether target is the sentinel this error maps to.
func (e *APIError) Is(target error) bool { return target == e.Kind }

// Unwrap returns the sentinel.
func (e *APIError) Unwrap() error { return e.Kind }

// HasCode reports whether Cloudflare returned the error code.
func (e *APIError) HasCode(code int) bool {
	for _, m := range e.Errors {
		if m.Code == code {
			return true
		}
	}
	return false
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// kindFor maps an HTTP status and Cloudflare error codes to a sentinel.
func kindFor(status int, errs []Message) error {
	for _, m := range errs {
		switch m.Code {
		case CodeRecordExists, CodeRecordExistsCNAME, CodeRecordExistsIdent, CodeListItemsDuplicated:
			return ErrConflict
		case CodeAuthentication, CodeInvalidAccessToken:
			if status == http.StatusForbidden {
				return ErrForbidden
			}
			return ErrUnauthorized
		case CodeRecordDoesNotExist:
			return ErrNotFound
		case CodeRateLimited:
			return ErrRateLimited
		}
	}
	switch {
	case status == http.StatusNotFound:
		return ErrNotFound
	case status == http.StatusUnauthorized:
		return ErrUnauthorized
	case status == http.StatusForbidden:
		return ErrForbidden
	case status == http.StatusConflict:
		return ErrConflict
	case status == http.StatusTooManyRequests:
		return ErrRateLimited
	case status == http.StatusRequestTimeout || status == http.StatusGatewayTimeout:
		return ErrTimeout
	case status >= 500:
		return ErrUnavailable
	case status == http.StatusRequestEntityTooLarge:
		return ErrTooLarge
	case status >= 400:
		return ErrValidation
	}
	return ErrAPI
}

// transportError is a failure below HTTP (connection refused, reset,
// truncated body, timeout). It names the sentinel and keeps a short cause.
type transportError struct {
	method, path string
	kind         error
	cause        error
}

func (e *transportError) Error() string {
	return fmt.Sprintf("cloudflare: %s %s: %s: %s", e.method, e.path, e.kind, e.cause)
}

func (e *transportError) Is(target error) bool { return target == e.kind }
func (e *transportError) Unwrap() error        { return e.cause }
