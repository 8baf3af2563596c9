package textmetrics

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// The output parses with Prometheus' own text parser, with the values,
// labels (escaped) and histogram buckets recorded.
func TestParsesWithExpfmt(t *testing.T) {
	var r Registry
	calls := r.Counter("x_calls_total", "Calls by tool and outcome.\nSecond line with a \\ backslash.", "tool", "outcome")
	lat := r.Histogram("x_latency_seconds", "Latency.", []float64{0.1, 0.01, 1}, "tool")
	r.Counter("x_empty_total", "Never incremented.", "kind")
	calls.Inc("a", "ok")
	calls.Inc("a", "ok")
	calls.Add(3, `we"ird\tool`+"\n", "fault")
	calls.Add(-1, "a", "ok") // ignored: counters only go up
	for _, v := range []float64{0.005, 0.05, 0.5, 5} {
		lat.Observe(v, "a")
	}
	srv := httptest.NewServer(r.Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != ContentType {
		t.Errorf("Content-Type %q", ct)
	}
	if got := expfmt.ResponseFormat(resp.Header); got.FormatType() != expfmt.TypeTextPlain {
		t.Errorf("format %v", got)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := p.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	c := fams["x_calls_total"]
	if c == nil || c.GetHelp() != "Calls by tool and outcome.\nSecond line with a \\ backslash." || len(c.Metric) != 2 {
		t.Fatalf("calls: %v", c)
	}
	got := map[string]float64{}
	for _, m := range c.Metric {
		got[m.Label[0].GetValue()+"|"+m.Label[1].GetValue()] = m.GetCounter().GetValue()
	}
	if got["a|ok"] != 2 || got[`we"ird\tool`+"\n|fault"] != 3 {
		t.Errorf("counter values %v", got)
	}
	h := fams["x_latency_seconds"].Metric[0].GetHistogram()
	if h.GetSampleCount() != 4 || h.GetSampleSum() != 5.555 {
		t.Errorf("histogram count %d sum %v", h.GetSampleCount(), h.GetSampleSum())
	}
	want := map[float64]uint64{0.01: 1, 0.1: 2, 1: 3}
	for _, b := range h.Bucket {
		if w, ok := want[b.GetUpperBound()]; ok && b.GetCumulativeCount() != w {
			t.Errorf("bucket le=%v: %d, want %d", b.GetUpperBound(), b.GetCumulativeCount(), w)
		}
	}
	if f := fams["x_empty_total"]; f != nil && len(f.Metric) != 0 {
		t.Errorf("a family without series has samples: %v", f)
	}
}

func TestMethodsAndDuplicates(t *testing.T) {
	var r Registry
	r.Counter("a_total", "A.")
	rec := httptest.NewRecorder()
	r.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/metrics", nil))
	if rec.Code != http.StatusMethodNotAllowed || !strings.Contains(rec.Body.String(), "accepted: GET") {
		t.Errorf("POST: %d %s", rec.Code, rec.Body)
	}
	defer func() {
		if recover() == nil {
			t.Error("registering a name twice must panic")
		}
	}()
	r.Counter("a_total", "again")
}

// Gauges go up and down, label-less values are read at each scrape, and
// Value, Count and Names read back what was recorded.
func TestGaugesFuncsAndValues(t *testing.T) {
	var r Registry
	up := r.Gauge("x_up", "Up.", "tunnel")
	r.Gauge("x_limit", "Limit.")
	calls := r.Counter("x_calls_total", "Calls.", "tool")
	lat := r.Histogram("x_latency_seconds", "Latency.", []float64{1}, "tool")
	n := 0.0
	r.GaugeFunc("x_now", "Read at scrape.", func() float64 { n++; return n })
	r.CounterFunc("x_reads_total", "Read at scrape.", func() float64 { return 7 })
	up.Set(1, "a")
	up.Set(0, "a")
	up.Set(3, "b")
	calls.Inc("t")
	lat.Observe(0.5, "t")
	lat.Observe(2, "t")
	if got := up.Value("a"); got != 0 {
		t.Errorf("gauge a: %v, want 0 (set back down)", got)
	}
	if got := up.Value("b"); got != 3 {
		t.Errorf("gauge b: %v", got)
	}
	if got := calls.Value("t"); got != 1 {
		t.Errorf("counter: %v", got)
	}
	if got := lat.Count("t"); got != 2 {
		t.Errorf("histogram count: %v", got)
	}
	if got := calls.Value("never"); got != 0 {
		t.Errorf("absent series: %v", got)
	}
	if got, want := strings.Join(r.Names(), " "), "x_calls_total x_latency_seconds x_limit x_now x_reads_total x_up"; got != want {
		t.Errorf("names %q, want %q", got, want)
	}
	scrape := func() map[string]*dto {
		var b strings.Builder
		if err := r.Write(&b); err != nil {
			t.Fatal(err)
		}
		p := expfmt.NewTextParser(model.LegacyValidation)
		fams, err := p.TextToMetricFamilies(strings.NewReader(b.String()))
		if err != nil {
			t.Fatalf("%v\n%s", err, b.String())
		}
		out := map[string]*dto{}
		for k, f := range fams {
			out[k] = &dto{f.GetType().String(), len(f.Metric), 0}
			if len(f.Metric) > 0 {
				m := f.Metric[0]
				switch {
				case m.Gauge != nil:
					out[k].first = m.GetGauge().GetValue()
				case m.Counter != nil:
					out[k].first = m.GetCounter().GetValue()
				}
			}
		}
		return out
	}
	s := scrape()
	if f := s["x_limit"]; f != nil && f.series != 0 {
		t.Errorf("a gauge never set has a series: %+v", f)
	}
	if f := s["x_up"]; f == nil || f.kind != "GAUGE" || f.series != 2 {
		t.Errorf("x_up: %+v", f)
	}
	if f := s["x_reads_total"]; f == nil || f.kind != "COUNTER" || f.first != 7 {
		t.Errorf("x_reads_total: %+v", f)
	}
	if f := s["x_now"]; f == nil || f.kind != "GAUGE" || f.first != 1 {
		t.Errorf("x_now: %+v", f)
	}
	if f := scrape()["x_now"]; f == nil || f.first != 2 {
		t.Errorf("x_now is not read again at the next scrape: %+v", f)
	}
}

type dto struct {
	kind   string
	series int
	first  float64
}
