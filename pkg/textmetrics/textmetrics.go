// Package textmetrics is a small Prometheus metrics registry that writes
// the text exposition format (version 0.0.4) itself: counters, gauges and
// histograms with labels, and label-less values read at scrape time.
//
// The servers use it instead of the Prometheus Go client: that client links
// protobuf (its data model is protobuf messages), the OpenMetrics parser
// with an ABNF engine and go/parser, and procfs, and its package
// initialisers register a default registry with the Go and process
// collectors — pages and work in every start of every server. The format
// is small and stable; the tests parse this package's output with
// Prometheus' own parser (expfmt).
package textmetrics

import (
	"bufio"
	"io"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// ContentType is the text exposition format's media type.
const ContentType = "text/plain; version=0.0.4; charset=utf-8"

// Registry holds metric families in registration order.
type Registry struct {
	mu       sync.Mutex
	families []*family
}

type family struct {
	name, help, kind string
	labels           []string
	buckets          []float64
	series           map[string]*series
	fn               func() float64 // a value read at scrape time (no labels)
}

type series struct {
	values []string
	count  float64   // counter value, or histogram count
	sum    float64   // histogram sum
	counts []float64 // histogram: observations per bucket (not cumulative)
}

// family registers a new family of the kind.
func (r *Registry) family(kind, name, help string, labels []string, buckets []float64) *family {
	f := &family{name: name, help: help, kind: kind, labels: labels, buckets: buckets, series: map[string]*series{}}
	r.add(f)
	return f
}

func (r *Registry) add(f *family) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, g := range r.families {
		if g.name == f.name {
			panic("textmetrics: " + f.name + " registered twice")
		}
	}
	r.families = append(r.families, f)
}

// CounterVec is a counter with labels.
type CounterVec struct {
	r *Registry
	f *family
}

// Counter registers a counter.
func (r *Registry) Counter(name, help string, labels ...string) *CounterVec {
	return &CounterVec{r: r, f: r.family("counter", name, help, labels, nil)}
}

// Add adds v (>= 0) to the series of the label values.
func (c *CounterVec) Add(v float64, values ...string) {
	if v < 0 || math.IsNaN(v) {
		return
	}
	c.r.mu.Lock()
	c.f.get(values).count += v
	c.r.mu.Unlock()
}

// Inc adds one.
func (c *CounterVec) Inc(values ...string) { c.Add(1, values...) }

// Value returns the value of the series of the label values (0 when it
// does not exist yet).
func (c *CounterVec) Value(values ...string) float64 { return c.f.value(c.r, values) }

// GaugeVec is a gauge with labels: a value that goes up and down.
type GaugeVec struct {
	r *Registry
	f *family
}

// Gauge registers a gauge. A series appears once it is first set.
func (r *Registry) Gauge(name, help string, labels ...string) *GaugeVec {
	return &GaugeVec{r: r, f: r.family("gauge", name, help, labels, nil)}
}

// Set sets the series of the label values to v.
func (g *GaugeVec) Set(v float64, values ...string) {
	g.r.mu.Lock()
	g.f.get(values).count = v
	g.r.mu.Unlock()
}

// Value returns the value of the series of the label values (0 when it
// has not been set).
func (g *GaugeVec) Value(values ...string) float64 { return g.f.value(g.r, values) }

// GaugeFunc registers a label-less gauge whose value fn returns at each
// scrape. fn must not use the registry.
func (r *Registry) GaugeFunc(name, help string, fn func() float64) {
	r.add(&family{name: name, help: help, kind: "gauge", fn: fn})
}

// CounterFunc registers a label-less counter whose value fn returns at
// each scrape. fn must not use the registry.
func (r *Registry) CounterFunc(name, help string, fn func() float64) {
	r.add(&family{name: name, help: help, kind: "counter", fn: fn})
}

// Names returns the names of the registered metric families, sorted.
func (r *Registry) Names() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	names := make([]string, 0, len(r.families))
	for _, f := range r.families {
		names = append(names, f.name)
	}
	sort.Strings(names)
	return names
}

// HistogramVec is a histogram with labels.
type HistogramVec struct {
	r *Registry
	f *family
}

// Histogram registers a histogram with the given upper bounds (+Inf is
// added).
func (r *Registry) Histogram(name, help string, buckets []float64, labels ...string) *HistogramVec {
	b := append([]float64(nil), buckets...)
	sort.Float64s(b)
	return &HistogramVec{r: r, f: r.family("histogram", name, help, labels, b)}
}

// Observe records one observation.
func (h *HistogramVec) Observe(v float64, values ...string) {
	h.r.mu.Lock()
	defer h.r.mu.Unlock()
	s := h.f.get(values)
	if s.counts == nil {
		s.counts = make([]float64, len(h.f.buckets))
	}
	s.count++
	s.sum += v
	if i := sort.SearchFloat64s(h.f.buckets, v); i < len(h.f.buckets) {
		s.counts[i]++
	}
}

// Count returns the number of observations of the series of the label
// values.
func (h *HistogramVec) Count(values ...string) float64 { return h.f.value(h.r, values) }

// value returns the count of the series of values, 0 when absent.
func (f *family) value(r *Registry, values []string) float64 {
	vs := make([]string, len(f.labels))
	copy(vs, values)
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := f.series[strings.Join(vs, "\xff")]; ok {
		return s.count
	}
	return 0
}

// get returns the series of values (missing values are "", extra ones
// dropped), creating it. The caller holds the lock.
func (f *family) get(values []string) *series {
	vs := make([]string, len(f.labels))
	copy(vs, values)
	key := strings.Join(vs, "\xff")
	s, ok := f.series[key]
	if !ok {
		s = &series{values: vs}
		f.series[key] = s
	}
	return s
}

// Write writes every family in the text format, series sorted by label
// values.
func (r *Registry) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	r.mu.Lock()
	for _, f := range r.families {
		bw.WriteString("# HELP " + f.name + " " + escHelp(f.help) + "\n")
		bw.WriteString("# TYPE " + f.name + " " + f.kind + "\n")
		if f.fn != nil {
			writeSample(bw, f.name, nil, nil, "", "", f.fn())
			continue
		}
		keys := make([]string, 0, len(f.series))
		for k := range f.series {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s := f.series[k]
			if f.kind != "histogram" {
				writeSample(bw, f.name, f.labels, s.values, "", "", s.count)
				continue
			}
			cum := 0.0
			for i, ub := range f.buckets {
				if s.counts != nil {
					cum += s.counts[i]
				}
				writeSample(bw, f.name+"_bucket", f.labels, s.values, "le", formatFloat(ub), cum)
			}
			writeSample(bw, f.name+"_bucket", f.labels, s.values, "le", "+Inf", s.count)
			writeSample(bw, f.name+"_sum", f.labels, s.values, "", "", s.sum)
			writeSample(bw, f.name+"_count", f.labels, s.values, "", "", s.count)
		}
	}
	r.mu.Unlock()
	return bw.Flush()
}

func writeSample(w *bufio.Writer, name string, labels, values []string, extra, extraVal string, v float64) {
	w.WriteString(name)
	if len(labels) > 0 || extra != "" {
		w.WriteByte('{')
		n := 0
		for i, l := range labels {
			if n > 0 {
				w.WriteByte(',')
			}
			w.WriteString(l + `="` + escLabel(values[i]) + `"`)
			n++
		}
		if extra != "" {
			if n > 0 {
				w.WriteByte(',')
			}
			w.WriteString(extra + `="` + extraVal + `"`)
		}
		w.WriteByte('}')
	}
	w.WriteByte(' ')
	w.WriteString(formatFloat(v))
	w.WriteByte('\n')
}

func formatFloat(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

var (
	helpEsc  = strings.NewReplacer(`\`, `\\`, "\n", `\n`)
	labelEsc = strings.NewReplacer(`\`, `\\`, "\n", `\n`, `"`, `\"`)
)

func escHelp(s string) string  { return helpEsc.Replace(s) }
func escLabel(s string) string { return labelEsc.Replace(s) }

// Handler serves the registry.
func (r *Registry) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method != http.MethodGet && req.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed; accepted: GET, HEAD", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("Content-Type", ContentType)
		if req.Method == http.MethodHead {
			return
		}
		_ = r.Write(w)
	})
}
