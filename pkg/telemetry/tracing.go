package telemetry

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// TracerName names cfplane's tracer.
const TracerName = "github.com/cfplane/cfplane"

// Tracer returns cfplane's tracer. Until Setup installs an exporter it is the
// global no-op one: spans cost next to nothing and go nowhere.
func Tracer() trace.Tracer { return otel.Tracer(TracerName) }

// TracingEnabled says whether the standard OTLP variables ask for traces:
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT set, and
// OTEL_SDK_DISABLED not "true".
func TracingEnabled() bool {
	if os.Getenv("OTEL_SDK_DISABLED") == "true" {
		return false
	}
	return os.Getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") != "" || os.Getenv("OTEL_EXPORTER_OTLP_ENDPOINT") != ""
}

// SetupTracing installs an OTLP/HTTP trace exporter (otlp.go) as the global
// tracer provider. endpoint, when set (--otlp-endpoint), is the collector's
// base URL (http://host:4318); otherwise the standard OTEL_EXPORTER_OTLP_*
// variables configure the exporter. The returned function flushes and stops
// it.
func SetupTracing(ctx context.Context, service, version, endpoint string) (func(context.Context) error, error) {
	cfg, err := loadOTLPConfig(os.Getenv, endpoint)
	if err != nil {
		return nil, fmt.Errorf("OTLP trace exporter: %w", err)
	}
	exp := newOTLPExporter(cfg)
	res, err := resource.Merge(resource.Default(), resource.NewSchemaless(
		attribute.String("service.name", service),
		attribute.String("service.version", version),
	))
	if err != nil && !errors.Is(err, resource.ErrPartialResource) {
		res = resource.Default()
	}
	tp := sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(exp, sdktrace.WithBatchTimeout(2*time.Second)),
		sdktrace.WithResource(res),
	)
	otel.SetTracerProvider(tp)
	otel.SetTextMapPropagator(propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}))
	return tp.Shutdown, nil
}
