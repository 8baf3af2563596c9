package telemetry

import (
	"context"
	"fmt"
	"os"
	"time"

	"go.opentelemetry.io/otel/trace"
)

// TracerName names cfplane's tracer.
const TracerName = "github.com/cfplane/cfplane"

// Tracer returns cfplane's tracer. Until Setup installs an exporter it is a
// no-op one: spans cost next to nothing and go nowhere.
func Tracer() trace.Tracer { return (*installed.Load()).Tracer(TracerName) }

// TracingEnabled says whether the standard OTLP variables ask for traces:
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT set, and
// OTEL_SDK_DISABLED not "true".
func TracingEnabled() bool {
	if os.Getenv("OTEL_SDK_DISABLED") == "true" {
		return false
	}
	return os.Getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") != "" || os.Getenv("OTEL_EXPORTER_OTLP_ENDPOINT") != ""
}

// SetupTracing installs cfplane's span recorder (tracer.go) with the
// OTLP/HTTP exporter (otlp.go) as the provider Tracer uses. endpoint, when
// set (--otlp-endpoint), is the collector's base URL (http://host:4318);
// otherwise the standard OTEL_EXPORTER_OTLP_* variables configure the
// exporter. The returned function flushes and stops it.
func SetupTracing(ctx context.Context, service, version, endpoint string) (func(context.Context) error, error) {
	cfg, err := loadOTLPConfig(os.Getenv, endpoint)
	if err != nil {
		return nil, fmt.Errorf("OTLP trace exporter: %w", err)
	}
	sample, err := loadSampler(os.Getenv)
	if err != nil {
		return nil, fmt.Errorf("traces: %w", err)
	}
	res, err := loadResource(os.Getenv, service, version)
	if err != nil {
		return nil, fmt.Errorf("traces: %w", err)
	}
	p := newProvider(res, sample, newOTLPExporter(cfg), 2*time.Second)
	restore := SetTracerProvider(p)
	return func(ctx context.Context) error {
		restore()
		return p.Shutdown(ctx)
	}, nil
}
