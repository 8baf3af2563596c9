package layer0

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// receiptPrefix versions the receipt format.
const receiptPrefix = "l0r1-"

// receiptBytes is how much of the HMAC-SHA256 is kept: 128 bits, enough to
// make forgery infeasible while keeping ids short in plans and audit logs.
const receiptBytes = 16

func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256:" + hex.EncodeToString(sum[:])
}

func receiptMAC(key []byte, inputDigest, verdict, policyVersion string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("cfplane-layer0-receipt-v1\x00"))
	m.Write([]byte(inputDigest))
	m.Write([]byte{0})
	m.Write([]byte(verdict))
	m.Write([]byte{0})
	m.Write([]byte(policyVersion))
	return m.Sum(nil)[:receiptBytes]
}

// receipt computes the receipt id binding an input digest, a verdict and a
// policy version under key.
func receipt(key []byte, inputDigest, verdict, policyVersion string) string {
	return receiptPrefix + hex.EncodeToString(receiptMAC(key, inputDigest, verdict, policyVersion))
}

// VerifyReceipt reports whether v.ReceiptID is the receipt that key gives
// for v's input digest, verdict and policy version. A verdict whose verdict,
// digest or policy version was altered after classification fails. To bind
// the verdict to what actually executes, also compare v.InputDigest with
// DigestToolCall (or DigestText) of the input about to run.
func VerifyReceipt(key []byte, v Verdict) bool {
	if len(key) == 0 || !strings.HasPrefix(v.ReceiptID, receiptPrefix) {
		return false
	}
	got, err := hex.DecodeString(strings.TrimPrefix(v.ReceiptID, receiptPrefix))
	if err != nil || len(got) != receiptBytes {
		return false
	}
	return hmac.Equal(got, receiptMAC(key, v.InputDigest, v.Verdict, v.PolicyVersion))
}

// VerifyReceipt checks v against this classifier's key (see the package
// function VerifyReceipt).
func (c *Classifier) VerifyReceipt(v Verdict) bool { return VerifyReceipt(c.key, v) }
