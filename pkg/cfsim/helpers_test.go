package cfsim

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cfsim/contract"
	"time"
)

// fixedNow is the clock every test simulator runs on.
var fixedNow = time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)

func fixedNowFunc() time.Time { return fixedNow }

const testToken = "test-token-0123456789"

type env struct {
	Success    bool            `json:"success"`
	Errors     []apiError      `json:"errors"`
	Messages   []any           `json:"messages"`
	Result     json.RawMessage `json:"result"`
	ResultInfo map[string]any  `json:"result_info"`
}

type client struct {
	t       testing.TB
	h       http.Handler
	invalid bool // the request deliberately violates the spec
}

// call sends a request shaped like cloudflare-go's: JSON body, Bearer token,
// Accept: application/json.
func (c client) call(method, path string, body any) (int, env, []byte) {
	c.t.Helper()
	var rd io.Reader
	ctype := ""
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
		ctype = "application/json"
	case rawBody:
		rd = bytes.NewReader(b.data)
		ctype = b.ctype
	default:
		buf, err := json.Marshal(b)
		if err != nil {
			c.t.Fatal(err)
		}
		rd = bytes.NewReader(buf)
		ctype = "application/json"
	}
	req := httptest.NewRequest(method, "http://api.test"+BasePath+path, rd)
	if c.invalid {
		req = req.WithContext(contract.ExpectInvalidRequest(req.Context()))
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Authorization", "Bearer "+testToken)
	rec := httptest.NewRecorder()
	c.h.ServeHTTP(rec, req)
	raw := rec.Body.Bytes()
	var e env
	if strings.Contains(rec.Header().Get("Content-Type"), "json") {
		if err := json.Unmarshal(raw, &e); err != nil {
			c.t.Fatalf("%s %s: response is not JSON: %v\n%s", method, path, err, raw)
		}
	}
	return rec.Code, e, raw
}

type rawBody struct {
	data  []byte
	ctype string
}

// ok calls and requires a 200 success envelope; it decodes result into out.
func (c client) ok(method, path string, body any, out any) env {
	c.t.Helper()
	code, e, raw := c.call(method, path, body)
	if code != 200 || !e.Success {
		c.t.Fatalf("%s %s: status %d, body %s", method, path, code, raw)
	}
	if out != nil {
		if err := json.Unmarshal(e.Result, out); err != nil {
			c.t.Fatalf("%s %s: decode result: %v\n%s", method, path, err, e.Result)
		}
	}
	return e
}

// bad is fail for a request that deliberately violates the OpenAPI spec.
func (c client) bad(method, path string, body any, status, code int) env {
	c.t.Helper()
	return client{t: c.t, h: c.h, invalid: true}.fail(method, path, body, status, code)
}

// fail calls and requires an error envelope with the given status and first error code.
func (c client) fail(method, path string, body any, status, code int) env {
	c.t.Helper()
	got, e, raw := c.call(method, path, body)
	if got != status || e.Success || len(e.Errors) == 0 || e.Errors[0].Code != code {
		c.t.Fatalf("%s %s: want status %d code %d, got status %d body %s", method, path, status, code, got, raw)
	}
	if string(e.Result) != "null" {
		c.t.Fatalf("%s %s: error envelope result = %s, want null", method, path, e.Result)
	}
	return e
}

type dnsRec struct {
	ID       string         `json:"id"`
	Type     string         `json:"type"`
	Name     string         `json:"name"`
	Content  string         `json:"content"`
	Proxied  bool           `json:"proxied"`
	TTL      int            `json:"ttl"`
	Priority *int           `json:"priority"`
	Comment  string         `json:"comment"`
	Data     map[string]any `json:"data"`
}

func httptestRequest(method, path, authz string) *http.Request {
	req := httptest.NewRequest(method, "http://api.test"+BasePath+path, nil)
	req.Header.Set("Accept", "application/json")
	if authz != "" {
		req.Header.Set("Authorization", authz)
	}
	return req
}

func serve(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// multipartForm encodes fields the way the SDK's apiform does for string fields.
func multipartForm(t testing.TB, fields map[string]string) ([]byte, string) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, k := range []string{"file", "proxied"} {
		if v, ok := fields[k]; ok {
			if err := w.WriteField(k, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), w.FormDataContentType()
}

// httptestRequestRaw builds an authenticated request for a path outside BasePath.
func httptestRequestRaw(method, path string) *http.Request {
	req := httptest.NewRequest(method, "http://api.test"+path, nil)
	req.Header.Set("Authorization", "Bearer "+testToken)
	return req
}
