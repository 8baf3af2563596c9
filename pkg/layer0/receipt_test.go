package layer0

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"
)

func TestReceiptVerifies(t *testing.T) {
	c := newTestClassifier(t)
	v := classify(t, c, "Delete all DNS records in example.com")
	if !VerifyReceipt(testKey, v) || !c.VerifyReceipt(v) {
		t.Fatalf("fresh receipt does not verify: %+v", v)
	}
}

func TestReceiptTamperingFails(t *testing.T) {
	c := newTestClassifier(t)
	v := classify(t, c, "Delete all DNS records in example.com")
	tampered := []struct {
		name string
		mod  func(*Verdict)
	}{
		{"verdict", func(x *Verdict) { x.Verdict = "allow" }},
		{"digest", func(x *Verdict) { x.InputDigest = DigestText("List zones") }},
		{"policy", func(x *Verdict) { x.PolicyVersion += "x" }},
		{"receipt byte", func(x *Verdict) {
			b := []byte(x.ReceiptID)
			if b[len(b)-1] == '0' {
				b[len(b)-1] = '1'
			} else {
				b[len(b)-1] = '0'
			}
			x.ReceiptID = string(b)
		}},
		{"truncated", func(x *Verdict) { x.ReceiptID = x.ReceiptID[:len(x.ReceiptID)-2] }},
		{"prefix", func(x *Verdict) { x.ReceiptID = "zz" + x.ReceiptID[2:] }},
		{"not hex", func(x *Verdict) { x.ReceiptID = receiptPrefix + "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" }},
	}
	for _, tc := range tampered {
		x := v
		tc.mod(&x)
		if VerifyReceipt(testKey, x) {
			t.Errorf("tampered %s still verifies", tc.name)
		}
	}
	if VerifyReceipt([]byte("another-key-another-key-another"), v) {
		t.Error("receipt verifies under another key")
	}
	if VerifyReceipt(nil, v) {
		t.Error("receipt verifies under an empty key")
	}
}

func TestReceiptKeyRequired(t *testing.T) {
	if _, err := New(Options{ReceiptKey: []byte("short")}); err != ErrReceiptKey {
		t.Fatalf("short key: %v", err)
	}
}

func TestReceiptDependsOnPolicyVersion(t *testing.T) {
	a := newTestClassifier(t)
	path := writePolicy(t, "version: operator-1\n")
	b, err := New(Options{PolicyPath: path, ReceiptKey: testKey})
	if err != nil {
		t.Fatal(err)
	}
	if a.PolicyVersion() == b.PolicyVersion() {
		t.Fatal("operator policy did not change the policy version")
	}
	va, vb := classify(t, a, "list zones"), classify(t, b, "list zones")
	if va.ReceiptID == vb.ReceiptID {
		t.Fatal("receipt does not depend on the policy version")
	}
}

// The classifier's receipt, from its kept keyed HMACs, is the package
// receipt under its key, however often they are reused and whatever was
// written before.
func TestClassifierReceiptMatches(t *testing.T) {
	c := newTestClassifier(t)
	verdicts := []string{"allow", "review", "block", ""}
	for i := 0; i < 200; i++ {
		d := DigestText(string(rune('a'+i%26)) + itoa(i))
		if i%7 == 0 {
			d += "-" + d // longer than a block
		}
		v, p := verdicts[i%len(verdicts)], "policy-"+itoa(i%5)
		if got, want := c.receipt(d, v, p), receipt(testKey, d, v, p); got != want {
			t.Fatalf("input %d: classifier receipt %s, package receipt %s", i, got, want)
		}
	}
}

// The input digests, built in kept buffers, are the SHA-256 of the joined
// text as first computed, for texts of every size and in any order.
func TestDigestsAsJoined(t *testing.T) {
	ref := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "sha256:" + hex.EncodeToString(sum[:])
	}
	texts := []string{"", "a", strings.Repeat("x", 70<<10), "é日本", strings.Repeat("ab\x00", 500), "b"}
	for _, in := range goldenInputs(t) {
		texts = append(texts, in.Text)
	}
	for _, s := range texts {
		if got, want := DigestText(s), ref("text\x00"+s); got != want {
			t.Fatalf("DigestText(%.40q) = %s, want %s", s, got, want)
		}
		if got, want := digestOf(s[:len(s)/2], s[len(s)/2:]), ref(s); got != want {
			t.Fatalf("digestOf(%.40q in two) = %s, want %s", s, got, want)
		}
	}
	args := map[string]any{"zone": "example.com", "n": 3, "list": []any{"a", true}}
	b, err := json.Marshal(args)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := DigestToolCall("dns_record_manage", args); err != nil || got != ref("tool\x00dns_record_manage\x00"+string(b)) {
		t.Fatalf("DigestToolCall = %s, %v; want %s", got, err, ref("tool\x00dns_record_manage\x00"+string(b)))
	}
}
