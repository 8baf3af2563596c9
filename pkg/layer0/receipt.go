package layer0

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strings"
	"sync"
)

// receiptPrefix versions the receipt format.
const receiptPrefix = "l0r1-"

// receiptBytes is how much of the HMAC-SHA256 is kept: 128 bits, enough to
// make forgery infeasible while keeping ids short in plans and audit logs.
const receiptBytes = 16

// digestOf is "sha256:" and the hex SHA-256 of the parts joined, built in
// a kept buffer: the joined text is not made as a string, and the result
// is the only allocation.
func digestOf(parts ...string) string {
	bp, _ := digestBufs.Get().(*[]byte)
	if bp == nil {
		bp = new([]byte)
	}
	b := (*bp)[:0]
	for _, p := range parts {
		b = append(b, p...)
	}
	sum := sha256.Sum256(b)
	if cap(b) <= 64<<10 {
		*bp = b
		digestBufs.Put(bp)
	}
	var out [len("sha256:") + 2*sha256.Size]byte
	copy(out[:], "sha256:")
	hex.Encode(out[len("sha256:"):], sum[:])
	return string(out[:])
}

// digestBufs keeps digestOf's buffers.
var digestBufs sync.Pool

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

// receiptMACer is a keyed HMAC kept between receipts (Classifier.macs):
// Reset returns it to its keyed state without hashing the key's pads
// again. msg is the message being built, so it is written in one call.
type receiptMACer struct {
	h   hash.Hash
	msg []byte
}

// receipt is the package receipt under c.key (TestClassifierReceiptMatches
// holds them equal).
func (c *Classifier) receipt(inputDigest, verdict, policyVersion string) string {
	m, _ := c.macs.Get().(*receiptMACer)
	if m == nil {
		m = &receiptMACer{h: hmac.New(sha256.New, c.key)}
	} else {
		m.h.Reset()
	}
	msg := append(m.msg[:0], "cfplane-layer0-receipt-v1\x00"...)
	msg = append(msg, inputDigest...)
	msg = append(msg, 0)
	msg = append(msg, verdict...)
	msg = append(msg, 0)
	msg = append(msg, policyVersion...)
	m.h.Write(msg)
	var sum [sha256.Size]byte
	mac := m.h.Sum(sum[:0])
	var out [len(receiptPrefix) + 2*receiptBytes]byte
	copy(out[:], receiptPrefix)
	hex.Encode(out[len(receiptPrefix):], mac[:receiptBytes])
	m.msg = msg
	c.macs.Put(m)
	return string(out[:])
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
