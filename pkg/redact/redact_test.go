package redact

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// canary is a fake Cloudflare API token: 40 characters of [A-Za-z0-9_-].
const canary = "CANARYtok3n_9f8e7d6c5b4a3210ZYXWVUtsrq-x"

func TestCanaryShape(t *testing.T) {
	if len(canary) != 40 {
		t.Fatalf("canary must be 40 characters, is %d", len(canary))
	}
}

func TestStringRedactsLiveValues(t *testing.T) {
	r := New("s3cr3t-approval-key", "")
	got := r.String("key=s3cr3t-approval-key and again s3cr3t-approval-key.")
	want := "key=[REDACTED] and again [REDACTED]."
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestAddLaterAndLongestFirst(t *testing.T) {
	r := New()
	if got := r.String("hunter22hunter22"); got != "hunter22hunter22" {
		t.Fatalf("nothing registered yet, got %q", got)
	}
	r.Add("hunter22", "hunter22hunter22xyz")
	if got := r.String("a hunter22hunter22xyz b"); got != "a [REDACTED] b" {
		t.Fatalf("got %q", got)
	}
	if got := r.String("a hunter22 b"); got != "a [REDACTED] b" {
		t.Fatalf("got %q", got)
	}
}

func TestShortValuesIgnored(t *testing.T) {
	r := New("a", "abcde")
	in := "a cat and abcde"
	if got := r.String(in); got != in {
		t.Fatalf("values shorter than MinSecretLen must be ignored, got %q", got)
	}
}

func TestShapes(t *testing.T) {
	r := New()
	globalKey := "144c9defac04969c7bfad8efaa8ea194abcde" // 37 hex
	if len(globalKey) != 37 {
		t.Fatal("bad fixture")
	}
	cases := []struct{ name, in, want string }{
		{"authorization header", "Authorization: Bearer abc.def", "Authorization: [REDACTED]"},
		{"authorization lower json", `{"authorization":"Basic Zm9vOmJhcg=="}`, `{"authorization":"[REDACTED]"}`},
		{"x-auth-key header", "X-Auth-Key: 0123456789abcdef", "X-Auth-Key: [REDACTED]"},
		{"x-auth-key assignment", "x-auth-key=zzzzzzzz&b=1", "x-auth-key=[REDACTED]"},
		{"bearer in prose", "sent Bearer eyJhbGciOi.payload.sig ok", "sent Bearer [REDACTED] ok"},
		{"api token shape", "token " + canary + " end", "token [REDACTED] end"},
		{"api token in url", "https://x/?t=" + canary + "&a=1", "https://x/?t=[REDACTED]&a=1"},
		{"global api key", "key " + globalKey, "key [REDACTED]"},
		{"global api key upper", "key " + strings.ToUpper(globalKey), "key [REDACTED]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := r.String(c.in); got != c.want {
				t.Fatalf("String(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestLeavesIDsDigestsAndWords(t *testing.T) {
	r := New()
	keep := []string{
		"zone 023e105f4ecef8ad9ca31a8372d0c353 record 372e67954025e0ba6aaa6d586b9e0b59",
		"sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		"commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904",
		"the bearer of bad news",
		"an_ordinary_snake_case_identifier_name_x is forty",
		"plain words, numbers 12345 and hosts www.example.com",
		"",
	}
	for _, s := range keep {
		if got := r.String(s); got != s {
			t.Errorf("String(%q) = %q, want unchanged", s, got)
		}
	}
}

func TestBytes(t *testing.T) {
	r := New()
	in := []byte("t=" + canary)
	got := r.Bytes(in)
	if string(got) != "t=[REDACTED]" {
		t.Fatalf("got %q", got)
	}
	if string(in) != "t="+canary {
		t.Fatal("Bytes must not modify its input")
	}
	clean := []byte("nothing here")
	if out := r.Bytes(clean); &out[0] != &clean[0] {
		t.Fatal("clean input should be returned as is")
	}
}

var errSentinel = errors.New("sentinel")

type typedErr struct{ msg string }

func (e *typedErr) Error() string { return e.msg }

func TestError(t *testing.T) {
	r := New()
	if r.Error(nil) != nil {
		t.Fatal("nil error must stay nil")
	}
	inner := fmt.Errorf("call failed with token %s: %w", canary, errSentinel)
	err := r.Error(inner)
	if strings.Contains(err.Error(), canary) {
		t.Fatalf("canary leaked: %v", err)
	}
	if !strings.Contains(err.Error(), "call failed with token [REDACTED]") {
		t.Fatalf("unexpected message %q", err)
	}
	if !errors.Is(err, errSentinel) {
		t.Fatal("errors.Is must see the original chain")
	}
	if errors.Unwrap(err) != nil {
		t.Fatal("Unwrap must not hand out the unredacted error")
	}
	var te *typedErr
	if !errors.As(r.Error(fmt.Errorf("x: %w", &typedErr{"boom"})), &te) || te.msg != "boom" {
		t.Fatal("errors.As must see the original chain")
	}
	if got := fmt.Sprintf("%v|%s|%+v", err, err, err); strings.Contains(got, canary) {
		t.Fatalf("formatting leaked canary: %s", got)
	}
}

func TestAddPattern(t *testing.T) {
	r := New()
	r.AddPattern(regexp.MustCompile(`approval=(cfa_[a-z0-9]{8})`))
	r.AddPattern(regexp.MustCompile(`APR-[0-9]{6}`))
	r.AddPattern(nil)
	got := r.String("approval=cfa_abcd1234 code APR-123456")
	if got != "approval=[REDACTED] code [REDACTED]" {
		t.Fatalf("got %q", got)
	}
}

func TestWriterLines(t *testing.T) {
	r := New()
	var out bytes.Buffer
	w := r.Writer(&out)
	n, err := w.Write([]byte("line one " + canary + "\nline two"))
	if err != nil || n != len("line one "+canary+"\nline two") {
		t.Fatalf("Write = %d, %v", n, err)
	}
	if out.String() != "line one [REDACTED]\n" {
		t.Fatalf("after first write: %q", out.String())
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if out.String() != "line one [REDACTED]\nline two" {
		t.Fatalf("after flush: %q", out.String())
	}
}

func TestWriterSplitSecret(t *testing.T) {
	r := New("live-secret-value-0123")
	for _, secret := range []string{canary, "live-secret-value-0123"} {
		for cut := 1; cut < len(secret); cut++ {
			var out bytes.Buffer
			w := r.Writer(&out)
			_, _ = w.Write([]byte("prefix " + secret[:cut]))
			_, _ = w.Write([]byte(secret[cut:] + " suffix\n"))
			_ = w.Close()
			if strings.Contains(out.String(), secret[:4]) && strings.Contains(out.String(), secret) {
				t.Fatalf("cut %d: secret leaked: %q", cut, out.String())
			}
			if out.String() != "prefix [REDACTED] suffix\n" {
				t.Fatalf("cut %d: got %q", cut, out.String())
			}
		}
	}
}

func TestWriterLongLineKeepsTail(t *testing.T) {
	r := New()
	var out bytes.Buffer
	w := r.Writer(&out)
	filler := strings.Repeat("x ", maxBuffered/2+10) // over maxBuffered, no newline
	_, _ = w.Write([]byte(filler + canary[:20]))
	if out.Len() == 0 {
		t.Fatal("an over-long unfinished line should be forwarded in part")
	}
	if strings.Contains(out.String(), canary[:20]) {
		t.Fatal("the tail that may hold a split secret must be held back")
	}
	_, _ = w.Write([]byte(canary[20:] + "\n"))
	if strings.Contains(out.String(), canary) || !strings.HasSuffix(out.String(), "x [REDACTED]\n") {
		t.Fatalf("split secret in long line not redacted: ...%q", out.String()[out.Len()-40:])
	}
}

func TestWriterHugeSecretLineIsBounded(t *testing.T) {
	r := New()
	var out bytes.Buffer
	w := r.Writer(&out)
	// An Authorization header value that never ends: the header rule covers the
	// whole buffer, so the cut cannot move forward until the hard limit.
	_, _ = w.Write([]byte("Authorization: "))
	chunk := []byte(strings.Repeat("a", 4096))
	for i := 0; i < hardLimit/len(chunk)+2; i++ {
		_, _ = w.Write(chunk)
	}
	if len(w.buf) > hardLimit {
		t.Fatalf("buffer grew to %d, limit %d", len(w.buf), hardLimit)
	}
	if !strings.HasPrefix(out.String(), "Authorization: [REDACTED]") {
		t.Fatalf("forwarded text not redacted: %.40q", out.String())
	}
}

type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

type closeRecorder struct {
	bytes.Buffer
	closed bool
}

func (c *closeRecorder) Close() error { c.closed = true; return nil }

func TestWriterErrorsAndClose(t *testing.T) {
	w := New().Writer(errWriter{})
	if _, err := w.Write([]byte("a\n")); !errors.Is(err, io.ErrClosedPipe) {
		t.Fatalf("want underlying error, got %v", err)
	}
	var c closeRecorder
	w2 := New().Writer(&c)
	_, _ = w2.Write([]byte("tail"))
	if err := w2.Close(); err != nil || !c.closed || c.String() != "tail" {
		t.Fatalf("Close: err=%v closed=%v out=%q", err, c.closed, c.String())
	}
}

func TestWriterConcurrent(t *testing.T) {
	r := New()
	var out bytes.Buffer
	w := r.Writer(&out)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				_, _ = w.Write([]byte("log " + canary + "\n"))
			}
		}()
	}
	wg.Wait()
	_ = w.Flush()
	if strings.Contains(out.String(), canary) {
		t.Fatal("canary leaked under concurrency")
	}
	if got := strings.Count(out.String(), "log [REDACTED]\n"); got != 400 {
		t.Fatalf("want 400 redacted lines, got %d", got)
	}
}

// TestCanaryEveryPath pushes the canary through every entry point.
func TestCanaryEveryPath(t *testing.T) {
	r := New(canary)
	in := "Authorization: Bearer " + canary + "\n" + `{"token":"` + canary + `"}`
	var out bytes.Buffer
	w := r.Writer(&out)
	_, _ = io.WriteString(w, in)
	_ = w.Flush()
	for name, got := range map[string]string{
		"String": r.String(in),
		"Bytes":  string(r.Bytes([]byte(in))),
		"Error":  r.Error(errors.New(in)).Error(),
		"Writer": out.String(),
	} {
		if strings.Contains(got, canary) || strings.Contains(got, canary[:12]) {
			t.Errorf("%s leaked the canary: %q", name, got)
		}
	}
}

func TestNilRedactor(t *testing.T) {
	var r *Redactor
	if r.String("x") != "x" || string(r.Bytes([]byte("y"))) != "y" {
		t.Fatal("nil redactor should pass text through")
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{
		"", "Authorization: Bearer x", canary, "023e105f4ecef8ad9ca31a8372d0c353",
		"x-auth-key=" + canary, "bearer " + canary + canary, "ÿ\x00\n" + canary,
	} {
		f.Add(s, canary[:10])
	}
	f.Fuzz(func(t *testing.T, s, secret string) {
		r := New(secret)
		got := r.String(s)
		if len(secret) >= MinSecretLen && strings.Contains(got, secret) && !strings.Contains(Replacement, secret) {
			// The output may contain the secret only if redaction itself formed it.
			if !strings.Contains(strings.ReplaceAll(got, Replacement, ""), secret) {
				return
			}
			t.Fatalf("secret %q survived in %q (input %q)", secret, got, s)
		}
		if again := r.String(got); again != got && !strings.Contains(s, secret) {
			// Redaction must be stable on text with no live value.
			t.Fatalf("not idempotent: %q -> %q", got, again)
		}
		if string(r.Bytes([]byte(s))) != got {
			t.Fatal("Bytes and String disagree")
		}
	})
}

func BenchmarkStringClean(b *testing.B) {
	r := New(canary)
	line := strings.Repeat(`{"level":"info","tool":"dns_record_manage","zone_id":"023e105f4ecef8ad9ca31a8372d0c353","duration_ms":12}`+"\n", 100)
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = r.String(line)
	}
}

func BenchmarkStringWithSecrets(b *testing.B) {
	r := New(canary)
	line := strings.Repeat(`{"level":"warn","msg":"Authorization: Bearer `+canary+`","zone":"example.com"}`+"\n", 100)
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = r.String(line)
	}
}

func BenchmarkWriter(b *testing.B) {
	r := New(canary)
	w := r.Writer(io.Discard)
	line := []byte(`{"level":"info","tool":"zone_list","zone_id":"023e105f4ecef8ad9ca31a8372d0c353","duration_ms":3}` + "\n")
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = w.Write(line)
	}
}

func TestWriterSplitHeader(t *testing.T) {
	r := New()
	var out bytes.Buffer
	w := r.Writer(&out)
	for _, part := range []string{"GET /zones Authori", "zation: Bear", "er opaque-credential-value", "\n"} {
		_, _ = w.Write([]byte(part))
	}
	if out.String() != "GET /zones Authorization: [REDACTED]\n" {
		t.Fatalf("got %q", out.String())
	}
}

// Text redacted on its way out is often JSON (a CLI's output, an MCP
// message): a header value inside a JSON string ends at the escaped quote
// that closes it, and redaction never eats that escape, so the line stays
// valid JSON with the credential gone.
func TestJSONStaysValid(t *testing.T) {
	r := New()
	const tok = "cF9aZ3kLmN0pQ4rS7tU1vW5xY8zA2bC6dE0fG3hJ"
	for _, v := range []map[string]string{
		{"span": `curl -v -h "authorization: bearer $cf_api_token" https://api.cloudflare.com`},
		{"span": `curl -H "Authorization: Bearer ` + tok + `" https://api.cloudflare.com`},
		{"span": `x-auth-key=` + tok + `" and more`},
		{"header": `Authorization: Bearer ` + tok + `\`},
		{"msg": `'authorization': 'Basic dXNlcjpwYXNz' "quoted"`},
	} {
		line, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		w := r.Writer(&out)
		if _, err := w.Write(append(line, '\n')); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		got := bytes.TrimSpace(out.Bytes())
		if !json.Valid(got) {
			t.Errorf("%s\nbecame invalid JSON: %s", line, got)
		}
		if bytes.Contains(got, []byte(tok)) || bytes.Contains(got, []byte("dXNlcjpwYXNz")) {
			t.Errorf("credential kept: %s", got)
		}
		if bytes.Contains(got, []byte(tok[20:])) {
			t.Errorf("the end of the credential kept: %s", got)
		}
		if s := r.String(string(line)); !json.Valid([]byte(s)) {
			t.Errorf("String: %s\nbecame invalid JSON: %s", line, s)
		}
	}
	// Encoders that escape "/" write a credential's slashes as "\/": the
	// whole value goes, not only what precedes the first escape.
	line := `{"span":"-H \"Authorization: Bearer AbCdEfGh12\/34IjKlMnOp\/56QrStUv\" https:\/\/api.cloudflare.com"}`
	got := r.String(line)
	if !json.Valid([]byte(got)) || strings.Contains(got, "IjKlMnOp") || strings.Contains(got, "QrStUv") {
		t.Errorf("%s\nbecame %s", line, got)
	}
}
