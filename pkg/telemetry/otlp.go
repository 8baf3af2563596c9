package telemetry

// A small OTLP/HTTP trace exporter (protobuf over HTTP, the OTLP default).
//
// Why not go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp:
// it links grpc, grpc-gateway, genproto and the generated OTLP messages (its
// config and the collector's service definition import them), 2.5 MB of
// the binary and a dozen package inits that every start pays for, to send
// one POST of a message with a dozen fields. This file encodes the spans of
// tracer.go with the protobuf wire format (wire.go) and
// speaks the OTLP/HTTP rules: the standard OTEL_EXPORTER_OTLP_* variables,
// gzip, retries on 429/502/503/504 honouring Retry-After, partial success.
// otlp_test.go decodes its output with the generated OTLP messages and
// compares it with the upstream exporter's mapping.

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// otlpConfig is the exporter's configuration: the standard variables
// (OTEL_EXPORTER_OTLP_TRACES_* over OTEL_EXPORTER_OTLP_*), then --otlp-endpoint.
type otlpConfig struct {
	URL      string // full traces URL (…/v1/traces)
	shown    string // URL without userinfo and query, for messages
	Headers  map[string]string
	Gzip     bool
	Timeout  time.Duration
	TLS      *tls.Config // nil: the default roots
	maxTries int
}

const defaultOTLPTimeout = 10 * time.Second

// otlpEnv reads one variable, the traces-specific one first.
func otlpEnv(getenv func(string) string, key string) (name, value string) {
	for _, n := range []string{"OTEL_EXPORTER_OTLP_TRACES_" + key, "OTEL_EXPORTER_OTLP_" + key} {
		if v := strings.TrimSpace(getenv(n)); v != "" {
			return n, v
		}
	}
	return "", ""
}

// loadOTLPConfig builds the configuration. endpoint (--otlp-endpoint) is a
// base URL to which /v1/traces is appended, like OTEL_EXPORTER_OTLP_ENDPOINT;
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is used as given. Values that cannot be
// used are errors naming the variable (never echoing header values, which
// often carry credentials).
func loadOTLPConfig(getenv func(string) string, endpoint string) (otlpConfig, error) {
	cfg := otlpConfig{Timeout: defaultOTLPTimeout, maxTries: 5}
	parse := func(what, raw string) (*url.URL, error) {
		u, err := url.Parse(raw)
		if err != nil {
			return nil, fmt.Errorf("%s is not a URL; give the collector's URL, e.g. http://otel-collector:4318", what)
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("%s %q is not accepted; give the collector's URL, e.g. http://otel-collector:4318", what, shownURL(u))
		}
		return u, nil
	}
	switch {
	case endpoint != "":
		u, err := parse("--otlp-endpoint", endpoint)
		if err != nil {
			return cfg, err
		}
		cfg.URL = u.JoinPath("v1/traces").String()
	case strings.TrimSpace(getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")) != "":
		u, err := parse("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", strings.TrimSpace(getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")))
		if err != nil {
			return cfg, err
		}
		if u.Path == "" {
			u.Path = "/"
		}
		cfg.URL = u.String()
	case strings.TrimSpace(getenv("OTEL_EXPORTER_OTLP_ENDPOINT")) != "":
		u, err := parse("OTEL_EXPORTER_OTLP_ENDPOINT", strings.TrimSpace(getenv("OTEL_EXPORTER_OTLP_ENDPOINT")))
		if err != nil {
			return cfg, err
		}
		cfg.URL = u.JoinPath("v1/traces").String()
	default:
		return cfg, errors.New("no OTLP endpoint: set --otlp-endpoint or OTEL_EXPORTER_OTLP_ENDPOINT")
	}
	if u, err := url.Parse(cfg.URL); err == nil {
		cfg.shown = shownURL(u)
	}
	if n, v := otlpEnv(getenv, "PROTOCOL"); v != "" && v != "http/protobuf" {
		return cfg, fmt.Errorf("%s=%q is not supported: traces are sent over OTLP/HTTP with protobuf (http/protobuf)", n, v)
	}
	if n, v := otlpEnv(getenv, "COMPRESSION"); v != "" {
		switch v {
		case "gzip":
			cfg.Gzip = true
		case "none":
		default:
			return cfg, fmt.Errorf("%s=%q is not accepted; use gzip or none", n, v)
		}
	}
	if n, v := otlpEnv(getenv, "TIMEOUT"); v != "" {
		ms, err := strconv.Atoi(v)
		if err != nil || ms <= 0 {
			return cfg, fmt.Errorf("%s=%q is not accepted; give a positive number of milliseconds", n, v)
		}
		cfg.Timeout = time.Duration(ms) * time.Millisecond
	}
	// Generic headers first, traces-specific ones override per key.
	for _, n := range []string{"OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_TRACES_HEADERS"} {
		v := strings.TrimSpace(getenv(n))
		if v == "" {
			continue
		}
		if cfg.Headers == nil {
			cfg.Headers = map[string]string{}
		}
		for i, pair := range strings.Split(v, ",") {
			k, val, ok := strings.Cut(pair, "=")
			k = strings.TrimSpace(k)
			dec, err := url.PathUnescape(val)
			if !ok || !validHeaderName(k) || err != nil {
				return cfg, fmt.Errorf("%s: entry %d is not accepted; give comma-separated name=value pairs with URL-encoded values", n, i+1)
			}
			cfg.Headers[k] = strings.TrimSpace(dec)
		}
	}
	if strings.HasPrefix(cfg.URL, "https:") {
		t, err := otlpTLS(getenv)
		if err != nil {
			return cfg, err
		}
		cfg.TLS = t
	}
	return cfg, nil
}

func validHeaderName(k string) bool {
	if k == "" {
		return false
	}
	for _, c := range []byte(k) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
			return false
		}
	}
	return true
}

// otlpTLS reads OTEL_EXPORTER_OTLP_(TRACES_)CERTIFICATE (the collector's CA)
// and CLIENT_CERTIFICATE/CLIENT_KEY (mutual TLS). nil when none is set.
func otlpTLS(getenv func(string) string) (*tls.Config, error) {
	nCA, ca := otlpEnv(getenv, "CERTIFICATE")
	nCert, cert := otlpEnv(getenv, "CLIENT_CERTIFICATE")
	nKey, key := otlpEnv(getenv, "CLIENT_KEY")
	if ca == "" && cert == "" && key == "" {
		return nil, nil
	}
	c := &tls.Config{MinVersion: tls.VersionTLS12}
	if ca != "" {
		pem, err := os.ReadFile(ca)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", nCA, err)
		}
		c.RootCAs = x509.NewCertPool()
		if !c.RootCAs.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("%s: %s holds no PEM certificate", nCA, ca)
		}
	}
	if cert != "" || key != "" {
		if cert == "" || key == "" {
			return nil, errors.New("OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE and OTEL_EXPORTER_OTLP_CLIENT_KEY go together; set both or neither")
		}
		pair, err := tls.LoadX509KeyPair(cert, key)
		if err != nil {
			return nil, fmt.Errorf("%s/%s: %w", nCert, nKey, err)
		}
		c.Certificates = []tls.Certificate{pair}
	}
	return c, nil
}

// otlpExporter posts batches of spans as OTLP/HTTP protobuf.
type otlpExporter struct {
	cfg     otlpConfig
	client  *http.Client
	stopped atomic.Bool
	// sleep waits between retries (tests replace it).
	sleep func(context.Context, time.Duration) error
}

// shownURL is u without userinfo and query, which may carry credentials:
// what messages name the collector by.
func shownURL(u *url.URL) string {
	c := *u
	c.User, c.RawQuery, c.ForceQuery, c.Fragment, c.RawFragment = nil, "", false, "", ""
	return c.String()
}

func newOTLPExporter(cfg otlpConfig) *otlpExporter {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if cfg.TLS != nil {
		tr.TLSClientConfig = cfg.TLS
	}
	return &otlpExporter{cfg: cfg, client: &http.Client{Transport: tr}, sleep: sleepCtx}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// export sends one batch, retrying transient failures within the
// configured timeout.
func (e *otlpExporter) export(ctx context.Context, res []attribute.KeyValue, spans []*span) error {
	if e.stopped.Load() || len(spans) == 0 {
		return nil
	}
	body := encodeTraceRequest(res, spans)
	if e.cfg.Gzip {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		if _, err := zw.Write(body); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		body = b.Bytes()
	}
	ctx, cancel := context.WithTimeout(ctx, e.cfg.Timeout)
	defer cancel()
	backoff := 500 * time.Millisecond
	var last error
	for try := 1; ; try++ {
		retry, wait, err := e.post(ctx, body)
		if err == nil || !retry || try >= e.cfg.maxTries {
			return err
		}
		last = err
		if wait <= 0 {
			wait = backoff
			backoff = min(2*backoff, 8*time.Second)
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return fmt.Errorf("%w (no time left to retry within %s)", last, e.cfg.Timeout)
		}
		if err := e.sleep(ctx, wait); err != nil {
			return errors.Join(last, err)
		}
	}
}

// post makes one attempt: retry says whether the failure is transient,
// wait is the collector's Retry-After.
func (e *otlpExporter) post(ctx context.Context, body []byte) (retry bool, wait time.Duration, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.cfg.URL, bytes.NewReader(body))
	if err != nil {
		return false, 0, err
	}
	for k, v := range e.cfg.Headers {
		req.Header.Set(k, v)
	}
	req.Header.Set("Content-Type", "application/x-protobuf")
	req.Header.Set("User-Agent", "cfplane OTLP/HTTP trace exporter")
	if e.cfg.Gzip {
		req.Header.Set("Content-Encoding", "gzip")
	}
	resp, err := e.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return false, 0, fmt.Errorf("sending traces to %s: %w", e.cfg.shown, ctx.Err())
		}
		// The client's error repeats the request URL, query included.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return true, 0, fmt.Errorf("sending traces to %s: %w", e.cfg.shown, err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode >= 200 && resp.StatusCode <= 299 {
		if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/x-protobuf") {
			if n, msg := decodePartialSuccess(data); n != 0 || msg != "" {
				return false, 0, fmt.Errorf("OTLP partial success: the collector rejected %d spans: %s", n, msg)
			}
		}
		return false, 0, nil
	}
	msg := strings.TrimSpace(string(data))
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/x-protobuf") {
		msg = decodeStatusMessage(data)
	}
	if msg == "" {
		msg = "(empty)"
	}
	if len(msg) > 512 {
		msg = msg[:512] + "…"
	}
	err = fmt.Errorf("sending traces to %s: %s (body: %s)", e.cfg.shown, resp.Status, msg)
	switch resp.StatusCode {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		if s, perr := strconv.Atoi(strings.TrimSpace(resp.Header.Get("Retry-After"))); perr == nil && s >= 0 {
			wait = time.Duration(s) * time.Second
		}
		return true, wait, err
	}
	return false, 0, err
}

// Shutdown stops the exporter; later batches are dropped.
func (e *otlpExporter) Shutdown(ctx context.Context) error {
	e.stopped.Store(true)
	e.client.CloseIdleConnections()
	return ctx.Err()
}

// ---- protobuf encoding of opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest

func appendMsg(b []byte, num wireNum, msg []byte) []byte {
	b = appendTag(b, num, wireBytes)
	return appendWireBytes(b, msg)
}

func appendStr(b []byte, num wireNum, s string) []byte {
	if s == "" {
		return b
	}
	b = appendTag(b, num, wireBytes)
	return appendWireString(b, s)
}

func appendVarint(b []byte, num wireNum, v uint64) []byte {
	if v == 0 {
		return b
	}
	b = appendTag(b, num, wireVarint)
	return appendUvarint(b, v)
}

func appendFixed64(b []byte, num wireNum, v uint64) []byte {
	if v == 0 {
		return b
	}
	b = appendTag(b, num, wireFixed64)
	return appendWireFixed64(b, v)
}

func clampCount(n int) uint64 {
	if n < 0 {
		return 0
	}
	return uint64(min(int64(n), math.MaxUint32))
}

func unixNano(t time.Time) uint64 { return uint64(max(0, t.UnixNano())) }

// encodeTraceRequest: one ResourceSpans, one ScopeSpans per
// instrumentation scope in the order they first appear.
func encodeTraceRequest(res []attribute.KeyValue, spans []*span) []byte {
	type scopeGroup struct {
		scope *scope
		spans [][]byte
	}
	var groups []*scopeGroup
	for _, s := range spans {
		var g *scopeGroup
		for _, c := range groups {
			if *c.scope == s.tracer.scope {
				g = c
				break
			}
		}
		if g == nil {
			g = &scopeGroup{scope: &s.tracer.scope}
			groups = append(groups, g)
		}
		g.spans = append(g.spans, encodeSpan(s))
	}
	var r []byte
	for _, kv := range res {
		r = appendMsg(r, 1, encodeKeyValue(kv))
	}
	rs := appendMsg(nil, 1, r)
	for _, g := range groups {
		var sc []byte
		sc = appendStr(sc, 1, g.scope.name)
		sc = appendStr(sc, 2, g.scope.version)
		it := g.scope.attrs.Iter()
		for it.Next() {
			sc = appendMsg(sc, 3, encodeKeyValue(it.Attribute()))
		}
		ss := appendMsg(nil, 1, sc)
		for _, sp := range g.spans {
			ss = appendMsg(ss, 2, sp)
		}
		ss = appendStr(ss, 3, g.scope.schemaURL)
		rs = appendMsg(rs, 2, ss)
	}
	return appendMsg(nil, 1, rs)
}

// spanFlags: the W3C trace flags plus "is-remote known" and "is remote".
func spanFlags(tf trace.TraceFlags, parent trace.SpanContext) uint32 {
	f := uint32(tf) | 0x100
	if parent.IsRemote() {
		f |= 0x200
	}
	return f
}

// encodeSpan: opentelemetry.proto.trace.v1.Span.
func encodeSpan(s *span) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	sc := s.sc
	tid, sid := sc.TraceID(), sc.SpanID()
	var b []byte
	b = appendTag(b, 1, wireBytes)
	b = appendWireBytes(b, tid[:])
	b = appendTag(b, 2, wireBytes)
	b = appendWireBytes(b, sid[:])
	b = appendStr(b, 3, sc.TraceState().String())
	if psid := s.parent.SpanID(); psid.IsValid() {
		b = appendTag(b, 4, wireBytes)
		b = appendWireBytes(b, psid[:])
	}
	b = appendStr(b, 5, s.name)
	b = appendVarint(b, 6, uint64(s.kind))
	b = appendFixed64(b, 7, unixNano(s.start))
	b = appendFixed64(b, 8, unixNano(s.end))
	for _, kv := range s.attrs {
		b = appendMsg(b, 9, encodeKeyValue(kv))
	}
	b = appendVarint(b, 10, clampCount(s.droppedAttrs))
	for _, ev := range s.events {
		var e []byte
		e = appendFixed64(e, 1, unixNano(ev.time))
		e = appendStr(e, 2, ev.name)
		for _, kv := range ev.attrs {
			e = appendMsg(e, 3, encodeKeyValue(kv))
		}
		b = appendMsg(b, 11, e)
	}
	b = appendVarint(b, 12, clampCount(s.droppedEvents))
	for _, l := range s.links {
		ltid, lsid := l.SpanContext.TraceID(), l.SpanContext.SpanID()
		var e []byte
		e = appendTag(e, 1, wireBytes)
		e = appendWireBytes(e, ltid[:])
		e = appendTag(e, 2, wireBytes)
		e = appendWireBytes(e, lsid[:])
		e = appendStr(e, 3, l.SpanContext.TraceState().String())
		for _, kv := range l.Attributes {
			e = appendMsg(e, 4, encodeKeyValue(kv))
		}
		e = appendTag(e, 6, wireFixed32)
		e = appendWireFixed32(e, spanFlags(l.SpanContext.TraceFlags(), l.SpanContext))
		b = appendMsg(b, 13, e)
	}
	b = appendVarint(b, 14, clampCount(s.droppedLinks))
	var st []byte
	st = appendStr(st, 2, s.statusMsg)
	switch s.status {
	case codes.Ok:
		st = appendVarint(st, 3, 1)
	case codes.Error:
		st = appendVarint(st, 3, 2)
	}
	b = appendMsg(b, 15, st)
	b = appendTag(b, 16, wireFixed32)
	return appendWireFixed32(b, spanFlags(sc.TraceFlags(), s.parent))
}

func encodeKeyValue(kv attribute.KeyValue) []byte {
	b := appendStr(nil, 1, string(kv.Key))
	return appendMsg(b, 2, encodeValue(kv.Value))
}

// encodeValue: opentelemetry.proto.common.v1.AnyValue.
func encodeValue(v attribute.Value) []byte {
	var b []byte
	array := func(n int, item func(i int) []byte) []byte {
		var arr []byte
		for i := 0; i < n; i++ {
			arr = appendMsg(arr, 1, item(i))
		}
		return appendMsg(b, 5, arr)
	}
	switch v.Type() {
	case attribute.STRING:
		b = appendTag(b, 1, wireBytes)
		b = appendWireString(b, v.AsString())
	case attribute.BOOL:
		b = appendTag(b, 2, wireVarint)
		b = appendUvarint(b, boolVarint(v.AsBool()))
	case attribute.INT64:
		b = appendTag(b, 3, wireVarint)
		b = appendUvarint(b, uint64(v.AsInt64()))
	case attribute.FLOAT64:
		b = appendTag(b, 4, wireFixed64)
		b = appendWireFixed64(b, math.Float64bits(v.AsFloat64()))
	case attribute.BYTESLICE:
		b = appendTag(b, 7, wireBytes)
		b = appendWireBytes(b, v.AsByteSlice())
	case attribute.BOOLSLICE:
		s := v.AsBoolSlice()
		b = array(len(s), func(i int) []byte { return encodeValue(attribute.BoolValue(s[i])) })
	case attribute.INT64SLICE:
		s := v.AsInt64Slice()
		b = array(len(s), func(i int) []byte { return encodeValue(attribute.Int64Value(s[i])) })
	case attribute.FLOAT64SLICE:
		s := v.AsFloat64Slice()
		b = array(len(s), func(i int) []byte { return encodeValue(attribute.Float64Value(s[i])) })
	case attribute.STRINGSLICE:
		s := v.AsStringSlice()
		b = array(len(s), func(i int) []byte { return encodeValue(attribute.StringValue(s[i])) })
	case attribute.SLICE:
		s := v.AsSlice()
		b = array(len(s), func(i int) []byte { return encodeValue(s[i]) })
	case attribute.MAP:
		var kvl []byte
		for _, kv := range v.AsMap() {
			kvl = appendMsg(kvl, 1, encodeKeyValue(kv))
		}
		b = appendMsg(b, 6, kvl)
	case attribute.EMPTY:
	default:
		b = appendTag(b, 1, wireBytes)
		b = appendWireString(b, "INVALID")
	}
	return b
}

// decodePartialSuccess reads ExportTraceServiceResponse.partial_success
// (field 1: rejected_spans = 1, error_message = 2).
func decodePartialSuccess(data []byte) (rejected int64, msg string) {
	ps := protoField(data, 1)
	if ps == nil {
		return 0, ""
	}
	for len(ps) > 0 {
		num, typ, n := consumeTag(ps)
		if n < 0 {
			return rejected, msg
		}
		ps = ps[n:]
		switch {
		case num == 1 && typ == wireVarint:
			v, m := consumeUvarint(ps)
			if m < 0 {
				return rejected, msg
			}
			rejected, ps = int64(v), ps[m:]
		case num == 2 && typ == wireBytes:
			v, m := consumeWireString(ps)
			if m < 0 {
				return rejected, msg
			}
			msg, ps = v, ps[m:]
		default:
			m := consumeFieldValue(num, typ, ps)
			if m < 0 {
				return rejected, msg
			}
			ps = ps[m:]
		}
	}
	return rejected, msg
}

// decodeStatusMessage reads google.rpc.Status.message (field 2), the body
// OTLP/HTTP collectors send with a failure.
func decodeStatusMessage(data []byte) string {
	return string(protoField(data, 2))
}

// protoField returns the last length-delimited field num of a message.
func protoField(data []byte, want wireNum) []byte {
	var out []byte
	for len(data) > 0 {
		num, typ, n := consumeTag(data)
		if n < 0 {
			return out
		}
		data = data[n:]
		if num == want && typ == wireBytes {
			v, m := consumeWireBytes(data)
			if m < 0 {
				return out
			}
			out, data = v, data[m:]
			continue
		}
		m := consumeFieldValue(num, typ, data)
		if m < 0 {
			return out
		}
		data = data[m:]
	}
	return out
}
