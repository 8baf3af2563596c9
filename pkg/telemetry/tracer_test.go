package telemetry

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

func testProvider(t *testing.T, env map[string]string) (*provider, *captureExporter) {
	t.Helper()
	s, err := loadSampler(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	capt := &captureExporter{}
	p := newProvider(testResource, s, capt, time.Hour)
	t.Cleanup(func() { _ = p.Shutdown(context.Background()) })
	return p, capt
}

func exported(t *testing.T, p *provider, c *captureExporter) []*span {
	t.Helper()
	if err := p.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.spans
}

func TestSpansFormATree(t *testing.T) {
	p, c := testProvider(t, nil)
	tr := p.Tracer(TracerName)
	ctx, root := tr.Start(context.Background(), "root", trace.WithSpanKind(trace.SpanKindServer))
	_, child := tr.Start(ctx, "child")
	_, fresh := tr.Start(ctx, "new root", trace.WithNewRoot())
	child.End()
	fresh.End()
	root.End()
	spans := exported(t, p, c)
	if len(spans) != 3 {
		t.Fatalf("%d spans", len(spans))
	}
	ch, nr, rt := spans[0], spans[1], spans[2]
	if ch.sc.TraceID() != rt.sc.TraceID() || ch.parent.SpanID() != rt.sc.SpanID() || ch.sc.SpanID() == rt.sc.SpanID() {
		t.Errorf("child %v is not under root %v", ch.sc, rt.sc)
	}
	if rt.parent.IsValid() || nr.parent.IsValid() || nr.sc.TraceID() == rt.sc.TraceID() {
		t.Errorf("roots: %v %v", rt.parent, nr.sc)
	}
	if ch.kind != trace.SpanKindInternal || rt.kind != trace.SpanKindServer {
		t.Errorf("kinds %v %v; an unspecified kind is internal", ch.kind, rt.kind)
	}
	if !rt.sc.IsSampled() || rt.end.Before(rt.start) {
		t.Errorf("root %v %v..%v", rt.sc.TraceFlags(), rt.start, rt.end)
	}
}

func TestSampling(t *testing.T) {
	unsampledParent := trace.ContextWithRemoteSpanContext(context.Background(), trace.NewSpanContext(trace.SpanContextConfig{
		TraceID: trace.TraceID{1}, SpanID: trace.SpanID{2}, Remote: true}))
	sampledParent := trace.ContextWithRemoteSpanContext(context.Background(), trace.NewSpanContext(trace.SpanContextConfig{
		TraceID: trace.TraceID{1}, SpanID: trace.SpanID{2}, Remote: true, TraceFlags: trace.FlagsSampled}))
	for _, c := range []struct {
		sampler, arg string
		ctx          context.Context
		want         bool
	}{
		{"", "", context.Background(), true},
		{"", "", unsampledParent, false},
		{"", "", sampledParent, true},
		{"always_on", "", unsampledParent, true},
		{"always_off", "", sampledParent, false},
		{"parentbased_always_off", "", context.Background(), false},
		{"parentbased_always_off", "", sampledParent, true},
		{"traceidratio", "0", context.Background(), false},
		{"traceidratio", "1", context.Background(), true},
		{"parentbased_traceidratio", "0", sampledParent, true},
	} {
		p, capt := testProvider(t, map[string]string{"OTEL_TRACES_SAMPLER": c.sampler, "OTEL_TRACES_SAMPLER_ARG": c.arg})
		ctx, s := p.Tracer("x").Start(c.ctx, "s")
		if s.IsRecording() != c.want {
			t.Errorf("%s(%s) with parent %v: recording %v", c.sampler, c.arg, trace.SpanContextFromContext(c.ctx), s.IsRecording())
		}
		// Unsampled spans still carry a context for their children.
		if sc := trace.SpanContextFromContext(ctx); !sc.IsValid() || sc.IsSampled() != c.want {
			t.Errorf("%s: span context %v", c.sampler, sc)
		}
		s.End()
		if n := len(exported(t, p, capt)); (n == 1) != c.want {
			t.Errorf("%s(%s): %d spans exported", c.sampler, c.arg, n)
		}
	}
	// traceidratio compares the trace id's low 63 bits with the ratio.
	half, _ := loadSampler(func(k string) string {
		return map[string]string{"OTEL_TRACES_SAMPLER": "traceidratio", "OTEL_TRACES_SAMPLER_ARG": "0.5"}[k]
	})
	low := trace.TraceID{8: 0x10}
	high := trace.TraceID{8: 0xf0}
	if !half(trace.SpanContext{}, low) || half(trace.SpanContext{}, high) {
		t.Error("traceidratio 0.5 does not split trace ids at the middle")
	}
	for _, bad := range []map[string]string{
		{"OTEL_TRACES_SAMPLER": "jaeger_remote"},
		{"OTEL_TRACES_SAMPLER": "traceidratio", "OTEL_TRACES_SAMPLER_ARG": "2"},
		{"OTEL_TRACES_SAMPLER": "parentbased_traceidratio", "OTEL_TRACES_SAMPLER_ARG": "half"},
	} {
		if _, err := loadSampler(func(k string) string { return bad[k] }); err == nil || !strings.Contains(err.Error(), "OTEL_TRACES_SAMPLER") {
			t.Errorf("%v: error %v", bad, err)
		}
	}
}

func TestSpanRules(t *testing.T) {
	p, c := testProvider(t, nil)
	tr := p.Tracer("x")
	_, a := tr.Start(context.Background(), "a", trace.WithAttributes(attribute.String("k", "1")))
	a.SetAttributes(attribute.String("k", "2"), attribute.String("", "invalid"), attribute.Int("n", 1))
	a.SetStatus(codes.Error, "first")
	a.SetStatus(codes.Ok, "ignored description")
	a.SetStatus(codes.Error, "after ok")
	a.RecordError(&fs.PathError{Op: "open", Path: "/x", Err: errors.New("denied")})
	a.RecordError(nil)
	a.SetName("a2")
	a.End()
	a.End()
	a.SetAttributes(attribute.String("late", "x"))

	_, b := tr.Start(context.Background(), "b")
	b.SetStatus(codes.Error, "boom")
	b.SetStatus(codes.Unset, "")
	for i := 0; i < maxAttributes+5; i++ {
		b.SetAttributes(attribute.Int("k"+strings.Repeat("x", i), i))
	}
	for i := 0; i < maxEvents+2; i++ {
		b.AddEvent("e")
	}
	b.AddLink(trace.Link{}) // invalid: ignored
	b.End()

	spans := exported(t, p, c)
	if len(spans) != 2 {
		t.Fatalf("%d spans exported; a span ended twice is exported once", len(spans))
	}
	sa, sb := spans[0], spans[1]
	if sa.name != "a2" || len(sa.attrs) != 2 || sa.attrs[0].Value.AsString() != "2" {
		t.Errorf("attributes %v (same key replaced, invalid and late ones ignored), name %q", sa.attrs, sa.name)
	}
	if sa.status != codes.Ok || sa.statusMsg != "" {
		t.Errorf("status %v %q; Ok is final and carries no description", sa.status, sa.statusMsg)
	}
	if len(sa.events) != 1 || sa.events[0].name != "exception" || sa.events[0].attrs[0].Value.AsString() != "*fs.PathError" ||
		sa.events[0].attrs[1].Value.AsString() != "open /x: denied" {
		t.Errorf("RecordError events %+v", sa.events)
	}
	if sb.status != codes.Error || sb.statusMsg != "boom" {
		t.Errorf("status %v %q; Unset does not clear Error", sb.status, sb.statusMsg)
	}
	if len(sb.attrs) != maxAttributes || sb.droppedAttrs != 5 || len(sb.events) != maxEvents || sb.droppedEvents != 2 || len(sb.links) != 0 {
		t.Errorf("limits: %d attrs (%d dropped), %d events (%d dropped), %d links", len(sb.attrs), sb.droppedAttrs, len(sb.events), sb.droppedEvents, len(sb.links))
	}
}

func TestBatchingAndQueueBounds(t *testing.T) {
	p, c := testProvider(t, nil)
	tr := p.Tracer("x")
	// A full batch goes out without waiting for the (hour-long) timer.
	for i := 0; i < exportBatchSize; i++ {
		_, s := tr.Start(context.Background(), "s")
		s.End()
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		c.mu.Lock()
		n := len(c.spans)
		c.mu.Unlock()
		if n == exportBatchSize {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d spans exported after a full batch", n)
		}
		time.Sleep(10 * time.Millisecond)
	}

	// Past the queue's bound spans are dropped, and the drop is reported.
	var reported []error
	var mu sync.Mutex
	prev := onExportError
	onExportError = func(err error) { mu.Lock(); reported = append(reported, err); mu.Unlock() }
	defer func() { onExportError = prev }()
	p.mu.Lock()
	for i := 0; i < queueSize; i++ {
		p.queue = append(p.queue, &span{tracer: &tracer{p: p}})
	}
	p.mu.Unlock()
	_, s := tr.Start(context.Background(), "over")
	s.End()
	p.flush(context.Background())
	mu.Lock()
	defer mu.Unlock()
	if len(reported) != 1 || !strings.Contains(reported[0].Error(), "dropped 1 spans") {
		t.Errorf("reported %v", reported)
	}
}

func TestShutdownFlushesAndStops(t *testing.T) {
	p, c := testProvider(t, nil)
	tr := p.Tracer("x")
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				ctx, s := tr.Start(context.Background(), "s")
				_, ch := tr.Start(ctx, "c")
				ch.SetAttributes(attribute.Int("i", i))
				ch.End()
				s.End()
			}
		}()
	}
	wg.Wait()
	if n := len(exported(t, p, c)); n != 800 {
		t.Errorf("%d spans exported at shutdown, want 800", n)
	}
	if c.stops != 1 {
		t.Errorf("exporter stopped %d times", c.stops)
	}
	_, s := tr.Start(context.Background(), "late")
	s.End()
	p.flush(context.Background())
	if n := len(c.spans); n != 800 {
		t.Errorf("a span ended after shutdown was exported (%d)", n)
	}
	if err := p.Shutdown(context.Background()); err != nil {
		t.Errorf("second shutdown: %v", err)
	}
}

func TestResourceFromEnv(t *testing.T) {
	res, err := loadResource(func(k string) string {
		return map[string]string{
			"OTEL_RESOURCE_ATTRIBUTES": "deployment.environment=prod, team=edge%20ops,service.name=from-attrs",
			"OTEL_SERVICE_NAME":        "from-env",
		}[k]
	}, "cloudflare_safe", "v2")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, kv := range res {
		got[string(kv.Key)] = kv.Value.AsString()
	}
	want := map[string]string{"deployment.environment": "prod", "team": "edge ops", "service.name": "cloudflare_safe",
		"service.version": "v2", "telemetry.sdk.language": "go", "telemetry.sdk.name": "cfplane", "telemetry.sdk.version": "v2"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	const canary = "CANARY-res-5d4c"
	_, err = loadResource(func(k string) string {
		return map[string]string{"OTEL_RESOURCE_ATTRIBUTES": "a=1,token " + canary}[k]
	}, "s", "v")
	if err == nil || !strings.Contains(err.Error(), "entry 2") || strings.Contains(err.Error(), canary) {
		t.Errorf("bad OTEL_RESOURCE_ATTRIBUTES: %v", err)
	}
}

// Tracer uses the installed provider; SetTracerProvider's restore puts the
// previous one back.
func TestTracerFollowsTheInstalledProvider(t *testing.T) {
	if _, s := Tracer().Start(context.Background(), "x"); s.IsRecording() {
		t.Fatal("the default tracer records")
	}
	p, c := testProvider(t, nil)
	restore := SetTracerProvider(p)
	_, s := Tracer().Start(context.Background(), "x")
	s.End()
	restore()
	if _, s := Tracer().Start(context.Background(), "y"); s.IsRecording() {
		t.Error("restore left the provider installed")
	}
	if spans := exported(t, p, c); len(spans) != 1 || spans[0].tracer.scope.name != TracerName {
		t.Errorf("spans %v", spans)
	}
}
