package telemetry

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
)

// varints worth checking: the edges of every length of a varint.
func edgeVarints() []uint64 {
	v := []uint64{0, 1, math.MaxUint64, math.MaxUint32, math.MaxUint32 + 1}
	for s := 7; s < 64; s += 7 {
		v = append(v, 1<<s-1, 1<<s, 1<<s+1)
	}
	return v
}

func TestWireEncodingMatchesProtowire(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vals := edgeVarints()
	for i := 0; i < 2000; i++ {
		vals = append(vals, r.Uint64()>>r.IntN(64))
	}
	for _, v := range vals {
		if got, want := appendUvarint([]byte{9}, v), protowire.AppendVarint([]byte{9}, v); !bytes.Equal(got, want) {
			t.Fatalf("appendUvarint(%d) = %x, protowire %x", v, got, want)
		}
		if got, want := appendWireFixed64(nil, v), protowire.AppendFixed64(nil, v); !bytes.Equal(got, want) {
			t.Fatalf("appendWireFixed64(%d) = %x, protowire %x", v, got, want)
		}
		if got, want := appendWireFixed32(nil, uint32(v)), protowire.AppendFixed32(nil, uint32(v)); !bytes.Equal(got, want) {
			t.Fatalf("appendWireFixed32(%d) = %x, protowire %x", uint32(v), got, want)
		}
	}
	for _, num := range []wireNum{1, 2, 15, 16, 2047, 2048, 1<<29 - 1} {
		for typ := wireVarint; typ <= wireFixed32; typ++ {
			got := appendTag(nil, num, typ)
			want := protowire.AppendTag(nil, protowire.Number(num), protowire.Type(typ))
			if !bytes.Equal(got, want) {
				t.Fatalf("appendTag(%d, %d) = %x, protowire %x", num, typ, got, want)
			}
		}
	}
	for _, n := range []int{0, 1, 127, 128, 300, 20000} {
		b := bytes.Repeat([]byte{'a'}, n)
		if got, want := appendWireBytes(nil, b), protowire.AppendBytes(nil, b); !bytes.Equal(got, want) {
			t.Fatalf("appendWireBytes(%d bytes) differs from protowire", n)
		}
		if got, want := appendWireString(nil, string(b)), protowire.AppendString(nil, string(b)); !bytes.Equal(got, want) {
			t.Fatalf("appendWireString(%d bytes) differs from protowire", n)
		}
	}
	if appendUvarint(nil, boolVarint(true))[0] != 1 || appendUvarint(nil, boolVarint(false))[0] != 0 {
		t.Fatal("booleans are not 1 and 0")
	}
}

// randomMessage writes fields of every wire type, groups nested in groups
// among them, with random numbers and values.
func randomMessage(r *rand.Rand, depth int) []byte {
	var b []byte
	for n := r.IntN(6); n > 0; n-- {
		num := protowire.Number(1 + r.IntN(3000))
		switch r.IntN(5) {
		case 0:
			b = protowire.AppendTag(b, num, protowire.VarintType)
			b = protowire.AppendVarint(b, r.Uint64()>>r.IntN(64))
		case 1:
			b = protowire.AppendTag(b, num, protowire.Fixed32Type)
			b = protowire.AppendFixed32(b, r.Uint32())
		case 2:
			b = protowire.AppendTag(b, num, protowire.Fixed64Type)
			b = protowire.AppendFixed64(b, r.Uint64())
		case 3:
			b = protowire.AppendTag(b, num, protowire.BytesType)
			b = protowire.AppendBytes(b, randomMessage(r, depth+1))
		case 4:
			if depth > 3 {
				continue
			}
			b = protowire.AppendTag(b, num, protowire.StartGroupType)
			b = append(b, randomMessage(r, depth+1)...)
			b = protowire.AppendTag(b, num, protowire.EndGroupType)
		}
	}
	return b
}

// TestWireDecodingMatchesProtowire reads well-formed messages, and the same
// cut short or with a byte changed, with both decoders: the lengths read
// agree, and so does whether the input is malformed.
func TestWireDecodingMatchesProtowire(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var malformed, whole int
	for i := 0; i < 3000; i++ {
		msg := randomMessage(r, 0)
		if len(msg) == 0 {
			continue
		}
		inputs := [][]byte{msg, msg[:r.IntN(len(msg))]}
		bad := bytes.Clone(msg)
		bad[r.IntN(len(bad))] = byte(r.Uint32())
		inputs = append(inputs, bad)
		for _, in := range inputs {
			b := in
			for len(b) > 0 {
				num, typ, n := consumeTag(b)
				pnum, ptyp, pn := protowire.ConsumeTag(b)
				if (n < 0) != (pn < 0) || n >= 0 && (n != pn || num != wireNum(pnum) || typ != wireType(ptyp)) {
					t.Fatalf("consumeTag(%x) = %d %d %d, protowire %d %d %d", b, num, typ, n, pnum, ptyp, pn)
				}
				if n < 0 {
					malformed++
					break
				}
				b = b[n:]
				m := consumeFieldValue(num, typ, b)
				pm := protowire.ConsumeFieldValue(pnum, ptyp, b)
				if (m < 0) != (pm < 0) || m >= 0 && m != pm {
					t.Fatalf("consumeFieldValue(%d, %d, %x) = %d, protowire %d", num, typ, b, m, pm)
				}
				if m < 0 {
					malformed++
					break
				}
				if typ == wireBytes {
					v, k := consumeWireBytes(b)
					pv, pk := protowire.ConsumeBytes(b)
					if k != pk || !bytes.Equal(v, pv) {
						t.Fatalf("consumeWireBytes(%x) = %x %d, protowire %x %d", b, v, k, pv, pk)
					}
				}
				if typ == wireVarint {
					v, k := consumeUvarint(b)
					pv, pk := protowire.ConsumeVarint(b)
					if k != pk || v != pv {
						t.Fatalf("consumeUvarint(%x) = %d %d, protowire %d %d", b, v, k, pv, pk)
					}
				}
				b = b[m:]
			}
			if len(b) == 0 {
				whole++
			}
		}
	}
	// The comparison saw both kinds of input.
	if malformed < 500 || whole < 3000 {
		t.Fatalf("only %d malformed and %d whole inputs: the inputs do not cover both", malformed, whole)
	}
}

func TestWireVarintOverflow(t *testing.T) {
	// Ten bytes whose last carries more than the 64th bit, and eleven bytes.
	for _, b := range [][]byte{
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00},
	} {
		if _, n := consumeUvarint(b); n >= 0 {
			t.Errorf("consumeUvarint(%x) read %d bytes; want an error", b, n)
		}
		if _, n := protowire.ConsumeVarint(b); n >= 0 {
			t.Errorf("protowire reads %x: the case is not one it rejects", b)
		}
	}
	if v, n := consumeUvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}); n != 10 || v != math.MaxUint64 {
		t.Errorf("the largest varint reads as %d (%d bytes)", v, n)
	}
}
