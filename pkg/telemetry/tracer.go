package telemetry

// cfplane's span recorder: an implementation of the OpenTelemetry trace API
// (go.opentelemetry.io/otel/trace) that records spans and hands them in
// batches to the OTLP/HTTP exporter of otlp.go.
//
// Why not the OpenTelemetry SDK (go.opentelemetry.io/otel/sdk/trace with the
// go.opentelemetry.io/otel global): the SDK, its resource detection and
// self-observability metrics (semconv, otelconv, the metric and log APIs,
// logr, auto/sdk) add 0.75 MB to each server that reaches Cloudflare, and
// every byte of a binary is paged in at start. cfplane's instrumentation
// only starts spans, sets attributes and statuses and ends them; the parts of
// the SDK's behaviour it relies on are restated here and tested in
// tracer_test.go: parent-based sampling (OTEL_TRACES_SAMPLER), span limits,
// status precedence, resource attributes from OTEL_RESOURCE_ATTRIBUTES and
// OTEL_SERVICE_NAME, a bounded batching queue flushed on shutdown. Tests may
// install the SDK's provider with SetTracerProvider.

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/embedded"
	"go.opentelemetry.io/otel/trace/noop"
)

// The installed provider; no-op until SetupTracing (or a test) sets one.
var installed atomic.Pointer[trace.TracerProvider]

func init() {
	var tp trace.TracerProvider = noop.NewTracerProvider()
	installed.Store(&tp)
}

// SetTracerProvider installs tp as the provider Tracer uses and returns a
// function that puts the previous one back.
func SetTracerProvider(tp trace.TracerProvider) (restore func()) {
	prev := installed.Swap(&tp)
	return func() { installed.Store(prev) }
}

// Span limits (the OpenTelemetry defaults).
const (
	maxAttributes   = 128
	maxEvents       = 128
	maxLinks        = 128
	queueSize       = 2048
	exportBatchSize = 512
)

// sampler decides whether a new span is recorded and exported.
type sampler func(parent trace.SpanContext, tid trace.TraceID) bool

// loadSampler reads OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG; the
// default is parentbased_always_on.
func loadSampler(getenv func(string) string) (sampler, error) {
	name := strings.TrimSpace(getenv("OTEL_TRACES_SAMPLER"))
	arg := strings.TrimSpace(getenv("OTEL_TRACES_SAMPLER_ARG"))
	ratio := func() (sampler, error) {
		f := 1.0
		if arg != "" {
			var err error
			f, err = strconv.ParseFloat(arg, 64)
			if err != nil || f < 0 || f > 1 {
				return nil, fmt.Errorf("OTEL_TRACES_SAMPLER_ARG=%q is not accepted; give a ratio between 0 and 1", arg)
			}
		}
		bound := uint64(f * (1 << 63))
		return func(_ trace.SpanContext, tid trace.TraceID) bool {
			return f >= 1 || binary.BigEndian.Uint64(tid[8:16])>>1 < bound
		}, nil
	}
	parentBased := func(root sampler) sampler {
		return func(parent trace.SpanContext, tid trace.TraceID) bool {
			if parent.IsValid() {
				return parent.IsSampled()
			}
			return root(parent, tid)
		}
	}
	on := func(trace.SpanContext, trace.TraceID) bool { return true }
	off := func(trace.SpanContext, trace.TraceID) bool { return false }
	switch name {
	case "", "parentbased_always_on":
		return parentBased(on), nil
	case "always_on":
		return on, nil
	case "always_off":
		return off, nil
	case "parentbased_always_off":
		return parentBased(off), nil
	case "traceidratio":
		return ratio()
	case "parentbased_traceidratio":
		r, err := ratio()
		if err != nil {
			return nil, err
		}
		return parentBased(r), nil
	}
	return nil, fmt.Errorf("OTEL_TRACES_SAMPLER=%q is not supported; use always_on, always_off, traceidratio or their parentbased_ forms", name)
}

// loadResource: OTEL_RESOURCE_ATTRIBUTES, then OTEL_SERVICE_NAME, then the
// server's name and version and the SDK attributes.
func loadResource(getenv func(string) string, service, version string) ([]attribute.KeyValue, error) {
	attrs := map[string]string{}
	var order []string
	set := func(k, v string) {
		if _, ok := attrs[k]; !ok {
			order = append(order, k)
		}
		attrs[k] = v
	}
	if v := strings.TrimSpace(getenv("OTEL_RESOURCE_ATTRIBUTES")); v != "" {
		for i, pair := range strings.Split(v, ",") {
			k, val, ok := strings.Cut(pair, "=")
			k = strings.TrimSpace(k)
			dec, err := url.PathUnescape(strings.TrimSpace(val))
			if !ok || k == "" || err != nil {
				return nil, fmt.Errorf("OTEL_RESOURCE_ATTRIBUTES: entry %d is not accepted; give comma-separated key=value pairs with URL-encoded values", i+1)
			}
			set(k, dec)
		}
	}
	if v := strings.TrimSpace(getenv("OTEL_SERVICE_NAME")); v != "" {
		set("service.name", v)
	}
	if service == "" {
		service = "unknown_service:" + filepath.Base(os.Args[0])
	}
	set("service.name", service)
	if version != "" {
		set("service.version", version)
	}
	set("telemetry.sdk.language", "go")
	set("telemetry.sdk.name", "cfplane")
	if version != "" {
		set("telemetry.sdk.version", version)
	}
	out := make([]attribute.KeyValue, 0, len(order))
	for _, k := range order {
		out = append(out, attribute.String(k, attrs[k]))
	}
	return out, nil
}

// provider records spans and queues ended, sampled ones for export.
type provider struct {
	embedded.TracerProvider
	resource []attribute.KeyValue
	sample   sampler
	exporter spanExporter

	mu       sync.Mutex
	queue    []*span
	dropped  int
	stopped  bool
	kick     chan struct{}
	done     chan struct{}
	stop     chan struct{}
	shutdown sync.Once
	// flushEvery is the batch timeout.
	flushEvery time.Duration
}

// spanExporter is what the provider hands its batches to (otlp.go).
type spanExporter interface {
	export(ctx context.Context, resource []attribute.KeyValue, spans []*span) error
	Shutdown(ctx context.Context) error
}

// onExportError reports a failed batch (stderr through the standard
// logger, like the SDK's default error handler); tests replace it.
var onExportError = func(err error) {
	fmt.Fprintf(os.Stderr, "cfplane: traces: %v\n", err)
}

func newProvider(res []attribute.KeyValue, s sampler, exp spanExporter, flushEvery time.Duration) *provider {
	p := &provider{resource: res, sample: s, exporter: exp, kick: make(chan struct{}, 1),
		done: make(chan struct{}), stop: make(chan struct{}), flushEvery: flushEvery}
	go p.run()
	return p
}

func (p *provider) Tracer(name string, opts ...trace.TracerOption) trace.Tracer {
	c := trace.NewTracerConfig(opts...)
	return &tracer{p: p, scope: scope{name: name, version: c.InstrumentationVersion(), schemaURL: c.SchemaURL(), attrs: c.InstrumentationAttributes()}}
}

// enqueue takes an ended span; a full queue drops it (counted).
func (p *provider) enqueue(s *span) {
	p.mu.Lock()
	if p.stopped {
		p.mu.Unlock()
		return
	}
	if len(p.queue) >= queueSize {
		p.dropped++
		p.mu.Unlock()
		return
	}
	p.queue = append(p.queue, s)
	full := len(p.queue) >= exportBatchSize
	p.mu.Unlock()
	if full {
		select {
		case p.kick <- struct{}{}:
		default:
		}
	}
}

func (p *provider) run() {
	defer close(p.done)
	t := time.NewTicker(p.flushEvery)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
		case <-p.kick:
		}
		p.flush(context.Background())
	}
}

// flush exports everything queued, in batches.
func (p *provider) flush(ctx context.Context) {
	for {
		p.mu.Lock()
		n := min(len(p.queue), exportBatchSize)
		batch := p.queue[:n:n]
		p.queue = p.queue[n:]
		dropped := p.dropped
		p.dropped = 0
		p.mu.Unlock()
		if dropped > 0 {
			onExportError(fmt.Errorf("dropped %d spans: the export queue (%d) was full", dropped, queueSize))
		}
		if n == 0 {
			return
		}
		if err := p.exporter.export(ctx, p.resource, batch); err != nil {
			onExportError(err)
		}
	}
}

// Shutdown stops recording, exports what is queued and stops the exporter.
func (p *provider) Shutdown(ctx context.Context) error {
	var err error
	p.shutdown.Do(func() {
		close(p.stop)
		<-p.done
		p.flush(ctx)
		p.mu.Lock()
		p.stopped = true
		p.mu.Unlock()
		err = p.exporter.Shutdown(ctx)
	})
	return err
}

type scope struct {
	name, version, schemaURL string
	attrs                    attribute.Set
}

type tracer struct {
	embedded.Tracer
	p     *provider
	scope scope
}

func newIDs(parent trace.SpanContext) (trace.TraceID, trace.SpanID) {
	var tid trace.TraceID
	var sid trace.SpanID
	if parent.IsValid() {
		tid = parent.TraceID()
	}
	for !tid.IsValid() {
		binary.BigEndian.PutUint64(tid[:8], rand.Uint64())
		binary.BigEndian.PutUint64(tid[8:], rand.Uint64())
	}
	for !sid.IsValid() {
		binary.BigEndian.PutUint64(sid[:], rand.Uint64())
	}
	return tid, sid
}

func (t *tracer) Start(ctx context.Context, name string, opts ...trace.SpanStartOption) (context.Context, trace.Span) {
	cfg := trace.NewSpanStartConfig(opts...)
	var parent trace.SpanContext
	if !cfg.NewRoot() {
		parent = trace.SpanContextFromContext(ctx)
	}
	tid, sid := newIDs(parent)
	sampled := t.p.sample(parent, tid)
	scc := trace.SpanContextConfig{TraceID: tid, SpanID: sid, TraceState: parent.TraceState()}
	if sampled {
		scc.TraceFlags = trace.FlagsSampled
	}
	sc := trace.NewSpanContext(scc)
	if !sampled {
		ns := nonRecordingSpan{sc: sc, tp: t.p}
		return trace.ContextWithSpan(ctx, ns), ns
	}
	kind := cfg.SpanKind()
	if kind < trace.SpanKindInternal || kind > trace.SpanKindConsumer {
		kind = trace.SpanKindInternal
	}
	start := cfg.Timestamp()
	if start.IsZero() {
		start = time.Now()
	}
	s := &span{tracer: t, sc: sc, parent: parent, name: name, kind: kind, start: start}
	s.SetAttributes(cfg.Attributes()...)
	for _, l := range cfg.Links() {
		s.AddLink(l)
	}
	return trace.ContextWithSpan(ctx, s), s
}

// span is a recording span.
type span struct {
	embedded.Span
	tracer *tracer
	sc     trace.SpanContext
	parent trace.SpanContext
	kind   trace.SpanKind

	mu                                        sync.Mutex
	name                                      string
	start, end                                time.Time
	attrs                                     []attribute.KeyValue
	events                                    []event
	links                                     []trace.Link
	status                                    codes.Code
	statusMsg                                 string
	droppedAttrs, droppedEvents, droppedLinks int
	ended                                     bool
}

type event struct {
	name  string
	time  time.Time
	attrs []attribute.KeyValue
}

func (s *span) SpanContext() trace.SpanContext { return s.sc }

func (s *span) IsRecording() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.ended
}

func (s *span) SetName(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.ended {
		s.name = name
	}
}

// SetAttributes replaces attributes of the same key and drops new keys past
// the limit. Invalid attributes are ignored.
func (s *span) SetAttributes(kvs ...attribute.KeyValue) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return
	}
next:
	for _, kv := range kvs {
		if !kv.Valid() {
			continue
		}
		for i := range s.attrs {
			if s.attrs[i].Key == kv.Key {
				s.attrs[i] = kv
				continue next
			}
		}
		if len(s.attrs) >= maxAttributes {
			s.droppedAttrs++
			continue
		}
		s.attrs = append(s.attrs, kv)
	}
}

func (s *span) AddEvent(name string, opts ...trace.EventOption) {
	cfg := trace.NewEventConfig(opts...)
	s.addEvent(name, cfg.Timestamp(), cfg.Attributes())
}

func (s *span) addEvent(name string, ts time.Time, attrs []attribute.KeyValue) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return
	}
	if len(s.events) >= maxEvents {
		s.droppedEvents++
		return
	}
	if ts.IsZero() {
		ts = time.Now()
	}
	s.events = append(s.events, event{name: name, time: ts, attrs: attrs})
}

func (s *span) AddLink(l trace.Link) {
	if !l.SpanContext.IsValid() {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return
	}
	if len(s.links) >= maxLinks {
		s.droppedLinks++
		return
	}
	s.links = append(s.links, l)
}

// RecordError adds an "exception" event, as the SDK does.
func (s *span) RecordError(err error, opts ...trace.EventOption) {
	if err == nil {
		return
	}
	cfg := trace.NewEventConfig(opts...)
	t := reflect.TypeOf(err)
	typ := t.String()
	if t.PkgPath() != "" {
		typ = t.PkgPath() + "." + t.Name()
	}
	attrs := append([]attribute.KeyValue{
		attribute.String("exception.type", typ),
		attribute.String("exception.message", err.Error()),
	}, cfg.Attributes()...)
	s.addEvent("exception", cfg.Timestamp(), attrs)
}

// SetStatus: Ok is final, Error overrides Unset, a description is kept
// only with Error.
func (s *span) SetStatus(code codes.Code, description string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended || code == codes.Unset || s.status == codes.Ok {
		return
	}
	s.status = code
	s.statusMsg = ""
	if code == codes.Error {
		s.statusMsg = description
	}
}

func (s *span) End(opts ...trace.SpanEndOption) {
	cfg := trace.NewSpanEndConfig(opts...)
	end := cfg.Timestamp()
	if end.IsZero() {
		end = time.Now()
	}
	s.mu.Lock()
	if s.ended {
		s.mu.Unlock()
		return
	}
	s.ended = true
	s.end = end
	s.mu.Unlock()
	s.tracer.p.enqueue(s)
}

func (s *span) TracerProvider() trace.TracerProvider { return s.tracer.p }

// nonRecordingSpan carries the context of a span that is not sampled.
type nonRecordingSpan struct {
	embedded.Span
	sc trace.SpanContext
	tp *provider
}

func (n nonRecordingSpan) SpanContext() trace.SpanContext        { return n.sc }
func (nonRecordingSpan) IsRecording() bool                       { return false }
func (nonRecordingSpan) SetName(string)                          {}
func (nonRecordingSpan) SetAttributes(...attribute.KeyValue)     {}
func (nonRecordingSpan) AddEvent(string, ...trace.EventOption)   {}
func (nonRecordingSpan) AddLink(trace.Link)                      {}
func (nonRecordingSpan) RecordError(error, ...trace.EventOption) {}
func (nonRecordingSpan) SetStatus(codes.Code, string)            {}
func (nonRecordingSpan) End(...trace.SpanEndOption)              {}
func (n nonRecordingSpan) TracerProvider() trace.TracerProvider  { return n.tp }
