package telemetry

import (
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	resourcepb "go.opentelemetry.io/proto/otlp/resource/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/protobuf/proto"
)

// captureExporter keeps what the provider hands it.
type captureExporter struct {
	mu    sync.Mutex
	res   []attribute.KeyValue
	spans []*span
	stops int
}

func (c *captureExporter) export(_ context.Context, res []attribute.KeyValue, spans []*span) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.res = res
	c.spans = append(c.spans, spans...)
	return nil
}

func (c *captureExporter) Shutdown(context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stops++
	return nil
}

func alwaysOn(t *testing.T) sampler {
	t.Helper()
	s, err := loadSampler(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var testResource = []attribute.KeyValue{attribute.String("service.name", "cloudflare_safe"), attribute.String("service.version", "v1")}

// recordSpans makes spans of every shape the exporter must carry: all
// attribute types, events, links, statuses, a remote parent, a local child,
// two instrumentation scopes (one with a version, schema and attributes).
func recordSpans(t *testing.T) ([]attribute.KeyValue, []*span) {
	t.Helper()
	capt := &captureExporter{}
	tp := newProvider(testResource, alwaysOn(t), capt, time.Hour)
	remote := trace.NewSpanContext(trace.SpanContextConfig{
		TraceID: trace.TraceID{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, SpanID: trace.SpanID{9, 9, 9, 9, 9, 9, 9, 9},
		TraceFlags: trace.FlagsSampled, Remote: true,
	})
	ts, _ := trace.ParseTraceState("vendor=abc,other=x")
	remote = remote.WithTraceState(ts)
	ctx := trace.ContextWithRemoteSpanContext(context.Background(), remote)
	tr := tp.Tracer(TracerName)
	tr2 := tp.Tracer("other", trace.WithInstrumentationVersion("1.2.3"), trace.WithSchemaURL("https://example/schema"),
		trace.WithInstrumentationAttributes(attribute.String("scope.attr", "s")))

	start := time.Unix(1700000000, 123456789)
	ctx, parent := tr.Start(ctx, "tools/call dns_record_manage", trace.WithSpanKind(trace.SpanKindServer), trace.WithTimestamp(start),
		trace.WithAttributes(
			attribute.String("s", "ünïcode"), attribute.Bool("b", true), attribute.Bool("bf", false),
			attribute.Int64("i", -42), attribute.Int("zero", 0), attribute.Float64("f", 3.25),
			attribute.StringSlice("ss", []string{"a", "", "c"}), attribute.Int64Slice("is", []int64{1, -2}),
			attribute.Float64Slice("fs", []float64{0.5}), attribute.BoolSlice("bs", []bool{true, false}),
		),
		trace.WithLinks(trace.Link{SpanContext: remote, Attributes: []attribute.KeyValue{attribute.String("l", "v")}}))
	parent.AddEvent("retry", trace.WithTimestamp(start.Add(time.Millisecond)), trace.WithAttributes(attribute.Int("attempt", 2)))
	parent.AddEvent("bare", trace.WithTimestamp(start.Add(2*time.Millisecond)))
	parent.SetStatus(codes.Error, "refused")
	_, child := tr.Start(ctx, "cloudflare GET /zones/{id}", trace.WithSpanKind(trace.SpanKindClient), trace.WithTimestamp(start.Add(time.Millisecond)))
	child.SetStatus(codes.Ok, "")
	child.End(trace.WithTimestamp(start.Add(3 * time.Millisecond)))
	_, other := tr2.Start(context.Background(), "internal", trace.WithTimestamp(start))
	other.End(trace.WithTimestamp(start.Add(time.Second)))
	parent.End(trace.WithTimestamp(start.Add(5 * time.Millisecond)))
	_, producer := tr.Start(ctx, "p", trace.WithSpanKind(trace.SpanKindProducer), trace.WithTimestamp(start))
	producer.End(trace.WithTimestamp(start))
	if err := tp.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(capt.spans) != 4 {
		t.Fatalf("%d spans recorded", len(capt.spans))
	}
	return capt.res, capt.spans
}

// --- the OTLP mapping of the upstream exporter (otlptrace/internal/
// tracetransform, v1.47.0), restated over the generated messages to check
// the hand encoding.

func refValue(v attribute.Value) *commonpb.AnyValue {
	av := &commonpb.AnyValue{}
	arr := func(vs []attribute.Value) *commonpb.AnyValue_ArrayValue {
		out := &commonpb.ArrayValue{}
		for _, x := range vs {
			out.Values = append(out.Values, refValue(x))
		}
		return &commonpb.AnyValue_ArrayValue{ArrayValue: out}
	}
	switch v.Type() {
	case attribute.BOOL:
		av.Value = &commonpb.AnyValue_BoolValue{BoolValue: v.AsBool()}
	case attribute.INT64:
		av.Value = &commonpb.AnyValue_IntValue{IntValue: v.AsInt64()}
	case attribute.FLOAT64:
		av.Value = &commonpb.AnyValue_DoubleValue{DoubleValue: v.AsFloat64()}
	case attribute.STRING:
		av.Value = &commonpb.AnyValue_StringValue{StringValue: v.AsString()}
	case attribute.BOOLSLICE:
		var vs []attribute.Value
		for _, x := range v.AsBoolSlice() {
			vs = append(vs, attribute.BoolValue(x))
		}
		av.Value = arr(vs)
	case attribute.INT64SLICE:
		var vs []attribute.Value
		for _, x := range v.AsInt64Slice() {
			vs = append(vs, attribute.Int64Value(x))
		}
		av.Value = arr(vs)
	case attribute.FLOAT64SLICE:
		var vs []attribute.Value
		for _, x := range v.AsFloat64Slice() {
			vs = append(vs, attribute.Float64Value(x))
		}
		av.Value = arr(vs)
	case attribute.STRINGSLICE:
		var vs []attribute.Value
		for _, x := range v.AsStringSlice() {
			vs = append(vs, attribute.StringValue(x))
		}
		av.Value = arr(vs)
	}
	return av
}

func refKVs(kvs []attribute.KeyValue) []*commonpb.KeyValue {
	var out []*commonpb.KeyValue
	for _, kv := range kvs {
		out = append(out, &commonpb.KeyValue{Key: string(kv.Key), Value: refValue(kv.Value)})
	}
	return out
}

func refFlags(tf trace.TraceFlags, parent trace.SpanContext) uint32 {
	f := uint32(tf) | uint32(tracepb.SpanFlags_SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK)
	if parent.IsRemote() {
		f |= uint32(tracepb.SpanFlags_SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK)
	}
	return f
}

func refSpan(sd *span) *tracepb.Span {
	sc := sd.sc
	tid, sid := sc.TraceID(), sc.SpanID()
	st := &tracepb.Status{Message: sd.statusMsg}
	switch sd.status {
	case codes.Ok:
		st.Code = tracepb.Status_STATUS_CODE_OK
	case codes.Error:
		st.Code = tracepb.Status_STATUS_CODE_ERROR
	}
	s := &tracepb.Span{
		TraceId: tid[:], SpanId: sid[:], TraceState: sc.TraceState().String(), Status: st,
		StartTimeUnixNano: uint64(sd.start.UnixNano()), EndTimeUnixNano: uint64(sd.end.UnixNano()),
		Kind: tracepb.Span_SpanKind(sd.kind), Name: sd.name, Attributes: refKVs(sd.attrs),
		DroppedAttributesCount: uint32(sd.droppedAttrs), DroppedEventsCount: uint32(sd.droppedEvents),
		DroppedLinksCount: uint32(sd.droppedLinks),
	}
	for _, l := range sd.links {
		ltid, lsid := l.SpanContext.TraceID(), l.SpanContext.SpanID()
		s.Links = append(s.Links, &tracepb.Span_Link{TraceId: ltid[:], SpanId: lsid[:], TraceState: l.SpanContext.TraceState().String(),
			Attributes: refKVs(l.Attributes), Flags: refFlags(l.SpanContext.TraceFlags(), l.SpanContext)})
	}
	for _, e := range sd.events {
		s.Events = append(s.Events, &tracepb.Span_Event{Name: e.name, TimeUnixNano: uint64(e.time.UnixNano()), Attributes: refKVs(e.attrs)})
	}
	if p := sd.parent.SpanID(); p.IsValid() {
		s.ParentSpanId = p[:]
	}
	s.Flags = refFlags(sc.TraceFlags(), sd.parent)
	return s
}

func refRequest(res []attribute.KeyValue, spans []*span) *coltracepb.ExportTraceServiceRequest {
	rs := &tracepb.ResourceSpans{Resource: &resourcepb.Resource{Attributes: refKVs(res)}}
	scopes := map[scope]*tracepb.ScopeSpans{}
	for _, sd := range spans {
		sc := sd.tracer.scope
		ss := scopes[sc]
		if ss == nil {
			var attrs []attribute.KeyValue
			it := sc.attrs.Iter()
			for it.Next() {
				attrs = append(attrs, it.Attribute())
			}
			ss = &tracepb.ScopeSpans{Scope: &commonpb.InstrumentationScope{Name: sc.name, Version: sc.version, Attributes: refKVs(attrs)}, SchemaUrl: sc.schemaURL}
			scopes[sc] = ss
			rs.ScopeSpans = append(rs.ScopeSpans, ss)
		}
		ss.Spans = append(ss.Spans, refSpan(sd))
	}
	return &coltracepb.ExportTraceServiceRequest{ResourceSpans: []*tracepb.ResourceSpans{rs}}
}

func TestOTLPEncodingMatchesTheOTLPMessages(t *testing.T) {
	res, spans := recordSpans(t)
	var got coltracepb.ExportTraceServiceRequest
	if err := proto.Unmarshal(encodeTraceRequest(res, spans), &got); err != nil {
		t.Fatalf("the generated OTLP messages do not decode the exporter's output: %v", err)
	}
	want := refRequest(res, spans)
	if !proto.Equal(&got, want) {
		t.Fatalf("encoding differs from the OTLP mapping\n got: %v\nwant: %v", &got, want)
	}
	// A few fields by hand, so a shared mistake in both mappings shows.
	s := got.ResourceSpans[0].ScopeSpans[0].Spans[0]
	if s.Name != "cloudflare GET /zones/{id}" || s.Kind != tracepb.Span_SPAN_KIND_CLIENT || len(s.ParentSpanId) != 8 ||
		s.Status.GetCode() != tracepb.Status_STATUS_CODE_OK || s.Flags != 0x101 || s.TraceState != "vendor=abc,other=x" {
		t.Errorf("child span: %v", s)
	}
	if p := got.ResourceSpans[0].ScopeSpans[0].Spans[1]; p.Flags != 0x301 || p.Kind != tracepb.Span_SPAN_KIND_SERVER || len(p.Events) != 2 ||
		len(p.Links) != 1 || p.Links[0].Flags != 0x301 || p.Status.GetMessage() != "refused" || len(p.Attributes) != 10 {
		t.Errorf("span with a remote parent: %v", p)
	}
	if len(got.ResourceSpans[0].ScopeSpans) != 2 || got.ResourceSpans[0].ScopeSpans[1].Scope.GetVersion() != "1.2.3" {
		t.Errorf("scopes: %v", got.ResourceSpans[0].ScopeSpans)
	}
	if a := got.ResourceSpans[0].Resource.GetAttributes(); len(a) != 2 || a[0].Key != "service.name" || a[0].Value.GetStringValue() != "cloudflare_safe" {
		t.Errorf("resource %v", a)
	}
}

// collector is a fake OTLP/HTTP collector on 127.0.0.1.
type collector struct {
	mu       sync.Mutex
	requests []*http.Request
	bodies   []*coltracepb.ExportTraceServiceRequest
	respond  func(n int, w http.ResponseWriter)
}

func (c *collector) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var rd io.Reader = r.Body
	if r.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(r.Body)
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		rd = zr
	}
	data, _ := io.ReadAll(rd)
	var req coltracepb.ExportTraceServiceRequest
	if err := proto.Unmarshal(data, &req); err != nil {
		http.Error(w, err.Error(), 400)
		return
	}
	c.requests = append(c.requests, r)
	c.bodies = append(c.bodies, &req)
	if c.respond != nil {
		c.respond(len(c.requests), w)
	}
}

func spanNames(reqs []*coltracepb.ExportTraceServiceRequest) []string {
	var names []string
	for _, r := range reqs {
		for _, rs := range r.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				for _, s := range ss.Spans {
					names = append(names, s.Name)
				}
			}
		}
	}
	return names
}

func TestSetupTracingSendsToACollector(t *testing.T) {
	col := &collector{}
	srv := httptest.NewServer(col)
	defer srv.Close()
	env := map[string]string{
		"OTEL_EXPORTER_OTLP_ENDPOINT":    srv.URL + "/base",
		"OTEL_EXPORTER_OTLP_HEADERS":     "api-key=s3cr%3Dt%2Cx, x-team = edge",
		"OTEL_EXPORTER_OTLP_COMPRESSION": "gzip",
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
	shutdown, err := SetupTracing(context.Background(), "cloudflare_safe", "v9", "")
	if err != nil {
		t.Fatal(err)
	}
	_, span := Tracer().Start(context.Background(), "tools/call zone_list", trace.WithAttributes(attribute.String("mcp.tool.name", "zone_list")))
	span.End()
	if err := shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	col.mu.Lock()
	defer col.mu.Unlock()
	if len(col.requests) != 1 {
		t.Fatalf("%d requests reached the collector", len(col.requests))
	}
	r := col.requests[0]
	if r.URL.Path != "/base/v1/traces" || r.Method != "POST" || r.Header.Get("Content-Type") != "application/x-protobuf" ||
		r.Header.Get("Content-Encoding") != "gzip" || r.Header.Get("Api-Key") != "s3cr=t,x" || r.Header.Get("X-Team") != "edge" {
		t.Errorf("request: %s %s %v", r.Method, r.URL.Path, r.Header)
	}
	if names := spanNames(col.bodies); len(names) != 1 || names[0] != "tools/call zone_list" {
		t.Errorf("spans %v", names)
	}
	res := map[string]string{}
	for _, kv := range col.bodies[0].ResourceSpans[0].Resource.Attributes {
		res[kv.Key] = kv.Value.GetStringValue()
	}
	if res["service.name"] != "cloudflare_safe" || res["service.version"] != "v9" || res["telemetry.sdk.language"] != "go" {
		t.Errorf("resource %v", res)
	}
}

func testExporter(t *testing.T, col *collector) (*otlpExporter, *[]time.Duration) {
	t.Helper()
	srv := httptest.NewServer(col)
	t.Cleanup(srv.Close)
	cfg, err := loadOTLPConfig(func(string) string { return "" }, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	e := newOTLPExporter(cfg)
	var waits []time.Duration
	e.sleep = func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }
	return e, &waits
}

func TestOTLPRetriesTransientFailures(t *testing.T) {
	col := &collector{respond: func(n int, w http.ResponseWriter) {
		switch n {
		case 1:
			w.Header().Set("Retry-After", "3")
			w.WriteHeader(http.StatusServiceUnavailable)
		case 2:
			w.WriteHeader(http.StatusTooManyRequests)
		}
	}}
	e, waits := testExporter(t, col)
	if err := e.export(context.Background(), testResource, spansOnly(t)); err != nil {
		t.Fatal(err)
	}
	if len(col.requests) != 3 || len(*waits) != 2 || (*waits)[0] != 3*time.Second || (*waits)[1] != 500*time.Millisecond {
		t.Errorf("%d requests, waits %v; want 3 requests, waits [3s 500ms] (Retry-After, then backoff)", len(col.requests), *waits)
	}
}

func TestOTLPPermanentFailureIsNotRetried(t *testing.T) {
	col := &collector{respond: func(_ int, w http.ResponseWriter) {
		http.Error(w, "bad span: missing trace id", http.StatusBadRequest)
	}}
	e, waits := testExporter(t, col)
	err := e.export(context.Background(), testResource, spansOnly(t))
	if err == nil || !strings.Contains(err.Error(), "400") || !strings.Contains(err.Error(), "missing trace id") {
		t.Fatalf("error %v; want the status and the collector's message", err)
	}
	if len(col.requests) != 1 || len(*waits) != 0 {
		t.Errorf("%d requests, %d waits for a 400", len(col.requests), len(*waits))
	}
}

func TestOTLPGivesUpAfterBoundedTries(t *testing.T) {
	col := &collector{respond: func(_ int, w http.ResponseWriter) { w.WriteHeader(http.StatusBadGateway) }}
	e, _ := testExporter(t, col)
	if err := e.export(context.Background(), testResource, spansOnly(t)); err == nil || !strings.Contains(err.Error(), "502") {
		t.Fatalf("error %v", err)
	}
	if len(col.requests) != e.cfg.maxTries {
		t.Errorf("%d requests, want %d", len(col.requests), e.cfg.maxTries)
	}
}

func TestOTLPPartialSuccessIsReported(t *testing.T) {
	col := &collector{respond: func(_ int, w http.ResponseWriter) {
		b, _ := proto.Marshal(&coltracepb.ExportTraceServiceResponse{PartialSuccess: &coltracepb.ExportTracePartialSuccess{RejectedSpans: 2, ErrorMessage: "too old"}})
		w.Header().Set("Content-Type", "application/x-protobuf")
		_, _ = w.Write(b)
	}}
	e, _ := testExporter(t, col)
	err := e.export(context.Background(), testResource, spansOnly(t))
	if err == nil || !strings.Contains(err.Error(), "rejected 2 spans: too old") {
		t.Fatalf("error %v", err)
	}
	if n, msg := decodePartialSuccess(nil); n != 0 || msg != "" {
		t.Errorf("empty response read as partial success %d %q", n, msg)
	}
}

func TestOTLPStopsAfterShutdown(t *testing.T) {
	col := &collector{}
	e, _ := testExporter(t, col)
	if err := e.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := e.export(context.Background(), testResource, spansOnly(t)); err != nil || len(col.requests) != 0 {
		t.Errorf("export after shutdown: %v, %d requests", err, len(col.requests))
	}
}

func TestOTLPConfig(t *testing.T) {
	envOf := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, c := range []struct {
		name    string
		env     map[string]string
		flag    string
		url     string
		errHas  string
		timeout time.Duration
	}{
		{name: "flag is a base URL", flag: "http://col:4318", url: "http://col:4318/v1/traces"},
		{name: "flag wins over env", flag: "http://col:4318/", env: map[string]string{"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://x/y"}, url: "http://col:4318/v1/traces"},
		{name: "traces endpoint as given", env: map[string]string{"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "https://col/custom", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://other"}, url: "https://col/custom"},
		{name: "traces endpoint without path", env: map[string]string{"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://col:4318"}, url: "http://col:4318/"},
		{name: "base endpoint", env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://col:4318/p"}, url: "http://col:4318/p/v1/traces"},
		{name: "timeout", env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c", "OTEL_EXPORTER_OTLP_TRACES_TIMEOUT": "2500", "OTEL_EXPORTER_OTLP_TIMEOUT": "1"}, url: "http://c/v1/traces", timeout: 2500 * time.Millisecond},
		{name: "no endpoint", errHas: "no OTLP endpoint"},
		{name: "no scheme", flag: "col:4318", errHas: "--otlp-endpoint"},
		{name: "bad env endpoint", env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "ftp://c"}, errHas: "OTEL_EXPORTER_OTLP_ENDPOINT"},
		{name: "grpc", env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c", "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc"}, errHas: "http/protobuf"},
		{name: "json", env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c", "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL": "http/json"}, errHas: "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL"},
		{name: "protobuf", env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c", "OTEL_EXPORTER_OTLP_PROTOCOL": "http/protobuf"}, url: "http://c/v1/traces"},
		{name: "compression", env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c", "OTEL_EXPORTER_OTLP_COMPRESSION": "zstd"}, errHas: "gzip or none"},
		{name: "timeout", env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c", "OTEL_EXPORTER_OTLP_TIMEOUT": "10s"}, errHas: "milliseconds"},
		{name: "client cert alone", env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "https://c", "OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE": "/x"}, errHas: "set both"},
		{name: "missing CA", env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "https://c", "OTEL_EXPORTER_OTLP_CERTIFICATE": "/nonexistent/ca.pem"}, errHas: "OTEL_EXPORTER_OTLP_CERTIFICATE"},
	} {
		cfg, err := loadOTLPConfig(envOf(c.env), c.flag)
		switch {
		case c.errHas != "":
			if err == nil || !strings.Contains(err.Error(), c.errHas) {
				t.Errorf("%s: error %v, want one naming %q", c.name, err, c.errHas)
			}
		case err != nil:
			t.Errorf("%s: %v", c.name, err)
		case cfg.URL != c.url:
			t.Errorf("%s: URL %q, want %q", c.name, cfg.URL, c.url)
		case c.timeout != 0 && cfg.Timeout != c.timeout:
			t.Errorf("%s: timeout %v", c.name, cfg.Timeout)
		}
	}
}

// A header that cannot be used is refused without echoing its value:
// OTLP headers usually carry the collector's credentials.
func TestOTLPHeaderErrorsHideValues(t *testing.T) {
	const canary = "CANARY-otlp-9f8e7d"
	for _, h := range []string{"api-key " + canary, "bad key=" + canary, "k=%zz" + canary} {
		_, err := loadOTLPConfig(func(k string) string {
			return map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c", "OTEL_EXPORTER_OTLP_HEADERS": "ok=1," + h}[k]
		}, "")
		if err == nil || !strings.Contains(err.Error(), "entry 2") {
			t.Errorf("%q: error %v", h, err)
		} else if strings.Contains(err.Error(), canary) {
			t.Errorf("the error echoes the header value: %v", err)
		}
	}
	cfg, err := loadOTLPConfig(func(k string) string {
		return map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c", "OTEL_EXPORTER_OTLP_HEADERS": "a=1,b=2", "OTEL_EXPORTER_OTLP_TRACES_HEADERS": "b=3"}[k]
	}, "")
	if err != nil || cfg.Headers["a"] != "1" || cfg.Headers["b"] != "3" {
		t.Errorf("traces headers override per key: %v %v", cfg.Headers, err)
	}
}

// An unreachable collector is a transient failure, bounded by the timeout.
func TestOTLPUnreachableCollector(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	cfg, err := loadOTLPConfig(func(string) string { return "" }, url)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Timeout = 30 * time.Second
	e := newOTLPExporter(cfg)
	tries := 0
	e.sleep = func(context.Context, time.Duration) error { tries++; return nil }
	err = e.export(context.Background(), testResource, spansOnly(t))
	if err == nil || tries != cfg.maxTries-1 {
		t.Errorf("error %v after %d retries", err, tries)
	}
}

func spansOnly(t *testing.T) []*span {
	_, s := recordSpans(t)
	return s
}

// An endpoint may carry credentials in its userinfo or query; errors name
// the collector by scheme, host and path only.
func TestOTLPEndpointErrorsHideCredentials(t *testing.T) {
	const canary = "CANARY-otlp-endpoint-4c1b"
	// Refused at configuration: a scheme that is not http(s).
	for _, raw := range []string{"ftp://user:" + canary + "@collector:4318", "grpc://collector:4317/?token=" + canary, "http://user:" + canary + "@%zz"} {
		_, err := loadOTLPConfig(func(string) string { return "" }, raw)
		if err == nil {
			t.Fatalf("%q accepted", raw)
		}
		if strings.Contains(err.Error(), canary) {
			t.Errorf("the error echoes the endpoint's credentials: %v", err)
		}
	}
	// Refused at export: the collector answers 400 and then cannot be reached.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { http.Error(w, "no", http.StatusBadRequest) }))
	defer srv.Close()
	withCreds := strings.Replace(srv.URL, "http://", "http://user:"+canary+"@", 1) + "/?token=" + canary
	cfg, err := loadOTLPConfig(func(string) string { return "" }, withCreds)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Timeout, cfg.maxTries = 2*time.Second, 1
	e := newOTLPExporter(cfg)
	if err := e.export(context.Background(), testResource, spansOnly(t)); err == nil || strings.Contains(err.Error(), canary) || !strings.Contains(err.Error(), "127.0.0.1") {
		t.Errorf("export error: %v", err)
	}
	srv.Close()
	if err := e.export(context.Background(), testResource, spansOnly(t)); err == nil || strings.Contains(err.Error(), canary) {
		t.Errorf("export error: %v", err)
	}
}
