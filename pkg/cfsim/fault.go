package cfsim

import (
	"fmt"
	"path"
	"strconv"
	"strings"
	"time"
)

// FaultKind is what an injected fault does to a matching request.
type FaultKind string

const (
	// FaultRateLimit answers 429 with a Retry-After header (Fault.RetryAfter
	// seconds, default 1) and error code 971, without touching state.
	FaultRateLimit FaultKind = "429"
	// FaultServerError answers Fault.Status (500–599, default 503) without
	// touching state.
	FaultServerError FaultKind = "5xx"
	// FaultDelay waits Fault.Delay (or until the request is cancelled), then
	// serves the request normally.
	FaultDelay FaultKind = "delay"
	// FaultTruncate serves the request (state changes happen) and cuts the
	// response body after Fault.Bytes bytes (default: half of it) while the
	// Content-Length header promises the full length. In-process the body then
	// ends with io.ErrUnexpectedEOF; over a socket the connection is dropped.
	FaultTruncate FaultKind = "truncate"
	// FaultPartialBatch applies to the DNS batch endpoint: the first Fault.Ops
	// operations (in processing order: deletes, patches, puts, posts) are
	// applied and kept, then the request fails with 500. The real endpoint is
	// all-or-nothing; this fault models an interruption a client must detect by
	// reading back, and compensate. A batch of at most Ops operations completes
	// normally, and one that fails validation before the interruption point
	// fails as a whole, as without the fault.
	FaultPartialBatch FaultKind = "partial-batch"
)

// Fault makes matching requests fail or slow down.
type Fault struct {
	// Method matches the HTTP method; "" or "*" matches any.
	Method string
	// Path is a path.Match pattern over the path after /client/v4, e.g.
	// "/zones/*/dns_records" or "/zones/*/dns_records/*". "*" alone or ""
	// matches every path. A trailing "/**" matches any number of segments.
	Path string
	Kind FaultKind
	// Count is how many matching requests the fault affects; 0 means all.
	Count int

	RetryAfter int           // FaultRateLimit: seconds
	Status     int           // FaultServerError: status code
	Delay      time.Duration // FaultDelay
	Bytes      int           // FaultTruncate: body bytes kept
	Ops        int           // FaultPartialBatch: operations applied before the failure
}

type faultState struct {
	Fault
	used int
}

// SetFault adds a fault. Faults are checked in the order they were added; the
// first match with remaining count applies.
func (s *Sim) SetFault(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &faultState{Fault: f})
}

// ClearFaults removes every fault.
func (s *Sim) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = nil
}

func (f *Fault) matches(method, rel string) bool {
	if f.Method != "" && f.Method != "*" && !strings.EqualFold(f.Method, method) {
		return false
	}
	p := strings.TrimPrefix(f.Path, BasePath)
	if p == "" || p == "*" || p == "/**" {
		return true
	}
	if prefix, ok := strings.CutSuffix(p, "/**"); ok {
		segs := strings.Count(prefix, "/")
		parts := strings.SplitN(rel, "/", segs+2)
		if len(parts) < segs+1 {
			return false
		}
		head := strings.Join(parts[:segs+1], "/")
		m, _ := path.Match(prefix, head)
		return m
	}
	m, _ := path.Match(p, rel)
	return m
}

func (s *Sim) takeFault(method, rel string) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.faults {
		if f.Count > 0 && f.used >= f.Count {
			continue
		}
		if f.matches(method, rel) {
			f.used++
			c := f.Fault
			return &c
		}
	}
	return nil
}

// ParseFault parses the cfsim --fault syntax METHOD:PATH_PATTERN:KIND[:ARG[:COUNT]].
// KIND is 429 (ARG: Retry-After seconds), 5xx or a status 500–599 (ARG: status),
// delay (ARG: a Go duration such as 250ms), truncate (ARG: bytes kept) or
// partial-batch (ARG: operations applied). COUNT limits how many requests are
// affected (default all). Example: "POST:/zones/*/dns_records/batch:partial-batch:1:1".
func ParseFault(spec string) (Fault, error) {
	parts := strings.Split(spec, ":")
	if len(parts) < 3 || len(parts) > 5 {
		return Fault{}, fmt.Errorf("fault %q: want METHOD:PATH_PATTERN:KIND[:ARG[:COUNT]]", spec)
	}
	f := Fault{Method: strings.ToUpper(parts[0]), Path: parts[1]}
	if f.Path != "*" && f.Path != "" && !strings.HasPrefix(f.Path, "/") {
		return Fault{}, fmt.Errorf("fault %q: path pattern must start with / (or be *)", spec)
	}
	if _, err := path.Match(strings.TrimSuffix(f.Path, "/**"), ""); err != nil {
		return Fault{}, fmt.Errorf("fault %q: bad path pattern: %v", spec, err)
	}
	arg := ""
	if len(parts) >= 4 {
		arg = parts[3]
	}
	if len(parts) == 5 {
		n, err := strconv.Atoi(parts[4])
		if err != nil || n < 0 {
			return Fault{}, fmt.Errorf("fault %q: COUNT must be a non-negative integer", spec)
		}
		f.Count = n
	}
	intArg := func(name string, lo, hi int) (int, error) {
		if arg == "" {
			return 0, nil
		}
		n, err := strconv.Atoi(arg)
		if err != nil || n < lo || n > hi {
			return 0, fmt.Errorf("fault %q: %s must be an integer in %d..%d", spec, name, lo, hi)
		}
		return n, nil
	}
	var err error
	kind := strings.ToLower(parts[2])
	switch {
	case kind == "429":
		f.Kind = FaultRateLimit
		f.RetryAfter, err = intArg("Retry-After seconds", 0, 86400)
	case kind == "5xx":
		f.Kind = FaultServerError
		f.Status, err = intArg("status", 500, 599)
	case len(kind) == 3 && kind[0] == '5':
		f.Kind = FaultServerError
		f.Status, err = strconv.Atoi(kind)
		if err != nil {
			err = fmt.Errorf("fault %q: unknown kind %q", spec, kind)
		}
	case kind == "delay":
		f.Kind = FaultDelay
		if arg == "" {
			arg = "1s"
		}
		f.Delay, err = time.ParseDuration(arg)
		if err != nil || f.Delay < 0 {
			err = fmt.Errorf("fault %q: delay needs a duration such as 250ms", spec)
		}
	case kind == "truncate":
		f.Kind = FaultTruncate
		f.Bytes, err = intArg("bytes", 0, 1<<30)
	case kind == "partial-batch" || kind == "partial_batch":
		f.Kind = FaultPartialBatch
		f.Ops, err = intArg("operations", 0, 200)
		if arg == "" {
			f.Ops = 1
		}
	default:
		err = fmt.Errorf("fault %q: unknown kind %q (want 429, 5xx, 500-599, delay, truncate, partial-batch)", spec, parts[2])
	}
	if err != nil {
		return Fault{}, err
	}
	return f, nil
}
