package audit

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func writeLog(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		if _, err := l.Append(Record{Server: "cloudflare_safe", Tool: "change_apply", Zone: "example.com", Outcome: "applied"}); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestChainVerifies(t *testing.T) {
	path := writeLog(t, 5)
	s, err := VerifyFile(path)
	if err != nil || s.Records != 5 {
		t.Fatalf("verify = %+v, %v", s, err)
	}
}

func TestVerifyNamesFirstBrokenRecord(t *testing.T) {
	path := writeLog(t, 5)
	orig, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimRight(string(orig), "\n"), "\n")
	cases := map[string]struct {
		edit    func([]string) []string
		line    int
		problem string
	}{
		"altered":   {func(l []string) []string { l[2] = strings.Replace(l[2], "applied", "refused", 1); return l }, 3, "altered"},
		"removed":   {func(l []string) []string { return append(l[:1], l[2:]...) }, 2, "sequence number 3 where 2"},
		"reordered": {func(l []string) []string { l[1], l[2] = l[2], l[1]; return l }, 2, "sequence number 3 where 2"},
		"garbage":   {func(l []string) []string { l[3] = "{not json"; return l }, 4, "not a valid audit record"},
		"rehashed": {func(l []string) []string {
			// An attacker who alters a record and recomputes its hash still
			// breaks the next record's previous-hash.
			var out []string
			out = append(out, l...)
			path2 := filepath.Join(t.TempDir(), "x.jsonl")
			l2, _ := Open(path2)
			r, _ := l2.Append(Record{Server: "cloudflare_safe", Tool: "change_apply", Outcome: "forged"})
			_ = r
			b, _ := os.ReadFile(path2)
			out[0] = strings.TrimSpace(string(b))
			return out
		}, 2, "previous-hash does not match"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			edited := c.edit(append([]string(nil), lines...))
			_, err := Verify(strings.NewReader(strings.Join(edited, "\n") + "\n"))
			var ve *VerifyError
			if !errors.As(err, &ve) || ve.Line != c.line || !strings.Contains(ve.Problem, c.problem) {
				t.Errorf("err = %v; want line %d %q", err, c.line, c.problem)
			}
		})
	}
}

func TestConcurrentAppendsStayChained(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.jsonl")
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, _ := Open(path) // separate Log values share only the file lock
			for i := 0; i < 10; i++ {
				if _, err := l.Append(Record{Tool: "t", Outcome: "ok"}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	s, err := VerifyFile(path)
	if err != nil || s.Records != 40 {
		t.Fatalf("verify = %+v, %v", s, err)
	}
}

func TestRedactsBeforeWriting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.jsonl")
	l, _ := Open(path)
	const canary = "cfcanary_0123456789abcdefghijABCDEFGHIJ"
	l.Redact = func(s string) string { return strings.ReplaceAll(s, canary, "[REDACTED]") }
	if _, err := l.Append(Record{Tool: "t", Outcome: "refused", Reason: "token " + canary, Details: map[string]string{"x": canary}}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if bytes.Contains(b, []byte(canary)) {
		t.Fatalf("canary written: %s", b)
	}
	if _, err := VerifyFile(path); err != nil {
		t.Fatal(err)
	}
}
