package audit

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

type testLog struct {
	path   string
	l      *Log
	logBuf *bytes.Buffer
	cps    []string // checkpoint after each append
}

func newLog(t *testing.T) *testLog {
	t.Helper()
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	buf := &bytes.Buffer{}
	lg := zerolog.New(buf)
	l.Logger = &lg
	return &testLog{path: path, l: l, logBuf: buf}
}

func (tl *testLog) add(t *testing.T, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		_, cp, err := tl.l.Append(Record{Server: "cloudflare_safe", Tool: "change_apply", Zone: "example.com", Outcome: "applied", Details: map[string]string{"i": string(rune('a' + i))}})
		if err != nil {
			t.Fatal(err)
		}
		tl.cps = append(tl.cps, cp)
	}
}

func (tl *testLog) vkey(t *testing.T) string {
	t.Helper()
	k, err := VerifierKey(tl.path)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func (tl *testLog) verify(t *testing.T, data []byte, cps ...string) (*Verified, error) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "copy.jsonl")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	var bs [][]byte
	for _, c := range cps {
		bs = append(bs, []byte(c))
	}
	return ReadFile(p, tl.vkey(t), bs...)
}

func TestLogVerifiesAndExtendsEveryCheckpoint(t *testing.T) {
	tl := newLog(t)
	tl.add(t, 7)
	data, _ := os.ReadFile(tl.path)
	v, err := tl.verify(t, data, tl.cps...)
	if err != nil || v.Summary.Records != 7 || v.Checkpoints != 7 {
		t.Fatalf("verify = %+v, %v", v, err)
	}
	// The checkpoint of the last append is logged for a collector.
	if !strings.Contains(tl.logBuf.String(), `"audit_checkpoint":"`+tl.cps[6]+`"`) {
		t.Errorf("checkpoint not logged: %s", tl.logBuf.String())
	}
	// The server's own last checkpoint sits beside the file.
	b, _ := os.ReadFile(CheckpointPath(tl.path))
	if raw, _ := DecodeCheckpoint([]byte(tl.cps[6])); string(b) != string(raw) || !strings.HasPrefix(string(raw), Origin+"\n7\n") {
		t.Errorf("checkpoint file: %q", b)
	}
	// Both forms are accepted.
	if v, err := tl.verify(t, data, string(b)); err != nil || v.Checkpoints != 1 {
		t.Errorf("raw note form: %v", err)
	}
	// Another key's checkpoint is not accepted.
	other := newLog(t)
	other.add(t, 1)
	if _, err := tl.verify(t, data, other.cps[0]); err == nil || !strings.Contains(err.Error(), "does not verify") {
		t.Errorf("foreign checkpoint: %v", err)
	}
}

func lines(b []byte) []string { return strings.Split(strings.TrimRight(string(b), "\n"), "\n") }
func join(l []string) []byte  { return []byte(strings.Join(l, "\n") + "\n") }

// reseq rewrites line i's seq to want, canonically (as an attacker would).
func reseq(t *testing.T, line string, seq uint64) string {
	t.Helper()
	var r Record
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		t.Fatal(err)
	}
	r.Seq = seq
	b, _ := json.Marshal(r)
	return string(b)
}

func TestTamperingDetectedAgainstEarlierCheckpoint(t *testing.T) {
	tl := newLog(t)
	tl.add(t, 6)
	orig, _ := os.ReadFile(tl.path)
	cp := tl.cps[4] // an earlier checkpoint a collector kept (5 records)
	cases := map[string]struct {
		data []byte
		want string
	}{
		"truncated": {join(lines(orig)[:3]), "truncated: a checkpoint covers 5 records, the file holds 3"},
		"emptied":   {nil, "truncated"},
		"reordered": {func() []byte {
			l := lines(orig)
			l[1], l[2] = reseq(t, l[2], 2), reseq(t, l[1], 3)
			return join(l)
		}(), "rewritten, reordered or altered"},
		"rewritten": {func() []byte {
			// A full rewrite: every record canonical, sequence intact,
			// the outcome of one changed.
			l := lines(orig)
			l[0] = strings.Replace(l[0], `"outcome":"applied"`, `"outcome":"refused"`, 1)
			return join(l)
		}(), "rewritten, reordered or altered"},
		"removed middle": {func() []byte {
			l := lines(orig)
			l = append(l[:2], l[3:]...)
			for i := range l {
				l[i] = reseq(t, l[i], uint64(i+1))
			}
			return join(l)
		}(), "rewritten, reordered or altered"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			// The server's own checkpoint file is left out: only the
			// collector's copy is given.
			p := filepath.Join(t.TempDir(), "copy.jsonl")
			os.WriteFile(p, c.data, 0o600)
			_, err := ReadFile(p, tl.vkey(t), []byte(cp))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want %q", err, c.want)
			}
		})
	}
	if _, err := ReadFile(tl.path, tl.vkey(t), []byte(cp)); err != nil {
		t.Fatalf("the intact log: %v", err)
	}
}

func TestRecordsVerifiedAsRawBytes(t *testing.T) {
	tl := newLog(t)
	tl.add(t, 3)
	orig, _ := os.ReadFile(tl.path)
	cases := map[string]struct {
		edit func(string) string
		want string
	}{
		"duplicate key": {func(l string) string {
			return strings.Replace(l, `"outcome":"applied"`, `"outcome":"applied","outcome":"refused"`, 1)
		}, `key "outcome" appears twice`},
		"case-variant key": {func(l string) string {
			return strings.Replace(l, `"outcome":"applied"`, `"outcome":"applied","Outcome":"refused"`, 1)
		}, `key "Outcome" appears twice`},
		"case-variant only":   {func(l string) string { return strings.Replace(l, `"outcome"`, `"OUTCOME"`, 1) }, "canonical form"},
		"extra space":         {func(l string) string { return strings.Replace(l, `:`, `: `, 1) }, "canonical form"},
		"unknown key":         {func(l string) string { return strings.Replace(l, `{`, `{"x":1,`, 1) }, "unknown field"},
		"escaped differently": {func(l string) string { return strings.Replace(l, `example.com`, `example\u002ecom`, 1) }, "canonical form"},
		"not json":            {func(string) string { return "{not json" }, "not valid JSON"},
		"trailing data":       {func(l string) string { return l + " {}" }, "data after the record"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			l := lines(orig)
			l[1] = c.edit(l[1])
			_, err := tl.verify(t, join(l))
			var ve *VerifyError
			if !errors.As(err, &ve) || ve.Line != 2 || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want line 2: %q", err, c.want)
			}
		})
	}
}

func TestTornTailRepairedAndReported(t *testing.T) {
	tl := newLog(t)
	tl.add(t, 3)
	f, _ := os.OpenFile(tl.path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"seq":4,"time":"2026-`) // an interrupted write
	f.Close()
	data, _ := os.ReadFile(tl.path)
	v, err := tl.verify(t, data, tl.cps...)
	if err != nil || v.Torn != 22 || v.Summary.Records != 3 {
		t.Fatalf("verify of a torn log: %+v %v", v, err)
	}
	tl.add(t, 1)
	data, _ = os.ReadFile(tl.path)
	v, err = tl.verify(t, data, tl.cps...)
	if err != nil || v.Summary.Records != 5 || v.Torn != 0 {
		t.Fatalf("after repair: %+v %v", v, err)
	}
	rep := v.Records[3]
	if rep.Action != "repair" || rep.Reason != "torn_tail" || rep.Details["torn_bytes"] != "22" || v.Records[4].Outcome != "applied" {
		t.Fatalf("repair record: %+v", rep)
	}
	if !strings.Contains(tl.logBuf.String(), "AUDIT LOG REPAIRED") {
		t.Errorf("no loud log line: %s", tl.logBuf.String())
	}
	saved, _ := filepath.Glob(tl.path + ".torn-*")
	if len(saved) != 1 {
		t.Errorf("torn bytes not kept: %v", saved)
	}
}

func TestAppendRefusedWhenLogNoLongerExtendsItsCheckpoint(t *testing.T) {
	tl := newLog(t)
	tl.add(t, 4)
	orig, _ := os.ReadFile(tl.path)
	os.WriteFile(tl.path, join(lines(orig)[:2]), 0o600)
	if _, _, err := tl.l.Append(Record{Tool: "x", Outcome: "applied"}); err == nil || !strings.Contains(err.Error(), "truncated") {
		t.Fatalf("append after truncation: %v", err)
	}
	l := lines(orig)
	l[0] = strings.Replace(l[0], "applied", "refused", 1)
	os.WriteFile(tl.path, join(l), 0o600)
	if _, _, err := tl.l.Append(Record{Tool: "x", Outcome: "applied"}); err == nil || !strings.Contains(err.Error(), "rewritten or reordered") {
		t.Fatalf("append after rewrite: %v", err)
	}
	if !strings.Contains(tl.logBuf.String(), "DOES NOT EXTEND") {
		t.Errorf("not logged: %s", tl.logBuf.String())
	}
}

func TestHashesCacheRebuilt(t *testing.T) {
	tl := newLog(t)
	tl.add(t, 3)
	os.Remove(tl.path + ".hashes")
	tl.add(t, 2)
	data, _ := os.ReadFile(tl.path)
	if _, err := tl.verify(t, data, tl.cps...); err != nil {
		t.Fatal(err)
	}
}

func TestConcurrentAppendsStayConsistent(t *testing.T) {
	tl := newLog(t)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Two Log values on one file: the lock file serialises them.
			l, _ := Open(tl.path)
			nop := zerolog.Nop()
			l.Logger = &nop
			for j := 0; j < 5; j++ {
				if _, _, err := l.Append(Record{Tool: "t", Outcome: "applied"}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	data, _ := os.ReadFile(tl.path)
	if v, err := tl.verify(t, data); err != nil || v.Summary.Records != 40 {
		t.Fatalf("%+v %v", v, err)
	}
}

func TestRedactAppliesToEveryString(t *testing.T) {
	tl := newLog(t)
	tl.l.Redact = func(s string) string { return strings.ReplaceAll(s, "SECRET", "[redacted]") }
	if _, _, err := tl.l.Append(Record{Tool: "t", Reason: "has SECRET", Outcome: "x", Approvers: []Approver{{Principal: "SECRET"}}, Details: map[string]string{"k": "SECRET"}}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(tl.path)
	if bytes.Contains(b, []byte("SECRET")) {
		t.Fatalf("secret written: %s", b)
	}
}

// The one-line checkpoint survives the secret redactor's token heuristic
// (runs of exactly 37 hex or 40 token characters), which the note's base64
// lines would not reliably.
func TestCheckpointOneLineFormHasNoTokenShapedRuns(t *testing.T) {
	tl := newLog(t)
	tl.add(t, 50)
	for _, cp := range tl.cps {
		run := 0
		for i := 0; i <= len(cp); i++ {
			if i < len(cp) && (cp[i] >= 'a' && cp[i] <= 'z' || cp[i] >= 'A' && cp[i] <= 'Z' || cp[i] >= '0' && cp[i] <= '9' || cp[i] == '_' || cp[i] == '-') {
				run++
				continue
			}
			if run == 37 || run == 40 {
				t.Fatalf("a run of %d in %s", run, cp)
			}
			run = 0
		}
	}
}

// An append reads a bounded tail and O(log n) stored hashes, not the log.
func TestAppendCostDoesNotGrowWithTheLog(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	tl := newLog(t)
	nop := zerolog.Nop()
	tl.l.Logger = &nop
	timeN := func(n int) time.Duration {
		start := time.Now()
		for i := 0; i < n; i++ {
			if _, _, err := tl.l.Append(Record{Tool: "t", Outcome: "applied", Details: map[string]string{"pad": strings.Repeat("x", 300)}}); err != nil {
				t.Fatal(err)
			}
		}
		return time.Since(start) / time.Duration(n)
	}
	first := timeN(30)
	timeN(470)
	last := timeN(30)
	t.Logf("per append: %v at 0–30 records, %v at 500–530 records", first, last)
	if last > 5*first+2*time.Millisecond {
		t.Errorf("append cost grew with the log: %v → %v", first, last)
	}
}

func TestOldHashChainedLogIsKeptAside(t *testing.T) {
	tl := newLog(t)
	old := `{"seq":1,"time":"2026-01-01T00:00:00Z","server":"cloudflare_safe","tool":"change_apply","outcome":"applied","prev":"0000","hash":"abcd"}` + "\n"
	os.WriteFile(tl.path, []byte(old), 0o600)
	tl.add(t, 1)
	data, _ := os.ReadFile(tl.path)
	v, err := tl.verify(t, data, tl.cps...)
	if err != nil || len(v.Records) != 2 || v.Records[0].Action != "log_started" || v.Records[0].Details["previous_log_sha256"] != Digest([]byte(old)) {
		t.Fatalf("%+v %v", v, err)
	}
	kept, _ := filepath.Glob(tl.path + ".v1-*")
	if len(kept) != 1 {
		t.Fatalf("old log not kept: %v", kept)
	}
	if b, _ := os.ReadFile(kept[0]); string(b) != old {
		t.Fatal("old log altered")
	}
}

// Records come from a file anyone with the state folder can edit: checking
// any line must not panic, and an accepted line is its record's canonical
// JSON.
func FuzzCheckRecord(f *testing.F) {
	f.Add(`{"seq":1,"time":"2026-12-06T03:00:00Z","server":"s","tool":"t","outcome":"applied"}`)
	f.Add(`{"seq":1,"Seq":2}`)
	f.Add(`[[[[{"a":{"A":1}}]]]]`)
	f.Fuzz(func(t *testing.T, line string) {
		r, err := CheckRecord([]byte(line))
		if err != nil {
			return
		}
		b, _ := json.Marshal(r)
		if string(b) != line {
			t.Fatalf("accepted a non-canonical line: %s", line)
		}
	})
}
