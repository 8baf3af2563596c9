package wafbenign

import (
	"strings"
	"testing"
)

// Chromium's GREASE algorithm, checked against values real Chrome sends
// (Chrome 133 and the header-generator sample of Chrome 146).
func TestSecCHUA(t *testing.T) {
	if got, want := SecCHUA("Google Chrome", 133, ""), `"Not(A:Brand";v="99", "Google Chrome";v="133", "Chromium";v="133"`; got != want {
		t.Errorf("133: %s, want %s", got, want)
	}
	if got, want := SecCHUA("Google Chrome", 146, ""), `"Chromium";v="146", "Not-A.Brand";v="24", "Google Chrome";v="146"`; got != want {
		t.Errorf("146: %s, want %s", got, want)
	}
	if got := SecCHUA("Microsoft Edge", 133, "133.0.3065.92"); !strings.Contains(got, `"Not(A:Brand";v="99.0.0.0"`) || !strings.Contains(got, `"Microsoft Edge";v="133.0.3065.92"`) {
		t.Errorf("full version list: %s", got)
	}
}

func TestSets(t *testing.T) {
	sets, err := Sets()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range SetNames() {
		if len(sets[name]) < 100 {
			t.Errorf("%s: %d requests", name, len(sets[name]))
		}
	}
	grease := map[string]bool{}
	for _, s := range sets[SetBrowsers] {
		if v := s.Request.Headers["sec-ch-ua"]; strings.Contains(v, "Not") {
			grease[v[strings.Index(v, "Not"):strings.Index(v, "Not")+11]] = true
		}
	}
	if len(grease) < 11 {
		t.Errorf("browser set carries %d GREASE brand shapes, Chromium has 11 (%v)", len(grease), grease)
	}
}

// The prose set carries HTML in JSON both as typed and escaped the way
// HTML-safe encoders write it, so the escaped form is replayed too.
func TestProseSetShapes(t *testing.T) {
	sets, err := Sets()
	if err != nil {
		t.Fatal(err)
	}
	var typed, escaped, andand bool
	for _, s := range sets[SetProse] {
		typed = typed || strings.Contains(s.Request.Body, `"<p>Hello</p>`) || strings.Contains(s.Request.Body, ` <p>Hello</p>`)
		escaped = escaped || strings.Contains(s.Request.Body, `\u003cp\u003eHello\u003c/p\u003e`)
		andand = andand || strings.Contains(s.Request.Query, "%26%26")
	}
	if !typed || !escaped || !andand {
		t.Errorf("prose set: HTML as typed %v, escaped %v, && in a query %v", typed, escaped, andand)
	}
}
